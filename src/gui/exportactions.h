#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSettings;
class QWidget;

namespace vigie {
class Localization;
}

namespace vigie::gui {

class CaseReportDialog;
class ExportDialog;
class StoreWorker;

// File › Export… and File › Case report…, inserted before `before` in the
// File menu; each opens its dialog (non-modal, deleted on close).
class ExportActions : public QObject
{
    Q_OBJECT
public:
    // Everything passed must outlive this object (the main window owns it).
    ExportActions(QMenu *fileMenu, QAction *before, StoreWorker &worker, QSettings &settings,
                  Localization &localization, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *caseReportAction() const { return m_caseReport; }
    ExportDialog *openExport();
    // `customerId` pre-selects the customer (from a customer page).
    CaseReportDialog *openCaseReport(const QString &customerId = {});

private:
    void retranslate();

    StoreWorker &m_worker;
    QSettings &m_settings;
    Localization &m_localization;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_caseReport;
};

} // namespace vigie::gui
