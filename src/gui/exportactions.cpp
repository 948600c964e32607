#include "gui/exportactions.h"

#include "core/localization.h"
#include "gui/casereportdialog.h"
#include "gui/exportdialog.h"

#include <QAction>
#include <QMenu>

namespace vigie::gui {

ExportActions::ExportActions(QMenu *fileMenu, QAction *before, StoreWorker &worker,
                             QSettings &settings, Localization &localization, QWidget *window)
    : QObject(window), m_worker(worker), m_settings(settings), m_localization(localization),
      m_window(window), m_export(new QAction(this)), m_caseReport(new QAction(this))
{
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_caseReport->setObjectName(QStringLiteral("actionCaseReport"));
    fileMenu->insertAction(before, m_export);
    fileMenu->insertAction(before, m_caseReport);
    fileMenu->insertSeparator(before);
    connect(m_export, &QAction::triggered, this, [this] { openExport(); });
    connect(m_caseReport, &QAction::triggered, this, [this] { openCaseReport(); });
    connect(&m_localization, &Localization::languageChanged, this, &ExportActions::retranslate);
    retranslate();
}

void ExportActions::retranslate()
{
    m_export->setText(tr("&Export…"));
    m_export->setStatusTip(
        tr("Export alerts, findings, spend or the activity trail to CSV or JSON"));
    m_caseReport->setText(tr("Case &report…"));
    m_caseReport->setStatusTip(tr("Write a customer's case report as a PDF"));
}

ExportDialog *ExportActions::openExport()
{
    auto *dialog = new ExportDialog(m_worker, m_settings, m_localization.language(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

CaseReportDialog *ExportActions::openCaseReport(const QString &customerId)
{
    auto *dialog = new CaseReportDialog(m_worker, m_settings, m_localization.language(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!customerId.isEmpty())
        dialog->setCustomer(customerId);
    dialog->show();
    return dialog;
}

} // namespace vigie::gui
