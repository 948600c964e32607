#include "store/alertcharts.h"

#include "store/database.h"
#include "store/statement.h"

#include <QHash>
#include <algorithm>
#include <utility>

namespace vigie::store {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kHourMs = 3600000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Severities in a fixed order (most severe first), so the stack and its
// colours do not move between reloads; unknown values follow by volume.
int severityRank(const QString &s)
{
    static const QStringList order{QStringLiteral("high"), QStringLiteral("medium"),
                                   QStringLiteral("low"), QStringLiteral("informational")};
    const int i = int(order.indexOf(s.toLower()));
    return i < 0 ? int(order.size()) : i;
}

} // namespace

int AlertTrend::total() const
{
    int n = 0;
    for (const QList<int> &series : counts)
        for (int c : series)
            n += c;
    return n;
}

Result<AlertTrend> AlertChartReadModel::trend(qint64 nowMs, int days, AlertSeriesBy by,
                                              qint64 utcOffsetMs, int maxSeries)
{
    days = std::max(1, days);
    const qint64 lastDay = floorDiv(nowMs + utcOffsetMs, kDayMs); // local epoch day
    const qint64 firstDay = lastDay - days + 1;
    const qint64 fromMs = firstDay * kDayMs - utcOffsetMs;
    const qint64 toMs = (lastDay + 1) * kDayMs - utcOffsetMs;

    // One pass over the alerts_trend index in time order, counted here: a
    // GROUP BY on the day expression would sort every row first (about four
    // times the CPU at 15,000 alerts in 90 days).
    const char *sql = nullptr;
    switch (by) {
    case AlertSeriesBy::Severity:
        sql = "SELECT detected_at, severity FROM alerts INDEXED BY alerts_trend WHERE "
              "detected_at >= ?1 AND detected_at < ?2 AND is_test = 0";
        break;
    case AlertSeriesBy::Type:
        sql = "SELECT detected_at, alert_type FROM alerts INDEXED BY alerts_trend WHERE "
              "detected_at >= ?1 AND detected_at < ?2 AND is_test = 0";
        break;
    case AlertSeriesBy::Customer:
        sql = "SELECT detected_at, lower(customer_id) FROM alerts INDEXED BY alerts_trend WHERE "
              "detected_at >= ?1 AND detected_at < ?2 AND is_test = 0";
        break;
    }
    Statement *st = m_db.cached(sql);
    if (!st)
        return m_db.lastError();
    st->bind(1, fromMs).bind(2, toMs);
    QHash<QByteArray, int> keyIndex; // raw key → row of `perKey`
    QList<QList<int>> perKey;        // count per day
    Status s = st->forEachRow([&](const Statement &row) {
        const qint64 day = (row.int64(0) - fromMs) / kDayMs;
        if (day < 0 || day >= days)
            return;
        const QByteArrayView view = row.textView(1);
        // Looked up without a copy; copied once per distinct key.
        const QByteArray key = QByteArray::fromRawData(view.data(), view.size());
        auto it = keyIndex.constFind(key);
        if (it == keyIndex.cend()) {
            it = keyIndex.insert(QByteArray(view.data(), view.size()), int(perKey.size()));
            perKey << QList<int>(days, 0);
        }
        ++perKey[*it][day];
    });
    if (!s)
        return s.error();
    QHash<QString, qint64> totals;
    QHash<QString, QList<int>> countsOf;
    for (auto it = keyIndex.cbegin(); it != keyIndex.cend(); ++it) {
        const QString key = QString::fromUtf8(it.key());
        const QList<int> &counts = perKey.at(*it);
        qint64 n = 0;
        for (int c : counts)
            n += c;
        totals[key] += n;
        countsOf.insert(key, counts);
    }

    QStringList keys = totals.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        if (by == AlertSeriesBy::Severity && severityRank(a) != severityRank(b))
            return severityRank(a) < severityRank(b);
        if (totals[a] != totals[b])
            return totals[a] > totals[b];
        return a < b;
    });
    QHash<QString, QString> names;
    if (by == AlertSeriesBy::Customer) {
        if (keys.size() > maxSeries)
            keys = keys.mid(0, std::max(0, maxSeries));
        Statement *n = m_db.cached("SELECT lower(id), coalesce(company_name, '') FROM customers");
        if (!n)
            return m_db.lastError();
        if (Status ns = n->forEachRow(
                [&](const Statement &row) { names.insert(row.text(0), row.text(1)); });
            !ns)
            return ns.error();
    }

    AlertTrend out;
    out.days.reserve(days);
    const QDate epoch(1970, 1, 1);
    for (int i = 0; i < days; ++i)
        out.days << epoch.addDays(firstDay + i);
    QHash<QString, int> index;
    for (const QString &k : std::as_const(keys)) {
        index.insert(k, int(out.keys.size()));
        out.keys << k;
        out.names << (by == AlertSeriesBy::Customer ? names.value(k) : k);
        out.counts << QList<int>(days, 0);
    }
    int other = -1;
    for (auto it = countsOf.cbegin(); it != countsOf.cend(); ++it) {
        auto found = index.constFind(it.key());
        int series = found == index.cend() ? -1 : *found;
        if (series < 0) { // a customer beyond the top ones
            if (other < 0) {
                other = int(out.keys.size());
                out.keys << QString();
                out.names << QString();
                out.counts << QList<int>(days, 0);
            }
            series = other;
        }
        QList<int> &dst = out.counts[series];
        const QList<int> &src = *it;
        for (int d = 0; d < days; ++d)
            dst[d] += src[d];
    }
    return out;
}

Result<QList<TopCustomer>> AlertChartReadModel::topCustomers(int limit)
{
    Statement *st = m_db.cached(
        "SELECT t.cid, coalesce(c.company_name, ''), t.n, t.high FROM (SELECT "
        "lower(customer_id) AS cid, count(*) AS n, sum(severity = 'high') AS high FROM alerts "
        "INDEXED BY alerts_open WHERE status = 'active' AND is_test = 0 AND customer_id IS NOT "
        "NULL "
        "GROUP BY 1) t LEFT JOIN customers c ON c.id = t.cid "
        "ORDER BY t.n DESC, t.high DESC, 2, 1 LIMIT ?1");
    if (!st)
        return m_db.lastError();
    st->bind(1, limit);
    QList<TopCustomer> out;
    const Status s = st->forEachRow([&](const Statement &row) {
        out << TopCustomer{row.text(0), row.text(1), int(row.int64(2)), int(row.int64(3))};
    });
    if (!s)
        return s.error();
    return out;
}

Result<AlertKpis> AlertChartReadModel::kpis(qint64 nowMs)
{
    AlertKpis k;
    Statement *st = m_db.cached("SELECT count(*) FROM alerts INDEXED BY alerts_open WHERE status = "
                                "'active' AND is_test = 0");
    if (!st)
        return m_db.lastError();
    Status s = st->forEachRow([&](const Statement &row) { k.active = int(row.int64(0)); });
    if (!s)
        return s.error();

    st = m_db.cached("SELECT count(*) FROM alerts INDEXED BY alerts_trend WHERE detected_at >= ?1 "
                     "AND is_test = 0");
    if (!st)
        return m_db.lastError();
    st->bind(1, nowMs - 24 * kHourMs);
    if (s = st->forEachRow([&](const Statement &row) { k.newLast24h = int(row.int64(0)); }); !s)
        return s.error();

    st = m_db.cached("SELECT count(*) FROM alerts INDEXED BY alerts_open WHERE status IN "
                     "('active', 'investigating') AND detected_at < ?1 AND is_test = 0");
    if (!st)
        return m_db.lastError();
    st->bind(1, nowMs - 60 * kDayMs);
    if (s = st->forEachRow([&](const Statement &row) { k.unresolvedOlder60d = int(row.int64(0)); });
        !s)
        return s.error();

    // Resolved before it was detected (clock skew between services) counts
    // as zero time, not negative time.
    st = m_db.cached(
        "SELECT count(*), avg(max(resolved_at - detected_at, 0)) FROM alerts INDEXED BY "
        "alerts_resolution WHERE resolved_at >= ?1 AND resolved_at <= ?2 AND "
        "status = 'resolved' AND detected_at IS NOT NULL AND is_test = 0");
    if (!st)
        return m_db.lastError();
    st->bind(1, nowMs - 30 * kDayMs).bind(2, nowMs);
    s = st->forEachRow([&](const Statement &row) {
        k.resolvedLast30d = int(row.int64(0));
        if (k.resolvedLast30d > 0)
            k.meanHoursToResolve = row.real(1) / double(kHourMs);
    });
    if (!s)
        return s.error();

    st = m_db.cached("SELECT count(*) FROM findings WHERE state = 'new'");
    if (!st)
        return m_db.lastError();
    if (s = st->forEachRow([&](const Statement &row) { k.newFindings = int(row.int64(0)); }); !s)
        return s.error();
    return k;
}

Result<QStringList> AlertChartReadModel::subscriptionsWithActiveAlerts()
{
    Statement *st = m_db.cached(
        "SELECT DISTINCT lower(subscription_id) FROM alerts INDEXED BY alerts_open WHERE "
        "status = 'active' AND is_test = 0 AND coalesce(subscription_id, '') <> '' ORDER BY 1");
    if (!st)
        return m_db.lastError();
    QStringList out;
    const Status s = st->forEachRow([&](const Statement &row) { out << row.text(0); });
    if (!s)
        return s.error();
    return out;
}

Result<QHash<QString, AlertChartReadModel::SubscriptionSpend>>
AlertChartReadModel::spendOfSubscriptionsWithActiveAlerts(int fromDay, int toDay)
{
    // In primary-key order (no sort): each subscription's days come together.
    Statement *st = m_db.cached(
        "SELECT s.subscription_id, s.day, s.cost, s.currency FROM spend_daily s WHERE "
        "s.subscription_id IN (SELECT subscription_id FROM alerts INDEXED BY alerts_open WHERE "
        "status = 'active' AND is_test = 0 AND coalesce(subscription_id, '') <> '') AND "
        "s.day >= ?1 AND s.day <= ?2 ORDER BY s.subscription_id, s.day");
    if (!st)
        return m_db.lastError();
    st->bind(1, fromDay).bind(2, toDay);
    QHash<QString, SubscriptionSpend> out;
    QByteArray current, currency; // copied only when they change
    SubscriptionSpend spend;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        spend.currency = QString::fromUtf8(currency).toUpper(); // of the latest day
        out.insert(QString::fromUtf8(current).toLower(), std::exchange(spend, {}));
    };
    const Status s = st->forEachRow([&](const Statement &row) {
        const QByteArrayView id = row.textView(0);
        if (id.compare(QByteArrayView(current), Qt::CaseInsensitive) != 0) {
            flush();
            current = id.toByteArray();
        }
        spend.days << qMakePair(int(row.int64(1)), row.real(2));
        if (const QByteArrayView c = row.textView(3); c != QByteArrayView(currency))
            currency = c.toByteArray();
    });
    if (!s)
        return s.error();
    flush();
    return out;
}

} // namespace vigie::store
