#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace vigie::store {

class Database;

struct EntitlementInfo
{
    QString id; // the Azure subscription id
    QString name;
    QString status;
};

struct SubscriptionInfo
{
    QString id; // Partner Center subscription id
    QString name;
    QString offerName;
    QString status;
    QList<EntitlementInfo> entitlements; // Azure subscriptions under an Azure plan
};

// How recent one sync stream of the customer is (sync_state).
struct StreamFreshness
{
    enum class Kind
    {
        Alerts,  // "alerts" (every customer's)
        Profile, // "customer:<id>": resellers and subscriptions
        SignIns, // "signins:<id>"
        Audits,  // "audits:<id>"
        Spend    // "spend:<azure subscription>"
    };
    Kind kind = Kind::Alerts;
    QString objectId;         // the Azure subscription of a spend stream
    qint64 lastSuccessMs = 0; // 0: never synced
    QString lastError;
};

struct CustomerHeader
{
    bool found = false;
    QString id;
    QString companyName;
    QString domain;
    QString resellerId;
    QString resellerName;
    QList<SubscriptionInfo> subscriptions;
    QList<StreamFreshness> freshness;
    // Whether the tenant's sign-in log is readable (Entra ID P1/P2), as the
    // sync last probed it (store/logavailability); unset when never probed.
    // false => "sign-in logs not available: no P1/P2 licence".
    std::optional<bool> signInLogsLicensed;
};

// One bar of a daily chart: `count` items of `series` on `day` (yyyyMMdd, UTC).
struct DayCount
{
    int day = 0;
    QString series; // alerts: severity (wire value); failed sign-ins: error code
    qint64 count = 0;
};

struct RuleCount
{
    QString ruleId;
    QString severity;
    qint64 count = 0; // findings of the rule overlapping the range
};

// One line of the customer's merged timeline.
struct TimelineEntry
{
    enum class Kind
    {
        Alert,
        Finding,
        SpendAnomaly,
        Action
    };
    Kind kind = Kind::Alert;
    qint64 atMs = 0;
    int day = 0;    // yyyyMMdd (UTC) of atMs
    QString series; // alert severity, finding rule id, action verb, spend subscription
    QString title;  // alert name, finding subject, action object
    QString detail; // alert status, finding state, action result, spend excess (filled by the view)
    QString objectId;   // alert id, finding id, acted-on object id, Azure subscription id
    double amount = 0;  // spend anomalies: excess cost
    double percent = 0; // spend anomalies: percent above the baseline
    QString currency;
};

// The customer drill-down's read models: header, daily counts from the
// rollups kept at ingest (alerts are few; sign-in failures come from
// signin_errors_daily, never the raw sign-ins), findings per rule and the
// merged timeline. Run on the store worker's thread.
class CustomerDrillDown
{
public:
    explicit CustomerDrillDown(Database &db) : m_db(db) {}

    Result<CustomerHeader> header(const QString &customerId);
    // Non-test alerts detected in [fromDay, toDay], per day and severity.
    Result<QList<DayCount>> alertsPerDay(const QString &customerId, int fromDay, int toDay);
    // Failed sign-ins per day and error code (signin_errors_daily).
    Result<QList<DayCount>> failedSignInsPerDay(const QString &customerId, int fromDay, int toDay);
    // Findings whose [first seen, last seen] overlaps the days, per rule.
    Result<QList<RuleCount>> findingsPerRule(const QString &customerId, int fromDay, int toDay);
    // Alerts, findings and actions (activity trail) of the days, newest
    // first, at most `limitPerKind` of each kind.
    Result<QList<TimelineEntry>> timeline(const QString &customerId, int fromDay, int toDay,
                                          int limitPerKind = 2000);

private:
    Database &m_db;
};

// yyyyMMdd <-> UTC epoch ms of the day's start.
qint64 dayStartMs(int yyyymmdd);
int addDays(int yyyymmdd, int days);

} // namespace vigie::store
