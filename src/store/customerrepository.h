#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::store {

class Database;

// An Azure subscription that has spend: an Azure plan entitlement with the
// customer it belongs to.
struct SpendTarget
{
    QString azureSubscriptionId;
    QString customerId;
};

// Partner Center objects: customers, their indirect resellers, subscriptions
// and Azure plan entitlements. Upsert by id, raw JSON kept. Joins the
// caller's transaction when one is open.
class CustomerRepository
{
public:
    explicit CustomerRepository(Database &db) : m_db(db) {}

    Status upsertCustomers(const QList<Customer> &customers, qint64 syncedAtMs);
    Status upsertResellers(const QList<Reseller> &resellers, qint64 syncedAtMs);
    Status upsertSubscriptions(const QList<Subscription> &subscriptions, qint64 syncedAtMs);
    Status upsertEntitlements(const QList<Entitlement> &entitlements, qint64 syncedAtMs);

    Result<QStringList> customerIds();
    Result<QStringList> subscriptionIds(const QString &customerId);
    // Azure subscriptions (entitlements) of the given customers (empty = all).
    Result<QList<SpendTarget>> spendTargets(const QStringList &customerIds = {});
    // Empty when unknown (or on error).
    QString companyName(const QString &customerId);
    // Company name of every cached customer: id (as stored) -> name (may be empty).
    Result<QHash<QString, QString>> names();
    // Friendly name of every cached subscription, keyed by its lower-case id:
    // Azure subscriptions (entitlements: what alerts name) and Partner Center
    // subscriptions (friendly name, else offer name). Ids without a name are
    // left out.
    Result<QHash<QString, QString>> subscriptionNames();

    // Row counts; -1 on error.
    qint64 countCustomers();
    qint64 countSubscriptions();
    qint64 countEntitlements();
    qint64 countResellers();

private:
    Database &m_db;
};

} // namespace vigie::store
