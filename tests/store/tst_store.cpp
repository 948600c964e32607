#include "sqlvalue.h"
#include "store/cache.h"
#include "store/instancelock.h"
#include "store/migrations.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace vigie;
using namespace vigie::store;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

ino_t inodeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// The neighbour: another process (this binary, re-run) that opens the cache
// with plain SQLite, reads, and closes, as `vigie alerts` does beside the
// dashboard. If it believes it is the last connection it checkpoints and
// unlinks the WAL.
constexpr char kNeighbourVariable[] = "VIGIE_TST_STORE_NEIGHBOUR";

int runNeighbour(const QByteArray &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return 2;
    sqlite3_busy_timeout(db, 5000);
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM activity", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 3;
}

QString fixturesDir()
{
    return QStringLiteral(VIGIE_TEST_DATA "/fixtures");
}

// Every table of the cache as {"table": [{column: value}, ...]} in rowid
// order, plus the schema version and the index names.
QJsonObject dumpTables(Database &db)
{
    QJsonObject out;
    QStringList tables;
    QJsonArray indexes;
    {
        auto st = db.prepare("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
                             "ORDER BY name");
        if (!st)
            return {{QStringLiteral("error"), st.error().detail}};
        const Status s = (*st)->forEachRow([&](const Statement &row) {
            if (row.text(0) == u"table")
                tables << row.text(1);
            else if (row.text(0) == u"index")
                indexes.append(row.text(1));
        });
        if (!s)
            return {{QStringLiteral("error"), s.error().detail}};
    }
    out.insert(QStringLiteral("user_version"), sqlValue(db.queryInt("PRAGMA user_version")));
    out.insert(QStringLiteral("indexes"), indexes);
    for (const QString &table : tables) {
        // Column names, then each row as a JSON object built by SQLite (types kept).
        QStringList pairs;
        auto info = db.prepare("SELECT name FROM pragma_table_info('" + table.toUtf8() + "')");
        if (!info)
            return {{QStringLiteral("error"), info.error().detail}};
        // The raw JSON of events as it reads (compressed since schema 5), and
        // other BLOBs (dictionaries) by size: JSON holds no BLOB.
        Status s = (*info)->forEachRow([&](const Statement &row) {
            pairs << (row.text(0) == u"raw"
                          ? QStringLiteral("'raw', raw_json(\"raw\")")
                          : QStringLiteral("'%1', iif(typeof(\"%1\") = 'blob', 'blob of ' || "
                                           "length(\"%1\") || ' bytes', \"%1\")")
                                .arg(row.text(0)));
        });
        if (!s)
            return {{QStringLiteral("error"), s.error().detail}};
        // Rows in insertion order, or in key order where there is no rowid
        // (the event tables keep one as a column of their own).
        const bool withoutRowid =
            sqlValue(db.queryInt("SELECT wr FROM pragma_table_list WHERE name = '" +
                                 table.toUtf8() + "'")) == 1 &&
            !pairs.contains(QStringLiteral("'rowid', iif(typeof(\"rowid\") = 'blob', 'blob of ' "
                                           "|| length(\"rowid\") || ' bytes', \"rowid\")"));
        auto st = db.prepare("SELECT json_object(" + pairs.join(u", ").toUtf8() + ") FROM \"" +
                             table.toUtf8() + "\"" + (withoutRowid ? "" : " ORDER BY rowid"));
        if (!st)
            return {{QStringLiteral("error"), st.error().detail}};
        QJsonArray rows;
        s = (*st)->forEachRow([&](const Statement &row) {
            rows.append(QJsonDocument::fromJson(row.textUtf8(0)).object());
        });
        if (!s)
            return {{QStringLiteral("error"), s.error().detail}};
        out.insert(table, rows);
    }
    return out;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/cache.sqlite"));
        auto db = openCache(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(sqlValue((*db)->queryInt("PRAGMA user_version")), qint64(latestSchemaVersion()));
        QCOMPARE(sqlValue((*db)->queryInt("PRAGMA application_id")),
                 qint64(Database::kApplicationId));
        QCOMPARE(sqlValue((*db)->queryText("PRAGMA journal_mode")), QStringLiteral("wal"));
        for (const char *table :
             {"customers", "subscriptions", "entitlements", "resellers", "alerts", "alert_events",
              "signins", "audits", "spend_daily", "findings", "rule_settings", "outbox", "notes",
              "sync_state", "activity"}) {
            const QByteArray sql =
                "SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='" +
                QByteArray(table) + "'";
            QVERIFY2(sqlValue((*db)->queryInt(sql)) == 1, table);
        }
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto db = openCache(path);
            QVERIFY(db.ok());
            Statement *s = (*db)->cached("INSERT INTO activity(at, verb, detail) VALUES(?,?,?)");
            QVERIFY(s);
            QVERIFY(
                s->bind(1, qint64(42)).bind(2, u"test").bind(3, QStringLiteral("é ✓")).exec().ok());
        }
        auto db = openCache(path);
        QVERIFY(db.ok());
        QCOMPARE(sqlValue((*db)->queryText("SELECT detail FROM activity WHERE at=42")),
                 QStringLiteral("é ✓"));
        QCOMPARE(sqlValue((*db)->queryInt("PRAGMA user_version")), qint64(latestSchemaVersion()));
    }

    // Frozen caches of older versions (tests/store/fixtures/vN.sql, SQL text
    // written once at that schema) migrate to the latest one with every row
    // kept as vN.expected.json says.
    void migratesFrozenFixture_data()
    {
        QTest::addColumn<QString>("dump");
        const QStringList dumps =
            QDir(fixturesDir()).entryList({QStringLiteral("v*.sql")}, QDir::Files, QDir::Name);
        QVERIFY(dumps.size() >= 3);
        for (const QString &name : dumps)
            QTest::newRow(qPrintable(name)) << QDir(fixturesDir()).filePath(name);
    }
    void migratesFrozenFixture()
    {
        QFETCH(QString, dump);
        QFile sql(dump);
        QVERIFY(sql.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
            const Status loaded = (*db)->exec(sql.readAll());
            QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().detail));
        }
        auto db = openCache(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const QJsonObject actual = dumpTables(**db);

        const QString expectedPath =
            QString(dump).replace(QStringLiteral(".sql"), QStringLiteral(".expected.json"));
        const QByteArray text = QJsonDocument(actual).toJson(QJsonDocument::Indented);
        if (qEnvironmentVariableIntValue("VIGIE_UPDATE_GOLDEN"))
            writeFile(expectedPath, text);
        QFile expectedFile(expectedPath);
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        if (actual != expected)
            qWarning().noquote() << "actual" << expectedPath << ":\n" << text;
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(actual.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(actual.keys(), expected.keys());
        QCOMPARE(sqlValue((*db)->queryInt("PRAGMA user_version")), qint64(latestSchemaVersion()));
        // The JSON above read back through raw_json: every event is stored compressed.
        QCOMPARE(sqlValue((*db)->queryInt("SELECT (SELECT count(*) FROM signins WHERE "
                                          "typeof(raw) <> 'blob') + (SELECT count(*) FROM audits "
                                          "WHERE typeof(raw) <> 'blob')")),
                 qint64(0));
    }

    void cachedStatementsAreKeyedByText()
    {
        auto db = openCache(QStringLiteral(":memory:"));
        QVERIFY(db);
        QByteArray first("SELECT count(*) FROM activity");
        Statement *a = (*db)->cached(first.constData());
        QVERIFY(a);
        // Same text from another buffer, the first one gone: the same statement.
        const QByteArray second = QByteArray("SELECT count(*) ") + "FROM activity";
        first.fill('x');
        QCOMPARE((*db)->cached(second.constData()), a);
        QCOMPARE(a->sql(), second);
        // Another text: another statement.
        QVERIFY((*db)->cached("SELECT count(*) FROM alerts") != a);
        // A text that does not compile: nullptr and the error.
        QVERIFY(!(*db)->cached("SELECT nope FROM nowhere"));
        QVERIFY((*db)->lastError().detail.contains(u"nowhere"));
    }

    void rowsIterateAndReportErrors()
    {
        auto db = openCache(QStringLiteral(":memory:"));
        QVERIFY(db);
        QVERIFY((*db)->exec("CREATE TABLE t(n INTEGER, s TEXT); INSERT INTO t VALUES(1,'a'), "
                            "(2,'b'), (3,NULL);"));
        Statement *st = (*db)->cached("SELECT n, s FROM t WHERE n >= ?1 ORDER BY n");
        QVERIFY(st);
        st->bind(1, 2);
        QStringList seen;
        for (const Statement &row : st->rows())
            seen << QString::number(row.int64(0)) +
                        (row.isNull(1) ? QStringLiteral("-") : row.text(1));
        QVERIFY(st->finish());
        QCOMPARE(seen, QStringList({QStringLiteral("2b"), QStringLiteral("3-")}));
        // finish() reset the statement and its bindings: ?1 is NULL now, no row.
        int rows = 0;
        QVERIFY(st->forEachRow([&](const Statement &) { ++rows; }));
        QCOMPARE(rows, 0);

        // A failing step ends the iteration; finish() returns the error.
        QVERIFY((*db)->exec("CREATE TABLE u(n INTEGER); INSERT INTO u VALUES(1), "
                            "(-9223372036854775807 - 1), (3);"));
        Statement *bad = (*db)->cached("SELECT abs(n) FROM u ORDER BY rowid");
        QVERIFY(bad);
        rows = 0;
        const Status s = bad->forEachRow([&](const Statement &) { ++rows; });
        QCOMPARE(rows, 1);
        QVERIFY(!s);
        QVERIFY(s.error().detail.contains(u"integer overflow"));
        QVERIFY(!s.error().message.isEmpty());
    }

    void queryHelpersReturnValueOrError()
    {
        auto db = openCache(QStringLiteral(":memory:"));
        QVERIFY(db);
        const Result<qint64> n = (*db)->queryInt("SELECT count(*) FROM activity");
        QVERIFY(n);
        QCOMPARE(*n, qint64(0));
        const Result<QString> text = (*db)->queryText("SELECT 'x' || 1");
        QVERIFY(text);
        QCOMPARE(*text, QStringLiteral("x1"));
        const Result<qint64> broken = (*db)->queryInt("SELECT count(*) FROM nowhere");
        QVERIFY(!broken);
        QVERIFY(broken.error().detail.contains(u"nowhere"));
        const Result<QString> none = (*db)->queryText("SELECT verb FROM activity");
        QVERIFY(!none);
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
        // A negative value is a value, not an error.
        QCOMPARE(sqlValue((*db)->queryInt("SELECT -1")), qint64(-1));
        QVERIFY((*db)->queryInt("SELECT -1"));
    }

    void everyMigrationStepOpensFromEachOlderVersion()
    {
        // Schema versions may have gaps (each branch takes its own number):
        // every listed version is a step to start from.
        QList<int> steps{0};
        for (const Migration &m : migrations())
            if (m.version < latestSchemaVersion())
                steps << m.version;
        for (int v : steps) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            {
                auto db = Database::open(path);
                QVERIFY(db.ok());
                QVERIFY(migrateTo(**db, v).ok());
                QCOMPARE(sqlValue((*db)->queryInt("PRAGMA user_version")), qint64(v));
            }
            auto db = openCache(path);
            QVERIFY2(db.ok(), qPrintable(QStringLiteral("from v%1").arg(v)));
            QCOMPARE(sqlValue((*db)->queryInt("PRAGMA user_version")),
                     qint64(latestSchemaVersion()));
        }
    }

    // Schema 4 keeps the sign-in's authentication protocol in a column: rows
    // already in the cache take it from their raw JSON.
    void protocolColumnFilledFromRawOnUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(migrateTo(**db, 3).ok());
            QVERIFY((*db)
                        ->exec("INSERT INTO signins(id, customer_id, created_at, raw) VALUES "
                               "('a', 'c', 1, '{\"authenticationProtocol\":\"ropc\"}'), "
                               "('b', 'c', 2, '{\"authenticationProtocol\":\"\"}'), "
                               "('d', 'c', 3, '{\"status\":{\"errorCode\":0}}'), "
                               "('e', 'c', 4, 'not json')")
                        .ok());
        }
        auto db = openCache(path);
        QVERIFY(db.ok());
        QCOMPARE(sqlValue((*db)->queryInt("PRAGMA user_version")), qint64(latestSchemaVersion()));
        QCOMPARE(
            sqlValue((*db)->queryText("SELECT group_concat(id || '=' || coalesce(auth_protocol, "
                                      "'NULL'), ' ') FROM (SELECT * FROM signins ORDER BY id)")),
            QStringLiteral("a=ropc b=NULL d=NULL e=NULL"));
        // The scan order covers the column: since schema 5 the table itself,
        // WITHOUT ROWID on (customer, time, id), is what a pass walks.
        const QString table =
            sqlValue((*db)->queryText("SELECT sql FROM sqlite_schema WHERE name='signins'"));
        QVERIFY(table.contains(QStringLiteral("auth_protocol")));
        QVERIFY(table.contains(QStringLiteral("WITHOUT ROWID")));
    }

    void refusesNonSqliteFileAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, QByteArray("these are my notes, not a database\n").repeated(100));
        const QByteArray before = fileHash(path);
        auto db = openCache(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Corrupt);
        QVERIFY(db.error().message.contains(path));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // Regression (#18): opening a second connection in a process must not
    // drop the locks of the first, or a neighbour process closing its own
    // connection unlinks the WAL under us ("How To Corrupt" §2.2).
    void neighbourCannotUnlinkTheWalOfOurOpenConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto seed = openCache(path); // an existing cache, as the dashboard finds it
            QVERIFY(seed.ok());
        }
        auto first = openCache(path);
        QVERIFY(first.ok());
        Database &a = **first;
        QVERIFY(a.exec("PRAGMA wal_autocheckpoint=0").ok()); // keep our pages in the WAL
        for (int i = 0; i < 50; ++i) {
            QVERIFY(a.exec(QByteArray("INSERT INTO activity(at, verb, detail) VALUES "
                                      "(1764547200, 'test', 'row ") +
                           QByteArray::number(i) + "')")
                        .ok());
        }
        const QString wal = path + QStringLiteral("-wal");
        const ino_t walInode = inodeOf(wal);
        QVERIFY(walInode != 0);
        // Every way this process opens the cache after the first connection.
        auto second = openCache(path);
        QVERIFY(second.ok());
        {
            // A detection reader thread's connection, opened and closed.
            auto reader =
                Database::open(path, Database::Options{Database::Mode::ReadOnly, false, 1000});
            QVERIFY(reader.ok());
        }
        auto third = openCache(path, Database::Options{Database::Mode::ReadWrite, true, 1000});
        QVERIFY(third.ok());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kNeighbourVariable), path);
        QProcess neighbour;
        neighbour.setProcessEnvironment(env);
        neighbour.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(neighbour.waitForFinished(20000));
        QCOMPARE(neighbour.exitCode(), 0);

        QCOMPARE(inodeOf(wal), walInode); // still there, still the file we write to
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
        QVERIFY(a.exec("INSERT INTO activity(at, verb, detail) VALUES "
                       "(1764547201, 'test', 'after')")
                    .ok());
        QCOMPARE(sqlValue((*second)->queryInt("SELECT count(*) FROM activity WHERE verb='test'")),
                 qint64(51));
        QCOMPARE(sqlValue(a.queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // The last Vigie connection to close checkpoints the WAL and truncates it
    // but never unlinks it (SQLITE_FCNTL_PERSIST_WAL): nothing can pull the
    // file from under a connection another process still has open.
    void lastConnectionKeepsTheWalFileEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto db = openCache(path);
            QVERIFY(db.ok());
            QVERIFY(
                (*db)->exec("INSERT INTO activity(at, verb, detail) VALUES (1, 'test', 'x')").ok());
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        }
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), qint64(0));
        auto db = openCache(path);
        QVERIFY(db.ok());
        QCOMPARE(sqlValue((*db)->queryInt("SELECT count(*) FROM activity WHERE verb='test'")),
                 qint64(1));
    }

    // The cache holds customers' sign-in logs: a new one is for its owner only.
    void newCacheIsPrivateToItsOwner()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("vigie"));
        const QString path = folder + QStringLiteral("/vigie.sqlite");
        auto db = openCache(path);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec("INSERT INTO activity(at, verb, detail) VALUES (1, 'test', 'x')").ok());
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        for (const QString &p :
             {folder, path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(p), qPrintable(p));
            QVERIFY2((QFile::permissions(p) & others) == 0, qPrintable(p));
        }
    }

    void refusesCorruptSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto db = openCache(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("PRAGMA journal_mode=DELETE").ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 4096);
        for (qsizetype i = 100; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5); // trash everything after the header
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray before = fileHash(path);
        auto db = openCache(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Corrupt);
        QCOMPARE(fileHash(path), before);
    }

    void refusesAnotherApplicationsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE mine(x); INSERT INTO mine VALUES(1);", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = fileHash(path);
        auto db = openCache(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Corrupt);
        QCOMPARE(fileHash(path), before);
    }

    void refusesNewerSchemaAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto db = openCache(path);
            QVERIFY(db.ok());
            QVERIFY(
                (*db)
                    ->exec("PRAGMA user_version=" + QByteArray::number(latestSchemaVersion() + 5) +
                           "; PRAGMA journal_mode=DELETE")
                    .ok());
        }
        const QByteArray before = fileHash(path);
        auto db = openCache(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::TooNew);
        QVERIFY(db.error().message.contains(QString::number(latestSchemaVersion() + 5)));
        QCOMPARE(fileHash(path), before);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = openCache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db.ok());
        {
            Transaction tx(**db);
            QVERIFY(tx.isActive());
            QVERIFY((*db)->exec("INSERT INTO activity(at, verb) VALUES(1, 'lost')").ok());
        }
        QCOMPARE(sqlValue((*db)->queryInt("SELECT count(*) FROM activity")), qint64(0));
        {
            Transaction tx(**db);
            QVERIFY((*db)->exec("INSERT INTO activity(at, verb) VALUES(1, 'kept')").ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(sqlValue((*db)->queryInt("SELECT count(*) FROM activity")), qint64(1));
    }

    void typedBindsRoundTrip()
    {
        QTemporaryDir dir;
        auto db = openCache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db.ok());
        Statement *ins = (*db)->cached(
            "INSERT INTO spend_daily(subscription_id, customer_id, day, cost, currency, "
            "synced_at) VALUES(?,?,?,?,?,?)");
        QVERIFY(ins);
        QVERIFY(ins->bind(1, u"S1")
                    .bind(2, u"C1")
                    .bind(3, 20240501)
                    .bind(4, 12.5034)
                    .bind(5, QString())
                    .bind(6, qint64(1))
                    .exec()
                    .ok());
        auto sel = (*db)->prepare(
            "SELECT cost, currency, day FROM spend_daily WHERE subscription_id='s1'");
        QVERIFY(sel.ok());
        QCOMPARE((*sel)->step(), Statement::Step::Row);
        QCOMPARE((*sel)->real(0), 12.5034);
        QVERIFY((*sel)->isNull(1)); // a null QString binds SQL NULL
        QCOMPARE((*sel)->int64(2), qint64(20240501));
        // Primary key violation is a clear error, not a crash.
        Status dup = ins->bind(1, u"S1")
                         .bind(2, u"C1")
                         .bind(3, 20240501)
                         .bind(4, 1.0)
                         .bind(5, u"EUR")
                         .bind(6, qint64(1))
                         .exec();
        QVERIFY(!dup.ok());
        QVERIFY(!dup.error().message.isEmpty());
        QVERIFY(!(*db)->prepare("SELECT nope FROM nowhere").ok());
        QVERIFY((*db)->cached("SELECT nope FROM nowhere") == nullptr);
    }

    void secondDashboardOnTheSameCacheIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        auto first = InstanceLock::acquire(path);
        QVERIFY(first.ok());
        auto second = InstanceLock::acquire(path);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Locked);
        QVERIFY(
            second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
        auto other = InstanceLock::acquire(dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(other.ok()); // another cache is another instance
        first = Error{};     // released
        QVERIFY(InstanceLock::acquire(path).ok());
    }

    // Two connections (as two Vigie processes would) opening, migrating and
    // writing the same new cache at once: both succeed, nothing is lost.
    void concurrentConnectionsDoNotCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        auto worker = [path](int who) {
            auto db = openCache(path);
            if (!db)
                return false;
            for (int i = 0; i < 200; ++i) {
                Transaction tx(**db);
                if (!tx.isActive())
                    return false;
                Statement *s = (*db)->cached("INSERT INTO activity(at, verb) VALUES(?, 'w')");
                if (!s->bind(1, qint64(who * 1000 + i)).exec())
                    return false;
                if (!tx.commit())
                    return false;
            }
            return true;
        };
        auto a = QtConcurrent::run(worker, 1);
        auto b = QtConcurrent::run(worker, 2);
        QVERIFY(a.result());
        QVERIFY(b.result());
        auto db = openCache(path);
        QVERIFY(db.ok());
        QCOMPARE(sqlValue((*db)->queryInt("SELECT count(*) FROM activity")), qint64(400));
        QCOMPARE(sqlValue((*db)->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kNeighbourVariable))
        return runNeighbour(qgetenv(kNeighbourVariable));
    QCoreApplication app(argc, argv);
    TestStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_store.moc"
