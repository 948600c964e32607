#pragma once

#include <QColor>

class QAbstractSeries;
class QChart;
class QPalette;

namespace vigie::gui::chartpalette {

// Colours of the series that carry meaning (a cost line, its baseline, the
// band around it, anomaly markers), chosen from the widget's palette so they
// read on a light and on a dark background alike. A chart builder tags each
// such series with its role; ChartView::applyPalette() colours them, again
// whenever the palette changes.
enum class Role
{
    None,
    Cost,     // the measured line (daily cost)
    Baseline, // the expected value (dashed)
    Band,     // the tolerated range around the baseline (translucent area)
    Anomaly   // markers on flagged points
};

// Whether `palette` is a dark one (its base darker than its text).
bool isDark(const QPalette &palette);
QColor color(Role role, const QPalette &palette);

void setRole(QAbstractSeries *series, Role role);
Role role(const QAbstractSeries *series);

// Colours every tagged series of `chart` for `palette` (pens, brushes, markers).
void apply(QChart *chart, const QPalette &palette);

} // namespace vigie::gui::chartpalette
