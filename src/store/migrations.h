#pragma once

#include "core/result.h"

#include <QList>
#include <functional>

namespace vigie::store {

class Database;
class Transaction;

// Progress of a long migration: `done` of `total` rows of schema `version`
// (`total` 0 while it is being counted). Called on the migrating thread.
using MigrationProgress = std::function<void(int version, qint64 done, qint64 total)>;

struct Migration
{
    int version; // user_version after this migration ran
    const char *description;
    const char *sql;
    // A migration too long for one transaction (rewriting every event): runs
    // in its own transactions after the earlier ones committed, resumes where
    // a killed run stopped, and sets user_version itself when done. `sql` is
    // then what it runs (see its definition).
    Status (*resumable)(Database &db, const MigrationProgress &progress) = nullptr;
};

// Every migration, oldest first. Versions increase; numbers may have gaps.
const QList<Migration> &migrations();
int latestSchemaVersion();

// Brings the database to the latest schema inside one IMMEDIATE transaction
// (a second process waits, then sees the work done). A database from a newer
// Vigie is refused and left untouched.
// Without `progress`, a long migration reports on stderr.
Status migrate(Database &db, const MigrationProgress &progress = {});

// Applies migrations up to `version` only (tests of older schemas).
Status migrateTo(Database &db, int version);

// The first step of a resumable migration: runs its `sql` (the tables it
// fills, kept from a killed run) in one immediate transaction. False when
// another connection finished the migration meanwhile.
Result<bool> beginResumableMigration(Database &db, int version);

// True when another connection (the window beside a CLI sync, both opening
// an old cache) finished the migration to `version`: its cursor and work
// tables are gone then. Asked first in each transaction `tx` that reads them;
// the error of `tx`'s begin when it is not active.
Result<bool> migrationFinishedElsewhere(const Transaction &tx, Database &db, int version);

} // namespace vigie::store
