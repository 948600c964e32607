#include "app/reportverb.h"

#include "cli/cli.h"
#include "cli/existingcache.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "gui/report/casereport.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace vigie::app {

namespace {

int runReport(cli::Context &context)
{
    cli::Io &io = context.io;
    auto db = cli::openExistingCache(context);
    if (!db) {
        io.err << "vigie: " << db.error().message << '\n';
        return cli::ExitCode::Failure;
    }
    const QString customer = context.parser.value(QStringLiteral("customer")).trimmed();
    const QString output = context.parser.value(QStringLiteral("output"));
    // The response checklist comes from the cache (the analyst's ticks).
    if (Status s = report::writeCaseReport(**db, customer, output, context.language); !s) {
        io.err << "vigie: " << s.error().message << '\n';
        return cli::ExitCode::Failure;
    }
    io.err << QCoreApplication::translate("Cli", "Case report written to %1.")
                  .arg(QDir::toNativeSeparators(output))
           << '\n';
    return cli::ExitCode::Ok;
}

} // namespace

bool verbNeedsWidgets(const QStringList &arguments)
{
    return cli::verbName(arguments) == u"report";
}

void registerReportVerb()
{
    cli::setHandler(QStringLiteral("report"), runReport);
}

} // namespace vigie::app
