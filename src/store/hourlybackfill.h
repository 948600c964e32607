#pragma once

#include "core/result.h"
#include "store/migrations.h"

namespace vigie::store {

class Database;

// Schema 11 (migrations.cpp): the hourly rollups `signin_hourly` and
// `audit_hourly`, kept at ingest by LogRepository, counted once here from the
// events already cached. Resumable like schema 5: batches of rows in
// insertion order (rowid), each counted and its cursor (migration_v11) saved
// in one transaction, so a killed run leaves whole batches counted and the
// next open continues after them; the last transaction catches up with rows
// written meanwhile, drops the cursor and sets the version. Progress goes to
// `progress`, or to stderr without one.
Status migrateHourlyRollups(Database &db, const MigrationProgress &progress);

} // namespace vigie::store
