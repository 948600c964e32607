#pragma once

#include "gui/account.h"
#include "net/endpoints.h"
#include "net/job.h"
#include "sync/engine.h"
#include "sync/pushengine.h"

#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QProcessEnvironment;

namespace vigie::net {
class TokenStore;
class TokenManager;
} // namespace vigie::net

namespace vigie::app {

// The analyst's sign-in over the real services: device code and browser flows
// on `session` (nam and endpoints), tokens kept by `tokens`.
class NetAccount final : public gui::Account
{
public:
    // `session.nam` and `tokens` are not owned and must outlive the account.
    NetAccount(const net::Session &session, net::TokenManager &tokens);

    QString tenant() const override;
    net::ValueJob<net::TokenResponse> *
    createBrowserFlow(std::function<void(const QUrl &)> openAuthorizeUrl, QObject *parent) override;
    net::DeviceCodeFlow *createDeviceCodeFlow(QObject *parent) override;
    void acceptSignIn(const net::TokenResponse &tokens, std::function<void(Status)> done) override;
    void signOut(std::function<void(Status)> done) override;

private:
    net::Session m_session;
    net::TokenManager &m_tokens;
};

// What the dashboard is wired to: the network access manager of interactive
// sign-in, the token store and manager, the Account the window shows and the
// sync source factory. Built by the app from the environment (or for the
// demo); the GUI gets the pieces through MainWindow::Options.
class Services : public QObject
{
    Q_OBJECT
public:
    Services(const net::Endpoints &endpoints, std::unique_ptr<net::TokenStore> tokenStore,
             sync::SourceFactory cloud, QObject *parent = nullptr);
    ~Services() override;

    // The real services: endpoints and sources from `env`, the token store
    // VIGIE_TOKEN_STORE picks.
    static std::unique_ptr<Services> fromEnvironment(const QProcessEnvironment &env);

    gui::Account &account() { return *m_account; }
    net::TokenManager &tokens() { return *m_tokens; }
    sync::SourceFactory sourceFactory() const { return m_cloud; }
    const net::Endpoints &endpoints() const { return m_endpoints; }
    // What the window pushes the outbox through (on its push thread).
    sync::PushChannelFactory pushFactory() const { return m_push; }
    void setPushFactory(sync::PushChannelFactory push) { m_push = std::move(push); }
    net::TokenStore &tokenStore() { return *m_tokenStore; }

private:
    net::Endpoints m_endpoints;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<net::TokenStore> m_tokenStore;
    std::unique_ptr<net::TokenManager> m_tokens;
    std::unique_ptr<NetAccount> m_account;
    sync::SourceFactory m_cloud;
    sync::PushChannelFactory m_push;
};

} // namespace vigie::app
