#include "analytics/spendview.h"
#include "gui/charts/customercharts.h"
#include "gui/charts/spendbandchart.h"
#include "views.h"

#include <QChart>
#include <QDate>
#include <cstdio>
#include <memory>

namespace vigie::bench {

namespace {

int ymd(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

[[noreturn]] void fail(const QString &view, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(view), qPrintable(message));
    std::exit(1);
}

// What the drill-down does for one range: one read of every rollup it shows,
// then its four charts (the spend chart of the customer's largest subscription).
void drillDown(store::Database &db, const QString &view, const QString &customerId, int fromDay,
               int toDay)
{
    auto r = analytics::loadCustomerView(db, customerId, fromDay, toDay);
    if (!r)
        fail(view, r.error().message);
    std::unique_ptr<QChart> alerts(gui::AlertsPerDayChart::build(fromDay, toDay, r->alertsPerDay));
    std::unique_ptr<QChart> failed(
        gui::FailedSignInsChart::build(fromDay, toDay, r->failedSignInsPerDay));
    std::unique_ptr<QChart> rules(gui::FindingsPerRuleChart::build(r->findingsPerRule));
    if (!r->spend.isEmpty()) {
        std::unique_ptr<QChart> spend(gui::SpendBandChart::build(r->spend.first()));
    }
}

} // namespace

// The customer drill-down (the busiest customer, and customers in turn) and
// the Spend page's cross-customer overview, over 30 and 90 days.
QList<ChartBenchView> drilldownViews(const BenchWorld &world)
{
    QList<ChartBenchView> views;
    const QDate today =
        QDate::fromString(QString::number(world.todayYmd), QStringLiteral("yyyyMMdd"));
    const int to = world.todayYmd;
    const auto from = [today](int days) { return ymd(today.addDays(1 - days)); };
    for (int days : {30, 90}) {
        const QString busiest = QStringLiteral("drilldown_busiest_%1d").arg(days);
        views << ChartBenchView{busiest, [=, id = world.busiestCustomerId](store::Database &db) {
                                    drillDown(db, busiest, id, from(days), to);
                                }};
        const QString rotating = QStringLiteral("drilldown_%1d").arg(days);
        auto next = std::make_shared<int>(0);
        views << ChartBenchView{rotating, [=, ids = world.customerIds](store::Database &db) {
                                    const QString id = ids.at((*next)++ * 37 % ids.size());
                                    drillDown(db, rotating, id, from(days), to);
                                }};
        // The Spend page: its list, every anomaly of the range and the chart
        // of the largest one's subscription (the points kept at ingest).
        const QString spend = QStringLiteral("spend_overview_%1d").arg(days);
        views << ChartBenchView{spend, [=](store::Database &db) {
                                    auto r = analytics::loadSpendPage(db, from(days), to);
                                    if (!r)
                                        fail(spend, r.error().message);
                                    for (const analytics::SubscriptionSpend &s : r->subscriptions) {
                                        if (s.hasPoints) {
                                            std::unique_ptr<QChart> chart(
                                                gui::SpendBandChart::build(s));
                                        }
                                    }
                                }};
        // Another subscription chosen on the page: its points and chart.
        const QString chart = QStringLiteral("spend_chart_%1d").arg(days);
        auto nextSub = std::make_shared<int>(0);
        views << ChartBenchView{chart, [=, ids = world.subscriptionIds](store::Database &db) {
                                    const QString id = ids.at((*nextSub)++ * 37 % ids.size());
                                    auto points =
                                        analytics::loadSubscriptionPoints(db, id, from(days), to);
                                    if (!points)
                                        fail(chart, points.error().message);
                                    analytics::SubscriptionSpend s;
                                    s.azureSubscriptionId = id;
                                    s.points = *points;
                                    std::unique_ptr<QChart> c(gui::SpendBandChart::build(s));
                                }};
    }
    return views;
}

} // namespace vigie::bench
