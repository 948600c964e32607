#include "core/actor.h"
#include "fakesource.h"
#include "sqlvalue.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "sync/engine.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::sync;

namespace {

struct Harness
{
    QTemporaryDir dir;
    FakeSource *source = nullptr;
    std::unique_ptr<SyncEngine> engine;
    SyncOptions options;
    std::function<void(const PageRequest &, Page &)> pageEdit; // handed to the source

    explicit Harness(FakeWorld world = FakeWorld())
    {
        const FakeWorld w = world;
        engine = std::make_unique<SyncEngine>([this, w](QNetworkAccessManager &) {
            auto s = std::make_unique<FakeSource>(w);
            s->edit = pageEdit;
            source = s.get();
            return s;
        });
        options.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        options.nowMs = toEpochMs(w.now);
        options.logWindowMs = 200;
    }

    RunResult run()
    {
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        if (!engine->start(options))
            return {};
        if (!done.wait(60000))
            return {};
        return done.first().first().value<RunResult>();
    }

    std::unique_ptr<store::Database> db()
    {
        auto d = store::openCache(options.cachePath);
        return d ? std::move(d).value() : nullptr;
    }
};

qint64 q(store::Database &db, const char *sql)
{
    return sqlValue(db.queryInt(sql));
}

QString dump(store::Database &db)
{
    QString out;
    for (const char *sql :
         {"SELECT group_concat(id || status, ',') FROM (SELECT id, status FROM alerts ORDER BY id)",
          "SELECT group_concat(id, ',') FROM (SELECT id FROM signins ORDER BY customer_id, id)",
          "SELECT group_concat(id, ',') FROM (SELECT id FROM audits ORDER BY customer_id, id)",
          "SELECT group_concat(subscription_id || day || cost, ',') FROM "
          "(SELECT * FROM spend_daily ORDER BY 1, 3)",
          "SELECT group_concat(customer_id || day || total || failed, ',') FROM "
          "(SELECT * FROM signin_daily ORDER BY 1, 2)",
          "SELECT group_concat(id, ',') FROM (SELECT id FROM entitlements ORDER BY id)"})
        out += sqlValue(db.queryText(sql)) + u'\n';
    return out;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullSyncEqualsTheWorld()
    {
        Harness h;
        QSignalSpy changed(h.engine.get(), &SyncEngine::dataChanged);
        const RunResult r = h.run();
        QVERIFY2(r.ok(), qPrintable(r.fatal.message));
        QVERIFY(!changed.isEmpty());
        auto db = h.db();
        QCOMPARE(q(*db, "SELECT count(*) FROM customers"), qint64(5));
        QCOMPARE(q(*db, "SELECT count(*) FROM subscriptions"), qint64(10));
        QCOMPARE(q(*db, "SELECT count(*) FROM entitlements"), qint64(5));
        QCOMPARE(q(*db, "SELECT count(*) FROM resellers"), qint64(2));
        QCOMPARE(q(*db, "SELECT count(*) FROM signins"), qint64(5 * 230));
        QCOMPARE(q(*db, "SELECT sum(total) FROM signin_daily"), qint64(5 * 230));
        QCOMPARE(q(*db, "SELECT count(*) FROM audits"), qint64(5 * 40));
        QCOMPARE(q(*db, "SELECT count(*) FROM spend_daily"), qint64(5 * 31));
        // Alerts: every unresolved one plus the resolved ones detected in the 30 days.
        FakeWorld w;
        int expected = 0;
        for (int i = 0; i < w.alerts; ++i)
            expected += w.alertVisible(i, w.now.addDays(-30)) ? 1 : 0;
        QCOMPARE(q(*db, "SELECT count(*) FROM alerts"), qint64(expected));
        QCOMPARE(q(*db, "SELECT count(*) FROM alerts WHERE status = 'dismissedByRobot'"),
                 qint64(8));
        QCOMPARE(q(*db, "SELECT count(*) FROM sync_state WHERE cursor IS NOT NULL"), qint64(0));
        QCOMPARE(q(*db, "SELECT count(*) FROM sync_state WHERE last_error IS NOT NULL"), qint64(0));
        QCOMPARE(sqlValue(db->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        QVERIFY(store::SyncStateRepository(*db).offlineState().lastSuccessfulSyncMs > 0);

        // A second run adds nothing and duplicates nothing.
        const QString before = dump(*db);
        QVERIFY(h.run().ok());
        QCOMPARE(dump(*db), before);
    }

    // The trail records a sync under the analyst whose account it ran with
    // (the demo's own analyst in the demo), never under the local OS account.
    void syncIsRecordedUnderTheSignedInAnalyst()
    {
        qputenv("USER", "localperson");
        actor::setSignedIn(QStringLiteral("analyst@contoso.example"));
        Harness h;
        QVERIFY(h.run().ok());
        actor::setSignedIn({});
        auto db = h.db();
        QCOMPARE(sqlValue(db->queryText("SELECT actor FROM activity WHERE verb = 'sync' "
                                        "ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("analyst@contoso.example"));
        // Nobody signed in (a sync cannot get far): the engine, not "localperson".
        QVERIFY(h.run().ok());
        QCOMPARE(sqlValue(db->queryText("SELECT actor FROM activity WHERE verb = 'sync' "
                                        "ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("vigie"));
    }

    // A run that wrote most of the cache's log events (a first backfill)
    // ends by compacting it: the progress says so, the free pages are gone,
    // nothing is lost. A later run that adds little does not compact again.
    void firstBackfillEndsWithACompaction()
    {
        Harness h;
        h.options.compactAfterEvents = 1000; // the fake world has 5 x 270 events
        QSignalSpy progress(h.engine.get(), &SyncEngine::progress);
        const RunResult first = h.run();
        QVERIFY2(first.ok(), qPrintable(first.fatal.message));
        QCOMPARE(first.logEventsInserted, qint64(5 * 230 + 5 * 40));
        QVERIFY(first.compacted);
        bool compactingShown = false;
        for (const QList<QVariant> &args : std::as_const(progress))
            compactingShown = compactingShown || args.first().value<Progress>().compacting;
        QVERIFY(compactingShown);
        auto db = h.db();
        QCOMPARE(q(*db, "PRAGMA freelist_count"), qint64(0));
        QCOMPARE(q(*db, "SELECT count(*) FROM signins"), qint64(5 * 230));
        QCOMPARE(sqlValue(db->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        const QString before = dump(*db);

        const RunResult second = h.run(); // nothing new
        QVERIFY(second.ok());
        QCOMPARE(second.logEventsInserted, qint64(0));
        QVERIFY(!second.compacted);
        QCOMPARE(dump(*db), before);

        Harness off; // the default threshold (100,000 events) is far away
        const RunResult small = off.run();
        QVERIFY(small.ok());
        QVERIFY(!small.compacted);
    }

    // The worker writes the values its source mapped, as they are: it never
    // maps the raw JSON again (the raw only rides along to be stored). The
    // source changes typed values after mapping; the cache has the changed
    // values in its columns and the original JSON in `raw`.
    void typedValuesReachTheCacheWithoutASecondParse()
    {
        Harness h;
        QString mark = QStringLiteral("typed");
        h.pageEdit = [&mark](const PageRequest &, Page &p) {
            for (Alert &a : p.alerts)
                a.displayName = mark + u' ' + a.id;
            for (Customer &c : p.customers)
                c.companyName = mark + u' ' + c.id;
            for (Subscription &v : p.subscriptions)
                v.friendlyName = mark;
            for (SpendDay &d : p.spend)
                d.currency = QStringLiteral("XTS");
            for (SignIn &v : p.signIns)
                v.userPrincipalName = mark + u'@' + v.id;
            for (AuditEvent &v : p.audits)
                v.actor = mark;
        };
        QVERIFY(h.run().ok());
        auto db = h.db();
        const qint64 alerts = q(*db, "SELECT count(*) FROM alerts");
        QVERIFY(alerts > 0);
        QCOMPARE(q(*db, "SELECT count(*) FROM alerts WHERE display_name = 'typed ' || id"), alerts);
        QCOMPARE(q(*db, "SELECT count(*) FROM alerts WHERE json_extract(raw, '$.displayName') = "
                        "'Alert ' || substr(id, 7)"),
                 alerts);
        QCOMPARE(q(*db, "SELECT count(*) FROM customers WHERE company_name = 'typed ' || id"),
                 qint64(5));
        QCOMPARE(q(*db, "SELECT count(*) FROM subscriptions WHERE friendly_name = 'typed'"),
                 qint64(10));
        QCOMPARE(q(*db, "SELECT count(*) FROM spend_daily WHERE currency = 'XTS'"), qint64(5 * 31));
        QCOMPARE(q(*db, "SELECT count(*) FROM signins WHERE upn = 'typed@' || id AND "
                        "json_extract(raw_json(raw), '$.userPrincipalName') LIKE 'u_@c.example'"),
                 qint64(5 * 230));
        QCOMPARE(q(*db, "SELECT count(*) FROM audits WHERE actor = 'typed' AND "
                        "json_extract(raw_json(raw), '$.initiatedBy') IS NULL"),
                 qint64(5 * 40));

        // The re-read of one alert by id: its page's typed value is stored too.
        h.source->world().statusOverride.insert(50, QStringLiteral("resolved"));
        h.options.nowMs += 60000;
        mark = QStringLiteral("re-read");
        QVERIFY(h.run().ok());
        QVERIFY(h.source->requestsByKind.value(int(RequestKind::Alert)) > 0);
        QCOMPARE(
            sqlValue(db->queryText("SELECT display_name || '/' || status FROM alerts WHERE id = "
                                   "'alert-50'")),
            QStringLiteral("re-read alert-50/resolved"));
    }

    void logThrottleIsPerTenant()
    {
        Harness h;
        h.options.logRequestsPerWindow = 2;
        h.options.logWindowMs = 300;
        QVERIFY(h.run().ok());
        for (auto it = h.source->logTimes.cbegin(); it != h.source->logTimes.cend(); ++it) {
            const QList<qint64> &t = it.value();
            QVERIFY(t.size() > 2);
            for (qsizetype i = 2; i < t.size(); ++i)
                QVERIFY2(t[i] - t[i - 2] >= 290, qPrintable(it.key()));
        }
        QVERIFY(h.source->maxInFlight <= h.options.maxConcurrent);
    }

    void interruptedRunResumesFromLastWholePage()
    {
        Harness h;
        // The network goes away after 25 requests.
        h.engine->setObjectName(QStringLiteral("x"));
        QVERIFY(h.run().ok()); // creates the source
        QTemporaryDir other;
        h.options.cachePath = other.filePath(QStringLiteral("fresh.sqlite"));
        h.source->fault = [](const PageRequest &, int n) -> std::optional<Error> {
            if (n > 25 + 99999)
                return std::nullopt;
            return std::nullopt;
        };
        const int base = h.source->requests;
        h.source->fault = [base](const PageRequest &, int n) -> std::optional<Error> {
            if (n - base > 25)
                return Error::make(Error::Kind::Network, QStringLiteral("connection dropped"));
            return std::nullopt;
        };
        const RunResult broken = h.run();
        QVERIFY(!broken.ok());
        QVERIFY(broken.failedCount() > 0);
        auto db = h.db();
        QCOMPARE(sqlValue(db->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        // Whole pages only: each tenant has a multiple of the page size, or all.
        for (int c = 0; c < 5; ++c) {
            const qint64 n = sqlValue(
                db->queryInt(QStringLiteral("SELECT count(*) FROM signins WHERE customer_id = '%1'")
                                 .arg(FakeWorld().customerId(c))
                                 .toUtf8()));
            QVERIFY2(n % 50 == 0 || n == 230, qPrintable(QString::number(n)));
        }
        QVERIFY(!store::SyncStateRepository(*db).all().isEmpty());

        h.source->fault = nullptr;
        QVERIFY(h.run().ok());
        // Same content as an uninterrupted sync into another cache.
        Harness clean;
        QVERIFY(clean.run().ok());
        auto cdb = clean.db();
        QCOMPARE(dump(*db), dump(*cdb));
    }

    void failingTenantDoesNotStopTheOthers()
    {
        Harness h;
        const QString bad = FakeWorld().customerId(2);
        bool first = true;
        h.engine->setObjectName(QString());
        QVERIFY(h.run().ok());
        Q_UNUSED(first);
        QTemporaryDir d;
        h.options.cachePath = d.filePath(QStringLiteral("x.sqlite"));
        h.source->fault = [bad](const PageRequest &r, int) -> std::optional<Error> {
            if (r.kind == RequestKind::SignIns && r.customerId == bad)
                return Error::make(Error::Kind::Forbidden, QStringLiteral("no P1 licence"));
            return std::nullopt;
        };
        const RunResult r = h.run();
        QCOMPARE(r.failedCount(), 1);
        QVERIFY(!r.signInRequired);
        auto db = h.db();
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM signins")), qint64(4 * 230));
        const store::StreamState st =
            store::SyncStateRepository(*db).get(QStringLiteral("signins:") + bad);
        QCOMPARE(st.lastError, QStringLiteral("no P1 licence"));
        QCOMPARE(sqlValue(db->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // dataChanged names the tables committed pages wrote, before finished();
    // RunResult::startedAtMs is the worker's start of the run.
    void dataChangedListsCommittedTablesBeforeFinished()
    {
        Harness h;
        QStringList log;
        QSet<QString> tables;
        connect(h.engine.get(), &SyncEngine::dataChanged, this, [&](const QStringList &t) {
            log << QStringLiteral("data");
            for (const QString &name : t)
                tables.insert(name);
        });
        connect(h.engine.get(), &SyncEngine::finished, this,
                [&] { log << QStringLiteral("finished"); });
        const RunResult r = h.run();
        QVERIFY(r.ok());
        // The run starts on the worker's injected clock, the one it stamps rows with.
        QVERIFY(h.options.nowMs > 0);
        QCOMPARE(r.startedAtMs, h.options.nowMs);
        QVERIFY(log.size() >= 2);
        QCOMPARE(log.last(), QStringLiteral("finished"));
        QCOMPARE(log.count(QStringLiteral("finished")), 1);
        for (const char *t : {"alerts", "customers", "subscriptions", "spend", "signins", "audits"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);

        // A fresh cache whose log pages all fail: nothing was written to the
        // log tables, so they are not reported.
        QTemporaryDir d;
        h.options.cachePath = d.filePath(QStringLiteral("nologs.sqlite"));
        h.source->fault = [](const PageRequest &r, int) -> std::optional<Error> {
            if (r.kind == RequestKind::SignIns || r.kind == RequestKind::Audits)
                return Error::make(Error::Kind::Forbidden, QStringLiteral("no P1 licence"));
            return std::nullopt;
        };
        tables.clear();
        log.clear();
        const RunResult failed = h.run();
        QVERIFY(failed.failedCount() > 0);
        QCOMPARE(log.last(), QStringLiteral("finished"));
        QVERIFY(tables.contains(QStringLiteral("alerts")));
        QVERIFY(tables.contains(QStringLiteral("customers")));
        QVERIFY(!tables.contains(QStringLiteral("signins")));
        QVERIFY(!tables.contains(QStringLiteral("audits")));
    }

    void authFailureMeansSignInRequired()
    {
        Harness h;
        QVERIFY(h.run().ok());
        h.source->fault = [](const PageRequest &r, int) -> std::optional<Error> {
            if (r.kind == RequestKind::Alerts)
                return Error::make(Error::Kind::Auth, QStringLiteral("sign in again"));
            return std::nullopt;
        };
        const RunResult r = h.run();
        QVERIFY(r.signInRequired);
        QVERIFY(!r.ok());
    }

    void unresolvedAlertsAreReReadAndChangesRecorded()
    {
        Harness h;
        QVERIFY(h.run().ok());
        // Alert 50 (detected ~41 days ago, active) is resolved remotely: the list
        // pass no longer returns it, the re-read by id must.
        h.source->world().statusOverride.insert(50, QStringLiteral("resolved"));
        // The worker reads every time from its clock (options.nowMs): the
        // fixed clock moves on for the second run, as the real one would.
        h.options.nowMs += 60000;
        QVERIFY(h.run().ok());
        auto db = h.db();
        QCOMPARE(sqlValue(db->queryText("SELECT status FROM alerts WHERE id = 'alert-50'")),
                 QStringLiteral("resolved"));
        auto ev = store::AlertRepository(*db).events(QStringLiteral("alert-50"));
        QCOMPARE(ev->size(), 2);
        QCOMPARE(ev->last().newStatus, QStringLiteral("resolved"));
        QVERIFY(h.source->requestsByKind.value(int(RequestKind::Alert)) > 0);
    }

    void cancelEndsCleanly()
    {
        FakeWorld w;
        w.pageSize = 5;
        Harness h(w);
        QSignalSpy done(h.engine.get(), &SyncEngine::finished);
        QSignalSpy progress(h.engine.get(), &SyncEngine::progress);
        QVERIFY(h.engine->start(h.options));
        QTRY_VERIFY(!progress.isEmpty());
        h.engine->cancel();
        QVERIFY(done.wait(20000));
        const RunResult r = done.first().first().value<RunResult>();
        QVERIFY(r.cancelled);
        auto db = h.db();
        QCOMPARE(sqlValue(db->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        QVERIFY(h.run().ok()); // and the next run completes
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
