#include "store/sqlerror.h"

#include "store/logging.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace vigie::store {

namespace {

Error::Kind kindOf(int rc)
{
    switch (rc & 0xff) { // primary code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Kind::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Kind::Corrupt;
    default:
        return Error::Kind::Generic;
    }
}

QString openMessage(Error::Kind kind, int rc, const QString &path)
{
    switch (kind) {
    case Error::Kind::Locked:
        return QCoreApplication::translate(
                   "Store",
                   "The cache %1 is in use by another Vigie process; try again when it is done.")
            .arg(path);
    case Error::Kind::Corrupt:
        return QCoreApplication::translate(
                   "Store", "The file %1 is not a readable Vigie cache. It was left untouched.")
            .arg(path);
    default:
        return QCoreApplication::translate("Store", "The cache %1 could not be opened: %2")
            .arg(path, QString::fromUtf8(sqlite3_errstr(rc)));
    }
}

} // namespace

Error sqlError(sqlite3 *db, int rc, SqlFailure what, const QString &path, const QByteArray &sql,
               const QString &sqliteMessage, SqlLog log)
{
    const Error::Kind kind = kindOf(rc);
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString where = !path.isEmpty() ? path : file ? QString::fromUtf8(file) : QString();
    QString message;
    const int primary = rc & 0xff;
    if (primary == SQLITE_FULL) {
        // A page write failed whole: the transaction rolled back, nothing is half-written.
        message = QCoreApplication::translate(
                      "Store", "The disk holding the cache %1 is full. Nothing already stored was "
                               "lost; the last change was not written. Free some space and run "
                               "again.")
                      .arg(where);
    } else if (primary == SQLITE_READONLY || primary == SQLITE_PERM ||
               (primary == SQLITE_CANTOPEN && what == SqlFailure::Open)) {
        message = QCoreApplication::translate(
                      "Store", "The cache %1 cannot be written (a read-only file or folder, or no "
                               "permission). Choose a writable place with --cache, or fix the "
                               "permissions.")
                      .arg(where);
    } else if (primary == SQLITE_CORRUPT && db &&
               qstrcmp(sqlite3_errmsg(db), sqlite3_errstr(rc)) != 0) {
        // Said in words by one of our SQL functions (raw_json: a damaged
        // stored event), already translated: the most precise message there is.
        message = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        message =
            what == SqlFailure::Open
                ? openMessage(kind, rc, path)
                : QCoreApplication::translate("Store", "The local cache could not be updated: %1")
                      .arg(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    QString detail = !sqliteMessage.isEmpty() ? sqliteMessage
                     : db                     ? QString::fromUtf8(sqlite3_errmsg(db))
                                              : QString::fromUtf8(sqlite3_errstr(rc));
    if (!sql.isEmpty())
        detail += QStringLiteral(" [") + QString::fromUtf8(sql) + u']';
    if (log == SqlLog::Yes)
        qCWarning(lcStore).noquote()
            << "SQLite error" << rc << (path.isEmpty() ? QString() : path) << detail;
    return Error::make(kind, message, detail);
}

} // namespace vigie::store
