#pragma once

#include "core/result.h"

namespace vigie::store {

class Database;

// Bytes the cache takes on disk: the database file and its write-ahead log.
qint64 cacheBytes(Database &db);

// Rebuilds the cache file without its free pages (VACUUM), after checkpointing
// the write-ahead log. Long on a large cache: run it off the GUI thread. Fails
// (nothing lost) while another connection is writing.
Status compactCache(Database &db);

} // namespace vigie::store
