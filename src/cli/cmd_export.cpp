// `vigie export alerts|findings|spend|activity --format csv|json -o FILE`:
// the export layer (src/export) on the cache; the window runs the same code.
#include "cli/cli.h"
#include "cli/existingcache.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "export/exporter.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace vigie::cli {

namespace {

int runExport(Context &context)
{
    Io &io = context.io;
    const auto dataset = exporting::datasetFromName(context.parser.positionalArguments().value(1));
    const auto format = exporting::formatFromName(context.parser.value(QStringLiteral("format")));
    if (!dataset || !format)
        return ExitCode::Usage; // the table's choices already refused these
    auto db = openExistingCache(context);
    if (!db) {
        io.err << "vigie: " << db.error().message << '\n';
        return ExitCode::Failure;
    }
    exporting::ExportOptions options;
    options.dataset = *dataset;
    options.format = *format;
    options.path = context.parser.value(QStringLiteral("output"));
    options.language = context.language;
    options.filter.customerId = context.parser.value(QStringLiteral("customer")).trimmed();
    if (*dataset == exporting::Dataset::Alerts) {
        options.filter.status = context.parser.value(QStringLiteral("status"));
        options.filter.severity = context.parser.value(QStringLiteral("severity"));
    } else if (context.parser.isSet(QStringLiteral("status")) ||
               context.parser.isSet(QStringLiteral("severity"))) {
        io.err << "vigie: "
               << QCoreApplication::translate("Cli",
                                              "--status and --severity only apply to alerts.")
               << '\n';
        return ExitCode::Usage;
    }
    auto done = exporting::exportData(**db, options);
    if (!done) {
        io.err << "vigie: " << done.error().message << '\n';
        return ExitCode::Failure;
    }
    io.err << QCoreApplication::translate("Cli", "%n row(s) written to %1.", nullptr,
                                          int(done->rows))
                  .arg(QDir::toNativeSeparators(options.path))
           << '\n';
    return ExitCode::Ok;
}

} // namespace

void registerExportCommand()
{
    setHandler(QStringLiteral("export"), runExport);
}

} // namespace vigie::cli
