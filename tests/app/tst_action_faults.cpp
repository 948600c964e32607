// The fault matrix for actions: every fault vigie-sim can inject × resolve,
// suspend and entitlement cancel, on the read before the change and on the
// change itself, once (a passing glitch; VIGIE_ACTION_FAULTS=once) and also
// for good (VIGIE_ACTION_FAULTS=all). Without the variable, the default
// suite's short matrix: a lost response to the change of each action, a
// server error on a change and a throttled read. Each case must end complete
// or with a clear error, leave the cache intact, never apply an action twice
// (the simulator's journal), and a later clean push (or, after a terminal
// failure, the same action again) must bring the service to the wanted state.

#include "simprocess.h"
#include "sqlvalue.h"
#include "store/cache.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

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

QString quoted(const QString &s)
{
    return u'\'' + QString(s).replace(u'\'', QStringLiteral("''")) + u'\'';
}

enum class ActionKind
{
    Resolve,
    Suspend,
    Cancel
};

} // namespace

Q_DECLARE_METATYPE(ActionKind)

class TestActionFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    SimProcess m_sim;
    QProcessEnvironment m_env;
    QString m_cache;
    QNetworkAccessManager m_nam;

    QJsonObject simCall(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest req(QUrl(m_sim.baseUrl() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(
            req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }
    // Changes (PATCH/POST outside sign-in) the simulator received for `target`.
    // A Cost Management query is a read sent as POST whose path holds the
    // Azure subscription id (the entitlement a cancel targets): not a change.
    QList<QJsonObject> changesTo(const QString &target)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v :
             simCall("GET", QStringLiteral("/_sim/journal")).value(u"entries").toArray()) {
            const QJsonObject e = v.toObject();
            const QString m = e.value(u"method").toString();
            const QString path = e.value(u"path").toString();
            if ((m == u"PATCH" || m == u"POST") && !path.contains(u"oauth2") &&
                !path.contains(u"Microsoft.CostManagement/query", Qt::CaseInsensitive) &&
                path.contains(target, Qt::CaseInsensitive))
                out << e;
        }
        return out;
    }
    ProcessRun vigie(QStringList args)
    {
        return runVigie(m_env, args << QStringLiteral("--cache") << m_cache
                                    << QStringLiteral("--lang") << QStringLiteral("en"));
    }
    int resync()
    {
        return vigie({QStringLiteral("sync"), QStringLiteral("--days"), QStringLiteral("90"),
                      QStringLiteral("--no-logs")})
            .code;
    }
    QString integrity()
    {
        auto db = store::openCache(m_cache);
        return db ? sqlValue((*db)->queryText("PRAGMA integrity_check")) : db.error().message;
    }

    struct Target
    {
        QString id;
        QString customer;
        QStringList command; // the vigie verb and its arguments
        QByteArray stateSql; // the target's state in the cache
        QString wanted;      // ... once the action took effect
    };
    Target pick(ActionKind kind)
    {
        Target t;
        switch (kind) {
        case ActionKind::Resolve: {
            t.id =
                column(m_cache, "SELECT id FROM alerts WHERE status='active' ORDER BY id LIMIT 1")
                    .value(0);
            t.command = {QStringLiteral("resolve"), t.id, QStringLiteral("--reason"),
                         QStringLiteral("fraud")};
            t.stateSql = "SELECT status || '/' || resolved_reason FROM alerts WHERE id=" +
                         quoted(t.id).toUtf8();
            t.wanted = QStringLiteral("resolved/fraud");
            break;
        }
        case ActionKind::Suspend:
        case ActionKind::Cancel: {
            // A licence subscription to suspend; an Azure subscription (an
            // entitlement of the plan) to cancel.
            const QString row =
                kind == ActionKind::Suspend
                    ? column(m_cache, "SELECT s.customer_id || ' ' || s.id FROM subscriptions s "
                                      "WHERE s.status='active' AND NOT EXISTS (SELECT 1 FROM "
                                      "entitlements e WHERE e.subscription_id = s.id) "
                                      "ORDER BY s.id LIMIT 1")
                          .value(0)
                    : column(m_cache, "SELECT customer_id || ' ' || id FROM entitlements "
                                      "WHERE status='active' ORDER BY id LIMIT 1")
                          .value(0);
            t.customer = row.section(u' ', 0, 0);
            t.id = row.section(u' ', 1);
            t.command = {QStringLiteral("suspend"),
                         QStringLiteral("--customer"),
                         t.customer,
                         QStringLiteral("--subscription"),
                         t.id,
                         QStringLiteral("--yes")};
            t.stateSql = kind == ActionKind::Suspend
                             ? "SELECT status FROM subscriptions WHERE id=" + quoted(t.id).toUtf8()
                             : "SELECT status FROM entitlements WHERE id=" + quoted(t.id).toUtf8();
            t.wanted = kind == ActionKind::Suspend ? QStringLiteral("suspended")
                                                   : QStringLiteral("disabled");
            break;
        }
        }
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_sim.start({QStringLiteral("--seed"), QStringLiteral("43"),
                              QStringLiteral("--customers"), QStringLiteral("6"),
                              QStringLiteral("--signins-per-tenant"), QStringLiteral("5")},
                             &why),
                 qPrintable(why));
        m_env = m_sim.vigieEnvironment(m_home.path());
        m_cache = m_home.filePath(QStringLiteral("cache.sqlite"));
        QCOMPARE(runVigie(m_env, {QStringLiteral("login"), QStringLiteral("--device-code")}).code,
                 0);
        QCOMPARE(resync(), 0);
    }

    void init()
    {
        {
            auto db = store::openCache(m_cache);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("DELETE FROM outbox").ok());
        }
        simCall("POST", QStringLiteral("/_sim/reset"));
        QCOMPARE(resync(), 0);
        simCall("DELETE", QStringLiteral("/_sim/journal"));
    }

    void matrix_data()
    {
        QTest::addColumn<ActionKind>("kind");
        QTest::addColumn<QJsonObject>("fault");
        const bool forGood = qEnvironmentVariable("VIGIE_ACTION_FAULTS") == u"all";
        // The default suite's cases (about 60 s): the faults most likely to
        // apply an action twice or lose it, once each.
        const bool full = qEnvironmentVariableIsSet("VIGIE_ACTION_FAULTS");
        const QStringList shortMatrix = {
            QStringLiteral("resolve/drop/change/once"), QStringLiteral("suspend/drop/change/once"),
            QStringLiteral("cancel/drop/change/once"), QStringLiteral("suspend/503/change/once"),
            QStringLiteral("resolve/429/read/once")};
        const QList<QPair<QString, QJsonObject>> faults = {
            {QStringLiteral("429"),
             {{QStringLiteral("kind"), QStringLiteral("status")},
              {QStringLiteral("status"), 429},
              {QStringLiteral("retryAfter"), 1}}},
            {QStringLiteral("500"),
             {{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 500}}},
            {QStringLiteral("503"),
             {{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 503}}},
            {QStringLiteral("malformed"), {{QStringLiteral("kind"), QStringLiteral("malformed")}}},
            {QStringLiteral("drop"), {{QStringLiteral("kind"), QStringLiteral("drop")}}},
            {QStringLiteral("slow"),
             {{QStringLiteral("kind"), QStringLiteral("slow")}, {QStringLiteral("delayMs"), 1500}}},
            {QStringLiteral("expireToken"),
             {{QStringLiteral("kind"), QStringLiteral("expireToken")}}},
            {QStringLiteral("forbidden"), {{QStringLiteral("kind"), QStringLiteral("forbidden")}}},
            {QStringLiteral("etagConflict"),
             {{QStringLiteral("kind"), QStringLiteral("etagConflict")}}},
            {QStringLiteral("alertDeleted"),
             {{QStringLiteral("kind"), QStringLiteral("alertDeleted")}}},
            {QStringLiteral("unknownEnums"),
             {{QStringLiteral("kind"), QStringLiteral("unknownEnums")}}},
            {QStringLiteral("extraProperties"),
             {{QStringLiteral("kind"), QStringLiteral("extraProperties")}}},
            {QStringLiteral("isTestString"),
             {{QStringLiteral("kind"), QStringLiteral("isTestString")}}},
        };
        const QList<QPair<QString, ActionKind>> kinds = {
            {QStringLiteral("resolve"), ActionKind::Resolve},
            {QStringLiteral("suspend"), ActionKind::Suspend},
            {QStringLiteral("cancel"), ActionKind::Cancel}};
        for (const auto &[kindName, kind] : kinds) {
            const QString service =
                kind == ActionKind::Resolve ? QStringLiteral("graph") : QStringLiteral("pc");
            const QString change =
                kind == ActionKind::Cancel ? QStringLiteral("POST") : QStringLiteral("PATCH");
            for (const auto &[faultName, base] : faults) {
                for (const QString &phase : {QStringLiteral("read"), QStringLiteral("change")}) {
                    for (const int count : forGood ? QList<int>{1, -1} : QList<int>{1}) {
                        QJsonObject f = base;
                        f.insert(QStringLiteral("service"), service);
                        f.insert(QStringLiteral("method"),
                                 phase == u"read" ? QStringLiteral("GET") : change);
                        f.insert(QStringLiteral("count"), count);
                        const QString name = QStringLiteral("%1/%2/%3/%4")
                                                 .arg(kindName, faultName, phase,
                                                      count == 1 ? QStringLiteral("once")
                                                                 : QStringLiteral("for-good"));
                        if (full || shortMatrix.contains(name))
                            QTest::newRow(qPrintable(name)) << kind << f;
                    }
                }
            }
        }
    }

    void matrix()
    {
        QFETCH(ActionKind, kind);
        QFETCH(QJsonObject, fault);
        const Target t = pick(kind);
        QVERIFY2(!t.id.isEmpty(), "the world has a target for this action");
        simCall("POST", QStringLiteral("/_sim/faults"), fault);

        // 1. Under the fault: complete (0) or a clear error (4, the action
        //    waits or failed with a message); never a crash or a hang.
        const ProcessRun first = vigie(t.command);
        QVERIFY2(first.code == 0 || first.code == 4,
                 qPrintable(QStringLiteral("exit %1: %2")
                                .arg(first.code)
                                .arg(QString::fromUtf8(first.err.right(600)))));
        const QStringList outbox =
            column(m_cache,
                   "SELECT state || '|' || coalesce(last_error, '') FROM outbox WHERE target_id=" +
                       quoted(t.id).toUtf8() + " ORDER BY id");
        QCOMPARE(outbox.size(), 1);
        const QString state = outbox.first().section(u'|', 0, 0);
        const QString error = outbox.first().section(u'|', 1);
        QVERIFY2(QStringList({QStringLiteral("done"), QStringLiteral("queued"),
                              QStringLiteral("failed"), QStringLiteral("conflict")})
                     .contains(state),
                 qPrintable(outbox.first()));
        if (first.code != 0) {
            QVERIFY2(state != u"done", qPrintable(outbox.first()));
            // A clear error: said in words on the terminal and kept on the action.
            QVERIFY2(!error.trimmed().isEmpty() || state == u"queued", qPrintable(outbox.first()));
            QVERIFY2(!(first.out + first.err).trimmed().isEmpty(), "a failure says nothing");
        } else {
            QCOMPARE(state, QStringLiteral("done"));
        }
        QCOMPARE(integrity(), QStringLiteral("ok"));

        // 2. Faults gone: a clean push; a terminal failure or conflict is
        //    settled by the analyst doing the action again.
        simCall("DELETE", QStringLiteral("/_sim/faults"));
        if (fault.value(u"kind").toString() == u"alertDeleted" &&
            column(m_cache, "SELECT state FROM outbox WHERE target_id=" + quoted(t.id).toUtf8())
                    .value(0) == u"failed") {
            // The alert is gone from the service: nothing can converge but
            // the cache, which learns it at the next sync.
            QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
            QCOMPARE(resync(), 0);
            QCOMPARE(integrity(), QStringLiteral("ok"));
            return;
        }
        const ProcessRun push = vigie({QStringLiteral("push")});
        const QString after =
            column(m_cache, "SELECT state FROM outbox WHERE target_id=" + quoted(t.id).toUtf8() +
                                " ORDER BY id DESC LIMIT 1")
                .value(0);
        if (after != u"done") {
            QCOMPARE(push.code, 4); // the failed/conflicting action is still reported
            {
                auto db = store::openCache(m_cache);
                QVERIFY(db.ok());
                QVERIFY((*db)->exec("DELETE FROM outbox").ok());
            }
            const ProcessRun again = vigie(t.command);
            QVERIFY2(again.code == 0, qPrintable(QString::fromUtf8(again.err.right(600))));
        } else {
            QVERIFY2(push.code == 0, qPrintable(QString::fromUtf8(push.err.right(600))));
        }

        // 3. Converged: the service and, after a sync, the cache hold the
        //    wanted state, and the change was applied exactly once.
        QCOMPARE(resync(), 0);
        QCOMPARE(column(m_cache, t.stateSql), QStringList{t.wanted});
        const QList<QJsonObject> sent = changesTo(t.id);
        int applied = 0;
        QStringList seen;
        for (const QJsonObject &c : sent) {
            const int status = c.value(u"status").toInt();
            if (status >= 200 && status < 300)
                ++applied;
            seen << QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact));
        }
        QVERIFY2(
            applied == 1,
            qPrintable(
                QStringLiteral("%1 successful changes: %2").arg(applied).arg(seen.join(u'\n'))));
        QCOMPARE(integrity(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestActionFaults)
#include "tst_action_faults.moc"
