#include "gui/suspenddialog.h"

#include "core/displaytext.h"
#include "ui_suspenddialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace vigie::gui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2; // 0: subscription, 1: entitlement
} // namespace

SuspendDialog::SuspendDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SuspendDialog>())
{
    m_ui->setupUi(this);
    m_ui->subscriptions->header()->setStretchLastSection(false);
    m_ui->subscriptions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->subscriptions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->subscriptions, &QTreeWidget::currentItemChanged, this,
            &SuspendDialog::updateState);
    connect(m_ui->confirmName, &QLineEdit::textChanged, this, &SuspendDialog::updateState);
    connect(m_ui->cancelAzure, &QPushButton::clicked, this, [this] { request(false); });
    connect(m_ui->suspendPlan, &QPushButton::clicked, this, [this] { request(true); });
    connect(m_ui->checklist, &QPushButton::clicked, this,
            [this] { Q_EMIT checklistRequested(m_holdings.customerId); });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

SuspendDialog::~SuspendDialog() = default;

QString SuspendDialog::customerName() const
{
    return m_holdings.customerName.isEmpty() ? m_holdings.customerId : m_holdings.customerName;
}

void SuspendDialog::setHoldings(const store::CustomerHoldings &holdings, const QString &preselect)
{
    QString keep = preselect;
    if (keep.isEmpty())
        if (QTreeWidgetItem *current = m_ui->subscriptions->currentItem())
            keep = current->data(0, IdRole).toString();
    m_holdings = holdings;
    fillTree(keep);
    updateState();
}

void SuspendDialog::fillTree(const QString &preselect)
{
    QTreeWidget *tree = m_ui->subscriptions;
    tree->clear();
    QTreeWidgetItem *select = nullptr;
    for (const store::SubscriptionTarget &s : m_holdings.subscriptions) {
        auto *top = new QTreeWidgetItem(tree);
        top->setText(0, displayText(s.name.isEmpty() ? s.id : s.name, 120));
        top->setToolTip(0, s.id);
        top->setText(1, statusLabel(s.status));
        top->setData(0, IdRole, s.id);
        top->setData(0, KindRole, 0);
        if (s.id.compare(preselect, Qt::CaseInsensitive) == 0)
            select = top;
        for (const store::EntitlementTarget &e : m_holdings.entitlements) {
            if (e.planSubscriptionId.compare(s.id, Qt::CaseInsensitive) != 0)
                continue;
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, displayText(e.name.isEmpty() ? e.id : e.name, 120));
            child->setToolTip(0, e.id);
            child->setText(1, e.id.compare(m_pendingId, Qt::CaseInsensitive) == 0
                                  ? statusLabel(QStringLiteral("pending"))
                                  : statusLabel(e.status));
            child->setData(0, IdRole, e.id);
            child->setData(0, KindRole, 1);
            if (e.id.compare(preselect, Qt::CaseInsensitive) == 0)
                select = child;
        }
        top->setExpanded(true);
    }
    if (!select && tree->topLevelItemCount() > 0)
        select = tree->topLevelItem(0);
    if (select)
        tree->setCurrentItem(select);
}

QString SuspendDialog::statusLabel(const QString &status) const
{
    const QString s = status.toLower();
    if (s == u"active")
        return tr("Active");
    if (s == u"suspended")
        return tr("Suspended");
    if (s == u"pending")
        return tr("Pending");
    if (s == u"disabled" || s == u"deleted" || s == u"cancelled" || s == u"canceled")
        return tr("Cancelled (%1)").arg(status);
    return status;
}

const store::SubscriptionTarget *SuspendDialog::selectedPlan() const
{
    const QTreeWidgetItem *item = m_ui->subscriptions->currentItem();
    if (!item)
        return nullptr;
    if (item->parent())
        item = item->parent();
    const QString id = item->data(0, IdRole).toString();
    for (const store::SubscriptionTarget &s : m_holdings.subscriptions)
        if (s.id == id)
            return &s;
    return nullptr;
}

const store::EntitlementTarget *SuspendDialog::selectedEntitlement() const
{
    const QTreeWidgetItem *item = m_ui->subscriptions->currentItem();
    if (!item || item->data(0, KindRole).toInt() != 1)
        return nullptr;
    const QString id = item->data(0, IdRole).toString();
    for (const store::EntitlementTarget &e : m_holdings.entitlements)
        if (e.id == id)
            return &e;
    return nullptr;
}

void SuspendDialog::updateState()
{
    const QString customer = displayText(customerName(), 80);
    setWindowTitle(tr("Suspend or cancel: %1").arg(customer));
    m_ui->heading->setText(
        m_holdings.subscriptions.isEmpty()
            ? tr("No subscription of %1 in the cache: sync first.").arg(customer)
            : tr("Subscriptions of %1. Select the Azure subscription named by the alert to "
                 "cancel it alone, or a subscription to suspend it whole.")
                  .arg(customer));
    const store::SubscriptionTarget *plan = selectedPlan();
    const store::EntitlementTarget *ent = selectedEntitlement();
    if (ent)
        m_ui->selection->setText(tr("Selected: Azure subscription \"%1\" under \"%2\".")
                                     .arg(displayText(ent->name.isEmpty() ? ent->id : ent->name),
                                          plan ? displayText(plan->name) : QString()));
    else if (plan)
        m_ui->selection->setText(tr("Selected: subscription \"%1\".").arg(displayText(plan->name)));
    else
        m_ui->selection->clear();
    int under = 0;
    if (plan)
        for (const store::EntitlementTarget &e : m_holdings.entitlements)
            under += e.planSubscriptionId.compare(plan->id, Qt::CaseInsensitive) == 0 ? 1 : 0;
    m_ui->warning->setText(
        plan && plan->azurePlan
            ? tr("Suspending the whole plan \"%1\" stops every Azure subscription under it "
                 "(%n Azure subscription(s)), not only the one named by the alert.",
                 nullptr, under)
                  .arg(displayText(plan->name))
            : QString());
    m_ui->warning->setVisible(!m_ui->warning->text().isEmpty());
    m_ui->confirmLabel->setText(
        tr("To confirm, type the customer's name exactly: %1").arg(customer));
    // Exactly as Partner Center names the customer: no trimming, no case folding.
    const bool named = !customerName().isEmpty() && m_ui->confirmName->text() == customerName();
    const bool cancellable =
        ent && ent->status.compare(u"active", Qt::CaseInsensitive) == 0 && ent->id != m_pendingId;
    const bool suspendable = plan && plan->status.compare(u"suspended", Qt::CaseInsensitive) != 0;
    m_ui->cancelAzure->setEnabled(!m_busy && named && cancellable);
    m_ui->suspendPlan->setEnabled(!m_busy && named && suspendable);
    m_ui->suspendPlan->setText(plan && plan->azurePlan ? tr("&Suspend the whole plan")
                                                       : tr("&Suspend the whole subscription"));
    m_ui->status->setText(m_status);
}

void SuspendDialog::request(bool wholePlan)
{
    const store::SubscriptionTarget *plan = selectedPlan();
    const store::EntitlementTarget *ent = selectedEntitlement();
    if (m_busy || !plan || m_ui->confirmName->text() != customerName() || (!wholePlan && !ent))
        return;
    sync::SuspendPlan p;
    p.kind = wholePlan ? sync::SuspendPlan::Kind::SuspendSubscription
                       : sync::SuspendPlan::Kind::CancelEntitlement;
    p.customerId = m_holdings.customerId;
    p.customerName = m_holdings.customerName;
    p.subscriptionId = plan->id;
    p.subscriptionName = plan->name;
    p.azurePlan = plan->azurePlan;
    if (!wholePlan) {
        p.entitlementId = ent->id;
        p.entitlementName = ent->name;
    }
    m_busy = true;
    updateState();
    Q_EMIT actionRequested(p);
}

void SuspendDialog::actionQueued(const sync::SuspendPlan &plan)
{
    const bool cancel = plan.kind == sync::SuspendPlan::Kind::CancelEntitlement;
    m_pendingId = cancel ? plan.entitlementId : plan.subscriptionId;
    if (QTreeWidgetItem *item = m_ui->subscriptions->currentItem())
        item->setText(1, statusLabel(QStringLiteral("pending")));
    m_status = cancel ? tr("Pending: the cancellation of \"%1\" is on its way to Partner Center.")
                            .arg(displayText(plan.entitlementName.isEmpty() ? plan.entitlementId
                                                                            : plan.entitlementName))
                      : tr("Pending: the suspension of \"%1\" is on its way to Partner Center.")
                            .arg(displayText(plan.subscriptionName));
    updateState();
}

void SuspendDialog::actionFinished(ActionState::Enum state, const QString &message)
{
    m_busy = false;
    m_pendingId.clear();
    switch (state) {
    case ActionState::Enum::Done:
        m_status = tr("Done: %1").arg(message);
        break;
    case ActionState::Enum::Conflict:
        // Read again (the owner reloads the holdings) and ask again.
        m_ui->confirmName->clear();
        m_status = tr("The subscription changed on the service: it was read again. Check it and "
                      "confirm again. (%1)")
                       .arg(message);
        break;
    case ActionState::Enum::Queued:
        m_status = tr("Queued: %1 It is sent when the service can be reached.").arg(message);
        break;
    default:
        m_status = tr("Failed: %1").arg(message);
        break;
    }
    updateState();
}

QTreeWidget *SuspendDialog::subscriptionList() const
{
    return m_ui->subscriptions;
}
QLineEdit *SuspendDialog::confirmField() const
{
    return m_ui->confirmName;
}
QPushButton *SuspendDialog::cancelAzureButton() const
{
    return m_ui->cancelAzure;
}
QPushButton *SuspendDialog::suspendPlanButton() const
{
    return m_ui->suspendPlan;
}
QString SuspendDialog::statusText() const
{
    return m_ui->status->text();
}

void SuspendDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillTree(m_ui->subscriptions->currentItem()
                     ? m_ui->subscriptions->currentItem()->data(0, IdRole).toString()
                     : QString());
        updateState();
    }
    QDialog::changeEvent(event);
}

} // namespace vigie::gui
