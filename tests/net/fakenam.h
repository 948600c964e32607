#pragma once

// A fake QNetworkAccessManager (STYLE.md): records every request and answers
// from a FIFO of canned replies or from a handler, always asynchronously.

#include "net/job.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <functional>

namespace vigie::test {

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hang = false; // never finishes (timeout tests)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    static FakeResponse json(int status, const QByteArray &body,
                             QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return FakeResponse{status, body, headers};
    }
};

struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    QNetworkRequest request;
    QByteArray header(const char *name) const { return request.rawHeader(name); }
    QUrlQuery form() const { return QUrlQuery(QString::fromUtf8(body)); }
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const RecordedRequest &rec, const FakeResponse &resp, QObject *parent)
        : QNetworkReply(parent), m_resp(resp)
    {
        setRequest(rec.request);
        setUrl(rec.url);
        setOperation(QNetworkAccessManager::CustomOperation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (resp.hang)
            return;
        QTimer::singleShot(0, this, [this] { complete(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("aborted"));
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    void complete()
    {
        if (isFinished())
            return;
        if (m_resp.error != NoError) {
            setError(m_resp.error, QStringLiteral("fake network error"));
            setFinished(true);
            emit errorOccurred(m_resp.error);
            emit finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_resp.status);
        for (const auto &[k, v] : m_resp.headers)
            setRawHeader(k, v);
        m_data = m_resp.body;
        if (m_resp.status >= 400)
            setError(ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(m_resp.status));
        emit metaDataChanged();
        emit readyRead();
        setFinished(true);
        emit finished();
    }

    FakeResponse m_resp;
    QByteArray m_data;
    qint64 m_pos = 0;
};

class FakeNam : public QNetworkAccessManager
{
public:
    QList<RecordedRequest> requests;
    QList<FakeResponse> queue;
    std::function<FakeResponse(const RecordedRequest &)> handler;

    void enqueue(const FakeResponse &r) { queue.append(r); }
    void enqueueJson(int status, const QByteArray &body,
                     QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        queue.append(FakeResponse::json(status, body, std::move(headers)));
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &req,
                                 QIODevice *outgoingData) override
    {
        RecordedRequest rec;
        switch (op) {
        case GetOperation:
            rec.method = "GET";
            break;
        case PostOperation:
            rec.method = "POST";
            break;
        case PutOperation:
            rec.method = "PUT";
            break;
        case DeleteOperation:
            rec.method = "DELETE";
            break;
        case HeadOperation:
            rec.method = "HEAD";
            break;
        default:
            rec.method = req.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        }
        rec.url = req.url();
        rec.request = req;
        if (outgoingData)
            rec.body = outgoingData->readAll();
        requests.append(rec);
        FakeResponse resp;
        if (handler)
            resp = handler(rec);
        else if (!queue.isEmpty())
            resp = queue.takeFirst();
        else
            resp = FakeResponse::json(500, R"({"error":{"code":"NoCannedReply","message":"x"}})");
        return new FakeReply(rec, resp, this);
    }
};

// Hands out "at-<tenant>-<resource>-<n>" and counts refreshes/invalidations.
class FakeTokens : public net::TokenProvider
{
public:
    int issued = 0;
    int invalidations = 0;
    QList<QString> tenants;
    std::optional<Error> failWith;
    void accessToken(const QString &tenant, net::Resource resource,
                     std::function<void(Result<QString>)> done) override
    {
        tenants.append(tenant);
        if (failWith) {
            done(*failWith);
            return;
        }
        ++issued;
        done(QStringLiteral("at-%1-%2-%3").arg(tenant, net::resourceName(resource)).arg(issued));
    }
    void invalidate(const QString &, net::Resource) override { ++invalidations; }
};

inline net::Session fastSession(QNetworkAccessManager &nam, net::TokenProvider *tokens,
                                const Clock *clock = nullptr)
{
    net::Session s;
    s.nam = &nam;
    s.tokens = tokens;
    s.endpoints.login = QUrl(QStringLiteral("https://login.example.test"));
    s.endpoints.graph = QUrl(QStringLiteral("https://graph.example.test"));
    s.endpoints.partnerCenter = QUrl(QStringLiteral("https://pc.example.test"));
    s.endpoints.arm = QUrl(QStringLiteral("https://arm.example.test"));
    s.endpoints.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    s.endpoints.tenant = QStringLiteral("partner.onmicrosoft.com");
    s.retry.baseDelayMs = 2000;
    s.retry.maxDelayMs = 60000;
    s.retry.timeScale = 0.001; // 2 s -> 2 ms
    s.retry.timeoutMs = 2000;
    if (clock)
        s.clock = clock;
    return s;
}

// Runs a started job to completion (or fails the test after `ms`).
inline bool waitFor(net::Job *job, int ms = 10000)
{
    if (job->isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(job, &net::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return job->isFinished();
}

} // namespace vigie::test
