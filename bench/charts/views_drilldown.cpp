#include "views.h"

namespace vigie::bench {

// The customer drill-down and the Spend page add their views here.
QList<ChartBenchView> drilldownViews(const BenchWorld &world)
{
    Q_UNUSED(world)
    return {};
}

} // namespace vigie::bench
