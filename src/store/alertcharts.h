#pragma once

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vigie::store {

class Database;

// How the alert trend is split into series.
enum class AlertSeriesBy
{
    Severity, // keys: wire severities (high, medium, low, informational, ...)
    Type,     // keys: wire alert types (CryptoMining, ...)
    Customer  // keys: customer ids (names alongside); the rest summed under "" (other)
};

// Alerts detected per day, one series per key. Days are local calendar days
// (the caller's UTC offset), oldest first, every day of the range present.
struct AlertTrend
{
    QList<QDate> days;
    QStringList keys;         // series keys, largest total first ("" = every other customer)
    QStringList names;        // display names of the keys (customer names; else the keys)
    QList<QList<int>> counts; // counts[series][day]
    int total() const;
};

// One customer of the "top customers by active alerts" list.
struct TopCustomer
{
    QString id;
    QString name; // company name; empty when the customer is not cached
    int active = 0;
    int high = 0; // of which high severity
};

// The alert side of the Overview's KPI tiles, at `nowMs`.
struct AlertKpis
{
    int active = 0;                 // status active
    int newLast24h = 0;             // detected in the last 24 h, any status
    int unresolvedOlder60d = 0;     // active or investigating, detected more than 60 days ago
    int resolvedLast30d = 0;        // resolved in the last 30 days (the MTTR sample)
    double meanHoursToResolve = -1; // over those; -1 when none was resolved
    int newFindings = 0;            // detection findings nobody triaged yet (state "new")
};

// Chart read models over the alerts table. Each query walks one covering
// index (schema 8), never the rows with their raw JSON, so a chart costs
// milliseconds at 100,000 alerts. Test alerts (isTest) are left out, as in
// the queue. Run off the GUI thread (gui::StoreWorker).
class AlertChartReadModel
{
public:
    explicit AlertChartReadModel(Database &db) : m_db(db) {}

    // The last `days` local days up to and including the day of `nowMs`.
    // With Customer, the `maxSeries` customers with the most alerts in the
    // range each get a series and the others are summed under "".
    Result<AlertTrend> trend(qint64 nowMs, int days, AlertSeriesBy by, qint64 utcOffsetMs = 0,
                             int maxSeries = 8);
    // Customers with the most active alerts, most first (ties: by name).
    Result<QList<TopCustomer>> topCustomers(int limit = 10);
    Result<AlertKpis> kpis(qint64 nowMs);
    // Azure subscription ids named by active alerts.
    Result<QStringList> subscriptionsWithActiveAlerts();
    // The daily spend (spend_daily) of those subscriptions between two days
    // (yyyyMMdd, inclusive), read in one statement: per lower-case id, the
    // currency of its latest day and its (day, cost) pairs in day order.
    struct SubscriptionSpend
    {
        QString currency;
        QList<QPair<int, double>> days;
    };
    Result<QHash<QString, SubscriptionSpend>> spendOfSubscriptionsWithActiveAlerts(int fromDay,
                                                                                   int toDay);

private:
    Database &m_db;
};

} // namespace vigie::store
