#include "store/spendreadmodel.h"

#include "store/customerdrilldown.h"
#include "store/database.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace vigie::store {

namespace {
// Customers' company names and subscriptions' friendly names, by lower-case id.
struct Names
{
    QHash<QString, QString> customers;
    QHash<QString, QString> subscriptions;
};

Status readNames(Database &db, const char *sql, QHash<QString, QString> &out)
{
    Statement *st = db.cached(sql);
    if (!st)
        return db.lastError();
    return st->forEachRow([&](const Statement &row) { out.insert(row.text(0), row.text(1)); });
}

Result<Names> readNames(Database &db)
{
    Names names;
    if (Status s = readNames(db, "SELECT lower(id), company_name FROM customers", names.customers);
        !s)
        return s.error();
    if (Status s =
            readNames(db, "SELECT lower(id), friendly_name FROM entitlements", names.subscriptions);
        !s)
        return s.error();
    return names;
}
} // namespace

Result<QList<SpendSeries>> SpendReadModel::series(const QString &customerId, int toDay)
{
    // Names once, then the days in primary-key order (no join per row).
    const Result<Names> names = readNames(m_db);
    if (!names)
        return names.error();

    // The days carry three columns; a series' customer and currency are read
    // once, when it starts (of ~47,000 rows for 400 subscriptions, decoding
    // two more text columns per row was a tenth of the Spend page's time).
    Statement *st = customerId.isEmpty()
                        ? m_db.cached("SELECT subscription_id, day, cost FROM spend_daily "
                                      "WHERE day <= ?2 ORDER BY subscription_id, day")
                        : m_db.cached("SELECT subscription_id, day, cost FROM spend_daily "
                                      "WHERE customer_id = ?1 AND day <= ?2 "
                                      "ORDER BY subscription_id, day");
    Statement *meta = m_db.cached(
        "SELECT customer_id, (SELECT currency FROM spend_daily WHERE subscription_id = ?1 AND "
        "day <= ?2 AND currency IS NOT NULL ORDER BY day LIMIT 1) FROM spend_daily "
        "WHERE subscription_id = ?1 AND day <= ?2 ORDER BY day LIMIT 1");
    if (!st || !meta)
        return m_db.lastError();
    if (!customerId.isEmpty())
        st->bind(1, customerId);
    const int lastDay = toDay > 0 ? toDay : 99991231;
    st->bind(2, lastDay);
    QList<SpendSeries> out;
    QByteArray current; // the subscription of out.last(), as stored
    Status metaStatus;
    Status s = st->forEachRow([&](const Statement &row) {
        // Rows come by subscription: names and ids are decoded once per series.
        const QByteArrayView sub = row.textView(0);
        if (out.isEmpty() ||
            (sub != current && QString::fromUtf8(sub).compare(out.last().azureSubscriptionId,
                                                              Qt::CaseInsensitive) != 0)) {
            current = sub.toByteArray();
            SpendSeries series;
            series.azureSubscriptionId = QString::fromUtf8(current);
            meta->bind(1, series.azureSubscriptionId).bind(2, lastDay);
            if (Status ms = meta->forEachRow([&](const Statement &m) {
                    series.customerId = m.text(0);
                    series.currency = m.isNull(1) ? QString() : m.text(1);
                });
                !ms && metaStatus)
                metaStatus = ms;
            series.customerName = names->customers.value(series.customerId.toLower());
            series.name = names->subscriptions.value(series.azureSubscriptionId.toLower());
            out << series;
        }
        out.last().days << qMakePair(int(row.int64(1)), row.real(2));
    });
    if (s && !metaStatus)
        s = metaStatus;
    if (!s)
        return s.error();
    return out;
}

namespace {

SpendPoint pointOf(const Statement &row, int first)
{
    // Columns from `first`: day, cost, baseline, lower, upper, history_days, flags.
    SpendPoint p;
    p.day = int(row.int64(first));
    p.cost = row.real(first + 1);
    p.baseline = row.real(first + 2);
    p.lower = row.real(first + 3);
    p.upper = row.real(first + 4);
    p.historyDays = int(row.int64(first + 5));
    const qint64 flags = row.int64(first + 6);
    p.anomaly = flags & 1;
    p.learning = flags & 2;
    return p;
}

} // namespace

Result<QList<StoredSpendSeries>> SpendReadModel::storedSubscriptions(const QString &customerId,
                                                                     int toDay)
{
    const Result<Names> names = readNames(m_db);
    if (!names)
        return names.error();

    const int lastDay = toDay > 0 ? toDay : 99991231;
    Statement *st =
        m_db.cached("SELECT subscription_id, customer_id, currency, last_day, learning, "
                    "history_days FROM spend_subscriptions WHERE (?1 = '' OR customer_id = ?1) "
                    "AND first_day <= ?2");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId.isNull() ? QStringLiteral("") : customerId).bind(2, lastDay);
    QList<StoredSpendSeries> out;
    QList<QString> endedLater; // last day after the range's end
    if (Status s = st->forEachRow([&](const Statement &row) {
            StoredSpendSeries series;
            series.azureSubscriptionId = row.text(0);
            series.customerId = row.text(1);
            series.currency = row.isNull(2) ? QString() : row.text(2);
            series.learning = row.int64(4) != 0;
            series.daysWithCost = int(row.int64(5));
            series.customerName = names->customers.value(series.customerId.toLower());
            series.name = names->subscriptions.value(series.azureSubscriptionId.toLower());
            if (row.int64(3) > lastDay)
                endedLater << series.azureSubscriptionId;
            out << series;
        });
        !s)
        return s.error();
    if (endedLater.isEmpty())
        return out;
    // A range that ends before a series does: its state on the last day with
    // a row up to the range's end (one seek each; only for past ranges).
    Statement *stateAt =
        m_db.cached("SELECT flags, history_days FROM spend_baseline WHERE subscription_id = ?1 AND "
                    "day <= ?2 AND flags & 4 ORDER BY day DESC LIMIT 1");
    if (!stateAt)
        return m_db.lastError();
    for (StoredSpendSeries &series : out) {
        if (!endedLater.contains(series.azureSubscriptionId))
            continue;
        stateAt->bind(1, series.azureSubscriptionId).bind(2, lastDay);
        if (Status s = stateAt->forEachRow([&](const Statement &row) {
                series.learning = row.int64(0) & 2;
                series.daysWithCost = int(row.int64(1));
            });
            !s)
            return s.error();
    }
    return out;
}

Result<QList<SpendPoint>> SpendReadModel::storedPoints(const QString &subscriptionId, int fromDay,
                                                       int toDay)
{
    Statement *st = m_db.cached(
        "SELECT day, cost, baseline, lower, upper, history_days, flags FROM spend_baseline "
        "WHERE subscription_id = ?1 AND day >= ?2 AND day <= ?3 ORDER BY day");
    if (!st)
        return m_db.lastError();
    st->bind(1, subscriptionId).bind(2, fromDay).bind(3, toDay > 0 ? toDay : 99991231);
    QList<SpendPoint> out;
    if (Status s = st->forEachRow([&](const Statement &row) { out << pointOf(row, 0); }); !s)
        return s.error();
    return out;
}

Result<QList<StoredSpendSeries>> SpendReadModel::storedSeries(const QString &customerId,
                                                              int fromDay, int toDay)
{
    auto out = storedSubscriptions(customerId, toDay);
    if (!out)
        return out.error();
    for (StoredSpendSeries &series : *out) {
        auto points = storedPoints(series.azureSubscriptionId, fromDay, toDay);
        if (!points)
            return points.error();
        series.points = std::move(*points);
    }
    return out;
}

Result<QHash<QString, QString>> SpendReadModel::storedCurrencies()
{
    Statement *st = m_db.cached("SELECT lower(subscription_id), coalesce(currency, '') FROM "
                                "spend_subscriptions");
    if (!st)
        return m_db.lastError();
    QHash<QString, QString> out;
    if (Status s =
            st->forEachRow([&](const Statement &row) { out.insert(row.text(0), row.text(1)); });
        !s)
        return s.error();
    return out;
}

Result<QList<QPair<QString, SpendPoint>>> SpendReadModel::storedAnomalies(int fromDay, int toDay)
{
    Statement *st = m_db.cached(
        "SELECT subscription_id, day, cost, baseline, lower, upper, history_days, flags "
        "FROM spend_baseline WHERE flags & 1 AND day >= ?1 AND day <= ?2");
    if (!st)
        return m_db.lastError();
    st->bind(1, fromDay).bind(2, toDay > 0 ? toDay : 99991231);
    QList<QPair<QString, SpendPoint>> out;
    if (Status s = st->forEachRow(
            [&](const Statement &row) { out << qMakePair(row.text(0), pointOf(row, 1)); });
        !s)
        return s.error();
    return out;
}

Result<QList<LinkedAlert>> SpendReadModel::alertsOn(const QString &customerId, int day)
{
    auto byDay = alertsOnDays(customerId, {day});
    if (!byDay)
        return byDay.error();
    return byDay->value(day);
}

Result<QHash<int, QList<LinkedAlert>>> SpendReadModel::alertsOnDays(const QString &customerId,
                                                                    const QList<int> &days)
{
    QHash<int, QList<LinkedAlert>> out;
    if (days.isEmpty())
        return out;
    const auto [first, last] = std::minmax_element(days.cbegin(), days.cend());
    // One range read over the customer's index instead of a seek per day: a
    // customer's anomalies cluster on a few weeks. The day test reads the
    // index alone, so only the alerts of the wanted days cost a visit of
    // their row (SQLite defers that seek until a row column is needed): the
    // range's other alerts were a third of the Spend page's time.
    Statement *st = m_db.cached(
        "SELECT id, coalesce(display_name, ''), coalesce(severity, ''), detected_at FROM alerts "
        "WHERE customer_id = ?1 AND detected_at >= ?2 AND detected_at < ?3 AND "
        "(detected_at - ?2) / 86400000 IN (SELECT value FROM json_each(?4)) AND is_test = 0 "
        "ORDER BY detected_at");
    if (!st)
        return m_db.lastError();
    const qint64 firstMs = dayStartMs(*first);
    QByteArray offsets = "[";
    for (int d : days)
        offsets += QByteArray::number((dayStartMs(d) - firstMs) / 86400000) + ',';
    offsets.back() = ']';
    st->bind(1, customerId).bind(2, firstMs).bind(3, dayStartMs(addDays(*last, 1)));
    st->bindText(4, offsets);
    const QSet<int> wanted(days.cbegin(), days.cend());
    int day = *first;
    qint64 nextDayMs = dayStartMs(addDays(day, 1));
    if (Status s = st->forEachRow([&](const Statement &row) {
            const qint64 at = row.int64(3);
            while (at >= nextDayMs) {
                day = addDays(day, 1);
                nextDayMs = dayStartMs(addDays(day, 1));
            }
            if (wanted.contains(day))
                out[day] << LinkedAlert{row.text(0), row.text(1), row.text(2), at};
        });
        !s)
        return s.error();
    return out;
}

} // namespace vigie::store
