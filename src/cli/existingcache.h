#pragma once

#include "cli/verbs.h"
#include "core/result.h"
#include "store/database.h"

#include <memory>

namespace vigie::cli {

// The cache a reading or acting verb works on. Only sync, import and login
// create one; the others say how to get one instead of making an empty cache.
Result<std::unique_ptr<store::Database>> openExistingCache(const Context &context);

} // namespace vigie::cli
