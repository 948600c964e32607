#pragma once

#include <QList>
#include <QPair>

namespace vigie {

// Daily spend against its own robust baseline.
//
// In core (pure arithmetic, no I/O) because two layers run the same code:
// the store keeps every day's point at ingest (store/spendbaseline.h) and the
// analytics views and exports read or recompute them.
//
// Method (why, and the parameters): Azure spend is skewed and spiky, and a
// compromised subscription shows as a jump of several times its normal cost,
// so the baseline must not be dragged by the spikes it should find. For each
// day d the detector takes the 28 days before it (four whole weeks, so each
// weekday is present four times):
//   level     = median of those 28 days
//   weekday   = median of the 4 same-weekday values / level (weekly
//               seasonality: weekends are often cheaper), 1 when level is 0
//   baseline  = level × weekday
//   spread    = 1.4826 × MAD of the 28 days (the normal-consistent scale)
//   band      = baseline ± max(k × spread, 25 % of baseline, 1 unit), k = 4
// A day is an anomaly when its cost is above the band, at least twice the
// baseline (`minRatio`: a hijacked subscription mines at several times its
// cost; growth of a few tens of percent is business) AND exceeds the baseline
// by at least `minExcess` (10 units of the currency): a spike in a
// subscription that costs cents is not worth an analyst's minute. Only
// increases are flagged (spend at risk); a drop is not. While fewer than 14
// days of the window have any cost, the detector says "learning" and flags
// nothing: a new (or long idle) subscription has no baseline yet. The cost of
// that choice: a dormant subscription's first days of use are not flagged
// here; Microsoft's own alert on it still reaches the queue.
struct SpendAnomalyOptions
{
    int windowDays = 28;
    int minHistoryDays = 14;
    double k = 4.0;
    double minRelativeBand = 0.25;
    double minAbsoluteBand = 1.0;
    double minRatio = 2.0;
    double minExcess = 10.0;
    friend bool operator==(const SpendAnomalyOptions &, const SpendAnomalyOptions &) = default;
};

struct SpendPoint
{
    int day = 0;       // yyyyMMdd
    double cost = 0.0; // as billed; days without a row count as 0
    double baseline = 0.0;
    double lower = 0.0; // band
    double upper = 0.0;
    bool learning = true;
    bool anomaly = false;
    // Days with a cost above 0 in the window before this day: "learning"
    // while fewer than `minHistoryDays` (the Spend page says how many).
    int historyDays = 0;
    double excess() const { return anomaly ? cost - baseline : 0.0; }
    // Percent above the baseline (0 when the baseline is 0).
    double percentAbove() const
    {
        return baseline > 0 ? (cost - baseline) * 100.0 / baseline : 0.0;
    }
};

// `days` are (yyyyMMdd, cost) pairs in any order; gaps are filled with 0
// from the first to the last day. Returns one point per day, in order.
QList<SpendPoint> detectSpendAnomalies(const QList<QPair<int, double>> &days,
                                       const SpendAnomalyOptions &options = {});
// The same points from `fromDay` (yyyyMMdd) on only: a day's point depends
// on the costs of the days before it, not on their points, so a view of the
// last N days computes N points, not the whole history.
QList<SpendPoint> detectSpendAnomalies(const QList<QPair<int, double>> &days, int fromDay,
                                       const SpendAnomalyOptions &options = {});

} // namespace vigie
