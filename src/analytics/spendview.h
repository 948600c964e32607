#pragma once

#include "analytics/spendanomaly.h"
#include "core/result.h"
#include "store/customerdrilldown.h"
#include "store/spendreadmodel.h"

#include <QList>
#include <QString>

namespace vigie::store {
class Database;
}

namespace vigie::analytics {

// One Azure subscription's daily cost with its baseline band over a range.
struct SubscriptionSpend
{
    QString azureSubscriptionId;
    QString customerId;
    QString customerName;
    QString name;
    QString currency;
    QList<SpendPoint> points; // the days of the range that have a point, oldest first
    // The detector has no baseline yet on the last day of the range (a new or
    // long idle subscription): the page says "learning" instead of flagging.
    bool learning = true;
    int daysWithCost = 0; // in the detector's window ending at the last point
    // False when the read left `points` out (loadSpendPage: all but one
    // subscription); loadSubscriptionPoints gives them.
    bool hasPoints = true;
};

// A flagged day with its customer and the alerts of that customer that day.
struct RankedAnomaly
{
    QString customerId;
    QString customerName;
    QString azureSubscriptionId;
    QString subscriptionName;
    QString currency;
    SpendPoint point;
    QList<store::LinkedAlert> alerts;
};

struct SpendOverview
{
    int fromDay = 0;
    int toDay = 0;
    QList<SubscriptionSpend> subscriptions; // by customer name, then subscription name
    QList<RankedAnomaly> anomalies;         // by excess cost, largest first
};

// Spend of every subscription (or of one customer's) in [fromDay, toDay]:
// with the default options, the points kept at ingest (spend_baseline, schema
// 13: the detector ran when the rows were written); with others, as
// computeSpendOverview.
Result<SpendOverview> loadSpendOverview(store::Database &db, int fromDay, int toDay,
                                        const QString &customerId = {},
                                        const SpendAnomalyOptions &options = {});
// The same by running the detector now over each subscription's cached
// history (its baseline needs the 28 days before the range), keeping the range:
// for other options, and what the stored points are checked and timed against.
Result<SpendOverview> computeSpendOverview(store::Database &db, int fromDay, int toDay,
                                           const QString &customerId = {},
                                           const SpendAnomalyOptions &options = {});

// What the Spend page shows for a range, from the points kept at ingest:
// every subscription with its state on its last day (no points), every
// customer's anomalies of the range (spend_anomalies: those days only), and
// the points of one subscription for the chart (`hasPoints`): the one asked
// for when listed, else the largest anomaly's, else the first read. Reading
// every subscription's points was most of the page's time (35,000 rows for
// 90 days of 400 subscriptions) for a chart that shows one.
Result<SpendOverview> loadSpendPage(store::Database &db, int fromDay, int toDay,
                                    const QString &focusSubscription = {});
// One subscription's points in [fromDay, toDay], as kept at ingest.
Result<QList<SpendPoint>> loadSubscriptionPoints(store::Database &db,
                                                 const QString &azureSubscriptionId, int fromDay,
                                                 int toDay);

// Everything the customer drill-down shows for a range, in one read.
struct CustomerView
{
    QString customerId;
    int fromDay = 0;
    int toDay = 0;
    store::CustomerHeader header;
    QList<store::DayCount> alertsPerDay;
    QList<store::DayCount> failedSignInsPerDay;
    QList<store::RuleCount> findingsPerRule;
    QList<SubscriptionSpend> spend;
    QList<store::TimelineEntry>
        timeline; // alerts, findings, spend anomalies, actions; newest first
};

Result<CustomerView> loadCustomerView(store::Database &db, const QString &customerId, int fromDay,
                                      int toDay);

} // namespace vigie::analytics
