#include "export/logging.h"

Q_LOGGING_CATEGORY(lcExport, "vigie.export", QtInfoMsg)
