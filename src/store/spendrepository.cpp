#include "store/spendrepository.h"

#include "store/database.h"
#include "store/spendbaseline.h"
#include "store/syncstate.h"

namespace vigie::store {

Status SpendRepository::upsert(const QList<SpendDay> &days, qint64 syncedAtMs)
{
    WriteScope scope(m_db);
    if (!scope.beginStatus())
        return scope.beginStatus();
    // Each day's baseline, band and flag are kept beside the rows, in the
    // same transaction: the days the new rows can change are recomputed.
    SpendBaselineWriter baselines(m_db);
    if (Status s = baselines.noteWrites(days); !s)
        return s;
    for (const SpendDay &d : days) {
        Statement *st = m_db.cached(
            "INSERT INTO spend_daily(subscription_id, customer_id, day, cost, currency, synced_at) "
            "VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(subscription_id, day) DO UPDATE SET "
            "customer_id=excluded.customer_id, cost=excluded.cost, currency=excluded.currency, "
            "synced_at=excluded.synced_at");
        if (!st)
            return m_db.lastError();
        st->bind(1, d.subscriptionId).bind(2, d.customerId).bind(3, d.day).bind(4, d.cost);
        st->bind(5, d.currency.isEmpty() ? QString() : d.currency).bind(6, syncedAtMs);
        if (Status s = st->exec(); !s)
            return s;
    }
    if (Status s = baselines.update(); !s)
        return s;
    return scope.commit();
}

Result<QList<SpendDay>> SpendRepository::days(const QString &subscriptionId, int fromDay, int toDay)
{
    Statement *st = m_db.cached("SELECT subscription_id, customer_id, day, cost, currency FROM "
                                "spend_daily WHERE subscription_id = ?1 AND day >= ?2 AND "
                                "(?3 = 0 OR day <= ?3) ORDER BY day");
    if (!st)
        return m_db.lastError();
    st->bind(1, subscriptionId).bind(2, fromDay).bind(3, toDay);
    QList<SpendDay> out;
    const Status s = st->forEachRow([&](const Statement &row) {
        out << SpendDay{row.text(0), row.text(1), int(row.int64(2)), row.real(3), row.text(4)};
    });
    if (!s)
        return s.error();
    return out;
}

int SpendRepository::lastDay(const QString &subscriptionId)
{
    Statement *st = m_db.cached("SELECT max(day) FROM spend_daily WHERE subscription_id = ?1");
    if (!st)
        return 0;
    st->bind(1, subscriptionId);
    int day = 0;
    (void)st->forEachRow([&](const Statement &row) {
        if (!row.isNull(0))
            day = int(row.int64(0));
    }); // 0 on error, as documented
    return day;
}

qint64 SpendRepository::count()
{
    const Result<qint64> n = m_db.queryInt("SELECT count(*) FROM spend_daily");
    return n ? *n : -1;
}

} // namespace vigie::store
