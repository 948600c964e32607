#include "net/logging.h"

Q_LOGGING_CATEGORY(lcNet, "vigie.net", QtInfoMsg)
