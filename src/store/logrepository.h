#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vigie::store {

class Database;

struct InsertCounts
{
    qint64 inserted = 0;   // rows really written (and counted in the daily rollups)
    qint64 duplicates = 0; // rows whose (customer, id) was already in the cache
};

// The day a UTC epoch-ms instant counts for in the daily rollups
// (signin_daily, audit_daily): yyyyMMdd.
int rollupDayOf(qint64 ms);

// The hour a UTC epoch-ms instant counts for in the hourly rollups
// (signin_hourly, audit_hourly): hours since the epoch, floored.
qint64 rollupHourOf(qint64 ms);

// Writes sign-ins and directory audits with dedupe on (customer, id) and keeps
// the daily rollups (signin_daily, signin_errors_daily, audit_daily) and the
// hourly ones (signin_hourly, audit_hourly) in step: only rows really
// inserted are counted.
//
// Transactions: when the connection is already inside a transaction (the
// sync engine writes a page and its cursor in one outer store::Transaction),
// the batch joins it and the caller commits; otherwise the batch runs in its
// own IMMEDIATE transaction, committed before returning. Either way a batch is
// all-or-nothing. Batches of 1000-5000 rows give the best rate.
class LogRepository
{
public:
    explicit LogRepository(Database &db) : m_db(db) {}

    // The upserts of the hourly rollups (schema 11), shared with the
    // migration's backfill: ?1 customer, ?2 hour (rollupHourOf), ?3 events,
    // ?4 failed ones.
    static constexpr const char *kRollSignInHourSql =
        "INSERT INTO signin_hourly(customer_id, hour, total, failed) VALUES(?1,?2,?3,?4) "
        "ON CONFLICT(customer_id, hour) DO UPDATE SET total = total + excluded.total, "
        "failed = failed + excluded.failed";
    static constexpr const char *kRollAuditHourSql =
        "INSERT INTO audit_hourly(customer_id, hour, total, failed) VALUES(?1,?2,?3,?4) "
        "ON CONFLICT(customer_id, hour) DO UPDATE SET total = total + excluded.total, "
        "failed = failed + excluded.failed";

    // Sign-ins and audits as mapped once (core/logevents.h): the typed
    // columns views filter on plus `rawText`, the JSON bytes exactly as they
    // are stored. `source` fills the `source` column: "sync" or "import".
    // With `customerId`, every row is written for that customer; without it,
    // each row for its own `customerId`.
    Result<InsertCounts> insertSignIns(const QString &customerId, const QList<SignIn> &rows,
                                       const QString &source = QStringLiteral("sync"));
    Result<InsertCounts> insertAudits(const QString &customerId, const QList<AuditEvent> &rows,
                                      const QString &source = QStringLiteral("sync"));
    Result<InsertCounts> insertSignIns(const QList<SignIn> &signIns,
                                       const QString &source = QStringLiteral("sync"));
    Result<InsertCounts> insertAudits(const QList<AuditEvent> &audits,
                                      const QString &source = QStringLiteral("sync"));

    // The raw JSON of one cached event (evidence of a finding), decompressed;
    // empty when the event is not (or no longer) in the cache, or its stored
    // form is damaged (logged). With the event's time (evidence has it) the
    // lookup is one key search; without it, a walk of the customer's events.
    QByteArray signInRaw(const QString &customerId, const QString &id, const QDateTime &at = {});
    QByteArray auditRaw(const QString &customerId, const QString &id, const QDateTime &at = {});

    // Counts for tests and the CLI; -1 on error.
    qint64 countSignIns(const QString &customerId);
    qint64 countAudits(const QString &customerId);

private:
    Database &m_db;
};

} // namespace vigie::store
