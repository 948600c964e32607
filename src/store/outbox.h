#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QList>
#include <optional>

namespace vigie::store {

class Database;

// Local actions on their way to the cloud. States: queued -> sending ->
// done | failed | conflict; a failed action can be queued again. The
// idempotency key is unique: enqueuing the same key twice returns the
// existing action.
class Outbox
{
public:
    explicit Outbox(Database &db) : m_db(db) {}

    static QString kindName(Action::Kind kind);
    static std::optional<Action::Kind> kindFromName(const QString &name);

    Result<qint64> enqueue(Action::Kind kind, const QString &targetId, const QJsonObject &payload,
                           const QString &idempotencyKey, qint64 nowMs);
    // Moves an action to `state`; `sending` increments attempts. Refuses a
    // transition out of done/conflict (Conflict error).
    Status transition(qint64 id, ActionState::Enum state, const QString &error, qint64 nowMs);
    Result<QList<Action>> pending(); // queued, oldest first
    Result<QList<Action>> all();
    std::optional<Action> find(qint64 id);
    qint64 countInState(ActionState::Enum state); // -1 on error
    // After a crash, actions left in "sending" go back to "queued" (the
    // idempotency key makes the resend safe).
    Status requeueInterrupted(qint64 nowMs);
    // The analyst settled a conflict (kept the remote state, or queued their
    // own again): conflict -> done, with `note` saying how. Only from conflict.
    Status settleConflict(qint64 id, const QString &note, qint64 nowMs);
    // Failed and conflicting actions, newest first: what the analyst must look at.
    Result<QList<Action>> needingAttention();

private:
    Database &m_db;
};

} // namespace vigie::store
