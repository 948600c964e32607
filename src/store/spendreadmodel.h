#pragma once

#include "core/result.h"
#include "core/spendanomaly.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace vigie::store {

class Database;

// The daily cost of one Azure subscription with the names a page shows.
struct SpendSeries
{
    QString azureSubscriptionId;
    QString customerId;
    QString customerName; // empty when the customer is not cached
    QString name;         // the entitlement's friendly name, when cached
    QString currency;
    QList<QPair<int, double>> days; // (yyyyMMdd, cost), oldest first
};

// One subscription's spend points over a range as kept at ingest (schema 13,
// store/spendbaseline.h): the detector's points with its default options.
struct StoredSpendSeries
{
    QString azureSubscriptionId;
    QString customerId;
    QString customerName; // empty when the customer is not cached
    QString name;         // the entitlement's friendly name, when cached
    QString currency;
    QList<SpendPoint> points; // every day of the range within the series, oldest first
    // On the last cached day up to the range's end: no baseline yet, and the
    // days with a cost in the window before it.
    bool learning = true;
    int daysWithCost = 0;
};

// An alert of a customer on a day: what a spend anomaly links to.
struct LinkedAlert
{
    QString id;
    QString displayName;
    QString severity;
    qint64 detectedAtMs = 0;
};

// Reads spend_daily (already a daily rollup) for the spend views.
class SpendReadModel
{
public:
    explicit SpendReadModel(Database &db) : m_db(db) {}

    // Every subscription's days up to `toDay` (0: all), of one customer or of
    // all (empty id). All history is read: the detector's baseline at a day
    // needs the 28 days before it, and spend_daily holds ~90 days.
    Result<QList<SpendSeries>> series(const QString &customerId = {}, int toDay = 0);
    // Every subscription (or one customer's) with spend up to `toDay` (0:
    // all), with its state on its last day up to then; no points.
    Result<QList<StoredSpendSeries>> storedSubscriptions(const QString &customerId, int toDay);
    // One subscription's stored points in [fromDay, toDay] (key order).
    Result<QList<SpendPoint>> storedPoints(const QString &subscriptionId, int fromDay, int toDay);
    // The same for every subscription of storedSubscriptions: one seek each.
    Result<QList<StoredSpendSeries>> storedSeries(const QString &customerId, int fromDay,
                                                  int toDay);
    // Each subscription's first stated currency (lower-case id -> code).
    Result<QHash<QString, QString>> storedCurrencies();
    // The anomalous days in [fromDay, toDay] of every subscription
    // (spend_anomalies: those days only), as (subscription id, point).
    Result<QList<QPair<QString, SpendPoint>>> storedAnomalies(int fromDay, int toDay);
    // Non-test alerts of the customer detected on the UTC day (yyyyMMdd).
    Result<QList<LinkedAlert>> alertsOn(const QString &customerId, int day);
    // The same for several days of one customer in one read: yyyyMMdd -> its
    // alerts, for the days of `days` that have any.
    Result<QHash<int, QList<LinkedAlert>>> alertsOnDays(const QString &customerId,
                                                        const QList<int> &days);

private:
    Database &m_db;
};

} // namespace vigie::store
