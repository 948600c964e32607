#pragma once

#include "core/result.h"
#include "store/logavailability.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::store {

class Database;

// When one stream of a customer last succeeded, and its last error.
struct CustomerStreamState
{
    qint64 lastSuccessMs = 0; // 0: never
    QString lastError;        // empty after a success
};

// One row of the Customers page: the customer's name, what needs attention
// (active alerts, open findings, spend against its baseline), who sells it,
// and how fresh and complete its data is.
struct CustomerListRow
{
    QString id;
    QString companyName;
    QString domain;
    QStringList tags;
    int activeAlerts = 0; // not resolved, not test alerts
    int openFindings = 0; // new or acknowledged
    double spendLast7Days = 0;
    // The same 7 days' worth of spend on average over the 28 days before:
    // negative when there is no earlier spend to compare with.
    double spendBaseline7Days = -1;
    QString currency;
    QStringList resellers; // names (ids when a reseller has no name)
    int subscriptions = 0;
    CustomerStreamState details; // Partner Center: resellers, subscriptions
    CustomerStreamState signIns;
    CustomerStreamState audits;
    qint64 spendSyncedMs = 0;
    LogAvailability signInsAvailability;
    LogAvailability auditsAvailability;
};

// The Customers page's read model: every cached customer with its counts, a
// handful of grouped queries (no per-customer round trips, no raw events).
class CustomerListReadModel
{
public:
    explicit CustomerListReadModel(Database &db) : m_db(db) {}

    // `nowMs` fixes "the last 7 days" (days in UTC, as spend_daily stores them).
    Result<QList<CustomerListRow>> all(qint64 nowMs);

private:
    Database &m_db;
};

} // namespace vigie::store
