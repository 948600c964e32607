#pragma once

#include "net/endpoints.h"
#include "net/job.h"
#include "sync/pusher.h"

#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace vigie::sync {

// What the push thread sends through: a session over that thread's own
// network access manager, with the token machinery it needs, kept alive as
// long as the channel.
class PushChannel
{
public:
    virtual ~PushChannel() = default;
    virtual net::Session session() const = 0;
};

// Builds the channel on the push thread (src/app provides it; the window
// never builds network objects itself).
using PushChannelFactory = std::function<std::unique_ptr<PushChannel>(QNetworkAccessManager &)>;

// The real services: `endpoints`, the token store VIGIE_TOKEN_STORE picks.
PushChannelFactory netPushChannelFactory(net::Endpoints endpoints, net::RetryPolicy retry = {});

class PushWorker;

// Sends the outbox from the window: one OutboxPusher at a time on its own
// QThread, with its own cache connection and network access manager, so the
// GUI thread never waits on the network or the disk. A push asked for while
// one runs is remembered and runs right after it (an action queued during a
// push is not left behind).
class PushEngine : public QObject
{
    Q_OBJECT
public:
    // An empty `actor` means whoever is signed in when each push runs
    // (vigie::actor::current()).
    PushEngine(QString cachePath, PushChannelFactory factory, QString actor,
               QObject *parent = nullptr);
    ~PushEngine() override; // aborts and joins

    // Starts a push, or queues one after the running push. False without a factory.
    bool push();
    bool isRunning() const { return m_running; }
    // Entitlement cancel polling (tests shorten it); applies to the next push.
    void setCancelPolling(int intervalMs, int attempts);

Q_SIGNALS:
    void started();
    void finished(const vigie::sync::PushReport &report);

private:
    void startNow();

    QString m_cachePath;
    PushChannelFactory m_factory;
    QString m_actor;
    QThread *m_thread = nullptr;
    PushWorker *m_worker = nullptr;
    bool m_running = false;
    bool m_again = false;
    int m_pollIntervalMs = 1000;
    int m_pollAttempts = 5;
};

} // namespace vigie::sync

Q_DECLARE_METATYPE(vigie::sync::PushReport)
