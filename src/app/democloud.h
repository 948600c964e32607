#pragma once

#include "core/result.h"
#include "net/endpoints.h"
#include "sync/engine.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <functional>
#include <future>
#include <memory>

class QNetworkAccessManager;

namespace vigie::sim {
class Server;
}
namespace vigie::store {
class Database;
}

namespace vigie::app {

class Services;

// `vigie --demo`: the generated partner cloud (vigie-sim) on loopback in its
// own thread, a real device-code sign-in against it, and a Source factory
// that syncs through the same net/sync code as real use. Tokens go to a file
// in the demo's temporary folder, never to the analyst's keychain.
class DemoCloud : public QObject
{
    Q_OBJECT
public:
    explicit DemoCloud(QString folder, QObject *parent = nullptr);
    ~DemoCloud() override;

    // Starts the simulator; false (with error()) when it cannot listen.
    // Blocks until the world is generated (seconds): tests.
    bool start();
    // The same without blocking: the world is generated and the simulator
    // started on its own thread, the demo customers' detection settings
    // written to `cachePath` there too; `done(ok)` then runs on this
    // object's thread. The window is up meanwhile.
    void startInBackground(const QString &cachePath, std::function<void(bool)> done);
    // Signs in with the device code flow (the simulator approves at once).
    void signIn(std::function<void(Status)> done);

    net::Endpoints endpoints() const { return m_endpoints; }
    // The demo world's per-customer detection settings (customer id -> JSON),
    // as an analyst who tuned each customer would have them.
    QJsonObject customerSettings() const { return m_settings; }
    Status applyCustomerSettings(store::Database &db) const;
    // Customers of the demo world that carry injected detection cases.
    QStringList scenarioCustomers() const { return m_scenarioCustomers; }
    sync::SourceFactory sourceFactory() const;
    // Usable before the simulator is up: each sync reads the endpoints
    // then (a sync before it is ready fails at once, it does not wait).
    sync::SourceFactory deferredSourceFactory() const;
    // What the dashboard is wired to in the demo: the demo's endpoints, its
    // token file and sourceFactory().
    std::unique_ptr<Services> services() const;
    QString tokenFile() const;
    QString error() const { return m_error; }

private:
    quint16 buildServer(QString *base); // on m_thread
    void setReady(quint16 port, const QString &base);

    QString m_folder;
    QThread m_thread;
    sim::Server *m_server = nullptr; // lives on m_thread
    net::Endpoints m_endpoints;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_error;
    QJsonObject m_settings;
    QStringList m_scenarioCustomers;
    QObject *m_anchor = nullptr; // on m_thread (startInBackground)
    std::promise<net::Endpoints> m_ready;
    std::shared_future<net::Endpoints> m_readyFuture;
};

} // namespace vigie::app
