// "Approve this actor for this customer" (detections.md §2) and the
// correlationIds of findings (§3), through FindingStore.

#include "analytics/engine.h"
#include "analytics/findingstore.h"
#include "analytics/rules.h"
#include "analytics/settings.h"
#include "eventstore.h"
#include "sqlvalue.h"
#include "store/cache.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::analytics;

namespace {

const QDateTime kNow(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC);
const QString kAudits = QStringLiteral("directoryAudits");

struct Env
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    RuleCatalog catalog;
    FixedClock clock{kNow};
    Env()
    {
        auto d = store::openCache(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!d)
            qFatal("cache: %s", qPrintable(d.error().message));
        db = std::move(*d);
        auto c = RuleCatalog::loadBuiltin();
        if (!c)
            qFatal("catalog: %s", qPrintable(c.error().message));
        catalog = std::move(*c);
    }
    bool insert(const QString &customer, const QJsonObject &e)
    {
        return testing::insertEvent(*db, customer, kAudits, e);
    }
    bool evaluate(const QString &customer)
    {
        DetectionEngine engine(*db, catalog, clock);
        return engine.evaluateNew(customer).ok();
    }
    QList<Finding> findings(const QString &customer, const QString &rule = {})
    {
        FindingFilter f;
        f.customerId = customer;
        f.ruleId = rule;
        auto r = FindingStore(*db).list(f);
        return r ? *r : QList<Finding>{};
    }
    QStringList list(const QString &customer, const QString &key)
    {
        auto s = CustomerSettings::load(*db, customer);
        QStringList out;
        if (s)
            for (const QJsonValue &v : s->value(key).toArray())
                out << v.toString();
        return out;
    }
};

QJsonObject userActor(const QString &upn)
{
    return QJsonObject{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), QStringLiteral("oid-") + upn},
                                             {QStringLiteral("userPrincipalName"), upn}}}};
}

QJsonObject appActor(const QString &name, const QString &spId)
{
    return QJsonObject{
        {QStringLiteral("user"), QJsonValue::Null},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("appId"), QStringLiteral("app-1")},
                                            {QStringLiteral("displayName"), name},
                                            {QStringLiteral("servicePrincipalId"), spId}}}};
}

QJsonObject audit(const QString &id, const QDateTime &t, const QString &activity,
                  const QJsonObject &initiatedBy, const QString &correlationId = {},
                  const QJsonArray &targets = {})
{
    QJsonObject e{{QStringLiteral("id"), id},
                  {QStringLiteral("activityDateTime"), formatWireDateTime(t)},
                  {QStringLiteral("activityDisplayName"), activity},
                  {QStringLiteral("result"), QStringLiteral("success")},
                  {QStringLiteral("category"), QStringLiteral("Policy")},
                  {QStringLiteral("loggedByService"), QStringLiteral("Core Directory")},
                  {QStringLiteral("initiatedBy"), initiatedBy},
                  {QStringLiteral("targetResources"),
                   targets.isEmpty()
                       ? QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("target-1")},
                                                {QStringLiteral("type"), QStringLiteral("Policy")}}}
                       : targets}};
    if (!correlationId.isEmpty())
        e.insert(QStringLiteral("correlationId"), correlationId);
    return e;
}

QJsonArray appTarget(const QString &id, const QString &name, const QJsonArray &props = {})
{
    return QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("displayName"), name},
                                  {QStringLiteral("type"), QStringLiteral("ServicePrincipal")},
                                  {QStringLiteral("modifiedProperties"), props}}};
}

} // namespace

class TestFindingActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void approvalListsComeFromTheRuleData()
    {
        Env env;
        QStringList offered;
        for (const auto &rule : env.catalog.rules()) {
            const QString key = FindingStore::approvalListKey(*rule);
            if (!key.isEmpty()) {
                offered << rule->id;
                QVERIFY2(key.startsWith(QLatin1String("approvedActors.")), qPrintable(key));
            }
        }
        QStringList expected{QStringLiteral("C2"),  QStringLiteral("A1"),  QStringLiteral("A4"),
                             QStringLiteral("A11"), QStringLiteral("P12"), QStringLiteral("P13")};
        for (int i = 1; i <= 15; ++i)
            expected << QStringLiteral("I%1").arg(i);
        offered.sort();
        expected.sort();
        QCOMPARE(offered, expected);
        QCOMPARE(FindingStore::approvalListKey(*env.catalog.find(QStringLiteral("A4"))),
                 QStringLiteral("approvedActors.consentAdmins"));
        QCOMPARE(FindingStore::approvalListKey(*env.catalog.find(QStringLiteral("I1"))),
                 QStringLiteral("approvedActors.conditionalAccess"));
        // Allowlist rules on other lists (countries, domains, hours) offer nothing.
        for (const char *id : {"C6", "P8", "P9", "A8", "C4"})
            QVERIFY(FindingStore::approvalListKey(*env.catalog.find(QLatin1String(id))).isEmpty());
    }

    void approvingTheSubjectActorSilencesItAndClosesTheFinding()
    {
        Env env;
        const QString c = QStringLiteral("contoso");
        // Existing settings must survive the edit.
        auto base = CustomerSettings::fromJson(QJsonObject{
            {QStringLiteral("customerId"), c},
            {QStringLiteral("privilegedAccounts"), QJsonArray{QStringLiteral("admin@contoso.com")}},
            {QStringLiteral("approvedActors"),
             QJsonObject{{QStringLiteral("userFlows"), QJsonArray{QStringLiteral("flows@x.com")}}}},
        });
        QVERIFY(base && base->save(*env.db, kNow).ok());
        const QDateTime t = kNow.addDays(-2);
        QVERIFY(env.insert(c, audit(QStringLiteral("e1"), t,
                                    QStringLiteral("Add conditional access policy"),
                                    userActor(QStringLiteral("Ops@X.com")))));
        QVERIFY(env.evaluate(c));
        QList<Finding> f = env.findings(c, QStringLiteral("I1"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].subject, QStringLiteral("Ops@X.com"));

        FindingStore store(*env.db);
        auto offer = store.actorApproval(f[0], env.catalog);
        QVERIFY(offer.ok());
        QCOMPARE(offer->listKey, QStringLiteral("approvedActors.conditionalAccess"));
        QCOMPARE(offer->actors, QStringList{QStringLiteral("Ops@X.com")});
        QCOMPARE(offer->newActors, QStringList{QStringLiteral("Ops@X.com")});

        auto done = store.approveActor(f[0].id, env.catalog, QStringLiteral("ana"), kNow);
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->state.value(), FindingState::Enum::FalsePositive);
        QCOMPARE(env.list(c, QStringLiteral("approvedActors.conditionalAccess")),
                 QStringList{QStringLiteral("Ops@X.com")});
        QCOMPARE(env.list(c, QStringLiteral("approvedActors.userFlows")),
                 QStringList{QStringLiteral("flows@x.com")});
        QCOMPARE(env.list(c, QStringLiteral("privilegedAccounts")),
                 QStringList{QStringLiteral("admin@contoso.com")});
        auto notes = store.notes(f[0].id);
        QVERIFY(notes.ok());
        QCOMPARE(notes->size(), 1);
        QVERIFY2(notes->at(0).text.contains(QStringLiteral("Ops@X.com")),
                 qPrintable(notes->at(0).text));
        QCOMPARE(notes->at(0).author, QStringLiteral("ana"));
        QCOMPARE(
            sqlValue(env.db->queryText("SELECT actor FROM activity WHERE verb='finding.state'")),
            QStringLiteral("ana"));

        // The engine now lets the actor through (other casing too); others still fire.
        QVERIFY(env.insert(c, audit(QStringLiteral("e2"), t.addSecs(7200),
                                    QStringLiteral("Add conditional access policy"),
                                    userActor(QStringLiteral("ops@x.com")))));
        QVERIFY(env.insert(c, audit(QStringLiteral("e3"), t.addSecs(7300),
                                    QStringLiteral("Add conditional access policy"),
                                    userActor(QStringLiteral("eve@x.com")))));
        QVERIFY(env.evaluate(c));
        f = env.findings(c, QStringLiteral("I1"));
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[0].subject, QStringLiteral("eve@x.com"));
        QVERIFY(!f[0].unconfigured); // the list is no longer empty

        // A second approval of a closed finding is refused and changes nothing.
        auto again = store.approveActor(f[1].id, env.catalog, QStringLiteral("ana"), kNow);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(env.list(c, QStringLiteral("approvedActors.conditionalAccess")).size(), 1);
    }

    void actorsOfTargetGroupedRulesComeFromTheEvents()
    {
        Env env;
        const QString c = QStringLiteral("fabrikam");
        const QDateTime t = kNow.addDays(-1);
        // A1 groups by the target app: two actors add credentials to one app.
        QVERIFY(env.insert(
            c, audit(QStringLiteral("k1"), t, QStringLiteral("Add service principal credentials"),
                     appActor(QStringLiteral("Automation"), QStringLiteral("sp-9")), {},
                     appTarget(QStringLiteral("app-42"), QStringLiteral("Pay")))));
        QVERIFY(env.insert(c, audit(QStringLiteral("k2"), t.addSecs(60),
                                    QStringLiteral("Add service principal credentials"),
                                    userActor(QStringLiteral("dev@x.com")), {},
                                    appTarget(QStringLiteral("app-42"), QStringLiteral("Pay")))));
        QVERIFY(env.evaluate(c));
        QList<Finding> f = env.findings(c, QStringLiteral("A1"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].subject, QStringLiteral("app-42"));
        FindingStore store(*env.db);
        auto offer = store.actorApproval(f[0], env.catalog);
        QVERIFY(offer.ok());
        QCOMPARE(offer->listKey, QStringLiteral("approvedActors.appCredentials"));
        QCOMPARE(offer->actors,
                 (QStringList{QStringLiteral("Automation"), QStringLiteral("dev@x.com")}));

        // An actor already approved by its object id is not offered again.
        auto s = CustomerSettings::fromJson(QJsonObject{
            {QStringLiteral("customerId"), c},
            {QStringLiteral("approvedActors"),
             QJsonObject{{QStringLiteral("appCredentials"), QJsonArray{QStringLiteral("SP-9")}}}}});
        QVERIFY(s && s->save(*env.db, kNow).ok());
        offer = store.actorApproval(f[0], env.catalog);
        QCOMPARE(offer->newActors, QStringList{QStringLiteral("dev@x.com")});
        auto done = store.approveActor(f[0].id, env.catalog, QStringLiteral("ana"), kNow);
        QVERIFY(done.ok());
        QCOMPARE(done->state.value(), FindingState::Enum::FalsePositive);
        QCOMPARE(env.list(c, QStringLiteral("approvedActors.appCredentials")),
                 (QStringList{QStringLiteral("SP-9"), QStringLiteral("dev@x.com")}));
    }

    void unknownActorIsRefusedWithoutChanges()
    {
        Env env;
        const QString c = QStringLiteral("gone");
        QVERIFY(env.insert(c, audit(QStringLiteral("g1"), kNow.addDays(-1),
                                    QStringLiteral("Add service principal credentials"),
                                    userActor(QStringLiteral("dev@x.com")), {},
                                    appTarget(QStringLiteral("app-1"), QStringLiteral("X")))));
        QVERIFY(env.evaluate(c));
        const QList<Finding> f = env.findings(c, QStringLiteral("A1"));
        QCOMPARE(f.size(), 1);
        // The events were pruned from the cache: the actor cannot be known.
        QVERIFY(env.db->exec("DELETE FROM audits").ok());
        FindingStore store(*env.db);
        auto done = store.approveActor(f[0].id, env.catalog, QStringLiteral("ana"), kNow);
        QVERIFY(!done.ok());
        QCOMPARE(store.get(f[0].id)->state.value(), FindingState::Enum::New);
        QCOMPARE(sqlValue(env.db->queryInt("SELECT count(*) FROM rule_settings")), qint64(0));
        // Findings of rules without an actor list cannot be approved either.
        QVERIFY(env.db
                    ->exec("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                           "severity, first_seen, last_seen, updated_at) "
                           "VALUES('C4', 'gone', '1.2.3.4', 0, 'high', 0, 0, 0)")
                    .ok());
        const qint64 c4 = env.db->lastInsertRowId();
        auto refused = store.approveActor(c4, env.catalog, QStringLiteral("ana"), kNow);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        QCOMPARE(store.get(c4)->state.value(), FindingState::Enum::New);
    }

    void candidatesAreUnapprovedActorsOfOpenRecentFindings()
    {
        Env env;
        const QString c = QStringLiteral("cands");
        const QDateTime recent = kNow.addDays(-3);
        QVERIFY(env.insert(c, audit(QStringLiteral("r1"), recent,
                                    QStringLiteral("Add conditional access policy"),
                                    userActor(QStringLiteral("ops@x.com")))));
        QVERIFY(env.insert(c, audit(QStringLiteral("r2"), recent.addSecs(4000),
                                    QStringLiteral("Delete conditional access policy"),
                                    userActor(QStringLiteral("OPS@x.com")))));
        QVERIFY(env.insert(c, audit(QStringLiteral("r3"), recent,
                                    QStringLiteral("Add owner to application"),
                                    userActor(QStringLiteral("owner@x.com")), {},
                                    appTarget(QStringLiteral("app-7"), QStringLiteral("Y")))));
        // Too old (40 days).
        QVERIFY(env.insert(c, audit(QStringLiteral("r4"), kNow.addDays(-40),
                                    QStringLiteral("Add conditional access policy"),
                                    userActor(QStringLiteral("old@x.com")))));
        // Closed as a false positive already.
        QVERIFY(env.insert(c, audit(QStringLiteral("r5"), recent,
                                    QStringLiteral("Add conditional access policy"),
                                    userActor(QStringLiteral("done@x.com")))));
        // Another customer.
        QVERIFY(env.insert(QStringLiteral("other"),
                           audit(QStringLiteral("r6"), recent,
                                 QStringLiteral("Add conditional access policy"),
                                 userActor(QStringLiteral("else@x.com")))));
        QVERIFY(env.evaluate(c));
        QVERIFY(env.evaluate(QStringLiteral("other")));
        FindingStore store(*env.db);
        for (const Finding &f : env.findings(c))
            if (f.subject == u"done@x.com")
                QVERIFY(store
                            .transition(f.id, FindingState(FindingState::Enum::FalsePositive),
                                        QStringLiteral("ana"), {}, kNow)
                            .ok());

        auto cands = store.approvalCandidates(c, env.catalog, kNow, 30);
        QVERIFY(cands.ok());
        QStringList seen;
        for (const ApprovalCandidate &a : *cands)
            seen << a.listKey + u' ' + a.actor + u' ' + a.ruleIds.join(u',') + u' ' +
                        QString::number(a.findingIds.size());
        QCOMPARE(seen, (QStringList{
                           QStringLiteral("approvedActors.appOwners owner@x.com A11 1"),
                           QStringLiteral("approvedActors.conditionalAccess OPS@x.com I1,I2 2"),
                       }));
        // Once approved, an actor is no longer a candidate.
        QVERIFY(CustomerSettings::fromJson(
                    FindingStore::withApprovedActor(CustomerSettings::defaults(c).toJson(),
                                                    QStringLiteral("approvedActors.appOwners"),
                                                    QStringLiteral("owner@x.com")))
                    ->save(*env.db, kNow)
                    .ok());
        cands = store.approvalCandidates(c, env.catalog, kNow, 30);
        QCOMPARE(cands->size(), 1);
        QCOMPARE(cands->at(0).listKey, QStringLiteral("approvedActors.conditionalAccess"));
    }

    void withApprovedActorKeepsTheListUnique()
    {
        QJsonObject s{{QStringLiteral("customerId"), QStringLiteral("x")}};
        s = FindingStore::withApprovedActor(s, QStringLiteral("approvedActors.userFlows"),
                                            QStringLiteral("a@x.com"));
        s = FindingStore::withApprovedActor(s, QStringLiteral("approvedActors.userFlows"),
                                            QStringLiteral("A@X.COM"));
        s = FindingStore::withApprovedActor(s, QStringLiteral("approvedActors.apiConnectors"),
                                            QStringLiteral("b@x.com"));
        QCOMPARE(s.value(u"approvedActors").toObject().value(u"userFlows").toArray().size(), 1);
        QCOMPARE(s.value(u"approvedActors").toObject().value(u"apiConnectors").toArray(),
                 QJsonArray{QStringLiteral("b@x.com")});
        QVERIFY(CustomerSettings::fromJson(s).ok());
    }

    void correlationIdsFromEvidenceOrFromTheAuditEvents()
    {
        Env env;
        const QString c = QStringLiteral("consent");
        const QDateTime t = kNow.addDays(-1);
        const QString corr = QStringLiteral("1F2E3D4C-0000-4000-8000-00000000ABCD");
        // One admin consent: the consent event (A4) and the grant to Microsoft
        // Graph (A5) share the correlationId.
        const QJsonArray consentProps{QJsonObject{
            {QStringLiteral("displayName"), QStringLiteral("ConsentContext.IsAdminConsent")},
            {QStringLiteral("oldValue"), QJsonValue::Null},
            {QStringLiteral("newValue"), QStringLiteral("\"True\"")}}};
        QVERIFY(env.insert(
            c, audit(QStringLiteral("c1"), t, QStringLiteral("Consent to application"),
                     userActor(QStringLiteral("admin@x.com")), corr,
                     appTarget(QStringLiteral("sp-1"), QStringLiteral("Some App"), consentProps))));
        QVERIFY(env.insert(
            c, audit(QStringLiteral("c2"), t.addSecs(1),
                     QStringLiteral("Add delegated permission grant"),
                     userActor(QStringLiteral("admin@x.com")), corr,
                     appTarget(QStringLiteral("sp-graph"), QStringLiteral("Microsoft Graph")))));
        // Unrelated change with its own correlationId, and one with the zero GUID.
        QVERIFY(env.insert(c, audit(QStringLiteral("c3"), t,
                                    QStringLiteral("Add conditional access policy"),
                                    userActor(QStringLiteral("ops@x.com")),
                                    QStringLiteral("99999999-0000-4000-8000-000000000001"))));
        QVERIFY(env.insert(c, audit(QStringLiteral("c4"), t,
                                    QStringLiteral("Delete conditional access policy"),
                                    userActor(QStringLiteral("ops@x.com")),
                                    QStringLiteral("00000000-0000-0000-0000-000000000000"))));
        QVERIFY(env.evaluate(c));
        // Whatever the engine stored, the store answers from the audit events too.
        QVERIFY(env.db
                    ->exec("UPDATE findings SET evidence=replace(evidence, '\"correlationId\"', "
                           "'\"ignored\"')")
                    .ok());
        QHash<QString, Finding> byRule;
        for (const Finding &f : env.findings(c))
            byRule.insert(f.ruleId, f);
        QVERIFY2(byRule.contains(QStringLiteral("A4")) && byRule.contains(QStringLiteral("A5")),
                 qPrintable(QStringList(byRule.keys()).join(u',')));
        QCOMPARE(byRule[QStringLiteral("A4")].correlationIds, QStringList{corr.toLower()});
        QCOMPARE(byRule[QStringLiteral("A5")].correlationIds, QStringList{corr.toLower()});
        QCOMPARE(byRule[QStringLiteral("I1")].correlationIds,
                 QStringList{QStringLiteral("99999999-0000-4000-8000-000000000001")});
        QVERIFY(byRule[QStringLiteral("I2")].correlationIds.isEmpty());
        FindingStore store(*env.db);
        QCOMPARE(store.get(byRule[QStringLiteral("A5")].id)->correlationIds,
                 QStringList{corr.toLower()});

        // Stored on the evidence entry: taken from there (no event needed).
        QVERIFY(env.db
                    ->exec("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                           "severity, first_seen, last_seen, evidence, updated_at) VALUES('I4', "
                           "'consent', 'x', 0, 'high', 0, 0, '[{\"id\":\"nowhere\",\"stream\":"
                           "\"directoryAudits\",\"time\":\"2026-03-01T00:00:00Z\","
                           "\"correlationId\":\"ABC-1\"},{\"id\":\"nowhere2\",\"stream\":"
                           "\"directoryAudits\",\"time\":\"2026-03-01T00:00:00Z\","
                           "\"correlationId\":\"abc-1\"}]', 0)")
                    .ok());
        QCOMPARE(store.get(env.db->lastInsertRowId())->correlationIds,
                 QStringList{QStringLiteral("abc-1")});
    }
};

QTEST_GUILESS_MAIN(TestFindingActions)
#include "tst_findingactions.moc"
