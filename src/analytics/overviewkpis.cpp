#include "analytics/overviewkpis.h"

#include "store/spendrepository.h"

#include <QDate>

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
    const Result<QStringList> subscriptions =
        store::AlertChartReadModel(db).subscriptionsWithActiveAlerts();
    if (!subscriptions)
        return subscriptions.error();
    const QDate today = dateOf(todayYmd);
    const int firstCounted = ymdOf(today.addDays(-(days - 1)));
    const int firstRead = ymdOf(today.addDays(-(days - 1) - options.windowDays));
    store::SpendRepository spend(db);
    SpendAtRisk out;
    for (const QString &id : *subscriptions) {
        const Result<QList<SpendDay>> rows = spend.days(id, firstRead, todayYmd);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            continue;
        QList<QPair<int, double>> series;
        series.reserve(rows->size());
        for (const SpendDay &d : *rows)
            series << qMakePair(d.day, d.cost);
        double excess = 0;
        for (const SpendPoint &p : detectSpendAnomalies(series, options)) {
            if (p.anomaly && p.day >= firstCounted) {
                excess += p.excess();
                ++out.anomalousDays;
            }
        }
        if (excess > 0) {
            out.byCurrency[rows->last().currency.toUpper()] += excess;
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
