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

QString durationText(qint64 ms)
{
    const qint64 s = ms / 1000;
    const auto say = [](const char *text, qint64 n) {
        return QCoreApplication::translate("Time", text, nullptr, int(n));
    };
    if (s > 0 && s % 86400 == 0)
        return say("%n day(s)", s / 86400);
    if (s > 0 && s % 3600 == 0)
        return say("%n hour(s)", s / 3600);
    if (s > 0 && s % 60 == 0)
        return say("%n minute(s)", s / 60);
    return say("%n second(s)", s);
}

} // namespace vigie
