#include "cli/cmd_login.h"

#include "cli/cli.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "net/auth.h"
#include "net/endpoints.h"
#include "net/tokenstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace vigie::cli {

namespace {

int failWith(Io &io, const Error &e)
{
    io.err << "vigie: " << e.message << '\n';
    io.err.flush();
    return e.kind == Error::Kind::Auth ? ExitCode::SignInRequired : ExitCode::Failure;
}

Status waitStatus(const std::function<void(std::function<void(Status)>)> &op)
{
    QEventLoop loop;
    std::optional<Status> result;
    op([&](Status s) {
        result = s;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

int login(Context &ctx)
{
    Io &io = ctx.io;
    const net::Endpoints endpoints =
        net::Endpoints::fromEnvironment(QProcessEnvironment::systemEnvironment());
    if (const Status st = endpoints.validate(); !st)
        return failWith(io, st.error());
    if (endpoints.clientId.isEmpty()) {
        io.err << "vigie: "
               << QCoreApplication::translate(
                      "Net", "No app registration: set VIGIE_CLIENT_ID to the application id.")
               << '\n';
        return ExitCode::Failure;
    }
    QNetworkAccessManager nam;
    net::Session session;
    session.nam = &nam;
    session.endpoints = endpoints;
    auto store = net::makeTokenStore();
    net::TokenManager tokens(session, *store);

    net::ValueJob<net::TokenResponse> *flow = nullptr;
    if (ctx.parser.isSet(QStringLiteral("device-code"))) {
        auto *dc = new net::DeviceCodeFlow(session);
        QObject::connect(
            dc, &net::DeviceCodeFlow::userCodeReady, dc, [&io](const net::DeviceCode &code) {
                // In the analyst's language, with the address the
                // server sent (its own message is English only).
                io.err << (code.verificationUri.isEmpty()
                               ? code.message
                               : QCoreApplication::translate(
                                     "Net", "To sign in, open %1 and enter the code %2.")
                                     .arg(code.verificationUri, code.userCode))
                       << '\n';
                io.err.flush();
            });
        flow = dc;
    } else {
        flow = new net::AuthCodeFlow(session, [&io](const QUrl &url) {
            io.err << QCoreApplication::translate("Net",
                                                  "Open this address in a web browser to sign in:")
                   << '\n'
                   << url.toString(QUrl::FullyEncoded) << '\n'
                   << QCoreApplication::translate("Net", "Waiting for the browser...") << '\n';
            io.err.flush();
        });
    }
    std::unique_ptr<net::Job> owner(flow);
    QEventLoop loop;
    QObject::connect(flow, &net::Job::finished, &loop, &QEventLoop::quit);
    flow->start();
    loop.exec();
    if (!flow->ok())
        return failWith(io, *flow->error());

    const QString tenant =
        endpoints.tenant.isEmpty() ? QStringLiteral("organizations") : endpoints.tenant;
    const net::TokenResponse tr = flow->value();
    const Status st = waitStatus([&](std::function<void(Status)> done) {
        tokens.acceptSignIn(tr, tenant, net::Resource::Graph, std::move(done));
    });
    if (!st)
        return failWith(io, st.error());
    io.err << QCoreApplication::translate("Net", "Signed in.") << '\n';
    return ExitCode::Ok;
}

int logout(Context &ctx)
{
    auto store = net::makeTokenStore();
    const Status st =
        waitStatus([&](std::function<void(Status)> done) { store->clear(std::move(done)); });
    if (!st)
        return failWith(ctx.io, st.error());
    ctx.io.err << QCoreApplication::translate("Net", "Signed out: the stored tokens were removed.")
               << '\n';
    return ExitCode::Ok;
}

} // namespace

void registerLoginVerbs()
{
    setHandler(QStringLiteral("login"), login);
    setHandler(QStringLiteral("logout"), logout);
}

} // namespace vigie::cli
