#include "store/logrepository.h"

#include "core/timeutil.h"
#include "core/types.h"
#include "store/database.h"
#include "store/logging.h"
#include "store/rawcodec.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <numeric>
#include <optional>
#include <sqlite3.h>

namespace vigie::store {

namespace {

constexpr const char *kInsertSignIn =
    "INSERT OR IGNORE INTO signins(id, customer_id, created_at, user_id, upn, app_id, app_name, "
    "ip, country, error_code, source, raw, auth_protocol, rowid) "
    "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)";
constexpr const char *kInsertAudit =
    "INSERT OR IGNORE INTO audits(id, customer_id, activity_at, category, activity, result, "
    "logged_by_service, actor, source, raw, rowid) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)";
// The same event from two exports may carry its time at different precisions
// (the portal's CSV keeps whole seconds, Graph 7 decimals): an id already
// stored within a second of the time is the same event. One seek down the
// (customer, time, id) key.
constexpr const char *kSeenSignIn = "SELECT 1 FROM signins WHERE customer_id=?1 AND created_at "
                                    "BETWEEN ?2 - 999 AND ?2 + 999 AND id=?3 LIMIT 1";
constexpr const char *kSeenAudit = "SELECT 1 FROM audits WHERE customer_id=?1 AND activity_at "
                                   "BETWEEN ?2 - 999 AND ?2 + 999 AND id=?3 LIMIT 1";
// The span of a customer's stored event times: rows outside it (by more than
// the second above) cannot be near-duplicates of a stored row.
constexpr const char *kSpanSignIn =
    "SELECT (SELECT min(created_at) FROM signins WHERE customer_id=?1), "
    "(SELECT max(created_at) FROM signins WHERE customer_id=?1)";
constexpr const char *kSpanAudit =
    "SELECT (SELECT min(activity_at) FROM audits WHERE customer_id=?1), "
    "(SELECT max(activity_at) FROM audits WHERE customer_id=?1)";
constexpr const char *kRollSignIn =
    "INSERT INTO signin_daily(customer_id, day, total, failed) VALUES(?1,?2,?3,?4) "
    "ON CONFLICT(customer_id, day) DO UPDATE SET total = total + excluded.total, "
    "failed = failed + excluded.failed";
constexpr const char *kRollAudit =
    "INSERT INTO audit_daily(customer_id, day, total, failed) VALUES(?1,?2,?3,?4) "
    "ON CONFLICT(customer_id, day) DO UPDATE SET total = total + excluded.total, "
    "failed = failed + excluded.failed";

// Failed sign-ins per (customer, day, error code): signin_errors_daily,
// the drill-down's failures-by-code chart (schema 10).
constexpr const char *kRollSignInError =
    "INSERT INTO signin_errors_daily(customer_id, day, error_code, count) VALUES(?1,?2,?3,?4) "
    "ON CONFLICT(customer_id, day, error_code) DO UPDATE SET count = count + excluded.count";

struct DayKey
{
    QString customer;
    qint64 day; // yyyyMMdd, or an hour (rollupHourOf) in the hourly rollups
    bool operator==(const DayKey &o) const { return day == o.day && customer == o.customer; }
};
size_t qHash(const DayKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.customer, k.day);
}
struct ErrorDayKey
{
    QString customer;
    int day;
    int errorCode;
    bool operator==(const ErrorDayKey &o) const
    {
        return day == o.day && errorCode == o.errorCode && customer == o.customer;
    }
};
size_t qHash(const ErrorDayKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.customer, k.day, k.errorCode);
}

struct DayCount
{
    qint64 total = 0;
    qint64 failed = 0;
};

// The failure was logged where it happened; `what` names the rows for the log.
Error sqlFail(const Status &failed, const char *what)
{
    Error e = failed.error();
    qCWarning(lcStore) << "log insert failed:" << what;
    if (e.message.isEmpty())
        e.message = QCoreApplication::translate("Store", "Could not write logs to the cache.");
    return e;
}

Status flushRollups(Database &db, const char *sql, const QHash<DayKey, DayCount> &counts)
{
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        Statement *st = db.cached(sql);
        if (!st)
            return db.lastError();
        st->bind(1, it.key().customer).bind(2, it.key().day).bind(3, it.value().total);
        st->bind(4, it.value().failed);
        if (Status s = st->exec(); !s)
            return sqlFail(s, "rollup");
    }
    return {};
}

Status flushErrorRollup(Database &db, const QHash<ErrorDayKey, qint64> &counts)
{
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        Statement *st = db.cached(kRollSignInError);
        if (!st)
            return db.lastError();
        st->bind(1, it.key().customer).bind(2, it.key().day).bind(3, it.key().errorCode);
        st->bind(4, it.value());
        if (Status s = st->exec(); !s)
            return sqlFail(s, "error rollup");
    }
    return {};
}

// Runs `body` inside the caller's transaction, or inside its own one.
template <typename Body> Result<InsertCounts> inTransaction(Database &db, Body body)
{
    const bool outer = sqlite3_get_autocommit(db.handle()) == 0;
    std::optional<Transaction> tx;
    if (!outer) {
        tx.emplace(db, Transaction::Kind::Immediate);
        if (!tx->isActive())
            return tx->beginStatus().error();
    }
    Result<InsertCounts> r = body();
    if (!r.ok())
        return r; // own transaction rolls back; an outer one is the caller's to roll back
    if (tx) {
        if (Status s = tx->commit(); !s)
            return s.error();
    }
    return r;
}

// Whether `id` is already stored for `customer` within a second of `atMs`.
Result<bool> seen(Database &db, const char *sql, const QString &customer, qint64 atMs,
                  const QString &id)
{
    Statement *st = db.cached(sql);
    if (!st)
        return db.lastError();
    st->bind(1, customer).bind(2, atMs).bind(3, id);
    const Statement::Step step = st->step();
    if (step == Statement::Step::Error) {
        const Error e = st->lastError();
        st->reset();
        return e;
    }
    st->reset();
    return step == Statement::Step::Row;
}

// Which rows of a batch need the near-duplicate lookup (`seen`): those within
// a second of the customer's stored time span as the batch began, and those
// whose id the batch itself already wrote. Everything else is new without a
// lookup: an import in time order, or a sync page older or newer than what is
// stored, costs no seek per row (the lookup was ~10 % of an import's CPU).
class DuplicateGate
{
public:
    DuplicateGate(Database &db, const char *spanSql) : m_db(db), m_spanSql(spanSql) {}

    Result<bool> needsLookup(const QString &customer, qint64 atMs, const QString &id)
    {
        Result<Span *> span = spanOf(customer);
        if (!span)
            return span.error();
        const Span &s = **span;
        return (s.any && atMs >= s.lo - 999 && atMs <= s.hi + 999) || s.ids.contains(id);
    }
    void inserted(const QString &id) { m_last->ids.insert(id); }

private:
    struct Span
    {
        bool any = false;
        qint64 lo = 0;
        qint64 hi = 0;
        QSet<QString> ids; // written by this batch
    };

    Result<Span *> spanOf(const QString &customer)
    {
        if (m_last && m_lastCustomer == customer)
            return m_last;
        const QString key = customer.toLower(); // customer_id compares NOCASE
        auto it = m_spans.find(key);
        if (it == m_spans.end()) {
            Statement *st = m_db.cached(m_spanSql);
            if (!st)
                return m_db.lastError();
            st->bind(1, customer);
            Span span;
            const Statement::Step step = st->step();
            if (step == Statement::Step::Error) {
                const Error e = st->lastError();
                st->reset();
                return e;
            }
            if (step == Statement::Step::Row && !st->isNull(0)) {
                span.any = true;
                span.lo = st->int64(0);
                span.hi = st->int64(1);
            }
            st->reset();
            it = m_spans.insert(key, std::move(span));
        }
        m_lastCustomer = customer;
        m_last = &it.value();
        return m_last;
    }

    Database &m_db;
    const char *m_spanSql;
    QHash<QString, Span> m_spans;
    QString m_lastCustomer;
    Span *m_last = nullptr;
};

// The raw JSON as stored (compressed with the customer's dictionary, see
// rawcodec.h) and the insertion sequence (`rowid`, a real column of the
// WITHOUT ROWID tables: migrations.cpp, schema 5) of one batch's rows.
class RowEncoder
{
public:
    RowEncoder(Database &db, const char *table, const char *stream)
        : m_db(db), m_table(table), m_stream(stream)
    {}

    // The next rowid: one past the last batch's (log_batches, schema 14).
    Status start()
    {
        Statement *st =
            m_db.cached("SELECT coalesce(max(last_rowid), 0) FROM log_batches WHERE stream=?1");
        if (!st)
            return m_db.lastError();
        st->bindText(1, QByteArray::fromRawData(m_table, qsizetype(qstrlen(m_table))));
        const Statement::Step step = st->step();
        if (step != Statement::Step::Row) {
            const Error e = st->lastError();
            st->reset();
            return e;
        }
        m_next = st->int64(0) + 1;
        st->reset();
        return {};
    }
    qint64 nextRowId() const { return m_next; }
    // The row just written took nextRowId(): its customer's batch now ends
    // there and spans its time.
    void inserted(const QString &customer, qint64 atMs)
    {
        Batch &b = m_batches[customer.toLower()]; // customer_id compares NOCASE
        if (b.lastRowId == 0) {
            b.customer = customer;
            b.firstMs = b.lastMs = atMs;
        }
        b.firstMs = std::min(b.firstMs, atMs);
        b.lastMs = std::max(b.lastMs, atMs);
        b.lastRowId = m_next++;
    }
    // One log_batches row per customer this batch wrote to: incremental
    // detection finds the rows after a rowid by these spans.
    Status finish()
    {
        for (const Batch &b : std::as_const(m_batches)) {
            Statement *st =
                m_db.cached("INSERT INTO log_batches(stream, last_rowid, customer_id, first_at, "
                            "last_at) VALUES(?1,?2,?3,?4,?5)");
            if (!st)
                return m_db.lastError();
            st->bindText(1, QByteArray::fromRawData(m_table, qsizetype(qstrlen(m_table))));
            st->bind(2, b.lastRowId).bind(3, b.customer).bind(4, b.firstMs).bind(5, b.lastMs);
            if (Status s = st->exec(); !s)
                return s;
        }
        m_batches.clear();
        return {};
    }

    // `json` compressed with `customer`'s dictionary; the first batch of a
    // customer with enough events trains it on `batch` (its rows of this call).
    template <typename Row, typename CustomerOf>
    Result<QByteArray> encode(const QByteArray &json, const QString &customer,
                              const QList<Row> &batch, CustomerOf customerOf)
    {
        auto it = m_dicts.constFind(customer);
        if (it == m_dicts.constEnd()) {
            QList<QByteArrayView> samples;
            for (qsizetype i = 0; i < batch.size(); ++i) {
                if (customerOf(i) == customer && !batch[i].rawText.isEmpty())
                    samples << batch[i].rawText;
            }
            const Result<qint64> dict = m_db.rawCodec().dictionaryFor(customer, m_stream, samples);
            if (!dict)
                return dict.error();
            it = m_dicts.insert(customer, *dict);
        }
        return m_db.rawCodec().encode(json, it.value());
    }

private:
    struct Batch
    {
        QString customer;
        qint64 lastRowId = 0, firstMs = 0, lastMs = 0;
    };
    Database &m_db;
    const char *m_table;
    const char *m_stream;
    qint64 m_next = 1;
    QHash<QString, qint64> m_dicts;
    QHash<QString, Batch> m_batches;
};

// The order a batch is written in: the tables' key order (customer, time,
// id). Graph sends logs newest first; written as they come, every insert
// lands just before the last one, and each page split in the middle of the
// tree (before the next customer's rows) leaves a half-full page behind: a
// 200-customer sync left the event tables 46 % full. In key order the split
// pages stay ~85 % full (src/store/README.md, "Page fill"). Stable: rows with
// the same key keep their arrival order, so the first copy still wins.
template <typename CustomerOf, typename IdOf>
QList<qsizetype> keyOrder(const QList<qint64> &timesMs, CustomerOf customerOf, IdOf idOf)
{
    QList<qsizetype> order(timesMs.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const QString &ca = customerOf(a);
        const QString &cb = customerOf(b);
        if (&ca != &cb) {
            if (const int c = ca.compare(cb, Qt::CaseInsensitive); c != 0)
                return c < 0; // customer_id is NOCASE
        }
        if (timesMs[a] != timesMs[b])
            return timesMs[a] < timesMs[b];
        return idOf(a) < idOf(b);
    });
    return order;
}

bool auditFailed(const QString &result)
{
    return !result.isEmpty() && result.compare(u"success", Qt::CaseInsensitive) != 0;
}

template <typename CustomerOf>
Result<InsertCounts> writeSignIns(Database &db, const QList<SignIn> &rows, CustomerOf customerOf,
                                  const QString &source)
{
    InsertCounts counts;
    QHash<DayKey, DayCount> days;
    QHash<ErrorDayKey, qint64> errorDays;
    QHash<DayKey, DayCount> hours;
    const QByteArray sourceUtf8 = source.toUtf8();
    RowEncoder enc(db, "signins", RawCodec::kSignIns);
    DuplicateGate gate(db, kSpanSignIn);
    if (Status s = enc.start(); !s)
        return sqlFail(s, "sign-in");
    QList<qint64> timesMs(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        timesMs[i] = toEpochMs(rows[i].createdDateTime);
    for (const qsizetype i : keyOrder(timesMs, customerOf,
                                      [&](qsizetype k) -> const QString & { return rows[k].id; })) {
        const SignIn &r = rows[i];
        const qint64 createdAtMs = timesMs[i];
        const QString &customer = customerOf(i);
        const Result<bool> lookup = gate.needsLookup(customer, createdAtMs, r.id);
        if (!lookup)
            return lookup.error();
        if (*lookup) {
            const Result<bool> already = seen(db, kSeenSignIn, customer, createdAtMs, r.id);
            if (!already)
                return already.error();
            if (*already) {
                ++counts.duplicates;
                continue;
            }
        }
        const Result<QByteArray> raw = enc.encode(r.rawText.isNull() ? QByteArray("{}") : r.rawText,
                                                  customer, rows, customerOf);
        if (!raw)
            return raw.error();
        Statement *st = db.cached(kInsertSignIn);
        if (!st)
            return db.lastError();
        st->bind(1, r.id).bind(2, customer).bind(3, createdAtMs).bind(4, r.userId);
        st->bind(5, r.userPrincipalName).bind(6, r.appId).bind(7, r.appDisplayName);
        st->bind(8, r.ipAddress).bind(9, r.countryOrRegion).bind(10, r.errorCode);
        st->bindText(11, sourceUtf8).bindBlob(12, *raw);
        if (r.authenticationProtocol.isEmpty())
            st->bindNull(13);
        else
            st->bind(13, r.authenticationProtocol);
        st->bind(14, enc.nextRowId());
        if (Status s = st->exec(); !s)
            return sqlFail(s, "sign-in");
        if (db.changes() > 0) {
            enc.inserted(customer, createdAtMs);
            gate.inserted(r.id);
            ++counts.inserted;
            DayCount &d = days[DayKey{customer, rollupDayOf(createdAtMs)}];
            DayCount &h = hours[DayKey{customer, rollupHourOf(createdAtMs)}];
            ++d.total;
            ++h.total;
            if (r.errorCode != 0) {
                ++d.failed;
                ++h.failed;
                ++errorDays[ErrorDayKey{customer, rollupDayOf(createdAtMs), r.errorCode}];
            }
        } else {
            ++counts.duplicates;
        }
    }
    if (Status s = enc.finish(); !s)
        return sqlFail(s, "sign-in batch");
    if (Status s = flushRollups(db, kRollSignIn, days); !s)
        return s.error();
    if (Status s = flushErrorRollup(db, errorDays); !s)
        return s.error();
    if (Status s = flushRollups(db, LogRepository::kRollSignInHourSql, hours); !s)
        return s.error();
    return counts;
}

template <typename CustomerOf>
Result<InsertCounts> writeAudits(Database &db, const QList<AuditEvent> &rows, CustomerOf customerOf,
                                 const QString &source)
{
    InsertCounts counts;
    QHash<DayKey, DayCount> days;
    QHash<DayKey, DayCount> hours;
    const QByteArray sourceUtf8 = source.toUtf8();
    RowEncoder enc(db, "audits", RawCodec::kAudits);
    DuplicateGate gate(db, kSpanAudit);
    if (Status s = enc.start(); !s)
        return sqlFail(s, "audit");
    QList<qint64> timesMs(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        timesMs[i] = toEpochMs(rows[i].activityDateTime);
    for (const qsizetype i : keyOrder(timesMs, customerOf,
                                      [&](qsizetype k) -> const QString & { return rows[k].id; })) {
        const AuditEvent &r = rows[i];
        const qint64 activityAtMs = timesMs[i];
        const QString &customer = customerOf(i);
        const Result<bool> lookup = gate.needsLookup(customer, activityAtMs, r.id);
        if (!lookup)
            return lookup.error();
        if (*lookup) {
            const Result<bool> already = seen(db, kSeenAudit, customer, activityAtMs, r.id);
            if (!already)
                return already.error();
            if (*already) {
                ++counts.duplicates;
                continue;
            }
        }
        const Result<QByteArray> raw = enc.encode(r.rawText.isNull() ? QByteArray("{}") : r.rawText,
                                                  customer, rows, customerOf);
        if (!raw)
            return raw.error();
        Statement *st = db.cached(kInsertAudit);
        if (!st)
            return db.lastError();
        st->bind(1, r.id).bind(2, customer).bind(3, activityAtMs).bind(4, r.category);
        st->bind(5, r.activityDisplayName).bind(6, r.result).bind(7, r.loggedByService);
        st->bind(8, r.actor).bindText(9, sourceUtf8);
        st->bindBlob(10, *raw).bind(11, enc.nextRowId());
        if (Status s = st->exec(); !s)
            return sqlFail(s, "audit");
        if (db.changes() > 0) {
            enc.inserted(customer, activityAtMs);
            ++counts.inserted;
            DayCount &d = days[DayKey{customer, rollupDayOf(activityAtMs)}];
            DayCount &h = hours[DayKey{customer, rollupHourOf(activityAtMs)}];
            ++d.total;
            ++h.total;
            if (auditFailed(r.result)) {
                ++d.failed;
                ++h.failed;
            }
        } else {
            ++counts.duplicates;
        }
    }
    if (Status s = enc.finish(); !s)
        return sqlFail(s, "audit batch");
    if (Status s = flushRollups(db, kRollAudit, days); !s)
        return s.error();
    if (Status s = flushRollups(db, LogRepository::kRollAuditHourSql, hours); !s)
        return s.error();
    return counts;
}

} // namespace

qint64 rollupHourOf(qint64 ms)
{
    constexpr qint64 kHourMs = 3600000;
    return ms >= 0 ? ms / kHourMs : (ms - (kHourMs - 1)) / kHourMs;
}

// Civil-from-days (Howard Hinnant's algorithm): no QDateTime per row.
int rollupDayOf(qint64 ms)
{
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    return int(y * 10000 + m * 100 + d);
}

Result<InsertCounts> LogRepository::insertSignIns(const QString &customerId,
                                                  const QList<SignIn> &rows, const QString &source)
{
    if (rows.isEmpty())
        return InsertCounts{};
    return inTransaction(m_db, [&] {
        return writeSignIns(
            m_db, rows, [&](qsizetype) -> const QString & { return customerId; }, source);
    });
}

Result<InsertCounts> LogRepository::insertAudits(const QString &customerId,
                                                 const QList<AuditEvent> &rows,
                                                 const QString &source)
{
    if (rows.isEmpty())
        return InsertCounts{};
    return inTransaction(m_db, [&] {
        return writeAudits(
            m_db, rows, [&](qsizetype) -> const QString & { return customerId; }, source);
    });
}

Result<InsertCounts> LogRepository::insertSignIns(const QList<SignIn> &signIns,
                                                  const QString &source)
{
    if (signIns.isEmpty())
        return InsertCounts{};
    return inTransaction(m_db, [&] {
        return writeSignIns(
            m_db, signIns, [&](qsizetype i) -> const QString & { return signIns[i].customerId; },
            source);
    });
}

Result<InsertCounts> LogRepository::insertAudits(const QList<AuditEvent> &audits,
                                                 const QString &source)
{
    if (audits.isEmpty())
        return InsertCounts{};
    return inTransaction(m_db, [&] {
        return writeAudits(
            m_db, audits, [&](qsizetype i) -> const QString & { return audits[i].customerId; },
            source);
    });
}

namespace {
// The JSON of one event: through the customer's time index when the time is
// known (evidence carries it), else a walk of the customer's events.
QByteArray rawOf(Database &db, const char *byTime, const char *byId, const QString &customerId,
                 const QString &id, const QDateTime &at)
{
    Statement *st = db.cached(at.isValid() ? byTime : byId);
    if (!st)
        return {};
    st->bind(1, customerId).bind(2, id);
    if (at.isValid())
        st->bind(3, toEpochMs(at));
    QByteArray raw;
    const Statement::Step step = st->step();
    if (step == Statement::Step::Row)
        raw = st->textUtf8(0);
    else if (step == Statement::Step::Error)
        qCWarning(lcStore) << "raw JSON of an event unreadable:" << st->lastError().detail;
    st->reset();
    return raw;
}
} // namespace

QByteArray LogRepository::signInRaw(const QString &customerId, const QString &id,
                                    const QDateTime &at)
{
    return rawOf(m_db,
                 "SELECT raw_json(raw) FROM signins WHERE customer_id = ?1 AND created_at = ?3 "
                 "AND id = ?2",
                 "SELECT raw_json(raw) FROM signins WHERE customer_id = ?1 AND id = ?2", customerId,
                 id, at);
}

QByteArray LogRepository::auditRaw(const QString &customerId, const QString &id,
                                   const QDateTime &at)
{
    return rawOf(m_db,
                 "SELECT raw_json(raw) FROM audits WHERE customer_id = ?1 AND activity_at = ?3 "
                 "AND id = ?2",
                 "SELECT raw_json(raw) FROM audits WHERE customer_id = ?1 AND id = ?2", customerId,
                 id, at);
}

qint64 LogRepository::countSignIns(const QString &customerId)
{
    Statement *st = m_db.cached("SELECT count(*) FROM signins WHERE customer_id = ?1");
    if (!st)
        return -1;
    st->bind(1, customerId);
    qint64 n = -1;
    return st->forEachRow([&](const Statement &row) { n = row.int64(0); }) ? n : -1;
}

qint64 LogRepository::countAudits(const QString &customerId)
{
    Statement *st = m_db.cached("SELECT count(*) FROM audits WHERE customer_id = ?1");
    if (!st)
        return -1;
    st->bind(1, customerId);
    qint64 n = -1;
    return st->forEachRow([&](const Statement &row) { n = row.int64(0); }) ? n : -1;
}

} // namespace vigie::store
