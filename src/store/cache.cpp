#include "store/cache.h"

#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vigie::store {

Result<std::unique_ptr<Database>> openCache(const QString &path, Database::Options options)
{
    if (path != u":memory:" && options.mode == Database::Mode::ReadWrite) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir)) {
            return Error::make(
                Error::Kind::Generic,
                QCoreApplication::translate("Store", "Cannot create the folder %1.").arg(dir));
        }
    }
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    if (options.mode == Database::Mode::ReadWrite) {
        if (const Result<qint64> v = (*db)->queryInt("PRAGMA user_version");
            v && *v > latestSchemaVersion())
            return migrate(**db).error(); // the "newer version" error, nothing written
        if (Status s = (*db)->enableWal(); !s)
            return s.error();
        if (Status s = migrate(**db); !s)
            return s.error();
    } else if (const Result<qint64> v = (*db)->queryInt("PRAGMA user_version");
               v && *v > latestSchemaVersion()) {
        Status s = migrate(**db); // produces the "newer version" error without writing
        return s.error();
    }
    return std::move(db).value();
}

} // namespace vigie::store
