// `vigie alerts`: the alert queue from the cache only (works offline).
#include "cli/cli.h"
#include "cli/existingcache.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "core/displaytext.h"
#include "core/enums.h"
#include "core/timeutil.h"
#include "export/exporter.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/syncstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace vigie::cli {

namespace {

// Spreadsheets run cells that start with = + - @ tab or CR as formulas.
QString csvCell(QString v)
{
    if (!v.isEmpty() && (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@' ||
                         v[0] == u'\t' || v[0] == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return v;
}

QString wireTime(qint64 ms)
{
    return ms > 0 ? formatWireDateTime(fromEpochMs(ms)) : QString();
}

QString localTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(fromEpochMs(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

} // namespace

int runAlerts(Context &context)
{
    Io &io = context.io;
    auto db = openExistingCache(context);
    if (!db) {
        io.err << "vigie: " << db.error().message << '\n';
        return ExitCode::Failure;
    }
    store::AlertFilter filter;
    filter.status = context.parser.value(QStringLiteral("status"));
    filter.severity = context.parser.value(QStringLiteral("severity"));
    filter.customerId = context.parser.value(QStringLiteral("customer"));
    auto rows = store::AlertRepository(**db).list(filter);
    if (!rows) {
        io.err << "vigie: " << rows.error().message << '\n';
        return ExitCode::Failure;
    }
    const QString format = context.parser.isSet(QStringLiteral("format"))
                               ? context.parser.value(QStringLiteral("format"))
                               : QStringLiteral("table");

    if (format == u"json") {
        // Graph property names: the objects as received (as the JSON export writes them).
        io.out << "[";
        for (qsizetype i = 0; i < rows->size(); ++i)
            io.out << (i ? ",\n" : "\n") << QString::fromUtf8(exporting::alertJson(rows->at(i)));
        io.out << (rows->isEmpty() ? "]\n" : "\n]\n");
        return ExitCode::Ok;
    }
    if (format == u"csv") {
        io.out << "id,detectedDateTime,status,severity,customerTenantId,customerName,"
                  "subscriptionId,alertType,displayName,resolvedReason,resolvedOnDateTime\n";
        for (const store::AlertRow &r : *rows) {
            const QStringList cells{r.id,
                                    wireTime(r.detectedAtMs),
                                    r.status,
                                    r.severity,
                                    r.customerId,
                                    r.customerName,
                                    r.subscriptionId,
                                    r.alertType,
                                    r.displayName,
                                    r.resolvedReason,
                                    wireTime(r.resolvedAtMs)};
            QStringList out;
            for (const QString &c : cells)
                out << csvCell(c);
            io.out << out.join(u',') << '\n';
        }
        return ExitCode::Ok;
    }

    // Table: aligned columns for people, dates in the locale.
    const QStringList header{QCoreApplication::translate("Sync", "Detected"),
                             QCoreApplication::translate("Sync", "Severity"),
                             QCoreApplication::translate("Sync", "Status"),
                             QCoreApplication::translate("Sync", "Customer"),
                             QCoreApplication::translate("Sync", "Type"),
                             QCoreApplication::translate("Sync", "Alert")};
    QList<QStringList> table;
    for (const store::AlertRow &r : *rows) {
        // Names come from the service: no control or direction characters
        // reach the terminal. Table output is for people, in their language
        // (as `vigie detect` prints it); csv and json keep the wire values.
        table << QStringList{localTime(r.detectedAtMs),
                             displayName(AlertSeverity::parse(r.severity)),
                             displayName(AlertStatus::parse(r.status)),
                             displayText(r.customerName.isEmpty() ? r.customerId : r.customerName),
                             displayText(r.alertType),
                             displayText(r.displayName.isEmpty() ? r.id : r.displayName)};
    }
    QList<int> width(header.size(), 0);
    for (int c = 0; c < header.size(); ++c) {
        width[c] = int(header[c].size());
        for (const QStringList &row : table)
            width[c] = std::max(width[c], int(std::min<qsizetype>(row[c].size(), 48)));
    }
    auto line = [&](const QStringList &cells) {
        QString l;
        for (int c = 0; c < cells.size(); ++c) {
            QString v = cells[c];
            if (v.size() > 48)
                v = v.left(47) + QChar(0x2026);
            l += c + 1 < cells.size() ? v.leftJustified(width[c] + 2) : v;
        }
        io.out << l << '\n';
    };
    line(header);
    for (const QStringList &row : table)
        line(row);
    io.err << QCoreApplication::translate("Sync", "%n alert(s) from the cache.", nullptr,
                                          int(rows->size()))
           << '\n';
    store::SyncStateRepository syncState(**db);
    const store::OfflineState offline = syncState.offlineState();
    const store::StreamState lastRun =
        syncState.get(QString::fromLatin1(store::SyncStateRepository::kRunStream));
    if (offline.lastSuccessfulSyncMs > 0 && offline.lastSuccessfulSyncMs >= lastRun.updatedAtMs)
        io.err << QCoreApplication::translate("Sync", "Last successful sync: %1.")
                      .arg(localTime(offline.lastSuccessfulSyncMs))
               << '\n';
    else if (lastRun.exists)
        // A run that did not bring everything (a stream failed, a cancel):
        // say when it was and what went wrong, not "never synced".
        io.err << QCoreApplication::translate("Sync", "Last sync: %1, incomplete (%2).")
                      .arg(localTime(lastRun.updatedAtMs),
                           lastRun.lastError.isEmpty()
                               ? QCoreApplication::translate("Sync", "some streams failed")
                               : displayText(lastRun.lastError, 200))
               << '\n';
    else
        io.err << QCoreApplication::translate("Sync", "The cache has never been synced.") << '\n';
    return ExitCode::Ok;
}

} // namespace vigie::cli
