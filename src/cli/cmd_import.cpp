// `vigie import FILE... [--customer ID]`: log files into the cache (api.md §8),
// then the detection engine evaluates the new events.
#include "analytics/detectionservice.h"
#include "cli/cli.h"
#include "cli/cmd_login.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "core/actor.h"
#include "core/timeutil.h"
#include "import/importer.h"
#include "store/activitylog.h"
#include "store/cache.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace vigie::cli {

namespace {

int runImport(Context &context)
{
    loadSignedInActor(); // the trail records who imported
    Io &io = context.io;
    const QStringList files = context.parser.positionalArguments().mid(1);
    const QString customer = context.parser.value(QStringLiteral("customer")).trimmed();

    auto opened = store::openCache(context.cachePath);
    if (!opened) {
        io.err << "vigie: " << opened.error().message << '\n';
        return ExitCode::Failure;
    }
    store::Database &db = *opened.value();

    int code = ExitCode::Ok;
    QStringList customers;
    for (const QString &file : files) {
        const QString name = QDir::toNativeSeparators(file);
        import::ImportOptions options;
        options.customerId = customer;
        int lastPercent = -1;
        options.progress = [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent / 10 != lastPercent / 10) {
                lastPercent = percent;
                io.err
                    << QCoreApplication::translate("Import", "%1: %2% read").arg(name).arg(percent)
                    << '\n';
                io.err.flush();
            }
        };
        auto result = import::importFile(db, file, options);
        if (!result) {
            io.err << "vigie: " << result.error().message << '\n';
            io.err.flush();
            code = ExitCode::Failure;
            continue;
        }
        const import::ImportReport &r = result.value();
        // The activity trail records every import (as the window's File › Import does).
        store::ActivityEntry entry;
        entry.atMs = QDateTime::currentMSecsSinceEpoch();
        entry.actor = actor::current();
        entry.verb = QStringLiteral("import");
        entry.objectKind = QStringLiteral("customer");
        entry.objectId = r.customers.value(0);
        entry.detail = QJsonObject{{QStringLiteral("customerId"), r.customers.value(0)},
                                   {QStringLiteral("note"), name},
                                   {QStringLiteral("taken"), double(r.taken)},
                                   {QStringLiteral("rejected"), double(r.rejected)},
                                   {QStringLiteral("result"), QStringLiteral("done")}};
        if (auto a = store::ActivityLog(db).append(entry); !a)
            io.err << "vigie: " << a.error().message << '\n';
        io.out << QCoreApplication::translate("Import", "%1: %2")
                      .arg(name, import::formatDescription(r.format))
               << '\n';
        io.out << "  "
               << QCoreApplication::translate(
                      "Import", "taken %1 (sign-ins %2, audits %3), duplicates %4, rejected %5")
                      .arg(r.taken)
                      .arg(r.signIns)
                      .arg(r.audits)
                      .arg(r.duplicates)
                      .arg(r.rejected)
               << '\n';
        for (const import::Rejection &rej : r.rejections) {
            io.out << "  "
                   << (rej.line > 0
                           ? QCoreApplication::translate("Import", "record %1 (line %2): %3")
                                 .arg(rej.record)
                                 .arg(rej.line)
                           : QCoreApplication::translate("Import", "record %1: %2").arg(rej.record))
                          .arg(rej.reason)
                   << '\n';
        }
        if (r.rejected > r.rejections.size())
            io.out << "  "
                   << QCoreApplication::translate("Import", "… and %1 more rejected")
                          .arg(r.rejected - r.rejections.size())
                   << '\n';
        if (r.truncated) {
            io.out << "  " << QCoreApplication::translate("Import", "warning: %1").arg(r.truncation)
                   << '\n';
            code = ExitCode::Failure;
        }
        for (const QString &c : r.customers) {
            if (!customers.contains(c))
                customers << c;
        }
        io.out.flush();
    }

    // The detection engine looks at what is new for each customer touched.
    if (!customers.isEmpty()) {
        analytics::DetectionService detection(SystemClock::instance());
        if (auto catalog = detection.catalog(); !catalog) {
            io.err << "vigie: " << catalog.error().message << '\n';
            return ExitCode::Failure;
        }
        for (const QString &c : std::as_const(customers)) {
            auto stats = detection.evaluateNew(db, c);
            if (!stats) {
                io.err << "vigie: " << stats.error().message << '\n';
                code = ExitCode::Failure;
                continue;
            }
            io.out << QCoreApplication::translate(
                          "Import",
                          "Detections for %1: %2 events evaluated, %3 new findings, %4 updated")
                          .arg(c)
                          .arg(stats->events)
                          .arg(stats->findingsCreated)
                          .arg(stats->findingsUpdated)
                   << '\n';
        }
    }
    io.out.flush();
    io.err.flush();
    return code;
}

} // namespace

void registerImportCommand()
{
    setHandler(QStringLiteral("import"), runImport);
}

} // namespace vigie::cli
