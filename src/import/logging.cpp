#include "import/logging.h"

Q_LOGGING_CATEGORY(lcImport, "vigie.import", QtInfoMsg)
