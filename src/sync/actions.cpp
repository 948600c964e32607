#include "sync/actions.h"

#include "core/ids.h"
#include "store/activitylog.h"
#include "store/database.h"
#include "store/notes.h"
#include "store/outbox.h"
#include "store/syncstate.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vigie::sync {

namespace {

Error unknownCustomerObject(const QString &what, const QString &id, const QString &customerId)
{
    return Error::make(Error::Kind::NotFound,
                       QCoreApplication::translate(
                           "Actions",
                           "No %1 %2 for customer %3 in the cache: run \"vigie sync\" first, or "
                           "check the ids.")
                           .arg(what, id, customerId));
}

} // namespace

QString resolutionWireReason(Resolution r)
{
    switch (r) {
    case Resolution::Legitimate:
        return QStringLiteral("legitimate");
    case Resolution::Fraud:
        return QStringLiteral("fraud");
    case Resolution::Ignore:
        return QStringLiteral("ignore");
    case Resolution::Investigating:
        break;
    }
    return {};
}

std::optional<Resolution> resolutionFromName(const QString &name)
{
    for (Resolution r : {Resolution::Legitimate, Resolution::Fraud, Resolution::Ignore})
        if (name == resolutionWireReason(r))
            return r;
    if (name == u"investigating")
        return Resolution::Investigating;
    return std::nullopt;
}

ActionQueue::ActionQueue(store::Database &db, const Clock &clock, QString actor)
    : m_db(db), m_clock(clock), m_actor(std::move(actor))
{}

Result<QList<qint64>> ActionQueue::resolve(const QStringList &alertIds, Resolution resolution,
                                           const QString &note)
{
    const qint64 now = toEpochMs(m_clock.now());
    store::ActionTargets targets(m_db);
    store::Outbox outbox(m_db);
    auto queued = outbox.pending();
    if (!queued)
        return queued.error();
    store::WriteScope scope(m_db);
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    QList<qint64> ids;
    for (const QString &id : alertIds) {
        auto alert = targets.alert(id);
        if (!alert)
            return alert.error();
        if (!*alert)
            return Error::make(Error::Kind::NotFound,
                               QCoreApplication::translate(
                                   "Actions",
                                   "No alert %1 in the cache: run \"vigie sync\" first, or check "
                                   "the id.")
                                   .arg(id));
        qint64 existing = 0;
        for (const Action &a : *queued)
            if (a.kind == Action::Kind::ResolveAlert &&
                a.targetId.compare(id, Qt::CaseInsensitive) == 0)
                existing = a.id;
        const QString status = resolution == Resolution::Investigating
                                   ? QStringLiteral("investigating")
                                   : QStringLiteral("resolved");
        const QString reason = resolutionWireReason(resolution);
        const QString key = newGuid();
        if (!existing) {
            auto added =
                outbox.enqueue(Action::Kind::ResolveAlert, (*alert)->id,
                               QJsonObject{{QStringLiteral("status"), status},
                                           {QStringLiteral("resolvedReason"), reason},
                                           {QStringLiteral("customerId"), (*alert)->customerId}},
                               key, now);
            if (!added)
                return added.error();
            existing = *added;
        }
        ids << existing;
        if (!note.trimmed().isEmpty()) {
            auto n = store::NoteRepository(m_db).add(store::Note{
                0, QStringLiteral("alert"), (*alert)->id, note.trimmed(), m_actor, now});
            if (!n)
                return n.error();
        }
        store::ActivityEntry entry;
        entry.atMs = now;
        entry.actor = m_actor;
        entry.verb = resolution == Resolution::Investigating ? QStringLiteral("investigate")
                                                             : QStringLiteral("resolve");
        entry.objectKind = QStringLiteral("alert");
        entry.objectId = (*alert)->id;
        entry.detail = QJsonObject{{QStringLiteral("reason"), reason},
                                   {QStringLiteral("note"), note.trimmed()},
                                   {QStringLiteral("customerId"), (*alert)->customerId},
                                   {QStringLiteral("result"), QStringLiteral("queued")},
                                   {QStringLiteral("actionId"), existing}};
        if (auto a = store::ActivityLog(m_db).append(entry); !a)
            return a.error();
    }
    if (Status s = scope.commit(); !s)
        return s.error();
    return ids;
}

Result<QList<store::AlertTarget>> ActionQueue::backlog(int days)
{
    // N calendar days back on the analyst's own clock (the alert list shows
    // local dates), not N × 24 h: across a DST change the two differ by an hour.
    const qint64 before = toEpochMs(m_clock.now().toLocalTime().addDays(-days));
    return store::ActionTargets(m_db).openAlertsDetectedBefore(before);
}

Result<SuspendPlan> ActionQueue::planSuspend(const QString &customerId, const QString &id,
                                             bool wholePlan)
{
    for (const QString &v : {customerId, id})
        if (!isSafePathId(v))
            return Error::make(Error::Kind::Usage,
                               QCoreApplication::translate("Actions", "Invalid identifier \"%1\".")
                                   .arg(v.left(80)));
    store::ActionTargets targets(m_db);
    SuspendPlan plan;
    plan.customerId = customerId;
    auto sub = targets.subscription(customerId, id);
    if (!sub)
        return sub.error();
    if (!*sub) {
        auto ent = targets.entitlement(customerId, id);
        if (!ent)
            return ent.error();
        if (!*ent)
            return unknownCustomerObject(QCoreApplication::translate("Actions", "subscription"), id,
                                         customerId);
        plan.entitlementId = (*ent)->id;
        plan.entitlementName = (*ent)->name;
        plan.customerName = (*ent)->customerName;
        sub = targets.subscription(customerId, (*ent)->planSubscriptionId);
        if (!sub)
            return sub.error();
        if (!*sub)
            return unknownCustomerObject(QCoreApplication::translate("Actions", "subscription"),
                                         (*ent)->planSubscriptionId, customerId);
        plan.kind = wholePlan ? SuspendPlan::Kind::SuspendSubscription
                              : SuspendPlan::Kind::CancelEntitlement;
        if (wholePlan)
            plan.entitlementId.clear();
    }
    plan.subscriptionId = (*sub)->id;
    plan.subscriptionName = (*sub)->name;
    plan.customerName = (*sub)->customerName;
    plan.azurePlan = (*sub)->azurePlan;
    return plan;
}

Result<qint64> ActionQueue::queueSuspend(const SuspendPlan &plan)
{
    const qint64 now = toEpochMs(m_clock.now());
    const bool cancel = plan.kind == SuspendPlan::Kind::CancelEntitlement;
    store::WriteScope scope(m_db);
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    QJsonObject payload{{QStringLiteral("customerId"), plan.customerId}};
    if (cancel) {
        payload.insert(QStringLiteral("planSubscriptionId"), plan.subscriptionId);
        payload.insert(QStringLiteral("cancellationReason"), QStringLiteral("compromise"));
    }
    auto id = store::Outbox(m_db).enqueue(
        cancel ? Action::Kind::CancelEntitlement : Action::Kind::SuspendSubscription,
        cancel ? plan.entitlementId : plan.subscriptionId, payload, newGuid(), now);
    if (!id)
        return id.error();
    store::ActivityEntry entry;
    entry.atMs = now;
    entry.actor = m_actor;
    entry.verb = cancel ? QStringLiteral("cancel") : QStringLiteral("suspend");
    entry.objectKind = cancel ? QStringLiteral("entitlement") : QStringLiteral("subscription");
    entry.objectId = cancel ? plan.entitlementId : plan.subscriptionId;
    entry.detail = QJsonObject{{QStringLiteral("customerId"), plan.customerId},
                               {QStringLiteral("subscriptionId"), plan.subscriptionId},
                               {QStringLiteral("result"), QStringLiteral("queued")},
                               {QStringLiteral("actionId"), *id}};
    if (auto a = store::ActivityLog(m_db).append(entry); !a)
        return a.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    return id;
}

namespace {

Error unknownAction(qint64 id)
{
    return Error::make(Error::Kind::NotFound,
                       QCoreApplication::translate("Actions", "Unknown queued action %1.").arg(id));
}

} // namespace

Status ActionQueue::retry(qint64 actionId)
{
    const qint64 now = toEpochMs(m_clock.now());
    store::Outbox outbox(m_db);
    const auto action = outbox.find(actionId);
    if (!action)
        return unknownAction(actionId);
    if (action->state.value() != ActionState::Enum::Failed)
        return Error::make(Error::Kind::Conflict,
                           QCoreApplication::translate("Actions", "Only a failed action can be "
                                                                  "retried."));
    store::WriteScope scope(m_db);
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (Status s = outbox.transition(actionId, ActionState::Enum::Queued, {}, now); !s)
        return s;
    store::ActivityEntry entry;
    entry.atMs = now;
    entry.actor = m_actor;
    entry.verb = activityVerb(action->kind);
    entry.objectKind = activityObjectKind(action->kind);
    entry.objectId = action->targetId;
    entry.detail = action->payload;
    entry.detail.insert(QStringLiteral("result"), QStringLiteral("queued"));
    entry.detail.insert(QStringLiteral("retry"), true);
    entry.detail.insert(QStringLiteral("actionId"), actionId);
    entry.detail.insert(QStringLiteral("requestId"), action->idempotencyKey);
    if (auto a = store::ActivityLog(m_db).append(entry); !a)
        return a.error();
    return scope.commit();
}

Result<qint64> ActionQueue::sendMineAgain(qint64 actionId)
{
    const qint64 now = toEpochMs(m_clock.now());
    store::Outbox outbox(m_db);
    const auto action = outbox.find(actionId);
    if (!action)
        return unknownAction(actionId);
    store::WriteScope scope(m_db);
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    QJsonObject payload = action->payload;
    payload.insert(QStringLiteral("overrideRemote"), true);
    payload.insert(QStringLiteral("replaces"), actionId);
    const QString key = newGuid();
    auto added = outbox.enqueue(action->kind, action->targetId, payload, key, now);
    if (!added)
        return added.error();
    if (Status s = outbox.settleConflict(
            actionId,
            QCoreApplication::translate("Actions", "Sent again by the analyst (action %1).")
                .arg(*added),
            now);
        !s)
        return s.error();
    store::ActivityEntry entry;
    entry.atMs = now;
    entry.actor = m_actor;
    entry.verb = activityVerb(action->kind);
    entry.objectKind = activityObjectKind(action->kind);
    entry.objectId = action->targetId;
    entry.detail = payload;
    entry.detail.insert(QStringLiteral("result"), QStringLiteral("queued"));
    entry.detail.insert(QStringLiteral("actionId"), *added);
    entry.detail.insert(QStringLiteral("requestId"), key);
    if (auto a = store::ActivityLog(m_db).append(entry); !a)
        return a.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    return added;
}

Status ActionQueue::keepRemote(qint64 actionId)
{
    const qint64 now = toEpochMs(m_clock.now());
    store::Outbox outbox(m_db);
    const auto action = outbox.find(actionId);
    if (!action)
        return unknownAction(actionId);
    store::WriteScope scope(m_db);
    if (!scope.beginStatus())
        return scope.beginStatus();
    if (Status s = outbox.settleConflict(
            actionId,
            QCoreApplication::translate("Actions", "The analyst kept the state on the service."),
            now);
        !s)
        return s;
    store::ActivityEntry entry;
    entry.atMs = now;
    entry.actor = m_actor;
    entry.verb = QStringLiteral("keep-remote");
    entry.objectKind = activityObjectKind(action->kind);
    entry.objectId = action->targetId;
    entry.detail = action->payload;
    entry.detail.insert(QStringLiteral("result"), QStringLiteral("done"));
    entry.detail.insert(QStringLiteral("actionId"), actionId);
    entry.detail.insert(QStringLiteral("requestId"), action->idempotencyKey);
    if (auto a = store::ActivityLog(m_db).append(entry); !a)
        return a.error();
    return scope.commit();
}

QString activityVerb(Action::Kind kind)
{
    switch (kind) {
    case Action::Kind::ResolveAlert:
        return QStringLiteral("resolve");
    case Action::Kind::SuspendSubscription:
        return QStringLiteral("suspend");
    case Action::Kind::CancelEntitlement:
        return QStringLiteral("cancel");
    }
    return {};
}

QString activityObjectKind(Action::Kind kind)
{
    switch (kind) {
    case Action::Kind::ResolveAlert:
        return QStringLiteral("alert");
    case Action::Kind::SuspendSubscription:
        return QStringLiteral("subscription");
    case Action::Kind::CancelEntitlement:
        return QStringLiteral("entitlement");
    }
    return {};
}

} // namespace vigie::sync
