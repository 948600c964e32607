#include "gui/charts/customercharts.h"

#include "core/enums.h"
#include "gui/charts/chartpick.h"
#include "gui/charts/spendbandchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHash>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace vigie::gui {

namespace {

QDate dateOf(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
}

// Above this many days the category labels would overlap: a date axis
// (same span) carries the labels instead.
constexpr int kMaxCategoryLabels = 10;

// Whole-number ticks (counts): 1-2-5 steps, at most 4 intervals (the charts
// of the drill-down are ~80 px high at 1280×800: with 5 intervals Qt Charts
// elides every label to "…"). The locale's digits need a float format ("%d"
// shows nothing with localized numbers).
QValueAxis *countAxis(double top, const QString &title)
{
    constexpr double kMaxIntervals = 4;
    const double wanted = std::max(4.0, std::ceil(top));
    double step = 1;
    for (double scale = 1; wanted / step > kMaxIntervals; scale *= 10) {
        for (double m : {1.0, 2.0, 5.0}) {
            step = m * scale;
            if (wanted / step <= kMaxIntervals)
                break;
        }
    }
    const double axisTop = std::ceil(wanted / step) * step;
    auto *axis = new QValueAxis;
    axis->setRange(0, axisTop);
    axis->setTickCount(int(axisTop / step) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

QChart *stackedDailyBars(int fromDay, int toDay, const QList<store::DayCount> &counts,
                         const QList<DailySeries> &series, const QString &valueTitle,
                         ChartPick *pick)
{
    QChart *chart = newChart();
    const QDate from = dateOf(fromDay);
    const int n = int(std::max<qint64>(1, from.daysTo(dateOf(toDay)) + 1));
    QList<QDate> days;
    QStringList categories;
    for (int i = 0; i < n; ++i) {
        days << from.addDays(i);
        categories << QLocale().toString(days.last(), QLocale::ShortFormat);
    }
    int other = -1;
    QHash<QString, int> setOf;
    for (int s = 0; s < series.size(); ++s) {
        if (series[s].key.isEmpty())
            other = s;
        else
            setOf.insert(series[s].key, s);
    }
    QList<QList<qreal>> values(series.size(), QList<qreal>(n, 0.0));
    QList<qreal> totals(n, 0.0);
    for (const store::DayCount &c : counts) {
        const qint64 i = from.daysTo(dateOf(c.day));
        if (i < 0 || i >= n)
            continue;
        const int s = setOf.value(c.series, other);
        if (s < 0)
            continue;
        values[s][i] += qreal(c.count);
        totals[i] += qreal(c.count);
    }
    auto *bars = new QStackedBarSeries;
    for (int s = 0; s < series.size(); ++s) {
        auto *set = new QBarSet(series[s].label);
        set->setColor(series[s].color);
        set->setBorderColor(series[s].color.darker(130));
        set->append(values[s]);
        set->setProperty("seriesKey", series[s].key);
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    if (n > kMaxCategoryLabels) {
        categoryAxis->setLabelsVisible(false);
        categoryAxis->setGridLineVisible(false);
        // Bar i spans [i - 0.5, i + 0.5]: the date axis spans the same days.
        auto *dates = new QDateTimeAxis;
        dates->setFormat(QStringLiteral("d MMM"));
        dates->setTickCount(std::min(n, 8));
        const qint64 halfDay = 12 * 3600 * 1000;
        dates->setRange(
            QDateTime::fromMSecsSinceEpoch(qint64(SpendBandChart::xOf(fromDay)) - halfDay),
            QDateTime::fromMSecsSinceEpoch(qint64(SpendBandChart::xOf(toDay)) + halfDay));
        chart->addAxis(dates, Qt::AlignBottom);
        auto *anchor = new QLineSeries; // an axis shows only with a series attached
        chart->addSeries(anchor);
        anchor->attachAxis(dates);
        for (QLegendMarker *m : chart->legend()->markers(anchor))
            m->setVisible(false);
    } else {
        QStringList shortLabels;
        for (const QDate &d : days)
            shortLabels << QLocale().toString(d, QStringLiteral("d MMM"));
        categoryAxis->setCategories(shortLabels);
    }
    QValueAxis *valueAxis =
        countAxis(*std::max_element(totals.cbegin(), totals.cend()), valueTitle);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(valueAxis);
    if (const auto anchors = chart->series(); anchors.size() > 1)
        anchors.last()->attachAxis(valueAxis);
    chart->setProperty("days", QVariant::fromValue(days));
    if (pick) {
        QObject::connect(
            bars, &QStackedBarSeries::clicked, pick, [pick, days](int index, QBarSet *set) {
                if (index >= 0 && index < days.size())
                    Q_EMIT pick->picked(days[index], set->property("seriesKey").toString());
            });
    }
    return chart;
}

QChart *AlertsPerDayChart::build(int fromDay, int toDay, const QList<store::DayCount> &counts,
                                 ChartPick *pick)
{
    const QList<DailySeries> series{
        {QStringLiteral("high"), displayName(AlertSeverity::parse(QStringLiteral("high"))),
         QColor(0xd6, 0x33, 0x39)},
        {QStringLiteral("medium"), displayName(AlertSeverity::parse(QStringLiteral("medium"))),
         QColor(0xf0, 0x8c, 0x00)},
        {QStringLiteral("low"), displayName(AlertSeverity::parse(QStringLiteral("low"))),
         QColor(0xe8, 0xc5, 0x47)},
        {QString(), tr("Other"), QColor(0x9a, 0xa5, 0xb1)},
    };
    return stackedDailyBars(fromDay, toDay, counts, series, tr("Alerts"), pick);
}

QChart *FailedSignInsChart::build(int fromDay, int toDay, const QList<store::DayCount> &counts,
                                  ChartPick *pick)
{
    // The most frequent codes of the range get their own colour.
    QHash<QString, qint64> totals;
    for (const store::DayCount &c : counts)
        totals[c.series] += c.count;
    QList<QPair<qint64, QString>> ranked;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        ranked << qMakePair(-it.value(), it.key());
    std::sort(ranked.begin(), ranked.end());
    static const QColor palette[kMaxCodes] = {QColor(0xd6, 0x33, 0x39), QColor(0x4c, 0x8b, 0xd6),
                                              QColor(0xf0, 0x8c, 0x00), QColor(0x3f, 0xa3, 0x6b),
                                              QColor(0x8e, 0x5c, 0xc2), QColor(0x6d, 0x4c, 0x41)};
    QList<DailySeries> series;
    for (int i = 0; i < ranked.size() && i < kMaxCodes; ++i)
        series << DailySeries{ranked[i].second, ranked[i].second, palette[i]};
    if (ranked.size() > kMaxCodes)
        series << DailySeries{QString(), tr("Other codes"), QColor(0x9a, 0xa5, 0xb1)};
    // "Failures", not "Sign-ins": the plot is ~80 px high at 1280×800 and
    // "Connexions" did not fit (the chart's title says what fails).
    return stackedDailyBars(fromDay, toDay, counts, series, tr("Failures"), pick);
}

QChart *FindingsPerRuleChart::build(const QList<store::RuleCount> &counts, ChartPick *pick)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(tr("Findings"));
    set->setColor(QColor(0x4c, 0x8b, 0xd6));
    // A quarter of the page holds about a dozen bars with their ids (30 rules
    // showed 30 "…" in French at 1280×800, upright too): past that, the
    // busiest rules, and a last category "+N" without a bar saying that N
    // rules more have findings (the timeline lists them all; one bar summing
    // them dwarfed the rules shown).
    constexpr qsizetype kMaxBars = 12;
    QList<store::RuleCount> shown = counts;
    qsizetype hidden = 0;
    if (shown.size() > kMaxBars) {
        std::stable_sort(
            shown.begin(), shown.end(),
            [](const store::RuleCount &a, const store::RuleCount &b) { return a.count > b.count; });
        hidden = shown.size() - (kMaxBars - 1);
        shown.resize(kMaxBars - 1);
    }
    QStringList rules;
    double top = 0;
    for (const store::RuleCount &r : std::as_const(shown)) {
        rules << r.ruleId;
        set->append(qreal(r.count));
        top = std::max(top, double(r.count));
    }
    QStringList labels = rules;
    if (hidden > 0) {
        labels << QStringLiteral("+%1").arg(hidden);
        set->append(0.0);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    QValueAxis *axisY = countAxis(top, tr("Findings"));
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);
    chart->legend()->setVisible(false);
    if (pick) {
        QObject::connect(bars, &QBarSeries::clicked, pick, [pick, rules](int index, QBarSet *) {
            if (index >= 0 && index < rules.size())
                Q_EMIT pick->picked(QDate(), rules[index]);
        });
    }
    return chart;
}

} // namespace vigie::gui
