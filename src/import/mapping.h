#pragma once

#include "core/types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vigie::import {

// The shape a record arrived in; decides how it is mapped onto Graph v1.0.
enum class RecordShape
{
    Graph,        // camelCase signIn / directoryAudit (Graph, JSON Lines, portal JSON)
    LogAnalytics, // PascalCase SigninLogs / AuditLogs rows (dynamic columns may be strings)
    AzureMonitor, // diagnostic record: time, category, ..., properties{Graph shape}
    PortalCsv,    // a row of an Entra portal CSV download
};

enum class LogKind
{
    SignIn,
    Audit
};

// One record mapped onto the Graph v1.0 signIn / directoryAudit shape.
//
// Raw JSON kept in the cache: the Graph-shaped object. When the record did
// not arrive in Graph shape (CSV, Log Analytics, Azure Monitor) the original
// is kept under the `_source` member: {"format": "<format id>", "record":
// {...original...}} (for Azure Monitor the wrapper without `properties`, which
// is the Graph body itself). When the record had no id, Vigie derives one
// from a hash of the original record ("vigie-" + 32 hex digits) and marks it
// with "_vigieGeneratedId": true, so a re-import finds the same id.
struct MappedRecord
{
    LogKind kind = LogKind::SignIn;
    RecordShape shape = RecordShape::Graph;
    QJsonObject graph;
    QString tenantHint;     // customer tenant named by the record itself, if any
    bool unchanged = false; // graph == the original record (raw bytes may be reused)
};

struct MapOutcome
{
    bool ok = false;
    QString reason; // translated, when !ok
    MappedRecord record;
};

// Detects the shape of one JSON record and maps it. `formatId` is written into
// `_source` for non-Graph shapes.
MapOutcome mapJsonRecord(const QJsonObject &record, const QString &formatId);

// Which shape a JSON object looks like; false if none.
bool detectShape(const QJsonObject &record, RecordShape &shape);

// Entra portal CSV downloads -------------------------------------------------

enum class CsvKind
{
    PortalSignIns,
    PortalAudits,
    LogAnalytics
};

// Header analysis: maps each column to a normalized name; refuses localized
// or unknown headers (message names the columns found).
struct CsvHeader
{
    CsvKind kind = CsvKind::PortalSignIns;
    QStringList names;      // as written (BOM stripped)
    QStringList normalized; // trimmed, single spaces, lower case; LA: " [UTC]" stripped
};

struct CsvHeaderOutcome
{
    bool ok = false;
    bool looksLikeHeader = false; // a text header, just not one Vigie knows
    QString reason;
    CsvHeader header;
};
CsvHeaderOutcome analyzeCsvHeader(const QStringList &fields);

MapOutcome mapCsvRow(const CsvHeader &header, const QStringList &fields, const QString &formatId);

// Typed columns + raw bytes for the cache. `originalBytes` is stored as raw
// when the record is unchanged (saves a re-serialisation); `idSeed` feeds the
// generated id when the record has none.
struct RowOutcome
{
    bool ok = false;
    QString reason;
};
RowOutcome toSignIn(MappedRecord &record, const QByteArray &idSeed, const QByteArray &originalBytes,
                    SignIn &row);
RowOutcome toAudit(MappedRecord &record, const QByteArray &idSeed, const QByteArray &originalBytes,
                   AuditEvent &row);

// "vigie-" + 32 hex digits of SHA-256 over the seed (canonical record bytes).
QString generatedId(const QByteArray &seed);

// Time values: ISO 8601 (0-7 fraction digits) or the US form Log Analytics
// CSV exports use ("5/1/2024, 7:15:41.619 PM"). Invalid when neither.
QDateTime parseLogTime(const QString &text);

} // namespace vigie::import
