#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "vigie.core", QtInfoMsg)
