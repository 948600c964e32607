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
constexpr const char *kRollSignIn =
    "INSERT INTO signin_daily(customer_id, day, total, failed) VALUES(?1,?2,?3,?4) "
    "ON CONFLICT(customer_id, day) DO UPDATE SET total = total + excluded.total, "
    "failed = failed + excluded.failed";
constexpr const char *kRollAudit =
    "INSERT INTO audit_daily(customer_id, day, total, failed) VALUES(?1,?2,?3,?4) "
    "ON CONFLICT(customer_id, day) DO UPDATE SET total = total + excluded.total, "
    "failed = failed + excluded.failed";

struct DayKey
{
    QString customer;
    int day;
    bool operator==(const DayKey &o) const { return day == o.day && customer == o.customer; }
};
size_t qHash(const DayKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.customer, k.day);
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

// The raw JSON as stored (compressed with the customer's dictionary, see
// rawcodec.h) and the insertion sequence (`rowid`, a real column of the
// WITHOUT ROWID tables: migrations.cpp, schema 5) of one batch's rows.
class RowEncoder
{
public:
    RowEncoder(Database &db, const char *table, const char *stream)
        : m_db(db), m_table(table), m_stream(stream)
    {}

    // The next rowid: one past the table's last (its unique index's end).
    Status start()
    {
        const Result<qint64> last =
            m_db.queryInt(QByteArray("SELECT coalesce(max(rowid), 0) FROM ") + m_table);
        if (!last)
            return last.error();
        m_next = *last + 1;
        return {};
    }
    qint64 nextRowId() const { return m_next; }
    void inserted() { ++m_next; }

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
    Database &m_db;
    const char *m_table;
    const char *m_stream;
    qint64 m_next = 1;
    QHash<QString, qint64> m_dicts;
};

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
    const QByteArray sourceUtf8 = source.toUtf8();
    RowEncoder enc(db, "signins", RawCodec::kSignIns);
    if (Status s = enc.start(); !s)
        return sqlFail(s, "sign-in");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SignIn &r = rows[i];
        const qint64 createdAtMs = toEpochMs(r.createdDateTime);
        const QString &customer = customerOf(i);
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
            enc.inserted();
            ++counts.inserted;
            DayCount &d = days[DayKey{customer, rollupDayOf(createdAtMs)}];
            ++d.total;
            if (r.errorCode != 0)
                ++d.failed;
        } else {
            ++counts.duplicates;
        }
    }
    if (Status s = flushRollups(db, kRollSignIn, days); !s)
        return s.error();
    return counts;
}

template <typename CustomerOf>
Result<InsertCounts> writeAudits(Database &db, const QList<AuditEvent> &rows, CustomerOf customerOf,
                                 const QString &source)
{
    InsertCounts counts;
    QHash<DayKey, DayCount> days;
    const QByteArray sourceUtf8 = source.toUtf8();
    RowEncoder enc(db, "audits", RawCodec::kAudits);
    if (Status s = enc.start(); !s)
        return sqlFail(s, "audit");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const AuditEvent &r = rows[i];
        const qint64 activityAtMs = toEpochMs(r.activityDateTime);
        const QString &customer = customerOf(i);
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
            enc.inserted();
            ++counts.inserted;
            DayCount &d = days[DayKey{customer, rollupDayOf(activityAtMs)}];
            ++d.total;
            if (auditFailed(r.result))
                ++d.failed;
        } else {
            ++counts.duplicates;
        }
    }
    if (Status s = flushRollups(db, kRollAudit, days); !s)
        return s.error();
    return counts;
}

} // namespace

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
