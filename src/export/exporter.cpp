#include "export/exporter.h"

#include "analytics/detectionservice.h"
#include "analytics/findingstore.h"
#include "analytics/rules.h"
#include "analytics/spendanomaly.h"
#include "core/timeutil.h"
#include "export/atomicfile.h"
#include "export/csv.h"
#include "store/customerrepository.h"
#include "store/exportreadmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace vigie::exporting {

namespace {

QString wireTime(qint64 ms)
{
    return ms > 0 ? formatWireDateTime(fromEpochMs(ms)) : QString();
}

// A CSV column: the property of the row object it shows; `decimals` >= 0
// writes a number with that many decimals in the dialect.
struct Column
{
    QString name;
    int decimals = -1;
};

QList<Column> columns(const QStringList &names)
{
    QList<Column> out;
    for (const QString &n : names)
        out << Column{n};
    return out;
}

// Notes as one multi-line CSV cell: "time author: text" per note.
QString notesText(const QJsonArray &notes)
{
    QStringList lines;
    for (const QJsonValue &v : notes) {
        const QJsonObject n = v.toObject();
        QString head = n.value(u"createdDateTime").toString();
        const QString author = n.value(u"author").toString();
        if (!author.isEmpty())
            head += u' ' + author;
        lines << head + QStringLiteral(": ") + n.value(u"text").toString();
    }
    return lines.join(u'\n');
}

QJsonArray notesJson(const QList<store::Note> &notes)
{
    QJsonArray out;
    for (const store::Note &n : notes)
        out.append(QJsonObject{{QStringLiteral("text"), n.text},
                               {QStringLiteral("author"), n.author},
                               {QStringLiteral("createdDateTime"), wireTime(n.createdAtMs)}});
    return out;
}

// Streams rows to the file in the chosen format, reporting progress.
class Writer
{
public:
    Writer(const ExportOptions &options, QList<Column> columns)
        : m_options(options), m_file(options.path),
          m_dialect(CsvDialect::forLanguage(options.language)), m_columns(std::move(columns))
    {}

    Status begin(qint64 total)
    {
        m_total = total;
        if (Status s = m_file.open(); !s)
            return s;
        if (m_options.format == Format::Json)
            return check(m_file.write(QByteArray("[")));
        QStringList names;
        for (const Column &c : m_columns)
            names << c.name;
        return check(m_file.write(QByteArray(kUtf8Bom)) &&
                     m_file.write(encodeCsvHeader(names, m_dialect)));
    }

    // `values` feeds the CSV columns; `json` is the row's JSON text (empty:
    // `values` itself).
    Status row(const QJsonObject &values, const QByteArray &json = {})
    {
        bool ok = true;
        if (m_options.format == Format::Json) {
            ok = m_file.write(QByteArray(m_rows ? ",\n" : "\n")) &&
                 m_file.write(json.isEmpty() ? QJsonDocument(values).toJson(QJsonDocument::Compact)
                                             : json);
        } else {
            QList<CsvCell> cells;
            for (const Column &c : m_columns)
                cells << cell(values.value(c.name), c);
            ok = m_file.write(encodeCsvRecord(cells, m_dialect));
        }
        if (Status s = check(ok); !s)
            return s;
        ++m_rows;
        if (m_options.progress && (m_rows % 256 == 0 || m_rows == m_total) &&
            !m_options.progress(m_rows, m_total)) {
            m_file.cancel();
            return Error::make(Error::Kind::Cancelled,
                               QCoreApplication::translate("Export", "Export cancelled."));
        }
        return {};
    }

    Result<ExportSummary> finish()
    {
        if (m_options.format == Format::Json) {
            if (Status s = check(m_file.write(QByteArray(m_rows ? "\n]\n" : "]\n"))); !s)
                return s.error();
        }
        if (Status s = m_file.commit(); !s)
            return s.error();
        if (m_options.progress && m_rows == 0)
            m_options.progress(0, 0);
        return ExportSummary{m_rows};
    }

private:
    Status check(bool ok)
    {
        if (ok)
            return {};
        const QString reason = m_file.device().errorString();
        m_file.cancel();
        return Error::make(Error::Kind::Generic,
                           QCoreApplication::translate("Export", "Cannot write %1: %2")
                               .arg(m_options.path, reason));
    }

    CsvCell cell(const QJsonValue &v, const Column &c) const
    {
        switch (v.type()) {
        case QJsonValue::Bool:
            return CsvCell::boolean(v.toBool());
        case QJsonValue::Double:
            if (c.decimals >= 0)
                return CsvCell::number(v.toDouble(), c.decimals, m_dialect);
            return CsvCell::integer(v.toInteger());
        case QJsonValue::Array:
            return CsvCell::str(notesText(v.toArray()));
        case QJsonValue::Object:
            return CsvCell::str(
                QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        case QJsonValue::String:
            return CsvCell::str(v.toString());
        default:
            return CsvCell::str({});
        }
    }

    const ExportOptions &m_options;
    AtomicFile m_file;
    CsvDialect m_dialect;
    QList<Column> m_columns;
    qint64 m_total = 0;
    qint64 m_rows = 0;
};

Result<ExportSummary> exportAlerts(store::Database &db, const ExportOptions &options)
{
    auto rows = store::AlertRepository(db).list(options.filter);
    if (!rows)
        return rows.error();
    auto notes = store::ExportReadModel(db).alertNotes(options.filter.customerId);
    if (!notes)
        return notes.error();
    Writer w(options,
             columns({QStringLiteral("id"), QStringLiteral("detectedDateTime"),
                      QStringLiteral("status"), QStringLiteral("severity"),
                      QStringLiteral("customerTenantId"), QStringLiteral("customerName"),
                      QStringLiteral("subscriptionId"), QStringLiteral("alertType"),
                      QStringLiteral("displayName"), QStringLiteral("resolvedReason"),
                      QStringLiteral("resolvedOnDateTime"), QStringLiteral("localNotes")}));
    if (Status s = w.begin(rows->size()); !s)
        return s.error();
    for (const store::AlertRow &r : *rows) {
        const QList<store::Note> n = notes->value(r.id.toLower());
        if (options.format == Format::Json) {
            // The Graph object as received: no row object to build.
            if (Status s = w.row({}, alertJson(r, n)); !s)
                return s.error();
            continue;
        }
        const QJsonObject values{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("detectedDateTime"), wireTime(r.detectedAtMs)},
                                 {QStringLiteral("status"), r.status},
                                 {QStringLiteral("severity"), r.severity},
                                 {QStringLiteral("customerTenantId"), r.customerId},
                                 {QStringLiteral("customerName"), r.customerName},
                                 {QStringLiteral("subscriptionId"), r.subscriptionId},
                                 {QStringLiteral("alertType"), r.alertType},
                                 {QStringLiteral("displayName"), r.displayName},
                                 {QStringLiteral("resolvedReason"), r.resolvedReason},
                                 {QStringLiteral("resolvedOnDateTime"), wireTime(r.resolvedAtMs)},
                                 {QStringLiteral("localNotes"), notesJson(n)}};
        if (Status s = w.row(values); !s)
            return s.error();
    }
    return w.finish();
}

Result<ExportSummary> exportFindings(store::Database &db, const ExportOptions &options)
{
    analytics::FindingStore findingStore(db);
    analytics::FindingFilter filter;
    filter.customerId = options.filter.customerId;
    auto findings = findingStore.list(filter);
    if (!findings)
        return findings.error();
    auto catalog = analytics::DetectionService(SystemClock::instance()).catalog();
    if (!catalog)
        return catalog.error();
    auto names = store::CustomerRepository(db).names();
    if (!names)
        return names.error();
    Writer w(options, columns({QStringLiteral("id"), QStringLiteral("ruleId"),
                               QStringLiteral("title"), QStringLiteral("explanation"),
                               QStringLiteral("severity"), QStringLiteral("state"),
                               QStringLiteral("customerTenantId"), QStringLiteral("customerName"),
                               QStringLiteral("subject"), QStringLiteral("firstSeen"),
                               QStringLiteral("lastSeen"), QStringLiteral("count"),
                               QStringLiteral("unconfigured"), QStringLiteral("notes")}));
    if (Status s = w.begin(findings->size()); !s)
        return s.error();
    for (const Finding &f : *findings) {
        const analytics::Rule *rule = (*catalog)->find(f.ruleId);
        auto notes = findingStore.notes(f.id);
        if (!notes)
            return notes.error();
        QJsonArray noteArray;
        for (const analytics::FindingStore::Note &n : *notes)
            noteArray.append(
                QJsonObject{{QStringLiteral("text"), n.text},
                            {QStringLiteral("author"), n.author},
                            {QStringLiteral("createdDateTime"), formatWireDateTime(n.at)}});
        QJsonArray evidence;
        for (const EvidenceRef &e : f.evidence)
            evidence.append(e.eventId);
        QJsonObject values{
            {QStringLiteral("id"), f.id},
            {QStringLiteral("ruleId"), f.ruleId},
            {QStringLiteral("title"), rule ? rule->title(options.language) : QString()},
            {QStringLiteral("explanation"), rule ? rule->explanation(options.language) : QString()},
            {QStringLiteral("severity"), f.severity.raw()},
            {QStringLiteral("state"), f.state.raw()},
            {QStringLiteral("customerTenantId"), f.customerId},
            {QStringLiteral("customerName"), names->value(f.customerId)},
            {QStringLiteral("subject"), f.subject},
            {QStringLiteral("firstSeen"), formatWireDateTime(f.firstSeen)},
            {QStringLiteral("lastSeen"), formatWireDateTime(f.lastSeen)},
            {QStringLiteral("count"), f.count},
            {QStringLiteral("unconfigured"), f.unconfigured},
            {QStringLiteral("notes"), noteArray}};
        QByteArray json;
        if (options.format == Format::Json) {
            QJsonObject full = values;
            full.insert(QStringLiteral("evidence"), evidence);
            json = QJsonDocument(full).toJson(QJsonDocument::Compact);
        }
        if (Status s = w.row(values, json); !s)
            return s.error();
    }
    return w.finish();
}

Result<ExportSummary> exportSpend(store::Database &db, const ExportOptions &options)
{
    auto days = store::ExportReadModel(db).spend(options.filter.customerId);
    if (!days)
        return days.error();
    auto names = store::CustomerRepository(db).names();
    if (!names)
        return names.error();
    // One series per Azure subscription, through the anomaly detector.
    struct Series
    {
        QString customerId;
        QString currency;
        QList<QPair<int, double>> days;
    };
    QMap<QString, Series> series; // by subscription, in order
    for (const SpendDay &d : *days) {
        Series &s = series[d.subscriptionId];
        s.customerId = d.customerId;
        if (!d.currency.isEmpty())
            s.currency = d.currency;
        s.days << qMakePair(d.day, d.cost);
    }
    QList<std::pair<QString, QList<analytics::SpendPoint>>> points;
    qint64 total = 0;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        points.push_back({it.key(), analytics::detectSpendAnomalies(it->days)});
        total += points.back().second.size();
    }
    Writer w(options, {{QStringLiteral("customerTenantId")},
                       {QStringLiteral("customerName")},
                       {QStringLiteral("subscriptionId")},
                       {QStringLiteral("date")},
                       {QStringLiteral("cost"), 2},
                       {QStringLiteral("currency")},
                       {QStringLiteral("baseline"), 2},
                       {QStringLiteral("bandLow"), 2},
                       {QStringLiteral("bandHigh"), 2},
                       {QStringLiteral("learning")},
                       {QStringLiteral("anomaly")},
                       {QStringLiteral("excessCost"), 2},
                       {QStringLiteral("percentAboveBaseline"), 1}});
    if (Status s = w.begin(total); !s)
        return s.error();
    for (const auto &[subscription, list] : points) {
        const Series &s = series[subscription];
        for (const analytics::SpendPoint &p : list) {
            const QJsonObject values{
                {QStringLiteral("customerTenantId"), s.customerId},
                {QStringLiteral("customerName"), names->value(s.customerId)},
                {QStringLiteral("subscriptionId"), subscription},
                {QStringLiteral("date"), fromDayNumber(p.day).toString(Qt::ISODate)},
                {QStringLiteral("cost"), p.cost},
                {QStringLiteral("currency"), s.currency},
                {QStringLiteral("baseline"), p.baseline},
                {QStringLiteral("bandLow"), p.lower},
                {QStringLiteral("bandHigh"), p.upper},
                {QStringLiteral("learning"), p.learning},
                {QStringLiteral("anomaly"), p.anomaly},
                {QStringLiteral("excessCost"), p.excess()},
                {QStringLiteral("percentAboveBaseline"), p.anomaly ? p.percentAbove() : 0.0}};
            if (Status st = w.row(values); !st)
                return st.error();
        }
    }
    return w.finish();
}

Result<ExportSummary> exportActivity(store::Database &db, const ExportOptions &options)
{
    store::ExportReadModel model(db);
    auto entries = model.activity(options.filter.customerId);
    if (!entries)
        return entries.error();
    auto actions = model.actions(options.filter.customerId);
    if (!actions)
        return actions.error();
    QHash<qint64, QString> requestIds;
    for (const store::ActionRecord &a : *actions)
        requestIds.insert(a.id, a.requestId);
    Writer w(options,
             columns({QStringLiteral("id"), QStringLiteral("dateTime"), QStringLiteral("actor"),
                      QStringLiteral("action"), QStringLiteral("objectKind"),
                      QStringLiteral("objectId"), QStringLiteral("customerTenantId"),
                      QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("result"),
                      QStringLiteral("requestId"), QStringLiteral("detail")}));
    if (Status s = w.begin(entries->size()); !s)
        return s.error();
    for (const store::ActivityEntry &e : *entries) {
        QJsonObject rest = e.detail;
        auto take = [&rest](const char *key) {
            const QJsonValue v = rest.take(QLatin1String(key));
            return v.isString()   ? v.toString()
                   : v.isDouble() ? QString::number(v.toDouble())
                                  : QString();
        };
        const QString customer = take("customerId");
        const QString reason = take("reason");
        const QString note = take("note");
        const QString result = take("result");
        QString requestId = take("requestId");
        if (requestId.isEmpty() && rest.contains(u"actionId"))
            requestId = requestIds.value(rest.value(u"actionId").toInteger());
        const QJsonObject values{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("dateTime"), wireTime(e.atMs)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("action"), e.verb},
                                 {QStringLiteral("objectKind"), e.objectKind},
                                 {QStringLiteral("objectId"), e.objectId},
                                 {QStringLiteral("customerTenantId"), customer},
                                 {QStringLiteral("reason"), reason},
                                 {QStringLiteral("note"), note},
                                 {QStringLiteral("result"), result},
                                 {QStringLiteral("requestId"), requestId},
                                 {QStringLiteral("detail"), rest}};
        if (Status s = w.row(values); !s)
            return s.error();
    }
    return w.finish();
}

} // namespace

QString datasetName(Dataset dataset)
{
    switch (dataset) {
    case Dataset::Alerts:
        return QStringLiteral("alerts");
    case Dataset::Findings:
        return QStringLiteral("findings");
    case Dataset::Spend:
        return QStringLiteral("spend");
    case Dataset::Activity:
        return QStringLiteral("activity");
    }
    return {};
}

std::optional<Dataset> datasetFromName(const QString &name)
{
    for (Dataset d : {Dataset::Alerts, Dataset::Findings, Dataset::Spend, Dataset::Activity})
        if (datasetName(d) == name)
            return d;
    return std::nullopt;
}

QString formatName(Format format)
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

std::optional<Format> formatFromName(const QString &name)
{
    if (name == u"csv")
        return Format::Csv;
    if (name == u"json")
        return Format::Json;
    return std::nullopt;
}

QByteArray alertJson(const store::AlertRow &row, const QList<store::Note> &notes)
{
    if (notes.isEmpty())
        return row.raw; // the Graph object exactly as received
    QJsonObject o = QJsonDocument::fromJson(row.raw).object();
    o.insert(QStringLiteral("localNotes"), notesJson(notes));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ExportSummary> exportData(store::Database &db, const ExportOptions &options)
{
    switch (options.dataset) {
    case Dataset::Alerts:
        return exportAlerts(db, options);
    case Dataset::Findings:
        return exportFindings(db, options);
    case Dataset::Spend:
        return exportSpend(db, options);
    case Dataset::Activity:
        return exportActivity(db, options);
    }
    return Error::make(Error::Kind::Usage, QStringLiteral("unknown dataset"));
}

} // namespace vigie::exporting
