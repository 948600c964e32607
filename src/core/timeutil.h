#pragma once

#include <QDateTime>
#include <QString>

namespace vigie {

// Parses the timestamps the services send: ISO 8601 with 0 to 7 fractional
// digits, `Z`, an offset or nothing (then UTC, as the legacy fraud events and
// Graph innerError dates are), and `T` or a space between date and time.
// Returns an invalid QDateTime when the text is not a timestamp.
QDateTime parseWireDateTime(QStringView text);

// UTC, `Z` suffix, milliseconds: what Vigie writes in JSON and files.
QString formatWireDateTime(const QDateTime &time);

// Graph $filter literal: unquoted ISO 8601, seconds precision, `Z`.
QString formatFilterDateTime(const QDateTime &time);

// Milliseconds since the epoch (store columns); 0 stays "no time".
qint64 toEpochMs(const QDateTime &time);
QDateTime fromEpochMs(qint64 ms);

// yyyyMMdd as an int (Cost Management UsageDate, spend_daily.day).
int toDayNumber(QDate date);
QDate fromDayNumber(int day);

// Injected wherever "now" matters, so tests can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

// A duration in words, in the UI language: "1 hour", "15 minutes", "7 days"
// (the largest unit that divides it; seconds for the rest).
QString durationText(qint64 ms);

} // namespace vigie
