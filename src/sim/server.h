#pragma once

#include <QHostAddress>
#include <QObject>
#include <memory>

class QHttpServer;

namespace vigie::sim {

// The simulated Microsoft cloud. Binds 127.0.0.1 only.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    // Port 0 picks a free port; returns the bound port or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString baseUrl() const;

private:
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
};

} // namespace vigie::sim
