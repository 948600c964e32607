#include "analytics/spendanomaly.h"

#include <QDate>
#include <algorithm>
#include <cmath>

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

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0.0;
    const qsizetype m = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + m, v.end());
    const double hi = v[m];
    if (v.size() % 2)
        return hi;
    return (*std::max_element(v.begin(), v.begin() + m) + hi) / 2.0;
}

} // namespace

QList<SpendPoint> detectSpendAnomalies(const QList<QPair<int, double>> &days,
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
    QList<double> cost(n, 0.0);
    for (const auto &[day, c] : sorted) {
        const QDate d = dateOf(day);
        if (d.isValid())
            cost[first.daysTo(d)] += c;
    }
    out.reserve(n);
    for (qint64 i = 0; i < n; ++i) {
        SpendPoint p;
        p.day = dayOf(first.addDays(i));
        p.cost = cost[i];
        const qint64 from = std::max<qint64>(0, i - o.windowDays);
        const qint64 history = i - from;
        const QList<double> window = cost.mid(from, history);
        const auto used =
            std::count_if(window.cbegin(), window.cend(), [](double v) { return v > 0; });
        if (used < o.minHistoryDays) {
            out << p; // learning
            continue;
        }
        const double level = median(window);
        QList<double> sameWeekday;
        for (qint64 j = i - 7; j >= from; j -= 7)
            sameWeekday << cost[j];
        const double weekday = level > 0 && !sameWeekday.isEmpty()
                                   ? std::clamp(median(sameWeekday) / level, 0.25, 4.0)
                                   : 1.0;
        QList<double> deviations;
        deviations.reserve(window.size());
        for (double v : window)
            deviations << std::abs(v - level);
        const double spread = 1.4826 * median(deviations);
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
