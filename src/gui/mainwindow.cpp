#include "gui/mainwindow.h"

#include "core/localization.h"
#include "gui/aboutdialog.h"
#include "gui/logging.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QSettings>

namespace vigie::gui {

MainWindow::MainWindow(const Options &options, QSettings &settings, Localization &localization,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_options(options),
      m_settings(settings), m_localization(localization)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigie-256.png")));
    m_ui->demoBanner->setVisible(m_options.demo);

    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages,
            &QStackedWidget::setCurrentIndex);
    const QList<QAction *> pageActions{
        m_ui->actionOverview, m_ui->actionAlerts,   m_ui->actionCustomers, m_ui->actionDetections,
        m_ui->actionSpend,    m_ui->actionActivity, m_ui->actionSettings};
    for (int i = 0; i < pageActions.size(); ++i)
        connect(pageActions[i], &QAction::triggered, this, [this, i] { showPage(Page(i)); });

    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    languages->addAction(m_ui->actionEnglish);
    languages->addAction(m_ui->actionFrench);
    connect(m_ui->actionEnglish, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
    connect(m_ui->actionFrench, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("fr")); });

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_options.cachePath, this);
        dialog.exec();
    });
    // Log import arrives with the detection engine; until then the entry is visibly unavailable.
    m_ui->actionImport->setEnabled(false);

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);

    restoreState();
    retranslate();
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(int(page));
}

void MainWindow::setLanguage(const QString &lang)
{
    m_settings.setValue(QStringLiteral("ui/language"), lang);
    m_localization.apply(lang); // LanguageChange reaches changeEvent()
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int row = m_ui->navigation->currentRow();
        m_ui->retranslateUi(this);
        m_ui->navigation->setCurrentRow(row);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const bool french = m_localization.language() == u"fr";
    m_ui->actionFrench->setChecked(french);
    m_ui->actionEnglish->setChecked(!french);
    m_statusLabel->setText(m_options.demo ? tr("Demo data") : tr("Offline: not synced yet"));
    setWindowTitle(m_options.demo ? tr("Vigie (demo)") : tr("Vigie"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    m_settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("ui/windowState"), QMainWindow::saveState());
    m_settings.setValue(QStringLiteral("ui/page"), int(currentPage()));
    m_settings.sync();
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(1200, 780);
    QMainWindow::restoreState(m_settings.value(QStringLiteral("ui/windowState")).toByteArray());
    const int page = m_settings.value(QStringLiteral("ui/page"), 0).toInt();
    showPage(page >= 0 && page < PageCount ? Page(page) : Overview);
}

} // namespace vigie::gui
