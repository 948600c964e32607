#pragma once

#include "core/result.h"
#include "core/types.h"
#include "store/activitylog.h"
#include "store/notes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vigie::store {

class Database;

// Who a case report is about: the Partner Center profile and its indirect
// reseller(s), as cached.
struct CustomerProfile
{
    QString id;
    QString companyName;
    QString domain;
    QStringList resellers; // names (the reseller tenant id when unnamed)
};

// One outbox action as the case report lists it: what was sent, when, with
// which request id (the idempotency key, sent as MS-RequestId /
// client-request-id).
struct ActionRecord
{
    qint64 id = 0;
    QString kind; // outbox kind name
    QString targetId;
    QString state;
    QString requestId;
    QString lastError;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// The reads of exports and the case report (src/export), so that layer holds
// no SQL: the local notes of many alerts at once, spend with its currency,
// the whole activity trail (or one customer's), the outbox of one customer.
class ExportReadModel
{
public:
    explicit ExportReadModel(Database &db) : m_db(db) {}

    // nullopt when the customer is not in the cache.
    Result<std::optional<CustomerProfile>> customer(const QString &customerId);
    // Notes on alerts (of one customer, or all when empty), oldest first,
    // keyed by the alert id in lower case.
    Result<QHash<QString, QList<Note>>> alertNotes(const QString &customerId = {});
    // Daily spend (of one customer, or all), by subscription then day.
    Result<QList<SpendDay>> spend(const QString &customerId = {});
    // The activity trail, oldest first; with a customer, only the entries
    // whose detail names it (actions) or whose object is the customer.
    Result<QList<ActivityEntry>> activity(const QString &customerId = {});
    // Outbox actions whose payload names the customer (all when empty), oldest first.
    Result<QList<ActionRecord>> actions(const QString &customerId);

private:
    Database &m_db;
};

} // namespace vigie::store
