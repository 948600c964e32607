// The sync engine with the real NetSource and src/net jobs against the
// in-process simulator (real HTTP on 127.0.0.1): a full sync equals the
// generated world; each fault ends complete or with a clear per-stream error,
// leaves a sound cache, and the next fault-free sync completes.

#include "simharness.h"
#include "sqlvalue.h"

using namespace vigie;
using namespace vigie::sync;
using namespace vigie::synctest;

class TestSyncSim : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_rich;   // with the detection scenarios (large logs)
    std::unique_ptr<sim::Server> m_server; // plain world, for the fault cases
    Expected m_expected;
    qint64 m_nowMs = 0;
    QTemporaryDir m_dir;
    int m_cacheNo = 0;

    SyncOptions options(const QString &cache) const
    {
        SyncOptions o;
        o.cachePath = cache;
        o.days = 91; // every alert and spend day of the world (90 days)
        o.nowMs = m_nowMs;
        o.logRequestsPerWindow = 0; // the simulator runs with throttle off
        return o;
    }
    QString newCache() { return m_dir.filePath(QStringLiteral("cache%1.sqlite").arg(++m_cacheNo)); }

    void verifyComplete(const QString &cache) { verifyComplete(cache, m_expected); }
    void verifyComplete(const QString &cache, const Expected &want)
    {
        auto db = openDb(cache);
        QVERIFY(db);
        QCOMPARE(sqlValue(db->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(column(*db, "SELECT group_concat(id, ',') FROM alerts"), want.alertIds);
        QCOMPARE(column(*db, "SELECT group_concat(id, ',') FROM customers"), want.customerIds);
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM subscriptions")), want.subscriptions);
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM entitlements")), want.entitlements);
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM spend_daily")), want.spendDays);
        QCOMPARE(countsBy(*db, "signins"), want.signIns);
        QCOMPARE(countsBy(*db, "audits"), want.audits);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::WorldConfig wc;
        wc.seed = 11;
        wc.customers = 5;
        wc.signInsPerTenant = 400;
        wc.scenarioCustomers = 0;
        sim::SimOptions so;
        so.throttle = false;
        so.alertPageSize = 7;
        so.logPageSize = 100;
        so.costPageSize = 30;
        so.deviceInterval = 1;
        so.autoApproveAfterPolls = 1;
        m_server = std::make_unique<sim::Server>(wc, so);
        QVERIFY(m_server->listen(0) > 0);
        wc.scenarioCustomers = 2;
        so.logPageSize = 1000;
        m_rich = std::make_unique<sim::Server>(wc, so);
        QVERIFY(m_rich->listen(0) > 0);
        m_nowMs = toEpochMs(m_server->world().now());
        m_expected = expectedFrom(m_server->world());
        QVERIFY(m_expected.alertIds.size() > 5);
    }

    // The world with detection scenarios: everything arrives, detection ran.
    void fullSyncEqualsWorld()
    {
        QString why;
        QVERIFY2(signIn(m_rich->baseUrl(), &why), qPrintable(why));
        const Expected expected = expectedFrom(m_rich->world());
        SyncEngine engine(netSourceFactory(simEndpoints(m_rich->baseUrl()), fastRetry()));
        const QString cache = newCache();
        const RunResult r = runSync(engine, options(cache));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        verifyComplete(cache, expected);
        {
            auto db = openDb(cache);
            // Several pages per log stream, cursors cleared, detection ran.
            QVERIFY(sqlValue(
                        db->queryInt("SELECT count(*) FROM sync_state WHERE cursor IS NOT NULL AND "
                                     "cursor <> '' AND stream LIKE 'signins:%'")) == 0);
            QVERIFY(sqlValue(db->queryInt("SELECT count(*) FROM detection_state")) > 0);
            QVERIFY(sqlValue(db->queryInt("SELECT count(*) FROM findings")) > 0);
        }
        // A second run is incremental and changes nothing.
        const RunResult again = runSync(engine, options(cache));
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        verifyComplete(cache, expected);
    }

    // The plain world, page by page (100 sign-ins a page, 7 alerts, 30 days of cost).
    void plainSyncEqualsWorld()
    {
        QString why;
        QVERIFY2(signIn(m_server->baseUrl(), &why), qPrintable(why));
        SyncEngine engine(netSourceFactory(simEndpoints(m_server->baseUrl()), fastRetry()));
        const QString cache = newCache();
        const RunResult r = runSync(engine, options(cache));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        verifyComplete(cache);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault"); // JSON, or several separated by ';'
        QTest::addColumn<bool>("mustComplete");
        QTest::newRow("429 retry-after graph")
            << R"({"kind":"status","status":429,"retryAfter":2,"service":"graph","count":3})"
            << true;
        QTest::newRow("429 http-date pc")
            << R"({"kind":"status","status":429,"retryAfterDate":true,"service":"pc","count":2})"
            << true;
        QTest::newRow("500 503")
            << QStringLiteral(R"({"kind":"status","status":500,"service":"graph","count":2};)"
                              R"({"kind":"status","status":503,"service":"arm","count":2};)"
                              R"({"kind":"status","status":503,"service":"pc","count":1})")
            << true;
        QTest::newRow("malformed log page once")
            << R"({"kind":"malformed","pathPrefix":"/v1.0/auditLogs/signIns","count":1})" << true;
        QTest::newRow("malformed log pages")
            << R"({"kind":"malformed","pathPrefix":"/v1.0/auditLogs/signIns","count":-1})" << false;
        QTest::newRow("malformed alerts page")
            << R"({"kind":"malformed","pathPrefix":"/beta/security","count":3})" << false;
        QTest::newRow("drop mid-body")
            << QStringLiteral(R"({"kind":"drop","pathPrefix":"/v1.0/auditLogs","count":2};)"
                              R"({"kind":"drop","service":"pc","count":1})")
            << true;
        QTest::newRow("token expiry")
            << QStringLiteral(R"({"kind":"expireToken","service":"graph","count":1};)"
                              R"({"kind":"expireToken","service":"pc","count":1};)"
                              R"({"kind":"expireToken","service":"arm","count":1})")
            << true;
        QTest::newRow("403 audits")
            << R"({"kind":"forbidden","pathPrefix":"/v1.0/auditLogs/directoryAudits","count":1})"
            << false;
        QTest::newRow("403 alerts")
            << R"({"kind":"forbidden","pathPrefix":"/beta/security","count":1})" << false;
        QTest::newRow("unknown enums") << R"({"kind":"unknownEnums","count":-1})" << true;

        // The matrix: every fault kind the simulator injects on sync's path,
        // on every stream (and the token endpoint). Once, every run completes
        // (retry, refresh or tolerance); for good, a stream fails with its own
        // error and nothing else. Either way the clean run after converges.
        struct Target
        {
            const char *name;
            const char *selector;
        };
        const Target targets[] = {
            {"alerts", R"("pathPrefix":"/beta/security")"},
            {"customers+subscriptions", R"("service":"pc")"},
            {"spend", R"("service":"arm")"},
            {"sign-ins", R"("pathPrefix":"/v1.0/auditLogs/signIns")"},
            {"audits", R"("pathPrefix":"/v1.0/auditLogs/directoryAudits")"},
        };
        struct Kind
        {
            const char *name;
            const char *body;
            bool persistentFails; // with count -1, does a stream end failed?
        };
        const Kind kinds[] = {
            {"429", R"("kind":"status","status":429,"retryAfter":1)", true},
            {"500", R"("kind":"status","status":500)", true},
            {"503", R"("kind":"status","status":503)", true},
            {"malformed", R"("kind":"malformed")", true},
            {"drop", R"("kind":"drop")", true},
            {"slow", R"("kind":"slow","delayMs":300)", false},
            {"expired token", R"("kind":"expireToken")", true},
            {"unknown enums", R"("kind":"unknownEnums")", false},
            {"extra properties", R"("kind":"extraProperties")", false},
            {"isTest as string", R"("kind":"isTestString")", false},
        };
        for (const Target &t : targets) {
            for (const Kind &k : kinds) {
                QTest::addRow("matrix %s %s once", k.name, t.name)
                    << QStringLiteral("{%1,%2,\"count\":1}")
                           .arg(QLatin1String(k.body), QLatin1String(t.selector))
                    << true;
                if (k.persistentFails)
                    QTest::addRow("matrix %s %s always", k.name, t.name)
                        << QStringLiteral("{%1,%2,\"count\":-1}")
                               .arg(QLatin1String(k.body), QLatin1String(t.selector))
                        << false;
            }
            QTest::addRow("matrix 403 %s", t.name)
                << QStringLiteral(R"({"kind":"forbidden",%1,"count":1})")
                       .arg(QLatin1String(t.selector))
                << false;
        }
        QTest::newRow("matrix 503 identity once")
            << R"({"kind":"status","status":503,"service":"identity","count":1})" << true;
    }

    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(bool, mustComplete);
        m_server->service().reset();
        m_server->service().expireAccessTokens();
        for (const QString &part : fault.split(u';')) {
            QString err;
            auto f = sim::Fault::fromJson(QJsonDocument::fromJson(part.toUtf8()).object(), &err);
            QVERIFY2(f, qPrintable(err));
            m_server->addFault(*f);
        }
        const QString cache = newCache();
        {
            SyncEngine engine(netSourceFactory(simEndpoints(m_server->baseUrl()), fastRetry()));
            const RunResult r = runSync(engine, options(cache));
            QVERIFY2(!r.hasFatal && !r.cancelled, qPrintable(describe(r)));
            if (mustComplete) {
                QVERIFY2(r.ok(), qPrintable(describe(r)));
            } else {
                QVERIFY2(r.failedCount() >= 1, "the fault should fail a stream");
                for (const StreamProgress &s : r.streams) {
                    if (s.state == StreamProgress::State::Failed)
                        QVERIFY2(!s.error.isEmpty(), qPrintable(s.stream));
                }
            }
            auto db = openDb(cache);
            QVERIFY(db);
            QCOMPARE(sqlValue(db->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
            if (!mustComplete)
                QVERIFY(
                    sqlValue(db->queryInt("SELECT count(*) FROM sync_state WHERE last_error IS NOT "
                                          "NULL AND last_error <> ''")) >= 1);
        }
        m_server->clearFaults();
        SyncEngine engine(netSourceFactory(simEndpoints(m_server->baseUrl()), fastRetry()));
        const RunResult r = runSync(engine, options(cache));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        verifyComplete(cache);
    }

    void signInRequiredWithoutTokens()
    {
        m_server->service().reset();
        // Every refresh token refused: partner-scoped streams report sign-in.
        m_server->service().revokeRefreshTokens(700082);
        m_server->service().expireAccessTokens();
        SyncEngine engine(netSourceFactory(simEndpoints(m_server->baseUrl()), fastRetry()));
        const RunResult r = runSync(engine, options(newCache()));
        QVERIFY(!r.ok());
        QVERIFY2(r.signInRequired, qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestSyncSim)
#include "tst_sync_sim.moc"
