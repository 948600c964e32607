#include "analytics/detectionstatestore.h"

#include "analytics/tagsettings.h"
#include "store/database.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace vigie::analytics::detail {

DetectionStateStore::DetectionStateStore(store::Database &db, const QString &customerId)
    : m_db(db), m_customer(customerId)
{}

// ---- reading the events ---------------------------------------------------------------

EventQuery DetectionStateStore::eventQuery(bool audit, Walk walk)
{
    // A customer's events in time order. A full walk of the sign-ins takes
    // their raw column as stored and decodes it only for the rows a raw rule
    // may take (most take none); its rows hold the raw bytes already, so a
    // separate read per row (as when a narrow index was walked) would only
    // seek again. An incremental batch decodes every new row in SQL.
    EventQuery q;
    // raw_json(): the stored JSON decompressed (store/rawcodec.h), on the
    // reading thread.
    q.sql = audit ? "SELECT rowid, id, activity_at, activity, result, logged_by_service, category, "
                    "raw_json(raw) FROM audits WHERE customer_id=?1 "
                  : "SELECT rowid, id, created_at, user_id, upn, app_id, app_name, ip, country, "
                    "auth_protocol, error_code, raw_json(raw) FROM signins WHERE customer_id=?1 ";
    if (!audit && walk != Walk::Incremental) {
        q.sql.replace(", raw_json(raw) FROM", ", raw FROM");
        q.rawStored = true;
    }
    // Events of the same instant in a fixed order, whichever way they are
    // read: sign-ins by id, the order of their index.
    const QByteArray order = audit ? "ORDER BY activity_at, rowid" : "ORDER BY created_at, id";
    if (walk == Walk::Rerun)
        q.sql += "AND " + QByteArray(audit ? "activity_at" : "created_at") + ">=?2 " + order;
    else if (walk == Walk::Incremental) {
        // The rows after the watermark lie within the event times of the
        // customer's write batches after it (log_batches, schema 14): walk
        // that span down the table's key, not every older row.
        const QByteArray stream = audit ? "'audits'" : "'signins'";
        const QByteArray batches =
            " FROM log_batches WHERE stream=" + stream + " AND customer_id=?1 AND last_rowid>?2)";
        q.sql += "AND " + QByteArray(audit ? "activity_at" : "created_at") +
                 " BETWEEN (SELECT min(first_at)" + batches + " AND (SELECT max(last_at)" +
                 batches + " AND rowid>?2 " + order;
    } else
        q.sql += "AND rowid>?2 " + order;
    return q;
}

QByteArray DetectionStateStore::signInChunkQuery()
{
    // The same columns as eventQuery's full walk, raw as stored (rawStored).
    return "SELECT rowid, id, created_at, user_id, upn, app_id, app_name, ip, country, "
           "auth_protocol, error_code, raw FROM signins WHERE customer_id=?1 AND created_at>=?2 "
           "AND created_at<?3 ORDER BY created_at, id";
}

QByteArray DetectionStateStore::signInRaw(qint64 timeMs, const QString &id)
{
    store::Statement *st = m_db.cached("SELECT raw_json(raw) FROM signins WHERE customer_id=?1 "
                                       "AND created_at=?2 AND id=?3");
    QByteArray raw;
    if (!st)
        return raw;
    st->bind(1, m_customer).bind(2, timeMs).bind(3, id);
    if (st->step() == store::Statement::Step::Row)
        raw = st->textUtf8(0);
    st->reset();
    return raw;
}

Result<QList<std::pair<qint64, qint64>>> DetectionStateStore::signInDays(qint64 fromDay)
{
    store::Statement *st = m_db.cached(
        "SELECT day, total FROM signin_daily WHERE customer_id=?1 AND day>=?2 ORDER BY day");
    if (!st)
        return m_db.lastError();
    st->bind(1, m_customer).bind(2, fromDay);
    QList<std::pair<qint64, qint64>> days;
    while (true) {
        const auto step = st->step();
        if (step == store::Statement::Step::Error) {
            const Error e = st->lastError();
            st->reset();
            return e;
        }
        if (step != store::Statement::Step::Row)
            break;
        days.append({st->int64(0), st->int64(1)});
    }
    st->reset();
    return days;
}

Result<std::optional<qint64>> DetectionStateStore::newestEventAt(const QString &stream)
{
    store::Statement *st = m_db.cached(
        stream == u"signIns" ? "SELECT max(created_at) FROM signins WHERE customer_id=?"
                             : "SELECT max(activity_at) FROM audits WHERE customer_id=?");
    if (!st)
        return m_db.lastError();
    st->bind(1, m_customer);
    std::optional<qint64> newest;
    if (st->step() == store::Statement::Step::Row && !st->isNull(0))
        newest = st->int64(0);
    st->reset();
    return newest;
}

Result<QStringList> DetectionStateStore::customers(store::Database &db)
{
    // One seek per customer down each event table's (customer, time, id)
    // key: DISTINCT would walk every event.
    auto st =
        db.prepare("WITH RECURSIVE s(c) AS (SELECT min(customer_id) FROM signins UNION ALL "
                   "SELECT (SELECT min(customer_id) FROM signins WHERE customer_id > s.c) FROM s "
                   "WHERE s.c IS NOT NULL), "
                   "a(c) AS (SELECT min(customer_id) FROM audits UNION ALL "
                   "SELECT (SELECT min(customer_id) FROM audits WHERE customer_id > a.c) FROM a "
                   "WHERE a.c IS NOT NULL) "
                   "SELECT c COLLATE NOCASE FROM s WHERE c IS NOT NULL UNION SELECT c FROM a WHERE "
                   "c IS NOT NULL "
                   "UNION SELECT customer_id FROM rule_settings ORDER BY 1");
    if (!st)
        return st.error();
    QStringList out;
    if (Status s = (*st)->forEachRow([&](const store::Statement &row) { out << row.text(0); }); !s)
        return s.error();
    return out;
}

bool DetectionStateStore::walMode()
{
    const auto mode = m_db.queryText("PRAGMA journal_mode");
    return mode && mode->compare(u"wal", Qt::CaseInsensitive) == 0;
}

// ---- settings and per-stream state -------------------------------------------------------

Result<CustomerSettings> DetectionStateStore::settings()
{
    // Defaults and the customer's tags first, its own settings over them.
    return TagSettings::effective(m_db, m_customer);
}

Result<qint64> DetectionStateStore::watermark(const QString &stream)
{
    store::Statement *st =
        m_db.cached("SELECT last_rowid FROM detection_state WHERE customer_id=? AND stream=?");
    if (!st)
        return m_db.lastError();
    st->bind(1, m_customer).bind(2, stream);
    qint64 watermark = 0;
    if (st->step() == store::Statement::Step::Row)
        watermark = st->int64(0);
    st->reset();
    return watermark;
}

Result<qint64> DetectionStateStore::lateArrivalSince(const QString &stream)
{
    auto w = watermark(stream);
    if (!w)
        return w.error();
    if (*w <= 0)
        return qint64(-1); // a first pass reads everything in time order
    const bool audit = stream == u"directoryAudits";
    // The newest evaluated row: the customer's time index from the top,
    // stopping at the first row under the watermark.
    store::Statement *newest =
        m_db.cached(audit ? "SELECT activity_at FROM audits WHERE customer_id=?1 AND rowid<=?2 "
                            "ORDER BY activity_at DESC LIMIT 1"
                          : "SELECT created_at FROM signins WHERE customer_id=?1 AND rowid<=?2 "
                            "ORDER BY created_at DESC LIMIT 1");
    // The oldest new row: the first time of the customer's write batches
    // after the watermark (log_batches, schema 14). A batch that began at or
    // before the watermark would only make it earlier: a longer re-run, never
    // a missed row.
    store::Statement *oldestNew = m_db.cached(
        audit ? "SELECT min(first_at) FROM log_batches WHERE stream='audits' AND customer_id=?1 "
                "AND last_rowid>?2"
              : "SELECT min(first_at) FROM log_batches WHERE stream='signins' AND customer_id=?1 "
                "AND last_rowid>?2");
    if (!newest || !oldestNew)
        return m_db.lastError();
    qint64 evaluated = std::numeric_limits<qint64>::min();
    newest->bind(1, m_customer).bind(2, *w);
    if (newest->step() == store::Statement::Step::Row)
        evaluated = newest->int64(0);
    newest->reset();
    qint64 late = -1;
    oldestNew->bind(1, m_customer).bind(2, *w);
    if (oldestNew->step() == store::Statement::Step::Row && !oldestNew->isNull(0) &&
        oldestNew->int64(0) < evaluated)
        late = oldestNew->int64(0);
    oldestNew->reset();
    return late;
}

StreamState DetectionStateStore::streamState(const QString &stream)
{
    StreamState out;
    store::Statement *st = m_db.cached(
        "SELECT first_event_at, fields_seen FROM detection_state WHERE customer_id=? AND "
        "stream=?");
    if (!st)
        return out;
    st->bind(1, m_customer).bind(2, stream);
    if (st->step() == store::Statement::Step::Row) {
        if (!st->isNull(0))
            out.firstEventAt = st->int64(0);
        QStringList seen;
        for (const QJsonValue &v : QJsonDocument::fromJson(st->textUtf8(1)).array())
            seen << v.toString();
        out.fieldsSeen = seen;
    }
    st->reset();
    return out;
}

Status DetectionStateStore::saveStreamState(const QString &stream, qint64 lastRowid,
                                            std::optional<qint64> firstEventAt,
                                            const QStringList &fieldsSeen, qint64 nowMs)
{
    store::Statement *ds = m_db.cached(
        "INSERT INTO detection_state(customer_id, stream, last_rowid, first_event_at, "
        "fields_seen, updated_at) VALUES(?,?,?,?,?,?) ON CONFLICT(customer_id, stream) DO "
        "UPDATE SET last_rowid=max(last_rowid, excluded.last_rowid), "
        "first_event_at=excluded.first_event_at, fields_seen=excluded.fields_seen, "
        "updated_at=excluded.updated_at");
    if (!ds)
        return m_db.lastError();
    ds->bind(1, m_customer).bind(2, stream).bind(3, lastRowid);
    if (firstEventAt)
        ds->bind(4, *firstEventAt);
    else
        ds->bindNull(4);
    ds->bindText(
        5, QJsonDocument(QJsonArray::fromStringList(fieldsSeen)).toJson(QJsonDocument::Compact));
    ds->bind(6, nowMs);
    return ds->exec();
}

Status DetectionStateStore::resetDerivedState(qint64 sinceMs)
{
    for (const char *sql :
         {"DELETE FROM detection_windows WHERE customer_id=?1 AND ?2 IS NOT NULL",
          "DELETE FROM detection_counts WHERE customer_id=?1 AND ?2 IS NOT NULL",
          "DELETE FROM detection_state WHERE customer_id=?1 AND ?2 IS NOT NULL"}) {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        (*st)->bind(1, m_customer).bind(2, sinceMs);
        if (Status s = (*st)->exec(); !s)
            return s;
    }
    return {};
}

// ---- threshold windows and baseline counts ------------------------------------------------

void DetectionStateStore::loadWindow(const QString &ruleId, const QString &subject,
                                     QList<WindowEntry> &events, qint64 &activeBucket)
{
    store::Statement *w = m_db.cached("SELECT events, active_bucket FROM detection_windows WHERE "
                                      "rule_id=? AND customer_id=? AND subject=?");
    if (!w)
        return;
    w->bind(1, ruleId).bind(2, m_customer).bind(3, subject);
    if (w->step() == store::Statement::Step::Row) {
        for (const QJsonValue &v : QJsonDocument::fromJson(w->textUtf8(0)).array()) {
            const QJsonArray a = v.toArray();
            WindowEntry we;
            we.t = qint64(a.at(0).toDouble());
            we.id = a.at(1).toString();
            for (const QJsonValue &x : a.at(2).toArray())
                we.esc << x.toString();
            events.append(we);
        }
        activeBucket = w->isNull(1) ? -1 : w->int64(1);
    }
    w->reset();
}

Status DetectionStateStore::saveWindow(const QString &ruleId, const QString &subject,
                                       const QList<WindowEntry> &events, qint64 activeBucket)
{
    store::Statement *w = m_db.cached(
        "INSERT OR REPLACE INTO detection_windows(rule_id, customer_id, subject, events, "
        "active_bucket) VALUES(?,?,?,?,?)");
    if (!w)
        return m_db.lastError();
    QJsonArray evs;
    for (const WindowEntry &we : events)
        evs.append(QJsonArray{double(we.t), we.id, QJsonArray::fromStringList(we.esc)});
    w->bind(1, ruleId)
        .bind(2, m_customer)
        .bind(3, subject)
        .bindText(4, QJsonDocument(evs).toJson(QJsonDocument::Compact));
    if (activeBucket >= 0)
        w->bind(5, activeBucket);
    else
        w->bindNull(5);
    return w->exec();
}

Status DetectionStateStore::deleteWindow(const QString &ruleId, const QString &subject)
{
    store::Statement *wd = m_db.cached(
        "DELETE FROM detection_windows WHERE rule_id=? AND customer_id=? AND subject=?");
    if (!wd)
        return m_db.lastError();
    wd->bind(1, ruleId).bind(2, m_customer).bind(3, subject);
    return wd->exec();
}

void DetectionStateStore::loadCounts(const QString &ruleId, const QString &subject,
                                     QMap<qint64, qint64> &counts)
{
    store::Statement *c = m_db.cached("SELECT bucket, count FROM detection_counts WHERE "
                                      "rule_id=? AND customer_id=? AND subject=?");
    if (!c)
        return;
    c->bind(1, ruleId).bind(2, m_customer).bind(3, subject);
    // A failed step leaves the counts it read: the next save rewrites them whole.
    (void)c->forEachRow(
        [&](const store::Statement &row) { counts.insert(row.int64(0), row.int64(1)); });
}

Status DetectionStateStore::replaceCounts(const QString &ruleId, const QString &subject,
                                          const QMap<qint64, qint64> &counts)
{
    store::Statement *cd =
        m_db.cached("DELETE FROM detection_counts WHERE rule_id=? AND customer_id=? AND subject=?");
    store::Statement *ci =
        m_db.cached("INSERT INTO detection_counts(rule_id, customer_id, subject, bucket, count) "
                    "VALUES(?,?,?,?,?)");
    if (!cd || !ci)
        return m_db.lastError();
    cd->bind(1, ruleId).bind(2, m_customer).bind(3, subject);
    if (Status s = cd->exec(); !s)
        return s;
    for (auto c = counts.begin(); c != counts.end(); ++c) {
        ci->bind(1, ruleId)
            .bind(2, m_customer)
            .bind(3, subject)
            .bind(4, c.key())
            .bind(5, c.value());
        if (Status s = ci->exec(); !s)
            return s;
    }
    return {};
}

// ---- findings ---------------------------------------------------------------------------

Status DetectionStateStore::forEachFinding(qint64 recomputeFrom, const FindingVisitor &visit)
{
    store::Statement *st =
        m_db.cached("SELECT rule_id, subject, bucket_start, id, state, severity, first_seen, "
                    "last_seen, count, evidence, detail, unconfigured FROM findings WHERE "
                    "customer_id=?");
    if (!st)
        return m_db.lastError();
    st->bind(1, m_customer);
    store::Statement::Step step;
    while ((step = st->step()) == store::Statement::Step::Row) {
        const QString state = st->text(4);
        const qint64 bucketStart = st->int64(2);
        if (bucketStart < recomputeFrom || (state != u"new" && state != u"acknowledged")) {
            visit(st->text(0), st->text(1), bucketStart, nullptr);
            continue;
        }
        StoredFinding f{st->int64(3),      state,        st->text(5),     st->int64(6),
                        st->int64(7),      st->int64(8), st->textUtf8(9), st->textUtf8(10),
                        st->int64(11) != 0};
        visit(st->text(0), st->text(1), bucketStart, &f);
    }
    st->reset();
    if (step == store::Statement::Step::Error)
        return st->lastError();
    return {};
}

std::optional<StoredFinding>
DetectionStateStore::finding(const QString &ruleId, const QString &subject, qint64 bucketStart)
{
    store::Statement *st = m_db.cached(
        "SELECT id, severity, state, first_seen, last_seen, count, evidence, detail, "
        "unconfigured FROM findings WHERE rule_id=? AND customer_id=? AND subject=? AND "
        "bucket_start=?");
    if (!st)
        return std::nullopt;
    st->bind(1, ruleId).bind(2, m_customer).bind(3, subject).bind(4, bucketStart);
    std::optional<StoredFinding> out;
    if (st->step() == store::Statement::Step::Row) {
        out = StoredFinding{st->int64(0),    st->text(2),     st->text(1),
                            st->int64(3),    st->int64(4),    st->int64(5),
                            st->textUtf8(6), st->textUtf8(7), st->int64(8) != 0};
    }
    st->reset();
    return out;
}

Result<qint64> DetectionStateStore::insertFinding(const FindingWrite &f, qint64 nowMs)
{
    store::Statement *ins = m_db.cached(
        "INSERT INTO findings(rule_id, customer_id, subject, bucket_start, severity, state, "
        "first_seen, last_seen, count, evidence, detail, unconfigured, updated_at) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!ins)
        return m_db.lastError();
    ins->bind(1, f.ruleId)
        .bind(2, m_customer)
        .bind(3, f.subject)
        .bind(4, f.bucketStart)
        .bind(5, f.severity)
        .bind(6, f.state)
        .bind(7, f.firstSeen)
        .bind(8, f.lastSeen)
        .bind(9, f.count)
        .bindText(10, f.evidence)
        .bindText(11, f.detail)
        .bindBool(12, f.unconfigured)
        .bind(13, nowMs);
    if (Status s = ins->exec(); !s)
        return s.error();
    return m_db.lastInsertRowId();
}

Status DetectionStateStore::updateFinding(qint64 id, const FindingWrite &f, qint64 nowMs)
{
    store::Statement *upd = m_db.cached(
        "UPDATE findings SET severity=?, first_seen=?, last_seen=?, count=?, evidence=?, "
        "detail=?, unconfigured=?, updated_at=? WHERE id=?");
    if (!upd)
        return m_db.lastError();
    upd->bind(1, f.severity)
        .bind(2, f.firstSeen)
        .bind(3, f.lastSeen)
        .bind(4, f.count)
        .bindText(5, f.evidence)
        .bindText(6, f.detail)
        .bindBool(7, f.unconfigured)
        .bind(8, nowMs)
        .bind(9, id);
    return upd->exec();
}

Status DetectionStateStore::deleteFinding(qint64 id)
{
    store::Statement *gone = m_db.cached("DELETE FROM findings WHERE id=?");
    if (!gone)
        return m_db.lastError();
    return gone->bind(1, id).exec();
}

Status DetectionStateStore::emptyFinding(qint64 id, qint64 nowMs)
{
    store::Statement *emptied = m_db.cached(
        "UPDATE findings SET count=0, evidence='[]', detail='{}', updated_at=? WHERE id=?");
    if (!emptied)
        return m_db.lastError();
    return emptied->bind(1, nowMs).bind(2, id).exec();
}

} // namespace vigie::analytics::detail
