#pragma once

#include "sync/actions.h"
#include "sync/pushengine.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QToolButton;

namespace vigie::gui {

class ChecklistDialog;
class ResolveDialog;
class StoreWorker;
class SuspendDialog;

// The window's side of acting on alerts and subscriptions: queues through
// the action layer on the store thread, pushes the outbox on the push thread
// (sync::PushEngine, built from the factory src/app provides), shows the
// outbox in the status bar, and opens the resolve, suspend and checklist
// dialogs. Adds an Actions menu to the window.
class ActionsController : public QObject
{
    Q_OBJECT
public:
    ActionsController(QMainWindow &window, StoreWorker &worker, const QString &cachePath,
                      sync::PushChannelFactory push, QObject *parent = nullptr);
    ~ActionsController() override;

    // The alerts the Actions menu acts on (the alerts page's selection).
    void setSelection(std::function<QStringList()> selectedAlertIds);

    void queueResolve(const QStringList &alertIds, sync::Resolution resolution,
                      const QString &note = {});
    // Pushes the outbox now (or right after the running push); false without
    // a push factory.
    bool push();
    void refreshCounts();

    void openResolveDialog(const QStringList &alertIds);
    void openBacklogDialog(int days = 60);
    void openSuspendDialog(const QString &customerId, const QString &azureSubscriptionId = {});
    // From the selected alert: its customer, its Azure subscription preselected.
    void openSuspendForAlert(const QString &alertId);
    void openChecklist(const QString &customerId);

    void retry(qint64 actionId);
    void sendMineAgain(qint64 actionId);
    void keepRemote(qint64 actionId);

    sync::PushEngine *pushEngine() const { return m_push; }
    QToolButton *outboxStatus() const { return m_status; }
    QMenu *menu() const { return m_menu; }
    // The dialogs opened last (null once closed).
    ResolveDialog *resolveDialog() const;
    SuspendDialog *suspendDialog() const;
    ChecklistDialog *checklistDialog() const;
    void retranslate();

signals:
    void activityRequested(); // the status bar's outbox counts were clicked
    void actionsChanged();    // queued, pushed or settled: pages read again
    void pushFinished(const vigie::sync::PushReport &report);
    void message(const QString &text, int timeoutMs);

private:
    QString actor() const;
    void onPushFinished(const sync::PushReport &report);
    void queueSuspend(const sync::SuspendPlan &plan);
    void reloadSuspendDialog();
    void reloadChecklist();
    void openResolveFor(const QList<store::AlertTarget> &alerts);

    QMainWindow &m_window;
    StoreWorker &m_worker;
    sync::PushEngine *m_push = nullptr;
    QToolButton *m_status = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_backlogAction = nullptr;
    QAction *m_suspendAction = nullptr;
    QAction *m_checklistAction = nullptr;
    QAction *m_pushAction = nullptr;
    std::function<QStringList()> m_selection;
    QPointer<ResolveDialog> m_resolveDialog;
    QPointer<SuspendDialog> m_suspendDialog;
    QPointer<ChecklistDialog> m_checklistDialog;
    qint64 m_suspendActionId = 0; // the dialog's action waiting for a push
    qint64 m_counts[3] = {0, 0, 0};
};

} // namespace vigie::gui
