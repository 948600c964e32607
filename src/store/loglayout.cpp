#include "store/loglayout.h"

#include "store/database.h"
#include "store/logging.h"
#include "store/rawcodec.h"
#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QScopeGuard>
#include <QTextStream>
#include <sqlite3.h>

namespace vigie::store {

namespace {

constexpr int kVersion = 5;
constexpr int kBatchRows = 2000;

// One stream's copy: its old and new tables and the position of `raw` and
// `customer_id` in `select` (the insert takes the same columns in the same order).
struct StreamCopy
{
    const char *stream; // RawCodec::kSignIns / kAudits, and the cursor's key
    const char *select;
    const char *insert;
    const char *samples;
    const char *countOld;
    const char *countNew;
    int customerColumn;
    int rawColumn;
    int columns;
};

const StreamCopy kSignIns{
    RawCodec::kSignIns,
    "SELECT rowid, id, customer_id, created_at, user_id, upn, app_id, app_name, ip, country, "
    "error_code, source, raw, auth_protocol FROM signins WHERE rowid>?1 ORDER BY rowid LIMIT ?2",
    "INSERT OR IGNORE INTO signins_v5(rowid, id, customer_id, created_at, user_id, upn, app_id, "
    "app_name, ip, country, error_code, source, raw, auth_protocol) "
    "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
    "SELECT raw FROM signins WHERE customer_id=?1 LIMIT 256",
    "SELECT count(*) FROM signins",
    "SELECT count(*) FROM signins_v5",
    2,
    12,
    14};
const StreamCopy kAudits{
    RawCodec::kAudits,
    "SELECT rowid, id, customer_id, activity_at, category, activity, result, logged_by_service, "
    "actor, source, raw FROM audits WHERE rowid>?1 ORDER BY rowid LIMIT ?2",
    "INSERT OR IGNORE INTO audits_v5(rowid, id, customer_id, activity_at, category, activity, "
    "result, logged_by_service, actor, source, raw) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
    "SELECT raw FROM audits WHERE customer_id=?1 LIMIT 256",
    "SELECT count(*) FROM audits",
    "SELECT count(*) FROM audits_v5",
    2,
    10,
    11};

QByteArrayView columnBytes(sqlite3_stmt *st, int column)
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(st, column));
    return QByteArrayView(p, sqlite3_column_bytes(st, column));
}

} // namespace

MigrationProgress stderrMigrationProgress()
{
    auto last = std::make_shared<QElapsedTimer>();
    return [last](int version, qint64 done, qint64 total) {
        if (total <= 0 || (last->isValid() && last->elapsed() < 2000 && done < total))
            return;
        last->start();
        QTextStream(stderr) << QCoreApplication::translate(
                                   "Store", "Upgrading the cache to schema %1: %2 of %3 events")
                                   .arg(version)
                                   .arg(QLocale().toString(done), QLocale().toString(total))
                            << '\n';
    };
}

namespace {

class LogLayoutMigration
{
public:
    LogLayoutMigration(Database &db, MigrationProgress progress)
        : m_db(db), m_progress(std::move(progress))
    {}

    Status run()
    {
        Result<bool> pending = prepare();
        if (!pending || !*pending)
            return pending ? Status{} : Status(pending.error());
        const Result<qint64> signIns = m_db.queryInt(kSignIns.countOld);
        const Result<qint64> audits = m_db.queryInt(kAudits.countOld);
        if (!signIns || !audits)
            return signIns ? audits.error() : signIns.error();
        m_total = *signIns + *audits;
        for (const StreamCopy *s : {&kSignIns, &kAudits}) {
            if (Status st = copy(*s); !st)
                return st;
            if (m_finishedElsewhere)
                return {};
        }
        if (Status st = swap(); !st)
            return st;
        return compact();
    }

private:
    // Creates the new tables (kept from a killed run). False when another
    // process finished the migration meanwhile.
    Result<bool> prepare() { return beginResumableMigration(m_db, kVersion); }

    // Another connection may swap the tables between two of our transactions
    // (two processes opening an older cache together): then the cursor and
    // the _v5 tables are gone and the work is done.
    Status checkFinishedElsewhere(const Transaction &tx)
    {
        const Result<bool> done = migrationFinishedElsewhere(tx, m_db, kVersion);
        if (!done)
            return done.error();
        m_finishedElsewhere = *done;
        return {};
    }

    Status copy(const StreamCopy &s)
    {
        Result<qint64> already = qint64(0);
        {
            Transaction tx(m_db, Transaction::Kind::Immediate);
            if (Status st = checkFinishedElsewhere(tx); !st || m_finishedElsewhere)
                return st;
            already = m_db.queryInt(s.countNew);
            if (!already)
                return already.error();
        }
        m_done += *already;
        report();
        while (true) {
            Result<int> copied = copyBatch(s);
            if (!copied)
                return copied.error();
            if (*copied == 0 || m_finishedElsewhere)
                return {};
            m_done += *copied;
            report();
        }
    }

    // One batch in one transaction, with the cursor: all of it or none.
    Result<int> copyBatch(const StreamCopy &s)
    {
        Transaction tx(m_db, Transaction::Kind::Immediate);
        if (Status st = checkFinishedElsewhere(tx); !st)
            return st.error();
        if (m_finishedElsewhere)
            return 0;
        Result<int> rows = copyRows(s);
        if (!rows || *rows == 0)
            return rows;
        if (Status st = tx.commit(); !st)
            return st.error();
        return rows;
    }

    // The next batch after the cursor, and the cursor moved past it, in the
    // caller's transaction.
    Result<int> copyRows(const StreamCopy &s)
    {
        qint64 cursor = 0;
        if (Statement *c = m_db.cached("SELECT done_rowid FROM migration_v5 WHERE stream=?1")) {
            c->bindText(1, s.stream);
            if (c->step() == Statement::Step::Row)
                cursor = c->int64(0);
            c->reset();
        } else {
            return m_db.lastError();
        }
        sqlite3 *h = m_db.handle();
        sqlite3_stmt *sel = nullptr, *ins = nullptr;
        auto finalize = qScopeGuard([&] {
            sqlite3_finalize(sel);
            sqlite3_finalize(ins);
        });
        if (int rc = sqlite3_prepare_v2(h, s.select, -1, &sel, nullptr); rc != SQLITE_OK)
            return sqlError(h, rc, SqlFailure::Update, m_db.path(), s.select);
        if (int rc = sqlite3_prepare_v2(h, s.insert, -1, &ins, nullptr); rc != SQLITE_OK)
            return sqlError(h, rc, SqlFailure::Update, m_db.path(), s.insert);
        sqlite3_bind_int64(sel, 1, cursor);
        sqlite3_bind_int(sel, 2, kBatchRows);
        int rows = 0;
        int rc;
        while ((rc = sqlite3_step(sel)) == SQLITE_ROW) {
            cursor = sqlite3_column_int64(sel, 0);
            const QString customer = QString::fromUtf8(columnBytes(sel, s.customerColumn));
            Result<qint64> dict = dictionaryFor(s, customer);
            if (!dict)
                return dict.error();
            for (int c = 0; c < s.columns; ++c) {
                if (c != s.rawColumn) {
                    sqlite3_bind_value(ins, c + 1, sqlite3_column_value(sel, c));
                    continue;
                }
                const QByteArrayView raw = columnBytes(sel, c);
                if (RawCodec::isCompressed(raw) &&
                    sqlite3_column_type(sel, c) == SQLITE_BLOB) { // already compressed
                    sqlite3_bind_value(ins, c + 1, sqlite3_column_value(sel, c));
                    continue;
                }
                Result<QByteArray> z = m_db.rawCodec().encode(raw, *dict);
                if (!z)
                    return z.error();
                sqlite3_bind_blob64(ins, c + 1, z->constData(), sqlite3_uint64(z->size()),
                                    SQLITE_TRANSIENT);
            }
            if (int irc = sqlite3_step(ins); irc != SQLITE_DONE)
                return sqlError(h, irc, SqlFailure::Update, m_db.path(), s.insert);
            sqlite3_reset(ins);
            ++rows;
        }
        if (rc != SQLITE_DONE)
            return sqlError(h, rc, SqlFailure::Update, m_db.path(), s.select);
        if (rows == 0)
            return 0;
        Statement *save =
            m_db.cached("INSERT INTO migration_v5(stream, done_rowid) VALUES(?1,?2) "
                        "ON CONFLICT(stream) DO UPDATE SET done_rowid=excluded.done_rowid");
        if (!save)
            return m_db.lastError();
        save->bindText(1, s.stream).bind(2, cursor);
        if (Status st = save->exec(); !st)
            return st.error();
        return rows;
    }

    // The customer's dictionary, trained on up to 256 of its stored events
    // the first time it is needed.
    Result<qint64> dictionaryFor(const StreamCopy &s, const QString &customer)
    {
        const QString key = QLatin1String(s.stream) + u'\n' + customer.toLower();
        if (auto it = m_dicts.constFind(key); it != m_dicts.constEnd())
            return it.value();
        QList<QByteArray> held;
        Statement *st = m_db.cached(s.samples);
        if (!st)
            return m_db.lastError();
        st->bind(1, customer);
        if (Status rs = st->forEachRow([&](const Statement &row) { held << row.textUtf8(0); }); !rs)
            return rs.error();
        QList<QByteArrayView> samples;
        for (const QByteArray &b : held)
            samples << b;
        Result<qint64> dict = m_db.rawCodec().dictionaryFor(customer, s.stream, samples);
        if (dict)
            m_dicts.insert(key, *dict);
        return dict;
    }

    Status swap()
    {
        Transaction tx(m_db, Transaction::Kind::Immediate);
        if (Status st = checkFinishedElsewhere(tx); !st || m_finishedElsewhere)
            return st;
        // Rows written by an older Vigie while this one was copying (it
        // waited for the lock): the cursor catches up inside this transaction.
        for (const StreamCopy *s : {&kSignIns, &kAudits}) {
            while (true) {
                Result<int> copied = copyRows(*s);
                if (!copied)
                    return copied.error();
                if (*copied == 0)
                    break;
            }
        }
        if (Status s = m_db.exec(logLayoutSwapSql()); !s)
            return s;
        if (Status s = m_db.exec("PRAGMA user_version=" + QByteArray::number(kVersion)); !s)
            return s;
        return tx.commit();
    }

    // The old tables' pages are free now but still in the file: give them
    // back when they are most of it (a rewrite of what is left; atomic, so a
    // kill only leaves the file as large as before).
    Status compact()
    {
        const Result<qint64> free = m_db.queryInt("PRAGMA freelist_count");
        const Result<qint64> pages = m_db.queryInt("PRAGMA page_count");
        if (!free || !pages || *free * 2 < *pages || *pages < 256)
            return {};
        qCInfo(lcStore) << "compacting" << m_db.path() << *free << "free pages of" << *pages;
        if (Status s = m_db.exec("VACUUM"); !s)
            qCWarning(lcStore) << "could not compact" << m_db.path() << s.error().detail;
        return {}; // the cache is migrated either way
    }

    void report()
    {
        if (m_progress)
            m_progress(kVersion, m_done, m_total);
    }

    Database &m_db;
    MigrationProgress m_progress;
    QHash<QString, qint64> m_dicts;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_finishedElsewhere = false;
};

} // namespace

Status migrateLogLayout(Database &db, const MigrationProgress &progress)
{
    return LogLayoutMigration(db, progress ? progress : stderrMigrationProgress()).run();
}

} // namespace vigie::store
