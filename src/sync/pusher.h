#pragma once

#include "core/result.h"
#include "core/timeutil.h"
#include "core/types.h"
#include "net/job.h"

#include <QObject>
#include <QPointer>

namespace vigie::store {
class Database;
}

namespace vigie::sync {

struct PushOutcome
{
    qint64 actionId = 0;
    Action::Kind kind = Action::Kind::ResolveAlert;
    QString targetId;
    ActionState::Enum state = ActionState::Enum::Queued;
    QString message;   // what happened, for the analyst (translated)
    QString requestId; // the idempotency key sent as client-request-id / MS-RequestId
    bool sent = false; // false: reconciled from the remote state, nothing changed remotely
};

struct PushReport
{
    QList<PushOutcome> outcomes;
    int left = 0;                // still queued (offline, or stopped)
    bool offline = false;        // the service could not be reached: the rest stays queued
    bool signInRequired = false; // no sign-in at all: the rest stays queued
    bool ok() const;             // every action done
};

// Sends the outbox, one action at a time, on the thread it lives on (the
// sync worker in the window, the main thread of `vigie push`). Exactly once:
// an action is marked `sending` before its request leaves, and before any
// change is sent the remote object is read — an alert already resolved with
// the same reason, a subscription already suspended, an entitlement already
// cancelled end as done without a second change; a different remote state is
// a conflict for the analyst (api.md §9). A crash between the two therefore
// never sends an action twice blindly.
class OutboxPusher : public QObject
{
    Q_OBJECT
public:
    OutboxPusher(store::Database &db, const net::Session &session, const Clock &clock,
                 QString actor, QObject *parent = nullptr);

    void start();
    void abort();
    // After an entitlement cancel was accepted (202): poll this often, so
    // many times, for its new status (tests shorten it).
    void setCancelPolling(int intervalMs, int attempts);

signals:
    void progress(int done, int total);
    void finished(const sync::PushReport &report);

private:
    void next();
    void pushResolve(const Action &a);
    void pushSuspend(const Action &a);
    void pushCancel(const Action &a);
    void pollCancelled(const Action &a, int attemptsLeft);
    void settle(const Action &a, ActionState::Enum state, const QString &message, bool sent);
    void failFromError(const Action &a, const Error &error, bool partnerCenter);
    void record(const Action &a, const PushOutcome &outcome);
    template <typename J> J *track(J *job);

    store::Database &m_db;
    net::Session m_session;
    const Clock &m_clock;
    QString m_actor;
    QList<Action> m_todo;
    int m_total = 0;
    PushReport m_report;
    QPointer<net::Job> m_job;
    bool m_aborted = false;
    int m_pollIntervalMs = 1000;
    int m_pollAttempts = 5;
};

} // namespace vigie::sync
