#include "gui/charts/spendbandchart.h"

#include "gui/charts/chartpalette.h"
#include "gui/charts/chartpick.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QHash>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace vigie::gui {

namespace {

QDate dateOf(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
}

} // namespace

qreal SpendBandChart::xOf(int yyyymmdd)
{
    // Noon: a day never slides to its neighbour across a DST change.
    return qreal(QDateTime(dateOf(yyyymmdd), QTime(12, 0)).toMSecsSinceEpoch());
}

QDate SpendBandChart::dayAt(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x)).date();
}

QString SpendBandChart::currencySymbol(const QString &isoCode)
{
    // QLocale formats an amount with a symbol; Cost Management sends ISO codes.
    static const QHash<QString, QString> symbols{{QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")},
                                                 {QStringLiteral("CHF"), QStringLiteral("CHF")},
                                                 {QStringLiteral("JPY"), QStringLiteral("¥")}};
    return symbols.value(isoCode.toUpper(), isoCode);
}

QString SpendBandChart::money(double amount, const QString &isoCode)
{
    return QLocale().toCurrencyString(amount, currencySymbol(isoCode), 2);
}

QChart *SpendBandChart::build(const analytics::SubscriptionSpend &spend, ChartPick *pick,
                              bool compact)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setProperty("currency", spend.currency);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *baseline = new QLineSeries;
    auto *cost = new QLineSeries;
    auto *anomalies = new QScatterSeries;
    double top = 1.0;
    for (const analytics::SpendPoint &p : spend.points) {
        const qreal x = xOf(p.day);
        cost->append(x, p.cost);
        top = std::max(top, p.cost);
        if (!p.learning) {
            upper->append(x, p.upper);
            lower->append(x, p.lower);
            baseline->append(x, p.baseline);
            top = std::max(top, p.upper);
        }
        if (p.anomaly)
            anomalies->append(x, p.cost);
    }

    // Colours come from the palette (chartpalette): the application's here,
    // the view's once a ChartView shows the chart (and when it changes).
    auto *band = new QAreaSeries(upper, lower);
    band->setName(tr("Baseline band"));
    chartpalette::setRole(band, chartpalette::Role::Band);
    baseline->setName(tr("Baseline"));
    QPen dashed;
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    baseline->setPen(dashed);
    chartpalette::setRole(baseline, chartpalette::Role::Baseline);
    cost->setName(tr("Daily cost"));
    QPen costPen;
    costPen.setWidthF(2);
    cost->setPen(costPen);
    cost->setPointsVisible(spend.points.size() <= 31);
    chartpalette::setRole(cost, chartpalette::Role::Cost);
    anomalies->setName(tr("Anomaly"));
    anomalies->setMarkerSize(11);
    chartpalette::setRole(anomalies, chartpalette::Role::Anomaly);

    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{band, baseline, cost, anomalies})
        chart->addSeries(s);
    chartpalette::apply(chart, QGuiApplication::palette());

    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("d MMM"));
    axisX->setTickCount(std::clamp(int(spend.points.size()), 2, 8));
    if (!spend.points.isEmpty())
        axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xOf(spend.points.first().day))),
                        QDateTime::fromMSecsSinceEpoch(qint64(xOf(spend.points.last().day))));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top * 1.1);
    // A compact chart's plot is ~60 px high: more than three labels there
    // were cut to "…".
    axisY->setTickCount(compact ? 3 : 5);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(compact ? currencySymbol(spend.currency)
                                : tr("Cost (%1)").arg(currencySymbol(spend.currency)));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }

    if (pick) {
        QObject::connect(cost, &QLineSeries::clicked, pick, [pick](const QPointF &p) {
            Q_EMIT pick->picked(dayAt(p.x()), QStringLiteral("cost"));
        });
        QObject::connect(anomalies, &QScatterSeries::clicked, pick, [pick](const QPointF &p) {
            Q_EMIT pick->picked(dayAt(p.x()), QStringLiteral("anomaly"));
        });
    }
    return chart;
}

} // namespace vigie::gui
