#pragma once

// The chart views bench_charts times. Each view does what the dashboard does
// for one chart: the read-model query on the store worker's connection, then
// the model or QChart building (a QApplication exists; charts are deleted
// after each run). To add views, implement a function returning them in its
// own file and list it in bench_charts.cpp.
#include "benchworld.h"

#include <QList>
#include <QString>
#include <functional>

namespace vigie::bench {

struct ChartBenchView
{
    QString name; // unique; a key of the JSON line's "views"
    std::function<void(store::Database &db)> run;
};

// Overview: KPI tiles, alert trend by severity / type / customer over 7/30/90
// days, top customers, spend at risk (views_overview.cpp).
QList<ChartBenchView> overviewViews(const BenchWorld &world);
// Customer drill-down and Spend page views (views_drilldown.cpp).
QList<ChartBenchView> drilldownViews(const BenchWorld &world);

} // namespace vigie::bench
