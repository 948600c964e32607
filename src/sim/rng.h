#pragma once

#include <QString>
#include <QtGlobal>

namespace vigie::sim {

// Stateless mixing: every generated value is a pure function of the seed and
// a few integers, so any item (e.g. sign-in number 734,512) can be produced
// on demand without generating the ones before it.
inline quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline quint64 hashOf(quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0)
{
    quint64 h = mix64(a);
    h = mix64(h ^ b);
    h = mix64(h ^ (c + 0x632be59bd9b4e019ULL));
    return mix64(h ^ (d + 0x8cb92ba72f3d8dd7ULL));
}

// Sequential generator (SplitMix64) for the small, eagerly built parts.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next() { return mix64(m_state += 0x9e3779b97f4a7c15ULL); }
    // [0, 1)
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // [lo, hi]
    int range(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

inline double unitOf(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

// A lowercase version-4-looking GUID built from two 64-bit values.
inline QString guidFrom(quint64 a, quint64 b)
{
    const quint64 hi = (a & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    const quint64 lo = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(hi >> 32, 8, 16, QLatin1Char('0'))
        .arg((hi >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(hi & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(lo >> 48, 4, 16, QLatin1Char('0'))
        .arg(lo & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

inline QString guidOf(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0)
{
    return guidFrom(hashOf(seed, a, b, c), hashOf(seed ^ 0x5bd1e995ULL, a, b, c));
}

} // namespace vigie::sim
