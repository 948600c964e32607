#include "gui/charts/alerttrendchart.h"

#include "core/displaytext.h"
#include "gui/alertsmodel.h"
#include "gui/charts/chartformat.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace vigie::gui::alerttrendchart {

QString seriesLabel(store::AlertSeriesBy by, const QString &key, const QString &name)
{
    switch (by) {
    case store::AlertSeriesBy::Severity:
        return key.isEmpty() ? QCoreApplication::translate("AlertTrendChart", "No severity")
                             : AlertsModel::severityLabel(key);
    case store::AlertSeriesBy::Type:
        return key.isEmpty() ? QCoreApplication::translate("AlertTrendChart", "No type")
                             : AlertsModel::typeLabel(key);
    case store::AlertSeriesBy::Customer:
        if (key.isEmpty())
            return QCoreApplication::translate("AlertTrendChart", "Other customers");
        return name.isEmpty() ? key : displayText(name, 40);
    }
    return key;
}

QColor seriesColor(store::AlertSeriesBy by, const QString &key, int index)
{
    if (by == store::AlertSeriesBy::Severity) {
        if (key == u"high")
            return QColor(0xd6, 0x33, 0x39);
        if (key == u"medium")
            return QColor(0xe8, 0x83, 0x2a);
        if (key == u"low")
            return QColor(0x3a, 0x86, 0xd6);
        return QColor(0x8a, 0x96, 0xa3);
    }
    if (by == store::AlertSeriesBy::Customer && key.isEmpty())
        return QColor(0x8a, 0x96, 0xa3);
    // Tableau 10: distinct, and mid-luminance so it reads on white and on black.
    static const QList<QColor> palette{QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                       QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
                                       QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                       QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                       QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return palette.at(index % palette.size());
}

QStringList dayLabels(const store::AlertTrend &trend)
{
    QStringList out;
    out.reserve(trend.days.size());
    for (const QDate &d : trend.days)
        out << chartformat::day(d);
    return out;
}

QChart *build(const store::AlertTrend &trend, store::AlertSeriesBy by)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    const int n = int(trend.days.size());
    int peak = 0;
    QList<int> totals(n, 0);
    for (int s = 0; s < trend.keys.size(); ++s) {
        auto *set = new QBarSet(seriesLabel(by, trend.keys.at(s), trend.names.value(s)));
        const QColor color = seriesColor(by, trend.keys.at(s), s);
        set->setColor(color);
        set->setBorderColor(color);
        QList<qreal> values;
        values.reserve(n);
        for (int d = 0; d < n; ++d) {
            const int v = trend.counts.at(s).value(d);
            values << v;
            totals[d] += v;
        }
        set->append(values);
        series->append(set);
    }
    for (int t : std::as_const(totals))
        peak = std::max(peak, t);
    chart->addSeries(series);

    // Days by index: a QCategoryAxis labels a readable subset of them (dates
    // in the locale's order) and keeps the bars zoomable and pannable.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = n <= 14 ? 1 : n <= 31 ? 3 : 7;
    // Ascending end values (the axis ignores others); the latest day always labelled.
    for (int d = (n - 1) % step; d < n; d += step)
        x->append(chartformat::dayMonth(trend.days.at(d)), d);
    x->setStartValue(-0.5);
    x->setRange(-0.5, n - 0.5);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    auto *y = new QValueAxis;
    // Whole numbers; "%d" shows no label at all once numbers are localized (Qt 6.4).
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, std::max(4, peak));
    y->applyNiceNumbers();
    y->setTitleText(QCoreApplication::translate("AlertTrendChart", "Alerts per day"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

} // namespace vigie::gui::alerttrendchart
