#pragma once

#include "analytics/spendview.h"

#include <QCoreApplication>
#include <QDate>

class QChart;

namespace vigie::gui {

class ChartPick;

// Daily cost of one Azure subscription with its baseline band (a QAreaSeries
// between the band's low and high), the baseline and the anomalies as
// markers. Every point carries the exact value (x = the day at noon, local
// time; y = the amount in the subscription's currency, also kept as the
// chart's "currency" property) for tooltips. A click on the cost line or a
// marker reports the day through `pick` (series "cost" / "anomaly").
class SpendBandChart
{
    Q_DECLARE_TR_FUNCTIONS(SpendBandChart)
public:
    // `compact`: a chart a quarter of a page high (the customer drill-down),
    // whose value axis is titled with the currency's symbol alone ("Coût (€)"
    // was cut to "Coût …" there in French).
    static QChart *build(const analytics::SubscriptionSpend &spend, ChartPick *pick = nullptr,
                         bool compact = false);

    // The x value of a day and back (shared by the page's tests).
    static qreal xOf(int yyyymmdd);
    static QDate dayAt(qreal x);
    static QString currencySymbol(const QString &isoCode);
    // An amount in the locale's way with the currency's symbol (French:
    // "1 234,56 €").
    static QString money(double amount, const QString &isoCode);
};

} // namespace vigie::gui
