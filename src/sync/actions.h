#pragma once

#include "core/result.h"
#include "core/timeutil.h"
#include "core/types.h"
#include "store/actiontargets.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::store {
class Database;
}

namespace vigie::sync {

// How the analyst answers an alert (seed 000's three categories, plus
// "investigating" while it is looked into).
enum class Resolution
{
    Legitimate, // expected activity or a false positive
    Fraud,      // abuse or unauthorised use
    Ignore,     // an older alert set aside
    Investigating
};
QString resolutionWireReason(Resolution r); // Graph resolvedReason; empty for Investigating
std::optional<Resolution> resolutionFromName(const QString &name);

// What a suspension request resolves to, before anything is queued: the
// CLI and the dialog show it for confirmation.
struct SuspendPlan
{
    enum class Kind
    {
        SuspendSubscription, // PATCH the Partner Center subscription (a whole Azure plan)
        CancelEntitlement    // cancel one Azure subscription of a plan (reason "compromise")
    };
    Kind kind = Kind::SuspendSubscription;
    QString customerId;
    QString customerName;
    QString subscriptionId; // Partner Center subscription (the plan for a cancel)
    QString subscriptionName;
    QString entitlementId; // the Azure subscription, for a cancel
    QString entitlementName;
    bool azurePlan = false; // suspending it stops every Azure subscription under it
};

// The one way to act, shared by the CLI and the window: every action is
// written to the outbox first (with its idempotency key, reused as
// MS-RequestId / client-request-id on every send), and to the activity
// trail; OutboxPusher sends it later. Nothing here touches the network.
class ActionQueue
{
public:
    ActionQueue(store::Database &db, const Clock &clock, QString actor);

    // Queues one action per alert, in one transaction: an unknown id queues
    // nothing. An alert that already has a queued action keeps that one.
    // `note` is kept in the cache (Graph has no note).
    Result<QList<qint64>> resolve(const QStringList &alertIds, Resolution resolution,
                                  const QString &note = {});
    // Active and investigating alerts detected more than `days` calendar days
    // ago on the local clock (the backlog behind the daily summary), for a
    // bulk "Ignore".
    Result<QList<store::AlertTarget>> backlog(int days);

    // `id` is a Partner Center subscription of the customer (suspend it), or
    // an Azure subscription id as alerts name it (cancel that entitlement;
    // with `wholePlan`, suspend its plan instead).
    Result<SuspendPlan> planSuspend(const QString &customerId, const QString &id, bool wholePlan);
    Result<qint64> queueSuspend(const SuspendPlan &plan);

    // A failed action goes back to the queue (same idempotency key).
    Status retry(qint64 actionId);
    // A conflict the analyst settles. sendMineAgain: the conflict ends and a
    // new action with the same change and a new key is queued, marked to
    // override the remote state (the pusher still reads first: an identical
    // remote state ends it without a send). keepRemote: the conflict ends,
    // nothing is sent. Both are recorded in the activity trail.
    Result<qint64> sendMineAgain(qint64 actionId);
    Status keepRemote(qint64 actionId);

private:
    store::Database &m_db;
    const Clock &m_clock;
    QString m_actor;
};

// The activity trail's verb ("resolve", "suspend", "cancel") and object kind
// ("alert", "subscription", "entitlement") of an outbox action.
QString activityVerb(Action::Kind kind);
QString activityObjectKind(Action::Kind kind);

} // namespace vigie::sync
