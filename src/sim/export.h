#pragma once

#include "sim/world.h"

#include <QString>
#include <QStringList>

namespace vigie::sim {

// `vigie-sim export --out DIR`: writes the world's sign-in and audit logs in
// every format `vigie import` reads (api.md §8), one folder per customer
// tenant (directory audits name no tenant, so each folder is one customer):
//
//   DIR/<tenant>/signins.graph.json     {"@odata.context", "value":[...]}
//   DIR/<tenant>/audits.graph.json
//   DIR/<tenant>/signins.jsonl          JSON Lines
//   DIR/<tenant>/audits.jsonl
//   DIR/<tenant>/signins.portal.json    Entra portal JSON download (bare array)
//   DIR/<tenant>/signins.portal.csv     Entra portal CSV (BOM, CRLF, quirky header)
//   DIR/<tenant>/audits.portal.csv
//   DIR/<tenant>/signinlogs.la.json     Log Analytics SigninLogs (dynamic columns as strings)
//   DIR/<tenant>/auditlogs.la.csv       Log Analytics AuditLogs CSV ("TimeGenerated [UTC]")
//   DIR/<tenant>/diagnostics.json       Azure Monitor {"records":[...]} (both categories)
//   DIR/export.json                     file list and event counts per customer
//
// Written independently of src/store and src/analytics (the sim links core only).
struct ExportOptions
{
    QString outDir;
    int maxCustomers = -1; // -1: every customer
};

struct ExportSummary
{
    QStringList files;
    qint64 signIns = 0;
    qint64 audits = 0;
    QString error; // empty on success
};

ExportSummary exportLogs(const World &world, const ExportOptions &options);

// Entry point for `vigie-sim export --out DIR [--max-customers N]` once main()
// has built the World from its usual options; prints a summary and returns
// the exit code (0 ok, 1 write error, 2 no --out).
int runExport(const World &world, const ExportOptions &options);

} // namespace vigie::sim
