#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QList>

namespace vigie::store {

class Database;

// Daily spend per Azure subscription. Cost settles late, so the sync
// re-reads the last days and upserts: a day's row is replaced, never summed.
class SpendRepository
{
public:
    explicit SpendRepository(Database &db) : m_db(db) {}

    Status upsert(const QList<SpendDay> &days, qint64 syncedAtMs);
    Result<QList<SpendDay>> days(const QString &subscriptionId, int fromDay = 0, int toDay = 0);
    // Last day stored for a subscription, 0 if none (or on error).
    int lastDay(const QString &subscriptionId);
    qint64 count(); // -1 on error

private:
    Database &m_db;
};

} // namespace vigie::store
