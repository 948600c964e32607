// `vigie detect [--customer ID] [--since DATE] [--format table|csv|json]`:
// evaluates new events (or re-runs from DATE, back-test) and lists findings.
#include "analytics/detectionservice.h"
#include "analytics/findingstore.h"
#include "analytics/rules.h"
#include "cli/cli.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "core/displaytext.h"
#include "core/timeutil.h"
#include "store/cache.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie::cli {

namespace {

// Spreadsheets run cells that start with = + - @ tab or CR as formulas.
QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
        v.startsWith(u'\'')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

QDateTime parseSince(const QString &text)
{
    QDateTime t = parseWireDateTime(text);
    if (t.isValid())
        return t;
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (d.isValid())
        return QDateTime(d, QTime(0, 0), Qt::UTC);
    return {};
}

int runDetect(Context &context)
{
    Io &io = context.io;
    const QString customer = context.parser.value(QStringLiteral("customer")).trimmed();
    const QString format = context.parser.isSet(QStringLiteral("format"))
                               ? context.parser.value(QStringLiteral("format"))
                               : QStringLiteral("table");
    QDateTime since;
    if (context.parser.isSet(QStringLiteral("since"))) {
        since = parseSince(context.parser.value(QStringLiteral("since")));
        if (!since.isValid()) {
            io.err << "vigie: "
                   << QCoreApplication::translate(
                          "Detect",
                          "Invalid date \"%1\" for --since: use YYYY-MM-DD or an ISO 8601 time.")
                          .arg(context.parser.value(QStringLiteral("since")))
                   << '\n';
            return ExitCode::Usage;
        }
    }

    auto opened = store::openCache(context.cachePath);
    if (!opened) {
        io.err << "vigie: " << opened.error().message << '\n';
        return ExitCode::Failure;
    }
    store::Database &db = *opened.value();
    analytics::DetectionService detection(SystemClock::instance());
    auto loaded = detection.catalog();
    if (!loaded) {
        io.err << "vigie: " << loaded.error().message << '\n';
        return ExitCode::Failure;
    }
    const analytics::RuleCatalog *catalog = *loaded;
    const analytics::DetectionService::Progress progress = [&](qint64 done, qint64) {
        io.err << QCoreApplication::translate("Detect", "  %1 events evaluated…").arg(done) << '\n';
        io.err.flush();
    };
    QStringList customers;
    if (!customer.isEmpty()) {
        customers << customer;
    } else {
        auto all = detection.customers(db);
        if (!all) {
            io.err << "vigie: " << all.error().message << '\n';
            return ExitCode::Failure;
        }
        customers = *all;
    }
    for (const QString &c : std::as_const(customers)) {
        io.err
            << (since.isValid()
                    ? QCoreApplication::translate("Detect",
                                                  "Re-running the detection rules for %1 since %2…")
                          .arg(c, formatWireDateTime(since))
                    : QCoreApplication::translate("Detect", "Evaluating new events for %1…").arg(c))
            << '\n';
        io.err.flush();
        auto stats = since.isValid() ? detection.rerun(db, c, since, progress)
                                     : detection.evaluateNew(db, c, progress);
        if (!stats) {
            io.err << "vigie: " << stats.error().message << '\n';
            return ExitCode::Failure;
        }
        io.err << QCoreApplication::translate(
                      "Detect", "  %1 events evaluated, %2 new findings, %3 updated (%4 ms)")
                      .arg(stats->events)
                      .arg(stats->findingsCreated)
                      .arg(stats->findingsUpdated)
                      .arg(stats->elapsedMs)
               << '\n';
        io.err.flush();
    }

    analytics::FindingStore store(db);
    analytics::FindingFilter filter;
    filter.customerId = customer;
    if (since.isValid())
        filter.since = since;
    auto findings = store.list(filter);
    if (!findings) {
        io.err << "vigie: " << findings.error().message << '\n';
        return ExitCode::Failure;
    }

    if (format == u"json") {
        QJsonArray out;
        for (const Finding &f : *findings) {
            QJsonArray ids;
            for (const EvidenceRef &e : f.evidence)
                ids.append(e.eventId);
            out.append(QJsonObject{{QStringLiteral("ruleId"), f.ruleId},
                                   {QStringLiteral("severity"), f.severity.raw()},
                                   {QStringLiteral("customerTenantId"), f.customerId},
                                   {QStringLiteral("subject"), f.subject},
                                   {QStringLiteral("firstSeen"), formatWireDateTime(f.firstSeen)},
                                   {QStringLiteral("lastSeen"), formatWireDateTime(f.lastSeen)},
                                   {QStringLiteral("count"), f.count},
                                   {QStringLiteral("evidence"), ids}});
        }
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    if (format == u"csv") {
        io.out << "ruleId,severity,state,customerTenantId,subject,firstSeen,lastSeen,count,"
                  "unconfigured,title\n";
        for (const Finding &f : *findings) {
            const analytics::Rule *r = catalog->find(f.ruleId);
            const QStringList cells{f.ruleId,
                                    f.severity.raw(),
                                    f.state.raw(),
                                    f.customerId,
                                    f.subject,
                                    formatWireDateTime(f.firstSeen),
                                    formatWireDateTime(f.lastSeen),
                                    QString::number(f.count),
                                    f.unconfigured ? QStringLiteral("true")
                                                   : QStringLiteral("false"),
                                    r ? r->title(context.language) : QString()};
            QStringList escaped;
            for (const QString &c : cells)
                escaped << csvCell(c);
            io.out << escaped.join(u',') << '\n';
        }
        return ExitCode::Ok;
    }
    // table
    if (findings->isEmpty()) {
        io.out << QCoreApplication::translate("Detect", "No findings.") << '\n';
        return ExitCode::Ok;
    }
    const QStringList head{QCoreApplication::translate("Detect", "Rule"),
                           QCoreApplication::translate("Detect", "Severity"),
                           QCoreApplication::translate("Detect", "State"),
                           QCoreApplication::translate("Detect", "Customer"),
                           QCoreApplication::translate("Detect", "Subject"),
                           QCoreApplication::translate("Detect", "Last seen"),
                           QCoreApplication::translate("Detect", "Count"),
                           QCoreApplication::translate("Detect", "Title")};
    QList<QStringList> rows;
    for (const Finding &f : *findings) {
        const analytics::Rule *r = catalog->find(f.ruleId);
        QString title = r ? r->title(context.language) : QString();
        if (f.unconfigured)
            title += u' ' + QCoreApplication::translate("Detect", "(no approved list yet)");
        rows.append({f.ruleId, displayName(f.severity), displayName(f.state), f.customerId,
                     displayText(f.subject, 40),
                     f.lastSeen.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     QString::number(f.count), title});
    }
    QList<int> widths(head.size(), 0);
    for (qsizetype i = 0; i < head.size(); ++i)
        widths[i] = int(head[i].size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    auto line = [&](const QStringList &cells) {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            s += (i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i]);
        io.out << s.trimmed() << '\n';
    };
    line(head);
    for (const QStringList &row : rows)
        line(row);
    io.out << QCoreApplication::translate("Detect", "%n finding(s)", nullptr, int(rows.size()))
           << '\n';
    return ExitCode::Ok;
}

} // namespace

void registerDetectCommand()
{
    setHandler(QStringLiteral("detect"), runDetect);
}

} // namespace vigie::cli
