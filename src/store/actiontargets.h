#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace vigie::store {

class Database;

// What the action layer needs to know about the objects it acts on, read
// from the cache (names for confirmations, the current state for checks).
struct AlertTarget
{
    QString id;
    QString customerId;
    QString customerName;
    QString subscriptionId; // the Azure subscription the alert names
    QString displayName;
    QString status;
    QString resolvedReason;
    qint64 detectedAtMs = 0;
};

struct SubscriptionTarget
{
    QString id; // Partner Center subscription id
    QString customerId;
    QString customerName;
    QString name; // friendly name, else offer name
    QString status;
    bool azurePlan = false; // has Azure entitlements under it
};

struct EntitlementTarget
{
    QString id; // the Azure subscription id
    QString planSubscriptionId;
    QString customerId;
    QString customerName;
    QString name;
    QString status;
};

// A customer's subscriptions and their Azure entitlements, for the suspend dialog.
struct CustomerHoldings
{
    QString customerId;
    QString customerName;
    QList<SubscriptionTarget> subscriptions;
    QList<EntitlementTarget> entitlements;
};

class ActionTargets
{
public:
    explicit ActionTargets(Database &db) : m_db(db) {}

    Result<std::optional<AlertTarget>> alert(const QString &id);
    // Active or investigating alerts first detected before `beforeMs`, oldest first.
    Result<QList<AlertTarget>> openAlertsDetectedBefore(qint64 beforeMs);
    Result<std::optional<SubscriptionTarget>> subscription(const QString &customerId,
                                                           const QString &id);
    // An Azure subscription (entitlement) of the customer, by its id.
    Result<std::optional<EntitlementTarget>> entitlement(const QString &customerId,
                                                         const QString &azureSubscriptionId);
    // Every subscription of the customer (by name) and every entitlement under them.
    Result<CustomerHoldings> holdings(const QString &customerId);
    // After an action succeeded: the cache shows the new state at once.
    Status setAlertState(const QString &id, const QString &status, const QString &resolvedReason,
                         qint64 resolvedAtMs);
    Status setSubscriptionStatus(const QString &id, const QString &status);
    Status setEntitlementStatus(const QString &id, const QString &status);

private:
    Database &m_db;
};

} // namespace vigie::store
