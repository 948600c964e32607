#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

namespace vigie::store {

class Database;

// Whether a tenant's log stream can be read at all. A tenant without an
// Entra ID P1/P2 licence refuses its sign-in logs
// (Authentication_RequestFromNonPremiumTenantOrB2CTenant): a property of the
// tenant, not a failed sync. The sync engine records each answer and asks
// again only once a day (kReprobeMs).
struct LogAvailability
{
    QString customerId;
    QString stream; // "signins" or "audits"
    bool known = false;
    bool available = true;
    QString reason; // translated, when not available
    qint64 probedAtMs = 0;
};

class LogAvailabilityRepository
{
public:
    static constexpr qint64 kReprobeMs = 24LL * 3600 * 1000;

    explicit LogAvailabilityRepository(Database &db) : m_db(db) {}

    // Joins the caller's transaction when one is open.
    Status record(const QString &customerId, const QString &stream, bool available,
                  const QString &reason, qint64 nowMs);
    // `known` false when the stream was never probed (or on error).
    LogAvailability get(const QString &customerId, const QString &stream);
    // True when the stream is known to be unavailable and was probed less
    // than a day before `nowMs`: the engine skips it.
    bool skipUntilReprobe(const QString &customerId, const QString &stream, qint64 nowMs);
    // Every probed stream: "<customer id, lower case>|<stream>" -> state.
    Result<QHash<QString, LogAvailability>> all();

private:
    Database &m_db;
};

} // namespace vigie::store
