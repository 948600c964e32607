#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The simulator's own reading and writing of times and ids. It shares no
// parser with the client: a form the services would refuse must be refused
// here too, not accepted because the client happens to read it.
namespace vigie::sim {

// OData DateTimeOffset literal as Graph takes it unquoted in $filter:
// `yyyy-MM-ddTHH:mm:ss`, optional `.` and 1 to 7 fractional digits, then `Z`
// or an explicit `+hh:mm` / `-hh:mm` offset (at most 14:00). Nothing else: no
// date alone, no space for `T`, no quotes, no missing seconds or zone, no
// surrounding blanks. Returns the instant in UTC, fraction rounded to the
// millisecond, or an invalid QDateTime when the text is refused. The sim
// reads its own generated timestamps, Partner Center dates and Cost
// Management time periods with it as well.
QDateTime parseDateTimeOffset(QStringView text);

// UTC, `Z`, milliseconds (`2024-05-01T10:11:12.345Z`); empty when invalid.
QString formatUtcMs(const QDateTime &time);

// yyyyMMdd as an int (Cost Management UsageDate); 0 when invalid.
int dayNumber(QDate date);

// 8-4-4-4-12 hex digits, any case, no braces.
bool isGuidText(QStringView text);

} // namespace vigie::sim
