#include "analytics/logging.h"

Q_LOGGING_CATEGORY(lcAnalytics, "vigie.analytics", QtInfoMsg)
