#include "sim/server.h"

#include "sim/logging.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace vigie::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

void writeResponse(QTcpSocket *socket, const Response &r, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    for (const auto &h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += close || r.dropMidBody ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    if (r.dropMidBody) {
        socket->write(head + r.body.left(r.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + r.body);
    if (close)
        socket->disconnectFromHost();
}

} // namespace

class HttpTransport : public QAbstractHttpServer
{
public:
    explicit HttpTransport(Service *service) : m_service(service) {}
    QString base;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Request req;
        req.method = methodName(request.method());
        const QUrl url = request.url();
        req.path = url.path(QUrl::FullyDecoded);
        req.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
        for (const QByteArray &p : req.rawQuery.split('&')) {
            if (p.isEmpty())
                continue;
            const qsizetype eq = p.indexOf('=');
            QByteArray k = eq < 0 ? p : p.left(eq), v = eq < 0 ? QByteArray() : p.mid(eq + 1);
            k.replace('+', ' ');
            v.replace('+', ' ');
            req.query.append({QUrl::fromPercentEncoding(k), QUrl::fromPercentEncoding(v)});
        }
        for (const auto &h : request.headers())
            req.headers.insert(h.first.toLower(), h.second);
        req.body = request.body();
        const bool close = req.header("connection").toLower() == "close";
        const Response r = m_service->handle(req, base);
        if (r.delayMs > 0) {
            QPointer<QTcpSocket> s(socket);
            QTimer::singleShot(r.delayMs, socket, [s, r, close] {
                if (s)
                    writeResponse(s, r, close);
            });
        } else {
            writeResponse(socket, r, close);
        }
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        Response r;
        r.status = 404;
        writeResponse(socket, r, true);
    }

private:
    Service *m_service;
};

Server::Server(const WorldConfig &world, const SimOptions &options, QObject *parent)
    : QObject(parent), m_service(std::make_unique<Service>(world, options)),
      m_http(std::make_unique<HttpTransport>(m_service.get()))
{}

Server::~Server() = default;

quint16 Server::listen(quint16 port)
{
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    m_http->base = baseUrl();
    if (m_port)
        qCInfo(lcSim) << "listening on" << baseUrl();
    return m_port;
}

QString Server::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

} // namespace vigie::sim
