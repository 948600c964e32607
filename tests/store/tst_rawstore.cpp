// The compact event layout (schema 5): raw JSON compressed per row with each
// customer's dictionary, old and new rows side by side, damaged rows, and the
// resumable migration from schema 4 killed half-way.
#include "opentogether.h"
#include "sqlvalue.h"
#include "store/cache.h"
#include "store/logrepository.h"
#include "store/migrations.h"
#include "store/rawcodec.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <cstdio>

using namespace vigie;
using namespace vigie::store;

namespace {

constexpr char kMigrateVariable[] = "VIGIE_TST_RAWSTORE_MIGRATE";
constexpr qint64 kT0 = 1767225600000; // 2026-01-01T00:00:00Z

// Graph-shaped sign-in JSON, different per event (ids, times, addresses) and
// alike per customer (its users, apps, city), as a tenant's logs are.
QByteArray signInJson(const QString &customer, int i, const QString &id)
{
    const int user = i % 37;
    const QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("createdDateTime"),
         QDateTime::fromMSecsSinceEpoch(kT0 + i * 1000LL, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("userPrincipalName"),
         QStringLiteral("user%1@%2.example").arg(user).arg(customer.left(4))},
        {QStringLiteral("userId"),
         QStringLiteral("7f1c2d3e-0000-4000-8000-%1").arg(user, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("appDisplayName"),
         i % 3 ? QStringLiteral("Office 365 Exchange Online") : QStringLiteral("Azure Portal")},
        {QStringLiteral("appId"), QStringLiteral("00000002-0000-0ff1-ce00-000000000000")},
        {QStringLiteral("correlationId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("ipAddress"), QStringLiteral("203.0.113.%1").arg(i % 250)},
        {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
        {QStringLiteral("authenticationProtocol"), QStringLiteral("none")},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("errorCode"), i % 7 ? 0 : 50126},
                     {QStringLiteral("failureReason"), QStringLiteral("Other.")}}},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Lyon")},
                     {QStringLiteral("countryOrRegion"), QStringLiteral("FR")}}},
        {QStringLiteral("deviceDetail"),
         QJsonObject{{QStringLiteral("operatingSystem"), QStringLiteral("Windows 10")},
                     {QStringLiteral("browser"), QStringLiteral("Edge 120.0")}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<SignIn> signIns(const QString &customer, int first, int count)
{
    QList<SignIn> rows;
    for (int i = first; i < first + count; ++i) {
        SignIn s;
        s.id = guid();
        s.customerId = customer;
        s.createdDateTime = QDateTime::fromMSecsSinceEpoch(kT0 + i * 1000LL, Qt::UTC);
        s.userPrincipalName = QStringLiteral("user%1").arg(i % 37);
        s.errorCode = i % 7 ? 0 : 50126;
        s.rawText = signInJson(customer, i, s.id);
        rows << s;
    }
    return rows;
}

std::unique_ptr<Database> openOrFail(const QString &path)
{
    auto db = openCache(path);
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return nullptr;
    }
    return std::move(db).value();
}

// A schema 4 cache (raw JSON as text) with `signIns` sign-ins and `audits`
// audit events over three customers; the sign-ins' JSON and rowids in order.
void writeSchema4Cache(const QString &path, int signInCount, int auditCount,
                       QList<QByteArray> *json, QList<qint64> *rowids)
{
    auto opened = Database::open(path);
    QVERIFY(opened);
    Database &db = **opened;
    QVERIFY(db.enableWal());
    QVERIFY(migrateTo(db, 4));
    Transaction tx(db);
    Statement *ins =
        db.cached("INSERT INTO signins(id, customer_id, created_at, upn, error_code, raw) "
                  "VALUES(?1,?2,?3,?4,?5,?6)");
    QVERIFY(ins);
    const QStringList customers{QStringLiteral("e1e1e1e1-0000-4000-8000-000000000001"),
                                QStringLiteral("e2e2e2e2-0000-4000-8000-000000000002"),
                                QStringLiteral("e3e3e3e3-0000-4000-8000-000000000003")};
    for (int i = 0; i < signInCount; ++i) {
        const QString id = guid();
        const QString customer = customers[i % 3];
        const QByteArray text = signInJson(customer, i, id);
        ins->bind(1, id).bind(2, customer).bind(3, kT0 + i * 1000LL);
        ins->bind(4, QStringLiteral("user%1").arg(i % 37)).bind(5, i % 7 ? 0 : 50126);
        ins->bindText(6, text);
        QVERIFY(ins->exec());
        if (json)
            *json << text;
        if (rowids)
            *rowids << db.lastInsertRowId();
    }
    Statement *audit = db.cached("INSERT INTO audits(id, customer_id, activity_at, actor, raw) "
                                 "VALUES(?1,?2,?3,?4,?5)");
    QVERIFY(audit);
    for (int i = 0; i < auditCount; ++i) {
        const QString id = guid();
        audit->bind(1, id).bind(2, customers[i % 3]).bind(3, kT0 + i * 5000LL);
        audit->bind(4, QStringLiteral("admin@contoso.example"));
        audit->bindText(
            5, QJsonDocument(QJsonObject{
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("category"), QStringLiteral("UserManagement")},
                                 {QStringLiteral("n"), i},
                             })
                   .toJson(QJsonDocument::Compact));
        QVERIFY(audit->exec());
    }
    QVERIFY(tx.commit());
}

// The child: opens (so migrates) the cache, printing every progress report
// on stdout, slowly enough for the parent to kill it between two batches.
int runMigration(const QString &path)
{
    auto db = openCache(path, Database::Options{}, [](int version, qint64 done, qint64 total) {
        std::printf("progress %d %lld %lld\n", version, qlonglong(done), qlonglong(total));
        std::fflush(stdout);
        QThread::msleep(30);
    });
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    std::printf("done\n");
    return 0;
}

} // namespace

class TestRawStore : public QObject
{
    Q_OBJECT

private slots:
    // Each customer's rows are compressed with its own dictionary, trained on
    // its own events, and read back byte for byte (typed reads, evidence reads
    // by id with and without the time, SQL through raw_json).
    void dictionaryPerCustomerRoundTrip()
    {
        QTemporaryDir dir;
        auto db = openOrFail(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db);
        LogRepository logs(*db);
        const QString a = QStringLiteral("aaaa1111-0000-4000-8000-000000000001");
        const QString b = QStringLiteral("bbbb2222-0000-4000-8000-000000000002");
        const QList<SignIn> rowsA = signIns(a, 0, 400);
        const QList<SignIn> rowsB = signIns(b, 0, 400);
        QCOMPARE(logs.insertSignIns(a, rowsA)->inserted, qint64(400));
        QCOMPARE(logs.insertSignIns(b, rowsB)->inserted, qint64(400));

        QCOMPARE(sqlValue((*db).queryText("SELECT group_concat(customer_id, ',') FROM (SELECT "
                                          "customer_id FROM raw_dicts WHERE stream='signIns' "
                                          "ORDER BY customer_id)")),
                 a + u',' + b);
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM signins WHERE typeof(raw)<>'blob'")),
                 qint64(0));
        // Several times smaller than the JSON.
        const qint64 stored = sqlValue(db->queryInt("SELECT sum(length(raw)) FROM signins"));
        qint64 json = 0;
        for (const SignIn &s : rowsA + rowsB)
            json += s.rawText.size();
        QVERIFY2(stored * 3 < json, qPrintable(QStringLiteral("%1 of %2").arg(stored).arg(json)));

        for (const SignIn &s : rowsA.mid(0, 50) + rowsB.mid(350)) {
            const QString customer = s.customerId;
            QCOMPARE(logs.signInRaw(customer, s.id, s.createdDateTime), s.rawText);
            QCOMPARE(logs.signInRaw(customer, s.id), s.rawText);
        }
        // Another customer's dictionary never reads this one's row.
        QVERIFY(logs.signInRaw(b, rowsA[0].id).isEmpty());
        auto st = db->prepare("SELECT id, raw_json(raw) FROM signins ORDER BY rowid");
        QVERIFY(st);
        int i = 0;
        const QList<SignIn> all = rowsA + rowsB;
        QVERIFY((*st)->forEachRow([&](const Statement &row) {
            QCOMPARE(row.text(0), all[i].id);
            QCOMPARE(row.textUtf8(1), all[i].rawText);
            ++i;
        }));
        QCOMPARE(i, 800);
    }

    // Rows written as TEXT (before schema 5, or by hand), rows compressed
    // without a dictionary (a customer's first small batch), and rows of two
    // dictionary versions all read back.
    void oldAndNewRowsDecode()
    {
        QTemporaryDir dir;
        auto db = openOrFail(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db);
        LogRepository logs(*db);
        const QString c = QStringLiteral("cccc3333-0000-4000-8000-000000000003");
        const QByteArray plain = R"({"id":"old-1","note":"written as text"})";
        QVERIFY(db->exec("INSERT INTO signins(id, customer_id, created_at, raw) VALUES('old-1', "
                         "'cccc3333-0000-4000-8000-000000000003', 5, "
                         "'{\"id\":\"old-1\",\"note\":\"written as text\"}')"));
        const QList<SignIn> few = signIns(c, 0, 10); // too few to train on
        QVERIFY(logs.insertSignIns(c, few));
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM raw_dicts")), qint64(0));
        const QList<SignIn> first = signIns(c, 10, 300); // trains version 1
        QVERIFY(logs.insertSignIns(c, first));
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM raw_dicts")), qint64(1));

        // A newer dictionary (trained on other events): later rows use it.
        QList<QByteArray> held;
        for (const SignIn &s : signIns(c, 5000, 300))
            held << s.rawText;
        const QList<QByteArrayView> samples(held.cbegin(), held.cend());
        const Result<qint64> v2 = db->rawCodec().trainDictionary(c, RawCodec::kSignIns, samples);
        QVERIFY(v2 && *v2 > 1);
        const QList<SignIn> second = signIns(c, 400, 300);
        QVERIFY(logs.insertSignIns(c, second));
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM raw_dicts")), qint64(2));

        // A new connection (no dictionary in memory) reads all four kinds.
        db.reset();
        db = openOrFail(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db);
        LogRepository again(*db);
        QCOMPARE(again.signInRaw(c, QStringLiteral("old-1")), plain);
        for (const SignIn &s : few + first.mid(0, 20) + second.mid(280))
            QCOMPARE(again.signInRaw(c, s.id, s.createdDateTime), s.rawText);
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM signins WHERE raw_json(raw) IS NULL")),
                 qint64(0));
    }

    // A damaged stored row is a clear error for the statement that reads it
    // (and an empty evidence read, logged), never a crash; the others still read.
    void damagedRowIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("sql");
        // The blob: format byte, dictionary id, length, frame.
        QTest::newRow("flipped frame bytes")
            << QByteArray("UPDATE signins SET raw = CAST(substr(raw, 1, 6) || "
                          "randomblob(length(raw) - 6) AS BLOB) WHERE id = ?1");
        QTest::newRow("truncated")
            << QByteArray("UPDATE signins SET raw = substr(raw, 1, length(raw) / 2) WHERE id = ?1");
        QTest::newRow("header only") << QByteArray("UPDATE signins SET raw = x'01' WHERE id = ?1");
        QTest::newRow("unknown dictionary")
            << QByteArray("UPDATE signins SET raw = CAST(x'01e70705' || substr(raw, 5) AS BLOB) "
                          "WHERE id = ?1");
        QTest::newRow("absurd length") << QByteArray(
            "UPDATE signins SET raw = CAST(x'0100ffffffffffff7f' || substr(raw, 5) AS BLOB) "
            "WHERE id = ?1");
    }
    void damagedRowIsAClearError()
    {
        QFETCH(QByteArray, sql);
        QTemporaryDir dir;
        auto db = openOrFail(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db);
        LogRepository logs(*db);
        const QString c = QStringLiteral("dddd4444-0000-4000-8000-000000000004");
        const QList<SignIn> rows = signIns(c, 0, 300);
        QVERIFY(logs.insertSignIns(c, rows));
        auto damage = db->prepare(sql);
        QVERIFY(damage);
        (*damage)->bind(1, rows[7].id);
        QVERIFY((*damage)->exec());
        QCOMPARE(sqlValue(db->queryText("SELECT typeof(raw) FROM signins WHERE id = '" +
                                        rows[7].id.toUtf8() + "'")),
                 QStringLiteral("blob"));

        QVERIFY(logs.signInRaw(c, rows[7].id, rows[7].createdDateTime).isEmpty());
        QCOMPARE(logs.signInRaw(c, rows[8].id, rows[8].createdDateTime), rows[8].rawText);
        const Result<QString> read = db->queryText(
            "SELECT raw_json(raw) FROM signins WHERE id = '" + rows[7].id.toUtf8() + "'");
        QVERIFY(!read);
        QCOMPARE(read.error().kind, Error::Kind::Corrupt);
        QVERIFY2(read.error().message.contains(u"stored JSON of a cached event could not be read"),
                 qPrintable(read.error().message));
        // A walk over every row stops at the damaged one with the same error.
        const Result<qint64> all =
            db->queryInt("SELECT count(*) FROM signins WHERE length(raw_json(raw)) > 0");
        QVERIFY(!all);
        QCOMPARE(all.error().kind, Error::Kind::Corrupt);
    }

    // Schema 5 from a schema 4 cache, killed (SIGKILL) between batches: the
    // cache stays a sound schema 4 cache with part of the copy kept, and the
    // next open resumes from there (it does not start over) and ends with
    // every row, rowid and byte of JSON.
    void killedMigrationResumes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        constexpr int kSignIns = 12000;
        constexpr int kAudits = 1500;
        QList<QByteArray> json;
        QList<qint64> rowids;
        writeSchema4Cache(path, kSignIns, kAudits, &json, &rowids);
        if (QTest::currentTestFailed())
            return;

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kMigrateVariable), path);
        qint64 doneAtKill = -1;
        {
            QProcess child;
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            // Kill once two batches (4,000 rows) are committed and reported.
            QElapsedTimer waited;
            waited.start();
            while (doneAtKill < 4000 && waited.elapsed() < 60000) {
                if (!child.canReadLine() && !child.waitForReadyRead(1000))
                    continue;
                const QList<QByteArray> f = child.readLine().trimmed().split(' ');
                if (f.value(0) == "progress")
                    doneAtKill = f.value(2).toLongLong();
            }
            QVERIFY2(doneAtKill >= 4000, qPrintable(QString::number(doneAtKill)));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        }
        {
            // Still schema 4 and sound, part of the copy and its cursor kept.
            auto opened = Database::open(path);
            QVERIFY(opened);
            Database &db = **opened;
            QCOMPARE(sqlValue(db.queryInt("PRAGMA user_version")), qint64(4));
            QCOMPARE(sqlValue(db.queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
            const qint64 copied = sqlValue(db.queryInt("SELECT count(*) FROM signins_v5"));
            QVERIFY2(copied >= 4000 && copied < kSignIns, qPrintable(QString::number(copied)));
            QCOMPARE(sqlValue(db.queryInt("SELECT done_rowid FROM migration_v5 WHERE "
                                          "stream='signIns'")),
                     rowids[copied - 1]);
            QCOMPARE(sqlValue(db.queryInt("SELECT count(*) FROM signins")), qint64(kSignIns));
        }
        {
            QProcess child;
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForFinished(120000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
            // It resumed: its first report already counts the rows copied before the kill.
            const QList<QByteArray> first = lines.value(0).split(' ');
            QCOMPARE(first.value(0), QByteArray("progress"));
            QVERIFY2(first.value(2).toLongLong() >= doneAtKill, lines.value(0).constData());
            QCOMPARE(first.value(3).toLongLong(), qint64(kSignIns + kAudits));
            QCOMPARE(lines.last(), QByteArray("done"));
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(sqlValue(db->queryInt("PRAGMA user_version")), qint64(latestSchemaVersion()));
        QCOMPARE(sqlValue(db->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                       "('signins_v5', 'audits_v5', 'migration_v5')")),
                 qint64(0));
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM audits WHERE typeof(raw)='blob'")),
                 qint64(kAudits));
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM raw_dicts WHERE stream='signIns'")),
                 qint64(3));
        auto st =
            db->prepare("SELECT rowid, raw_json(raw), typeof(raw) FROM signins ORDER BY rowid");
        QVERIFY(st);
        int i = 0;
        QVERIFY((*st)->forEachRow([&](const Statement &row) {
            QCOMPARE(row.int64(0), rowids.value(i));
            QCOMPARE(row.textUtf8(1), json.value(i));
            QCOMPARE(row.text(2), QStringLiteral("blob"));
            ++i;
        }));
        QCOMPARE(i, kSignIns);
        // New rows continue the sequence after the migrated ones.
        LogRepository logs(*db);
        const QList<SignIn> more =
            signIns(QStringLiteral("e1e1e1e1-0000-4000-8000-000000000001"), kSignIns, 5);
        QCOMPARE(logs.insertSignIns(QStringLiteral("e1e1e1e1-0000-4000-8000-000000000001"), more)
                     ->inserted,
                 qint64(5));
        QCOMPARE(sqlValue(db->queryInt("SELECT min(rowid) FROM signins WHERE created_at >= " +
                                       QByteArray::number(kT0 + kSignIns * 1000LL))),
                 rowids.last() + 1);
    }
    // Two processes opening the same schema 4 cache at once (the window and
    // a CLI sync): each finds the other's copy and swap, and both open it.
    // Before the fix one failed with "no such table: migration_v5" when the
    // other swapped the tables between two of its batches.
    void twoConnectionsMigrateTogether()
    {
        for (int round = 0; round < 6; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
            const int signInCount = 3000 + round * 700;
            writeSchema4Cache(path, signInCount, 400, nullptr, nullptr);
            if (QTest::currentTestFailed())
                return;
            const QString error = openFromTwoThreads(path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            auto db = openOrFail(path);
            QVERIFY(db);
            QCOMPARE(sqlValue(db->queryInt("PRAGMA user_version")), qint64(latestSchemaVersion()));
            QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM signins")), qint64(signInCount));
            QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM audits")), qint64(400));
            QCOMPARE(sqlValue(db->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        }
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kMigrateVariable)) {
        QCoreApplication app(argc, argv);
        return runMigration(qEnvironmentVariable(kMigrateVariable));
    }
    QCoreApplication app(argc, argv);
    TestRawStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rawstore.moc"
