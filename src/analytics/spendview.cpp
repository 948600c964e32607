#include "analytics/spendview.h"

#include "store/database.h"

#include <QDate>
#include <algorithm>

namespace vigie::analytics {

namespace {

QDate dateOf(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
}

int dayOf(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

SubscriptionSpend detect(const store::SpendSeries &s, int fromDay, int toDay,
                         const SpendAnomalyOptions &options)
{
    SubscriptionSpend out;
    out.azureSubscriptionId = s.azureSubscriptionId;
    out.customerId = s.customerId;
    out.customerName = s.customerName;
    out.name = s.name;
    out.currency = s.currency;
    // Only the range's points are computed; each still sees the 28 days
    // before it, so older days are not handed over. A day before the window
    // with a row marks the window's first day as part of the series (a
    // missing day there reads as 0, as in the whole series).
    const QDate from = dateOf(fromDay);
    const int windowStart = from.isValid() ? dayOf(from.addDays(-options.windowDays)) : 0;
    const auto firstKept =
        std::lower_bound(s.days.cbegin(), s.days.cend(), windowStart,
                         [](const QPair<int, double> &d, int day) { return d.first < day; });
    QList<QPair<int, double>> recent;
    if (firstKept != s.days.cbegin() &&
        (firstKept == s.days.cend() || firstKept->first != windowStart))
        recent << qMakePair(windowStart, 0.0);
    recent.append(QList<QPair<int, double>>(firstKept, s.days.cend()));
    out.points = detectSpendAnomalies(recent, fromDay, options);
    while (!out.points.isEmpty() && out.points.last().day > toDay)
        out.points.removeLast();
    if (!s.days.isEmpty()) {
        // State of the last cached day: learning, and its days with cost in the window.
        const int lastDay = s.days.last().first;
        if (!out.points.isEmpty() && out.points.last().day == lastDay)
            out.learning = out.points.last().learning;
        else if (const auto p = detectSpendAnomalies(s.days, lastDay, options); !p.isEmpty())
            out.learning = p.last().learning;
        // yyyyMMdd numbers order as dates do: the window is (cutoff, lastDay).
        const QDate last = dateOf(lastDay);
        const int cutoff = dayOf(last.addDays(-options.windowDays - 1));
        for (auto it = s.days.crbegin(); it != s.days.crend() && it->first > cutoff; ++it) {
            if (it->first < lastDay && it->second > 0)
                ++out.daysWithCost;
        }
    }
    return out;
}

} // namespace

namespace {

SubscriptionSpend fromStored(store::StoredSpendSeries &&s)
{
    SubscriptionSpend spend;
    spend.azureSubscriptionId = std::move(s.azureSubscriptionId);
    spend.customerId = std::move(s.customerId);
    spend.customerName = std::move(s.customerName);
    spend.name = std::move(s.name);
    spend.currency = std::move(s.currency);
    spend.points = std::move(s.points);
    spend.learning = s.learning;
    spend.daysWithCost = s.daysWithCost;
    return spend;
}

RankedAnomaly rankedAnomaly(const SubscriptionSpend &spend, const SpendPoint &p)
{
    RankedAnomaly a;
    a.customerId = spend.customerId;
    a.customerName = spend.customerName;
    a.azureSubscriptionId = spend.azureSubscriptionId;
    a.subscriptionName = spend.name;
    a.currency = spend.currency;
    a.point = p;
    return a;
}

// The anomalies of the subscriptions' points.
void collectAnomalies(SpendOverview &out)
{
    for (const SubscriptionSpend &spend : std::as_const(out.subscriptions)) {
        for (const SpendPoint &p : spend.points) {
            if (p.anomaly)
                out.anomalies << rankedAnomaly(spend, p);
        }
    }
}

// Sorts the subscriptions by names and the anomalies by excess cost, and links
// each anomaly to the alerts of its customer that day.
Status finishOverview(store::SpendReadModel &model, SpendOverview &out)
{
    std::sort(out.subscriptions.begin(), out.subscriptions.end(),
              [](const SubscriptionSpend &a, const SubscriptionSpend &b) {
                  const int c = a.customerName.localeAwareCompare(b.customerName);
                  if (c != 0)
                      return c < 0;
                  return a.name.localeAwareCompare(b.name) < 0;
              });
    std::sort(out.anomalies.begin(), out.anomalies.end(),
              [](const RankedAnomaly &a, const RankedAnomaly &b) {
                  if (a.point.excess() != b.point.excess())
                      return a.point.excess() > b.point.excess();
                  return a.point.day > b.point.day;
              });
    // The alerts of the same customer and day (alerts_customer index), one
    // read per customer.
    QHash<QString, QList<int>> daysOf;
    for (const RankedAnomaly &a : std::as_const(out.anomalies))
        daysOf[a.customerId] << a.point.day;
    QHash<QString, QHash<int, QList<store::LinkedAlert>>> alertsOf;
    for (auto it = daysOf.cbegin(); it != daysOf.cend(); ++it) {
        auto alerts = model.alertsOnDays(it.key(), it.value());
        if (!alerts)
            return alerts.error();
        alertsOf.insert(it.key(), *alerts);
    }
    for (RankedAnomaly &a : out.anomalies)
        a.alerts = alertsOf.value(a.customerId).value(a.point.day);
    return {};
}

} // namespace

Result<SpendOverview> loadSpendOverview(store::Database &db, int fromDay, int toDay,
                                        const QString &customerId,
                                        const SpendAnomalyOptions &options)
{
    if (!(options == SpendAnomalyOptions{}))
        return computeSpendOverview(db, fromDay, toDay, customerId, options);
    store::SpendReadModel model(db);
    auto series = model.storedSeries(customerId, fromDay, toDay);
    if (!series)
        return series.error();
    SpendOverview out;
    out.fromDay = fromDay;
    out.toDay = toDay;
    out.subscriptions.reserve(series->size());
    for (store::StoredSpendSeries &s : *series)
        out.subscriptions << fromStored(std::move(s));
    collectAnomalies(out);
    if (Status s = finishOverview(model, out); !s)
        return s.error();
    return out;
}

Result<SpendOverview> loadSpendPage(store::Database &db, int fromDay, int toDay,
                                    const QString &focusSubscription)
{
    store::SpendReadModel model(db);
    auto series = model.storedSubscriptions({}, toDay);
    if (!series)
        return series.error();
    auto anomalies = model.storedAnomalies(fromDay, toDay);
    if (!anomalies)
        return anomalies.error();
    SpendOverview out;
    out.fromDay = fromDay;
    out.toDay = toDay;
    out.subscriptions.reserve(series->size());
    QHash<QString, qsizetype> index; // lower-case id -> subscriptions
    for (store::StoredSpendSeries &s : *series) {
        index.insert(s.azureSubscriptionId.toLower(), out.subscriptions.size());
        out.subscriptions << fromStored(std::move(s));
        out.subscriptions.last().hasPoints = false;
    }
    for (const auto &[id, point] : std::as_const(*anomalies)) {
        if (const auto it = index.constFind(id.toLower()); it != index.cend())
            out.anomalies << rankedAnomaly(out.subscriptions.at(*it), point);
    }
    if (Status s = finishOverview(model, out); !s)
        return s.error();
    // The chart's subscription: the one asked for, else the largest anomaly's
    // (the page selects it), else the first listed.
    QString focus = focusSubscription.toLower();
    if (!index.contains(focus))
        focus = out.anomalies.isEmpty() ? QString()
                                        : out.anomalies.first().azureSubscriptionId.toLower();
    for (SubscriptionSpend &spend : out.subscriptions) {
        if (focus.isEmpty() || spend.azureSubscriptionId.toLower() == focus) {
            auto points = model.storedPoints(spend.azureSubscriptionId, fromDay, toDay);
            if (!points)
                return points.error();
            spend.points = std::move(*points);
            spend.hasPoints = true;
            break;
        }
    }
    return out;
}

Result<QList<SpendPoint>> loadSubscriptionPoints(store::Database &db,
                                                 const QString &azureSubscriptionId, int fromDay,
                                                 int toDay)
{
    return store::SpendReadModel(db).storedPoints(azureSubscriptionId, fromDay, toDay);
}

Result<SpendOverview> computeSpendOverview(store::Database &db, int fromDay, int toDay,
                                           const QString &customerId,
                                           const SpendAnomalyOptions &options)
{
    store::SpendReadModel model(db);
    auto series = model.series(customerId, toDay);
    if (!series)
        return series.error();
    SpendOverview out;
    out.fromDay = fromDay;
    out.toDay = toDay;
    out.subscriptions.reserve(series->size());
    for (const store::SpendSeries &s : *series)
        out.subscriptions << detect(s, fromDay, toDay, options);
    collectAnomalies(out);
    if (Status s = finishOverview(model, out); !s)
        return s.error();
    return out;
}

Result<CustomerView> loadCustomerView(store::Database &db, const QString &customerId, int fromDay,
                                      int toDay)
{
    CustomerView v;
    v.customerId = customerId;
    v.fromDay = fromDay;
    v.toDay = toDay;
    store::CustomerDrillDown model(db);
    auto header = model.header(customerId);
    if (!header)
        return header.error();
    v.header = *header;
    auto alerts = model.alertsPerDay(customerId, fromDay, toDay);
    if (!alerts)
        return alerts.error();
    v.alertsPerDay = *alerts;
    auto failures = model.failedSignInsPerDay(customerId, fromDay, toDay);
    if (!failures)
        return failures.error();
    v.failedSignInsPerDay = *failures;
    auto rules = model.findingsPerRule(customerId, fromDay, toDay);
    if (!rules)
        return rules.error();
    v.findingsPerRule = *rules;
    auto timeline = model.timeline(customerId, fromDay, toDay);
    if (!timeline)
        return timeline.error();
    v.timeline = *timeline;

    auto spend = loadSpendOverview(db, fromDay, toDay, customerId);
    if (!spend)
        return spend.error();
    v.spend = spend->subscriptions;
    for (const RankedAnomaly &a : spend->anomalies) {
        store::TimelineEntry e;
        e.kind = store::TimelineEntry::Kind::SpendAnomaly;
        e.atMs = store::dayStartMs(a.point.day);
        e.day = a.point.day;
        e.series = a.azureSubscriptionId;
        e.title = a.subscriptionName.isEmpty() ? a.azureSubscriptionId : a.subscriptionName;
        e.objectId = a.azureSubscriptionId;
        e.amount = a.point.excess();
        e.percent = a.point.percentAbove();
        e.currency = a.currency;
        v.timeline << e;
    }
    std::stable_sort(v.timeline.begin(), v.timeline.end(),
                     [](const store::TimelineEntry &a, const store::TimelineEntry &b) {
                         return a.atMs > b.atMs;
                     });
    return v;
}

} // namespace vigie::analytics
