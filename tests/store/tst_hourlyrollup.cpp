// The hourly rollups (schema 11): kept at ingest, they equal a direct
// aggregation of the stored events (random events over several customers,
// duplicates and near-duplicates, both insert paths, audits); the ±24 h read
// model and the alert context read them; the migration counts the events of an
// older cache, and a migration killed half-way resumes without counting any
// event twice. Also the near-duplicate rule the writer applies without a
// lookup for rows outside a customer's stored span.

#include "opentogether.h"
#include "sqlvalue.h"
#include "store/alertqueue.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/hourlyactivity.h"
#include "store/logrepository.h"
#include "store/migrations.h"
#include "store/transaction.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace vigie;
using namespace vigie::store;

namespace {

constexpr char kMigrateVariable[] = "VIGIE_TST_HOURLYROLLUP_MIGRATE";
constexpr qint64 kHourMs = 3600000;
constexpr qint64 kT0 = 1767225600000; // 2026-01-01T00:00:00Z

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// (customer lower case, hour) -> (total, failed)
using Key = std::pair<QString, qint64>;
using Counts = QMap<Key, std::pair<qint64, qint64>>;

Counts query(Database &db, const QByteArray &sql)
{
    Counts out;
    auto st = db.prepare(sql);
    if (!st) {
        out.insert({QStringLiteral("<prepare failed>"), 0}, {-1, -1});
        return out;
    }
    if (!(*st)->forEachRow([&](const Statement &row) {
            out.insert({row.text(0), row.int64(1)}, {row.int64(2), row.int64(3)});
        }))
        out.insert({QStringLiteral("<query failed>"), 0}, {-1, -1});
    return out;
}

Counts storedSignIns(Database &db)
{
    return query(db, "SELECT lower(customer_id), hour, total, failed FROM signin_hourly "
                     "WHERE total > 0");
}
Counts storedAudits(Database &db)
{
    return query(db, "SELECT lower(customer_id), hour, total, failed FROM audit_hourly "
                     "WHERE total > 0");
}

// Direct aggregations of the events, floored hours computed in C++ (not
// with the code under test).
Counts aggregatedSignIns(Database &db, qint64 maxRowId = -1)
{
    Counts out;
    auto st = db.prepare("SELECT lower(customer_id), created_at, error_code, rowid FROM signins");
    if (!st)
        return out;
    (void)(*st)->forEachRow([&](const Statement &row) {
        if (maxRowId >= 0 && row.int64(3) > maxRowId)
            return;
        const qint64 ms = row.int64(1);
        const qint64 hour = qint64(std::floor(double(ms) / double(kHourMs)));
        auto &c = out[{row.text(0), hour}];
        ++c.first;
        c.second += row.int64(2) != 0;
    });
    return out;
}
Counts aggregatedAudits(Database &db)
{
    Counts out;
    auto st = db.prepare("SELECT lower(customer_id), activity_at, coalesce(result, '') "
                         "FROM audits");
    if (!st)
        return out;
    (void)(*st)->forEachRow([&](const Statement &row) {
        const qint64 hour = qint64(std::floor(double(row.int64(1)) / double(kHourMs)));
        auto &c = out[{row.text(0), hour}];
        ++c.first;
        const QString result = row.text(2);
        c.second += !result.isEmpty() && result.compare(u"success", Qt::CaseInsensitive) != 0;
    });
    return out;
}

SignIn signIn(const QString &customer, qint64 ms, int errorCode, const QString &id = guid())
{
    SignIn s;
    s.id = id;
    s.customerId = customer;
    s.createdDateTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    s.userPrincipalName = QStringLiteral("user%1@contoso.example").arg(ms % 13);
    s.errorCode = errorCode;
    s.rawText = QByteArray(R"({"id":")") + id.toUtf8() + R"(","status":{"errorCode":)" +
                QByteArray::number(errorCode) + "}}";
    return s;
}

AuditEvent audit(const QString &customer, qint64 ms, const QString &result)
{
    AuditEvent a;
    a.id = guid();
    a.customerId = customer;
    a.activityDateTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    a.activityDisplayName = QStringLiteral("Update user");
    a.result = result;
    a.rawText = QByteArray(R"({"id":")") + a.id.toUtf8() + "\"}";
    return a;
}

// A cache at schema 10 (before the rollups) with `signIns` sign-ins and
// `audits` audits over three customers, written as that schema did.
void writeSchema10Cache(const QString &path, int signIns, int audits)
{
    auto opened = Database::open(path);
    QVERIFY(opened);
    Database &db = **opened;
    QVERIFY(db.enableWal());
    QVERIFY(migrateTo(db, 10));
    Transaction tx(db);
    Statement *ins = db.cached("INSERT INTO signins(id, customer_id, created_at, error_code, raw, "
                               "rowid) VALUES(?1,?2,?3,?4,'{}',?5)");
    QVERIFY(ins);
    const QStringList customers{QStringLiteral("A1A1A1A1-0000-4000-8000-000000000001"),
                                QStringLiteral("b2b2b2b2-0000-4000-8000-000000000002"),
                                QStringLiteral("c3c3c3c3-0000-4000-8000-000000000003")};
    QRandomGenerator rng(11);
    for (int i = 0; i < signIns; ++i) {
        // Mostly forward in time, some late arrivals, a few before 1970.
        const qint64 ms = i % 97 == 0 ? -qint64(rng.bounded(5 * 3600)) * 1000
                                      : kT0 + i * 7000LL - qint64(rng.bounded(86400)) * 1000;
        ins->bind(1, guid()).bind(2, customers[i % 3]).bind(3, ms);
        ins->bind(4, i % 5 ? 0 : 50126).bind(5, i + 1);
        QVERIFY(ins->exec());
    }
    Statement *aud = db.cached("INSERT INTO audits(id, customer_id, activity_at, result, raw) "
                               "VALUES(?1,?2,?3,?4,'{}')");
    QVERIFY(aud);
    const QStringList results{QStringLiteral("success"), QStringLiteral("failure"), QString(),
                              QStringLiteral("SUCCESS"), QStringLiteral("timeout")};
    for (int i = 0; i < audits; ++i) {
        aud->bind(1, guid()).bind(2, customers[i % 3]).bind(3, kT0 + i * 60000LL);
        if (results[i % 5].isNull())
            aud->bindNull(4);
        else
            aud->bind(4, results[i % 5]);
        QVERIFY(aud->exec());
    }
    QVERIFY(tx.commit());
}

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

class TestHourlyRollup : public QObject
{
    Q_OBJECT

private slots:
    void rollupsEqualTheEvents()
    {
        auto opened = openCache(QStringLiteral(":memory:"));
        QVERIFY(opened);
        Database &db = **opened;
        LogRepository logs(db);
        const QStringList customers{guid(), guid(), guid()};
        QRandomGenerator rng(5);
        QList<SignIn> all;
        for (int batch = 0; batch < 12; ++batch) {
            QList<SignIn> page;
            for (int i = 0; i < 300; ++i) {
                const QString &c = customers[rng.bounded(3)];
                // Five days, in any order: batches overlap each other's spans.
                const qint64 ms = kT0 + qint64(rng.bounded(5 * 86400)) * 1000 + rng.bounded(1000);
                page << signIn(rng.bounded(4) ? c : c.toUpper(), ms,
                               rng.bounded(4) ? 0 : 50053 + rng.bounded(3));
            }
            // Duplicates: rows of earlier batches again, some with the time cut
            // to whole seconds as the portal's CSV has it.
            for (int k = 0; k < 40 && !all.isEmpty(); ++k) {
                SignIn again = all[rng.bounded(int(all.size()))];
                if (k % 2) {
                    const qint64 ms = again.createdDateTime.toMSecsSinceEpoch();
                    again.createdDateTime = QDateTime::fromMSecsSinceEpoch(ms - ms % 1000, Qt::UTC);
                }
                page << again;
            }
            all << page.mid(0, 300);
            if (batch % 2) {
                QVERIFY(logs.insertSignIns(page, QStringLiteral("sync")));
            } else {
                QHash<QString, QList<SignIn>> byCustomer;
                for (const SignIn &s : std::as_const(page))
                    byCustomer[s.customerId.toLower()] << s;
                for (auto it = byCustomer.cbegin(); it != byCustomer.cend(); ++it)
                    QVERIFY(logs.insertSignIns(it.key(), it.value(), QStringLiteral("import")));
            }
        }
        QCOMPARE(sqlValue(db.queryInt("SELECT count(*) FROM signins")), qint64(all.size()));
        QList<AuditEvent> audits;
        const QStringList results{QStringLiteral("success"), QStringLiteral("Failure"), QString(),
                                  QStringLiteral("Success")};
        for (int i = 0; i < 900; ++i)
            audits << audit(customers[i % 3], kT0 + qint64(rng.bounded(5 * 86400)) * 1000,
                            results[rng.bounded(4)]);
        QVERIFY(logs.insertAudits(audits.mid(0, 450)));
        QVERIFY(logs.insertAudits(customers[0], audits.mid(450)));
        QVERIFY(logs.insertAudits(audits.mid(100, 200))); // duplicates: not counted again

        const Counts signInRollup = storedSignIns(db);
        QVERIFY(signInRollup.size() > 100);
        QCOMPARE(signInRollup, aggregatedSignIns(db));
        QCOMPARE(storedAudits(db), aggregatedAudits(db));

        // The read model: 48 hours around random instants, against the events.
        HourlyActivityReadModel model(db);
        for (int k = 0; k < 20; ++k) {
            const QString &c = customers[k % 3];
            const qint64 at = kT0 + qint64(rng.bounded(5 * 86400)) * 1000 + rng.bounded(1000);
            const Result<HourlyActivity> a = model.around(c.toUpper(), at);
            QVERIFY(a);
            QCOMPARE(a->startMs, (at / kHourMs - 24) * kHourMs);
            QCOMPARE(a->signIns.size(), 48);
            QCOMPARE(a->auditChanges.size(), 48);
            for (int h = 0; h < 48; ++h) {
                const qint64 from = a->startMs + h * kHourMs;
                const QByteArray range =
                    QByteArray::number(from) + " AND " + QByteArray::number(from + kHourMs - 1);
                const QByteArray who = "customer_id = '" + c.toUtf8() + "' AND ";
                QCOMPARE(qint64(a->signIns[h]),
                         sqlValue(db.queryInt("SELECT count(*) FROM signins WHERE " + who +
                                              "created_at BETWEEN " + range)));
                QCOMPARE(qint64(a->failedSignIns[h]),
                         sqlValue(db.queryInt("SELECT count(*) FROM signins WHERE " + who +
                                              "error_code <> 0 AND created_at BETWEEN " + range)));
                QCOMPARE(qint64(a->auditChanges[h]),
                         sqlValue(db.queryInt("SELECT count(*) FROM audits WHERE " + who +
                                              "activity_at BETWEEN " + range)));
            }
        }

        // The alert detail's context is that read model's answer.
        Alert alert;
        alert.id = QStringLiteral("alert-1");
        alert.displayName = QStringLiteral("Unusual sign-in activity");
        alert.customerTenantId = customers[1];
        alert.detectedDateTime =
            QDateTime::fromMSecsSinceEpoch(kT0 + 2 * 86400000LL + 1234, Qt::UTC);
        alert.raw = QJsonObject{{QStringLiteral("id"), alert.id}};
        QVERIFY(AlertRepository(db).upsert({alert}, kT0));
        const Result<AlertContext> context = AlertQueueReadModel(db).context(alert.id);
        QVERIFY(context);
        const Result<HourlyActivity> expected =
            model.around(customers[1], alert.detectedDateTime.toMSecsSinceEpoch());
        QVERIFY(expected);
        QCOMPARE(context->windowStartMs, expected->startMs);
        QCOMPARE(context->signInsPerHour, expected->signIns);
        QCOMPARE(context->failedSignInsPerHour, expected->failedSignIns);
        QCOMPARE(context->auditChangesPerHour, expected->auditChanges);
        QVERIFY(std::accumulate(context->signInsPerHour.cbegin(), context->signInsPerHour.cend(),
                                0) > 100);
    }

    // Near-duplicates (the same id within a second) are found whether the
    // row falls inside the customer's stored span (a lookup) or outside it
    // (only rows of the same batch can match).
    void nearDuplicatesInsideAndOutsideTheStoredSpan()
    {
        auto opened = openCache(QStringLiteral(":memory:"));
        QVERIFY(opened);
        LogRepository logs(**opened);
        const QString c = guid();
        QList<SignIn> first;
        for (int i = 0; i < 100; ++i)
            first << signIn(c, kT0 + i * 60000LL + 417, 0);
        QCOMPARE(logs.insertSignIns(c, first)->inserted, qint64(100));

        // Inside the span: cut to whole seconds, and 0.9 s later.
        QList<SignIn> again;
        for (int i = 0; i < 100; i += 10) {
            SignIn s = first[i];
            s.createdDateTime = QDateTime::fromMSecsSinceEpoch(kT0 + i * 60000LL, Qt::UTC);
            again << s;
            s.createdDateTime = QDateTime::fromMSecsSinceEpoch(kT0 + i * 60000LL + 1316, Qt::UTC);
            again << s;
        }
        // Just outside the span (within a second of its ends), and beyond it.
        SignIn edgeLow = first.first();
        edgeLow.createdDateTime = QDateTime::fromMSecsSinceEpoch(kT0 - 500, Qt::UTC);
        SignIn edgeHigh = first.last();
        edgeHigh.createdDateTime =
            QDateTime::fromMSecsSinceEpoch(kT0 + 99 * 60000LL + 1400, Qt::UTC);
        again << edgeLow << edgeHigh;
        SignIn sameIdLater = first[50];
        sameIdLater.createdDateTime = QDateTime::fromMSecsSinceEpoch(kT0 + 50 * 60000LL + 1417,
                                                                     Qt::UTC); // 1 s later: new
        again << sameIdLater;
        Result<InsertCounts> r = logs.insertSignIns(c, again);
        QVERIFY(r);
        QCOMPARE(r->duplicates, qint64(22));
        QCOMPARE(r->inserted, qint64(1));

        // New events after the span (and before it), each twice in the batch
        // at two precisions: the second is a duplicate of the first.
        QList<SignIn> fresh;
        for (qint64 base : {kT0 + 10 * 86400000LL, kT0 - 10 * 86400000LL}) {
            for (int i = 0; i < 20; ++i) {
                SignIn s = signIn(c, base + i * 1000LL + 250, i % 2 ? 50126 : 0);
                fresh << s;
                s.createdDateTime = QDateTime::fromMSecsSinceEpoch(base + i * 1000LL, Qt::UTC);
                fresh << s;
            }
        }
        r = logs.insertSignIns(c, fresh);
        QVERIFY(r);
        QCOMPARE(r->inserted, qint64(40));
        QCOMPARE(r->duplicates, qint64(40));
        QCOMPARE(logs.countSignIns(c), qint64(141));
        QCOMPARE(storedSignIns(**opened), aggregatedSignIns(**opened));
    }

    void migrationCountsAnOlderCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
        writeSchema10Cache(path, 3000, 700);
        if (QTest::currentTestFailed())
            return;
        QList<std::tuple<int, qint64, qint64>> reports;
        auto opened = openCache(path, Database::Options{}, [&](int v, qint64 done, qint64 total) {
            reports << std::make_tuple(v, done, total);
        });
        QVERIFY(opened);
        Database &db = **opened;
        QCOMPARE(sqlValue(db.queryInt("PRAGMA user_version")), qint64(latestSchemaVersion()));
        QCOMPARE(sqlValue(db.queryInt(
                     "SELECT count(*) FROM sqlite_schema WHERE name = 'migration_v11'")),
                 qint64(0));
        const Counts signIns = storedSignIns(db);
        QVERIFY(signIns.size() > 100);
        QCOMPARE(signIns, aggregatedSignIns(db));
        QCOMPARE(storedAudits(db), aggregatedAudits(db));
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.last(), std::make_tuple(11, qint64(3700), qint64(3700)));
        // New events go on adding to the same rows.
        LogRepository logs(db);
        QVERIFY(logs.insertSignIns(
            {signIn(QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001"), kT0 + 5, 50126)}));
        QCOMPARE(storedSignIns(db), aggregatedSignIns(db));
    }

    // The window and a CLI sync opening an older cache at the same moment:
    // both start the migration; the one that finds it finished by the other
    // stops (the cursor table is gone) instead of failing to open the cache,
    // and nothing is counted twice.
    void twoConnectionsMigrateTogether()
    {
        for (int round = 0; round < 6; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
            writeSchema10Cache(path, 2000 + round * 500, 300);
            if (QTest::currentTestFailed())
                return;
            const QString error = openFromTwoThreads(path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            auto opened = openCache(path);
            QVERIFY(opened);
            QCOMPARE(storedSignIns(**opened), aggregatedSignIns(**opened));
            QCOMPARE(storedAudits(**opened), aggregatedAudits(**opened));
        }
    }

    void killedMigrationResumesWithoutCountingTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
        constexpr int kSignIns = 90000;
        constexpr int kAudits = 2000;
        writeSchema10Cache(path, kSignIns, kAudits);
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
            // Kill once two batches are committed and reported.
            QElapsedTimer waited;
            waited.start();
            while (doneAtKill < 40000 && waited.elapsed() < 60000) {
                if (!child.canReadLine() && !child.waitForReadyRead(1000))
                    continue;
                const QList<QByteArray> f = child.readLine().trimmed().split(' ');
                if (f.value(0) == "progress" && f.value(1) == "11")
                    doneAtKill = f.value(2).toLongLong();
            }
            QVERIFY2(doneAtKill >= 40000, qPrintable(QString::number(doneAtKill)));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        }
        {
            // Still schema 10 and sound; the batches before the cursor counted once.
            auto opened = Database::open(path);
            QVERIFY(opened);
            Database &db = **opened;
            QCOMPARE(sqlValue(db.queryInt("PRAGMA user_version")), qint64(10));
            QCOMPARE(sqlValue(db.queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
            const qint64 cursor = sqlValue(
                db.queryInt("SELECT done_rowid FROM migration_v11 WHERE stream = 'signIns'"));
            QVERIFY2(cursor >= 40000 && cursor < kSignIns, qPrintable(QString::number(cursor)));
            QCOMPARE(storedSignIns(db), aggregatedSignIns(db, cursor));
        }
        {
            QProcess child;
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForFinished(120000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
            // It resumed: its first report already counts what was done before the kill.
            const QList<QByteArray> first = lines.value(0).split(' ');
            QCOMPARE(first.value(0), QByteArray("progress"));
            QVERIFY2(first.value(2).toLongLong() >= doneAtKill, lines.value(0).constData());
            QCOMPARE(first.value(3).toLongLong(), qint64(kSignIns + kAudits));
            QCOMPARE(lines.value(lines.size() - 2),
                     QByteArray("progress 11 " + QByteArray::number(kSignIns + kAudits) + ' ' +
                                QByteArray::number(kSignIns + kAudits)));
            QCOMPARE(lines.last(), QByteArray("done"));
        }
        auto opened = openCache(path);
        QVERIFY(opened);
        Database &db = **opened;
        QCOMPARE(sqlValue(db.queryInt("PRAGMA user_version")), qint64(latestSchemaVersion()));
        QCOMPARE(storedSignIns(db), aggregatedSignIns(db));
        QCOMPARE(storedAudits(db), aggregatedAudits(db));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kMigrateVariable))
        return runMigration(qEnvironmentVariable(kMigrateVariable));
    TestHourlyRollup test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hourlyrollup.moc"
