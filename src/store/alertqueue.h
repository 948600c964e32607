#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::store {

class Database;

// One row of the alerts queue across every customer: what the queue shows,
// filters and sorts on, names already joined (customer, reseller), plus the
// state of an action queued for the alert.
struct AlertQueueRow
{
    QString id;
    QString displayName;
    QString alertType;
    QString status;
    QString severity;
    QString confidence;
    QString customerId;
    QString customerName;
    QString resellerTenantId;
    QString resellerName;
    QString subscriptionId;
    QString subscriptionName; // friendly name from the cache; empty when unknown
    QString resolvedReason;
    qint64 detectedAtMs = 0;
    qint64 firstObservedAtMs = 0;
    qint64 lastObservedAtMs = 0;
    qint64 resolvedAtMs = 0;
    QString pendingAction; // outbox state of the newest action (queued, sending, failed, conflict)
                           // or empty
    QStringList customerTags; // the customer's tags (Customers page), sorted
};

// What the detail pane shows around one alert, read in one go (≤ 100 ms):
// the raw object, its local history and notes, and the same customer's
// activity within ±24 h of the alert.
struct AlertContext
{
    QByteArray raw;
    struct Event
    {
        qint64 atMs = 0;
        QString kind;
        QString oldStatus;
        QString newStatus;
    };
    QList<Event> history;
    struct Note
    {
        qint64 atMs = 0;
        QString author;
        QString text;
    };
    QList<Note> notes;
    qint64 windowStartMs = 0;           // alert time − 24 h, hour-aligned
    QList<int> failedSignInsPerHour;    // 48 buckets
    QList<int> signInsPerHour;          // 48 buckets
    QList<int> auditChangesPerHour;     // 48 buckets
    QList<QPair<qint64, double>> spend; // (day ms, cost) of the alert's subscription, ±3 days
    QString currency;
    // (rule id, subject) of the customer; a user id subject as its UPN when known
    QList<QPair<QString, QString>> openFindings;
    QList<QPair<QString, QString>> sameSubscriptionAlerts; // (id, display name)
};

class AlertQueueReadModel
{
public:
    explicit AlertQueueReadModel(Database &db) : m_db(db) {}

    Result<QList<AlertQueueRow>> all();
    Result<AlertContext> context(const QString &alertId);

private:
    Database &m_db;
};

} // namespace vigie::store
