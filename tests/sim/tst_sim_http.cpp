// Contract tests: every service over real HTTP on 127.0.0.1 against api.md.
#include "core/timeutil.h"
#include "sim/server.h"
#include "simclient.h"

#include <QCryptographicHash>
#include <QSet>
#include <QUrlQuery>
#include <QtTest>

using namespace vigie::sim;

class TstSimHttp : public QObject
{
    Q_OBJECT

    std::unique_ptr<Server> m_sim;
    Http m_http;
    QString B;

    QString partnerGraph()
    {
        return m_sim->issueAccessToken(QStringLiteral("organizations"), QStringLiteral("graph"));
    }
    QString pc()
    {
        return m_sim->issueAccessToken(QStringLiteral("organizations"), QStringLiteral("pc"));
    }
    const Customer &cust(int i) { return m_sim->world().customers()[i]; }

private slots:
    void initTestCase()
    {
        WorldConfig wc;
        wc.seed = 77;
        wc.customers = 40;
        wc.signInsPerTenant = 2500;
        wc.now = QDateTime(QDate(2024, 5, 10), QTime(0, 0), Qt::UTC);
        m_sim = std::make_unique<Server>(wc);
        QVERIFY(m_sim->listen(0) != 0);
        B = m_sim->baseUrl();
        QVERIFY(B.startsWith(QLatin1String("http://127.0.0.1:")));
    }

    void init()
    {
        m_sim->service().reset();
        m_sim->options() = SimOptions{};
    }

    // ---- identity -------------------------------------------------------
    void deviceCodeStateMachine()
    {
        const QString url = B + QStringLiteral("/organizations/oauth2/v2.0/");
        Reply dc = m_http.form(url + QStringLiteral("devicecode"),
                               "client_id=app&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default%"
                               "20offline_access%20openid");
        QCOMPARE(dc.status, 200);
        const QJsonObject d = dc.obj();
        QVERIFY(d.value(QStringLiteral("expires_in")).isDouble());
        QCOMPARE(d.value(QStringLiteral("interval")).toInt(), 5);
        QVERIFY(!d.contains(QStringLiteral("verification_uri_complete")));
        QVERIFY(d.value(QStringLiteral("message"))
                    .toString()
                    .contains(d.value(QStringLiteral("user_code")).toString()));
        const QByteArray poll =
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=app&"
            "device_code=" +
            QUrl::toPercentEncoding(d.value(QStringLiteral("device_code")).toString());
        Reply p = m_http.form(url + QStringLiteral("token"), poll);
        QCOMPARE(p.status, 400);
        QCOMPARE(p.obj().value(QStringLiteral("error")).toString(),
                 QStringLiteral("authorization_pending"));
        QCOMPARE(p.obj().value(QStringLiteral("error_codes")).toArray().first().toInt(), 70016);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(p.obj().value(QStringLiteral("timestamp")).toString())
                    .hasMatch());
        QCOMPARE(m_http.post(B + QStringLiteral("/_sim/approve-device"), "{}")
                     .obj()
                     .value(QStringLiteral("approved"))
                     .toInt(),
                 1);
        p = m_http.form(url + QStringLiteral("token"), poll);
        QCOMPARE(p.status, 200);
        const QJsonObject t = p.obj();
        QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(t.value(QStringLiteral("expires_in")).isDouble());
        QVERIFY(t.contains(QStringLiteral("refresh_token")));
        QVERIFY(t.contains(QStringLiteral("id_token")));
        // The token works on Graph alerts.
        QCOMPARE(m_http
                     .get(B + QStringLiteral("/beta/security/partner/securityAlerts"),
                          bearer(t.value(QStringLiteral("access_token")).toString()))
                     .status,
                 200);
        // A redeemed code cannot be reused; unknown codes are bad_verification_code.
        QCOMPARE(m_http.form(url + QStringLiteral("token"), poll)
                     .obj()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(m_http
                     .form(url + QStringLiteral("token"),
                           "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&"
                           "client_id=app&device_code=nope")
                     .obj()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("bad_verification_code"));
    }

    void deviceCodeDeclinedExpiredSlowDownAutoApprove()
    {
        const QString url = B + QStringLiteral("/organizations/oauth2/v2.0/");
        auto start = [&] {
            const QJsonObject d =
                m_http.form(url + QStringLiteral("devicecode"), "client_id=app&scope=User.Read")
                    .obj();
            return QByteArray("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&"
                              "client_id=app&device_code=") +
                   QUrl::toPercentEncoding(d.value(QStringLiteral("device_code")).toString());
        };
        auto err = [&](const QByteArray &poll) {
            return m_http.form(url + QStringLiteral("token"), poll)
                .obj()
                .value(QStringLiteral("error"))
                .toString();
        };
        QByteArray p = start();
        m_sim->service().declineDevice();
        QCOMPARE(err(p), QStringLiteral("authorization_declined"));
        p = start();
        m_http.post(B + QStringLiteral("/_sim/expire-device-codes"), "{}");
        QCOMPARE(err(p), QStringLiteral("expired_token"));
        m_sim->options().enforceInterval = true;
        p = start();
        QCOMPARE(err(p), QStringLiteral("authorization_pending"));
        QCOMPARE(err(p), QStringLiteral("slow_down"));
        m_sim->options().enforceInterval = false;
        m_sim->options().autoApproveAfterPolls = 2;
        p = start();
        QCOMPARE(err(p), QStringLiteral("authorization_pending"));
        QCOMPARE(m_http.form(url + QStringLiteral("token"), p).status, 200);
    }

    void pkceAndAuthorizeRedirect_data()
    {
        QTest::addColumn<bool>("rightVerifier");
        QTest::newRow("right verifier") << true;
        QTest::newRow("wrong verifier") << false;
    }

    void pkceAndAuthorizeRedirect()
    {
        QFETCH(bool, rightVerifier);
        const QByteArray verifier = "abcdefghijklmnopqrstuvwxyz0123456789-._~ABCDEFG";
        const QByteArray challenge =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString redirect = QStringLiteral("http://localhost:53123/");
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("app"));
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("scope"),
                       QStringLiteral("https://graph.microsoft.com/.default offline_access"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        const Reply a = m_http.get(B + QStringLiteral("/organizations/oauth2/v2.0/authorize?") +
                                   q.toString(QUrl::FullyEncoded));
        QCOMPARE(a.status, 302);
        const QUrl loc(QString::fromUtf8(a.header("location")));
        QCOMPARE(loc.port(), 53123);
        const QUrlQuery lq(loc);
        QCOMPARE(lq.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
        const QString code = lq.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        const QByteArray used = rightVerifier
                                    ? verifier
                                    : QByteArray("ZZZdefghijklmnopqrstuvwxyz0123456789-._~ABCDEFG");
        const Reply t = m_http.form(
            B + QStringLiteral("/organizations/oauth2/v2.0/token"),
            "grant_type=authorization_code&client_id=app&code=" + QUrl::toPercentEncoding(code) +
                "&redirect_uri=" + QUrl::toPercentEncoding(redirect) + "&code_verifier=" + used);
        if (rightVerifier) {
            QCOMPARE(t.status, 200);
            QVERIFY(t.obj().contains(QStringLiteral("refresh_token")));
        } else {
            QCOMPARE(t.status, 400);
            QCOMPARE(t.obj().value(QStringLiteral("error")).toString(),
                     QStringLiteral("invalid_grant"));
            QCOMPARE(t.obj().value(QStringLiteral("error_codes")).toArray().first().toInt(),
                     501481);
        }
    }

    void refreshTokenPerResourceAndRevocation()
    {
        const QString url = B + QStringLiteral("/organizations/oauth2/v2.0/token");
        m_sim->options().autoApproveAfterPolls = 1;
        const QJsonObject d = m_http
                                  .form(B + QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
                                        "client_id=app&scope=https%3A%2F%2Fgraph.microsoft.com%2F."
                                        "default%20offline_access")
                                  .obj();
        const QString rt =
            m_http
                .form(url, "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&"
                           "client_id=app&device_code=" +
                               QUrl::toPercentEncoding(
                                   d.value(QStringLiteral("device_code")).toString()))
                .obj()
                .value(QStringLiteral("refresh_token"))
                .toString();
        QVERIFY(!rt.isEmpty());
        const QByteArray rtq = QUrl::toPercentEncoding(rt);
        // Two resources in one request -> invalid_scope.
        Reply r = m_http.form(url, "grant_type=refresh_token&client_id=app&refresh_token=" + rtq +
                                       "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default%"
                                       "20https%3A%2F%2Fmanagement.azure.com%2Fuser_impersonation");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));
        // Partner Center token from the same RT; a new RT comes back.
        r = m_http.form(url, "grant_type=refresh_token&client_id=app&refresh_token=" + rtq +
                                 "&scope=https%3A%2F%2Fapi.partnercenter.microsoft.com%2Fuser_"
                                 "impersonation%20offline_access");
        QCOMPARE(r.status, 200);
        QVERIFY(r.obj().value(QStringLiteral("refresh_token")).toString() != rt);
        QCOMPARE(m_http
                     .get(B + QStringLiteral("/v1/profiles/organization"),
                          bearer(r.obj().value(QStringLiteral("access_token")).toString()))
                     .status,
                 200);
        // A customer-tenant ARM token (GDAP) from the same RT.
        r = m_http.form(
            B + QLatin1Char('/') + cust(0).id + QStringLiteral("/oauth2/v2.0/token"),
            "grant_type=refresh_token&client_id=app&refresh_token=" + rtq +
                "&scope=https%3A%2F%2Fmanagement.azure.com%2Fuser_impersonation%20offline_access");
        QCOMPARE(r.status, 200);
        m_http.post(B + QStringLiteral("/_sim/revoke-refresh-tokens"), "{}");
        r = m_http.form(url, "grant_type=refresh_token&client_id=app&refresh_token=" + rtq +
                                 "&scope=User.Read");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.obj().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(r.obj().value(QStringLiteral("error_codes")).toArray().first().toInt(), 700082);
    }

    // ---- Graph alerts ---------------------------------------------------
    void alertsPagingReachesAllOnce()
    {
        m_sim->options().alertPageSize = 37;
        const QString t = partnerGraph();
        QString next = B + QStringLiteral("/beta/security/partner/securityAlerts?$count=true");
        QSet<QString> ids;
        int items = 0, pages = 0;
        int count = -1;
        while (!next.isEmpty()) {
            const Reply r = m_http.get(
                next, bearer(t, {{"client-request-id", "11111111-2222-3333-4444-555555555555"}}));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("client-request-id"),
                     QByteArray("11111111-2222-3333-4444-555555555555"));
            QVERIFY(!r.header("request-id").isEmpty());
            const QJsonObject o = r.obj();
            QCOMPARE(o.value(QStringLiteral("@odata.context")).toString(),
                     B + QStringLiteral("/beta/$metadata#security/partner/securityAlerts"));
            count = o.value(QStringLiteral("@odata.count")).toInt();
            for (const QJsonValue &v : o.value(QStringLiteral("value")).toArray()) {
                ids.insert(v.toObject().value(QStringLiteral("id")).toString());
                ++items;
            }
            next = o.value(QStringLiteral("@odata.nextLink")).toString();
            if (!next.isEmpty()) {
                QVERIFY(
                    next.startsWith(B + QStringLiteral("/beta/security/partner/securityAlerts?")));
                QVERIFY(next.contains(QLatin1String("$skiptoken=")));
                QVERIFY(next.contains(QLatin1String("$count=true")));
            }
            ++pages;
        }
        QCOMPARE(items, int(m_sim->world().alerts().size()));
        QCOMPARE(ids.size(), items);
        QCOMPARE(count, items);
        QVERIFY(pages > 2);
    }

    void alertsFilterSelectAndErrors()
    {
        const QString t = partnerGraph();
        const QString base = B + QStringLiteral("/beta/security/partner/securityAlerts");
        Reply r = m_http.get(base + QStringLiteral("?$filter=status%20eq%20'active'%20or%20status%"
                                                   "20eq%20'investigating'&$top=999"),
                             bearer(t));
        QCOMPARE(r.status, 200);
        int expected = 0;
        for (const QJsonObject &a : m_sim->world().alerts())
            expected += a.value(QStringLiteral("status")).toString() != QLatin1String("resolved");
        QCOMPARE(r.obj().value(QStringLiteral("value")).toArray().size(), expected);
        for (const QJsonValue &v : r.obj().value(QStringLiteral("value")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("status")).toString() !=
                    QLatin1String("resolved"));
        const QString cid = cust(3).id;
        r = m_http.get(base +
                           QStringLiteral("?$filter=customerTenantId eq '%1' and detectedDateTime "
                                          "ge 2024-03-01T00:00:00Z&$select=id,detectedDateTime")
                               .arg(cid),
                       bearer(t));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.obj().value(QStringLiteral("value")).toArray()) {
            QCOMPARE(v.toObject().keys(),
                     (QStringList{QStringLiteral("detectedDateTime"), QStringLiteral("id")}));
            QVERIFY(vigie::parseWireDateTime(
                        v.toObject().value(QStringLiteral("detectedDateTime")).toString()) >=
                    QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
        }
        for (const char *bad :
             {"?$orderby=id", "?$skip=3", "?$filter=status%20eq%20'dismissed'",
              "?$filter=tenantId%20eq%20'x'", "?$select=lastModifiedDateTime", "?$expand=x"}) {
            r = m_http.get(base + QString::fromLatin1(bad), bearer(t));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.obj()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     QStringLiteral("BadRequest"));
            const QString date = r.obj()
                                     .value(QStringLiteral("error"))
                                     .toObject()
                                     .value(QStringLiteral("innerError"))
                                     .toObject()
                                     .value(QStringLiteral("date"))
                                     .toString();
            QVERIFY2(!date.endsWith(QLatin1Char('Z')) && date.size() == 19, qPrintable(date));
        }
    }

    void alertPatchContract()
    {
        const QString t = partnerGraph();
        QJsonObject target;
        for (const QJsonObject &a : m_sim->world().alerts())
            if (a.value(QStringLiteral("status")) == QStringLiteral("active"))
                target = a;
        const QString url = B + QStringLiteral("/beta/security/partner/securityAlerts/") +
                            target.value(QStringLiteral("id")).toString();
        const int logs = target.value(QStringLiteral("activityLogs")).toArray().size();
        Reply r = m_http.send("PATCH", url, R"({"status":"resolved","resolvedReason":"fraud"})",
                              bearer(t));
        QCOMPARE(r.status, 200);
        const QJsonObject a = r.obj();
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(a.value(QStringLiteral("resolvedReason")).toString(), QStringLiteral("fraud"));
        QCOMPARE(a.value(QStringLiteral("resolvedBy")).toString(), m_sim->world().analystUpn());
        QVERIFY(vigie::parseWireDateTime(a.value(QStringLiteral("resolvedOnDateTime")).toString())
                    .isValid());
        const QJsonArray al = a.value(QStringLiteral("activityLogs")).toArray();
        QCOMPARE(al.size(), logs + 1);
        QCOMPARE(al.last().toObject().value(QStringLiteral("statusFrom")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(al.last().toObject().value(QStringLiteral("statusTo")).toString(),
                 QStringLiteral("resolved"));
        QCOMPARE(m_http.get(url, bearer(t)).obj().value(QStringLiteral("status")).toString(),
                 QStringLiteral("resolved"));
        QCOMPARE(
            m_http
                .send("PATCH", url, R"({"status":"resolved","resolvedReason":"bogus"})", bearer(t))
                .status,
            400);
        QCOMPARE(m_http.send("PATCH", url, R"({"status":)", bearer(t)).status, 400);
        QCOMPARE(m_http.send("PATCH", url, R"({"status":"resolved","severity":"low"})", bearer(t))
                     .status,
                 400);
        r = m_http.send("PATCH", B + QStringLiteral("/beta/security/partner/securityAlerts/nope"),
                        R"({"status":"resolved"})", bearer(t));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.obj()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ResourceNotFound"));
        const QString ro = m_sim->issueAccessToken(
            QStringLiteral("organizations"), QStringLiteral("graph"),
            QStringLiteral("https://graph.microsoft.com/PartnerSecurity.Read.All"));
        QCOMPARE(m_http.get(url, bearer(ro)).status, 200);
        QCOMPARE(m_http.send("PATCH", url, R"({"status":"investigating"})", bearer(ro)).status,
                 403);
    }

    void authErrorsPerService()
    {
        Reply g = m_http.get(B + QStringLiteral("/beta/security/partner/securityAlerts"));
        QCOMPARE(g.status, 401);
        QCOMPARE(g.obj()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("InvalidAuthenticationToken"));
        QVERIFY(g.header("www-authenticate").startsWith("Bearer"));
        // Partner Center alternates an empty body and the PC JSON.
        Reply p1 = m_http.get(B + QStringLiteral("/v1/customers"), bearer(QStringLiteral("x")));
        Reply p2 = m_http.get(B + QStringLiteral("/v1/customers"), bearer(QStringLiteral("x")));
        QCOMPARE(p1.status, 401);
        QCOMPARE(p2.status, 401);
        QVERIFY(p1.header("www-authenticate").startsWith("OAuth"));
        QVERIFY(p1.body.isEmpty() != p2.body.isEmpty());
        const QJsonObject pj = (p1.body.isEmpty() ? p2 : p1).obj();
        for (const char *k : {"code", "description", "data", "source"})
            QVERIFY(pj.contains(QLatin1String(k)));
        // ARM: expired token -> ExpiredAuthenticationToken.
        const Entitlement &e = m_sim->world().allEntitlements().first();
        const QString arm = m_sim->issueAccessToken(e.customerId, QStringLiteral("arm"), {}, 0);
        Reply a =
            m_http.post(B + QStringLiteral("/subscriptions/%1/providers/Microsoft.CostManagement/"
                                           "query?api-version=2023-03-01")
                                .arg(e.id),
                        "{}", bearer(arm));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.obj()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ExpiredAuthenticationToken"));
        // A Graph token is not a Partner Center token.
        QCOMPARE(m_http.get(B + QStringLiteral("/v1/profiles/organization"), bearer(partnerGraph()))
                     .status,
                 401);
    }

    // ---- Graph audit logs -----------------------------------------------
    void signInsPagingDescendingAllOnce()
    {
        m_sim->options().throttle = false;
        const Customer &c = cust(0);
        QVERIFY(c.premium);
        const QString t = m_sim->issueAccessToken(c.id, QStringLiteral("graph"));
        QString next = B + QStringLiteral("/v1.0/auditLogs/signIns?$top=300");
        QSet<QString> ids;
        qint64 prev = std::numeric_limits<qint64>::max();
        int pages = 0;
        while (!next.isEmpty()) {
            const Reply r = m_http.get(next, bearer(t));
            QCOMPARE(r.status, 200);
            const QJsonObject o = r.obj();
            QCOMPARE(o.value(QStringLiteral("@odata.context")).toString(),
                     B + QStringLiteral("/v1.0/$metadata#auditLogs/signIns"));
            for (const QJsonValue &v : o.value(QStringLiteral("value")).toArray()) {
                const qint64 ms =
                    vigie::parseWireDateTime(
                        v.toObject().value(QStringLiteral("createdDateTime")).toString())
                        .toMSecsSinceEpoch();
                QVERIFY(ms <= prev);
                prev = ms;
                ids.insert(v.toObject().value(QStringLiteral("id")).toString());
                QVERIFY(v.toObject()
                            .value(QStringLiteral("status"))
                            .toObject()
                            .value(QStringLiteral("errorCode"))
                            .isDouble());
                QVERIFY(v.toObject().contains(QStringLiteral("appliedConditionalAccessPolicies")));
            }
            next = o.value(QStringLiteral("@odata.nextLink")).toString();
            ++pages;
        }
        QCOMPARE(ids.size(), int(m_sim->world().logCount(0, LogStream::SignIns)));
        QVERIFY(pages >= 9);
        // Window filter, mixed case path, get by id.
        const Reply w = m_http.get(
            B + QStringLiteral("/v1.0/auditlogs/"
                               "signins?$filter=createdDateTime%20ge%202024-05-01T00:00:00Z%20and%"
                               "20createdDateTime%20le%202024-05-02T00:00:00Z"),
            bearer(t));
        QCOMPARE(w.status, 200);
        const QJsonArray wv = w.obj().value(QStringLiteral("value")).toArray();
        QVERIFY(!wv.isEmpty());
        for (const QJsonValue &v : wv) {
            const QDateTime d = vigie::parseWireDateTime(
                v.toObject().value(QStringLiteral("createdDateTime")).toString());
            QVERIFY(d >= QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC) &&
                    d <= QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC));
        }
        const QString id = wv.first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_http.get(B + QStringLiteral("/v1.0/auditLogs/signIns/") + id, bearer(t))
                     .obj()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);
        QCOMPARE(
            m_http.get(B + QStringLiteral("/v1.0/auditLogs/signIns?$top=1001"), bearer(t)).status,
            400);
        QCOMPARE(m_http
                     .get(B + QStringLiteral("/v1.0/auditLogs/signIns?$filter=userId%20eq%20'x'"),
                          bearer(t))
                     .status,
                 400);
        const Reply au =
            m_http.get(B + QStringLiteral("/v1.0/auditLogs/directoryaudits"), bearer(t));
        QCOMPARE(au.status, 200);
        const QJsonObject a0 = au.obj().value(QStringLiteral("value")).toArray().first().toObject();
        for (const char *k : {"id", "category", "correlationId", "result", "activityDisplayName",
                              "activityDateTime", "loggedByService", "operationType", "initiatedBy",
                              "targetResources", "additionalDetails"})
            QVERIFY2(a0.contains(QLatin1String(k)), k);
    }

    void logsThrottleLicenceAndTenant()
    {
        const Customer &c = cust(1);
        const QString t = m_sim->issueAccessToken(c.id, QStringLiteral("graph"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                m_http.get(B + QStringLiteral("/v1.0/auditLogs/directoryAudits?$top=1"), bearer(t))
                    .status,
                200);
        const Reply r =
            m_http.get(B + QStringLiteral("/v1.0/auditLogs/directoryAudits?$top=1"), bearer(t));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.obj()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("TooManyRequests"));
        const int ra = r.header("retry-after").toInt();
        QVERIFY(ra >= 1 && ra <= 10);
        // Another tenant is not throttled.
        QCOMPARE(m_http
                     .get(B + QStringLiteral("/v1.0/auditLogs/directoryAudits?$top=1"),
                          bearer(m_sim->issueAccessToken(cust(2).id, QStringLiteral("graph"))))
                     .status,
                 200);
        // No P1/P2 licence: 403 with the documented code on signIns only.
        const Customer &free = cust(7);
        QVERIFY(!free.premium);
        const QString ft = m_sim->issueAccessToken(free.id, QStringLiteral("graph"));
        const Reply nf = m_http.get(B + QStringLiteral("/v1.0/auditLogs/signIns"), bearer(ft));
        QCOMPARE(nf.status, 403);
        QCOMPARE(nf.obj()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("Authentication_RequestFromNonPremiumTenantOrB2CTenant"));
        QCOMPARE(
            m_http.get(B + QStringLiteral("/v1.0/auditLogs/directoryAudits"), bearer(ft)).status,
            200);
        // A partner-tenant token cannot read a customer's logs.
        QCOMPARE(m_http.get(B + QStringLiteral("/v1.0/auditLogs/signIns"), bearer(partnerGraph()))
                     .status,
                 403);
    }

    // ---- Partner Center -------------------------------------------------
    void customersContinuationPaging()
    {
        const QString t = pc();
        QString uri = QStringLiteral("/customers?size=7");
        QList<QPair<QByteArray, QByteArray>> extra;
        QSet<QString> ids;
        int pages = 0;
        for (;;) {
            const QString full =
                B + (uri.startsWith(QLatin1String("/v1")) ? uri : QStringLiteral("/v1") + uri);
            const Reply r = m_http.get(
                full, bearer(t, extra << QPair<QByteArray, QByteArray>{
                                    "MS-RequestId", "aaaaaaaa-0000-0000-0000-000000000001"}));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("ms-requestid"), QByteArray("aaaaaaaa-0000-0000-0000-000000000001"));
            const QJsonObject o = r.obj();
            const QJsonArray items = o.value(QStringLiteral("items")).toArray();
            QCOMPARE(o.value(QStringLiteral("totalCount")).toInt(), items.size());
            QCOMPARE(o.value(QStringLiteral("attributes"))
                         .toObject()
                         .value(QStringLiteral("objectType"))
                         .toString(),
                     QStringLiteral("Collection"));
            for (const QJsonValue &v : items) {
                QCOMPARE(v.toObject()
                             .value(QStringLiteral("companyProfile"))
                             .toObject()
                             .value(QStringLiteral("tenantId")),
                         v.toObject().value(QStringLiteral("id")));
                ids.insert(v.toObject().value(QStringLiteral("id")).toString());
            }
            ++pages;
            const QJsonObject next = o.value(QStringLiteral("links"))
                                         .toObject()
                                         .value(QStringLiteral("next"))
                                         .toObject();
            if (next.isEmpty())
                break;
            uri = next.value(QStringLiteral("uri")).toString();
            QVERIFY(uri.startsWith(QLatin1Char('/')));
            extra.clear();
            for (const QJsonValue &h : next.value(QStringLiteral("headers")).toArray())
                extra.append({h.toObject().value(QStringLiteral("key")).toString().toLatin1(),
                              h.toObject().value(QStringLiteral("value")).toString().toLatin1()});
            QCOMPARE(extra.size(), 1);
            // Without the continuation header the next page is refused.
            QCOMPARE(m_http.get(B + QStringLiteral("/v1") + uri, bearer(t)).status, 400);
        }
        QCOMPARE(pages, 6);
        QCOMPARE(ids.size(), 40);
        const Reply one = m_http.get(B + QStringLiteral("/v1/customers/") + cust(5).id, bearer(t));
        QCOMPARE(one.obj().value(QStringLiteral("allowDelegatedAccess")).toBool(), true);
        QVERIFY(one.obj().contains(QStringLiteral("billingProfile")));
        const Reply missing = m_http.get(
            B + QStringLiteral("/v1/customers/00000000-0000-4000-8000-000000000000"), bearer(t));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.obj().value(QStringLiteral("source")).toString(),
                 QStringLiteral("PartnerFD"));
        QVERIFY(missing.obj().value(QStringLiteral("code")).isString());
    }

    void subscriptionSuspendEtagAndIdempotency()
    {
        const QString t = pc();
        const Customer &c = cust(2);
        const Reply list =
            m_http.get(B + QStringLiteral("/v1/customers/%1/subscriptions").arg(c.id), bearer(t));
        QCOMPARE(list.status, 200);
        QJsonObject sub = list.obj().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(sub.value(QStringLiteral("offerName")).toString(), QStringLiteral("Azure plan"));
        const QString url = B + QStringLiteral("/v1/customers/%1/subscriptions/%2")
                                    .arg(c.id, sub.value(QStringLiteral("id")).toString());
        const QByteArray etag = sub.value(QStringLiteral("attributes"))
                                    .toObject()
                                    .value(QStringLiteral("etag"))
                                    .toString()
                                    .toLatin1();
        sub.insert(QStringLiteral("status"), QStringLiteral("suspended"));
        const QByteArray body = QJsonDocument(sub).toJson(QJsonDocument::Compact);
        const Reply r1 =
            m_http.send("PATCH", url, body,
                        bearer(t, {{"If-Match", etag},
                                   {"MS-RequestId", "11111111-1111-4111-8111-111111111111"},
                                   {"MS-CorrelationId", "corr-1"}}));
        QCOMPARE(r1.status, 200);
        QCOMPARE(r1.header("ms-correlationid"), QByteArray("corr-1"));
        QCOMPARE(r1.obj().value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
        QVERIFY(!r1.obj().value(QStringLiteral("suspensionReasons")).toArray().isEmpty());
        const QByteArray etag2 = r1.obj()
                                     .value(QStringLiteral("attributes"))
                                     .toObject()
                                     .value(QStringLiteral("etag"))
                                     .toString()
                                     .toLatin1();
        QVERIFY(etag2 != etag);
        // Retry with the same MS-RequestId (and now stale etag): the first result, not applied
        // twice.
        const Reply r2 =
            m_http.send("PATCH", url, body,
                        bearer(t, {{"If-Match", etag},
                                   {"MS-RequestId", "11111111-1111-4111-8111-111111111111"}}));
        QCOMPARE(r2.status, 200);
        QCOMPARE(r2.obj(), r1.obj());
        // A new request with the stale etag: 412.
        const Reply r3 =
            m_http.send("PATCH", url, body,
                        bearer(t, {{"If-Match", etag},
                                   {"MS-RequestId", "22222222-1111-4111-8111-111111111111"}}));
        QCOMPARE(r3.status, 412);
        QCOMPARE(r3.obj().value(QStringLiteral("source")).toString(), QStringLiteral("PartnerFD"));
        QCOMPARE(m_http.get(url, bearer(t))
                     .obj()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("etag"))
                     .toString()
                     .toLatin1(),
                 etag2);
        // Entitlements of the suspended plan are disabled.
        const Reply ents = m_http.get(url + QStringLiteral("/azureentitlements"), bearer(t));
        QCOMPARE(ents.status, 200);
        for (const QJsonValue &v : ents.obj().value(QStringLiteral("items")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("disabled"));
    }

    void entitlementCancelIsAsync()
    {
        const QString t = pc();
        const Entitlement e = m_sim->world().allEntitlements().first();
        const QString url =
            B + QStringLiteral("/v1/customers/%1/subscriptions/%2/azureEntitlements/%3")
                    .arg(e.customerId, e.subscriptionId, e.id);
        const Reply g = m_http.get(url, bearer(t));
        QCOMPARE(g.status, 200);
        QCOMPARE(g.obj().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(g.obj().value(QStringLiteral("subscriptionId")).toString(), e.subscriptionId);
        const Reply c =
            m_http.post(url + QStringLiteral("/cancel"), R"({"cancellationReason":"compromise"})",
                        bearer(t, {{"MS-RequestId", "33333333-1111-4111-8111-111111111111"}}));
        QCOMPARE(c.status, 202);
        QCOMPARE(m_http.get(url, bearer(t)).obj().value(QStringLiteral("status")).toString(),
                 QStringLiteral("disabled"));
        QCOMPARE(m_http.post(url + QStringLiteral("/cancel"), "{}", bearer(t)).status, 400);
    }

    void legacyFraudEvents()
    {
        const QString t = pc();
        const Reply all = m_http.get(B + QStringLiteral("/v1/fraudEvents"),
                                     bearer(t, {{"X-NewEventsModel", "true"}}));
        QCOMPARE(all.status, 200);
        const QJsonArray ev = all.arr();
        QCOMPARE(ev.size(), int(m_sim->world().alerts().size()));
        const QJsonObject e0 = ev.first().toObject();
        QVERIFY(!e0.value(QStringLiteral("eventTime")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(e0.value(QStringLiteral("eventId")).toString().contains(QLatin1Char('_')));
        const Reply legacy = m_http.get(B + QStringLiteral("/v1/fraudEvents"), bearer(t));
        QVERIFY(legacy.arr().size() < ev.size());
        for (const QJsonValue &v : legacy.arr())
            QVERIFY(v.toObject()
                        .value(QStringLiteral("eventType"))
                        .toString()
                        .contains(QLatin1String("Crypto"), Qt::CaseInsensitive));
        QJsonObject active;
        for (const QJsonValue &v : ev)
            if (v.toObject().value(QStringLiteral("eventStatus")) == QStringLiteral("Active"))
                active = v.toObject();
        const QString sub = active.value(QStringLiteral("subscriptionId")).toString();
        const Reply up = m_http.post(
            B + QStringLiteral("/v1/fraudEvents/subscription/%1/status").arg(sub),
            QJsonDocument(QJsonObject{{QStringLiteral("EventIds"),
                                       QJsonArray{active.value(QStringLiteral("eventId"))}},
                                      {QStringLiteral("EventStatus"), QStringLiteral("Resolved")},
                                      {QStringLiteral("ResolvedReason"), QStringLiteral("Fraud")}})
                .toJson(),
            bearer(t, {{"X-NewEventsModel", "true"}}));
        QCOMPARE(up.status, 200);
        QCOMPARE(up.arr().size(), 1);
        QCOMPARE(up.arr().first().toObject().value(QStringLiteral("eventStatus")).toString(),
                 QStringLiteral("Resolved"));
    }

    // ---- Cost Management ------------------------------------------------
    void costQueryShapeAndPaging()
    {
        m_sim->options().costPageSize = 10;
        const Entitlement e = m_sim->world().allEntitlements()[3];
        const QString t = m_sim->issueAccessToken(e.customerId, QStringLiteral("arm"));
        const QByteArray body =
            R"({"type":"ActualCost","timeframe":"Custom","timePeriod":{"from":"2024-03-01T00:00:00Z","to":"2024-04-15T23:59:59Z"},
            "dataset":{"granularity":"Daily","aggregation":{"totalCost":{"name":"PreTaxCost","function":"Sum"}}}})";
        QString next =
            B +
            QStringLiteral(
                "/subscriptions/%1/providers/Microsoft.CostManagement/query?api-version=2023-03-01")
                .arg(e.id);
        QSet<int> days;
        int rows = 0, pages = 0;
        while (!next.isEmpty()) {
            const Reply r = m_http.post(next, body, bearer(t, {{"x-ms-client-request-id", "cc"}}));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("x-ms-client-request-id"), QByteArray("cc"));
            const QJsonObject p = r.obj().value(QStringLiteral("properties")).toObject();
            const QJsonArray cols = p.value(QStringLiteral("columns")).toArray();
            QCOMPARE(cols[0].toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("PreTaxCost"));
            QCOMPARE(cols[1].toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("UsageDate"));
            for (const QJsonValue &row : p.value(QStringLiteral("rows")).toArray()) {
                QVERIFY(row.toArray()[0].isDouble());
                const int day = row.toArray()[1].toInt();
                QVERIFY(day >= 20240301 && day <= 20240415);
                days.insert(day);
                ++rows;
                QCOMPARE(row.toArray()[2].toString(), QStringLiteral("EUR"));
            }
            next = p.value(QStringLiteral("nextLink")).toString();
            QVERIFY(p.contains(QStringLiteral("nextLink")));
            ++pages;
        }
        int expected = 0;
        const QVector<double> *s = m_sim->world().spend(e.id);
        const QDate d0 = m_sim->world().alertStart().date();
        for (QDate d(2024, 3, 1); d <= QDate(2024, 4, 15); d = d.addDays(1))
            expected += !std::isnan((*s)[d0.daysTo(d)]);
        QCOMPARE(rows, expected);
        QCOMPARE(days.size(), rows);
        QVERIFY(pages >= 4);
        // Another tenant's token: 403 AuthorizationFailed; unknown subscription: 404.
        const QString other = m_sim->issueAccessToken(cust(30).id, QStringLiteral("arm"));
        Reply f =
            m_http.post(B + QStringLiteral("/subscriptions/%1/providers/Microsoft.CostManagement/"
                                           "query?api-version=2023-03-01")
                                .arg(e.id),
                        body, bearer(other));
        if (e.customerId != cust(30).id) {
            QCOMPARE(f.status, 403);
            QCOMPARE(f.obj()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     QStringLiteral("AuthorizationFailed"));
        }
        f = m_http.post(
            B + QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000000/providers/"
                               "Microsoft.CostManagement/query?api-version=2023-03-01"),
            body, bearer(t));
        QCOMPARE(f.status, 404);
        QCOMPARE(f.obj()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("SubscriptionNotFound"));
        f = m_http.post(
            B + QStringLiteral("/subscriptions/%1/providers/Microsoft.CostManagement/query")
                    .arg(e.id),
            body, bearer(t));
        QCOMPARE(f.status, 400);
    }
};

QTEST_GUILESS_MAIN(TstSimHttp)
#include "tst_sim_http.moc"
