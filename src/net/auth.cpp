#include "net/auth.h"

#include "core/actor.h"
#include "core/jsonutil.h"
#include "net/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace vigie::net {

namespace {

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(u'\n');
    return (nl < 0 ? text : text.left(nl)).trimmed().left(400);
}

QUrl tokenUrl(const Session &s, const QString &tenant, const char *endpoint)
{
    QUrl u = s.endpoints.login;
    QString path = u.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    u.setPath(path + u'/' + tenant + QStringLiteral("/oauth2/v2.0/") + QLatin1String(endpoint));
    return u;
}

QByteArray formBody(const QUrlQuery &q)
{
    // QUrlQuery leaves '+' and some reserved characters alone; encode fully.
    QByteArray out;
    for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded)) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

} // namespace

Result<TokenResponse> parseTokenResponse(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return Error::make(
            Error::Kind::Corrupt,
            QCoreApplication::translate("Net", "The sign-in service sent an unreadable answer."),
            QStringLiteral("token body is not JSON"));
    const QJsonObject o = doc.object();
    TokenResponse t;
    t.tokenType = json::toString(o.value(QStringLiteral("token_type")));
    t.scope = json::toString(o.value(QStringLiteral("scope")));
    t.accessToken = json::toString(o.value(QStringLiteral("access_token")));
    t.refreshToken = json::toString(o.value(QStringLiteral("refresh_token")));
    t.idToken = json::toString(o.value(QStringLiteral("id_token")));
    t.expiresInSec = json::toInt(o.value(QStringLiteral("expires_in"))).value_or(3600);
    if (t.accessToken.isEmpty())
        return Error::make(
            Error::Kind::Corrupt,
            QCoreApplication::translate("Net", "The sign-in service sent an unreadable answer."),
            QStringLiteral("no access_token"));
    return t;
}

namespace {

QJsonObject jwtClaims(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}

QString nameClaim(const QJsonObject &claims)
{
    for (const char *key : {"preferred_username", "upn", "unique_name", "email"}) {
        const QString v = claims.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

QString signedInAccount(const TokenResponse &tokens)
{
    const QString fromId = nameClaim(jwtClaims(tokens.idToken));
    return fromId.isEmpty() ? nameClaim(jwtClaims(tokens.accessToken)) : fromId;
}

Error oauthError(const QByteArray &body, int httpStatus)
{
    const ServiceError se = parseServiceError(Service::Identity, body);
    QString codes;
    for (qint64 c : se.errorCodes)
        codes += QStringLiteral(" AADSTS%1").arg(c);
    const QString detail = QStringLiteral("HTTP %1 %2%3").arg(httpStatus).arg(se.code, codes);
    const QString desc = firstLine(se.message);
    if (se.code == u"authorization_declined")
        return Error::make(Error::Kind::Auth,
                           QCoreApplication::translate("Net", "Sign-in was declined."), detail);
    if (se.code == u"expired_token")
        return Error::make(
            Error::Kind::Auth,
            QCoreApplication::translate("Net", "The sign-in code expired before it was used; "
                                               "start the sign-in again."),
            detail);
    if (se.code == u"bad_verification_code")
        return Error::make(
            Error::Kind::Auth,
            QCoreApplication::translate("Net", "The sign-in code was not recognised; start the "
                                               "sign-in again."),
            detail);
    if (desc.isEmpty())
        return Error::make(Error::Kind::Auth,
                           QCoreApplication::translate("Net", "Sign-in failed (%1).")
                               .arg(se.code.isEmpty() ? QString::number(httpStatus) : se.code),
                           detail);
    return Error::make(Error::Kind::Auth,
                       QCoreApplication::translate("Net", "Sign-in failed: %1").arg(desc), detail);
}

QString interactiveScopes()
{
    return QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile");
}

// ---- PKCE ------------------------------------------------------------------

namespace pkce {

QString newVerifier()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QString v;
    v.reserve(64);
    for (int i = 0; i < 64; ++i)
        v += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return v;
}

bool isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_' ||
                        u == u'~';
        if (!ok)
            return false;
    }
    return true;
}

QString challengeFor(const QString &verifier)
{
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newState()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace pkce

// ---- token request ----------------------------------------------------------

TokenRequestJob::TokenRequestJob(const Session &session, QString tenant, QUrlQuery form,
                                 QObject *parent)
    : ValueJob(session, parent), m_tenant(std::move(tenant)), m_form(std::move(form))
{}

TokenRequestJob *TokenRequestJob::refresh(const Session &session, const QString &tenant,
                                          Resource resource, const QString &refreshToken,
                                          QObject *parent)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), session.endpoints.clientId);
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("scope"), scopeFor(resource));
    return new TokenRequestJob(session, tenant, form, parent);
}

void TokenRequestJob::run()
{
    HttpRequest r;
    r.method = "POST";
    r.service = Service::Identity;
    r.authenticated = false;
    r.url = tokenUrl(session(), m_tenant.isEmpty() ? partnerTenant() : m_tenant, "token");
    r.contentType = "application/x-www-form-urlencoded";
    r.body = formBody(m_form);
    r.passStatuses = {400, 401};
    send(r, [this](const HttpResponse &resp) {
        if (resp.status != 200) {
            fail(oauthError(resp.body, resp.status));
            return;
        }
        auto t = parseTokenResponse(resp.body);
        if (!t) {
            fail(t.error());
            return;
        }
        succeedWith(std::move(t).value());
    });
}

// ---- device code --------------------------------------------------------------

DeviceCodeFlow::DeviceCodeFlow(const Session &session, QString tenant, QString scopes,
                               QObject *parent)
    : ValueJob(session, parent), m_tenant(std::move(tenant)), m_scopes(std::move(scopes))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

QUrl DeviceCodeFlow::url(const char *endpoint) const
{
    return tokenUrl(session(), m_tenant.isEmpty() ? partnerTenant() : m_tenant, endpoint);
}

void DeviceCodeFlow::run()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), session().endpoints.clientId);
    form.addQueryItem(QStringLiteral("scope"), m_scopes);
    HttpRequest r;
    r.method = "POST";
    r.service = Service::Identity;
    r.authenticated = false;
    r.url = url("devicecode");
    r.contentType = "application/x-www-form-urlencoded";
    r.body = formBody(form);
    r.passStatuses = {400, 401};
    send(r, [this](const HttpResponse &resp) {
        if (resp.status != 200) {
            fail(oauthError(resp.body, resp.status));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(resp.body).object();
        DeviceCode dc;
        dc.userCode = json::toString(o.value(QStringLiteral("user_code")));
        m_deviceCode = json::toString(o.value(QStringLiteral("device_code")));
        dc.verificationUri = json::toString(o.value(QStringLiteral("verification_uri")));
        dc.message = json::toString(o.value(QStringLiteral("message")));
        dc.expiresInSec = int(json::toInt(o.value(QStringLiteral("expires_in"))).value_or(900));
        dc.intervalSec = int(json::toInt(o.value(QStringLiteral("interval"))).value_or(5));
        if (m_deviceCode.isEmpty() || dc.userCode.isEmpty()) {
            fail(Error::make(Error::Kind::Corrupt,
                             QCoreApplication::translate(
                                 "Net", "The sign-in service sent an unreadable answer."),
                             QStringLiteral("devicecode body without device_code")));
            return;
        }
        if (dc.message.isEmpty())
            dc.message =
                QCoreApplication::translate("Net", "To sign in, open %1 and enter the code %2.")
                    .arg(dc.verificationUri, dc.userCode);
        m_interval = std::max(1, dc.intervalSec);
        m_deadlineMs = session().clock->now().toMSecsSinceEpoch() + qint64(dc.expiresInSec) * 1000;
        qCInfo(lcNet) << "device code issued; polling every" << m_interval << "s";
        emit userCodeReady(dc);
        m_pollTimer.start(session().retry.scaledMs(qint64(m_interval) * 1000));
    });
}

void DeviceCodeFlow::poll()
{
    if (isFinished())
        return;
    // Local deadline as a safety net (the service says expired_token itself).
    if (session().retry.timeScale >= 1.0 &&
        session().clock->now().toMSecsSinceEpoch() > m_deadlineMs) {
        fail(oauthError(R"({"error":"expired_token"})", 400));
        return;
    }
    ++m_polls;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("client_id"), session().endpoints.clientId);
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    HttpRequest r;
    r.method = "POST";
    r.service = Service::Identity;
    r.authenticated = false;
    r.url = url("token");
    r.contentType = "application/x-www-form-urlencoded";
    r.body = formBody(form);
    r.passStatuses = {400, 401};
    send(r, [this](const HttpResponse &resp) {
        if (resp.status == 200) {
            auto t = parseTokenResponse(resp.body);
            if (!t) {
                fail(t.error());
                return;
            }
            qCInfo(lcNet) << "device code sign-in complete";
            succeedWith(std::move(t).value());
            return;
        }
        const ServiceError se = parseServiceError(Service::Identity, resp.body);
        if (se.code == u"authorization_pending") {
            m_pollTimer.start(session().retry.scaledMs(qint64(m_interval) * 1000));
            return;
        }
        if (se.code == u"slow_down") {
            m_interval += 5;
            qCInfo(lcNet) << "slow_down: polling every" << m_interval << "s";
            m_pollTimer.start(session().retry.scaledMs(qint64(m_interval) * 1000));
            return;
        }
        fail(oauthError(resp.body, resp.status));
    });
}

// ---- authorization code + PKCE ---------------------------------------------------

AuthCodeFlow::AuthCodeFlow(const Session &session, BrowserOpener openBrowser, QString tenant,
                           QString scopes, QObject *parent)
    : ValueJob(session, parent), m_openBrowser(std::move(openBrowser)), m_tenant(std::move(tenant)),
      m_scopes(std::move(scopes)), m_verifier(pkce::newVerifier()), m_state(pkce::newState())
{
    m_userTimer.setSingleShot(true);
    connect(&m_userTimer, &QTimer::timeout, this, [this] {
        if (m_server)
            m_server->close();
        fail(Error::make(Error::Kind::Auth,
                         QCoreApplication::translate(
                             "Net", "No answer from the browser in time; start the sign-in again."),
                         QStringLiteral("loopback redirect timeout")));
    });
}

AuthCodeFlow::~AuthCodeFlow() = default;

void AuthCodeFlow::setPkceForTesting(QString verifier, QString state)
{
    m_verifier = std::move(verifier);
    m_state = std::move(state);
}

void AuthCodeFlow::run()
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        fail(Error::make(
            Error::Kind::Generic,
            QCoreApplication::translate("Net", "Cannot listen for the sign-in redirect: %1")
                .arg(m_server->errorString())));
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &AuthCodeFlow::onConnection);
    m_redirectUri = QStringLiteral("http://localhost:%1/").arg(m_server->serverPort());

    QUrl u = tokenUrl(session(), m_tenant.isEmpty() ? partnerTenant() : m_tenant, "authorize");
    QUrlQuery q;
    auto add = [&q](const QString &k, const QString &v) {
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add(QStringLiteral("client_id"), session().endpoints.clientId);
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("redirect_uri"), m_redirectUri);
    add(QStringLiteral("response_mode"), QStringLiteral("query"));
    add(QStringLiteral("scope"), m_scopes);
    add(QStringLiteral("state"), m_state);
    add(QStringLiteral("code_challenge"), pkce::challengeFor(m_verifier));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("prompt"), QStringLiteral("select_account"));
    u.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_authorizeUrl = u;
    qCInfo(lcNet) << "waiting for the sign-in redirect on port" << m_server->serverPort();
    m_userTimer.start(session().retry.scaledMs(m_waitMs));
    if (m_openBrowser)
        m_openBrowser(m_authorizeUrl);
}

void AuthCodeFlow::onConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        s->setParent(this);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadable(s); });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
}

void AuthCodeFlow::onReadable(QTcpSocket *socket)
{
    // Wait for the whole request head.
    QByteArray head = socket->property("vigieHead").toByteArray() + socket->readAll();
    if (head.size() > 16384) {
        socket->abort();
        return;
    }
    if (!head.contains("\r\n\r\n")) {
        socket->setProperty("vigieHead", head);
        return;
    }
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    auto reply = [socket](int code, const QString &text) {
        const QByteArray body =
            QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>Vigie</title>"
                           "</head><body><p>%1</p></body></html>")
                .arg(text.toHtmlEscaped())
                .toUtf8();
        QByteArray resp = "HTTP/1.1 " + QByteArray::number(code) +
                          (code == 200   ? " OK"
                           : code == 404 ? " Not Found"
                                         : " Bad Request") +
                          "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                          QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body;
        socket->write(resp);
        socket->disconnectFromHost();
    };
    if (parts.size() < 2 || parts[0] != "GET") {
        reply(400, QStringLiteral("Bad request"));
        return;
    }
    const QUrl target(QString::fromLatin1(parts[1]));
    const QUrlQuery q(target);
    if (target.path() != u"/" ||
        (!q.hasQueryItem(QStringLiteral("code")) && !q.hasQueryItem(QStringLiteral("error")))) {
        reply(404, QStringLiteral("Not found"));
        return;
    }
    if (m_gotRedirect || isFinished()) {
        reply(400, QCoreApplication::translate("Net", "This sign-in is already finished."));
        return;
    }
    const QString state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state != m_state) {
        m_gotRedirect = true;
        reply(400, QCoreApplication::translate("Net", "Sign-in refused: the answer does not "
                                                      "match the request (state)."));
        m_server->close();
        fail(Error::make(Error::Kind::Auth,
                         QCoreApplication::translate("Net", "Sign-in refused: the answer does not "
                                                            "match the request (state)."),
                         QStringLiteral("state mismatch")));
        return;
    }
    m_gotRedirect = true;
    m_server->close();
    m_userTimer.stop();
    if (q.hasQueryItem(QStringLiteral("error"))) {
        const QString err = q.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString desc =
            q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        reply(200,
              QCoreApplication::translate("Net", "Sign-in failed. You can close this window."));
        QJsonObject o{{QStringLiteral("error"), err}, {QStringLiteral("error_description"), desc}};
        fail(oauthError(QJsonDocument(o).toJson(), 400));
        return;
    }
    reply(200,
          QCoreApplication::translate("Net", "Signed in to Vigie. You can close this window."));
    exchange(q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

void AuthCodeFlow::exchange(const QString &code)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), session().endpoints.clientId);
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    form.addQueryItem(QStringLiteral("code_verifier"), m_verifier);
    form.addQueryItem(QStringLiteral("scope"), m_scopes);
    HttpRequest r;
    r.method = "POST";
    r.service = Service::Identity;
    r.authenticated = false;
    r.url = tokenUrl(session(), m_tenant.isEmpty() ? partnerTenant() : m_tenant, "token");
    r.contentType = "application/x-www-form-urlencoded";
    r.body = formBody(form);
    r.passStatuses = {400, 401};
    send(r, [this](const HttpResponse &resp) {
        if (resp.status != 200) {
            fail(oauthError(resp.body, resp.status));
            return;
        }
        auto t = parseTokenResponse(resp.body);
        if (!t) {
            fail(t.error());
            return;
        }
        succeedWith(std::move(t).value());
    });
}

// ---- token manager ----------------------------------------------------------------

TokenManager::TokenManager(const Session &session, TokenStore &store, QObject *parent)
    : QObject(parent), m_session(session), m_store(store)
{
    m_session.tokens = nullptr;
}

QString TokenManager::keyOf(const QString &tenant, Resource resource)
{
    return tenant.toLower() + u'|' + resourceName(resource);
}

void TokenManager::accessToken(const QString &tenant, Resource resource,
                               std::function<void(Result<QString>)> done)
{
    const QString key = keyOf(tenant, resource);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd() && m_session.clock->now().msecsTo(it->expires) > m_earlyMs) {
        done(it->token);
        return;
    }
    for (Pending &p : m_queue) {
        if (keyOf(p.tenant, p.resource) == key) {
            p.waiters.append(std::move(done));
            return;
        }
    }
    m_queue.append(Pending{tenant, resource, {std::move(done)}});
    pump();
}

void TokenManager::invalidate(const QString &tenant, Resource resource)
{
    m_cache.remove(keyOf(tenant, resource));
}

void TokenManager::pump()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    if (m_refreshToken) {
        refreshWith(*m_refreshToken);
        return;
    }
    QPointer<TokenManager> self(this);
    m_store.read(tokenkeys::refreshToken(), [self](Result<QString> rt) {
        if (!self)
            return;
        if (!rt) {
            Error e = rt.error();
            if (e.kind == Error::Kind::NotFound)
                e = Error::make(Error::Kind::Auth, signInRequiredMessage(), e.detail);
            self->completeFront(e);
            return;
        }
        self->m_refreshToken = rt.value();
        self->refreshWith(rt.value());
    });
}

void TokenManager::refreshWith(const QString &refreshToken)
{
    const Pending &p = m_queue.front();
    ++m_refreshes;
    qCInfo(lcNet).noquote() << "refreshing" << resourceName(p.resource) << "token for tenant"
                            << p.tenant << "with refresh token" << fingerprint(refreshToken);
    auto *job = TokenRequestJob::refresh(m_session, p.tenant, p.resource, refreshToken, this);
    const QString key = keyOf(p.tenant, p.resource);
    connect(job, &Job::finished, this, [this, job, key] {
        job->deleteLater();
        if (!job->ok()) {
            completeFront(*job->error());
            return;
        }
        const TokenResponse &t = job->value();
        m_cache.insert(key, Cached{t.accessToken, m_session.clock->now().addSecs(t.expiresInSec)});
        if (!t.refreshToken.isEmpty() && t.refreshToken != m_refreshToken) {
            m_refreshToken = t.refreshToken;
            const QString token = t.accessToken;
            QPointer<TokenManager> self(this);
            m_store.write(tokenkeys::refreshToken(), t.refreshToken, [self, token](Status st) {
                if (!self)
                    return;
                if (!st)
                    qCWarning(lcNet) << "cannot store the new refresh token:" << st.error().detail;
                self->completeFront(token);
            });
            return;
        }
        completeFront(t.accessToken);
    });
    job->start();
}

void TokenManager::completeFront(Result<QString> result)
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    Pending p = m_queue.takeFirst();
    m_busy = false;
    for (auto &w : p.waiters)
        w(result);
    QTimer::singleShot(0, this, [this] { pump(); });
}

void TokenManager::acceptSignIn(const TokenResponse &tokens, const QString &tenant,
                                Resource resource, std::function<void(Status)> done)
{
    m_cache.insert(keyOf(tenant, resource),
                   Cached{tokens.accessToken, m_session.clock->now().addSecs(tokens.expiresInSec)});
    if (tokens.refreshToken.isEmpty()) {
        done(Error::make(Error::Kind::Auth,
                         QCoreApplication::translate(
                             "Net", "The sign-in did not grant offline access (no refresh token)."),
                         QStringLiteral("no refresh_token")));
        return;
    }
    m_refreshToken = tokens.refreshToken;
    const QString account = signedInAccount(tokens);
    actor::setSignedIn(account);
    m_store.write(tokenkeys::refreshToken(), tokens.refreshToken,
                  [store = &m_store, account, done = std::move(done)](Status s) {
                      if (!s || account.isEmpty()) {
                          done(s);
                          return;
                      }
                      store->write(tokenkeys::account(), account, done);
                  });
}

void TokenManager::loadAccount(std::function<void()> done)
{
    m_store.read(tokenkeys::account(), [done = std::move(done)](Result<QString> account) {
        if (account.ok())
            actor::setSignedIn(*account);
        done();
    });
}

void TokenManager::signOut(std::function<void(Status)> done)
{
    m_cache.clear();
    m_refreshToken.reset();
    actor::setSignedIn({});
    m_store.clear(std::move(done));
}

} // namespace vigie::net
