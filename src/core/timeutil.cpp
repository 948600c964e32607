#include "core/timeutil.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace vigie {

namespace {

bool readDigits(QStringView s, qsizetype &pos, int count, int &out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s[pos + i];
        if (!c.isDigit())
            return false;
        v = v * 10 + c.digitValue();
    }
    pos += count;
    out = v;
    return true;
}

bool expect(QStringView s, qsizetype &pos, QChar c)
{
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

QDateTime parseWireDateTime(QStringView text)
{
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!readDigits(s, pos, 4, y) || !expect(s, pos, u'-') || !readDigits(s, pos, 2, mo) ||
        !expect(s, pos, u'-') || !readDigits(s, pos, 2, d))
        return {};
    const QDate date(y, mo, d);
    if (!date.isValid())
        return {};
    if (pos == s.size())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    if (!(expect(s, pos, u'T') || expect(s, pos, u't') || expect(s, pos, u' ')))
        return {};
    if (!readDigits(s, pos, 2, h) || !expect(s, pos, u':') || !readDigits(s, pos, 2, mi))
        return {};
    if (expect(s, pos, u':') && !readDigits(s, pos, 2, sec))
        return {};
    int ms = 0;
    if (expect(s, pos, u'.') || expect(s, pos, u',')) {
        // Up to 7 digits (and tolerate more); keep milliseconds, round the rest.
        int digits = 0;
        qint64 frac = 0;
        while (pos < s.size() && s[pos].isDigit()) {
            if (digits < 9) {
                frac = frac * 10 + s[pos].digitValue();
                ++digits;
            }
            ++pos;
        }
        if (digits == 0)
            return {};
        while (digits < 9) {
            frac *= 10;
            ++digits;
        }
        ms = int((frac + 500000) / 1000000); // nanoseconds -> rounded ms
    }
    const QTime time(h, mi, sec);
    if (!time.isValid())
        return {};
    QDateTime result(date, time, Qt::UTC);
    result = result.addMSecs(ms);
    if (pos == s.size() || expect(s, pos, u'Z') || expect(s, pos, u'z')) {
        return pos == s.size() ? result : QDateTime();
    }
    const QChar sign = s[pos];
    if (sign != u'+' && sign != u'-')
        return {};
    ++pos;
    int oh = 0, om = 0;
    if (!readDigits(s, pos, 2, oh))
        return {};
    expect(s, pos, u':');
    if (pos < s.size() && !readDigits(s, pos, 2, om))
        return {};
    if (pos != s.size())
        return {};
    const int offset = (oh * 3600 + om * 60) * (sign == u'+' ? 1 : -1);
    return result.addSecs(-offset);
}

QString formatWireDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString formatFilterDateTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

qint64 toEpochMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromEpochMs(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

int toDayNumber(QDate date)
{
    return date.isValid() ? date.year() * 10000 + date.month() * 100 + date.day() : 0;
}

QDate fromDayNumber(int day)
{
    return QDate(day / 10000, (day / 100) % 100, day % 100);
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

namespace {

enum class Unit
{
    Days,
    Hours,
    Minutes,
    Seconds
};

// The largest unit that divides the duration (kept apart from the strings:
// Qt 6.4's lupdate loops on this arithmetic next to translate() calls).
std::pair<Unit, int> largestUnit(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    for (const auto &[unit, size] :
         {std::pair{Unit::Days, 86400}, std::pair{Unit::Hours, 3600}, std::pair{Unit::Minutes, 60}})
        if (seconds > 0 && seconds == (seconds / size) * size)
            return {unit, int(seconds / size)};
    return {Unit::Seconds, int(seconds)};
}

} // namespace

QString durationText(qint64 ms)
{
    const auto [unit, n] = largestUnit(ms);
    switch (unit) {
    case Unit::Days:
        return QCoreApplication::translate("Time", "%n day(s)", nullptr, n);
    case Unit::Hours:
        return QCoreApplication::translate("Time", "%n hour(s)", nullptr, n);
    case Unit::Minutes:
        return QCoreApplication::translate("Time", "%n minute(s)", nullptr, n);
    case Unit::Seconds:
        break;
    }
    return QCoreApplication::translate("Time", "%n second(s)", nullptr, n);
}

} // namespace vigie
