#include "analytics/overviewkpis.h"

#include "store/alertcharts.h"
#include "store/spendreadmodel.h"

#include <QDate>
#include <QHash>
#include <QMutex>
#include <QSet>
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

bool sameOptions(const SpendAnomalyOptions &a, const SpendAnomalyOptions &b)
{
    return a.windowDays == b.windowDays && a.minHistoryDays == b.minHistoryDays && a.k == b.k &&
           a.minRelativeBand == b.minRelativeBand && a.minAbsoluteBand == b.minAbsoluteBand &&
           a.minRatio == b.minRatio && a.minExcess == b.minExcess;
}

// The detector's answer per subscription, kept while its input is the same:
// the Overview reloads after every sync page, and most subscriptions' spend
// has not changed since. Exact: a hit needs the same days and costs.
class ExcessMemo
{
public:
    struct Entry
    {
        QList<QPair<int, double>> days;
        int firstCounted = 0;
        SpendAnomalyOptions options;
        double excess = 0;
        int anomalousDays = 0;
    };

    bool find(const QString &id, const QList<QPair<int, double>> &days, int firstCounted,
              const SpendAnomalyOptions &options, Entry &out)
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(id);
        if (it == m_entries.cend() || it->firstCounted != firstCounted ||
            !sameOptions(it->options, options) || it->days != days)
            return false;
        out = *it;
        return true;
    }

    void store(const QString &id, Entry entry)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_entries.size() > 20000) // caches come and go (--cache); stay bounded
            m_entries.clear();
        m_entries.insert(id, std::move(entry));
    }

private:
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

ExcessMemo &memo()
{
    static ExcessMemo instance;
    return instance;
}

} // namespace

namespace {

// With the default options: the anomalous days kept at ingest (schema 13;
// the spend_anomalies index holds those days only) of the subscriptions with
// active alerts; no spend row is read and no detector runs.
Result<SpendAtRisk> storedSpendAtRisk(store::Database &db, int fromDay, int toDay)
{
    auto subscriptions = store::AlertChartReadModel(db).subscriptionsWithActiveAlerts();
    if (!subscriptions)
        return subscriptions.error();
    const QSet<QString> alerted(subscriptions->cbegin(), subscriptions->cend()); // lower case
    store::SpendReadModel model(db);
    auto anomalies = model.storedAnomalies(fromDay, toDay);
    if (!anomalies)
        return anomalies.error();
    auto currencies = model.storedCurrencies();
    if (!currencies)
        return currencies.error();
    SpendAtRisk out;
    QMap<QString, double> excessOf; // lower-case id -> excess, in id order
    for (const auto &[id, point] : std::as_const(*anomalies)) {
        const QString key = id.toLower();
        if (!alerted.contains(key))
            continue;
        excessOf[key] += point.excess();
        ++out.anomalousDays;
    }
    for (auto it = excessOf.cbegin(); it != excessOf.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        out.byCurrency[currencies->value(it.key()).toUpper()] += it.value();
        out.subscriptionIds << it.key();
    }
    return out;
}

} // namespace

Result<SpendAtRisk> spendAtRisk(store::Database &db, int todayYmd, int days,
                                const SpendAnomalyOptions &options)
{
    const QDate today = dateOf(todayYmd);
    const int firstCounted = ymdOf(today.addDays(-(days - 1)));
    if (options == SpendAnomalyOptions{})
        return storedSpendAtRisk(db, firstCounted, todayYmd);
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
        ExcessMemo::Entry known;
        if (!memo().find(id, s.days, firstCounted, options, known)) {
            known = ExcessMemo::Entry{s.days, firstCounted, options, 0, 0};
            for (const SpendPoint &p : detectSpendAnomalies(s.days, options)) {
                if (p.anomaly && p.day >= firstCounted) {
                    known.excess += p.excess();
                    ++known.anomalousDays;
                }
            }
            memo().store(id, known);
        }
        const double excess = known.excess;
        out.anomalousDays += known.anomalousDays;
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
