#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigie::store {

class Database;

// What one upsert changed, for progress reports and change signals.
struct AlertUpsertCounts
{
    int inserted = 0;
    int statusChanged = 0;
    int unchanged = 0; // re-read, status identical (raw still refreshed)
};

// Filters of the alert queue / `vigie alerts`. Empty = any.
struct AlertFilter
{
    QString status;   // wire value: active, resolved, investigating, ...
    QString severity; // wire value
    QString customerId;
    int limit = -1;
};

// One row of the read model: typed columns plus the raw Graph object.
struct AlertRow
{
    QString id;
    QString displayName;
    QString alertType;
    QString status;
    QString severity;
    QString customerId;
    QString customerName; // from customers, when known
    QString subscriptionId;
    qint64 detectedAtMs = 0;
    qint64 resolvedAtMs = 0;
    QString resolvedReason;
    QByteArray raw; // UTF-8 JSON object as received
};

// High and medium alerts first seen in a window and still not resolved (the
// desktop notification after a sync).
struct NewAlertCounts
{
    int high = 0;
    int medium = 0;
};

// Partner security alerts: upsert by id (case-insensitive), raw JSON kept,
// every status change (and first sight) recorded in alert_events. Joins the
// caller's transaction when one is open; otherwise runs in its own.
class AlertRepository
{
public:
    explicit AlertRepository(Database &db) : m_db(db) {}

    Result<AlertUpsertCounts> upsert(const QList<Alert> &alerts, qint64 syncedAtMs);

    // The alert is gone remotely (404 on re-read): recorded in alert_events
    // and marked as synced so this run does not ask again.
    Status markMissing(const QString &id, qint64 syncedAtMs);

    // Ids of cached alerts whose status is not "resolved" and that were last
    // synced before `syncedBeforeMs` (0 = any).
    Result<QStringList> unresolvedIds(qint64 syncedBeforeMs = 0);

    // Newest detection first; `filter.limit` < 0 = all.
    Result<QList<AlertRow>> list(const AlertFilter &filter);
    // Alerts discovered (alert_events kind "discovered") at or after
    // `sinceMs`, not resolved since, by severity (high and medium only).
    Result<NewAlertCounts> newSince(qint64 sinceMs);

    // Number of cached alerts; -1 on error.
    qint64 count();
    // Status history of one alert: (at ms, kind, old status, new status),
    // oldest first; kind is "discovered", "status" or "missing".
    struct Event
    {
        qint64 atMs = 0;
        QString kind;
        QString oldStatus;
        QString newStatus;
    };
    Result<QList<Event>> events(const QString &alertId);

private:
    Database &m_db;
};

} // namespace vigie::store
