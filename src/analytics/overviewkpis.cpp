#include "analytics/overviewkpis.h"

#include "store/alertcharts.h"

#include <QDate>
#include <algorithm>
#include <cmath>

namespace vigie::analytics {

namespace {

QDate dateOf(int ymd)
{
    return QDate(ymd / 10000, (ymd / 100) % 100, ymd % 100);
}

int ymdOf(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

} // namespace

Result<SpendAtRisk> spendAtRisk(store::Database &db, int todayYmd, int days,
                                const SpendAnomalyOptions &options)
{
    const QDate today = dateOf(todayYmd);
    const int firstCounted = ymdOf(today.addDays(-(days - 1)));
    const int firstRead = ymdOf(today.addDays(-(days - 1) - options.windowDays));
    const auto spend =
        store::AlertChartReadModel(db).spendOfSubscriptionsWithActiveAlerts(firstRead, todayYmd);
    if (!spend)
        return spend.error();
    SpendAtRisk out;
    QStringList ids = spend->keys();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        const store::AlertChartReadModel::SubscriptionSpend &s = spend->value(id);
        // A day is only an anomaly at twice its baseline and `minExcess` above
        // it, and no baseline is below the cheapest day read (or 0 for a
        // missing day): a subscription whose dearest counted day misses
        // that bound cannot have one, and skips the detector.
        double low = qInf(), high = 0;
        for (const auto &[day, cost] : s.days) {
            low = std::min(low, cost);
            if (day >= firstCounted)
                high = std::max(high, cost);
        }
        const qint64 span = dateOf(s.days.first().first).daysTo(dateOf(s.days.last().first)) + 1;
        if (span > s.days.size())
            low = std::min(low, 0.0);
        if (high < options.minRatio * low || high < low + options.minExcess)
            continue;
        double excess = 0;
        for (const SpendPoint &p : detectSpendAnomalies(s.days, options)) {
            if (p.anomaly && p.day >= firstCounted) {
                excess += p.excess();
                ++out.anomalousDays;
            }
        }
        if (excess > 0) {
            out.byCurrency[s.currency] += excess;
            out.subscriptionIds << id;
        }
    }
    return out;
}

Result<OverviewKpis> overviewKpis(store::Database &db, qint64 nowMs, int todayYmd)
{
    OverviewKpis out;
    Result<store::AlertKpis> alerts = store::AlertChartReadModel(db).kpis(nowMs);
    if (!alerts)
        return alerts.error();
    out.alerts = *alerts;
    Result<SpendAtRisk> spend = spendAtRisk(db, todayYmd);
    if (!spend)
        return spend.error();
    out.spend = *spend;
    return out;
}

} // namespace vigie::analytics
