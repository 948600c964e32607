#pragma once

#include "store/alertcharts.h"

#include <QColor>
#include <QStringList>

class QChart;

namespace vigie::gui {

// The Overview's alert trend as a QChart for ChartView: alerts per day,
// stacked by severity, type or customer, on a time axis labelled in the
// locale's day/month order. Pure construction (no I/O), so the benchmark
// times it too.
namespace alerttrendchart {

// Ownership goes to the caller (ChartView::showChart takes it).
QChart *build(const store::AlertTrend &trend, store::AlertSeriesBy by);
// What a series is called: localized severity or type, customer name.
QString seriesLabel(store::AlertSeriesBy by, const QString &key, const QString &name);
// One label per day for tooltips ("07/12/2026").
QStringList dayLabels(const store::AlertTrend &trend);
// Severity colours stay the same everywhere; other series take a categorical
// palette readable on light and dark backgrounds.
QColor seriesColor(store::AlertSeriesBy by, const QString &key, int index);

} // namespace alerttrendchart
} // namespace vigie::gui
