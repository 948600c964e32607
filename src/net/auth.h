#pragma once

#include "net/job.h"
#include "net/tokenstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace vigie::net {

// Microsoft identity platform v2.0 (api.md §2), hand-rolled: device code,
// authorization code + PKCE on a loopback redirect, refresh-token grant per
// resource and per tenant.
//
//   interactive (DeviceCodeFlow | AuthCodeFlow) ──TokenResponse──▶
//   TokenManager::acceptSignIn (stores the refresh token) ──▶
//   TokenManager::accessToken(tenant, resource) ─ cache hit ─▶ token
//                                              └ miss: refresh grant at
//                                                {login}/{tenant}/oauth2/v2.0/token,
//                                                new refresh token stored ─▶ token
//   invalid_grant & co ─▶ Error::Kind::Auth (interactive sign-in needed)

struct TokenResponse
{
    QString tokenType;
    QString scope;
    QString accessToken;
    QString refreshToken; // empty when offline_access was not granted
    QString idToken;
    qint64 expiresInSec = 0;
};

// Parses a 200 token body (expires_in as number or string).
Result<TokenResponse> parseTokenResponse(const QByteArray &body);

// Who signed in, from the token answer: the id token's `preferred_username`
// (else `upn`, `unique_name`, `email`), else the same claims of the access
// token when it is a JWT. Empty when neither says. The signature is not
// checked: the name labels the local activity trail, it grants nothing.
QString signedInAccount(const TokenResponse &tokens);

// The typed error for an OAuth error body (api.md §2.1, §2.4). All are
// Error::Kind::Auth: the user has to sign in interactively.
Error oauthError(const QByteArray &body, int httpStatus);

// Scopes of the interactive sign-in: Graph + offline_access openid profile.
QString interactiveScopes();

// RFC 7636.
namespace pkce {
// 64 random characters of [A-Za-z0-9-._~].
QString newVerifier();
bool isValidVerifier(const QString &verifier);
// base64url(SHA-256(verifier)) without padding (S256).
QString challengeFor(const QString &verifier);
// An unguessable `state` value.
QString newState();
} // namespace pkce

// POST {login}/{tenant}/oauth2/v2.0/token with a form; value() is the token response.
class TokenRequestJob : public ValueJob<TokenResponse>
{
public:
    TokenRequestJob(const Session &session, QString tenant, QUrlQuery form,
                    QObject *parent = nullptr);
    // grant_type=refresh_token for one resource (scopeFor(resource)).
    static TokenRequestJob *refresh(const Session &session, const QString &tenant,
                                    Resource resource, const QString &refreshToken,
                                    QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_tenant;
    QUrlQuery m_form;
};

struct DeviceCode
{
    QString userCode;
    QString verificationUri;
    QString message; // Entra's sentence telling the user what to do
    int expiresInSec = 900;
    int intervalSec = 5;
};

// Device authorization grant (RFC 8628 as Entra implements it). Emits
// userCodeReady() once, then polls every `interval` seconds (timeScale applies):
// authorization_pending → keep polling, slow_down → +5 s, any other error stops.
class DeviceCodeFlow : public ValueJob<TokenResponse>
{
    Q_OBJECT
public:
    DeviceCodeFlow(const Session &session, QString tenant = {},
                   QString scopes = interactiveScopes(), QObject *parent = nullptr);
    int currentIntervalSec() const { return m_interval; }
    int polls() const { return m_polls; }

signals:
    void userCodeReady(const vigie::net::DeviceCode &code);

protected:
    void run() override;

private:
    void poll();
    QUrl url(const char *endpoint) const;

    QString m_tenant;
    QString m_scopes;
    QString m_deviceCode; // secret: never logged
    int m_interval = 5;
    int m_polls = 0;
    qint64 m_deadlineMs = 0;
    QTimer m_pollTimer;
};

// Authorization code + PKCE with a loopback redirect (api.md §2.2). Listens on
// 127.0.0.1 (random port), calls `openBrowser` with the authorize URL (the
// caller opens it, prints it, or — in tests — follows it), checks `state`,
// answers the browser with a short page and exchanges the code.
class AuthCodeFlow : public ValueJob<TokenResponse>
{
    Q_OBJECT
public:
    using BrowserOpener = std::function<void(const QUrl &)>;
    AuthCodeFlow(const Session &session, BrowserOpener openBrowser, QString tenant = {},
                 QString scopes = interactiveScopes(), QObject *parent = nullptr);
    ~AuthCodeFlow() override;

    // Fixed verifier/state (tests only).
    void setPkceForTesting(QString verifier, QString state);
    // How long to wait for the browser (default 5 min; timeScale applies).
    void setWaitMs(qint64 ms) { m_waitMs = ms; }

    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString redirectUri() const { return m_redirectUri; }

protected:
    void run() override;

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void exchange(const QString &code);

    BrowserOpener m_openBrowser;
    QString m_tenant;
    QString m_scopes;
    QString m_verifier;
    QString m_state;
    QString m_redirectUri;
    QUrl m_authorizeUrl;
    qint64 m_waitMs = 5 * 60 * 1000;
    QTcpServer *m_server = nullptr;
    QTimer m_userTimer;
    bool m_gotRedirect = false;
};

// Access tokens per (tenant, resource), cached in memory until shortly
// before expiry, refreshed from the one stored refresh token (which is
// replaced by the new one after every grant). Refreshes run one at a time so
// a rotated refresh token is always the one used next.
class TokenManager : public QObject, public TokenProvider
{
    Q_OBJECT
public:
    // `session.tokens` is ignored (token calls are unauthenticated).
    TokenManager(const Session &session, TokenStore &store, QObject *parent = nullptr);

    void accessToken(const QString &tenant, Resource resource,
                     std::function<void(Result<QString>)> done) override;
    void invalidate(const QString &tenant, Resource resource) override;

    // After an interactive sign-in: stores the refresh token and caches the
    // access token for (tenant, resource).
    void acceptSignIn(const TokenResponse &tokens, const QString &tenant, Resource resource,
                      std::function<void(Status)> done);
    // Forgets every cached token and clears the store.
    void signOut(std::function<void(Status)> done);
    // Reads the signed-in account stored by acceptSignIn() and makes it the
    // trail's actor (vigie::actor); `done` runs either way.
    void loadAccount(std::function<void()> done);

    // Refresh this long before expiry (default 5 min).
    void setEarlyRefreshMs(qint64 ms) { m_earlyMs = ms; }
    int refreshCount() const { return m_refreshes; }

private:
    struct Cached
    {
        QString token;
        QDateTime expires;
    };
    struct Pending
    {
        QString tenant;
        Resource resource;
        QList<std::function<void(Result<QString>)>> waiters;
    };
    static QString keyOf(const QString &tenant, Resource resource);
    void pump();
    void refreshWith(const QString &refreshToken);
    void completeFront(Result<QString> result);

    Session m_session;
    TokenStore &m_store;
    QHash<QString, Cached> m_cache;
    QList<Pending> m_queue; // front = in flight
    bool m_busy = false;
    std::optional<QString> m_refreshToken; // loaded lazily
    qint64 m_earlyMs = 5 * 60 * 1000;
    int m_refreshes = 0;
};

} // namespace vigie::net
