#include "app/services.h"

#include "net/auth.h"
#include "net/tokenstore.h"
#include "sync/netsource.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace vigie::app {

NetAccount::NetAccount(const net::Session &session, net::TokenManager &tokens)
    : m_session(session), m_tokens(tokens)
{
    m_session.tokens = nullptr; // sign-in calls are unauthenticated
}

QString NetAccount::tenant() const
{
    return m_session.endpoints.tenant.isEmpty() ? QStringLiteral("organizations")
                                                : m_session.endpoints.tenant;
}

net::ValueJob<net::TokenResponse> *
NetAccount::createBrowserFlow(std::function<void(const QUrl &)> openAuthorizeUrl, QObject *parent)
{
    return new net::AuthCodeFlow(m_session, std::move(openAuthorizeUrl), tenant(),
                                 net::interactiveScopes(), parent);
}

net::DeviceCodeFlow *NetAccount::createDeviceCodeFlow(QObject *parent)
{
    return new net::DeviceCodeFlow(m_session, tenant(), net::interactiveScopes(), parent);
}

void NetAccount::acceptSignIn(const net::TokenResponse &tokens, std::function<void(Status)> done)
{
    m_tokens.acceptSignIn(tokens, tenant(), net::Resource::Graph, std::move(done));
}

void NetAccount::signOut(std::function<void(Status)> done)
{
    m_tokens.signOut(std::move(done));
}

Services::Services(const net::Endpoints &endpoints, std::unique_ptr<net::TokenStore> tokenStore,
                   sync::SourceFactory cloud, QObject *parent)
    : QObject(parent), m_endpoints(endpoints), m_nam(new QNetworkAccessManager(this)),
      m_tokenStore(std::move(tokenStore)), m_cloud(std::move(cloud))
{
    net::Session session;
    session.nam = m_nam;
    session.endpoints = m_endpoints;
    m_tokens = std::make_unique<net::TokenManager>(session, *m_tokenStore);
    m_account = std::make_unique<NetAccount>(session, *m_tokens);
    // The trail names the analyst signed in at the last run.
    m_tokens->loadAccount([] {});
}

Services::~Services() = default;

std::unique_ptr<Services> Services::fromEnvironment(const QProcessEnvironment &env)
{
    const net::Endpoints endpoints = net::Endpoints::fromEnvironment(env);
    auto services = std::make_unique<Services>(endpoints, net::makeTokenStore(),
                                               sync::netSourceFactory(endpoints));
    services->setPushFactory(sync::netPushChannelFactory(endpoints));
    return services;
}

} // namespace vigie::app
