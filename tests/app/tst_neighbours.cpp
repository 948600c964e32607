#include "simprocess.h"
#include "sqlvalue.h"
#include "store/cache.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <unistd.h>

using namespace vigie;

namespace {

const QString kVigie = QStringLiteral(VIGIE_BINARY_DIR "/src/app/vigie");

// Where each descriptor of a running process points, as readlink() on
// /proc/PID/fd gives it: an unlinked file ends in " (deleted)".
QStringList descriptorTargets(qint64 pid)
{
    QStringList targets;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &name :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char buf[4096];
        const QByteArray link = QFile::encodeName(fds.filePath(name));
        const ssize_t n = ::readlink(link.constData(), buf, sizeof buf - 1);
        if (n > 0)
            targets << QFile::decodeName(QByteArray(buf, int(n)));
    }
    return targets;
}

// What a cache holds, without the times of writing: equal for two caches that
// received the same data, whatever the interleaving.
QString contentDigest(const QString &path)
{
    auto db = store::openCache(path);
    if (!db)
        return QStringLiteral("cannot open: ") + db.error().message;
    QString digest = sqlValue((*db)->queryText("PRAGMA integrity_check")) + u'\n';
    for (const char *sql :
         {"SELECT group_concat(x, ' ') FROM (SELECT id || ':' || coalesce(company_name, '') AS x "
          "FROM customers ORDER BY id)",
          "SELECT group_concat(x, ' ') FROM (SELECT id || ':' || coalesce(status, '') AS x FROM "
          "subscriptions ORDER BY id)",
          "SELECT group_concat(x, ' ') FROM (SELECT id || ':' || coalesce(status, '') || ':' || "
          "coalesce(severity, '') AS x FROM alerts ORDER BY id)",
          "SELECT count(*) || ':' || total(created_at % 100003) || ':' || total(error_code) FROM "
          "signins",
          "SELECT count(*) || ':' || total(activity_at % 100003) FROM audits",
          "SELECT group_concat(x, ' ') FROM (SELECT subscription_id || ':' || day || ':' || cost "
          "AS x FROM spend_daily ORDER BY subscription_id, day)",
          "SELECT group_concat(x, ' ') FROM (SELECT customer_id || ':' || day || ':' || total || "
          "':' || failed AS x FROM signin_daily ORDER BY customer_id, day)",
          "SELECT group_concat(x, ' ') FROM (SELECT rule_id || ':' || customer_id || ':' || "
          "subject || ':' || bucket_start || ':' || count AS x FROM findings ORDER BY rule_id, "
          "customer_id, subject, bucket_start)"})
        digest += sqlValue((*db)->queryText(sql)) + u'\n';
    return digest;
}

QProcessEnvironment offscreenEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

int runCli(const QStringList &arguments, QByteArray *err = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(offscreenEnvironment());
    p.start(kVigie, arguments);
    if (!p.waitForFinished(60000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// How many times vigie-sim received a PATCH of each alert (its request journal).
QHash<QString, int> alertPatches(const QString &simBase)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(simBase + QStringLiteral("/_sim/journal"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    QHash<QString, int> out;
    const QJsonArray entries =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"entries").toArray();
    delete reply;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QString path = e.value(u"path").toString();
        if (e.value(u"method").toString() == u"PATCH" && path.contains(u"securityAlerts/"))
            ++out[path.section(u'/', -1)];
    }
    return out;
}

QStringList activeAlerts(const QString &cache)
{
    QStringList out;
    auto db = store::openCache(cache);
    if (!db)
        return out;
    auto st = (*db)->prepare("SELECT id FROM alerts WHERE status = 'active' ORDER BY id");
    if (!st)
        return out;
    while ((*st)->step() == store::Statement::Step::Row)
        out << (*st)->text(0);
    return out;
}

} // namespace

// Many processes, one cache: the dashboard stays open while command-line
// verbs run beside it.
class TestNeighbours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Regression (#18): `vigie alerts` / `vigie detect` beside the open
    // dashboard unlinked the cache's WAL and shared memory, because the
    // dashboard dropped its own POSIX locks each time it opened another
    // connection (a QFile header read on the cache file).
    void cliBesideTheDashboardLeavesItsWalInPlace()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("vigie.sqlite"));
        {
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
        }
        QProcess dashboard;
        dashboard.setProcessEnvironment(offscreenEnvironment());
        dashboard.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        dashboard.start(kVigie, {QStringLiteral("--cache"), cache, QStringLiteral("--lang"),
                                 QStringLiteral("en")});
        QVERIFY(dashboard.waitForStarted());
        const qint64 pid = dashboard.processId();
        const QString wal = cache + QStringLiteral("-wal");
        // The dashboard is up once it holds the WAL and more than one
        // connection (the window's and its store thread's).
        QTRY_VERIFY_WITH_TIMEOUT(descriptorTargets(pid).contains(wal) &&
                                     descriptorTargets(pid).count(cache) >= 2,
                                 30000);
        for (const QString &verb : {QStringLiteral("alerts"), QStringLiteral("detect")}) {
            QByteArray err;
            QCOMPARE(runCli({verb, QStringLiteral("--cache"), cache}, &err), 0);
            const QStringList targets = descriptorTargets(pid);
            for (const QString &t : targets)
                QVERIFY2(!t.endsWith(QStringLiteral(" (deleted)")) || !t.startsWith(cache),
                         qPrintable(verb + QStringLiteral(" left the dashboard with ") + t));
            QVERIFY2(QFile::exists(wal), qPrintable(verb + QStringLiteral(" unlinked the WAL")));
        }
        dashboard.terminate();
        QVERIFY(dashboard.waitForFinished(20000));
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        QCOMPARE(sqlValue((*db)->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // SIGTERM and SIGINT end the dashboard as Ctrl+Q does: a clean exit that
    // removes the demo's temporary folder (a kill used to leave ~150 MB).
    void signalsEndTheDemoLikeQuit_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void signalsEndTheDemoLikeQuit()
    {
        QFETCH(int, signal);
        QTemporaryDir tmp, runtime;
        QFile::setPermissions(runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = offscreenEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        QProcess demo;
        demo.setProcessEnvironment(env);
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        demo.start(kVigie,
                   {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(demo.waitForStarted());
        const auto demoCacheOpen = [&] {
            for (const QString &t : descriptorTargets(demo.processId()))
                if (t.startsWith(tmp.path()) && t.endsWith(QStringLiteral("demo.sqlite")))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(demoCacheOpen(), 60000);
        QVERIFY(!QDir(tmp.path()).isEmpty());
        ::kill(pid_t(demo.processId()), signal);
        QVERIFY(demo.waitForFinished(30000));
        QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
        QCOMPARE(demo.exitCode(), 0);
        const QStringList left =
            QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }

    // The soak: the dashboard open on a cache while a loop of command-line
    // neighbours (sync against vigie-sim, alerts, detect, import, a queued
    // resolve and `vigie push`) writes and reads it. VIGIE_SOAK_SECONDS
    // bounds the loop (a few seconds in CI; 180 or more for the long run).
    void soakWithTheDashboardOpen()
    {
        const int seconds = qEnvironmentVariableIsSet("VIGIE_SOAK_SECONDS")
                                ? qEnvironmentVariableIntValue("VIGIE_SOAK_SECONDS")
                                : 6;
        QTemporaryDir home;
        const QStringList world = {QStringLiteral("--seed"),
                                   QStringLiteral("7"),
                                   QStringLiteral("--customers"),
                                   QStringLiteral("2"),
                                   QStringLiteral("--signins-per-tenant"),
                                   QStringLiteral("400")};
        testing::SimProcess sim;
        QString why;
        QVERIFY2(sim.start(world, &why), qPrintable(why));
        const QProcessEnvironment env = sim.vigieEnvironment(home.path());
        QCOMPARE(
            testing::runVigie(env, {QStringLiteral("login"), QStringLiteral("--device-code")}).code,
            0);
        // Files to import: the same world's logs of its first customer.
        const QString exported = home.filePath(QStringLiteral("export"));
        {
            QProcess exporter;
            exporter.start(testing::kSimBinary,
                           world + QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                               exported, QStringLiteral("--max-customers"),
                                               QStringLiteral("1")});
            QVERIFY(exporter.waitForFinished(60000));
            QCOMPARE(exporter.exitCode(), 0);
        }
        const QStringList customers = QDir(exported).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(customers.size(), 1);
        const QString importFile =
            QDir(exported).filePath(customers.first() + QStringLiteral("/signins.jsonl"));
        QVERIFY(QFile::exists(importFile));

        QStringList problems;
        // Alerts to resolve, one a round (queued with --offline, then pushed by
        // `vigie push` beside the dashboard), in the order of the first sync.
        QStringList toResolve;
        int resolved = 0;
        const auto round = [&](const QString &cache) {
            const QString c = QStringLiteral("--cache");
            QList<QStringList> commands = {
                {QStringLiteral("sync"), c, cache, QStringLiteral("--days"), QStringLiteral("30")},
                {QStringLiteral("alerts"), c, cache, QStringLiteral("--format"),
                 QStringLiteral("json")},
                {QStringLiteral("import"), c, cache, QStringLiteral("--customer"),
                 customers.first(), importFile},
                {QStringLiteral("detect"), c, cache},
            };
            // Resolve and push come last, once the round's sync brought alerts.
            commands.append({QStringLiteral("resolve")});
            commands.append({QStringLiteral("push"), c, cache});
            for (QStringList args : commands) {
                if (args == QStringList{QStringLiteral("resolve")}) {
                    if (toResolve.isEmpty())
                        toResolve = activeAlerts(cache);
                    if (resolved >= toResolve.size())
                        continue;
                    args << toResolve.at(resolved++) << QStringLiteral("--reason")
                         << QStringLiteral("ignore") << QStringLiteral("--offline") << c << cache;
                }
                const testing::ProcessRun r = testing::runVigie(env, args);
                const QByteArray err = r.err.toLower();
                // A resolve --offline only queues: exit 4 (partial) by design.
                const int expected = args.contains(QStringLiteral("--offline")) ? 4 : 0;
                if (r.code != expected || err.contains("database is locked") ||
                    err.contains("disk i/o error") || err.contains("malformed"))
                    problems << args.first() + QStringLiteral(" exited ") +
                                    QString::number(r.code) + QStringLiteral(": ") +
                                    QString::fromUtf8(r.err.right(400));
            }
        };
        // The soaked cache's first sync comes before the reference round
        // resolves anything: a sync lists resolved alerts only when detected
        // within --days, so a cache that first met an old alert already
        // resolved would never hold it, while one that saw it active follows
        // it to its resolution. Both caches must see the same history of the
        // service for their content to be comparable.
        const QString cache = home.filePath(QStringLiteral("vigie.sqlite"));
        QCOMPARE(testing::runVigie(env, {QStringLiteral("sync"), QStringLiteral("--cache"), cache,
                                         QStringLiteral("--days"), QStringLiteral("30")})
                     .code,
                 0);
        // The reference: one round with nobody else on the cache.
        const QString reference = home.filePath(QStringLiteral("reference.sqlite"));
        round(reference);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QProcess dashboard;
        dashboard.setProcessEnvironment(env);
        dashboard.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        dashboard.start(testing::kVigieBinary, {QStringLiteral("--cache"), cache,
                                                QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(dashboard.waitForStarted());
        const qint64 pid = dashboard.processId();
        QTRY_VERIFY_WITH_TIMEOUT(descriptorTargets(pid).count(cache) >= 2, 30000);
        QElapsedTimer clock;
        clock.start();
        int rounds = 0;
        QStringList unlinked;
        do {
            round(cache);
            ++rounds;
            for (const QString &t : descriptorTargets(pid))
                if (t.startsWith(cache) && t.endsWith(QStringLiteral(" (deleted)")))
                    unlinked << t;
        } while (clock.elapsed() < seconds * 1000);
        QVERIFY2(dashboard.state() == QProcess::Running, "the dashboard died during the soak");
        dashboard.terminate();
        QVERIFY(dashboard.waitForFinished(20000));
        QCOMPARE(dashboard.exitCode(), 0);
        qInfo("soak: %d rounds of sync, alerts, import, detect, resolve and push in %lld ms "
              "(%d alerts resolved)",
              rounds, clock.elapsed(), resolved);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(unlinked.isEmpty(), qPrintable(unlinked.join(u' ')));
        {
            QVERIFY(resolved >= 2);

            // Every queued resolve reached the service exactly once, and the
            // outbox is empty of unfinished work.
            const QHash<QString, int> patches = alertPatches(sim.baseUrl());
            for (int i = 0; i < resolved; ++i)
                QVERIFY2(patches.value(toResolve.at(i)) == 1,
                         qPrintable(toResolve.at(i) + QStringLiteral(" PATCHed %1 times")
                                                          .arg(patches.value(toResolve.at(i)))));
            QCOMPARE(patches.size(), resolved);
            {
                auto db = store::openCache(cache);
                QVERIFY(db.ok());
                QCOMPARE(
                    sqlValue((*db)->queryText("SELECT count(*) FROM outbox WHERE state <> 'done'")),
                    QStringLiteral("0"));
            }
            // Both caches learn the service's final state (the resolves made
            // after the reference round) before they are compared.
            for (const QString &c : {reference, cache})
                QCOMPARE(testing::runVigie(env, {QStringLiteral("sync"), QStringLiteral("--cache"),
                                                 c, QStringLiteral("--days"), QStringLiteral("30")})
                             .code,
                         0);
        }

        // Same content as the undisturbed run, after one full re-evaluation
        // each (a re-run is the reference for findings, whatever the order
        // the rounds brought events in).
        for (const QString &c : {reference, cache})
            QCOMPARE(
                testing::runVigie(env, {QStringLiteral("detect"), QStringLiteral("--cache"), c,
                                        QStringLiteral("--since"), QStringLiteral("2000-01-01")})
                    .code,
                0);
        // Line by line (one line a table), so a difference names its table.
        const QStringList got = contentDigest(cache).split(u'\n');
        const QStringList want = contentDigest(reference).split(u'\n');
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            if (got.at(i) != want.at(i))
                QFAIL(qPrintable(QStringLiteral("digest line %1 differs:\n  soaked:    %2\n  "
                                                "reference: %3")
                                     .arg(i)
                                     .arg(got.at(i), want.at(i))));
    }
};

QTEST_GUILESS_MAIN(TestNeighbours)
#include "tst_neighbours.moc"
