#pragma once

#include "analytics/spendanomaly.h"
#include "core/result.h"
#include "store/alertcharts.h"

#include <QMap>
#include <QStringList>

namespace vigie::store {
class Database;
}

namespace vigie::analytics {

// Spend at risk: the cost above the robust baseline (spendanomaly.h) on the
// anomalous days of the last `days`, summed over the Azure subscriptions that
// have active alerts — a hijacked subscription mining crypto shows both. Per
// currency, since subscriptions are billed in their own.
struct SpendAtRisk
{
    QMap<QString, double> byCurrency; // currency code ("" when unknown) → excess
    QStringList subscriptionIds;      // with at least one anomalous day
    int anomalousDays = 0;
    bool isEmpty() const { return byCurrency.isEmpty(); }
};

// Reads each subscription's spend_daily rows for `days` plus the detector's
// 28-day window (the rollup kept by the sync, never raw billing records).
Result<SpendAtRisk> spendAtRisk(store::Database &db, int todayYmd, int days = 30,
                                const SpendAnomalyOptions &options = {});

// Everything the Overview's tiles show, read in one job.
struct OverviewKpis
{
    store::AlertKpis alerts;
    SpendAtRisk spend;
};
Result<OverviewKpis> overviewKpis(store::Database &db, qint64 nowMs, int todayYmd);

} // namespace vigie::analytics
