#pragma once

#include <QString>
#include <array>
#include <utility>

namespace vigie {

// An enum read from the wire. Services add values without notice, so parsing
// never fails: an unrecognised value maps to `E::Unknown` and the raw string
// is kept so it can be stored and shown as received.
//
// `Traits` provides `using Enum = ...;` and `static constexpr std::array names`
// of pairs {Enum, const char16_t *} listing the known wire spellings.
template <typename Traits> class WireEnum
{
public:
    using Enum = typename Traits::Enum;

    WireEnum() = default;
    explicit WireEnum(Enum value) : m_value(value), m_raw(nameOf(value)) {}

    // Wire values compare case-insensitively (Partner Center is lax, Graph is not,
    // and an enum keeps its meaning either way).
    static WireEnum parse(const QString &raw)
    {
        WireEnum e;
        e.m_raw = raw;
        e.m_value = Enum::Unknown;
        for (const auto &[value, name] : Traits::names) {
            if (raw.compare(QStringView(name), Qt::CaseInsensitive) == 0) {
                e.m_value = value;
                break;
            }
        }
        return e;
    }

    static QString nameOf(Enum value)
    {
        for (const auto &[v, name] : Traits::names) {
            if (v == value)
                return QString::fromUtf16(name);
        }
        return {};
    }

    Enum value() const { return m_value; }
    const QString &raw() const { return m_raw; }
    bool isUnknown() const { return m_value == Enum::Unknown; }
    bool isNull() const { return m_raw.isEmpty(); }

    bool operator==(Enum other) const { return m_value == other; }
    bool operator==(const WireEnum &other) const
    {
        return m_value == other.m_value &&
               (m_value != Enum::Unknown || m_raw.compare(other.m_raw, Qt::CaseInsensitive) == 0);
    }

private:
    Enum m_value = Enum::Unknown;
    QString m_raw;
};

} // namespace vigie
