#pragma once

#include "core/result.h"

#include <QList>

namespace vigie::store {

class Database;

struct Migration
{
    int version; // user_version after this migration ran
    const char *description;
    const char *sql;
};

// Every migration, oldest first. Versions increase; numbers may have gaps.
const QList<Migration> &migrations();
int latestSchemaVersion();

// Brings the database to the latest schema inside one IMMEDIATE transaction
// (a second process waits, then sees the work done). A database from a newer
// Vigie is refused and left untouched.
Status migrate(Database &db);

// Applies migrations up to `version` only (tests of older schemas).
Status migrateTo(Database &db, int version);

} // namespace vigie::store
