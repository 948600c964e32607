#pragma once

// Plain synchronous HTTP client over QNetworkAccessManager for the sim tests.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 elapsedMs = 0;

    QJsonObject obj() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray arr() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const char *n) const { return headers.value(QByteArray(n).toLower()); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

class Http
{
public:
    Reply send(const QByteArray &method, const QString &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req{QUrl(url)};
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QElapsedTimer t;
        t.start();
        QNetworkReply *r = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.elapsedMs = t.elapsed();
        out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = r->readAll();
        out.error = r->error();
        for (const auto &h : r->rawHeaderPairs())
            out.headers.insert(h.first.toLower(), h.second);
        r->deleteLater();
        return out;
    }
    Reply get(const QString &url, const QList<QPair<QByteArray, QByteArray>> &h = {})
    {
        return send("GET", url, {}, h);
    }
    Reply post(const QString &url, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &h = {})
    {
        return send("POST", url, body, h);
    }
    Reply form(const QString &url, const QByteArray &body)
    {
        return send("POST", url, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

private:
    QNetworkAccessManager m_nam;
};

inline QList<QPair<QByteArray, QByteArray>> bearer(const QString &token,
                                                   QList<QPair<QByteArray, QByteArray>> more = {})
{
    more.prepend({"Authorization", "Bearer " + token.toLatin1()});
    return more;
}
