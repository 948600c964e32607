#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigie::store {

class Database;

struct ActivityEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor; // UPN, or "vigie" for the sync engine
    QString verb;  // sync, resolve, suspend, ...
    QString objectKind;
    QString objectId;
    QJsonObject detail;
};

// The local audit trail: who did what, when. Append-only.
class ActivityLog
{
public:
    explicit ActivityLog(Database &db) : m_db(db) {}

    Result<qint64> append(const ActivityEntry &entry);
    Result<QList<ActivityEntry>> recent(int limit = 100);

private:
    Database &m_db;
};

} // namespace vigie::store
