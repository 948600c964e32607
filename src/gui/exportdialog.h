#pragma once

#include "core/result.h"
#include "export/exporter.h"

#include <QDialog>
#include <QString>
#include <atomic>
#include <memory>

class QPushButton;
class QSettings;

namespace Ui {
class ExportDialog;
}

namespace vigie::gui {

class StoreWorker;

// File › Export…: what (alerts, findings, spend, activity), format (CSV or
// JSON), file. The export runs on the StoreWorker thread (src/export, the
// code `vigie export` runs) with a progress bar; a failure is shown in the
// dialog and leaves no file. Remembers the last folder. Closing while it runs
// cancels it (no file is written).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `worker` and `settings` must outlive the dialog; `language` picks the CSV
    // dialect (French: semicolon and decimal comma).
    ExportDialog(StoreWorker &worker, QSettings &settings, const QString &language,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setDataset(exporting::Dataset dataset);
    void setFormat(exporting::Format format);
    void setPath(const QString &path);
    QString path() const;
    bool isRunning() const { return m_running; }
    // The Export button.
    void start();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    void suggestFileName();
    void browse();
    void updateHint();
    void setRunning(bool running);
    void onProgress(qint64 done, qint64 total);
    void onDone(const Result<exporting::ExportSummary> &result, const QString &path);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    StoreWorker &m_worker;
    QSettings &m_settings;
    QString m_language;
    QPushButton *m_exportButton = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace vigie::gui
