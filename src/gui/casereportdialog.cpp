#include "gui/casereportdialog.h"

#include "export/casefile.h"
#include "gui/report/casereport.h"
#include "gui/storeworker.h"
#include "store/customerrepository.h"
#include "ui_casereportdialog.h"

#include <QCollator>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace vigie::gui {

namespace {
const QString kLastFolderKey = QStringLiteral("export/lastFolder");
}

CaseReportDialog::CaseReportDialog(StoreWorker &worker, QSettings &settings,
                                   const QString &language, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CaseReportDialog>()), m_worker(worker),
      m_settings(settings), m_language(language)
{
    m_ui->setupUi(this);
    m_ui->hint->setText(tr("A PDF with the customer's alerts and how each was resolved, the "
                           "actions taken, the response checklist, open findings and charts."));
    m_writeButton = m_ui->buttons->addButton(tr("&Write PDF"), QDialogButtonBox::AcceptRole);
    m_writeButton->setDefault(true);
    m_writeButton->setEnabled(false);
    connect(m_writeButton, &QPushButton::clicked, this, &CaseReportDialog::start);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CaseReportDialog::reject);
    connect(m_ui->browse, &QPushButton::clicked, this, &CaseReportDialog::browse);
    connect(m_ui->customer, &QComboBox::currentIndexChanged, this,
            &CaseReportDialog::suggestFileName);
    m_ui->progress->setVisible(false);
    m_ui->customer->setEnabled(false);
    m_ui->customer->addItem(tr("Loading customers…"));

    m_worker.run<Result<QHash<QString, QString>>>(
        this, [](store::Database &db) { return store::CustomerRepository(db).names(); },
        [this](Result<QHash<QString, QString>> names) {
            m_ui->customer->clear();
            if (!names || names->isEmpty()) {
                m_ui->customer->addItem(tr("No customer in the cache yet"));
                Q_EMIT customersLoaded();
                return;
            }
            QList<std::pair<QString, QString>> list; // (shown name, id)
            for (auto it = names->cbegin(); it != names->cend(); ++it)
                list.push_back({it.value().isEmpty() ? it.key() : it.value(), it.key()});
            QCollator collator;
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::sort(list.begin(), list.end(), [&collator](const auto &a, const auto &b) {
                return collator.compare(a.first, b.first) < 0;
            });
            for (const auto &[name, id] : list) {
                m_ui->customer->addItem(name, id);
                m_ui->customer->setItemData(m_ui->customer->count() - 1,
                                            tr("Tenant id: %1").arg(id), Qt::ToolTipRole);
            }
            m_ui->customer->setEnabled(true);
            m_writeButton->setEnabled(true);
            if (!m_wantedCustomer.isEmpty())
                setCustomer(m_wantedCustomer);
            suggestFileName();
            Q_EMIT customersLoaded();
        });
}

CaseReportDialog::~CaseReportDialog() = default;

void CaseReportDialog::setCustomer(const QString &customerId)
{
    m_wantedCustomer = customerId;
    for (int i = 0; i < m_ui->customer->count(); ++i) {
        if (m_ui->customer->itemData(i).toString().compare(customerId, Qt::CaseInsensitive) == 0) {
            m_ui->customer->setCurrentIndex(i);
            return;
        }
    }
}

QString CaseReportDialog::customer() const
{
    return m_ui->customer->currentData().toString();
}

void CaseReportDialog::setPath(const QString &path)
{
    m_ui->file->setText(path);
}

QString CaseReportDialog::path() const
{
    return m_ui->file->text().trimmed();
}

void CaseReportDialog::suggestFileName()
{
    QString folder = m_settings.value(kLastFolderKey).toString();
    if (!path().isEmpty())
        folder = QFileInfo(path()).absolutePath();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_ui->customer->currentText();
    // A file name from a company name: letters, digits and dashes only.
    for (QChar &c : name)
        if (!c.isLetterOrNumber())
            c = u'-';
    name = name.left(40);
    m_ui->file->setText(
        QDir(folder).filePath(QStringLiteral("vigie-case-%1-%2.pdf")
                                  .arg(name.isEmpty() ? QStringLiteral("customer") : name,
                                       QDate::currentDate().toString(Qt::ISODate))));
}

void CaseReportDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Write the case report to"), path(),
                                                      tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        setPath(file);
}

void CaseReportDialog::setRunning(bool running)
{
    m_running = running;
    m_ui->customer->setEnabled(!running);
    m_ui->file->setEnabled(!running);
    m_ui->browse->setEnabled(!running);
    m_writeButton->setEnabled(!running);
    m_ui->progress->setVisible(running);
    m_ui->progress->setRange(0, 0);
    if (running) {
        m_ui->status->setStyleSheet(QString());
        m_ui->status->setText(tr("Reading the case file…"));
    }
}

void CaseReportDialog::start()
{
    const QString customerId = customer();
    const QString file = path();
    if (m_running || customerId.isEmpty())
        return;
    if (file.isEmpty()) {
        m_ui->status->setStyleSheet(QStringLiteral("color: #c62828"));
        m_ui->status->setText(tr("Choose a file to write the report to."));
        return;
    }
    m_settings.setValue(kLastFolderKey, QFileInfo(file).absolutePath());
    setRunning(true);
    const QString language = m_language;
    const auto checklist = m_checklist;
    m_worker.run<Result<exporting::CaseFile>>(
        this,
        [customerId, language, checklist](store::Database &db) {
            return exporting::collectCaseFile(db, customerId, language, checklist);
        },
        [this, file](Result<exporting::CaseFile> caseFile) {
            if (!caseFile) {
                finish(caseFile.error().message.isEmpty()
                           ? Status(Error::make(Error::Kind::Generic,
                                                tr("The cache could not be opened.")))
                           : Status(caseFile.error()),
                       file);
                return;
            }
            m_ui->status->setText(tr("Drawing the charts and writing the PDF…"));
            drawChart(std::make_shared<exporting::CaseFile>(std::move(*caseFile)),
                      std::make_shared<report::CaseCharts>(), 0, file);
        });
}

// Qt Charts draws on this thread: one chart per event-loop turn, so the
// window stays responsive; then the PDF is written on a pool thread.
void CaseReportDialog::drawChart(std::shared_ptr<exporting::CaseFile> caseFile,
                                 std::shared_ptr<report::CaseCharts> charts, int index,
                                 const QString &file)
{
    if (index < report::caseChartCount(*caseFile)) {
        report::renderCaseChart(*caseFile, index, *charts);
        QTimer::singleShot(0, this, [this, caseFile, charts, index, file] {
            drawChart(caseFile, charts, index + 1, file);
        });
        return;
    }
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, file] {
        finish(watcher->result(), file);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(
        [caseFile, charts, file] { return report::writeCasePdf(*caseFile, *charts, file); }));
}

void CaseReportDialog::finish(const Status &status, const QString &file)
{
    setRunning(false);
    m_ui->progress->setVisible(false);
    QString message;
    if (status) {
        message = tr("Case report written to %1.").arg(QDir::toNativeSeparators(file));
        m_ui->status->setStyleSheet(QString());
    } else {
        message = status.error().message;
        m_ui->status->setStyleSheet(QStringLiteral("color: #c62828"));
    }
    m_ui->status->setText(message);
    Q_EMIT reportFinished(bool(status), message);
}

} // namespace vigie::gui
