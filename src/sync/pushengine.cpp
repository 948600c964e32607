#include "sync/pushengine.h"

#include "core/actor.h"
#include "net/auth.h"
#include "net/tokenstore.h"
#include "store/cache.h"
#include "store/database.h"
#include "sync/logging.h"

#include <QNetworkAccessManager>
#include <QThread>

namespace vigie::sync {

namespace {

// The token store and manager next to the session, on the push thread.
class NetPushChannel final : public PushChannel
{
public:
    explicit NetPushChannel(net::Session session)
        : m_store(net::makeTokenStore()), m_tokens(session, *m_store), m_session(session)
    {
        m_session.tokens = &m_tokens;
    }
    net::Session session() const override { return m_session; }

private:
    std::unique_ptr<net::TokenStore> m_store;
    net::TokenManager m_tokens;
    net::Session m_session;
};

} // namespace

PushChannelFactory netPushChannelFactory(net::Endpoints endpoints, net::RetryPolicy retry)
{
    return [endpoints, retry](QNetworkAccessManager &nam) -> std::unique_ptr<PushChannel> {
        net::Session session;
        session.nam = &nam;
        session.endpoints = endpoints;
        session.retry = retry;
        return std::make_unique<NetPushChannel>(session);
    };
}

// Lives on the push thread: the connection, the QNAM, the channel and the
// pusher of the current run. Internal.
class PushWorker : public QObject
{
    Q_OBJECT
public:
    PushWorker(QString cachePath, PushChannelFactory factory, QString actor)
        : m_cachePath(std::move(cachePath)), m_factory(std::move(factory)),
          m_actor(std::move(actor))
    {}

public Q_SLOTS:
    void run(int pollIntervalMs, int pollAttempts)
    {
        if (!m_db) {
            auto db = store::openCache(m_cachePath);
            if (!db) {
                qCWarning(lcSync) << "push: cannot open the cache:" << db.error().message;
                Q_EMIT finished(PushReport{});
                return;
            }
            m_db = std::move(db).value();
            m_nam = std::make_unique<QNetworkAccessManager>();
        }
        // A channel per run: a factory may only know its endpoints later (the demo).
        m_pusher.reset();
        m_channel = m_factory(*m_nam);
        m_pusher =
            std::make_unique<OutboxPusher>(*m_db, m_channel->session(), SystemClock::instance(),
                                           m_actor.isEmpty() ? actor::current() : m_actor);
        m_pusher->setCancelPolling(pollIntervalMs, pollAttempts);
        connect(m_pusher.get(), &OutboxPusher::finished, this, [this](const PushReport &r) {
            Q_EMIT finished(r);
            // Not inside its own signal.
            QMetaObject::invokeMethod(
                this, [this] { m_pusher.reset(); }, Qt::QueuedConnection);
        });
        m_pusher->start();
    }
    void shutdown()
    {
        if (m_pusher)
            m_pusher->abort();
        m_pusher.reset();
        m_channel.reset();
        m_nam.reset();
        m_db.reset();
    }

Q_SIGNALS:
    void finished(const vigie::sync::PushReport &report);

private:
    QString m_cachePath;
    PushChannelFactory m_factory;
    QString m_actor;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PushChannel> m_channel;
    std::unique_ptr<OutboxPusher> m_pusher;
};

PushEngine::PushEngine(QString cachePath, PushChannelFactory factory, QString actor,
                       QObject *parent)
    : QObject(parent), m_cachePath(std::move(cachePath)), m_factory(std::move(factory)),
      m_actor(std::move(actor))
{
    qRegisterMetaType<vigie::sync::PushReport>();
}

PushEngine::~PushEngine()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &PushWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void PushEngine::setCancelPolling(int intervalMs, int attempts)
{
    m_pollIntervalMs = intervalMs;
    m_pollAttempts = attempts;
}

bool PushEngine::push()
{
    if (!m_factory)
        return false;
    if (m_running) {
        m_again = true;
        return true;
    }
    startNow();
    return true;
}

void PushEngine::startNow()
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("vigie-push"));
        m_worker = new PushWorker(m_cachePath, m_factory, m_actor);
        m_worker->moveToThread(m_thread);
        connect(m_worker, &PushWorker::finished, this, [this](const PushReport &r) {
            m_running = false;
            Q_EMIT finished(r);
            // Offline or signed out: the next trigger (network back, sync) pushes again.
            if (m_again && !r.offline && !r.signInRequired) {
                m_again = false;
                startNow();
            }
            m_again = false;
        });
        m_thread->start();
    }
    m_running = true;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, i = m_pollIntervalMs, a = m_pollAttempts] { w->run(i, a); },
        Qt::QueuedConnection);
    Q_EMIT started();
}

} // namespace vigie::sync

#include "pushengine.moc"
