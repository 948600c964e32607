#pragma once

// The detector lives in core (core/spendanomaly.h): the store runs it at
// ingest to keep each day's baseline, band and flag, and the views read or
// recompute the same points. Its names stay reachable here.
#include "core/spendanomaly.h"

namespace vigie::analytics {

using vigie::detectSpendAnomalies;
using vigie::SpendAnomalyOptions;
using vigie::SpendPoint;

} // namespace vigie::analytics
