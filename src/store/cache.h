#pragma once

#include "core/result.h"
#include "store/database.h"
#include "store/migrations.h"

#include <memory>

namespace vigie::store {

// Opens (creating if needed) the local cache and brings it to the latest
// schema. The one entry point every layer uses to get a connection. A long
// migration (schema 5 rewrites every event) reports to `progress`, or on
// stderr without one.
Result<std::unique_ptr<Database>> openCache(const QString &path,
                                            Database::Options options = Database::Options{},
                                            const MigrationProgress &progress = {});

} // namespace vigie::store
