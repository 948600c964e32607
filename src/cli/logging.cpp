#include "cli/logging.h"

Q_LOGGING_CATEGORY(lcCli, "vigie.cli", QtInfoMsg)
