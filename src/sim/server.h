#pragma once

#include "sim/service.h"
#include "sim/world.h"

#include <QObject>
#include <QString>
#include <memory>

namespace vigie::sim {

class HttpTransport;

// The simulated Microsoft cloud (identity, Graph, Partner Center, Cost
// Management) on 127.0.0.1. Construct, listen(0), point the clients at
// baseUrl() (all four services share it), and steer it through service()
// or the /_sim/ control endpoint. See src/sim/README.md.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(const WorldConfig &world = {}, const SimOptions &options = {},
                    QObject *parent = nullptr);
    explicit Server(QObject *parent) : Server(WorldConfig{}, SimOptions{}, parent) {}
    ~Server() override;

    // Binds 127.0.0.1 only. Port 0 picks a free port; returns the bound port or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    Service &service() { return *m_service; }
    World &world() { return m_service->world(); }
    SimOptions &options() { return m_service->options(); }

    // Shortcuts for tests.
    void addFault(const Fault &f) { m_service->addFault(f); }
    void clearFaults() { m_service->clearFaults(); }
    QJsonArray journal() const { return m_service->journal(); }
    QString issueAccessToken(const QString &tenant, const QString &resource,
                             const QString &scope = {}, int ttlSeconds = -1)
    {
        return m_service->issueAccessToken(tenant, resource, scope, ttlSeconds);
    }

private:
    std::unique_ptr<Service> m_service;
    std::unique_ptr<HttpTransport> m_http;
    quint16 m_port = 0;
};

} // namespace vigie::sim
