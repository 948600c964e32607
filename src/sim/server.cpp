#include "sim/server.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace vigie::sim {

Server::Server(QObject *parent) : QObject(parent), m_http(std::make_unique<QHttpServer>())
{
    m_http->afterRequest([](QHttpServerResponse &&resp) { return std::move(resp); });
}

Server::~Server() = default;

quint16 Server::listen(quint16 port)
{
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString Server::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

} // namespace vigie::sim
