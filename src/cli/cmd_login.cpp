#include "cli/cmd_login.h"

#include "cli/cli.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "core/actor.h"
#include "net/auth.h"
#include "net/endpoints.h"
#include "net/tokenstore.h"
#include "store/activitylog.h"
#include "store/cache.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
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

// Sign-ins and sign-outs belong in the activity trail like the window's.
// The trail lives in the cache, so a first `vigie login` creates it; a cache
// that cannot be written costs a warning, not the sign-in.
void recordInTrail(Context &ctx, const QString &who, const QString &verb, const QString &tenant)
{
    auto db = store::openCache(ctx.cachePath);
    Status appended = db ? Status() : Status(db.error());
    if (db) {
        store::ActivityEntry e;
        e.atMs = QDateTime::currentMSecsSinceEpoch();
        e.actor = who;
        e.verb = verb;
        e.objectKind = QStringLiteral("tenant");
        e.objectId = tenant;
        e.detail = QJsonObject{{QStringLiteral("result"), QStringLiteral("done")},
                               {QStringLiteral("objectId"), tenant}};
        if (auto r = store::ActivityLog(**db).append(e); !r)
            appended = r.error();
    }
    if (!appended)
        ctx.io.err << "vigie: "
                   << QCoreApplication::translate("Net", "Not recorded in the activity trail: %1")
                          .arg(appended.error().message)
                   << '\n';
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
    const QString who = actor::signedIn();
    io.err << (who.isEmpty() ? QCoreApplication::translate("Net", "Signed in.")
                             : QCoreApplication::translate("Net", "Signed in as %1.").arg(who))
           << '\n';
    recordInTrail(ctx, actor::current(), QStringLiteral("sign-in"), tenant);
    return ExitCode::Ok;
}

int logout(Context &ctx)
{
    loadSignedInActor(); // the trail names who signed out
    const QString who = actor::current();
    auto store = net::makeTokenStore();
    const Status st =
        waitStatus([&](std::function<void(Status)> done) { store->clear(std::move(done)); });
    if (!st)
        return failWith(ctx.io, st.error());
    ctx.io.err << QCoreApplication::translate("Net", "Signed out: the stored tokens were removed.")
               << '\n';
    actor::setSignedIn({});
    const QString tenant =
        net::Endpoints::fromEnvironment(QProcessEnvironment::systemEnvironment()).tenant;
    if (QFile::exists(ctx.cachePath)) // no trail to record in before the first sync
        recordInTrail(ctx, who, QStringLiteral("sign-out"), tenant);
    return ExitCode::Ok;
}

} // namespace

void loadSignedInActor()
{
    auto store = net::makeTokenStore();
    QEventLoop loop;
    bool finished = false;
    store->read(net::tokenkeys::account(), [&](Result<QString> account) {
        if (account.ok())
            actor::setSignedIn(*account);
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

void registerLoginVerbs()
{
    setHandler(QStringLiteral("login"), login);
    setHandler(QStringLiteral("logout"), logout);
}

} // namespace vigie::cli
