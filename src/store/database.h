#pragma once

#include "core/result.h"
#include "store/statement.h"

#include <QHash>
#include <QString>
#include <memory>

struct sqlite3;

namespace vigie::store {

class RawCodec;

// One SQLite connection (use one per thread). Opening is defensive: a file
// that is not SQLite, not Vigie's, or fails its quick check is reported and
// never overwritten.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    struct Options
    {
        Mode mode = Mode::ReadWrite;
        bool quickCheck = true;
        int busyTimeoutMs = 10000;
        // Connection tuning, applied at open; 0 keeps SQLite's default. A
        // connection that reads whole tables (the detection engine's
        // readers) maps the file instead of pread-ing page by page, and keeps
        // more pages cached.
        qint64 mmapSizeBytes = 0; // PRAGMA mmap_size
        int cacheSizeKiB = 0;     // PRAGMA cache_size=-N

        // The window's connection (and the chart benchmarks'): its views
        // re-read the same rollups, indexes and spend rows at every refresh,
        // so it keeps 16 MiB of pages instead of SQLite's 2 MiB, which is
        // less than the Spend page of 200 customers reads (~6 MiB); without
        // it each refresh copies those pages from the OS again. No quick
        // check: the window opens on a cache the CLI or sync just checked.
        static Options forViews()
        {
            Options o;
            o.quickCheck = false;
            o.cacheSizeKiB = 16 * 1024;
            return o;
        }
    };

    // 'VIGE': marks files written by Vigie (PRAGMA application_id).
    static constexpr int kApplicationId = 0x56494745;

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Switches to WAL with synchronous=NORMAL. Done only after the schema
    // version was checked, so a file we refuse is never rewritten.
    Status enableWal();

    // Runs one or more statements without results (schema scripts, pragmas).
    Status exec(const QByteArray &sql);

    // A fresh statement owned by the caller.
    Result<std::unique_ptr<Statement>> prepare(const QByteArray &sql);

    // A statement cached on this connection, keyed by its text (any buffer
    // will do: the text is copied), reset and unbound; nullptr (and an error in
    // lastError()) if it does not compile. The same text gives the same
    // statement, so do not nest two uses of one text.
    Statement *cached(const char *sql);

    // Single-value helpers for pragmas and counts: the first column of the
    // first row, or the error (Error::Kind::NotFound when there is no row).
    Result<qint64> queryInt(const QByteArray &sql);
    Result<QString> queryText(const QByteArray &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    // The connection's last SQLite error (e.g. after cached() returned
    // nullptr), described as a cache that could not be opened; it was logged
    // where it happened.
    Error lastError() const;
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // The connection's codec for the raw JSON of sign-ins and audits (also
    // behind the SQL function raw_json(raw) on this connection).
    RawCodec &rawCodec() { return *m_codec; }

private:
    Database(sqlite3 *db, QString path);

    sqlite3 *m_db;
    QString m_path;
    std::unique_ptr<RawCodec> m_codec;
    QHash<QByteArray, std::shared_ptr<Statement>> m_cache;
};

} // namespace vigie::store
