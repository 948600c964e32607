#include "app/democloud.h"

#include "analytics/settings.h"
#include "app/services.h"
#include "net/auth.h"
#include "net/tokenstore.h"
#include "sim/server.h"
#include "store/cache.h"
#include "sync/netsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>

namespace vigie::app {

namespace {

// A NetSource with its own token manager over the demo's token file.
class DemoSource final : public sync::Source
{
public:
    DemoSource(net::Session session, const QString &tokenFile)
        : m_store(tokenFile), m_tokens(session, m_store)
    {
        session.tokens = &m_tokens;
        m_source = std::make_unique<sync::NetSource>(session);
    }
    void fetch(const sync::PageRequest &r, std::function<void(Result<sync::Page>)> done) override
    {
        m_source->fetch(r, std::move(done));
    }
    void abort() override { m_source->abort(); }

private:
    net::FileTokenStore m_store;
    net::TokenManager m_tokens;
    std::unique_ptr<sync::NetSource> m_source;
};

} // namespace

DemoCloud::DemoCloud(QString folder, QObject *parent)
    : QObject(parent), m_folder(std::move(folder)), m_readyFuture(m_ready.get_future().share())
{
    m_thread.setObjectName(QStringLiteral("vigie-demo-cloud"));
}

DemoCloud::~DemoCloud()
{
    if (m_anchor)
        // Queued behind a world still being built, if any: then deleted.
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
    else if (m_server)
        QMetaObject::invokeMethod(
            m_server, [s = m_server] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

// On the simulator's thread: the world, the server, the answer key.
quint16 DemoCloud::buildServer(QString *base)
{
    sim::SimOptions options;
    options.throttle = false;          // a snappy demo; tests exercise the throttle
    options.autoApproveAfterPolls = 1; // the demo analyst approves at once
    options.deviceInterval = 1;
    m_server = new sim::Server(sim::WorldConfig{}, options);
    const quint16 port = m_server->listen(0);
    *base = m_server->baseUrl();
    const QJsonObject manifest = m_server->world().manifest();
    m_settings = manifest.value(QStringLiteral("settings")).toObject();
    for (const QJsonValue &v : manifest.value(QStringLiteral("scenarioCustomers")).toArray())
        m_scenarioCustomers << (v.isObject() ? v.toObject().value(QStringLiteral("id")).toString()
                                             : v.toString());
    return port;
}

void DemoCloud::setReady(quint16 port, const QString &base)
{
    if (port == 0) {
        m_error =
            QCoreApplication::translate("App", "The demo cloud could not start on 127.0.0.1.");
        m_ready.set_value(net::Endpoints{}); // sources fail at once: no URL
        return;
    }
    m_endpoints = net::Endpoints::defaults();
    m_endpoints.login = m_endpoints.graph = m_endpoints.partnerCenter = m_endpoints.arm =
        QUrl(base);
    m_endpoints.clientId = QStringLiteral("d3e0d3e0-0000-4000-8000-000000000001");
    m_endpoints.tenant = QStringLiteral("organizations");
    m_ready.set_value(m_endpoints);
}

bool DemoCloud::start()
{
    m_thread.start();
    quint16 port = 0;
    QString base;
    QObject context; // an anchor on the simulator's thread for the blocking call
    context.moveToThread(&m_thread);
    // The simulator answers on its own thread so page generation never stalls the GUI.
    QMetaObject::invokeMethod(
        &context, [this, &port, &base] { port = buildServer(&base); },
        Qt::BlockingQueuedConnection);
    // `context` is destroyed here on the GUI thread: hand it back first.
    QMetaObject::invokeMethod(
        &context, [&context, this] { context.moveToThread(thread()); },
        Qt::BlockingQueuedConnection);
    setReady(port, base);
    return port != 0;
}

void DemoCloud::startInBackground(const QString &cachePath, std::function<void(bool)> done)
{
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    QPointer<DemoCloud> self(this);
    QMetaObject::invokeMethod(
        m_anchor,
        [this, self, cachePath, done = std::move(done)] {
            QString base;
            const quint16 port = buildServer(&base);
            // The demo customers come tuned (their approved admins, countries
            // and hours): written here, off the GUI thread.
            if (port != 0 && !cachePath.isEmpty()) {
                if (auto db = store::openCache(cachePath)) {
                    if (Status s = applyCustomerSettings(**db); !s)
                        qWarning("demo: %s", qPrintable(s.error().message));
                }
            }
            QMetaObject::invokeMethod(
                self.data(),
                [this, self, port, base, done] {
                    if (!self)
                        return;
                    setReady(port, base);
                    done(port != 0);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

sync::SourceFactory DemoCloud::deferredSourceFactory() const
{
    const std::shared_future<net::Endpoints> ready = m_readyFuture;
    const QString file = tokenFile();
    return [ready, file](QNetworkAccessManager &nam) -> std::unique_ptr<sync::Source> {
        net::Session session;
        session.nam = &nam;
        // Never waits: a sync asked for before the world is built finds no
        // endpoint and fails at once (the window retries; the demo starts
        // its own sync once ready).
        if (ready.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
            session.endpoints = ready.get();
        return std::make_unique<DemoSource>(session, file);
    };
}

Status DemoCloud::applyCustomerSettings(store::Database &db) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_settings.begin(); it != m_settings.end(); ++it) {
        QJsonObject json = it.value().toObject();
        json.insert(QStringLiteral("customerId"), it.key());
        auto settings = analytics::CustomerSettings::fromJson(json);
        if (!settings)
            return settings.error();
        if (Status s = settings->save(db, now); !s)
            return s;
    }
    return {};
}

QString DemoCloud::tokenFile() const
{
    return QDir(m_folder).filePath(QStringLiteral("demo-tokens.json"));
}

void DemoCloud::signIn(std::function<void(Status)> done)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    net::Session session;
    session.nam = m_nam;
    session.endpoints = m_endpoints;
    auto *flow =
        new net::DeviceCodeFlow(session, m_endpoints.tenant, net::interactiveScopes(), this);
    auto store = std::make_shared<net::FileTokenStore>(tokenFile());
    auto tokens = std::make_shared<net::TokenManager>(session, *store);
    connect(flow, &net::Job::finished, this, [flow, store, tokens, done, this] {
        flow->deleteLater();
        if (!flow->ok()) {
            done(*flow->error());
            return;
        }
        tokens->acceptSignIn(flow->value(), m_endpoints.tenant, net::Resource::Graph,
                             [store, tokens, done](Status s) { done(s); });
    });
    flow->start();
}

std::unique_ptr<Services> DemoCloud::services() const
{
    return std::make_unique<Services>(
        m_endpoints, std::make_unique<net::FileTokenStore>(tokenFile()), sourceFactory());
}

sync::SourceFactory DemoCloud::sourceFactory() const
{
    const net::Endpoints endpoints = m_endpoints;
    const QString file = tokenFile();
    return [endpoints, file](QNetworkAccessManager &nam) -> std::unique_ptr<sync::Source> {
        net::Session session;
        session.nam = &nam;
        session.endpoints = endpoints;
        return std::make_unique<DemoSource>(session, file);
    };
}

} // namespace vigie::app
