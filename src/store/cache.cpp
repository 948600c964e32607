#include "store/cache.h"

#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vigie::store {

Result<std::unique_ptr<Database>> openCache(const QString &path, Database::Options options,
                                            const MigrationProgress &progress)
{
    const bool creating = path != u":memory:" && options.mode == Database::Mode::ReadWrite &&
                          !QFileInfo::exists(path);
    if (creating) {
        const QString dir = QFileInfo(path).absolutePath();
        const bool newDir = !QFileInfo::exists(dir);
        if (!QDir().mkpath(dir)) {
            return Error::make(
                Error::Kind::Generic,
                QCoreApplication::translate("Store", "Cannot create the folder %1.").arg(dir));
        }
        if (newDir) // customers' sign-in logs: for the analyst's eyes only
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    // chmod by path, before the WAL exists: SQLite gives the -wal and -shm
    // files the database file's mode. (Never a descriptor of our own on the
    // cache: see Database::open.)
    if (creating)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (options.mode == Database::Mode::ReadWrite) {
        if (const Result<qint64> v = (*db)->queryInt("PRAGMA user_version");
            v && *v > latestSchemaVersion())
            return migrate(**db).error(); // the "newer version" error, nothing written
        if (Status s = (*db)->enableWal(); !s)
            return s.error();
        if (Status s = migrate(**db, progress); !s)
            return s.error();
    } else if (const Result<qint64> v = (*db)->queryInt("PRAGMA user_version");
               v && *v > latestSchemaVersion()) {
        Status s = migrate(**db); // produces the "newer version" error without writing
        return s.error();
    }
    return std::move(db).value();
}

} // namespace vigie::store
