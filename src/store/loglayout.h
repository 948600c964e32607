#pragma once

#include "core/result.h"
#include "store/migrations.h"

namespace vigie::store {

class Database;

// Schema 5 (migrations.cpp): copies every sign-in and audit into the compact
// layout, raw JSON compressed with each customer's dictionary, in batches of
// one transaction each. Resumable: a killed run leaves the copied batches and
// their cursor (migration_v5), and the next open continues from there; only
// the last step (dropping the old tables, one transaction) makes the cache
// schema 5. Progress goes to `progress`, or to stderr without one.
Status migrateLogLayout(Database &db, const MigrationProgress &progress);

// Lines on stderr, at most one every two seconds: a long migration's progress
// when the caller gave no callback (the CLI).
MigrationProgress stderrMigrationProgress();

// The last step's script (kSchemaV5Swap in migrations.cpp).
const char *logLayoutSwapSql();

} // namespace vigie::store
