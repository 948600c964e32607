#pragma once

#include "core/enums.h"
#include "store/actiontargets.h"
#include "sync/actions.h"

#include <QDialog>
#include <memory>

class QPushButton;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class SuspendDialog;
}

namespace vigie::gui {

// Stopping a compromised customer's spend: the customer's subscriptions and,
// under an Azure plan, its Azure subscriptions (entitlements). Two actions:
// cancel the selected Azure subscription (entitlement cancel, reason
// "compromise"), or suspend the whole subscription / plan. Both name the
// customer and the subscription and require the customer's company name
// typed exactly. The dialog only asks (actionRequested); the owner queues,
// pushes and reports back with actionFinished().
class SuspendDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SuspendDialog(QWidget *parent = nullptr);
    ~SuspendDialog() override;

    // Fills the list; `preselect` (an Azure subscription id, as alerts name
    // it, or a Partner Center subscription id) is selected when present.
    void setHoldings(const store::CustomerHoldings &holdings, const QString &preselect = {});
    QString customerId() const { return m_holdings.customerId; }
    QString customerName() const;
    // The owner queued the action: show it pending until actionFinished().
    void actionQueued(const sync::SuspendPlan &plan);
    // The push ended for that action. A conflict (the subscription changed on
    // the service, 412) asks again: the name must be typed anew.
    void actionFinished(ActionState::Enum state, const QString &message);

    QTreeWidget *subscriptionList() const;
    QLineEdit *confirmField() const;
    QPushButton *cancelAzureButton() const;
    QPushButton *suspendPlanButton() const;
    QString statusText() const;
    bool isBusy() const { return m_busy; }

signals:
    void actionRequested(const sync::SuspendPlan &plan);
    void checklistRequested(const QString &customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void request(bool wholePlan);
    const store::SubscriptionTarget *selectedPlan() const;
    const store::EntitlementTarget *selectedEntitlement() const;
    QString statusLabel(const QString &status) const;
    void fillTree(const QString &preselect);

    std::unique_ptr<Ui::SuspendDialog> m_ui;
    store::CustomerHoldings m_holdings;
    bool m_busy = false;
    QString m_status;
    QString m_pendingId; // shown "pending" until the push reports
};

} // namespace vigie::gui
