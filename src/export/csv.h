#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::exporting {

// How a CSV file is spelled. RFC 4180 (comma, dot) by default; the French
// dialect (semicolon, decimal comma) is what a French spreadsheet opens
// without an import wizard, so it is chosen when the UI language is French.
struct CsvDialect
{
    QChar separator = u',';
    QChar decimalPoint = u'.';

    static CsvDialect forLanguage(const QString &language);
};

// One cell before encoding: text is neutralised against formula injection,
// numbers are written by Vigie itself (never neutralised, decimal point of
// the dialect, no group separators).
struct CsvCell
{
    QString text;
    bool numeric = false;

    static CsvCell str(const QString &text) { return {text, false}; }
    static CsvCell number(double value, int decimals, const CsvDialect &dialect);
    static CsvCell integer(qint64 value) { return {QString::number(value), true}; }
    static CsvCell boolean(bool value)
    {
        return {value ? QStringLiteral("true") : QStringLiteral("false"), true};
    }
};

// A text cell as it goes in the file: a leading = + - @ tab or CR gets a `'`
// (spreadsheets run such cells as formulas: CSV injection), then the cell is
// quoted when it holds the separator, a quote, CR or LF (a multi-line value
// stays one quoted cell), quotes doubled.
QString encodeCsvText(const QString &value, const CsvDialect &dialect);

// One record, CRLF-terminated (RFC 4180).
QString encodeCsvRecord(const QList<CsvCell> &cells, const CsvDialect &dialect);
QString encodeCsvHeader(const QStringList &names, const CsvDialect &dialect);

// The UTF-8 byte order mark that makes spreadsheets read the file as UTF-8.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

} // namespace vigie::exporting
