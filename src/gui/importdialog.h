#pragma once

#include "import/importer.h"

#include <QDialog>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ImportDialog;
}

namespace vigie::gui {

class StoreWorker;

// Imports log files into the cache on the StoreWorker thread (api.md §8):
// progress bar over all files, then one summary line per file (format,
// taken, duplicates, rejected + the first reasons). Closing while it runs
// stops after the current file; what was written stays, and the dialog
// lives on hidden until the worker reports, so imported() still names the
// customers that received rows (and Qt::WA_DeleteOnClose waits for it).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    struct FileResult
    {
        QString path;
        std::optional<import::ImportReport> report; // empty: refused
        QString error;                              // why it was refused
    };

    // `worker` must outlive the dialog.
    explicit ImportDialog(StoreWorker &worker, const QStringList &paths = {},
                          QWidget *parent = nullptr);
    ~ImportDialog() override;

    QStringList paths() const;
    void setPaths(const QStringList &paths);
    void addPaths(const QStringList &paths);
    // Known customers offered in the combo (the user may type another id).
    void setCustomers(const QStringList &customerIds);
    // Empty: read the customer from each record.
    void setCustomerId(const QString &customerId);
    QString customerId() const;

    bool isRunning() const { return m_running; }
    int progressValue() const;
    QString summaryText() const;
    const QList<FileResult> &results() const { return m_results; }

public Q_SLOTS:
    // Imports every listed file (what the Import button does).
    void start();
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // After the run: customers that received rows (empty list if none).
    void imported(const QStringList &customerIds);

private:
    void browse();
    void updateButtons();
    void onProgress(qint64 done, qint64 total);
    void onFinished(const QList<FileResult> &results);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    StoreWorker &m_worker;
    QPushButton *m_importButton = nullptr;
    bool m_running = false;
    bool m_closeWhenDone = false; // closed while running: close for real once finished
    std::shared_ptr<std::atomic_bool> m_stop;
    // Progress from the worker thread reaches the dialog only while it lives.
    struct Relay;
    std::shared_ptr<Relay> m_relay;
    QList<FileResult> m_results;
};

} // namespace vigie::gui
