#pragma once

#include "core/result.h"
#include "core/spendanomaly.h"
#include "core/types.h"
#include "store/migrations.h"

#include <QHash>
#include <QList>
#include <QString>

namespace vigie::store {

class Database;

// Keeps each day's spend point (baseline, band, learning, anomaly: what
// `detectSpendAnomalies` says with its default options) in spend_baseline, and
// each subscription's state as of its last day in spend_subscriptions, in step
// with spend_daily (schema 13). The Spend views read these rows instead of
// running the detector over every subscription's history on every paint.
//
// A day's point depends on its own cost and on the `windowDays` before it, so
// a written row changes the points of its day and of the window after it; a
// series that grows at either end also gains the days between (cost 0). Only
// those days are recomputed, by the same detector over the rows they need.
//
// Every writer of spend_daily goes through SpendRepository::upsert, which runs
// this inside its transaction. A row written with plain SQL leaves the points
// stale until `rebuild` (tests of other read models do that; no product code).
class SpendBaselineWriter
{
public:
    explicit SpendBaselineWriter(Database &db) : m_db(db) {}

    // Before `days` are written: reads each subscription's stored first and
    // last day. Then write the rows, then call update() in the same transaction.
    Status noteWrites(const QList<SpendDay> &days);
    Status update();

    // Recomputes every subscription's points from spend_daily (the schema-13
    // migration; `progress(done, total)` in subscriptions).
    Status rebuild(const std::function<void(qint64 done, qint64 total)> &progress = {});

private:
    struct Pending
    {
        QString subscriptionId;
        int oldFirst = 0; // 0: no row before this write
        int oldLast = 0;
        int minChanged = 0;
        int maxChanged = 0;
    };
    Status recompute(const QString &subscriptionId, int fromDay, int toDay);
    Status refreshSubscription(const QString &subscriptionId);

    Database &m_db;
    QHash<QString, Pending> m_pending; // by lower-case subscription id
};

// The schema-13 migration: creates the tables and computes every point of the
// cached spend in one transaction (~50,000 points for 200 customers: well
// under a second), so a killed run leaves nothing half done.
Status migrateSpendBaselines(Database &db, const MigrationProgress &progress);

} // namespace vigie::store
