// A customer tenant without Entra ID P1/P2 answers 403
// Authentication_RequestFromNonPremiumTenantOrB2CTenant on its sign-ins
// (vigie-sim: every tenth customer, index 7). That is the tenant's licence,
// not a failed sync: the stream ends "not available", the run is ok, the
// answer is stored per customer and asked again only once a day; `vigie sync`
// exits 0 and says which stream it is about.

#include "simharness.h"
#include "store/logavailability.h"

#include <QJsonArray>
#include <QProcess>

using namespace vigie;
using namespace vigie::sync;
using namespace vigie::synctest;

namespace {
const QString kVigie = QStringLiteral(VIGIE_BINARY_DIR "/src/app/vigie");
constexpr qint64 kHourMs = 3'600'000;
} // namespace

class TestSyncLicence : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    QTemporaryDir m_dir;
    qint64 m_nowMs = 0;
    QString m_unlicensed; // customer index 7

    SyncOptions options(const QString &cache, qint64 nowMs) const
    {
        SyncOptions o;
        o.cachePath = cache;
        o.days = 10;
        o.nowMs = nowMs;
        o.spend = false;
        o.detect = false;
        o.logRequestsPerWindow = 0;
        return o;
    }
    // Sign-in requests the simulator refused for the licence so far.
    int licenceRefusals() const
    {
        int n = 0;
        for (const QJsonValue &v : m_server->journal()) {
            const QJsonObject e = v.toObject();
            n += e.value(u"path").toString().contains(u"/auditLogs/signIns") &&
                 e.value(u"status").toInt() == 403;
        }
        return n;
    }
    static const StreamProgress *stream(const RunResult &r, const QString &key)
    {
        for (const StreamProgress &s : r.streams)
            if (s.stream.compare(key, Qt::CaseInsensitive) == 0)
                return &s;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::WorldConfig wc;
        wc.seed = 21;
        wc.customers = 9; // index 7 has no P1/P2
        wc.signInsPerTenant = 60;
        wc.scenarioCustomers = 0;
        wc.logDays = 10;
        sim::SimOptions so;
        so.throttle = false;
        so.deviceInterval = 1;
        so.autoApproveAfterPolls = 1;
        m_server = std::make_unique<sim::Server>(wc, so);
        QVERIFY(m_server->listen(0) > 0);
        m_nowMs = toEpochMs(m_server->world().now());
        for (const sim::Customer &c : m_server->world().customers())
            if (!c.premium)
                m_unlicensed = c.id;
        QVERIFY(!m_unlicensed.isEmpty());
        QString why;
        QVERIFY2(signIn(m_server->baseUrl(), &why), qPrintable(why));
    }

    void unlicensedSignInsAreNotAFailureAndAreAskedOnceADay()
    {
        const QString cache = m_dir.filePath(QStringLiteral("engine.sqlite"));
        SyncEngine engine(netSourceFactory(simEndpoints(m_server->baseUrl()), fastRetry()));
        const int before = licenceRefusals();
        const RunResult r = runSync(engine, options(cache, m_nowMs));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.failedCount(), 0);
        QCOMPARE(r.unavailableCount(), 1);
        const StreamProgress *signIns = stream(r, QStringLiteral("signins:") + m_unlicensed);
        QVERIFY(signIns);
        QCOMPARE(signIns->state, StreamProgress::State::Unavailable);
        QVERIFY2(signIns->error.contains(QStringLiteral("Sign-in logs")),
                 qPrintable(signIns->error));
        // Its audits are read as usual.
        QCOMPARE(stream(r, QStringLiteral("audits:") + m_unlicensed)->state,
                 StreamProgress::State::Done);
        QCOMPARE(licenceRefusals() - before, 1);
        {
            auto db = openDb(cache);
            store::LogAvailabilityRepository repo(*db);
            const store::LogAvailability a = repo.get(m_unlicensed, QStringLiteral("signins"));
            QVERIFY(a.known);
            QVERIFY(!a.available);
            QCOMPARE(a.probedAtMs, m_nowMs);
            QVERIFY(repo.get(m_unlicensed, QStringLiteral("audits")).available);
            QVERIFY(sqlValue(db->queryInt("SELECT count(*) FROM log_availability WHERE "
                                          "available = 1")) >= 17); // 8 x 2 + its audits
            // The run counts as a successful sync (the status bar's "Synced").
            QVERIFY(sqlValue(db->queryInt("SELECT count(*) FROM sync_state WHERE stream = '_run' "
                                          "AND last_success > 0")) == 1);
        }

        // An hour later: not asked again; the message says when it will be.
        const RunResult later = runSync(engine, options(cache, m_nowMs + kHourMs));
        QVERIFY2(later.ok(), qPrintable(describe(later)));
        QCOMPARE(licenceRefusals() - before, 1);
        const StreamProgress *skipped = stream(later, QStringLiteral("signins:") + m_unlicensed);
        QCOMPARE(skipped->state, StreamProgress::State::Unavailable);
        QVERIFY2(skipped->error.contains(QStringLiteral("asks again")), qPrintable(skipped->error));

        // A day later: asked again (still no licence).
        const RunResult nextDay = runSync(engine, options(cache, m_nowMs + 25 * kHourMs));
        QVERIFY2(nextDay.ok(), qPrintable(describe(nextDay)));
        QCOMPARE(licenceRefusals() - before, 2);
        auto db = openDb(cache);
        QCOMPARE(store::LogAvailabilityRepository(*db)
                     .get(m_unlicensed, QStringLiteral("signins"))
                     .probedAtMs,
                 m_nowMs + 25 * kHourMs);
    }

    void vigieSyncExitsZero()
    {
        QVERIFY(QFile::exists(kVigie));
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *v :
             {"VIGIE_LOGIN_URL", "VIGIE_GRAPH_URL", "VIGIE_PARTNER_CENTER_URL", "VIGIE_ARM_URL"})
            e.insert(QString::fromLatin1(v), m_server->baseUrl());
        e.insert(QStringLiteral("VIGIE_CLIENT_ID"), simEndpoints(m_server->baseUrl()).clientId);
        e.insert(QStringLiteral("VIGIE_TOKEN_STORE"), QStringLiteral("file"));
        e.insert(QStringLiteral("VIGIE_SYNC_LOG_BUDGET"), QStringLiteral("0"));
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(kVigie, {QStringLiteral("sync"), QStringLiteral("--cache"),
                         m_dir.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("--days"),
                         QStringLiteral("10"), QStringLiteral("--no-spend"),
                         QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(p.waitForStarted());
        QSignalSpy done(&p, &QProcess::finished); // the simulator lives in this event loop
        QVERIFY(done.wait(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("0 failed"), err.constData());
        // Which stream, which tenant, and why.
        QVERIFY2(
            err.contains(QStringLiteral("signins:%1: not available").arg(m_unlicensed).toUtf8()),
            err.constData());
        QVERIFY2(err.contains("Sign-in logs of tenant"), err.constData());
        QVERIFY2(err.contains("not a failure"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncLicence)
#include "tst_sync_licence.moc"
