#pragma once

#include "analytics/detectionservice.h"
#include "core/timeutil.h"
#include "sync/engine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <atomic>
#include <deque>
#include <memory>

class QNetworkAccessManager;

namespace vigie::store {
class Database;
}

namespace vigie::sync {

// Runs on the engine's QThread; see engine.h. Internal.
class Worker : public QObject
{
    Q_OBJECT
public:
    Worker(SourceFactory factory, LogPageHook hook);
    ~Worker() override;

    std::atomic_bool cancelRequested{false};

public Q_SLOTS:
    void run(const vigie::sync::SyncOptions &options);
    void cancel();
    void shutdown(); // before the thread quits: drops the source, QNAM and connection

Q_SIGNALS:
    void progress(const vigie::sync::Progress &progress);
    void dataChanged(const QStringList &tables);
    void finished(const vigie::sync::RunResult &result);

private:
    struct Stream;
    struct Pending
    {
        Stream *stream;
        PageRequest request;
    };

    void startRun();
    Stream *addStream(const QString &key, RequestKind kind, const QString &customerId = {},
                      const QString &subscriptionId = {});
    void begin(Stream *s);
    void enqueue(Stream *s, PageRequest r);
    void pump();
    void dispatch(Pending p);
    void onResult(Stream *s, const PageRequest &r, Result<Page> result);
    Status store(Stream *s, const PageRequest &r, const Page &page, QList<PageRequest> &follow);
    Result<qint64> storeItems(Stream *s, const PageRequest &r, const Page &page, qint64 wall,
                              QList<PageRequest> &follow);
    Result<qint64> storeAlerts(const QList<Alert> &alerts, qint64 wall);
    Result<qint64> storeCustomers(const QList<Customer> &customers, qint64 wall);
    Result<qint64> storeResellers(const QList<Reseller> &resellers, qint64 wall);
    Result<qint64> storeSubscriptions(const PageRequest &r,
                                      const QList<Subscription> &subscriptions, qint64 wall,
                                      QList<PageRequest> &follow);
    Result<qint64> storeEntitlements(const PageRequest &r, QList<Entitlement> entitlements,
                                     qint64 wall);
    Result<qint64> storeSpend(QList<SpendDay> days, qint64 wall);
    Result<qint64> storeLogs(Stream *s, const PageRequest &r, const Page &page);
    Status storeCursor(Stream *s, const PageRequest &r, const Page &page, qint64 wall);
    Status followUnresolved(Stream *s, QList<PageRequest> &follow);
    void requestDone(Stream *s);
    void fail(Stream *s, const Error &e);
    void succeed(Stream *s);
    void markUnavailable(Stream *s, const QString &reason, bool probed);
    void streamEnded(Stream *s);
    void maybeNextPhase();
    void finishRun();
    void maybeCompact();
    void logStreamEnded(Stream *s);
    void touch(Stream *s);
    void flushProgress();
    qint64 nowMs() const;

    SourceFactory m_factory;
    LogPageHook m_hook;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Source> m_source;
    std::unique_ptr<store::Database> m_db;

    SyncOptions m_opt;
    bool m_running = false;
    bool m_cancelled = false;
    int m_phase = 0;
    qint64 m_runStartMs = 0;
    std::vector<std::unique_ptr<Stream>> m_streams;
    std::deque<Pending> m_queue;
    int m_inFlight = 0;
    int m_activeStreams = 0;
    int m_detailStreams = 0;
    int m_successfulRequests = 0;
    QHash<QString, std::deque<qint64>> m_logCalls; // tenant -> dispatch times (ms)
    QTimer m_pumpTimer;
    QTimer m_progressTimer;
    QSet<Stream *> m_changed;
    QSet<QString> m_tables;
    QSet<QString> m_pageTables; // written by the page being stored, not yet committed
    QElapsedTimer m_clock;
    RunResult m_result;
    quint64 m_generation = 0;
    analytics::DetectionService m_detection{SystemClock::instance()};
    bool m_catalogWarned = false;         // a broken catalog is reported once per run
    QHash<QString, int> m_logStreamsLeft; // tenant -> log streams not ended yet
};

} // namespace vigie::sync
