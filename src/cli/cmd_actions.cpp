// `vigie resolve`, `vigie suspend` and `vigie push`: the action layer's verbs.
// Every action goes to the outbox first; unless --offline, the outbox is then
// pushed from this process.
#include "cli/cli.h"
#include "cli/cmd_login.h"
#include "cli/existingcache.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "core/actor.h"
#include "core/displaytext.h"
#include "net/auth.h"
#include "net/endpoints.h"
#include "net/tokenstore.h"
#include "store/cache.h"
#include "store/outbox.h"
#include "sync/actions.h"
#include "sync/pusher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTextStream>
#include <cstdio>

namespace vigie::cli {

namespace {

// Who acts, for the activity trail: the account of the last `vigie login`
// (else the local account).
QString localActor()
{
    static const bool loaded = (loadSignedInActor(), true);
    Q_UNUSED(loaded);
    return actor::current();
}

QString stateLabel(ActionState::Enum s)
{
    switch (s) {
    case ActionState::Enum::Queued:
        return QCoreApplication::translate("Actions", "queued");
    case ActionState::Enum::Sending:
        return QCoreApplication::translate("Actions", "sending");
    case ActionState::Enum::Done:
        return QCoreApplication::translate("Actions", "done");
    case ActionState::Enum::Failed:
        return QCoreApplication::translate("Actions", "failed");
    case ActionState::Enum::Conflict:
        return QCoreApplication::translate("Actions", "conflict");
    default:
        return {};
    }
}

// Pushes the whole outbox and reports every action; the exit code says
// whether anything is left (4) or nobody is signed in (3).
int pushOutbox(Context &context, store::Database &db)
{
    Io &io = context.io;
    const net::Endpoints endpoints =
        net::Endpoints::fromEnvironment(QProcessEnvironment::systemEnvironment());
    if (Status s = endpoints.validate(); !s) {
        io.err << "vigie: " << s.error().message << '\n';
        return ExitCode::Failure;
    }
    QNetworkAccessManager nam;
    net::Session session;
    session.nam = &nam;
    session.endpoints = endpoints;
    auto tokenStore = net::makeTokenStore();
    net::TokenManager tokens(session, *tokenStore);
    session.tokens = &tokens;

    sync::OutboxPusher pusher(db, session, SystemClock::instance(), localActor());
    sync::PushReport report;
    QEventLoop loop;
    QObject::connect(&pusher, &sync::OutboxPusher::progress, &loop, [&](int done, int total) {
        if (total > 1)
            io.err << QCoreApplication::translate("Actions", "Pushing action %1 of %2…")
                          .arg(done + 1)
                          .arg(total)
                   << '\n';
        io.err.flush();
    });
    QObject::connect(&pusher, &sync::OutboxPusher::finished, &loop, [&](const sync::PushReport &r) {
        report = r;
        loop.quit();
    });
    pusher.start();
    loop.exec();

    for (const sync::PushOutcome &o : report.outcomes)
        io.out << displayText(o.targetId) << "  " << stateLabel(o.state) << "  "
               << displayText(o.message) << "  [" << o.requestId << "]\n";
    store::Outbox outbox(db);
    const qint64 queued = outbox.countInState(ActionState::Enum::Queued);
    const qint64 failed = outbox.countInState(ActionState::Enum::Failed);
    const qint64 conflicts = outbox.countInState(ActionState::Enum::Conflict);
    if (report.signInRequired) {
        io.err << "vigie: "
               << QCoreApplication::translate("Sync",
                                              "Sign-in required: run \"vigie login\" first.")
               << '\n';
        return ExitCode::SignInRequired;
    }
    if (report.offline)
        io.err << "vigie: "
               << QCoreApplication::translate(
                      "Actions", "The service could not be reached; queued actions are kept.")
               << '\n';
    if (queued + failed + conflicts > 0) {
        io.err << QCoreApplication::translate("Actions", "%1 queued, %2 failed, %3 in conflict.")
                      .arg(queued)
                      .arg(failed)
                      .arg(conflicts)
               << '\n';
        return ExitCode::Partial;
    }
    io.err << QCoreApplication::translate("Actions", "Every action is done.") << '\n';
    return ExitCode::Ok;
}

// After queueing: says how many, then pushes unless --offline (exit 4: they
// wait in the outbox).
int queuedThenPushed(Context &context, store::Database &db, int count)
{
    context.io.err << QCoreApplication::translate("Actions", "%n action(s) queued.", nullptr, count)
                   << '\n';
    if (context.parser.isSet(QStringLiteral("offline"))) {
        context.io.err << QCoreApplication::translate("Actions", "Run \"vigie push\" to send them.")
                       << '\n';
        return ExitCode::Partial;
    }
    return pushOutbox(context, db);
}

// Asks on the terminal; refuses (usage error) when nobody can answer.
bool confirmed(Context &context, const QString &question, const QString &expected, int *exitCode)
{
    Io &io = context.io;
    if (context.parser.isSet(QStringLiteral("yes")))
        return true;
    if (!io.stdinIsTerminal) {
        io.err << "vigie: "
               << QCoreApplication::translate(
                      "Actions",
                      "Refusing to act without confirmation: standard input is not a terminal. "
                      "Add --yes to confirm.")
               << '\n';
        *exitCode = ExitCode::Usage;
        return false;
    }
    io.err << question << ' ';
    io.err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    const bool ok = expected.isEmpty()
                        ? (answer.compare(QCoreApplication::translate("Actions", "y"),
                                          Qt::CaseInsensitive) == 0 ||
                           answer.compare(QStringLiteral("y"), Qt::CaseInsensitive) == 0)
                        : answer.compare(expected, Qt::CaseInsensitive) == 0;
    if (!ok) {
        io.err << QCoreApplication::translate("Actions", "Nothing was queued.") << '\n';
        *exitCode = ExitCode::Failure;
    }
    return ok;
}

// A usage error of a verb: the message, then its usage line.
int usage(Context &context, const QString &verb, const QString &message)
{
    context.io.err << "vigie: " << message << '\n';
    if (const Verb *v = findVerb(verb))
        context.io.err << QCoreApplication::translate("Cli", "Usage: vigie %1 %2")
                              .arg(v->name, v->synopsis)
                              .trimmed()
                       << '\n';
    return ExitCode::Usage;
}

int runResolve(Context &context)
{
    Io &io = context.io;
    const QStringList ids = context.parser.positionalArguments().mid(1);
    const bool bulk = context.parser.isSet(QStringLiteral("older-than"));
    if (ids.isEmpty() == !bulk)
        return usage(
            context, QStringLiteral("resolve"),
            QCoreApplication::translate(
                "Actions", "Give alert ids, or --older-than DAYS for the backlog, not both."));
    const auto resolution =
        sync::resolutionFromName(context.parser.value(QStringLiteral("reason")));
    if (!resolution) {
        io.err << "vigie: " << QCoreApplication::translate("Actions", "Unknown reason.") << '\n';
        return ExitCode::Usage;
    }
    auto db = openExistingCache(context);
    if (!db) {
        io.err << "vigie: " << db.error().message << '\n';
        return ExitCode::Failure;
    }
    sync::ActionQueue queue(**db, SystemClock::instance(), localActor());
    QStringList targets = ids;
    if (bulk) {
        bool ok = false;
        const int days = context.parser.value(QStringLiteral("older-than")).toInt(&ok);
        if (!ok || days < 1 || days > 3650)
            return usage(context, QStringLiteral("resolve"),
                         QCoreApplication::translate(
                             "Actions", "--older-than expects a number of days from 1 to 3650."));
        auto backlog = queue.backlog(days);
        if (!backlog) {
            io.err << "vigie: " << backlog.error().message << '\n';
            return ExitCode::Failure;
        }
        if (backlog->isEmpty()) {
            io.err << QCoreApplication::translate(
                          "Actions", "No open alert is older than %n day(s).", nullptr, days)
                   << '\n';
            return ExitCode::Ok;
        }
        // One confirmation, with the count per customer.
        QMap<QString, int> perCustomer;
        targets.clear();
        for (const store::AlertTarget &a : *backlog) {
            ++perCustomer[a.customerName.isEmpty() ? a.customerId : a.customerName];
            targets << a.id;
        }
        // Two counts, two plurals: "%1" is "%n day(s)" of its own.
        io.err << QCoreApplication::translate("Actions", "%n open alert(s) older than %1:", nullptr,
                                              int(targets.size()))
                      .arg(QCoreApplication::translate("Actions", "%n day(s)", nullptr, days))
               << '\n';
        for (auto it = perCustomer.cbegin(); it != perCustomer.cend(); ++it)
            io.err << "  " << displayText(it.key()) << ": " << it.value() << '\n';
        int code = ExitCode::Ok;
        if (!confirmed(context,
                       QCoreApplication::translate("Actions", "Resolve them all as %1? [y/N]")
                           .arg(context.parser.value(QStringLiteral("reason"))),
                       {}, &code))
            return code;
    }
    auto queued = queue.resolve(targets, *resolution, context.parser.value(QStringLiteral("note")));
    if (!queued) {
        io.err << "vigie: " << queued.error().message << '\n';
        return queued.error().kind == Error::Kind::NotFound ? ExitCode::Usage : ExitCode::Failure;
    }
    return queuedThenPushed(context, **db, int(queued->size()));
}

int runSuspend(Context &context)
{
    Io &io = context.io;
    auto db = openExistingCache(context);
    if (!db) {
        io.err << "vigie: " << db.error().message << '\n';
        return ExitCode::Failure;
    }
    sync::ActionQueue queue(**db, SystemClock::instance(), localActor());
    auto plan = queue.planSuspend(context.parser.value(QStringLiteral("customer")),
                                  context.parser.value(QStringLiteral("subscription")),
                                  context.parser.isSet(QStringLiteral("whole-plan")));
    if (!plan) {
        io.err << "vigie: " << plan.error().message << '\n';
        return plan.error().kind == Error::Kind::Generic ? ExitCode::Failure : ExitCode::Usage;
    }
    const QString customer =
        displayText(plan->customerName.isEmpty() ? plan->customerId : plan->customerName);
    int code = ExitCode::Ok;
    if (plan->kind == sync::SuspendPlan::Kind::CancelEntitlement) {
        io.err << QCoreApplication::translate(
                      "Actions",
                      "Cancel the Azure subscription %1 (%2) of %3, under the plan %4, for "
                      "compromise.")
                      .arg(plan->entitlementId, displayText(plan->entitlementName), customer,
                           displayText(plan->subscriptionName))
               << '\n';
        if (!confirmed(context, QCoreApplication::translate("Actions", "Cancel it? [y/N]"), {},
                       &code))
            return code;
    } else {
        io.err << QCoreApplication::translate("Actions", "Suspend the subscription %1 (%2) of %3.")
                      .arg(plan->subscriptionId, displayText(plan->subscriptionName), customer)
               << '\n';
        if (plan->azurePlan)
            io.err << QCoreApplication::translate(
                          "Actions",
                          "Warning: this is an Azure plan; suspending it stops EVERY Azure "
                          "subscription under it.")
                   << '\n';
        if (!confirmed(
                context,
                QCoreApplication::translate("Actions", "Type the customer's name (%1) to confirm:")
                    .arg(customer),
                plan->customerName.isEmpty() ? plan->customerId : plan->customerName, &code))
            return code;
    }
    auto queued = queue.queueSuspend(*plan);
    if (!queued) {
        io.err << "vigie: " << queued.error().message << '\n';
        return ExitCode::Failure;
    }
    return queuedThenPushed(context, **db, 1);
}

int runPush(Context &context)
{
    auto db = openExistingCache(context);
    if (!db) {
        context.io.err << "vigie: " << db.error().message << '\n';
        return ExitCode::Failure;
    }
    return pushOutbox(context, **db);
}

} // namespace

void registerActionCommands()
{
    setHandler(QStringLiteral("resolve"), runResolve);
    setHandler(QStringLiteral("suspend"), runSuspend);
    setHandler(QStringLiteral("push"), runPush);
}

} // namespace vigie::cli
