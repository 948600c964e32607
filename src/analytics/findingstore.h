#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace vigie::store {
class Database;
}

namespace vigie::analytics {

struct FindingFilter
{
    QString customerId; // empty: all
    QString ruleId;     // empty: all
    QStringList states; // wire names; empty: all
    QDateTime since;    // lastSeen >= since when valid
    int limit = -1;
};

struct RuleHitStats
{
    QString ruleId;
    qint64 findings = 0;
    qint64 events = 0;
    QDateTime lastHit;
    QMap<QDate, int> daily; // findings first seen per day (UTC), last `days` days
};

// Reads findings and moves them through their lifecycle (detections.md §3).
// Every transition is written to `activity` (user, time, from/to, comment);
// a non-empty comment is also kept as a note on the finding.
class FindingStore
{
public:
    explicit FindingStore(store::Database &db);

    Result<QList<Finding>> list(const FindingFilter &filter = {});
    Result<Finding> get(qint64 id);

    // new -> acknowledged -> closed; new/acknowledged -> falsePositive.
    Status transition(qint64 id, FindingState to, const QString &user, const QString &comment,
                      const QDateTime &now);
    Status addNote(qint64 id, const QString &user, const QString &text, const QDateTime &now);
    struct Note
    {
        QString author;
        QString text;
        QDateTime at;
    };
    Result<QList<Note>> notes(qint64 id);

    // Hit counts per rule, with daily counts for sparklines over `days` days to `now`.
    Result<QList<RuleHitStats>> ruleStats(const QString &customerId, const QDateTime &now,
                                          int days = 30);

private:
    store::Database &m_db;
};

} // namespace vigie::analytics
