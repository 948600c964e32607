#include "sync/logging.h"

Q_LOGGING_CATEGORY(lcSync, "vigie.sync", QtInfoMsg)
