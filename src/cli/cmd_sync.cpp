// `vigie sync` and `vigie alerts` (the sync engine's verbs).
#include "cli/cli.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "net/endpoints.h"
#include "sync/engine.h"
#include "sync/netsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QProcessEnvironment>
#include <csignal>

namespace vigie::cli {

int runAlerts(Context &context); // cmd_alerts.cpp

namespace {

sync::SyncEngine *g_engine = nullptr;

int runSync(Context &context)
{
    Io &io = context.io;
    sync::SyncOptions options;
    options.cachePath = context.cachePath;
    if (context.parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        options.days = context.parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || options.days < 1 || options.days > 365) {
            io.err << "vigie: "
                   << QCoreApplication::translate("Sync",
                                                  "--days expects a number of days from 1 to 365.")
                   << '\n';
            return ExitCode::Usage;
        }
    }
    options.customerIds = context.parser.values(QStringLiteral("customer"));
    options.logs = !context.parser.isSet(QStringLiteral("no-logs"));
    options.spend = !context.parser.isSet(QStringLiteral("no-spend"));
    // Client-side Graph report budget per tenant (requests per 10 s); 0 turns
    // it off, for a local simulator without throttling (tests, benchmarks).
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.contains(QStringLiteral("VIGIE_SYNC_LOG_BUDGET"))) {
        bool ok = false;
        const int budget = env.value(QStringLiteral("VIGIE_SYNC_LOG_BUDGET")).toInt(&ok);
        if (ok && budget >= 0)
            options.logRequestsPerWindow = budget;
    }

    const net::Endpoints endpoints =
        net::Endpoints::fromEnvironment(QProcessEnvironment::systemEnvironment());
    if (Status s = endpoints.validate(); !s) {
        io.err << "vigie: " << s.error().message << '\n';
        return ExitCode::Failure;
    }

    sync::SyncEngine engine(sync::netSourceFactory(endpoints));
    g_engine = &engine;
    QEventLoop loop;
    sync::RunResult result;
    QElapsedTimer lastReport;
    lastReport.start();
    QObject::connect(&engine, &sync::SyncEngine::progress, &loop, [&](const sync::Progress &p) {
        for (const sync::StreamProgress &s : p.changed) {
            if (s.state == sync::StreamProgress::State::Failed)
                io.err
                    << QCoreApplication::translate("Sync", "%1: failed: %2").arg(s.stream, s.error)
                    << '\n';
            else if (s.state == sync::StreamProgress::State::Unavailable)
                io.err << QCoreApplication::translate("Sync", "%1: not available: %2")
                              .arg(s.stream, s.error)
                       << '\n';
        }
        if (p.compacting) {
            io.err << QCoreApplication::translate(
                          "Sync", "Compacting the cache after a large sync (this can take a "
                                  "minute; nothing is lost if it is interrupted)…")
                   << '\n';
        } else if (lastReport.elapsed() >= 1000) {
            lastReport.restart();
            io.err << QCoreApplication::translate("Sync", "Sync: %1 of %2 streams done, %3 items")
                          .arg(p.streamsDone + p.streamsFailed)
                          .arg(p.streamsTotal)
                          .arg(QLocale().toString(p.items))
                   << '\n';
        }
        io.err.flush();
    });
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop, [&](const sync::RunResult &r) {
        result = r;
        loop.quit();
    });
    // Ctrl-C cancels cleanly: the page being written commits or rolls back whole.
    std::signal(SIGINT, [](int) {
        if (g_engine)
            QMetaObject::invokeMethod(g_engine, &sync::SyncEngine::cancel, Qt::QueuedConnection);
    });
    engine.start(options);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    g_engine = nullptr;

    if (result.hasFatal) {
        io.err << "vigie: " << result.fatal.message << '\n';
        return ExitCode::Failure;
    }
    const int failed = result.failedCount();
    io.err << QCoreApplication::translate("Sync", "Sync finished: %1 streams, %2 failed, %3 items.")
                  .arg(result.streams.size())
                  .arg(failed)
                  .arg(QLocale().toString(result.items))
           << '\n';
    if (const int unavailable = result.unavailableCount(); unavailable > 0)
        io.err << QCoreApplication::translate(
                      "Sync",
                      "%n log stream(s) not available for the tenant's licence (not a failure; "
                      "asked again once a day).",
                      nullptr, unavailable)
               << '\n';
    if (result.signInRequired) {
        io.err << "vigie: "
               << QCoreApplication::translate("Sync",
                                              "Sign-in required: run \"vigie login\" first.")
               << '\n';
        return ExitCode::SignInRequired;
    }
    if (result.cancelled) {
        io.err << "vigie: " << QCoreApplication::translate("Sync", "Sync cancelled.") << '\n';
        return ExitCode::Failure;
    }
    if (failed == 0)
        return ExitCode::Ok;
    return failed == int(result.streams.size()) ? ExitCode::Failure : ExitCode::Partial;
}

} // namespace

void registerSyncCommands()
{
    setHandler(QStringLiteral("sync"), runSync);
    setHandler(QStringLiteral("alerts"), runAlerts);
}

} // namespace vigie::cli
