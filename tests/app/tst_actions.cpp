// The action layer end to end: the real `vigie resolve|suspend|push` against
// the real `vigie-sim`, checked against the simulator's request journal —
// exactly one change per action, the idempotency key on the wire, nothing sent
// twice across crashes, conflicts and refusals reported, never retried blindly.

#include "simprocess.h"
#include "sqlvalue.h"
#include "store/cache.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <csignal>

using namespace vigie;
using namespace vigie::testing;

namespace {

QStringList column(const QString &cache, const QByteArray &sql)
{
    QStringList out;
    auto db = store::openCache(cache);
    if (!db)
        return out;
    auto st = (*db)->prepare(sql);
    if (!st)
        return out;
    while ((*st)->step() == store::Statement::Step::Row)
        out << (*st)->text(0);
    return out;
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    SimProcess m_sim;
    QProcessEnvironment m_env;
    QString m_cache;
    QNetworkAccessManager m_nam;

    QJsonObject simCall(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        const QByteArray &bearer = {})
    {
        QNetworkRequest req(QUrl(m_sim.baseUrl() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply *reply = m_nam.sendCustomRequest(
            req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }
    // Changes the simulator received since the journal was last cleared.
    QList<QJsonObject> changes()
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v :
             simCall("GET", QStringLiteral("/_sim/journal")).value(u"entries").toArray()) {
            const QJsonObject e = v.toObject();
            const QString m = e.value(u"method").toString();
            if ((m == u"PATCH" || m == u"POST") && !e.value(u"path").toString().contains(u"oauth2"))
                out << e;
        }
        return out;
    }
    void clearJournal() { simCall("DELETE", QStringLiteral("/_sim/journal")); }
    ProcessRun vigie(QStringList args)
    {
        return runVigie(m_env, args << QStringLiteral("--cache") << m_cache
                                    << QStringLiteral("--lang") << QStringLiteral("en"));
    }
    QStringList activeAlerts()
    {
        return column(m_cache, "SELECT id FROM alerts WHERE status='active' ORDER BY id");
    }
    QString outboxKey(const QString &target)
    {
        const QStringList k =
            column(m_cache, "SELECT idempotency_key FROM outbox WHERE target_id='" +
                                target.toLatin1() + "' ORDER BY id DESC LIMIT 1");
        return k.isEmpty() ? QString() : k.first();
    }
    void resync()
    {
        QCOMPARE(vigie({QStringLiteral("sync"), QStringLiteral("--days"), QStringLiteral("90"),
                        QStringLiteral("--no-logs")})
                     .code,
                 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_sim.start({QStringLiteral("--seed"), QStringLiteral("31"),
                              QStringLiteral("--customers"), QStringLiteral("150"),
                              QStringLiteral("--signins-per-tenant"), QStringLiteral("5")},
                             &why),
                 qPrintable(why));
        m_env = m_sim.vigieEnvironment(m_home.path());
        m_cache = m_home.filePath(QStringLiteral("cache.sqlite"));
        QCOMPARE(runVigie(m_env, {QStringLiteral("login"), QStringLiteral("--device-code")}).code,
                 0);
        resync();
        QVERIFY(activeAlerts().size() >= 10);
    }

    void init()
    {
        // Each case starts from an empty outbox (a conflict or a failure left
        // by the previous one would keep `push` at exit 4, as designed).
        {
            auto db = store::openCache(m_cache);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("DELETE FROM outbox").ok());
        }
        simCall("POST", QStringLiteral("/_sim/reset"));
        resync();
        clearJournal();
    }

    void resolveSendsExactlyOnePatch()
    {
        const QString alert = activeAlerts().first();
        const ProcessRun r = vigie({QStringLiteral("resolve"), alert, QStringLiteral("--reason"),
                                    QStringLiteral("legitimate"), QStringLiteral("--note"),
                                    QStringLiteral("expected load test")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QJsonObject> sent = changes();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().value(u"method").toString(), QStringLiteral("PATCH"));
        QVERIFY(sent.first().value(u"path").toString().endsWith(alert));
        QCOMPARE(QJsonDocument::fromJson(sent.first().value(u"body").toString().toUtf8()).object(),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")},
                              {QStringLiteral("resolvedReason"), QStringLiteral("legitimate")}}));
        QCOMPARE(sent.first().value(u"headers").toObject().value(u"client-request-id").toString(),
                 outboxKey(alert));
        // The cache knows at once; the note and the trail are kept.
        QCOMPARE(column(m_cache, "SELECT status || '/' || resolved_reason FROM alerts WHERE id='" +
                                     alert.toLatin1() + "'"),
                 QStringList{QStringLiteral("resolved/legitimate")});
        QCOMPARE(
            column(m_cache, "SELECT text FROM notes WHERE object_id='" + alert.toLatin1() + "'"),
            QStringList{QStringLiteral("expected load test")});
        QCOMPARE(column(m_cache, "SELECT json_extract(detail, '$.result') FROM activity WHERE "
                                 "object_id='" +
                                     alert.toLatin1() + "' ORDER BY id"),
                 (QStringList{QStringLiteral("queued"), QStringLiteral("done")}));
        // A second push sends nothing.
        clearJournal();
        QCOMPARE(vigie({QStringLiteral("push")}).code, 0);
        QVERIFY(changes().isEmpty());
    }

    // A bulk push SIGKILLed at random moments, then pushed to the end: every
    // alert resolved remotely, none PATCHed twice.
    void bulkPushSurvivesKillsWithoutDoubleSend()
    {
        const QStringList alerts = activeAlerts();
        QStringList args{QStringLiteral("resolve")};
        args << alerts << QStringLiteral("--reason") << QStringLiteral("ignore")
             << QStringLiteral("--offline");
        QCOMPARE(vigie(args).code, 4); // queued only
        QCOMPARE(column(m_cache, "SELECT count(*) FROM outbox WHERE state='queued'"),
                 QStringList{QString::number(alerts.size())});
        QCOMPARE(changes().size(), 0);
        // Every Graph call takes 40 ms, so the kills land inside the push.
        simCall("POST", QStringLiteral("/_sim/faults"),
                {{QStringLiteral("kind"), QStringLiteral("slow")},
                 {QStringLiteral("service"), QStringLiteral("graph")},
                 {QStringLiteral("delayMs"), 40},
                 {QStringLiteral("count"), -1}});
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int landed = 0, runs = 0;
        const auto unfinished = [&] {
            return column(m_cache, "SELECT count(*) FROM outbox WHERE state IN ('queued', "
                                   "'sending')")
                .value(0)
                .toInt();
        };
        while (landed < 20 && runs < 60 && unfinished() > 0) {
            ++runs;
            QProcess p;
            p.setProcessEnvironment(m_env);
            p.start(kVigieBinary, {QStringLiteral("push"), QStringLiteral("--cache"), m_cache});
            QVERIFY(p.waitForStarted());
            QTest::qWait(int(40 + rng.bounded(200u)));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++landed;
            }
            p.waitForFinished();
            auto db = store::openCache(m_cache);
            QVERIFY(db.ok());
            QCOMPARE(sqlValue((*db)->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        }
        simCall("DELETE", QStringLiteral("/_sim/faults"));
        const ProcessRun last = vigie({QStringLiteral("push")});
        QVERIFY2(last.code == 0, last.err.constData());
        qInfo("%d kills landed in %d pushes of %lld actions", landed, runs, qint64(alerts.size()));
        QVERIFY(landed >= 10);
        QHash<QString, int> patches;
        for (const QJsonObject &c : changes())
            if (c.value(u"method").toString() == u"PATCH")
                ++patches[c.value(u"path").toString().section(u'/', -1)];
        for (const QString &a : alerts)
            QVERIFY2(patches.value(a) == 1,
                     qPrintable(a + QStringLiteral(" PATCHed %1 times").arg(patches.value(a))));
        QCOMPARE(patches.size(), alerts.size());
        resync();
        for (const QString &a : alerts)
            QCOMPARE(
                column(m_cache, "SELECT status || '/' || resolved_reason FROM alerts WHERE id='" +
                                    a.toLatin1() + "'"),
                QStringList{QStringLiteral("resolved/ignore")});
    }

    void conflictWhenResolvedDifferentlyMeanwhile()
    {
        const QString alert = activeAlerts().first();
        QCOMPARE(vigie({QStringLiteral("resolve"), alert, QStringLiteral("--reason"),
                        QStringLiteral("fraud"), QStringLiteral("--offline")})
                     .code,
                 4);
        // Someone else resolves it in the partner's portal.
        const QByteArray token =
            simCall("POST", QStringLiteral("/_sim/token"),
                    {{QStringLiteral("tenant"), QStringLiteral("organizations")},
                     {QStringLiteral("resource"), QStringLiteral("graph")}})
                .value(u"access_token")
                .toString()
                .toLatin1();
        simCall("PATCH", QStringLiteral("/beta/security/partner/securityAlerts/") + alert,
                {{QStringLiteral("status"), QStringLiteral("resolved")},
                 {QStringLiteral("resolvedReason"), QStringLiteral("legitimate")}},
                token);
        clearJournal();
        const ProcessRun r = vigie({QStringLiteral("push")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.out.contains("conflict") && r.out.contains("legitimate"), r.out.constData());
        QVERIFY(changes().isEmpty()); // never overwritten silently
        QCOMPARE(column(m_cache, "SELECT state FROM outbox WHERE target_id='" + alert.toLatin1() +
                                     "' ORDER BY id DESC LIMIT 1"),
                 QStringList{QStringLiteral("conflict")});
    }

    void suspendRequiresYesWithoutATerminal()
    {
        const QStringList sub =
            column(m_cache, "SELECT customer_id || ' ' || id FROM subscriptions "
                            "WHERE status='active' ORDER BY id LIMIT 1");
        QCOMPARE(sub.size(), 1);
        const ProcessRun r =
            vigie({QStringLiteral("suspend"), QStringLiteral("--customer"),
                   sub.first().section(u' ', 0, 0), QStringLiteral("--subscription"),
                   sub.first().section(u' ', 1)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QCOMPARE(column(m_cache, "SELECT count(*) FROM outbox WHERE kind <> 'resolveAlert'"),
                 QStringList{QStringLiteral("0")});
        QVERIFY(changes().isEmpty());
    }

    // The whole plan: PATCH with If-Match and MS-RequestId; a stale etag
    // (412) is read again and retried once with the same request id.
    void suspendPatchesWithEtagAndRetriesA412()
    {
        const QStringList sub =
            column(m_cache, "SELECT customer_id || ' ' || id FROM subscriptions "
                            "WHERE status='active' ORDER BY id LIMIT 1");
        const QString customer = sub.first().section(u' ', 0, 0);
        const QString id = sub.first().section(u' ', 1);
        simCall("POST", QStringLiteral("/_sim/faults"),
                {{QStringLiteral("kind"), QStringLiteral("etagConflict")},
                 {QStringLiteral("count"), 1}});
        const ProcessRun r =
            vigie({QStringLiteral("suspend"), QStringLiteral("--customer"), customer,
                   QStringLiteral("--subscription"), id, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QJsonObject> sent = changes();
        QCOMPARE(sent.size(), 2); // the 412, then the retry
        const QString key = outboxKey(id);
        for (const QJsonObject &c : sent) {
            const QJsonObject h = c.value(u"headers").toObject();
            QCOMPARE(c.value(u"method").toString(), QStringLiteral("PATCH"));
            QCOMPARE(h.value(u"ms-requestid").toString(), key);
            QVERIFY(!h.value(u"if-match").toString().isEmpty());
        }
        QCOMPARE(sent.at(0).value(u"status").toInt(), 412);
        QCOMPARE(sent.at(1).value(u"status").toInt(), 200);
        QCOMPARE(
            column(m_cache, "SELECT status FROM subscriptions WHERE id='" + id.toLatin1() + "'"),
            QStringList{QStringLiteral("suspended")});
    }

    // One Azure subscription of a plan: the entitlement cancel (202), then
    // its status is polled until it changes.
    void cancelOneAzureSubscription()
    {
        const QStringList ent = column(m_cache, "SELECT customer_id || ' ' || id FROM entitlements "
                                                "WHERE status='active' ORDER BY id LIMIT 1");
        QCOMPARE(ent.size(), 1);
        const QString customer = ent.first().section(u' ', 0, 0);
        const QString id = ent.first().section(u' ', 1);
        const ProcessRun r =
            vigie({QStringLiteral("suspend"), QStringLiteral("--customer"), customer,
                   QStringLiteral("--subscription"), id, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QJsonObject> sent = changes();
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().value(u"path").toString().endsWith(id + QStringLiteral("/cancel")));
        QCOMPARE(sent.first().value(u"status").toInt(), 202);
        QCOMPARE(QJsonDocument::fromJson(sent.first().value(u"body").toString().toUtf8())
                     .object()
                     .value(u"cancellationReason")
                     .toString(),
                 QStringLiteral("compromise"));
        QVERIFY2(r.out.contains("cancelled"), r.out.constData());
        QCOMPARE(
            column(m_cache, "SELECT status FROM entitlements WHERE id='" + id.toLatin1() + "'"),
            QStringList{QStringLiteral("disabled")});
    }

    void unknownSubscriptionIsAClearErrorAndSendsNothing()
    {
        const QString customer = column(m_cache, "SELECT id FROM customers LIMIT 1").first();
        const ProcessRun r = vigie({QStringLiteral("suspend"), QStringLiteral("--customer"),
                                    customer, QStringLiteral("--subscription"),
                                    QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                    QStringLiteral("--yes")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("00000000-0000-0000-0000-000000000000"), r.err.constData());
        QVERIFY(changes().isEmpty());
        const ProcessRun bad = vigie({QStringLiteral("suspend"), QStringLiteral("--customer"),
                                      QStringLiteral("../x"), QStringLiteral("--subscription"),
                                      QStringLiteral("a%2fb"), QStringLiteral("--yes")});
        QCOMPARE(bad.code, 2);
        QVERIFY(changes().isEmpty());
    }

    // Partner Center refusing the sign-in (no MFA claim): failed with what to
    // do, not retried in a loop.
    void partnerCenterRefusalFailsWithTheMfaHint()
    {
        const QStringList sub =
            column(m_cache, "SELECT customer_id || ' ' || id FROM subscriptions "
                            "WHERE status='active' ORDER BY id LIMIT 1");
        simCall("POST", QStringLiteral("/_sim/faults"),
                {{QStringLiteral("kind"), QStringLiteral("status")},
                 {QStringLiteral("status"), 401},
                 {QStringLiteral("service"), QStringLiteral("pc")},
                 {QStringLiteral("method"), QStringLiteral("PATCH")},
                 {QStringLiteral("count"), -1}});
        const ProcessRun r =
            vigie({QStringLiteral("suspend"), QStringLiteral("--customer"),
                   sub.first().section(u' ', 0, 0), QStringLiteral("--subscription"),
                   sub.first().section(u' ', 1), QStringLiteral("--yes")});
        simCall("DELETE", QStringLiteral("/_sim/faults"));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.out.contains("multi-factor"), r.out.constData());
        QVERIFY(changes().size() <= 2); // the PATCH and its one retry after a token refresh
        QCOMPARE(
            column(m_cache,
                   "SELECT state FROM outbox WHERE kind='suspendSubscription' ORDER BY id DESC "
                   "LIMIT 1"),
            QStringList{QStringLiteral("failed")});
    }

    // Offline: actions wait in the outbox, across processes, and go when the
    // service is back.
    void offlineQueueWaitsAndGoesLater()
    {
        const QString alert = activeAlerts().first();
        QProcessEnvironment offline = m_env;
        offline.insert(QStringLiteral("VIGIE_GRAPH_URL"), QStringLiteral("http://127.0.0.1:1"));
        ProcessRun r =
            runVigie(offline, {QStringLiteral("resolve"), alert, QStringLiteral("--reason"),
                               QStringLiteral("fraud"), QStringLiteral("--cache"), m_cache});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("could not be reached"), r.err.constData());
        QCOMPARE(column(m_cache, "SELECT state FROM outbox WHERE target_id='" + alert.toLatin1() +
                                     "' ORDER BY id DESC LIMIT 1"),
                 QStringList{QStringLiteral("queued")});
        r = vigie({QStringLiteral("push")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(changes().size(), 1);
    }

    // The trail names the analyst who signed in (the token's UPN), not the
    // local OS account; `vigie login` and `vigie logout` are in it too.
    void theTrailNamesTheSignedInAnalyst()
    {
        const QString upn =
            simCall("GET", QStringLiteral("/_sim/manifest")).value(u"analystUpn").toString();
        QVERIFY(upn.contains(u'@'));
        QVERIFY(upn != qEnvironmentVariable("USER"));
        const QString alert = activeAlerts().first();
        ProcessRun r = vigie({QStringLiteral("resolve"), alert, QStringLiteral("--reason"),
                              QStringLiteral("legitimate")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(column(m_cache, "SELECT DISTINCT actor FROM activity WHERE object_id='" +
                                     alert.toLatin1() + "'"),
                 QStringList{upn});

        r = vigie({QStringLiteral("logout")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = vigie({QStringLiteral("login"), QStringLiteral("--device-code")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains(upn.toUtf8()), r.err.constData()); // "Signed in as …"
        QCOMPARE(
            column(m_cache, "SELECT verb || ' ' || actor FROM activity WHERE verb IN "
                            "('sign-in', 'sign-out') ORDER BY id"),
            (QStringList{QStringLiteral("sign-out ") + upn, QStringLiteral("sign-in ") + upn}));
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
