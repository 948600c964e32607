#pragma once

#include "core/result.h"
#include "store/alertrepository.h"
#include "store/notes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::exporting {

enum class Dataset
{
    Alerts,
    Findings,
    Spend,
    Activity
};
enum class Format
{
    Csv,
    Json
};

QString datasetName(Dataset dataset); // "alerts", ... (CLI argument)
std::optional<Dataset> datasetFromName(const QString &name);
QString formatName(Format format);
std::optional<Format> formatFromName(const QString &name);

struct ExportOptions
{
    Dataset dataset = Dataset::Alerts;
    Format format = Format::Csv;
    QString path;
    // The UI language: "fr" writes CSV in the French dialect and the rule
    // titles of findings in French.
    QString language = QStringLiteral("en");
    // Alerts: status/severity/customer as `vigie alerts`; the other datasets
    // take its customerId only.
    store::AlertFilter filter;
    // Rows written so far, total; returns false to cancel (no file is left).
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ExportSummary
{
    qint64 rows = 0;
};

// Writes one dataset to `options.path` through a temporary file renamed into
// place. CSV: UTF-8 with BOM, CRLF, a header row of property names, cells
// neutralised (csv.h). JSON: an array of objects, one per line.
Result<ExportSummary> exportData(store::Database &db, const ExportOptions &options);

// An alert as `vigie alerts --format json` prints it and the JSON export
// writes it: the Graph object as received (api.md §3), plus — when the
// analyst wrote any — `localNotes` [{text, author, createdDateTime}], which
// Graph does not keep.
QByteArray alertJson(const store::AlertRow &row, const QList<store::Note> &notes = {});

} // namespace vigie::exporting
