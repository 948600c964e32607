#include "store/logavailability.h"

#include "store/database.h"

namespace vigie::store {

Status LogAvailabilityRepository::record(const QString &customerId, const QString &stream,
                                         bool available, const QString &reason, qint64 nowMs)
{
    Statement *st = m_db.cached(
        "INSERT INTO log_availability(customer_id, stream, available, reason, probed_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(customer_id, stream) DO UPDATE SET "
        "available = excluded.available, reason = excluded.reason, probed_at = excluded.probed_at");
    if (!st)
        return m_db.lastError();
    return st->bind(1, customerId)
        .bind(2, stream)
        .bindBool(3, available)
        .bind(4, available ? QString() : reason)
        .bind(5, nowMs)
        .exec();
}

LogAvailability LogAvailabilityRepository::get(const QString &customerId, const QString &stream)
{
    LogAvailability a;
    a.customerId = customerId;
    a.stream = stream;
    Statement *st = m_db.cached("SELECT available, coalesce(reason, ''), probed_at FROM "
                                "log_availability WHERE customer_id = ?1 AND stream = ?2");
    if (!st)
        return a;
    st->bind(1, customerId).bind(2, stream);
    (void)st->forEachRow([&](const Statement &r) {
        a.known = true;
        a.available = r.int64(0) != 0;
        a.reason = r.text(1);
        a.probedAtMs = r.int64(2);
    });
    return a;
}

bool LogAvailabilityRepository::skipUntilReprobe(const QString &customerId, const QString &stream,
                                                 qint64 nowMs)
{
    const LogAvailability a = get(customerId, stream);
    return a.known && !a.available && nowMs - a.probedAtMs < kReprobeMs && a.probedAtMs <= nowMs;
}

Result<QHash<QString, LogAvailability>> LogAvailabilityRepository::all()
{
    QHash<QString, LogAvailability> out;
    Statement *st = m_db.cached("SELECT customer_id, stream, available, coalesce(reason, ''), "
                                "probed_at FROM log_availability");
    if (!st)
        return m_db.lastError();
    Status s = st->forEachRow([&](const Statement &r) {
        LogAvailability a;
        a.customerId = r.text(0);
        a.stream = r.text(1);
        a.known = true;
        a.available = r.int64(2) != 0;
        a.reason = r.text(3);
        a.probedAtMs = r.int64(4);
        out.insert(a.customerId.toLower() + u'|' + a.stream, a);
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace vigie::store
