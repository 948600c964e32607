#include "gui/exportdialog.h"

#include "gui/storeworker.h"
#include "ui_exportdialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace vigie::gui {

namespace {
const QString kLastFolderKey = QStringLiteral("export/lastFolder");
}

ExportDialog::ExportDialog(StoreWorker &worker, QSettings &settings, const QString &language,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_worker(worker),
      m_settings(settings), m_language(language)
{
    m_ui->setupUi(this);
    using exporting::Dataset;
    m_ui->dataset->addItem(tr("Alerts, with the analyst's notes"), int(Dataset::Alerts));
    m_ui->dataset->addItem(tr("Detection findings"), int(Dataset::Findings));
    m_ui->dataset->addItem(tr("Daily spend, with baseline and anomalies"), int(Dataset::Spend));
    m_ui->dataset->addItem(tr("Activity trail"), int(Dataset::Activity));
    m_ui->format->addItem(tr("CSV (spreadsheet)"), int(exporting::Format::Csv));
    m_ui->format->addItem(tr("JSON"), int(exporting::Format::Json));
    m_exportButton = m_ui->buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_ui->browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->dataset, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestFileName);
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, [this] {
        suggestFileName();
        updateHint();
    });
    m_ui->progress->setVisible(false);
    suggestFileName();
    updateHint();
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::setDataset(exporting::Dataset dataset)
{
    m_ui->dataset->setCurrentIndex(m_ui->dataset->findData(int(dataset)));
}

void ExportDialog::setFormat(exporting::Format format)
{
    m_ui->format->setCurrentIndex(m_ui->format->findData(int(format)));
}

void ExportDialog::setPath(const QString &path)
{
    m_ui->file->setText(path);
}

QString ExportDialog::path() const
{
    return m_ui->file->text().trimmed();
}

// vigie-alerts-2026-12-07.csv in the folder last used (or the one typed).
void ExportDialog::suggestFileName()
{
    QString folder = m_settings.value(kLastFolderKey).toString();
    if (!path().isEmpty())
        folder = QFileInfo(path()).absolutePath();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto dataset = exporting::Dataset(m_ui->dataset->currentData().toInt());
    const auto format = exporting::Format(m_ui->format->currentData().toInt());
    const QString name =
        QStringLiteral("vigie-%1-%2.%3")
            .arg(exporting::datasetName(dataset), QDate::currentDate().toString(Qt::ISODate),
                 exporting::formatName(format));
    m_ui->file->setText(QDir(folder).filePath(name));
}

void ExportDialog::updateHint()
{
    const bool csv =
        exporting::Format(m_ui->format->currentData().toInt()) == exporting::Format::Csv;
    m_ui->hint->setText(
        !csv ? tr("JSON: one object per row, with Graph property names for alerts.")
        : m_language == u"fr"
            ? tr("CSV in UTF-8, French spreadsheet style: semicolon separator, decimal comma.")
            : tr("CSV in UTF-8 (RFC 4180): comma separator, decimal point."));
}

void ExportDialog::browse()
{
    const bool csv =
        exporting::Format(m_ui->format->currentData().toInt()) == exporting::Format::Csv;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export to"), path(),
        csv ? tr("CSV files (*.csv);;All files (*)") : tr("JSON files (*.json);;All files (*)"));
    if (!file.isEmpty())
        setPath(file);
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    m_ui->dataset->setEnabled(!running);
    m_ui->format->setEnabled(!running);
    m_ui->file->setEnabled(!running);
    m_ui->browse->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    m_ui->progress->setVisible(true);
    if (running) {
        m_ui->progress->setRange(0, 0); // busy until the first figure
        m_ui->status->setText(tr("Exporting…"));
        m_ui->status->setStyleSheet(QString());
    }
}

void ExportDialog::start()
{
    if (m_running)
        return;
    const QString file = path();
    if (file.isEmpty()) {
        m_ui->status->setStyleSheet(QStringLiteral("color: #c62828"));
        m_ui->status->setText(tr("Choose a file to export to."));
        return;
    }
    m_settings.setValue(kLastFolderKey, QFileInfo(file).absolutePath());
    exporting::ExportOptions options;
    options.dataset = exporting::Dataset(m_ui->dataset->currentData().toInt());
    options.format = exporting::Format(m_ui->format->currentData().toInt());
    options.path = file;
    options.language = m_language;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<ExportDialog> self(this);
    options.progress = [self, cancel = m_cancel](qint64 done, qint64 total) {
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        self->onProgress(done, total);
                },
                Qt::QueuedConnection);
        return !cancel->load();
    };
    setRunning(true);
    m_worker.run<Result<exporting::ExportSummary>>(
        this, [options](store::Database &db) { return exporting::exportData(db, options); },
        [this, file](Result<exporting::ExportSummary> r) { onDone(r, file); });
}

void ExportDialog::onProgress(qint64 done, qint64 total)
{
    if (!m_running || total <= 0)
        return;
    // Row counts can exceed an int: the bar shows per mille.
    m_ui->progress->setRange(0, 1000);
    m_ui->progress->setValue(int(done * 1000 / total));
    m_ui->status->setText(
        tr("Exporting… %1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ExportDialog::onDone(const Result<exporting::ExportSummary> &result, const QString &file)
{
    setRunning(false);
    m_cancel.reset();
    QString message;
    if (result) {
        m_ui->progress->setRange(0, 1);
        m_ui->progress->setValue(1);
        message = tr("%n row(s) written to %1.", nullptr, int(result->rows))
                      .arg(QDir::toNativeSeparators(file));
        m_ui->status->setStyleSheet(QString());
    } else {
        m_ui->progress->setVisible(false);
        message = result.error().message.isEmpty()
                      ? tr("The cache could not be opened: nothing was exported.")
                      : result.error().message;
        m_ui->status->setStyleSheet(QStringLiteral("color: #c62828"));
    }
    m_ui->status->setText(message);
    Q_EMIT exportFinished(bool(result), message);
}

void ExportDialog::reject()
{
    if (m_cancel)
        m_cancel->store(true); // the export stops and leaves no file
    QDialog::reject();
}

} // namespace vigie::gui
