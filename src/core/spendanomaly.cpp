#include "core/spendanomaly.h"

#include <QDate>
#include <algorithm>
#include <cmath>
#include <vector>

namespace vigie {

namespace {

// Day numbers (days since 1970-01-01, proleptic Gregorian) from yyyyMMdd and
// back, in integer arithmetic (H. Hinnant's days_from_civil/civil_from_days):
// the detector converts every cached day of every subscription, and QDate's
// calendar machinery was a tenth of the Spend page's time. -1 when invalid.
qint64 dayNumber(int yyyymmdd)
{
    int y = yyyymmdd / 10000;
    const int m = (yyyymmdd / 100) % 100, d = yyyymmdd % 100;
    if (!QDate::isValid(y, m, d))
        return -1;
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int yyyymmddOf(qint64 dayNumber)
{
    const qint64 z = dayNumber + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2);
    return int(y * 10000 + m * 100 + d);
}

// Median of [begin, end) through a reused buffer (views call this ~100,000
// times: no allocation per call). Even sizes average the two middle values.
double median(const double *begin, const double *end, std::vector<double> &scratch)
{
    if (const auto n = end - begin; n > 0 && n <= 8) {
        // The same-weekday values (at most four): a tiny insertion sort, no
        // selection over a copy.
        double v[8];
        for (std::ptrdiff_t i = 0; i < n; ++i) {
            std::ptrdiff_t j = i;
            for (; j > 0 && v[j - 1] > begin[i]; --j)
                v[j] = v[j - 1];
            v[j] = begin[i];
        }
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }
    scratch.assign(begin, end);
    if (scratch.empty())
        return 0.0;
    const size_t m = scratch.size() / 2;
    std::nth_element(scratch.begin(), scratch.begin() + m, scratch.end());
    const double hi = scratch[m];
    if (scratch.size() % 2)
        return hi;
    return (*std::max_element(scratch.begin(), scratch.begin() + m) + hi) / 2.0;
}

// The window's costs, kept sorted as it slides one day at a time. The level
// is its middle element, and its MAD needs no second selection: the
// deviations from the level of a sorted list are two sorted runs (leftwards
// and rightwards of the level), so their median is a short merge. A day
// costs one insert and one erase of ~28 values instead of three selections
// over copies (the spend overview runs this for every subscription and day).
class SortedWindow
{
public:
    void insert(double v) { m_v.insert(std::upper_bound(m_v.begin(), m_v.end(), v), v); }
    void erase(double v)
    {
        const auto it = std::lower_bound(m_v.begin(), m_v.end(), v);
        if (it != m_v.end() && *it == v)
            m_v.erase(it);
    }
    qint64 positives() const { return m_v.end() - std::upper_bound(m_v.begin(), m_v.end(), 0.0); }
    double median() const
    {
        const size_t n = m_v.size();
        if (n == 0)
            return 0.0;
        return n % 2 ? m_v[n / 2] : (m_v[n / 2 - 1] + m_v[n / 2]) / 2.0;
    }
    // Median of |v - level| over the window.
    double medianDeviation(double level) const
    {
        const qint64 n = qint64(m_v.size());
        if (n == 0)
            return 0.0;
        qint64 r = std::lower_bound(m_v.begin(), m_v.end(), level) - m_v.begin();
        qint64 l = r - 1;
        const auto next = [&] {
            const double left = l >= 0 ? level - m_v[size_t(l)] : HUGE_VAL;
            const double right = r < n ? m_v[size_t(r)] - level : HUGE_VAL;
            if (left <= right) {
                --l;
                return left;
            }
            ++r;
            return right;
        };
        const qint64 k = n / 2; // the k-th smallest deviation, 0-based
        double previous = 0.0, current = 0.0;
        for (qint64 t = 0; t <= k; ++t) {
            previous = current;
            current = next();
        }
        return n % 2 ? current : (previous + current) / 2.0;
    }

private:
    std::vector<double> m_v;
};

} // namespace

QList<SpendPoint> detectSpendAnomalies(const QList<QPair<int, double>> &days,
                                       const SpendAnomalyOptions &o)
{
    return detectSpendAnomalies(days, 0, o);
}

QList<SpendPoint> detectSpendAnomalies(const QList<QPair<int, double>> &days, int fromDay,
                                       const SpendAnomalyOptions &o)
{
    QList<SpendPoint> out;
    if (days.isEmpty())
        return out;
    // The read models hand the days over in order; only others pay a sort.
    QList<QPair<int, double>> copy;
    const QList<QPair<int, double>> *sorted = &days;
    if (!std::is_sorted(days.cbegin(), days.cend())) {
        copy = days;
        std::sort(copy.begin(), copy.end());
        sorted = &copy;
    }
    const qint64 first = dayNumber(sorted->first().first);
    const qint64 last = dayNumber(sorted->last().first);
    if (first < 0 || last < 0)
        return out;
    const qint64 n = last - first + 1;
    std::vector<double> cost(size_t(n), 0.0);
    for (const auto &[day, c] : *sorted) {
        const qint64 d = dayNumber(day);
        if (d >= 0 && std::isfinite(c)) // a NaN would break the sorted window
            cost[size_t(d - first)] += c;
    }
    const qint64 from = fromDay > 0 ? dayNumber(fromDay) : first;
    const qint64 start = from >= 0 ? std::clamp<qint64>(from - first, 0, n) : 0;
    out.reserve(n - start);
    std::vector<double> scratch, sameWeekday;
    SortedWindow window; // the costs of [max(0, i - windowDays), i)
    for (qint64 j = std::max<qint64>(0, start - o.windowDays); j < start; ++j)
        window.insert(cost[size_t(j)]);
    for (qint64 i = start; i < n; ++i) {
        SpendPoint p;
        p.day = yyyymmddOf(first + i);
        p.cost = cost[size_t(i)];
        const qint64 windowFrom = std::max<qint64>(0, i - o.windowDays);
        const auto slide = [&] {
            window.insert(cost[size_t(i)]);
            if (i - o.windowDays >= 0)
                window.erase(cost[size_t(i - o.windowDays)]);
        };
        p.historyDays = int(window.positives());
        if (p.historyDays < o.minHistoryDays) {
            out << p; // learning
            slide();
            continue;
        }
        const double level = window.median();
        sameWeekday.clear();
        for (qint64 j = i - 7; j >= windowFrom; j -= 7)
            sameWeekday.push_back(cost[size_t(j)]);
        const double weekday =
            level > 0 && !sameWeekday.empty()
                ? std::clamp(
                      median(sameWeekday.data(), sameWeekday.data() + sameWeekday.size(), scratch) /
                          level,
                      0.25, 4.0)
                : 1.0;
        const double spread = 1.4826 * window.medianDeviation(level);
        p.baseline = level * weekday;
        const double half =
            std::max({o.k * spread, o.minRelativeBand * p.baseline, o.minAbsoluteBand});
        p.lower = std::max(0.0, p.baseline - half);
        p.upper = p.baseline + half;
        p.learning = false;
        p.anomaly = p.cost > p.upper && p.cost >= o.minRatio * p.baseline &&
                    p.cost - p.baseline >= o.minExcess;
        out << p;
        slide();
    }
    return out;
}

} // namespace vigie
