#include "store/spendreadmodel.h"

#include "store/customerdrilldown.h"
#include "store/database.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace vigie::store {

Result<QList<SpendSeries>> SpendReadModel::series(const QString &customerId, int toDay)
{
    // Names once, then the days in primary-key order (no join per row).
    QHash<QString, QString> customerNames;
    QHash<QString, QString> entitlementNames;
    Statement *st = m_db.cached("SELECT lower(id), company_name FROM customers");
    if (!st)
        return m_db.lastError();
    if (Status s = st->forEachRow(
            [&](const Statement &row) { customerNames.insert(row.text(0), row.text(1)); });
        !s)
        return s.error();
    st = m_db.cached("SELECT lower(id), friendly_name FROM entitlements");
    if (!st)
        return m_db.lastError();
    if (Status s = st->forEachRow(
            [&](const Statement &row) { entitlementNames.insert(row.text(0), row.text(1)); });
        !s)
        return s.error();

    // The days carry three columns; a series' customer and currency are read
    // once, when it starts (of ~47,000 rows for 400 subscriptions, decoding
    // two more text columns per row was a tenth of the Spend page's time).
    st = customerId.isEmpty() ? m_db.cached("SELECT subscription_id, day, cost FROM spend_daily "
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
            series.customerName = customerNames.value(series.customerId.toLower());
            series.name = entitlementNames.value(series.azureSubscriptionId.toLower());
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
    // customer's anomalies cluster on a few weeks.
    Statement *st = m_db.cached("SELECT id, coalesce(display_name, ''), coalesce(severity, ''), "
                                "detected_at FROM alerts WHERE customer_id = ?1 "
                                "AND detected_at >= ?2 AND detected_at < ?3 AND is_test = 0 "
                                "ORDER BY detected_at");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId).bind(2, dayStartMs(*first)).bind(3, dayStartMs(addDays(*last, 1)));
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
