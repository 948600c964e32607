// Fault injection (flags/control endpoint/in-process) and the request journal.
#include "sim/server.h"
#include "simclient.h"

#include <QtTest>

using namespace vigie::sim;

class TstSimFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<Server> m_sim;
    Http m_http;
    QString B, G, P;

    QString alerts() const { return B + QStringLiteral("/beta/security/partner/securityAlerts"); }
    void fault(const QByteArray &json)
    {
        const Reply r = m_http.post(B + QStringLiteral("/_sim/faults"), json);
        QCOMPARE(r.status, 200);
    }

private slots:
    void initTestCase()
    {
        WorldConfig wc;
        wc.seed = 5;
        wc.customers = 10;
        wc.signInsPerTenant = 500;
        wc.now = QDateTime(QDate(2024, 5, 10), QTime(0, 0), Qt::UTC);
        m_sim = std::make_unique<Server>(wc);
        QVERIFY(m_sim->listen(0));
        B = m_sim->baseUrl();
    }

    void init()
    {
        m_http.post(B + QStringLiteral("/_sim/reset"), "{}");
        G = m_sim->issueAccessToken(QStringLiteral("organizations"), QStringLiteral("graph"));
        P = m_sim->issueAccessToken(QStringLiteral("organizations"), QStringLiteral("pc"));
    }

    void throttleSecondsThenRecovers()
    {
        fault(R"({"kind":"status","status":429,"service":"graph","retryAfter":7,"count":2})");
        for (int i = 0; i < 2; ++i) {
            const Reply r = m_http.get(alerts(), bearer(G));
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("retry-after"), QByteArray("7"));
            QCOMPARE(r.obj()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     QStringLiteral("TooManyRequests"));
        }
        QCOMPARE(m_http.get(alerts(), bearer(G)).status, 200);
    }

    void throttleHttpDateAndPcBody()
    {
        fault(
            R"({"kind":"status","status":429,"service":"pc","retryAfter":57,"retryAfterDate":true})");
        const Reply r = m_http.get(B + QStringLiteral("/v1/customers?size=5"), bearer(P));
        QCOMPARE(r.status, 429);
        const QDateTime when =
            QDateTime::fromString(QString::fromLatin1(r.header("retry-after")).chopped(4),
                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        QVERIFY2(r.header("retry-after").endsWith(" GMT"), r.header("retry-after").constData());
        Q_UNUSED(when);
        QCOMPARE(r.obj().value(QStringLiteral("statusCode")).toInt(), 429);
        QCOMPARE(r.obj().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Rate limit is exceeded. Try again in 57 seconds."));
        // Graph was not targeted.
        QCOMPARE(m_http.get(alerts(), bearer(G)).status, 200);
    }

    void serverErrorsPerService()
    {
        fault(R"({"faults":[{"kind":"status","status":503,"service":"graph","retryAfter":3},
                            {"kind":"status","status":500,"service":"pc"},
                            {"kind":"status","status":503,"service":"arm"}]})");
        const Reply g = m_http.get(alerts(), bearer(G));
        QCOMPARE(g.status, 503);
        QCOMPARE(g.header("retry-after"), QByteArray("3"));
        QCOMPARE(g.obj()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("serviceNotAvailable"));
        const Reply p = m_http.get(B + QStringLiteral("/v1/customers"), bearer(P));
        QCOMPARE(p.status, 500);
        QVERIFY(p.obj().contains(QStringLiteral("description")));
        QCOMPARE(p.obj().value(QStringLiteral("source")).toString(), QStringLiteral("PartnerFD"));
        const Reply a = m_http.post(
            B + QStringLiteral(
                    "/subscriptions/x/providers/Microsoft.CostManagement/query?api-version=1"),
            "{}");
        QCOMPARE(a.status, 503);
        QVERIFY(a.obj().value(QStringLiteral("error")).toObject().contains(QStringLiteral("code")));
    }

    void malformedPage()
    {
        fault(R"({"kind":"malformed","pathPrefix":"/beta/security"})");
        const Reply r = m_http.get(alerts(), bearer(G));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.isJson());
        QVERIFY(m_http.get(alerts(), bearer(G)).isJson());
    }

    void droppedMidBody()
    {
        fault(R"({"kind":"drop","service":"graph"})");
        const Reply r = m_http.get(alerts(), bearer(G));
        QVERIFY2(r.error != QNetworkReply::NoError, "a cut body must surface as a network error");
        QCOMPARE(m_http.get(alerts(), bearer(G)).error, QNetworkReply::NoError);
    }

    void slowResponse()
    {
        fault(R"({"kind":"slow","delayMs":600,"service":"pc"})");
        const Reply r = m_http.get(B + QStringLiteral("/v1/profiles/organization"), bearer(P));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 550, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY(m_http.get(B + QStringLiteral("/v1/profiles/organization"), bearer(P)).elapsedMs <
                550);
    }

    void tokenExpiryForcedOnce()
    {
        fault(R"({"kind":"expireToken","service":"graph"})");
        const Reply r = m_http.get(alerts(), bearer(G));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.obj()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Access token has expired or is not yet valid."));
        QCOMPARE(m_http.get(alerts(), bearer(G)).status, 200);
        // /_sim/expire-tokens expires every issued token.
        m_http.post(B + QStringLiteral("/_sim/expire-tokens"), "{}");
        QCOMPARE(m_http.get(alerts(), bearer(G)).status, 401);
    }

    void forbiddenEtagAndDeletedAlert()
    {
        fault(R"({"kind":"forbidden","service":"graph"})");
        const Reply f = m_http.get(alerts(), bearer(G));
        QCOMPARE(f.status, 403);
        QCOMPARE(f.obj()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("Forbidden"));

        const Customer &c = m_sim->world().customers()[0];
        const Reply s =
            m_http.get(B + QStringLiteral("/v1/customers/%1/subscriptions").arg(c.id), bearer(P));
        QJsonObject sub = s.obj().value(QStringLiteral("items")).toArray().first().toObject();
        const QByteArray etag = sub.value(QStringLiteral("attributes"))
                                    .toObject()
                                    .value(QStringLiteral("etag"))
                                    .toString()
                                    .toLatin1();
        sub.insert(QStringLiteral("status"), QStringLiteral("suspended"));
        fault(R"({"kind":"etagConflict"})");
        const QString url = B + QStringLiteral("/v1/customers/%1/subscriptions/%2")
                                    .arg(c.id, sub.value(QStringLiteral("id")).toString());
        QCOMPARE(m_http
                     .send("PATCH", url, QJsonDocument(sub).toJson(),
                           bearer(P, {{"If-Match", etag}, {"MS-RequestId", "r1"}}))
                     .status,
                 412);
        // 412 is not remembered as the idempotent result: the retry applies.
        QCOMPARE(m_http
                     .send("PATCH", url, QJsonDocument(sub).toJson(),
                           bearer(P, {{"If-Match", etag}, {"MS-RequestId", "r1"}}))
                     .status,
                 200);

        const QString id = m_sim->world().alerts().first().value(QStringLiteral("id")).toString();
        const int before = int(m_sim->world().alerts().size());
        fault(R"({"kind":"alertDeleted"})");
        const Reply d =
            m_http.send("PATCH", alerts() + QLatin1Char('/') + id,
                        R"({"status":"resolved","resolvedReason":"ignore"})", bearer(G));
        QCOMPARE(d.status, 404);
        QCOMPARE(int(m_sim->world().alerts().size()), before - 1);
    }

    void unknownEnumsExtraPropertiesIsTestString()
    {
        fault(
            R"({"faults":[{"kind":"unknownEnums"},{"kind":"extraProperties"},{"kind":"isTestString"}]})");
        const Reply r = m_http.get(alerts() + QStringLiteral("?$top=5"), bearer(G));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.obj();
        for (const QJsonValue &v : o.value(QStringLiteral("value")).toArray()) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("dismissed"));
            QCOMPARE(a.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
            QVERIFY(a.value(QStringLiteral("newProperty")).isObject());
            QCOMPARE(a.value(QStringLiteral("isTest")).toString(), QStringLiteral("true"));
        }
        // Only one request was affected.
        const QJsonObject a2 = m_http.get(alerts() + QStringLiteral("?$top=1"), bearer(G))
                                   .obj()
                                   .value(QStringLiteral("value"))
                                   .toArray()
                                   .first()
                                   .toObject();
        QVERIFY(a2.value(QStringLiteral("status")).toString() != QLatin1String("dismissed"));
        QVERIFY(!a2.contains(QStringLiteral("newProperty")));
    }

    void faultCountsAndBadSpecs()
    {
        fault(R"({"kind":"status","status":500,"pathPrefix":"/v1/profiles","count":3})");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_http.get(B + QStringLiteral("/v1/profiles/organization"), bearer(P)).status,
                     500);
        QCOMPARE(m_http.get(B + QStringLiteral("/v1/profiles/organization"), bearer(P)).status,
                 200);
        const QJsonArray list = m_http.get(B + QStringLiteral("/_sim/faults"))
                                    .obj()
                                    .value(QStringLiteral("faults"))
                                    .toArray();
        QCOMPARE(list.first().toObject().value(QStringLiteral("hits")).toInt(), 3);
        QCOMPARE(list.first().toObject().value(QStringLiteral("count")).toInt(), 0);
        QCOMPARE(m_http.post(B + QStringLiteral("/_sim/faults"), R"({"kind":"explode"})").status,
                 400);
        QCOMPARE(
            m_http.post(B + QStringLiteral("/_sim/faults"), R"({"kind":"status","status":200})")
                .status,
            400);
        // Unlimited fault until cleared.
        fault(R"({"kind":"status","status":502,"service":"pc","count":-1})");
        QCOMPARE(m_http.get(B + QStringLiteral("/v1/profiles/organization"), bearer(P)).status,
                 502);
        QCOMPARE(m_http.get(B + QStringLiteral("/v1/profiles/organization"), bearer(P)).status,
                 502);
        m_http.send("DELETE", B + QStringLiteral("/_sim/faults"));
        QCOMPARE(m_http.get(B + QStringLiteral("/v1/profiles/organization"), bearer(P)).status,
                 200);
    }

    void journalRecordsWithoutSecrets()
    {
        m_http.send("DELETE", B + QStringLiteral("/_sim/journal"));
        m_http.get(alerts() + QStringLiteral("?$filter=status%20eq%20'active'"),
                   bearer(G, {{"client-request-id", "crid-1"}}));
        m_http.send("PATCH", alerts() + QStringLiteral("/nope"), R"({"status":"resolved"})",
                    bearer(G));
        m_http.form(
            B + QStringLiteral("/organizations/oauth2/v2.0/token"),
            "grant_type=refresh_token&client_id=app&refresh_token=SECRET-RT&scope=User.Read");
        const Reply j = m_http.get(B + QStringLiteral("/_sim/journal"));
        QCOMPARE(j.status, 200);
        const QJsonArray e = j.obj().value(QStringLiteral("entries")).toArray();
        QCOMPARE(e.size(), 3); // control calls are not journalled
        const QJsonObject first = e[0].toObject();
        QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(first.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/beta/security/partner/securityAlerts"));
        QVERIFY(first.value(QStringLiteral("query")).toString().contains(QLatin1String("filter")));
        QCOMPARE(first.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("client-request-id"))
                     .toString(),
                 QStringLiteral("crid-1"));
        QCOMPARE(first.value(QStringLiteral("tokenFingerprint")).toString(),
                 Service::fingerprint(G));
        QCOMPARE(first.value(QStringLiteral("status")).toInt(), 200);
        const QJsonObject second = e[1].toObject();
        QCOMPARE(second.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
        QCOMPARE(second.value(QStringLiteral("body")).toString(),
                 QStringLiteral(R"({"status":"resolved"})"));
        QCOMPARE(second.value(QStringLiteral("status")).toInt(), 404);
        const QByteArray all = j.body;
        QVERIFY(!all.contains(G.toLatin1()));
        QVERIFY(!all.contains("SECRET-RT"));
        QVERIFY(e[2].toObject()
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(QLatin1String("refresh_token=fp:")));
        QCOMPARE(m_sim->journal(), e);
    }
};

QTEST_GUILESS_MAIN(TstSimFaults)
#include "tst_sim_faults.moc"
