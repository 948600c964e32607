#include "store/syncstate.h"

#include "store/database.h"

#include <sqlite3.h>

namespace vigie::store {

WriteScope::WriteScope(Database &db) : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle()) != 0) {
        m_begin = m_db.exec("BEGIN IMMEDIATE");
        m_own = m_begin.ok();
    }
}

WriteScope::~WriteScope()
{
    if (m_own)
        (void)m_db.exec("ROLLBACK");
}

Status WriteScope::commit()
{
    if (!m_begin)
        return m_begin;
    if (!m_own)
        return {};
    Status s = m_db.exec("COMMIT");
    if (s)
        m_own = false;
    return s;
}

namespace {

StreamState readState(const Statement &st)
{
    StreamState s;
    s.stream = st.text(0);
    s.cursor = st.isNull(1) ? QString() : st.text(1);
    s.watermark = st.isNull(2) ? 0 : st.int64(2);
    s.lastSuccessMs = st.isNull(3) ? 0 : st.int64(3);
    s.lastError = st.isNull(4) ? QString() : st.text(4);
    s.updatedAtMs = st.int64(5);
    s.exists = true;
    return s;
}

Status run(Database &db, const char *sql, auto bindAll)
{
    Statement *st = db.cached(sql);
    if (!st)
        return db.lastError();
    bindAll(*st);
    return st->exec();
}

} // namespace

StreamState SyncStateRepository::get(const QString &stream)
{
    Statement *st = m_db.cached("SELECT stream, cursor, watermark, last_success, last_error, "
                                "updated_at FROM sync_state WHERE stream = ?1");
    StreamState out;
    out.stream = stream;
    if (!st)
        return out;
    st->bind(1, stream);
    (void)st->forEachRow([&](const Statement &row) { out = readState(row); }); // unknown on error
    return out;
}

QList<StreamState> SyncStateRepository::all()
{
    QList<StreamState> out;
    Statement *st = m_db.cached(
        "SELECT stream, cursor, watermark, last_success, last_error, updated_at FROM sync_state "
        "WHERE stream <> '_run' ORDER BY stream");
    if (!st)
        return out;
    (void)st->forEachRow([&](const Statement &row) { out << readState(row); }); // partial on error
    return out;
}

Status SyncStateRepository::setCursor(const QString &stream, const QString &cursor, qint64 nowMs)
{
    return run(m_db,
               "INSERT INTO sync_state(stream, cursor, updated_at) VALUES(?1, ?2, ?3) "
               "ON CONFLICT(stream) DO UPDATE SET cursor = excluded.cursor, "
               "updated_at = excluded.updated_at",
               [&](Statement &st) { st.bind(1, stream).bind(2, cursor).bind(3, nowMs); });
}

Status SyncStateRepository::markSuccess(const QString &stream, qint64 watermark, qint64 nowMs)
{
    return run(m_db,
               "INSERT INTO sync_state(stream, cursor, watermark, last_success, last_error, "
               "updated_at) VALUES(?1, NULL, ?2, ?3, NULL, ?3) "
               "ON CONFLICT(stream) DO UPDATE SET cursor = NULL, watermark = excluded.watermark, "
               "last_success = excluded.last_success, last_error = NULL, "
               "updated_at = excluded.updated_at",
               [&](Statement &st) { st.bind(1, stream).bind(2, watermark).bind(3, nowMs); });
}

Status SyncStateRepository::markError(const QString &stream, const QString &error, qint64 nowMs)
{
    return run(m_db,
               "INSERT INTO sync_state(stream, last_error, updated_at) VALUES(?1, ?2, ?3) "
               "ON CONFLICT(stream) DO UPDATE SET last_error = excluded.last_error, "
               "updated_at = excluded.updated_at",
               [&](Statement &st) {
                   st.bind(1, stream)
                       .bind(2, error.isEmpty() ? QStringLiteral("error") : error)
                       .bind(3, nowMs);
               });
}

Status SyncStateRepository::recordRun(bool ok, bool unreachable, const QString &error, qint64 nowMs)
{
    const StreamState prev = get(QString::fromLatin1(kRunStream));
    // watermark of the run row = offline since (0 = online).
    qint64 offlineSince = 0;
    if (unreachable)
        offlineSince = prev.watermark > 0 ? prev.watermark : nowMs;
    const qint64 lastSuccess = ok ? nowMs : prev.lastSuccessMs;
    return run(m_db,
               "INSERT INTO sync_state(stream, cursor, watermark, last_success, last_error, "
               "updated_at) VALUES(?1, NULL, ?2, ?3, ?4, ?5) "
               "ON CONFLICT(stream) DO UPDATE SET watermark = excluded.watermark, "
               "last_success = excluded.last_success, last_error = excluded.last_error, "
               "updated_at = excluded.updated_at",
               [&](Statement &st) {
                   st.bind(1, QString::fromLatin1(kRunStream)).bind(2, offlineSince);
                   if (lastSuccess > 0)
                       st.bind(3, lastSuccess);
                   else
                       st.bindNull(3);
                   st.bind(4, ok ? QString() : error).bind(5, nowMs);
               });
}

OfflineState SyncStateRepository::offlineState()
{
    const StreamState r = get(QString::fromLatin1(kRunStream));
    OfflineState o;
    o.lastSuccessfulSyncMs = r.lastSuccessMs;
    o.offlineSinceMs = r.watermark;
    o.lastError = r.lastError;
    return o;
}

} // namespace vigie::store
