#pragma once

#include "core/result.h"
#include "net/auth.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace vigie::gui {

// The analyst's Microsoft sign-in as the dashboard sees it. src/app builds
// the network access, the token store and the flows behind it; the GUI only
// shows a flow it is given and reports what the analyst chose.
class Account
{
public:
    virtual ~Account() = default;

    // The tenant the interactive flows sign in to.
    virtual QString tenant() const = 0;
    // A browser sign-in (authorization code + PKCE on a loopback redirect),
    // not started yet; `openAuthorizeUrl` gets the address to open or show.
    virtual net::ValueJob<net::TokenResponse> *
    createBrowserFlow(std::function<void(const QUrl &)> openAuthorizeUrl, QObject *parent) = 0;
    // A device code sign-in, not started yet.
    virtual net::DeviceCodeFlow *createDeviceCodeFlow(QObject *parent) = 0;
    // Keeps the refresh token of a finished flow.
    virtual void acceptSignIn(const net::TokenResponse &tokens,
                              std::function<void(Status)> done) = 0;
    // Forgets every token.
    virtual void signOut(std::function<void(Status)> done) = 0;
};

} // namespace vigie::gui
