#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace vigie::store {

// What failed, which decides the user-facing message of the error.
enum class SqlFailure
{
    Open,   // opening or checking the cache file; the message names the file
    Update, // a statement on an open cache; the message says it could not be updated
};

// Whether the failure still has to be logged (No when it was logged where it happened).
enum class SqlLog
{
    Yes,
    No
};

// The one place where an SQLite result code becomes a store Error: the kind
// follows the code (busy/locked -> Locked, corrupt/not-a-database -> Corrupt),
// the message is translated, the detail is `sqliteMessage` (SQLite's own
// message for the connection when empty) followed by the statement text when
// there is one; the failure is logged under lcStore.
Error sqlError(sqlite3 *db, int rc, SqlFailure what, const QString &path,
               const QByteArray &sql = {}, const QString &sqliteMessage = {},
               SqlLog log = SqlLog::Yes);

} // namespace vigie::store
