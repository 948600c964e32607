#include "analytics/spendanomaly.h"

#include <QDate>
#include <algorithm>
#include <cmath>
#include <vector>

namespace vigie::analytics {

namespace {

QDate dateOf(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
}

int dayOf(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

// Median of [begin, end) through a reused buffer (views call this ~100,000
// times: no allocation per call). Even sizes average the two middle values.
double median(const double *begin, const double *end, std::vector<double> &scratch)
{
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
    QList<QPair<int, double>> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    const QDate first = dateOf(sorted.first().first);
    const QDate last = dateOf(sorted.last().first);
    if (!first.isValid() || !last.isValid())
        return out;
    const qint64 n = first.daysTo(last) + 1;
    std::vector<double> cost(size_t(n), 0.0);
    for (const auto &[day, c] : sorted) {
        const QDate d = dateOf(day);
        if (d.isValid())
            cost[size_t(first.daysTo(d))] += c;
    }
    const QDate from = fromDay > 0 ? dateOf(fromDay) : first;
    const qint64 start = from.isValid() ? std::clamp<qint64>(first.daysTo(from), 0, n) : 0;
    out.reserve(n - start);
    std::vector<double> scratch, deviations, sameWeekday;
    scratch.reserve(size_t(o.windowDays));
    deviations.reserve(size_t(o.windowDays));
    for (qint64 i = start; i < n; ++i) {
        SpendPoint p;
        p.day = dayOf(first.addDays(i));
        p.cost = cost[size_t(i)];
        const qint64 windowFrom = std::max<qint64>(0, i - o.windowDays);
        const double *wb = cost.data() + windowFrom;
        const double *we = cost.data() + i;
        const auto used = std::count_if(wb, we, [](double v) { return v > 0; });
        if (used < o.minHistoryDays) {
            out << p; // learning
            continue;
        }
        const double level = median(wb, we, scratch);
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
        deviations.clear();
        for (const double *v = wb; v != we; ++v)
            deviations.push_back(std::abs(*v - level));
        const double spread =
            1.4826 * median(deviations.data(), deviations.data() + deviations.size(), scratch);
        p.baseline = level * weekday;
        const double half =
            std::max({o.k * spread, o.minRelativeBand * p.baseline, o.minAbsoluteBand});
        p.lower = std::max(0.0, p.baseline - half);
        p.upper = p.baseline + half;
        p.learning = false;
        p.anomaly = p.cost > p.upper && p.cost >= o.minRatio * p.baseline &&
                    p.cost - p.baseline >= o.minExcess;
        out << p;
    }
    return out;
}

} // namespace vigie::analytics
