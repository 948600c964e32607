#pragma once

#include "store/customerdrilldown.h"

#include <QColor>
#include <QCoreApplication>

class QChart;

namespace vigie::gui {

class ChartPick;

// The customer drill-down's count charts, built from the store's daily
// rollups. Bars are stacked per day over every day of [fromDay, toDay]
// (empty days included, so days line up between charts); each QBarSet holds
// the exact counts and each category the full date, for tooltips. A click
// on a bar reports its day and series through `pick`.

// Alerts per day, stacked by severity (series = the severity's wire value).
class AlertsPerDayChart
{
    Q_DECLARE_TR_FUNCTIONS(AlertsPerDayChart)
public:
    static QChart *build(int fromDay, int toDay, const QList<store::DayCount> &counts,
                         ChartPick *pick = nullptr);
};

// Failed sign-ins per day, stacked by error code (the most frequent codes;
// the rest as "other", series empty).
class FailedSignInsChart
{
    Q_DECLARE_TR_FUNCTIONS(FailedSignInsChart)
public:
    static constexpr int kMaxCodes = 6;
    static QChart *build(int fromDay, int toDay, const QList<store::DayCount> &counts,
                         ChartPick *pick = nullptr);
};

// Findings per rule (series = rule id; no day).
class FindingsPerRuleChart
{
    Q_DECLARE_TR_FUNCTIONS(FindingsPerRuleChart)
public:
    static QChart *build(const QList<store::RuleCount> &counts, ChartPick *pick = nullptr);
};

// Shared by the daily charts: one stacked bar series, one set per series.
struct DailySeries
{
    QString key; // DayCount::series values it gathers; empty: every other value
    QString label;
    QColor color;
};
QChart *stackedDailyBars(int fromDay, int toDay, const QList<store::DayCount> &counts,
                         const QList<DailySeries> &series, const QString &valueTitle,
                         ChartPick *pick);

} // namespace vigie::gui
