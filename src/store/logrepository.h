#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigie {
struct SignIn;
struct AuditEvent;
} // namespace vigie

namespace vigie::store {

class Database;

// One sign-in ready for the cache: the typed columns views filter on plus the
// raw JSON bytes (Graph v1.0 signIn shape) exactly as they will be stored.
struct SignInRow
{
    QString id;
    qint64 createdAtMs = 0;
    QString userId;
    QString userPrincipalName;
    QString appId;
    QString appDisplayName;
    QString ipAddress;
    QString countryOrRegion;
    int errorCode = 0;
    QString authenticationProtocol; // empty: absent
    QByteArray raw;                 // UTF-8 JSON object
};

// One directory audit ready for the cache (Graph v1.0 directoryAudit shape).
struct AuditRow
{
    QString id;
    qint64 activityAtMs = 0;
    QString category;
    QString activityDisplayName;
    QString result;
    QString loggedByService;
    QString actor;
    QByteArray raw; // UTF-8 JSON object
};

struct InsertCounts
{
    qint64 inserted = 0;   // rows really written (and counted in the daily rollups)
    qint64 duplicates = 0; // rows whose (customer, id) was already in the cache
};

// The day a UTC epoch-ms instant counts for in the daily rollups
// (signin_daily, audit_daily): yyyyMMdd.
int rollupDayOf(qint64 ms);

// Writes sign-ins and directory audits with dedupe on (customer, id) and keeps
// the daily rollups (signin_daily, audit_daily) in step: only rows really
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

    // `source` fills the `source` column: "sync" or "import".
    Result<InsertCounts> insertSignIns(const QString &customerId, const QList<SignInRow> &rows,
                                       const QString &source = QStringLiteral("sync"));
    Result<InsertCounts> insertAudits(const QString &customerId, const QList<AuditRow> &rows,
                                      const QString &source = QStringLiteral("sync"));

    // Conveniences for the core value types (raw = the QJsonObject, compact).
    Result<InsertCounts> insertSignIns(const QList<SignIn> &signIns,
                                       const QString &source = QStringLiteral("sync"));
    Result<InsertCounts> insertAudits(const QList<AuditEvent> &audits,
                                      const QString &source = QStringLiteral("sync"));

    static SignInRow toRow(const SignIn &signIn);
    static AuditRow toRow(const AuditEvent &audit);

    // The raw JSON of one cached event (evidence of a finding); empty when the
    // event is not (or no longer) in the cache.
    QByteArray signInRaw(const QString &customerId, const QString &id);
    QByteArray auditRaw(const QString &customerId, const QString &id);

    // Counts for tests and the CLI; -1 on error.
    qint64 countSignIns(const QString &customerId);
    qint64 countAudits(const QString &customerId);

private:
    Database &m_db;
};

} // namespace vigie::store
