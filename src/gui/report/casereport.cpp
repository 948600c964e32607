#include "gui/report/casereport.h"

#include "core/enums.h"
#include "export/atomicfile.h"
#include "store/database.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHash>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QUrl>
#include <QValueAxis>

namespace vigie::report {

namespace {

QLocale localeFor(const QString &language)
{
    return QLocale(language == u"fr" ? QLocale::French : QLocale::English,
                   language == u"fr" ? QLocale::France : QLocale::UnitedKingdom);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Ids are GUIDs: never broken at their hyphens.
QString idHtml(const QString &id)
{
    return QStringLiteral("<span style=\"white-space:nowrap; font-family:monospace\">%1</span>")
        .arg(esc(id));
}

QString timeText(const QLocale &locale, qint64 ms)
{
    return ms > 0 ? locale.toString(fromEpochMs(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

QDateTime dayTime(int day)
{
    return QDateTime(fromDayNumber(day), QTime(12, 0), Qt::UTC);
}

// Draws a chart into an image through a scene of its own: no view, no window.
QImage renderChart(QChart *chart, QSize size)
{
    QGraphicsScene scene;
    chart->setAnimationOptions(QChart::NoAnimation);
    scene.addItem(chart); // the scene owns the chart from here
    chart->resize(size);
    if (chart->layout())
        chart->layout()->activate();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    return image;
}

QImage alertsChart(const exporting::CaseFile &file, const QLocale &locale, QSize size)
{
    const auto perDay = file.alertsPerDay();
    const QList<std::pair<QString, QColor>> severities{
        {QStringLiteral("high"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("medium"), QColor(0xef, 0x6c, 0x00)},
        {QStringLiteral("low"), QColor(0xf9, 0xa8, 0x25)},
        {QStringLiteral("informational"), QColor(0x78, 0x90, 0x9c)}};
    auto *series = new QStackedBarSeries;
    QStringList categories;
    int maxCount = 1;
    for (QDate d = fromDayNumber(file.firstDay); d <= fromDayNumber(file.lastDay); d = d.addDays(1))
        categories << locale.toString(d, QStringLiteral("dd/MM"));
    for (const auto &[severity, color] : severities) {
        auto *set = new QBarSet(displayName(AlertSeverity::parse(severity)));
        set->setColor(color);
        for (QDate d = fromDayNumber(file.firstDay); d <= fromDayNumber(file.lastDay);
             d = d.addDays(1))
            *set << perDay.value(toDayNumber(d)).value(severity);
        series->append(set);
    }
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        int total = 0;
        for (int n : *it)
            total += n;
        maxCount = std::max(maxCount, total);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QCoreApplication::translate("CaseReport", "Alerts per day"));
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setRange(0, maxCount);
    y->setTickCount(std::min(maxCount, 5) + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return renderChart(chart, size);
}

QImage spendChart(const exporting::CaseFile &file, const exporting::CaseFile::SpendSeries &s,
                  const QLocale &locale, QSize size)
{
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *baseline = new QLineSeries;
    auto *cost = new QLineSeries;
    auto *anomalies = new QScatterSeries;
    double maxValue = 1.0;
    for (const analytics::SpendPoint &p : s.points) {
        if (p.day < file.firstDay || p.day > file.lastDay)
            continue;
        const qreal x = qreal(dayTime(p.day).toMSecsSinceEpoch());
        cost->append(x, p.cost);
        maxValue = std::max(maxValue, p.cost);
        if (!p.learning) {
            upper->append(x, p.upper);
            lower->append(x, std::max(0.0, p.lower));
            baseline->append(x, p.baseline);
            maxValue = std::max(maxValue, p.upper);
        }
        if (p.anomaly)
            anomalies->append(x, p.cost);
    }
    auto *chart = new QChart;
    chart->setTitle(
        QCoreApplication::translate("CaseReport", "Spend per day: %1").arg(s.subscriptionId));
    auto *band = new QAreaSeries(upper, lower);
    band->setName(QCoreApplication::translate("CaseReport", "Expected band"));
    band->setColor(QColor(0x90, 0xca, 0xf9, 0x90));
    band->setBorderColor(QColor(0x90, 0xca, 0xf9));
    baseline->setName(QCoreApplication::translate("CaseReport", "Baseline"));
    QPen dashed(QColor(0x15, 0x65, 0xc0));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    baseline->setPen(dashed);
    cost->setName(s.currency.isEmpty()
                      ? QCoreApplication::translate("CaseReport", "Cost")
                      : QCoreApplication::translate("CaseReport", "Cost (%1)").arg(s.currency));
    QPen solid(QColor(0x21, 0x21, 0x21));
    solid.setWidthF(2);
    cost->setPen(solid);
    anomalies->setName(QCoreApplication::translate("CaseReport", "Anomaly"));
    anomalies->setColor(QColor(0xc6, 0x28, 0x28));
    anomalies->setMarkerSize(10);
    const QList<QAbstractSeries *> all{band, baseline, cost, anomalies};
    for (QAbstractSeries *series : all)
        chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM"));
    x->setRange(dayTime(file.firstDay), dayTime(file.lastDay));
    x->setTickCount(7);
    auto *y = new QValueAxis;
    y->setRange(0, maxValue * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : all) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return renderChart(chart, size);
}

// The trail stores verbs and results as wire words; the report shows them in
// the UI language (unknown ones as stored).
QString actionLabel(const QString &verb)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("resolve"), QT_TRANSLATE_NOOP("CaseReport", "resolve")},
        {QStringLiteral("investigate"), QT_TRANSLATE_NOOP("CaseReport", "mark as investigating")},
        {QStringLiteral("suspend"), QT_TRANSLATE_NOOP("CaseReport", "suspend the subscription")},
        {QStringLiteral("cancel"),
         QT_TRANSLATE_NOOP("CaseReport", "cancel the Azure subscription")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("CaseReport", "note")}};
    const char *label = labels.value(verb);
    return label ? QCoreApplication::translate("CaseReport", label) : verb;
}

QString resultLabel(const QString &result)
{
    const ActionState state = ActionState::parse(result);
    switch (state.value()) {
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
        return result;
    }
}

QString resolutionText(const QLocale &locale, const store::AlertRow &a)
{
    if (a.resolvedReason.isEmpty() && a.resolvedAtMs <= 0)
        return {};
    QString text = a.resolvedReason.isEmpty()
                       ? QString()
                       : displayName(ResolvedReason::parse(a.resolvedReason));
    if (a.resolvedAtMs > 0)
        text = (text.isEmpty() ? QString() : text + QStringLiteral(", ")) +
               timeText(locale, a.resolvedAtMs);
    return text;
}

QString tableStart(const QStringList &headers)
{
    QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"3\" style=\"border-collapse:collapse\"><tr>");
    for (const QString &c : headers)
        h += QStringLiteral("<th align=\"left\" bgcolor=\"#eceff1\">%1</th>").arg(esc(c));
    return h + QStringLiteral("</tr>");
}

QString html(const exporting::CaseFile &file, const CaseCharts &charts)
{
    const QLocale locale = localeFor(file.language);
    const auto &c = file.customer;
    const QString name = c.companyName.isEmpty() ? c.id : c.companyName;
    QString h;
    h += QStringLiteral("<html><body style=\"font-size:9pt\">");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(QCoreApplication::translate("CaseReport", "Case report: %1").arg(name)));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(QCoreApplication::translate("CaseReport", "Generated on %1 by Vigie.")
                          .arg(timeText(locale, file.generatedAtMs))));

    h += QStringLiteral("<h2>%1</h2><table cellpadding=\"2\">")
             .arg(esc(QCoreApplication::translate("CaseReport", "Customer")));
    auto field = [&h](const QString &label, const QString &valueHtml) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), valueHtml);
    };
    field(QCoreApplication::translate("CaseReport", "Company"), esc(c.companyName));
    field(QCoreApplication::translate("CaseReport", "Domain"), esc(c.domain));
    field(QCoreApplication::translate("CaseReport", "Tenant id"), idHtml(c.id));
    field(QCoreApplication::translate("CaseReport", "Reseller"),
          esc(c.resellers.isEmpty()
                  ? QCoreApplication::translate("CaseReport", "none (direct customer)")
                  : c.resellers.join(QStringLiteral(", "))));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(
                 QCoreApplication::translate("CaseReport", "Alerts (%1)").arg(file.alerts.size())));
    if (file.alerts.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate("CaseReport",
                                                      "No alert for this customer in the cache.")));
    for (const auto &e : file.alerts) {
        const store::AlertRow &a = e.alert;
        h += QStringLiteral("<h3>%1</h3><table cellpadding=\"2\">")
                 .arg(esc(a.displayName.isEmpty() ? a.alertType : a.displayName));
        field(QCoreApplication::translate("CaseReport", "Alert id"), idHtml(a.id));
        field(QCoreApplication::translate("CaseReport", "Detected"),
              esc(timeText(locale, a.detectedAtMs)));
        field(QCoreApplication::translate("CaseReport", "Severity"),
              esc(displayName(AlertSeverity::parse(a.severity))));
        field(QCoreApplication::translate("CaseReport", "Type"), esc(a.alertType));
        if (!a.subscriptionId.isEmpty())
            field(QCoreApplication::translate("CaseReport", "Azure subscription"),
                  idHtml(a.subscriptionId));
        field(QCoreApplication::translate("CaseReport", "Status"),
              esc(displayName(AlertStatus::parse(a.status))));
        const QString resolution = resolutionText(locale, a);
        field(QCoreApplication::translate("CaseReport", "Resolution"),
              esc(resolution.isEmpty() ? QCoreApplication::translate("CaseReport", "not resolved")
                                       : resolution));
        QStringList history;
        for (const auto &ev : e.history) {
            if (ev.kind == u"status")
                history << esc(QCoreApplication::translate("CaseReport", "%1: %2 → %3")
                                   .arg(timeText(locale, ev.atMs),
                                        displayName(AlertStatus::parse(ev.oldStatus)),
                                        displayName(AlertStatus::parse(ev.newStatus))));
        }
        if (!history.isEmpty())
            field(QCoreApplication::translate("CaseReport", "Changes seen"),
                  history.join(QStringLiteral("<br>")));
        QStringList notes;
        for (const store::Note &n : e.notes)
            notes << QStringLiteral("<i>%1 %2:</i> %3")
                         .arg(esc(timeText(locale, n.createdAtMs)), esc(n.author),
                              esc(n.text).replace(u'\n', QStringLiteral("<br>")));
        field(QCoreApplication::translate("CaseReport", "Analyst's notes"),
              notes.isEmpty() ? esc(QCoreApplication::translate("CaseReport", "none"))
                              : notes.join(QStringLiteral("<br>")));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(QCoreApplication::translate("CaseReport", "Actions taken")));
    if (file.actions.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate("CaseReport",
                                                      "No action recorded for this customer.")));
    } else {
        // Ids get a full-width line of their own: GUIDs are never broken.
        h += tableStart({QCoreApplication::translate("CaseReport", "Time"),
                         QCoreApplication::translate("CaseReport", "By"),
                         QCoreApplication::translate("CaseReport", "Action"),
                         QCoreApplication::translate("CaseReport", "Result")});
        for (const auto &a : file.actions) {
            QString action = actionLabel(a.action);
            if (!a.reason.isEmpty())
                action += QStringLiteral(" (%1)").arg(displayName(ResolvedReason::parse(a.reason)));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(timeText(locale, a.atMs)), esc(a.actor), esc(action),
                          esc(resultLabel(a.result)));
            QStringList ids{QStringLiteral("%1 %2").arg(
                esc(QCoreApplication::translate("CaseReport", "Target")), idHtml(a.objectId))};
            if (!a.requestId.isEmpty())
                ids << QStringLiteral("%1 %2").arg(
                    esc(QCoreApplication::translate("CaseReport", "Request id")),
                    idHtml(a.requestId));
            if (!a.note.isEmpty())
                ids << QStringLiteral("<i>%1</i>").arg(esc(a.note));
            h += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>")
                     .arg(ids.join(QStringLiteral("<br>")));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(QCoreApplication::translate("CaseReport", "Response checklist")));
    if (file.checklist.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate(
                     "CaseReport", "No response checklist recorded for this customer.")));
    } else {
        h += tableStart({QCoreApplication::translate("CaseReport", "Step"),
                         QCoreApplication::translate("CaseReport", "Done")});
        for (const auto &[item, ticked] : file.checklist)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                     .arg(esc(item),
                          esc(ticked ? QCoreApplication::translate("CaseReport", "yes")
                                     : QCoreApplication::translate("CaseReport", "not yet")));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(QCoreApplication::translate("CaseReport", "Open findings (%1)")
                          .arg(file.openFindings.size())));
    if (file.openFindings.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate("CaseReport", "No open finding.")));
    } else {
        h += tableStart({QCoreApplication::translate("CaseReport", "Rule"),
                         QCoreApplication::translate("CaseReport", "Severity"),
                         QCoreApplication::translate("CaseReport", "Subject"),
                         QCoreApplication::translate("CaseReport", "First seen"),
                         QCoreApplication::translate("CaseReport", "Last seen"),
                         QCoreApplication::translate("CaseReport", "Events")});
        for (const auto &f : file.openFindings) {
            const Finding &x = f.finding;
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                "<td>%6</td></tr>")
                     .arg(esc(f.title.isEmpty() ? x.ruleId : x.ruleId + u' ' + f.title),
                          esc(displayName(x.severity)), esc(x.subject),
                          esc(locale.toString(x.firstSeen.toLocalTime(), QLocale::ShortFormat)),
                          esc(locale.toString(x.lastSeen.toLocalTime(), QLocale::ShortFormat)),
                          esc(locale.toString(x.count)));
        }
        h += QStringLiteral("</table>");
    }

    h +=
        QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("CaseReport", "Charts")));
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(QCoreApplication::translate("CaseReport", "From %1 to %2.")
                         .arg(locale.toString(fromDayNumber(file.firstDay), QLocale::ShortFormat),
                              locale.toString(fromDayNumber(file.lastDay), QLocale::ShortFormat))));
    if (!charts.alertsPerDay.isNull())
        h += QStringLiteral("<p><img src=\"vigie-chart:alerts\" width=\"640\"></p>");
    if (charts.spend.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate("CaseReport",
                                                      "No spend in the cache for this customer.")));
    for (qsizetype i = 0; i < charts.spend.size(); ++i)
        h += QStringLiteral("<p><img src=\"vigie-chart:spend%1\" width=\"640\"></p>").arg(i);
    if (file.spend.size() > charts.spend.size())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate(
                     "CaseReport", "%n smaller subscription(s) not drawn.", nullptr,
                     int(file.spend.size() - charts.spend.size()))));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace

int caseChartCount(const exporting::CaseFile &file)
{
    int spend = 0;
    for (const auto &s : file.spend)
        if (s.totalInWindow > 0 && spend < kMaxSpendCharts)
            ++spend;
    return 1 + spend;
}

void renderCaseChart(const exporting::CaseFile &file, int index, CaseCharts &charts, QSize size)
{
    const QLocale locale = localeFor(file.language);
    if (index == 0) {
        charts.alertsPerDay = alertsChart(file, locale, size);
        return;
    }
    // file.spend is sorted by spend in the window: the drawn ones come first.
    if (index - 1 < file.spend.size() && index < caseChartCount(file)) {
        const auto &s = file.spend[index - 1];
        charts.spend << CaseCharts::Spend{s.subscriptionId, spendChart(file, s, locale, size)};
    }
}

CaseCharts renderCaseCharts(const exporting::CaseFile &file, QSize size)
{
    CaseCharts charts;
    for (int i = 0; i < caseChartCount(file); ++i)
        renderCaseChart(file, i, charts, size);
    return charts;
}

Status writeCasePdf(const exporting::CaseFile &file, const CaseCharts &charts, const QString &path)
{
    exporting::AtomicFile out(path);
    if (Status s = out.open(); !s)
        return s;
    {
        QPdfWriter writer(&out.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("CaseReport", "Case report: %1")
                            .arg(file.customer.companyName.isEmpty() ? file.customer.id
                                                                     : file.customer.companyName));
        writer.setCreator(QStringLiteral("Vigie"));
        QTextDocument doc;
        doc.setDocumentMargin(0);
        if (!charts.alertsPerDay.isNull())
            doc.addResource(QTextDocument::ImageResource,
                            QUrl(QStringLiteral("vigie-chart:alerts")), charts.alertsPerDay);
        for (qsizetype i = 0; i < charts.spend.size(); ++i)
            doc.addResource(QTextDocument::ImageResource,
                            QUrl(QStringLiteral("vigie-chart:spend%1").arg(i)),
                            charts.spend[i].image);
        doc.setHtml(html(file, charts));
        doc.print(&writer);
    }
    return out.commit();
}

Status writeCaseReport(store::Database &db, const QString &customerId, const QString &path,
                       const QString &language, const QList<QPair<QString, bool>> &checklist)
{
    auto file = exporting::collectCaseFile(db, customerId, language, checklist);
    if (!file)
        return file.error();
    return writeCasePdf(*file, renderCaseCharts(*file), path);
}

} // namespace vigie::report
