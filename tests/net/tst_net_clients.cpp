// Cloud clients: paging of the three mechanisms, tolerant parsing, alert
// PATCH, subscription suspend with etag, entitlement cancel, cost query.

#include "core/logevents.h"
#include "fakenam.h"
#include "net/clients.h"

#include <QJsonDocument>
#include <QtTest>

using namespace vigie;
using namespace vigie::net;
using namespace vigie::test;

namespace {

const QByteArray kAlertPage1 =
    R"({
  "@odata.context": "https:/)"
    R"(/graph.example.test/beta/$metadata#security/partner/securityAlerts",
  "@odata.nextLink": "https:/)"
    R"(/graph.example.test/beta/security/partner/securityAlerts?$skiptoken=U2tpcA",
  "value": [
    { "id": "d8b202fc-a216-3404-69ef-bdffa445eff6", "displayName": "Crypto", "alertType": "CryptoMining",
      "status": "active", "severity": "critical", "confidenceLevel": "medium",
      "customerTenantId": "1889e718-414b-4bad-8bbe-c1135bd39a41", "subscriptionId": "5f6e6521",
      "detectedDateTime": "2024-01-23T16:03:33.05Z", "firstObservedDateTime": "2024-01-23T15:58:01Z",
      "lastObservedDateTime": "2024-01-23T17:47:10.8454142Z", "resolvedReason": null,
      "isTest": "false", "newProperty": {"x": 1} },
    { "displayName": "no id" },
    { "id": "a2", "status": "dismissed", "severity": "high", "isTest": true, "resolvedReason": "fraud" }
  ]})";
const QByteArray kAlertPage2 =
    R"({"value":[{"id":"a3","status":"resolved","severity":"low","isTest":"TRUE","resolvedReason":"legitimate"}]})";

} // namespace

class TestNetClients : public QObject
{
    Q_OBJECT

private slots:
    void alertsPagingAndTolerantParsing()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(200, kAlertPage1);
        nam.enqueueJson(200, kAlertPage2);
        auto *job = graph::listAlerts(fastSession(nam, &tokens),
                                      QStringLiteral("status ne 'resolved'"), this);
        QList<PageInfo> pages;
        QList<Alert> alerts;
        job->setPageHandler([&](const QList<Alert> &items, const PageInfo &info) {
            pages.append(info);
            alerts.append(items);
            return Status();
        });
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].skipped, 1);
        QCOMPARE(pages[0].nextLink.query(QUrl::FullyDecoded), QStringLiteral("$skiptoken=U2tpcA"));
        QVERIFY(pages[1].nextLink.isEmpty());
        QCOMPARE(alerts.size(), 3);
        QVERIFY(job->items().isEmpty()); // handed over, not accumulated

        const Alert &a = alerts[0];
        QCOMPARE(a.severity.value(), AlertSeverity::Enum::Unknown);
        QCOMPARE(a.severity.raw(), QStringLiteral("critical"));
        QCOMPARE(a.status.value(), AlertStatus::Enum::Active);
        QCOMPARE(a.isTest, false);
        QCOMPARE(a.detectedDateTime, QDateTime(QDate(2024, 1, 23), QTime(16, 3, 33, 50), Qt::UTC));
        QCOMPARE(a.lastObservedDateTime,
                 QDateTime(QDate(2024, 1, 23), QTime(17, 47, 10, 845), Qt::UTC));
        QVERIFY(a.raw.contains(u"newProperty"));
        QCOMPARE(alerts[1].status.raw(), QStringLiteral("dismissed"));
        QCOMPARE(alerts[1].isTest, true);
        QCOMPARE(alerts[1].resolvedReason.value(), ResolvedReason::Enum::Fraud);
        QCOMPARE(alerts[2].isTest, true);

        QCOMPARE(nam.requests[0].url.path(),
                 QStringLiteral("/beta/security/partner/securityAlerts"));
        QCOMPARE(QUrlQuery(nam.requests[0].url)
                     .queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
                 QStringLiteral("status ne 'resolved'"));
        QCOMPARE(nam.requests[1].url.toString(),
                 QStringLiteral("https://graph.example.test/beta/security/partner/"
                                "securityAlerts?$skiptoken=U2tpcA"));
        QCOMPARE(tokens.tenants.first(), QStringLiteral("partner.onmicrosoft.com"));
    }

    void malformedPageIsClearError()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(200, kAlertPage1);
        nam.enqueueJson(200, R"({"value":[{"id":"a3"},)");
        auto *job = graph::listAlerts(fastSession(nam, &tokens), {}, this);
        int delivered = 0;
        job->setPageHandler([&](const QList<Alert> &items, const PageInfo &) {
            delivered += int(items.size());
            return Status();
        });
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Corrupt);
        QVERIFY2(job->error()->message.contains(u"graph.example.test"),
                 qPrintable(job->error()->message));
        QVERIFY(job->error()->detail.contains(u"invalid JSON"));
        QCOMPARE(delivered, 2); // the first page was kept
    }

    void pageHandlerErrorStops()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(200, kAlertPage1);
        auto *job = graph::listAlerts(fastSession(nam, &tokens), {}, this);
        job->setPageHandler([](const QList<Alert> &, const PageInfo &) {
            return Status(Error::make(Error::Kind::Locked, QStringLiteral("db busy")));
        });
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Locked);
        QCOMPARE(nam.requests.size(), 1);
    }

    void signInsFilterPagingAndPolicies()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(
            200,
            R"({"value":[{"id":"s1","createdDateTime":"2024-05-01T19:15:41.6195833Z","userPrincipalName":"u@c.com",
            "status":{"errorCode":50126},"location":{"countryOrRegion":"US"},
            "appliedConditionalAccessPolicies":[{"id":"p1","result":"notEnabled"}]}],
            "@odata.nextLink":"https:/)"
            R"(/graph.example.test/v1.0/auditLogs/signIns?$top=1000&$skiptoken=abc"})");
        nam.enqueueJson(200, R"({"value":[{"id":"s2","createdDateTime":"2024-05-01T10:00:00Z",
            "appliedConditionalAccessPolicy":[{"id":"p2","result":"success"}]}]})");
        const QString cust = QStringLiteral("1889e718-414b-4bad-8bbe-c1135bd39a41");
        auto *job = graph::listSignIns(fastSession(nam, &tokens), cust,
                                       QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC),
                                       QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC), this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(job->items().size(), 2);
        const SignIn &s = job->items()[0];
        QCOMPARE(s.customerId, cust);
        QCOMPARE(s.errorCode, 50126);
        QCOMPARE(s.countryOrRegion, QStringLiteral("US"));
        QCOMPARE(s.createdDateTime.time().msec(), 620); // 7 digits rounded to ms
        QCOMPARE(appliedConditionalAccessPolicies(s.rawObject()).size(), 1);
        QCOMPARE(appliedConditionalAccessPolicies(job->items()[1].rawObject())[0]
                     .toObject()
                     .value(u"id")
                     .toString(),
                 QStringLiteral("p2"));

        const QUrlQuery q(nam.requests[0].url);
        QCOMPARE(nam.requests[0].url.path(), QStringLiteral("/v1.0/auditLogs/signIns"));
        QCOMPARE(q.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
                 QStringLiteral("createdDateTime ge 2024-05-01T00:00:00Z and createdDateTime le "
                                "2024-05-02T00:00:00Z"));
        QCOMPARE(q.queryItemValue(QStringLiteral("$top")), QStringLiteral("1000"));
        QVERIFY(nam.requests[0].url.toEncoded().contains("%20ge%20"));
        QCOMPARE(nam.requests[1].url.query(QUrl::FullyDecoded),
                 QStringLiteral("$top=1000&$skiptoken=abc"));
        QCOMPARE(tokens.tenants, QList<QString>({cust, cust})); // customer-tenant token
    }

    // Log pages are read with rapidjson, on the thread pool when the
    // session asks: the same tolerance as the other parsers either way.
    void logPagesTolerateVariants_data()
    {
        QTest::addColumn<bool>("offThread");
        QTest::newRow("job thread") << false;
        QTest::newRow("thread pool") << true;
    }
    void logPagesTolerateVariants()
    {
        QFETCH(bool, offThread);
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(200, R"({"value":[
            {"id":"s1","createdDateTime":"2024-05-01T10:00:00Z","status":{"errorCode":"50126"},
             "userPrincipalName":"\u00e9lise@x.com","brandNewProperty":{"kept":true}},
            42,
            {"createdDateTime":"2024-05-01T10:00:00Z"},
            {"id":7,"createdDateTime":"2024-05-01T10:00:01Z","location":null,"status":null}]})");
        nam.enqueueJson(200, R"({"value":[{"id":"s3",)"); // cut page
        net::Session session = fastSession(nam, &tokens);
        session.parseOffThread = offThread;
        auto *job = graph::listSignIns(session, QStringLiteral("cust"), {}, {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(job->items().size(), 2);
        QCOMPARE(job->skippedCount(), 2); // not an object; no id
        const SignIn &a = job->items()[0];
        QCOMPARE(a.errorCode, 50126); // code sent as a string
        QCOMPARE(a.userPrincipalName, QStringLiteral("\u00e9lise@x.com"));
        QVERIFY(a.rawObject().value(u"brandNewProperty").toObject().value(u"kept").toBool());
        QCOMPARE(job->items()[1].id, QStringLiteral("7")); // number read as text
        QCOMPARE(job->items()[1].errorCode, 0);

        auto *cut = graph::listSignIns(session, QStringLiteral("cust"), {}, {}, this);
        cut->start();
        QVERIFY(waitFor(cut));
        QVERIFY(!cut->ok());
        QCOMPARE(cut->error()->kind, Error::Kind::Corrupt);
    }

    void directoryAudits()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(200, R"({"value":[
            {"id":"Directory_7f0e_ZP3LQ_1","activityDateTime":"2024-05-01T21:20:02.7215374Z","category":"RoleManagement",
             "result":"success","activityDisplayName":"Add member to role","loggedByService":"Core Directory",
             "initiatedBy":{"user":{"userPrincipalName":"admin@contoso.com"},"app":null}},
            {"id":"SSGM_1","activityDateTime":"2024-05-01T21:20:02Z","initiatedBy":{"user":null,"app":{"appId":"app-1","displayName":null}}}]})");
        auto *job = graph::listDirectoryAudits(fastSession(nam, &tokens), QStringLiteral("cust"),
                                               QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC),
                                               {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(job->items()[0].actor, QStringLiteral("admin@contoso.com"));
        QCOMPARE(job->items()[1].actor, QStringLiteral("app-1"));
        QCOMPARE(QUrlQuery(nam.requests[0].url)
                     .queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
                 QStringLiteral("activityDateTime ge 2024-05-01T00:00:00Z"));
    }

    // The rapidjson page reader and the QJsonObject reader (import, tests)
    // share one mapping (core/logevents.h): same values from the same objects.
    void logPagesMapAsTheJsonObjectReader()
    {
        const QByteArray signIns = R"({"value":[
            {"id":"s1","createdDateTime":"2024-05-01T10:00:00.1234567Z","userId":"u1",
             "userPrincipalName":"a@contoso.com","appId":"app","appDisplayName":"App",
             "ipAddress":"10.0.0.1","location":{"countryOrRegion":"FR"},
             "status":{"errorCode":"50126"},"authenticationProtocol":"deviceCode"},
            {"id":7,"createdDateTime":"2024-05-01T10:00:01Z","location":null,"status":{"errorCode":0}}]})";
        const QByteArray audits = R"({"value":[
            {"id":"d1","activityDateTime":"2024-05-01T21:20:02Z","category":"RoleManagement",
             "result":"success","activityDisplayName":"Add member to role","loggedByService":"Core Directory",
             "initiatedBy":{"user":{"userPrincipalName":"admin@contoso.com"},"app":{"displayName":"X"}}},
            {"id":"d2","activityDateTime":"2024-05-01T21:20:03Z","initiatedBy":{"user":{"userPrincipalName":""},"app":{"appId":"app-1","displayName":"Portal"}}},
            {"id":"d3","activityDateTime":"2024-05-01T21:20:04Z","initiatedBy":{"user":null,"app":{"appId":"app-2"}}}]})";
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(200, signIns);
        nam.enqueueJson(200, audits);
        const Session session = fastSession(nam, &tokens);
        auto *s = graph::listSignIns(session, QStringLiteral("cust"), {}, {}, this);
        s->start();
        QVERIFY(waitFor(s));
        QVERIFY(s->ok());
        const QJsonArray so = QJsonDocument::fromJson(signIns).object().value(u"value").toArray();
        QCOMPARE(s->items().size(), so.size());
        for (qsizetype i = 0; i < so.size(); ++i) {
            const SignIn &a = s->items()[i];
            const auto b = signInFromJson(so[i].toObject(), QStringLiteral("cust"));
            QVERIFY(b);
            QCOMPARE(a.id, b->id);
            QCOMPARE(a.customerId, b->customerId);
            QCOMPARE(a.createdDateTime, b->createdDateTime);
            QCOMPARE(a.userId, b->userId);
            QCOMPARE(a.userPrincipalName, b->userPrincipalName);
            QCOMPARE(a.appId, b->appId);
            QCOMPARE(a.appDisplayName, b->appDisplayName);
            QCOMPARE(a.ipAddress, b->ipAddress);
            QCOMPARE(a.countryOrRegion, b->countryOrRegion);
            QCOMPARE(a.errorCode, b->errorCode);
            QCOMPARE(a.authenticationProtocol, b->authenticationProtocol);
            QCOMPARE(a.rawObject(), b->rawObject());
        }
        QCOMPARE(s->items()[0].errorCode, 50126);

        auto *d = graph::listDirectoryAudits(session, QStringLiteral("cust"), {}, {}, this);
        d->start();
        QVERIFY(waitFor(d));
        QVERIFY(d->ok());
        const QJsonArray ao = QJsonDocument::fromJson(audits).object().value(u"value").toArray();
        QCOMPARE(d->items().size(), ao.size());
        for (qsizetype i = 0; i < ao.size(); ++i) {
            const AuditEvent &a = d->items()[i];
            const auto b = auditFromJson(ao[i].toObject(), QStringLiteral("cust"));
            QVERIFY(b);
            QCOMPARE(a.id, b->id);
            QCOMPARE(a.activityDateTime, b->activityDateTime);
            QCOMPARE(a.category, b->category);
            QCOMPARE(a.activityDisplayName, b->activityDisplayName);
            QCOMPARE(a.result, b->result);
            QCOMPARE(a.loggedByService, b->loggedByService);
            QCOMPARE(a.actor, b->actor);
            QCOMPARE(a.rawObject(), b->rawObject());
        }
        // UPN, else app display name, else app id.
        QCOMPARE(d->items()[0].actor, QStringLiteral("admin@contoso.com"));
        QCOMPARE(d->items()[1].actor, QStringLiteral("Portal"));
        QCOMPARE(d->items()[2].actor, QStringLiteral("app-2"));
        QCOMPARE(auditActor(QString(), QString(), QString()), QString());
    }

    void updateAlertBodyAnd204()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(
            200,
            R"({"id":"a1","status":"resolved","resolvedReason":"fraud","resolvedBy":"me@p.com","resolvedOnDateTime":"2024-05-02T10:00:00Z"})");
        nam.enqueue(FakeResponse{204, {}, {}});
        const Session s = fastSession(nam, &tokens);
        auto *job = graph::updateAlert(s, QStringLiteral("a1"), QStringLiteral("resolved"),
                                       QStringLiteral("fraud"), QStringLiteral("key-1"), this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QVERIFY(job->value().has_value());
        QCOMPARE(job->value()->resolvedBy, QStringLiteral("me@p.com"));
        QCOMPARE(nam.requests[0].method, QByteArray("PATCH"));
        QCOMPARE(nam.requests[0].header("client-request-id"), QByteArray("key-1"));
        QCOMPARE(nam.requests[0].header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(nam.requests[0].body).object(),
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("resolved")},
                              {QStringLiteral("resolvedReason"), QStringLiteral("fraud")}}));

        auto *job2 = graph::updateAlert(s, QStringLiteral("a1"), QStringLiteral("investigating"),
                                        {}, {}, this);
        job2->start();
        QVERIFY(waitFor(job2));
        QVERIFY(job2->ok());
        QVERIFY(!job2->value().has_value());
        QCOMPARE(nam.requests[1].body, QByteArray(R"({"status":"investigating"})"));
    }

    void customersPagingRelativeLinks()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(
            200,
            R"({"totalCount":1,"items":[{"id":"c1","companyProfile":{"tenantId":"c1","domain":"contoso.onmicrosoft.com","companyName":"Contoso"},"relationshipToPartner":"reseller"}],
            "links":{"next":{"uri":"/customers?size=2&seekOperation=Next","method":"GET","headers":[{"key":"MS-ContinuationToken","value":"AQAAAA=="}]}},
            "attributes":{"objectType":"Collection"}})");
        nam.enqueueJson(
            200,
            R"({"TotalCount":1,"Items":[{"Id":"c2","CompanyProfile":{"CompanyName":"Fabrikam"}}],
            "Links":{"Next":{"Uri":"/v1/customers?size=2&seekOperation=Next&x=2","Method":"GET","Headers":[{"Key":"MS-ContinuationToken","Value":"BQ=="}]}}})");
        nam.enqueueJson(200, R"({"totalCount":0,"items":[]})");
        auto *job = partnercenter::listCustomers(fastSession(nam, &tokens), 2, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(job->items().size(), 2);
        QCOMPARE(job->items()[0].companyName, QStringLiteral("Contoso"));
        QCOMPARE(job->items()[0].relationship, QStringLiteral("reseller"));
        QCOMPARE(job->items()[1].companyName, QStringLiteral("Fabrikam")); // case-insensitive
        QCOMPARE(nam.requests.size(), 3);
        QCOMPARE(nam.requests[0].url.toString(),
                 QStringLiteral("https://pc.example.test/v1/customers?size=2"));
        QCOMPARE(nam.requests[1].url.toString(),
                 QStringLiteral("https://pc.example.test/v1/customers?size=2&seekOperation=Next"));
        QCOMPARE(nam.requests[1].header("MS-ContinuationToken"), QByteArray("AQAAAA=="));
        QCOMPARE(
            nam.requests[2].url.toString(),
            QStringLiteral("https://pc.example.test/v1/customers?size=2&seekOperation=Next&x=2"));
        QCOMPARE(nam.requests[2].header("MS-ContinuationToken"), QByteArray("BQ=="));
        QVERIFY(nam.requests[0].header("MS-RequestId") != nam.requests[1].header("MS-RequestId"));
        QCOMPARE(nam.requests[0].header("MS-CorrelationId"),
                 nam.requests[1].header("MS-CorrelationId"));
    }

    void resellersSubscriptionsEntitlements()
    {
        FakeNam nam;
        FakeTokens tokens;
        const Session s = fastSession(nam, &tokens);
        nam.enqueueJson(
            200,
            R"({"totalCount":1,"items":[{"id":"r1","name":"First Up","relationshipType":"is_indirect_cloud_solution_provider_of","mpnId":"4847383"}]})");
        auto *r = partnercenter::listResellers(s, QStringLiteral("c1"), this);
        r->start();
        QVERIFY(waitFor(r));
        QCOMPARE(r->items()[0].mpnId, QStringLiteral("4847383"));
        QCOMPARE(nam.requests[0].url.path(), QStringLiteral("/v1/customers/c1/relationships"));

        nam.enqueueJson(
            200,
            R"({"totalCount":1,"items":[{"id":"s1","offerName":"Azure plan","status":"active","partnerId":"4847383","attributes":{"etag":"E1","objectType":"Subscription"}},{"id":"s2","status":"someNewStatus"}]})");
        auto *subs = partnercenter::listSubscriptions(s, QStringLiteral("c1"), this);
        subs->start();
        QVERIFY(waitFor(subs));
        QCOMPARE(subs->items().size(), 2);
        QCOMPARE(subs->items()[0].etag, QStringLiteral("E1"));
        QCOMPARE(subs->items()[0].status.value(), SubscriptionStatus::Enum::Active);
        QCOMPARE(subs->items()[1].status.raw(), QStringLiteral("someNewStatus"));

        nam.enqueueJson(
            200,
            R"({"totalCount":1,"items":[{"id":"5f6e6521","friendlyName":"Microsoft Azure","status":"active","subscriptionId":"s1"}]})");
        auto *ents =
            partnercenter::listEntitlements(s, QStringLiteral("c1"), QStringLiteral("s1"), this);
        ents->start();
        QVERIFY(waitFor(ents));
        QCOMPARE(ents->items()[0].id, QStringLiteral("5f6e6521"));
        QCOMPARE(ents->items()[0].subscriptionId, QStringLiteral("s1"));
        QCOMPARE(nam.requests[2].url.path(),
                 QStringLiteral("/v1/customers/c1/subscriptions/s1/azureEntitlements"));
    }

    void suspendRetriesOnceAfter412()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(
            200,
            R"({"id":"s1","offerName":"Azure plan","status":"active","quantity":1,"attributes":{"etag":"E1","objectType":"Subscription"}})");
        nam.enqueueJson(412,
                        R"({"code":"412","description":"etag mismatch","source":"PartnerFD"})");
        nam.enqueueJson(
            200,
            R"({"id":"s1","offerName":"Azure plan","status":"active","quantity":2,"attributes":{"etag":"E2","objectType":"Subscription"}})");
        nam.enqueueJson(
            200,
            R"({"id":"s1","status":"suspended","suspensionReasons":["PartnerInitiated"],"attributes":{"etag":"E3"}})");
        auto *job = partnercenter::suspendSubscription(fastSession(nam, &tokens),
                                                       QStringLiteral("c1"), QStringLiteral("s1"),
                                                       QStringLiteral("rid-42"), this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY2(job->ok(), qPrintable(job->error() ? job->error()->detail : QString()));
        QCOMPARE(job->value().status.value(), SubscriptionStatus::Enum::Suspended);
        QCOMPARE(job->patches(), 2);
        QCOMPARE(nam.requests.size(), 4);
        QCOMPARE(nam.requests[1].method, QByteArray("PATCH"));
        QCOMPARE(nam.requests[1].header("If-Match"), QByteArray("E1"));
        QCOMPARE(nam.requests[3].header("If-Match"), QByteArray("E2"));
        QCOMPARE(nam.requests[1].header("MS-RequestId"), QByteArray("rid-42"));
        QCOMPARE(nam.requests[3].header("MS-RequestId"), QByteArray("rid-42"));
        const QJsonObject body = QJsonDocument::fromJson(nam.requests[3].body).object();
        QCOMPARE(body.value(u"status").toString(), QStringLiteral("suspended"));
        QCOMPARE(body.value(u"quantity").toInt(), 2); // re-applied on the fresh object
        QCOMPARE(body.value(u"offerName").toString(), QStringLiteral("Azure plan"));
    }

    void suspendSecond412IsConflict()
    {
        FakeNam nam;
        FakeTokens tokens;
        for (int i = 0; i < 2; ++i) {
            nam.enqueueJson(200, R"({"id":"s1","Status":"active","attributes":{"etag":"E"}})");
            nam.enqueueJson(412, R"({"code":"412","description":"etag mismatch","source":"x"})");
        }
        auto *job = partnercenter::suspendSubscription(
            fastSession(nam, &tokens), QStringLiteral("c1"), QStringLiteral("s1"), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Conflict);
        QCOMPARE(nam.requests.size(), 4);
        // PascalCase key replaced, not duplicated.
        const QJsonObject body = QJsonDocument::fromJson(nam.requests[1].body).object();
        QCOMPARE(body.value(u"Status").toString(), QStringLiteral("suspended"));
        QVERIFY(!body.contains(u"status"));
    }

    void costQueryColumnsByNameAndPaging()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(
            200,
            R"({"id":"x","type":"microsoft.costmanagement/Query","properties":{
            "nextLink":"https:/)"
            R"(/arm.example.test/subscriptions/sub1/providers/Microsoft.CostManagement/query?api-version=2023-03-01&$skiptoken=s1",
            "columns":[{"name":"UsageDate","type":"Number"},{"name":"Currency","type":"String"},{"name":"PreTaxCost","type":"Number"}],
            "rows":[[20240501,"EUR",12.5034],[20240503,"EUR",340.12],["bad","EUR",1]]}})");
        nam.enqueueJson(
            200,
            R"({"properties":{"nextLink":null,"columns":[{"name":"Cost","type":"Number"},{"name":"UsageDate","type":"Number"},{"name":"Currency","type":"String"}],
            "rows":[[0.5,20240504,"EUR"]]}})");
        auto *job = cost::dailyCost(fastSession(nam, &tokens), QStringLiteral("cust"),
                                    QStringLiteral("sub1"), QDate(2024, 5, 1), QDate(2024, 5, 31),
                                    {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(job->items().size(), 3);
        QCOMPARE(job->skippedCount(), 1);
        QCOMPARE(job->items()[0].day, 20240501);
        QCOMPARE(job->items()[0].cost, 12.5034);
        QCOMPARE(job->items()[0].currency, QStringLiteral("EUR"));
        QCOMPARE(job->items()[2].cost, 0.5);
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(nam.requests[1].method, QByteArray("POST"));
        QCOMPARE(nam.requests[1].body, nam.requests[0].body); // same body to nextLink
        QCOMPARE(nam.requests[0].url.toString(),
                 QStringLiteral("https://arm.example.test/subscriptions/sub1/providers/"
                                "Microsoft.CostManagement/query?api-version=2023-03-01"));
        const QJsonObject body = QJsonDocument::fromJson(nam.requests[0].body).object();
        QCOMPARE(body.value(u"type").toString(), QStringLiteral("ActualCost"));
        QCOMPARE(body.value(u"timeframe").toString(), QStringLiteral("Custom"));
        QCOMPARE(body.value(u"timePeriod").toObject().value(u"from").toString(),
                 QStringLiteral("2024-05-01T00:00:00Z"));
        QCOMPARE(body.value(u"timePeriod").toObject().value(u"to").toString(),
                 QStringLiteral("2024-05-31T23:59:59Z"));
        QCOMPARE(body.value(u"dataset").toObject().value(u"granularity").toString(),
                 QStringLiteral("Daily"));
    }

    void costNoContentIsNoData()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueue(FakeResponse{204, {}, {}});
        auto *job = cost::dailyCost(fastSession(nam, &tokens), QStringLiteral("cust"),
                                    QStringLiteral("sub1"), QDate(2024, 5, 1), QDate(2024, 5, 31),
                                    {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(job->items().size(), 0);
        QCOMPARE(job->pageCount(), 1);
    }

    void fraudEventsBareArray()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(
            200,
            R"([{"EventTime":"2021-12-08T00:25:45.69","EventId":"g1_g2","CustomerTenantId":"c1"},{"eventId":"g3_g4"},{"x":1}])");
        auto *job = partnercenter::listFraudEvents(fastSession(nam, &tokens),
                                                   QStringLiteral("Active"), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(job->items().size(), 2);
        QCOMPARE(job->skippedCount(), 1);
        QCOMPARE(nam.requests[0].header("X-NewEventsModel"), QByteArray("true"));
        QCOMPARE(nam.requests[0].url.toString(),
                 QStringLiteral("https://pc.example.test/v1/fraudEvents?EventStatus=Active"));
    }

    void organizationProfileAndCustomerById()
    {
        FakeNam nam;
        FakeTokens tokens;
        const Session s = fastSession(nam, &tokens);
        nam.enqueueJson(404, R"({"code":"1000","description":"Not found","source":"PartnerFD"})");
        auto *job = partnercenter::getCustomer(s, QStringLiteral("c9"), this);
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::NotFound);
        QCOMPARE(nam.requests.size(), 1);
    }

    void resolvePcLinks()
    {
        const QUrl base(QStringLiteral("http://127.0.0.1:9000"));
        QCOMPARE(
            resolvePcLink(base, QStringLiteral("/customers?size=40&seekOperation=Next")).toString(),
            QStringLiteral("http://127.0.0.1:9000/v1/customers?size=40&seekOperation=Next"));
        QCOMPARE(resolvePcLink(base, QStringLiteral("/v1/customers?size=40")).toString(),
                 QStringLiteral("http://127.0.0.1:9000/v1/customers?size=40"));
        QCOMPARE(resolvePcLink(base, QStringLiteral("customers")).toString(),
                 QStringLiteral("http://127.0.0.1:9000/v1/customers"));
    }
};

QTEST_GUILESS_MAIN(TestNetClients)
#include "tst_net_clients.moc"
