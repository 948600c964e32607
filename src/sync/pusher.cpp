#include "sync/pusher.h"

#include "net/clients.h"
#include "store/actiontargets.h"
#include "store/activitylog.h"
#include "store/database.h"
#include "store/outbox.h"
#include "sync/actions.h"
#include "sync/logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace vigie::sync {

namespace {

// The cache mirrors a change the service accepted; if that write fails the
// next sync brings the state anyway, so it is logged, not fatal.
void logIfFailed(const Status &s, const char *what)
{
    if (!s)
        qCWarning(lcSync) << "outbox:" << what << s.error().message << s.error().detail;
}

bool cancelledStatus(const QString &status)
{
    return status.compare(u"active", Qt::CaseInsensitive) != 0 && !status.isEmpty();
}

} // namespace

bool PushReport::ok() const
{
    if (left > 0 || offline || signInRequired)
        return false;
    for (const PushOutcome &o : outcomes)
        if (o.state != ActionState::Enum::Done)
            return false;
    return true;
}

OutboxPusher::OutboxPusher(store::Database &db, const net::Session &session, const Clock &clock,
                           QString actor, QObject *parent)
    : QObject(parent), m_db(db), m_session(session), m_clock(clock), m_actor(std::move(actor))
{}

void OutboxPusher::setCancelPolling(int intervalMs, int attempts)
{
    m_pollIntervalMs = intervalMs;
    m_pollAttempts = attempts;
}

template <typename J> J *OutboxPusher::track(J *job)
{
    m_job = job;
    return job;
}

void OutboxPusher::start()
{
    store::Outbox outbox(m_db);
    // Left in `sending` by a crash: queued again; the read before every send
    // tells whether the change had reached the service.
    if (Status s = outbox.requeueInterrupted(toEpochMs(m_clock.now())); !s)
        qCWarning(lcSync) << "outbox: cannot requeue interrupted actions:" << s.error().message;
    auto pending = outbox.pending();
    if (!pending) {
        m_report.left = 0;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_report); });
        return;
    }
    m_todo = *pending;
    m_total = int(m_todo.size());
    QTimer::singleShot(0, this, &OutboxPusher::next);
}

void OutboxPusher::abort()
{
    m_aborted = true;
    if (m_job)
        m_job->abort();
}

void OutboxPusher::next()
{
    if (m_aborted || m_report.offline || m_todo.isEmpty()) {
        m_report.left = int(m_todo.size());
        Q_EMIT finished(m_report);
        return;
    }
    Q_EMIT progress(m_total - int(m_todo.size()), m_total);
    const Action a = m_todo.takeFirst();
    if (Status s = store::Outbox(m_db).transition(a.id, ActionState::Enum::Sending, {},
                                                  toEpochMs(m_clock.now()));
        !s) {
        settle(a, ActionState::Enum::Failed, s.error().message, false);
        return;
    }
    switch (a.kind) {
    case Action::Kind::ResolveAlert:
        pushResolve(a);
        break;
    case Action::Kind::SuspendSubscription:
        pushSuspend(a);
        break;
    case Action::Kind::CancelEntitlement:
        pushCancel(a);
        break;
    }
}

void OutboxPusher::pushResolve(const Action &a)
{
    const QString wantStatus = a.payload.value(u"status").toString();
    const QString wantReason = a.payload.value(u"resolvedReason").toString();
    auto *read = track(net::graph::getAlert(m_session, a.targetId, this));
    connect(read, &net::Job::finished, this, [this, a, read, wantStatus, wantReason] {
        read->deleteLater();
        if (read->error()) {
            failFromError(a, *read->error(), false);
            return;
        }
        const Alert &remote = read->value();
        const QString remoteStatus = remote.status.raw();
        const QString remoteReason = remote.resolvedReason.raw();
        // The analyst chose their own change over the remote state after a
        // conflict: only an identical remote state spares the send.
        const bool overrideRemote = a.payload.value(u"overrideRemote").toBool();
        if (remoteStatus.compare(u"resolved", Qt::CaseInsensitive) == 0) {
            if (wantStatus == u"resolved" &&
                remoteReason.compare(wantReason, Qt::CaseInsensitive) == 0) {
                settle(a, ActionState::Enum::Done,
                       tr("Already resolved as %1 on the service.").arg(remoteReason), false);
                return;
            }
            if (!overrideRemote) {
                // The cache shows the remote state, so the analyst compares
                // local (the action) with remote (the alert) side by side.
                logIfFailed(store::ActionTargets(m_db).setAlertState(
                                a.targetId, remoteStatus, remoteReason,
                                remote.resolvedOnDateTime.isValid()
                                    ? toEpochMs(remote.resolvedOnDateTime)
                                    : 0),
                            "setAlertState");
                settle(a, ActionState::Enum::Conflict,
                       tr("Resolved on the service as \"%1\"%2 while Vigie had \"%3\" queued: "
                          "choose which one stands.")
                           .arg(remoteReason,
                                remote.resolvedBy.isEmpty() ? QString()
                                                            : tr(" by %1").arg(remote.resolvedBy),
                                wantStatus == u"resolved" ? wantReason : wantStatus),
                       false);
                return;
            }
        }
        if (wantStatus == u"investigating" &&
            remoteStatus.compare(u"investigating", Qt::CaseInsensitive) == 0) {
            settle(a, ActionState::Enum::Done, tr("Already under investigation."), false);
            return;
        }
        auto *patch = track(net::graph::updateAlert(m_session, a.targetId, wantStatus, wantReason,
                                                    a.idempotencyKey, this));
        connect(patch, &net::Job::finished, this, [this, a, patch, wantStatus, wantReason] {
            patch->deleteLater();
            if (patch->error()) {
                failFromError(a, *patch->error(), false);
                return;
            }
            qint64 resolvedAt = 0;
            if (patch->value() && patch->value()->resolvedOnDateTime.isValid())
                resolvedAt = toEpochMs(patch->value()->resolvedOnDateTime);
            else if (wantStatus == u"resolved")
                resolvedAt = toEpochMs(m_clock.now());
            logIfFailed(store::ActionTargets(m_db).setAlertState(a.targetId, wantStatus, wantReason,
                                                                 resolvedAt),
                        "setAlertState");
            settle(a, ActionState::Enum::Done,
                   wantStatus == u"resolved" ? tr("Resolved as %1.").arg(wantReason)
                                             : tr("Marked as under investigation."),
                   true);
        });
        patch->start();
    });
    read->start();
}

void OutboxPusher::pushSuspend(const Action &a)
{
    const QString customer = a.payload.value(u"customerId").toString();
    auto *read = track(net::partnercenter::getSubscription(m_session, customer, a.targetId, this));
    connect(read, &net::Job::finished, this, [this, a, read, customer] {
        read->deleteLater();
        if (read->error()) {
            failFromError(a, *read->error(), true);
            return;
        }
        if (read->value().status.raw().compare(u"suspended", Qt::CaseInsensitive) == 0) {
            logIfFailed(store::ActionTargets(m_db).setSubscriptionStatus(
                            a.targetId, QStringLiteral("suspended")),
                        "setSubscriptionStatus");
            settle(a, ActionState::Enum::Done, tr("Already suspended."), false);
            return;
        }
        // GET, PATCH with If-Match; on 412 the job reads again and retries once.
        auto *patch = track(net::partnercenter::suspendSubscription(m_session, customer, a.targetId,
                                                                    a.idempotencyKey, this));
        connect(patch, &net::Job::finished, this, [this, a, patch] {
            patch->deleteLater();
            if (patch->error()) {
                if (patch->error()->kind == Error::Kind::Conflict) {
                    settle(a, ActionState::Enum::Conflict,
                           tr("The subscription kept changing on the service (412 twice): "
                              "check it and confirm the suspension again."),
                           true);
                    return;
                }
                failFromError(a, *patch->error(), true);
                return;
            }
            logIfFailed(store::ActionTargets(m_db).setSubscriptionStatus(
                            a.targetId, patch->value().status.raw()),
                        "setSubscriptionStatus");
            settle(a, ActionState::Enum::Done, tr("Suspended."), true);
        });
        patch->start();
    });
    read->start();
}

void OutboxPusher::pushCancel(const Action &a)
{
    const QString customer = a.payload.value(u"customerId").toString();
    const QString plan = a.payload.value(u"planSubscriptionId").toString();
    auto *read = track(net::partnercenter::listEntitlements(m_session, customer, plan, this));
    connect(read, &net::Job::finished, this, [this, a, read, customer, plan] {
        read->deleteLater();
        if (read->error()) {
            failFromError(a, *read->error(), true);
            return;
        }
        const Entitlement *found = nullptr;
        for (const Entitlement &e : read->items())
            if (e.id.compare(a.targetId, Qt::CaseInsensitive) == 0)
                found = &e;
        if (!found) {
            settle(a, ActionState::Enum::Failed,
                   tr("The Azure subscription %1 is no longer under this plan.").arg(a.targetId),
                   false);
            return;
        }
        if (cancelledStatus(found->status)) {
            logIfFailed(store::ActionTargets(m_db).setEntitlementStatus(a.targetId, found->status),
                        "setEntitlementStatus");
            settle(a, ActionState::Enum::Done,
                   tr("Already cancelled (status %1).").arg(found->status), false);
            return;
        }
        auto *cancel = track(net::partnercenter::cancelEntitlement(
            m_session, customer, plan, a.targetId, a.idempotencyKey,
            a.payload.value(u"cancellationReason").toString(QStringLiteral("compromise")), this));
        connect(cancel, &net::Job::finished, this, [this, a, cancel] {
            cancel->deleteLater();
            if (cancel->error()) {
                failFromError(a, *cancel->error(), true);
                return;
            }
            // 202: accepted, completes later. Done for the outbox (never sent
            // again); the entitlement shows "pending" until a read sees it go.
            logIfFailed(store::ActionTargets(m_db).setEntitlementStatus(a.targetId,
                                                                        QStringLiteral("pending")),
                        "setEntitlementStatus");
            pollCancelled(a, m_pollAttempts);
        });
        cancel->start();
    });
    read->start();
}

void OutboxPusher::pollCancelled(const Action &a, int attemptsLeft)
{
    if (attemptsLeft <= 0 || m_aborted) {
        settle(a, ActionState::Enum::Done,
               tr("Cancellation accepted; pending on the service (the status is read again at "
                  "the next sync)."),
               true);
        return;
    }
    QTimer::singleShot(m_pollIntervalMs, this, [this, a, attemptsLeft] {
        const QString customer = a.payload.value(u"customerId").toString();
        const QString plan = a.payload.value(u"planSubscriptionId").toString();
        auto *read = track(net::partnercenter::listEntitlements(m_session, customer, plan, this));
        connect(read, &net::Job::finished, this, [this, a, read, attemptsLeft] {
            read->deleteLater();
            QString status;
            if (!read->error())
                for (const Entitlement &e : read->items())
                    if (e.id.compare(a.targetId, Qt::CaseInsensitive) == 0)
                        status = e.status;
            if (cancelledStatus(status)) {
                logIfFailed(store::ActionTargets(m_db).setEntitlementStatus(a.targetId, status),
                            "setEntitlementStatus");
                settle(a, ActionState::Enum::Done,
                       tr("Azure subscription cancelled (status %1).").arg(status), true);
                return;
            }
            pollCancelled(a, attemptsLeft - 1);
        });
        read->start();
    });
}

void OutboxPusher::failFromError(const Action &a, const Error &error, bool partnerCenter)
{
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Throttled:
    case Error::Kind::Cancelled: {
        // Not reached, or stopped: still queued, sent at the next push.
        logIfFailed(store::Outbox(m_db).transition(a.id, ActionState::Enum::Queued, error.message,
                                                   toEpochMs(m_clock.now())),
                    "transition");
        m_report.offline = error.kind != Error::Kind::Cancelled;
        m_todo.prepend(a);
        m_report.left = int(m_todo.size());
        QTimer::singleShot(0, this, &OutboxPusher::next);
        return;
    }
    case Error::Kind::Auth:
    case Error::Kind::Forbidden:
        if (error.kind == Error::Kind::Auth && error.detail == u"no tokens") {
            // Nobody is signed in: not the action's fault, it waits.
            logIfFailed(store::Outbox(m_db).transition(a.id, ActionState::Enum::Queued,
                                                       error.message, toEpochMs(m_clock.now())),
                        "transition");
            m_report.signInRequired = true;
            m_todo.prepend(a);
            m_report.left = int(m_todo.size());
            m_aborted = true;
            QTimer::singleShot(0, this, &OutboxPusher::next);
            return;
        }
        if (partnerCenter) {
            // Partner Center refuses tokens without an MFA claim: a retry
            // cannot help, a new sign-in can.
            settle(a, ActionState::Enum::Failed,
                   tr("Partner Center refused the request (%1). It needs the Admin Agent role "
                      "and a sign-in with multi-factor authentication: sign in again (vigie "
                      "login, or File > Sign in), complete MFA, then push again.")
                       .arg(error.message),
                   false);
            return;
        }
        settle(a, ActionState::Enum::Failed, error.message, false);
        return;
    case Error::Kind::NotFound:
        settle(a, ActionState::Enum::Failed,
               a.kind == Action::Kind::ResolveAlert
                   ? tr("The alert no longer exists on the service.")
                   : tr("The subscription no longer exists on the service."),
               false);
        return;
    default:
        settle(a, ActionState::Enum::Failed, error.message, false);
        return;
    }
}

void OutboxPusher::settle(const Action &a, ActionState::Enum state, const QString &message,
                          bool sent)
{
    const qint64 now = toEpochMs(m_clock.now());
    logIfFailed(store::Outbox(m_db).transition(
                    a.id, state, state == ActionState::Enum::Done ? QString() : message, now),
                "transition");
    PushOutcome outcome{a.id, a.kind, a.targetId, state, message, a.idempotencyKey, sent};
    record(a, outcome);
    m_report.outcomes << outcome;
    QTimer::singleShot(0, this, &OutboxPusher::next);
}

void OutboxPusher::record(const Action &a, const PushOutcome &outcome)
{
    store::ActivityEntry entry;
    entry.atMs = toEpochMs(m_clock.now());
    entry.actor = m_actor;
    entry.verb = activityVerb(a.kind);
    entry.objectKind = activityObjectKind(a.kind);
    entry.objectId = a.targetId;
    QJsonObject detail = a.payload;
    detail.insert(QStringLiteral("result"), ActionState::nameOf(outcome.state));
    detail.insert(QStringLiteral("message"), outcome.message);
    detail.insert(QStringLiteral("requestId"), a.idempotencyKey);
    detail.insert(QStringLiteral("actionId"), a.id);
    detail.insert(QStringLiteral("sent"), outcome.sent);
    entry.detail = detail;
    if (auto r = store::ActivityLog(m_db).append(entry); !r)
        qCWarning(lcSync) << "activity trail:" << r.error().message;
}

} // namespace vigie::sync
