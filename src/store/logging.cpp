#include "store/logging.h"

Q_LOGGING_CATEGORY(lcStore, "vigie.store", QtInfoMsg)
