#include "store/maintenance.h"

#include "store/database.h"
#include "store/logging.h"

#include <QFileInfo>

namespace vigie::store {

qint64 cacheBytes(Database &db)
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        const QFileInfo f(db.path() + suffix);
        if (f.exists())
            total += f.size();
    }
    return total;
}

Status compactCache(Database &db)
{
    qCInfo(lcStore) << "compacting" << db.path() << cacheBytes(db) << "bytes";
    if (Status s = db.exec("VACUUM"); !s)
        return s;
    // The rebuilt pages went through the write-ahead log: fold it back.
    if (Status s = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !s)
        return s;
    qCInfo(lcStore) << "compacted" << db.path() << cacheBytes(db) << "bytes";
    return {};
}

} // namespace vigie::store
