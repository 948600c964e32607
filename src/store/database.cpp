#include "store/database.h"

#include "store/logging.h"
#include "store/rawcodec.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstring>
#include <sqlite3.h>

namespace vigie::store {

namespace {

// Reads the first bytes of the main database file through the descriptor
// SQLite itself opened. The cache must never be opened by anything else in
// this process: closing a second descriptor on the same file drops every POSIX
// lock the process holds on it (SQLite's "How To Corrupt" §2.2), so another
// process's closing connection would believe it is the last one and unlink
// the WAL and shared-memory files under our open connections.
bool startsWithSqliteMagic(sqlite3 *db)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return false;
    char header[16] = {};
    if (file->pMethods->xRead(file, header, int(sizeof header), 0) != SQLITE_OK)
        return false;
    static const char magic[] = "SQLite format 3"; // 15 characters and its terminating zero
    return std::memcmp(header, magic, sizeof header) == 0;
}

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db), m_path(std::move(path)), m_codec(std::make_unique<RawCodec>(db))
{}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    m_codec.reset();
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    // stat() only: no descriptor on the file outside SQLite (see startsWithSqliteMagic).
    const bool inMemory = path == u":memory:";
    const QFileInfo info(path);
    const bool exists = !inMemory && info.exists() && info.size() > 0;
    if (options.mode == Mode::ReadOnly && !exists && !inMemory) {
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Store", "The cache %1 does not exist yet.").arg(path));
    }

    // Before SQLite initialises: no global allocation statistics, whose
    // mutex every connection would take on every allocation (a detection
    // pass reads on three threads at once).
    static const bool configured = [] {
        return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    }();
    Q_UNUSED(configured);
    sqlite3 *raw = nullptr;
    const int flags =
        (options.mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                        : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return sqlError(raw, rc, SqlFailure::Open, path);
    // SQLite has opened the file but read nothing yet (no journal rollback, no
    // page): refuse a foreign file before anything could be written to it.
    if (exists && !startsWithSqliteMagic(raw)) {
        return Error::make(Error::Kind::Corrupt,
                           QCoreApplication::translate(
                               "Store",
                               "The file %1 is not a Vigie cache (not an SQLite database). "
                               "It was left untouched; choose another file with --cache.")
                               .arg(path));
    }
    sqlite3_extended_result_codes(raw, 1);
    // Belt and braces for the same hazard: a closing Vigie connection that
    // believes it is the last one checkpoints and truncates the WAL but never
    // unlinks it, so no open connection elsewhere is left on a deleted file.
    int persistWal = 1;
    sqlite3_file_control(raw, "main", SQLITE_FCNTL_PERSIST_WAL, &persistWal);
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);
    // Every reader of the raw JSON of events goes through raw_json(raw).
    if (const int fn = registerRawJsonFunction(raw, db->m_codec.get()); fn != SQLITE_OK)
        return sqlError(raw, fn, SqlFailure::Open, path);

    // The first real read: SQLITE_NOTADB shows up here for encrypted or damaged headers.
    const Result<qint64> readAppId = db->queryInt("PRAGMA application_id");
    if (!readAppId) // logged by queryInt; described here as a file that cannot be opened
        return sqlError(raw, sqlite3_errcode(raw), SqlFailure::Open, path, {}, {}, SqlLog::No);
    const qint64 appId = *readAppId;
    if (appId != 0 && appId != kApplicationId) {
        return Error::make(Error::Kind::Corrupt,
                           QCoreApplication::translate(
                               "Store", "The file %1 is an SQLite database of another application. "
                                        "It was left untouched; choose another file with --cache.")
                               .arg(path));
    }
    if (appId == 0 && exists) {
        // An SQLite file without our mark: only adopt it if it is empty.
        if (const Result<qint64> objects = db->queryInt("SELECT count(*) FROM sqlite_schema");
            !objects || *objects != 0) {
            return Error::make(Error::Kind::Corrupt,
                               QCoreApplication::translate(
                                   "Store",
                                   "The file %1 is an SQLite database of another application. "
                                   "It was left untouched; choose another file with --cache.")
                                   .arg(path));
        }
    }
    if (options.quickCheck) {
        const Result<QString> quickCheck = db->queryText("PRAGMA quick_check");
        const QString check = quickCheck ? *quickCheck : quickCheck.error().detail;
        if (!quickCheck || check != u"ok") {
            return Error::make(Error::Kind::Corrupt,
                               QCoreApplication::translate(
                                   "Store",
                                   "The cache %1 is damaged (integrity check failed). It was left "
                                   "untouched; move it aside and sync again.")
                                   .arg(path),
                               check);
        }
    }
    if (Status s = db->exec("PRAGMA foreign_keys=ON;"); !s)
        return s.error();
    if (options.mmapSizeBytes > 0) {
        if (Status s = db->exec("PRAGMA mmap_size=" + QByteArray::number(options.mmapSizeBytes));
            !s)
            return s.error();
    }
    if (options.cacheSizeKiB > 0) {
        if (Status s = db->exec("PRAGMA cache_size=-" + QByteArray::number(options.cacheSizeKiB));
            !s)
            return s.error();
    }
    return db;
}

Status Database::enableWal()
{
    if (m_path == u":memory:")
        return {};
    if (const Result<QString> mode = queryText("PRAGMA journal_mode=WAL");
        !mode || mode->compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "WAL not available for" << m_path;
    // WAL + NORMAL: a crash loses at most the last transactions, never consistency.
    // The WAL is persistent (see open()); the size limit truncates it after a
    // checkpoint so a kept WAL does not hold disk.
    return exec("PRAGMA synchronous=NORMAL; PRAGMA journal_size_limit=67108864;");
}

Status Database::exec(const QByteArray &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    return sqlError(m_db, rc, SqlFailure::Open, m_path, sql.left(200), detail);
}

Result<std::unique_ptr<Statement>> Database::prepare(const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqlError(m_db, rc, SqlFailure::Open, m_path, sql);
    return std::make_unique<Statement>(m_db, stmt, sql);
}

Statement *Database::cached(const char *sql)
{
    // Looked up without copying the text; the key kept is a deep copy, so the
    // caller's buffer may go away.
    const QByteArray key = QByteArray::fromRawData(sql, qsizetype(std::strlen(sql)));
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd()) {
        it.value()->reset();
        return it.value().get();
    }
    const QByteArray text(key.constData(), key.size());
    auto prepared = prepare(text);
    if (!prepared)
        return nullptr;
    std::shared_ptr<Statement> stmt(std::move(prepared.value()));
    m_cache.insert(text, stmt);
    return stmt.get();
}

namespace {

// The first column of the first row, or the error (no row is NotFound).
template <typename T, typename Read>
Result<T> queryOne(Database &db, const QByteArray &sql, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    switch ((*stmt)->step()) {
    case Statement::Step::Row:
        return read(**stmt);
    case Statement::Step::Done:
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Store", "The local cache has no such record."),
            QString::fromUtf8(sql));
    case Statement::Step::Error:
        break;
    }
    return (*stmt)->lastError();
}

} // namespace

Result<qint64> Database::queryInt(const QByteArray &sql)
{
    return queryOne<qint64>(*this, sql, [](const Statement &st) { return st.int64(0); });
}

Result<QString> Database::queryText(const QByteArray &sql)
{
    return queryOne<QString>(*this, sql, [](const Statement &st) { return st.text(0); });
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError() const
{
    // The failure itself was logged where it happened (prepare, exec).
    return sqlError(m_db, sqlite3_errcode(m_db), SqlFailure::Open, m_path, {}, {}, SqlLog::No);
}

} // namespace vigie::store
