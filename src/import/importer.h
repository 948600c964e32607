#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace vigie::store {
class Database;
}

namespace vigie::import {

// Import formats, recognised by content (api.md §8), never by file name.
enum class Format
{
    Unknown,
    GraphJson,             // {"@odata.context":..., "value":[...]}
    JsonArray,             // bare array of Graph-shaped records (Graph / Entra portal JSON)
    JsonLines,             // one Graph-shaped object per line
    PortalCsvSignIns,      // Entra portal CSV, sign-ins ("Date (UTC),Request ID,...")
    PortalCsvAudits,       // Entra portal CSV, audit logs ("Date (UTC),CorrelationId,...")
    LogAnalyticsJson,      // SigninLogs / AuditLogs rows as JSON (array or lines)
    LogAnalyticsCsv,       // SigninLogs / AuditLogs rows as CSV
    AzureMonitorJson,      // {"records":[...]} diagnostic export
    AzureMonitorJsonLines, // one diagnostic record (or {"records":[...]}) per line
};

// Stable identifier ("graph-json", "entra-portal-csv-signins", ...): written
// into `_source.format` and printed by the CLI.
QString formatId(Format format);
// Translated one-line description.
QString formatDescription(Format format);

struct Rejection
{
    qint64 record = 0; // 1-based index among the records of the file
    qint64 line = 0;   // 1-based line (JSON Lines, CSV) or 0 when unknown
    QString reason;    // translated
};

struct ImportOptions
{
    // Customer every record belongs to; empty: read it from each record
    // (tenantId, resourceTenantId, homeTenantId, AADTenantId, TenantId).
    QString customerId;
    // Bytes read so far / file size; called at most every ~64 KiB of input.
    std::function<void(qint64 done, qint64 total)> progress;
    int batchSize = 2000; // rows per transaction
    int maxRejections = 20;
};

struct ImportReport
{
    QString path;
    Format format = Format::Unknown;
    qint64 records = 0;    // records seen
    qint64 taken = 0;      // written to the cache
    qint64 duplicates = 0; // already in the cache (or twice in the file)
    qint64 rejected = 0;
    qint64 signIns = 0;          // of `taken`
    qint64 audits = 0;           // of `taken`
    QList<Rejection> rejections; // the first ImportOptions::maxRejections
    bool truncated = false;      // the file ends (or breaks) mid-way; whole records before kept
    QString truncation;          // translated explanation
    QStringList customers;       // customers that received rows
    // Sign-in / audit time range written, epoch ms (0 when nothing written).
    qint64 firstEventMs = 0;
    qint64 lastEventMs = 0;
};

// Imports one file into the cache. A file Vigie cannot read as logs (binary,
// empty, not a log format, localized CSV header, no customer) is refused
// with an Error and nothing is written. Otherwise the good records are
// written in whole batches (one transaction each): a record that fails is
// rejected alone; a file cut mid-way keeps the whole records before the cut.
// Errors while writing the cache abort the import (batches already committed
// stay; re-importing is idempotent).
Result<ImportReport> importFile(store::Database &db, const QString &path,
                                const ImportOptions &options = {});

} // namespace vigie::import
