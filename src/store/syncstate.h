#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace vigie::store {

class Database;

// Joins the transaction already open on the connection (the sync engine
// writes a page and its cursor in one outer Transaction) or opens its own
// IMMEDIATE one, committed by commit(). Rolls back its own on destruction.
class WriteScope
{
public:
    explicit WriteScope(Database &db);
    ~WriteScope();
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;
    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_own = false;
};

// Resume state of one stream (alerts, customers, spend:<sub>,
// signins:<tenant>, audits:<tenant>). `cursor` is opaque to the store (the
// engine keeps a small JSON object there: next link + window of the pass in
// progress); `watermark` is a time in epoch ms whose meaning is per stream.
struct StreamState
{
    QString stream;
    QString cursor; // empty: no pass in progress
    qint64 watermark = 0;
    qint64 lastSuccessMs = 0;
    QString lastError; // empty after a success
    qint64 updatedAtMs = 0;
    bool exists = false;
};

// The summary the GUI shows: when the cache was last brought up to date and
// since when the network (or sign-in) has been missing.
struct OfflineState
{
    qint64 lastSuccessfulSyncMs = 0; // end of the last run without errors
    qint64 offlineSinceMs = 0;       // 0 when the last run reached the services
    QString lastError;
};

// sync_state table. Every write joins the caller's transaction when one is
// open, so a page and its cursor commit together.
class SyncStateRepository
{
public:
    static constexpr const char *kRunStream = "_run"; // whole-run bookkeeping

    explicit SyncStateRepository(Database &db) : m_db(db) {}

    // `exists` false when the stream has no row yet (or on error).
    StreamState get(const QString &stream);
    QList<StreamState> all(); // excluding the run row, by stream name
    Status setCursor(const QString &stream, const QString &cursor, qint64 nowMs);
    // Pass finished: cursor cleared, watermark advanced, error cleared.
    Status markSuccess(const QString &stream, qint64 watermark, qint64 nowMs);
    // Error recorded; cursor and watermark kept so the next run resumes.
    Status markError(const QString &stream, const QString &error, qint64 nowMs);

    // Whole runs: ok => last successful sync; unreachable => offline since
    // (kept from the first failure until the next run that reaches the cloud).
    Status recordRun(bool ok, bool unreachable, const QString &error, qint64 nowMs);
    OfflineState offlineState();

private:
    Database &m_db;
};

} // namespace vigie::store
