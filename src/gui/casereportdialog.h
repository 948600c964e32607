#pragma once

#include "core/result.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>

class QPushButton;
class QSettings;

namespace Ui {
class CaseReportDialog;
}

namespace vigie::exporting {
struct CaseFile;
}
namespace vigie::report {
struct CaseCharts;
}

namespace vigie::gui {

class StoreWorker;

// File › Case report…: asks for the customer and the PDF file, then reads
// the case file on the StoreWorker thread, draws the charts (Qt Charts, GUI
// thread, a few images) and writes the PDF on a pool thread.
class CaseReportDialog : public QDialog
{
    Q_OBJECT
public:
    CaseReportDialog(StoreWorker &worker, QSettings &settings, const QString &language,
                     QWidget *parent = nullptr);
    ~CaseReportDialog() override;

    // Pre-selects a customer once the list has arrived.
    void setCustomer(const QString &customerId);
    QString customer() const;
    // The response checklist to print (item, ticked); none: the report says so.
    void setChecklist(const QList<QPair<QString, bool>> &checklist) { m_checklist = checklist; }
    void setPath(const QString &path);
    QString path() const;
    bool isRunning() const { return m_running; }
    // The Write button.
    void start();

Q_SIGNALS:
    void customersLoaded();
    void reportFinished(bool ok, const QString &message);

private:
    void suggestFileName();
    void browse();
    void setRunning(bool running);
    void drawChart(std::shared_ptr<exporting::CaseFile> caseFile,
                   std::shared_ptr<report::CaseCharts> charts, int index, const QString &file);
    void finish(const Status &status, const QString &file);

    std::unique_ptr<Ui::CaseReportDialog> m_ui;
    StoreWorker &m_worker;
    QSettings &m_settings;
    QString m_language;
    QString m_wantedCustomer;
    QList<QPair<QString, bool>> m_checklist;
    QPushButton *m_writeButton = nullptr;
    bool m_running = false;
};

} // namespace vigie::gui
