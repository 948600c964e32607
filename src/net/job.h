#pragma once

#include "core/result.h"
#include "core/timeutil.h"
#include "net/endpoints.h"
#include "net/http.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace vigie::net {

// Hands out access tokens per (tenant, resource). Implemented by TokenManager;
// tests inject a fake. Callbacks may run synchronously or later.
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;
    virtual void accessToken(const QString &tenant, Resource resource,
                             std::function<void(Result<QString>)> done) = 0;
    // Forget the cached access token (after a 401) so the next call refreshes.
    virtual void invalidate(const QString &tenant, Resource resource) = 0;
};

// Everything a job needs from outside. Cheap to copy; pointers are not owned.
struct Session
{
    QNetworkAccessManager *nam = nullptr;
    Endpoints endpoints = Endpoints::defaults();
    TokenProvider *tokens = nullptr;
    RetryPolicy retry;
    const Clock *clock = &SystemClock::instance();
    QString correlationId; // Partner Center MS-CorrelationId; generated when empty
    // List pages are parsed on QThreadPool::globalInstance() instead of the
    // job's thread (sync: that thread also writes the cache).
    bool parseOffThread = false;
};

// One HTTP call as the service sees it; the job may send it several times.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType; // sent when not empty
    RawHeaders headers;     // extra headers (If-Match, MS-ContinuationToken, ...)
    Service service = Service::Graph;
    bool authenticated = true;
    QString tenant; // token tenant; empty = the partner tenant (Session.endpoints.tenant)
    Resource resource = Resource::Graph;
    Permission permission = Permission::None;
    QString subject;         // named in error messages (tenant or subscription id)
    QList<int> passStatuses; // non-2xx statuses handed to the callback instead of failing
    QString requestId; // MS-RequestId / client-request-id: same on every retry; generated if empty
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    RawHeaders headers;
    QUrl url;
    QString requestId; // the id sent with the call
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

// One small QObject per request (STYLE.md, network job). start() runs the
// job asynchronously; finished() is emitted exactly once, never from inside
// start(). Afterwards error() is empty on success. Subclasses implement run()
// with send() calls and end with succeed() or fail().
//
// Per logical call (send()): scheme check (https or loopback http, every URL
// including paging links), bearer token, service headers (Graph
// client-request-id, Partner Center MS-RequestId + MS-CorrelationId, ARM
// x-ms-client-request-id, Accept: application/json), per-attempt timeout,
// 429 → wait Retry-After (seconds or HTTP-date, max with Cost Management
// x-ms-ratelimit-*-retry-after), 5xx/timeouts/network errors → exponential
// backoff with jitter, 401 → invalidate and refresh the token once then
// Error::Kind::Auth, 403 → Error::Kind::Forbidden naming the permission.
class Job : public QObject
{
    Q_OBJECT
public:
    Job(const Session &session, QObject *parent = nullptr);
    ~Job() override;

    void start();
    // Cancels the job: finished() follows with Error::Kind::Cancelled.
    void abort();

    bool isFinished() const { return m_finished; }
    bool isAborted() const { return m_aborted; }
    bool ok() const { return m_finished && !m_error; }
    const std::optional<Error> &error() const { return m_error; }
    Status status() const;

    // Computed waits before each retry, in ms (before timeScale), for tests and logs.
    const QList<qint64> &retryDelays() const { return m_retryDelays; }
    // Number of HTTP attempts sent so far.
    int attempts() const { return m_totalAttempts; }

signals:
    void finished();

protected:
    virtual void run() = 0;

    using ResponseHandler = std::function<void(const HttpResponse &)>;
    void send(HttpRequest request, ResponseHandler onResponse);
    void succeed();
    void fail(Error error);

    const Session &session() const { return m_session; }
    QString partnerTenant() const;
    // Refuses ids that cannot go into a URL path (isSafePathId); fails the job.
    bool checkIds(std::initializer_list<QString> ids);

private:
    void attempt();
    void transmit(const QString &accessToken);
    void onReplyFinished();
    void onTimeout();
    void retryLater(qint64 delayMs, const QString &why);
    void finishWith(std::optional<Error> error);

    Session m_session;
    HttpRequest m_request;
    ResponseHandler m_handler;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_wait;
    int m_attempt = 0; // within the current logical call
    int m_totalAttempts = 0;
    bool m_refreshed = false;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_started = false;
    bool m_aborted = false;
    std::optional<Error> m_error;
    QList<qint64> m_retryDelays;
};

// A job with one typed value on success.
template <typename T> class ValueJob : public Job
{
public:
    using Job::Job;
    // Valid after a successful finish.
    const T &value() const { return *m_value; }
    bool hasValue() const { return m_value.has_value(); }

protected:
    void succeedWith(T v)
    {
        m_value = std::move(v);
        succeed();
    }

private:
    std::optional<T> m_value;
};

} // namespace vigie::net
