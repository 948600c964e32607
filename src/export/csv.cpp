#include "export/csv.h"

namespace vigie::exporting {

CsvDialect CsvDialect::forLanguage(const QString &language)
{
    if (language.startsWith(u"fr"))
        return CsvDialect{u';', u','};
    return CsvDialect{};
}

CsvCell CsvCell::number(double value, int decimals, const CsvDialect &dialect)
{
    QString t = QString::number(value, 'f', decimals);
    if (dialect.decimalPoint != u'.')
        t.replace(u'.', dialect.decimalPoint);
    return {t, true};
}

QString encodeCsvText(const QString &value, const CsvDialect &dialect)
{
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' ||
                         v.front() == u'@' || v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    if (v.contains(dialect.separator) || v.contains(u'"') || v.contains(u'\n') ||
        v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

QString encodeCsvRecord(const QList<CsvCell> &cells, const CsvDialect &dialect)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += dialect.separator;
        line += cells[i].numeric ? cells[i].text : encodeCsvText(cells[i].text, dialect);
    }
    line += QStringLiteral("\r\n");
    return line;
}

QString encodeCsvHeader(const QStringList &names, const CsvDialect &dialect)
{
    QList<CsvCell> cells;
    for (const QString &n : names)
        cells << CsvCell::str(n);
    return encodeCsvRecord(cells, dialect);
}

} // namespace vigie::exporting
