#include "store/hourlybackfill.h"

#include "store/database.h"
#include "store/logging.h"
#include "store/loglayout.h"
#include "store/logrepository.h"
#include "store/transaction.h"

#include <QHash>

namespace vigie::store {

namespace {

constexpr int kVersion = 11;
// Counting is cheap per row (no rewrite, as schema 5 had): larger batches, so
// a million events are ~50 transactions.
constexpr int kBatchRows = 20000;

// One stream's backfill: its rows after the cursor in rowid order with the
// customer, the time and whether the event failed (as LogRepository counts it).
struct StreamFill
{
    const char *stream; // the cursor's key in migration_v11
    const char *select;
    const char *upsert;
    const char *count;
    const char *countDone;
};

const StreamFill kSignIns{
    "signIns",
    "SELECT rowid, customer_id, created_at, error_code <> 0 FROM signins WHERE rowid > ?1 "
    "ORDER BY rowid LIMIT ?2",
    LogRepository::kRollSignInHourSql,
    "SELECT count(*) FROM signins",
    "SELECT count(*) FROM signins WHERE rowid <= ?1",
};
// An audit failed when its result is neither empty nor "success" (any case).
const StreamFill kAudits{
    "directoryAudits",
    "SELECT rowid, customer_id, activity_at, coalesce(result, '') <> '' AND lower(result) <> "
    "'success' FROM audits WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
    LogRepository::kRollAuditHourSql,
    "SELECT count(*) FROM audits",
    "SELECT count(*) FROM audits WHERE rowid <= ?1",
};

struct HourKey
{
    QString customer; // as stored; the upsert merges spellings (customer_id is NOCASE)
    qint64 hour;
    bool operator==(const HourKey &o) const { return hour == o.hour && customer == o.customer; }
};
size_t qHash(const HourKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.customer, k.hour);
}
struct HourCount
{
    qint64 total = 0;
    qint64 failed = 0;
};

class HourlyBackfill
{
public:
    HourlyBackfill(Database &db, MigrationProgress progress)
        : m_db(db), m_progress(std::move(progress))
    {}

    Status run()
    {
        Result<bool> pending = prepare();
        if (!pending || !*pending)
            return pending ? Status{} : Status(pending.error());
        for (const StreamFill *s : {&kSignIns, &kAudits}) {
            const Result<qint64> n = m_db.queryInt(s->count);
            if (!n)
                return n.error();
            m_total += *n;
        }
        for (const StreamFill *s : {&kSignIns, &kAudits}) {
            if (Status st = fill(*s); !st)
                return st;
        }
        return finish();
    }

private:
    // Creates the rollups and the cursor (kept from a killed run). False when
    // another process finished the migration meanwhile.
    Result<bool> prepare() { return beginResumableMigration(m_db, kVersion); }

    Result<qint64> cursorOf(const StreamFill &s)
    {
        Statement *c = m_db.cached("SELECT done_rowid FROM migration_v11 WHERE stream=?1");
        if (!c)
            return m_db.lastError();
        c->bindText(1, s.stream);
        qint64 cursor = 0;
        if (Status st = c->forEachRow([&](const Statement &row) { cursor = row.int64(0); }); !st)
            return st.error();
        return cursor;
    }

    Result<bool> finishedElsewhere(const Transaction &tx)
    {
        return migrationFinishedElsewhere(tx, m_db, kVersion);
    }

    Status fill(const StreamFill &s)
    {
        Result<qint64> cursor = qint64(0);
        {
            Transaction tx(m_db, Transaction::Kind::Immediate);
            const Result<bool> done = finishedElsewhere(tx);
            if (!done)
                return done.error();
            if (*done)
                return {};
            cursor = cursorOf(s);
            if (!cursor)
                return cursor.error();
        }
        if (*cursor > 0) { // resumed: what the killed run counted is done
            Statement *st = m_db.cached(s.countDone);
            if (!st)
                return m_db.lastError();
            st->bind(1, *cursor);
            if (Status r = st->forEachRow([&](const Statement &row) { m_done += row.int64(0); });
                !r)
                return r;
        }
        report();
        while (true) {
            Transaction tx(m_db, Transaction::Kind::Immediate);
            const Result<bool> done = finishedElsewhere(tx);
            if (!done)
                return done.error();
            if (*done)
                return {};
            Result<int> counted = countBatch(s);
            if (!counted)
                return counted.error();
            if (*counted == 0)
                return {};
            if (Status st = tx.commit(); !st)
                return st;
            m_done += *counted;
            report();
        }
    }

    // The next batch after the cursor added to the rollups and the cursor
    // moved past it, in the caller's transaction.
    Result<int> countBatch(const StreamFill &s)
    {
        Result<qint64> cursor = cursorOf(s);
        if (!cursor)
            return cursor.error();
        Statement *sel = m_db.cached(s.select);
        if (!sel)
            return m_db.lastError();
        sel->bind(1, *cursor).bind(2, kBatchRows);
        QHash<HourKey, HourCount> hours;
        qint64 last = *cursor;
        int rows = 0;
        if (Status st = sel->forEachRow([&](const Statement &row) {
                last = row.int64(0);
                HourCount &h = hours[HourKey{row.text(1), rollupHourOf(row.int64(2))}];
                ++h.total;
                h.failed += row.int64(3) != 0;
                ++rows;
            });
            !st)
            return st.error();
        if (rows == 0)
            return 0;
        for (auto it = hours.constBegin(); it != hours.constEnd(); ++it) {
            Statement *up = m_db.cached(s.upsert);
            if (!up)
                return m_db.lastError();
            up->bind(1, it.key().customer).bind(2, it.key().hour).bind(3, it.value().total);
            up->bind(4, it.value().failed);
            if (Status st = up->exec(); !st)
                return st.error();
        }
        Statement *save =
            m_db.cached("INSERT INTO migration_v11(stream, done_rowid) VALUES(?1,?2) "
                        "ON CONFLICT(stream) DO UPDATE SET done_rowid=excluded.done_rowid");
        if (!save)
            return m_db.lastError();
        save->bindText(1, s.stream).bind(2, last);
        if (Status st = save->exec(); !st)
            return st.error();
        return rows;
    }

    Status finish()
    {
        Transaction tx(m_db, Transaction::Kind::Immediate);
        if (!tx.isActive())
            return tx.beginStatus();
        const Result<qint64> v = m_db.queryInt("PRAGMA user_version");
        if (!v)
            return v.error();
        if (*v >= kVersion)
            return {};
        // Rows an older Vigie wrote while this one counted (it waited for the
        // lock): the cursor catches up inside this transaction.
        for (const StreamFill *s : {&kSignIns, &kAudits}) {
            while (true) {
                Result<int> counted = countBatch(*s);
                if (!counted)
                    return counted.error();
                if (*counted == 0)
                    break;
            }
        }
        if (Status s = m_db.exec("DROP TABLE migration_v11"); !s)
            return s;
        if (Status s = m_db.exec("PRAGMA user_version=" + QByteArray::number(kVersion)); !s)
            return s;
        return tx.commit();
    }

    void report()
    {
        if (m_progress)
            m_progress(kVersion, m_done, m_total);
    }

    Database &m_db;
    MigrationProgress m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace

Status migrateHourlyRollups(Database &db, const MigrationProgress &progress)
{
    return HourlyBackfill(db, progress ? progress : stderrMigrationProgress()).run();
}

} // namespace vigie::store
