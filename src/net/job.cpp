#include "net/job.h"

#include "core/ids.h"
#include "net/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace vigie::net {

Job::Job(const Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    if (m_session.correlationId.isEmpty())
        m_session.correlationId = newGuid();
    m_timeout.setSingleShot(true);
    m_wait.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Job::onTimeout);
    connect(&m_wait, &QTimer::timeout, this, &Job::attempt);
}

Job::~Job()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (!m_session.nam) {
            fail(Error::make(Error::Kind::Generic, QStringLiteral("no network access manager")));
            return;
        }
        run();
    });
}

void Job::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_wait.stop();
    m_timeout.stop();
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    if (!m_started)
        m_started = true;
    QTimer::singleShot(0, this, [this] {
        fail(Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Net", "Cancelled.")));
    });
}

Status Job::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

QString Job::partnerTenant() const
{
    return m_session.endpoints.tenant.isEmpty() ? QStringLiteral("organizations")
                                                : m_session.endpoints.tenant;
}

bool Job::checkIds(std::initializer_list<QString> ids)
{
    for (const QString &id : ids) {
        if (!isSafePathId(id)) {
            fail(Error::make(
                Error::Kind::Usage,
                QCoreApplication::translate("Net", "Invalid identifier \"%1\".").arg(id.left(80)),
                QStringLiteral("id refused before any request")));
            return false;
        }
    }
    return true;
}

void Job::succeed()
{
    finishWith(std::nullopt);
}

void Job::fail(Error error)
{
    finishWith(std::move(error));
}

void Job::finishWith(std::optional<Error> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_wait.stop();
    m_timeout.stop();
    m_error = std::move(error);
    if (m_error)
        qCDebug(lcNet) << metaObject()->className() << "failed:" << m_error->detail;
    emit finished();
}

void Job::send(HttpRequest request, ResponseHandler onResponse)
{
    if (m_finished)
        return;
    if (request.requestId.isEmpty())
        request.requestId = newGuid();
    m_request = std::move(request);
    m_handler = std::move(onResponse);
    m_attempt = 0;
    m_refreshed = false;
    attempt();
}

void Job::attempt()
{
    if (m_finished || m_aborted)
        return;
    if (!isAllowedScheme(m_request.url)) {
        fail(Error::make(Error::Kind::Usage,
                         QCoreApplication::translate(
                             "Net", "Refusing to connect to %1: only https, or http to this "
                                    "computer (loopback), is allowed.")
                             .arg(m_request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)),
                         QStringLiteral("scheme refused")));
        return;
    }
    if (!m_request.authenticated) {
        transmit({});
        return;
    }
    if (!m_session.tokens) {
        fail(Error::make(Error::Kind::Auth, signInRequiredMessage(), QStringLiteral("no tokens")));
        return;
    }
    const QString tenant = m_request.tenant.isEmpty() ? partnerTenant() : m_request.tenant;
    QPointer<Job> self(this);
    m_session.tokens->accessToken(tenant, m_request.resource, [self](Result<QString> token) {
        if (!self || self->m_finished || self->m_aborted)
            return;
        if (!token) {
            self->fail(token.error());
            return;
        }
        self->transmit(token.value());
    });
}

void Job::transmit(const QString &accessToken)
{
    QNetworkRequest req(m_request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    if (!m_request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (!accessToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    const QByteArray rid = m_request.requestId.toLatin1();
    switch (m_request.service) {
    case Service::Identity:
    case Service::Graph:
        req.setRawHeader("client-request-id", rid);
        break;
    case Service::PartnerCenter:
        req.setRawHeader("MS-RequestId", rid);
        req.setRawHeader("MS-CorrelationId", m_session.correlationId.toLatin1());
        req.setRawHeader("MS-Contract-Version", "v1");
        req.setRawHeader("MS-PartnerCenter-Application", "Vigie");
        break;
    case Service::Arm:
        req.setRawHeader("x-ms-client-request-id", rid);
        break;
    }
    for (const auto &[k, v] : m_request.headers)
        req.setRawHeader(k, v);

    ++m_attempt;
    ++m_totalAttempts;
    m_timedOut = false;
    qCDebug(lcNet).noquote() << m_request.method
                             << m_request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                             << "attempt" << m_attempt << "request-id" << m_request.requestId
                             << (accessToken.isEmpty()
                                     ? QString()
                                     : QStringLiteral("token %1").arg(fingerprint(accessToken)));

    QNetworkReply *reply = nullptr;
    if (m_request.method == "GET")
        reply = m_session.nam->get(req);
    else if (m_request.method == "POST")
        reply = m_session.nam->post(req, m_request.body);
    else
        reply = m_session.nam->sendCustomRequest(req, m_request.method, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &Job::onReplyFinished);
    m_timeout.start(m_session.retry.timeoutMs);
}

void Job::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finishes the reply; onReplyFinished retries
}

void Job::retryLater(qint64 delayMs, const QString &why)
{
    m_retryDelays.append(delayMs);
    qCInfo(lcNet).noquote() << "retrying" << m_request.method
                            << m_request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                            << "in" << delayMs << "ms:" << why;
    m_wait.start(m_session.retry.scaledMs(delayMs));
}

void Job::onReplyFinished()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished || m_aborted)
        return;

    HttpResponse resp;
    resp.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    resp.body = reply->readAll();
    resp.headers = reply->rawHeaderPairs();
    resp.url = m_request.url;
    resp.requestId = m_request.requestId;
    const RetryPolicy &policy = m_session.retry;
    const QString where = m_request.url.host();
    const bool canRetry = m_attempt < policy.maxAttempts;
    static QRandomGenerator *rng = QRandomGenerator::global();

    if (resp.status == 0) {
        const QString why = m_timedOut ? QStringLiteral("timeout") : reply->errorString();
        const QNetworkReply::NetworkError e = reply->error();
        const bool unreachable = !m_timedOut && (e == QNetworkReply::ConnectionRefusedError ||
                                                 e == QNetworkReply::HostNotFoundError ||
                                                 e == QNetworkReply::NetworkSessionFailedError ||
                                                 e == QNetworkReply::TemporaryNetworkFailureError);
        if (canRetry && (!unreachable || m_attempt < policy.unreachableAttempts)) {
            retryLater(policy.backoffMs(m_attempt - 1, rng), why);
            return;
        }
        fail(Error::make(
            Error::Kind::Network,
            m_timedOut ? QCoreApplication::translate("Net", "%1 did not answer in time.").arg(where)
                       : QCoreApplication::translate("Net", "Cannot reach %1: %2")
                             .arg(where, reply->errorString()),
            why));
        return;
    }
    qCDebug(lcNet) << "HTTP" << resp.status << "for" << m_request.method
                   << m_request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);

    if ((resp.status >= 200 && resp.status < 300) || m_request.passStatuses.contains(resp.status)) {
        ResponseHandler handler = m_handler;
        handler(resp);
        return;
    }
    if (resp.status == 401 && m_request.authenticated && !m_refreshed) {
        const ServiceError se = parseServiceError(m_request.service, resp.body);
        if (!se.code.contains(u"NonPremiumTenant")) {
            m_refreshed = true;
            const QString tenant = m_request.tenant.isEmpty() ? partnerTenant() : m_request.tenant;
            m_session.tokens->invalidate(tenant, m_request.resource);
            qCInfo(lcNet) << "401: refreshing the access token once";
            attempt();
            return;
        }
    }
    const bool transient = resp.status == 429 || resp.status == 500 || resp.status == 502 ||
                           resp.status == 503 || resp.status == 504 || resp.status == 408;
    if (transient && canRetry) {
        const auto hinted = retryAfterFromHeaders(resp.headers, m_session.clock->now());
        if (hinted && *hinted > policy.maxRetryAfterMs) {
            fail(errorForStatus(m_request.service, 429, resp.body, m_request.permission,
                                m_request.subject));
            return;
        }
        const qint64 delay = hinted ? *hinted : policy.backoffMs(m_attempt - 1, rng);
        retryLater(delay, QStringLiteral("HTTP %1").arg(resp.status));
        return;
    }
    if (resp.status >= 300 && resp.status < 400) {
        fail(Error::make(
            Error::Kind::Generic,
            QCoreApplication::translate("Net", "Unexpected redirection from %1.").arg(where),
            QStringLiteral("HTTP %1").arg(resp.status)));
        return;
    }
    fail(errorForStatus(m_request.service, resp.status, resp.body, m_request.permission,
                        m_request.subject));
}

} // namespace vigie::net
