#include "store/outbox.h"

#include "core/timeutil.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vigie::store {

namespace {

constexpr const char *kColumns =
    "id, kind, idempotency_key, target_id, payload, state, attempts, last_error, created_at";

Action readAction(const Statement &st)
{
    Action a;
    a.id = st.int64(0);
    a.kind = Outbox::kindFromName(st.text(1)).value_or(Action::Kind::ResolveAlert);
    a.idempotencyKey = st.text(2);
    a.targetId = st.text(3);
    a.payload = QJsonDocument::fromJson(st.textUtf8(4)).object();
    a.state = ActionState::parse(st.text(5));
    a.attempts = int(st.int64(6));
    a.lastError = st.isNull(7) ? QString() : st.text(7);
    a.createdAt = fromEpochMs(st.int64(8));
    return a;
}

Result<QList<Action>> select(Database &db, const QByteArray &where)
{
    auto st = db.prepare("SELECT " + QByteArray(kColumns) + " FROM outbox " + where);
    if (!st)
        return st.error();
    QList<Action> out;
    if (Status s = (*st)->forEachRow([&](const Statement &row) { out << readAction(row); }); !s)
        return s.error();
    return out;
}

} // namespace

QString Outbox::kindName(Action::Kind kind)
{
    switch (kind) {
    case Action::Kind::ResolveAlert:
        return QStringLiteral("resolveAlert");
    case Action::Kind::SuspendSubscription:
        return QStringLiteral("suspendSubscription");
    case Action::Kind::CancelEntitlement:
        return QStringLiteral("cancelEntitlement");
    }
    return {};
}

std::optional<Action::Kind> Outbox::kindFromName(const QString &name)
{
    for (auto k : {Action::Kind::ResolveAlert, Action::Kind::SuspendSubscription,
                   Action::Kind::CancelEntitlement}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

Result<qint64> Outbox::enqueue(Action::Kind kind, const QString &targetId,
                               const QJsonObject &payload, const QString &idempotencyKey,
                               qint64 nowMs)
{
    Statement *st = m_db.cached(
        "INSERT INTO outbox(idempotency_key, kind, target_id, payload, state, attempts, "
        "created_at, updated_at) VALUES(?1,?2,?3,?4,'queued',0,?5,?5) "
        "ON CONFLICT(idempotency_key) DO NOTHING");
    if (!st)
        return m_db.lastError();
    st->bind(1, idempotencyKey).bind(2, kindName(kind)).bind(3, targetId);
    st->bindText(4, QJsonDocument(payload).toJson(QJsonDocument::Compact)).bind(5, nowMs);
    if (Status s = st->exec(); !s)
        return s.error();
    Statement *id = m_db.cached("SELECT id FROM outbox WHERE idempotency_key = ?1");
    if (!id)
        return m_db.lastError();
    id->bind(1, idempotencyKey);
    qint64 out = -1;
    if (Status s = id->forEachRow([&](const Statement &row) { out = row.int64(0); }); !s)
        return s.error();
    return out;
}

Status Outbox::transition(qint64 id, ActionState::Enum state, const QString &error, qint64 nowMs)
{
    const auto current = find(id);
    if (!current)
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Sync", "Unknown queued action %1.").arg(id));
    const auto from = current->state.value();
    const bool final = from == ActionState::Enum::Done || from == ActionState::Enum::Conflict;
    if (final && state != from)
        return Error::make(
            Error::Kind::Conflict,
            QCoreApplication::translate("Sync", "Action %1 is already finished.").arg(id));
    Statement *st = m_db.cached("UPDATE outbox SET state = ?2, last_error = ?3, updated_at = ?4, "
                                "attempts = attempts + ?5 WHERE id = ?1");
    if (!st)
        return m_db.lastError();
    st->bind(1, id).bind(2, ActionState::nameOf(state));
    st->bind(3, error.isEmpty() ? QString() : error).bind(4, nowMs);
    st->bind(5, state == ActionState::Enum::Sending ? 1 : 0);
    return st->exec();
}

Result<QList<Action>> Outbox::pending()
{
    return select(m_db, "WHERE state = 'queued' ORDER BY created_at, id");
}

Result<QList<Action>> Outbox::all()
{
    return select(m_db, "ORDER BY created_at, id");
}

std::optional<Action> Outbox::find(qint64 id)
{
    auto r = select(m_db, "WHERE id = " + QByteArray::number(id));
    if (!r || r->isEmpty())
        return std::nullopt;
    return r->first();
}

qint64 Outbox::countInState(ActionState::Enum state)
{
    const Result<qint64> n = m_db.queryInt("SELECT count(*) FROM outbox WHERE state = '" +
                                           ActionState::nameOf(state).toLatin1() + "'");
    return n ? *n : -1;
}

Status Outbox::requeueInterrupted(qint64 nowMs)
{
    Statement *st =
        m_db.cached("UPDATE outbox SET state = 'queued', updated_at = ?1 WHERE state = 'sending'");
    if (!st)
        return m_db.lastError();
    st->bind(1, nowMs);
    return st->exec();
}

Status Outbox::settleConflict(qint64 id, const QString &note, qint64 nowMs)
{
    Statement *st =
        m_db.cached("UPDATE outbox SET state = 'done', last_error = ?2, updated_at = ?3 "
                    "WHERE id = ?1 AND state = 'conflict'");
    if (!st)
        return m_db.lastError();
    st->bind(1, id).bind(2, note).bind(3, nowMs);
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.changes() != 1)
        return Error::make(
            Error::Kind::Conflict,
            QCoreApplication::translate("Sync", "Action %1 is not in conflict.").arg(id));
    return {};
}

Result<QList<Action>> Outbox::needingAttention()
{
    return select(m_db, "WHERE state IN ('failed', 'conflict') ORDER BY updated_at DESC, id DESC");
}

} // namespace vigie::store
