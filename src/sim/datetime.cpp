#include "sim/datetime.h"

namespace vigie::sim {

namespace {

class Reader
{
public:
    explicit Reader(QStringView s) : m_s(s) {}

    bool digits(int count, int &out)
    {
        if (m_pos + count > m_s.size())
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = m_s[m_pos + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        m_pos += count;
        out = v;
        return true;
    }

    bool digit(int &out) { return digits(1, out); }

    bool take(char16_t c)
    {
        if (m_pos < m_s.size() && m_s[m_pos].unicode() == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool atEnd() const { return m_pos == m_s.size(); }

private:
    QStringView m_s;
    qsizetype m_pos = 0;
};

} // namespace

QDateTime parseDateTimeOffset(QStringView text)
{
    Reader r(text);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!r.digits(4, y) || !r.take(u'-') || !r.digits(2, mo) || !r.take(u'-') || !r.digits(2, d) ||
        !r.take(u'T') || !r.digits(2, h) || !r.take(u':') || !r.digits(2, mi) || !r.take(u':') ||
        !r.digits(2, s))
        return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, s);
    if (!date.isValid() || !time.isValid())
        return {};
    qint64 nanos = 0;
    if (r.take(u'.')) {
        int count = 0, dg = 0;
        while (r.digit(dg)) {
            if (++count > 7)
                return {};
            nanos = nanos * 10 + dg;
        }
        if (count == 0)
            return {};
        for (; count < 9; ++count)
            nanos *= 10;
    }
    int offsetSecs = 0;
    if (!r.take(u'Z')) {
        const bool plus = r.take(u'+');
        if (!plus && !r.take(u'-'))
            return {};
        int oh = 0, om = 0;
        if (!r.digits(2, oh) || !r.take(u':') || !r.digits(2, om) || om > 59 ||
            oh * 60 + om > 14 * 60)
            return {};
        offsetSecs = (oh * 3600 + om * 60) * (plus ? 1 : -1);
    }
    if (!r.atEnd())
        return {};
    const qint64 ms = (nanos + 500000) / 1000000; // rounded to the millisecond
    QDateTime t(date, time, Qt::UTC);
    if (ms != 0)
        t = t.addMSecs(ms);
    return offsetSecs == 0 ? t : t.addSecs(-offsetSecs);
}

QString formatUtcMs(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

int dayNumber(QDate date)
{
    return date.isValid() ? date.year() * 10000 + date.month() * 100 + date.day() : 0;
}

bool isGuidText(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                     (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

} // namespace vigie::sim
