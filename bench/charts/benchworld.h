#pragma once

#include "core/result.h"

#include <QStringList>
#include <functional>

namespace vigie::store {
class Database;
}

namespace vigie::bench {

// A generated partner cache for the chart benchmark: customers with random
// GUID tenant ids and company names, their Azure subscriptions (entitlements
// of an Azure plan), sign-ins and directory audits spread over the last
// `days`, partner security alerts and daily spend with weekly seasonality
// and a few mining spikes. Everything is written through the store code the
// sync and the import use (CustomerRepository, LogRepository with its daily
// rollups, AlertRepository, SpendRepository), so the rollups are the real ones.
struct WorldOptions
{
    int customers = 200;
    qint64 signIns = 1000000;
    int days = 120;              // span of logs, alerts and spend, ending today
    int alertsPerCustomer = 100; // on average (skewed: a few customers get most)
    quint64 seed = 20261207;
};

struct BenchWorld
{
    qint64 nowMs = 0;
    int todayYmd = 0;
    QStringList customerIds;     // tenant GUIDs
    QStringList subscriptionIds; // Azure subscription GUIDs (spend, alerts)
    QString busiestCustomerId;   // the customer with the most sign-ins
    qint64 signIns = 0;
    qint64 audits = 0;
    qint64 alerts = 0;
};

// Fills `db` (a fresh cache). `progress` is told what is being written.
Result<BenchWorld> generateWorld(store::Database &db, const WorldOptions &options,
                                 const std::function<void(const QString &)> &progress = {});

// The world of a cache written before by generateWorld (ids read back; "now"
// is the current time).
Result<BenchWorld> readWorld(store::Database &db);

} // namespace vigie::bench
