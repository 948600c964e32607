#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QList>
#include <QString>

namespace vigie::store {

class Database;

// One line of the activity trail as the Activity page shows it: names
// resolved from the cache (ids kept for tooltips), the detail's fields split out.
struct ActivityRow
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString verb; // resolve, investigate, suspend, cancel, sync, checklist, sign-in, ...
    QString objectKind;
    QString objectId;
    QString objectName; // alert title, subscription or customer name; empty when unknown
    QString customerId;
    QString customerName;
    QString reason;
    QString note;
    QString result; // queued, done, failed, conflict, ...
    QString message;
    QString requestId;
};

struct ActivityFilter
{
    QString verb;       // empty: every action
    QString result;     // empty: every result
    QString customerId; // empty: every customer
    QString text;       // in every shown field, case-insensitive
    qint64 fromMs = 0;  // 0: open
    qint64 toMs = 0;    // 0: open (exclusive)
    int limit = 20000;  // newest first
};

// The trail, newest first, filtered.
Result<QList<ActivityRow>> activityRows(Database &db, const ActivityFilter &filter);
// The customers named in the trail (id, company name), for the filter.
Result<QList<QPair<QString, QString>>> activityCustomers(Database &db);

// An outbox action that needs the analyst (failed or in conflict): what
// Vigie wanted (local) beside what the cache knows of the service (remote).
struct AttentionRow
{
    Action action;
    QString targetName;
    QString customerId;
    QString customerName;
    QString remoteStatus; // alert or subscription status in the cache
    QString remoteReason; // alert resolvedReason
    QString remoteBy;     // alert resolvedBy
};
Result<QList<AttentionRow>> attentionRows(Database &db);

struct OutboxCounts
{
    qint64 queued = 0;
    qint64 failed = 0;
    qint64 conflict = 0;
};
Result<OutboxCounts> outboxCounts(Database &db);

} // namespace vigie::store
