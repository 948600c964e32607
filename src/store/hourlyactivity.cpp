#include "store/hourlyactivity.h"

#include "store/database.h"
#include "store/logrepository.h"

namespace vigie::store {

namespace {

constexpr qint64 kHourMs = 3600000;

// Adds one rollup's rows of the span into `total` and `failed`.
Status readRollup(Database &db, const char *sql, const QString &customerId, qint64 firstHour,
                  int hours, QList<int> &total, QList<int> &failed)
{
    Statement *st = db.cached(sql);
    if (!st)
        return db.lastError();
    st->bind(1, customerId).bind(2, firstHour).bind(3, firstHour + hours);
    return st->forEachRow([&](const Statement &row) {
        const qint64 i = row.int64(0) - firstHour;
        if (i >= 0 && i < hours) {
            total[i] += int(row.int64(1));
            failed[i] += int(row.int64(2));
        }
    });
}

} // namespace

Result<HourlyActivity> HourlyActivityReadModel::range(const QString &customerId, qint64 fromMs,
                                                      int hours)
{
    HourlyActivity a;
    hours = std::max(0, hours);
    const qint64 firstHour = rollupHourOf(fromMs);
    a.startMs = firstHour * kHourMs;
    a.signIns.fill(0, hours);
    a.failedSignIns.fill(0, hours);
    a.auditChanges.fill(0, hours);
    a.failedAudits.fill(0, hours);
    if (hours == 0)
        return a;
    if (Status s = readRollup(m_db,
                              "SELECT hour, total, failed FROM signin_hourly WHERE customer_id = "
                              "?1 AND hour >= ?2 AND hour < ?3",
                              customerId, firstHour, hours, a.signIns, a.failedSignIns);
        !s)
        return s.error();
    if (Status s = readRollup(m_db,
                              "SELECT hour, total, failed FROM audit_hourly WHERE customer_id = "
                              "?1 AND hour >= ?2 AND hour < ?3",
                              customerId, firstHour, hours, a.auditChanges, a.failedAudits);
        !s)
        return s.error();
    return a;
}

Result<HourlyActivity> HourlyActivityReadModel::around(const QString &customerId, qint64 atMs,
                                                       int hoursEachSide)
{
    hoursEachSide = std::max(0, hoursEachSide);
    return range(customerId, rollupHourOf(atMs) * kHourMs - hoursEachSide * kHourMs,
                 2 * hoursEachSide);
}

} // namespace vigie::store
