#pragma once

#include "core/result.h"
#include "store/syncstate.h"
#include "sync/source.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace vigie::sync {

class Worker;

struct SyncOptions
{
    QString cachePath;
    int days = 30;           // window of a first sync (logs, spend, alerts detected)
    QStringList customerIds; // empty = every customer
    bool logs = true;        // sign-ins and audits
    bool spend = true;
    int maxConcurrent = 6;        // requests in flight, all services together
    int logRequestsPerWindow = 5; // Graph identity & access reports: 5 requests / 10 s / tenant
    int logWindowMs = 10000;
    int logOverlapMs = 15 * 60 * 1000; // re-read before the watermark (late events)
    int spendSettleDays = 3;           // cost settles late: re-read the last days
    // Incremental detection (src/analytics) on the worker thread once both log
    // streams of a tenant have ended (built-in rules, loaded once per run).
    bool detect = true;
    qint64 nowMs = 0; // 0 = the system clock (tests fix it)
    // A run that wrote at least this many sign-ins and audits, and most of
    // the cache's, ends by compacting the cache (0: never). A first backfill
    // writes 200 customers' streams side by side; its pages end ~90 % full
    // and a VACUUM rebuilds them whole (src/store/README.md, "Page fill").
    qint64 compactAfterEvents = 100000;
};

struct StreamProgress
{
    enum class State
    {
        Pending,
        Running,
        Done,
        Failed,
        Cancelled,
        // The tenant cannot serve this stream (sign-ins without an Entra ID
        // P1/P2 licence): not a failure; asked again once a day.
        Unavailable
    };
    QString stream; // alerts, customers, customer:<id>, spend:<sub>, signins:<tenant>, ...
    State state = State::Pending;
    int pages = 0;
    qint64 items = 0;
    Error::Kind errorKind = Error::Kind::Generic;
    QString error; // translated
};

struct Progress
{
    int streamsTotal = 0;
    int streamsDone = 0;
    int streamsFailed = 0;
    qint64 items = 0;
    int requestsInFlight = 0;
    QList<StreamProgress> changed; // streams that changed since the last report
    bool compacting = false;       // every stream ended; the cache is being compacted
};

struct RunResult
{
    bool cancelled = false;
    bool signInRequired = false; // the partner token is missing or refused
    bool unreachable = false;    // no stream reached the services
    Error fatal;                 // set when the run could not start (cache, ...)
    bool hasFatal = false;
    qint64 items = 0;
    qint64 logEventsInserted = 0; // sign-ins and audits new to the cache
    bool compacted = false;       // the run ended with a compaction (compactAfterEvents)
    // When the worker started the run, on the clock that stamps what it
    // writes (alert_events.at, synced_at): "new since this run" queries.
    qint64 startedAtMs = 0;
    QList<StreamProgress> streams; // every stream, final state
    int failedCount() const;
    int unavailableCount() const; // streams the tenant's licence does not offer
    bool ok() const { return !hasFatal && !cancelled && !signInRequired && failedCount() == 0; }
};

// Builds the Source on the worker thread, with the worker's own QNAM.
using SourceFactory = std::function<std::unique_ptr<Source>(QNetworkAccessManager &)>;

// Hook run on the worker thread, inside the transaction of each stored log
// page (detection engines evaluate incrementally here).
using LogPageHook = std::function<Status(store::Database &, const QString &customerId,
                                         const QString &stream, qint64 fromMs, qint64 toMs)>;

// The sync engine. Create it on the GUI (or CLI) thread; it runs every sync
// on its own QThread with its own Database connection and its own
// QNetworkAccessManager. Signals reach the creator's thread queued. One run
// at a time.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(SourceFactory factory, QObject *parent = nullptr);
    ~SyncEngine() override; // cancels and joins the worker

    void setLogPageHook(LogPageHook hook) { m_hook = std::move(hook); }
    // False (and nothing happens) when a run is already going.
    bool start(const SyncOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // For the GUI: read on any thread with its own connection.
    static store::OfflineState offlineState(store::Database &db);

Q_SIGNALS:
    void started();
    void progress(const vigie::sync::Progress &progress); // at most every 100 ms
    // Tables a committed page (or detection) changed since the last report,
    // sorted: alerts, audits, customers, findings, signins, spend,
    // subscriptions. At most every 100 ms, and always before finished().
    void dataChanged(const QStringList &tables);
    void finished(const vigie::sync::RunResult &result);

private:
    SourceFactory m_factory;
    LogPageHook m_hook;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    bool m_running = false;
};

} // namespace vigie::sync

Q_DECLARE_METATYPE(vigie::sync::Progress)
Q_DECLARE_METATYPE(vigie::sync::RunResult)
Q_DECLARE_METATYPE(vigie::sync::SyncOptions)
