// HTTP core: retry policy, Retry-After forms, backoff, 401 refresh-once, 403
// messages, service error bodies, request ids, scheme and id checks, logs.

#include "fakenam.h"
#include "net/auth.h"
#include "net/clients.h"
#include "net/http.h"

#include <QtTest>

using namespace vigie;
using namespace vigie::net;
using namespace vigie::test;

namespace {

QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    g_log.append(QString::fromLatin1(ctx.category ? ctx.category : "") + u' ' + msg);
}

const QByteArray kEmptyPage = R"({"value":[]})";

} // namespace

class TestNetHttp : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterForms()
    {
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 30), Qt::UTC);
        QCOMPARE(parseRetryAfterMs("7", now), std::optional<qint64>(7000));
        QCOMPARE(parseRetryAfterMs(" 57 ", now), std::optional<qint64>(57000));
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2026 07:28:00 GMT", now),
                 std::optional<qint64>(30000));
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2026 07:00:00 GMT", now),
                 std::optional<qint64>(0)); // in the past: retry now
        QVERIFY(!parseRetryAfterMs("soon", now));
        const RawHeaders h{{"Retry-After", "2"},
                           {"x-ms-ratelimit-microsoft.costmanagement-qpu-retry-after", "9"},
                           {"x-ms-ratelimit-microsoft.costmanagement-entity-retry-after", "4"},
                           {"x-ms-ratelimit-remaining-subscription-reads", "100"}};
        QCOMPARE(retryAfterFromHeaders(h, now), std::optional<qint64>(9000));
        QVERIFY(!retryAfterFromHeaders({{"Date", "x"}}, now));
    }

    void backoffGrowsAndIsCapped()
    {
        RetryPolicy p;
        p.jitter = 0;
        QCOMPARE(p.backoffMs(0, nullptr), 2000);
        QCOMPARE(p.backoffMs(1, nullptr), 4000);
        QCOMPARE(p.backoffMs(4, nullptr), 32000);
        QCOMPARE(p.backoffMs(5, nullptr), 60000);
        QCOMPARE(p.backoffMs(20, nullptr), 60000);
        p.jitter = 0.25;
        for (int i = 0; i < 50; ++i) {
            const qint64 d = p.backoffMs(1, QRandomGenerator::global());
            QVERIFY(d >= 3000 && d <= 5000);
        }
    }

    void throttleDeltaSeconds()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(429, R"({"error":{"code":"TooManyRequests","message":"slow"}})",
                        {{"Retry-After", "7"}});
        nam.enqueueJson(200, kEmptyPage);
        auto *job = graph::listAlerts(fastSession(nam, &tokens), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY2(job->ok(), qPrintable(job->error() ? job->error()->detail : QString()));
        QCOMPARE(job->retryDelays(), QList<qint64>{7000});
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(nam.requests[0].header("client-request-id"),
                 nam.requests[1].header("client-request-id"));
        QCOMPARE(nam.requests[0].header("Accept"), QByteArray("application/json"));
    }

    void throttleHttpDate()
    {
        FakeNam nam;
        FakeTokens tokens;
        FixedClock clock(QDateTime(QDate(2026, 10, 21), QTime(7, 27, 48), Qt::UTC));
        nam.enqueueJson(
            429,
            R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 12 seconds."})",
            {{"Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT"}});
        nam.enqueueJson(200, R"({"id":"p","tenantId":"t","companyName":"Fabrikam"})");
        auto *job = partnercenter::organizationProfile(fastSession(nam, &tokens, &clock), this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(job->retryDelays(), QList<qint64>{12000});
        QCOMPARE(job->value().companyName, QStringLiteral("Fabrikam"));
    }

    void throttleCostManagementHeaders()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(429, R"({"error":{"code":"429","message":"Too many requests"}})",
                        {{"Retry-After", "1"},
                         {"x-ms-ratelimit-microsoft.costmanagement-qpu-retry-after", "9"}});
        nam.enqueue(FakeResponse{204, {}, {}});
        auto *job = cost::dailyCost(fastSession(nam, &tokens), QStringLiteral("cust"),
                                    QStringLiteral("5f6e6521-6e5f-4b0b-80aa-bd44fad7a398"),
                                    QDate(2024, 5, 1), QDate(2024, 5, 31), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(job->retryDelays(), QList<qint64>{9000});
        QCOMPARE(job->items().size(), 0);
    }

    void tooLongRetryAfterFailsThrottled()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(429, "{}", {{"Retry-After", "3600"}});
        auto *job = graph::listAlerts(fastSession(nam, &tokens), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Throttled);
        QCOMPARE(nam.requests.size(), 1);
    }

    void serverErrorsBackOffThenSucceed()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(503, R"({"error":{"code":"serviceNotAvailable","message":"x"}})");
        nam.enqueueJson(500, R"({"error":{"code":"UnknownError","message":"x"}})");
        nam.enqueue(FakeResponse{0, {}, {}, false, QNetworkReply::RemoteHostClosedError});
        nam.enqueueJson(200, kEmptyPage);
        auto *job = graph::listAlerts(fastSession(nam, &tokens), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(nam.requests.size(), 4);
        const auto d = job->retryDelays();
        QCOMPARE(d.size(), 3);
        QVERIFY2(d[0] >= 1500 && d[0] <= 2500, qPrintable(QString::number(d[0])));
        QVERIFY(d[1] >= 3000 && d[1] <= 5000);
        QVERIFY(d[2] >= 6000 && d[2] <= 10000);
    }

    void serverErrorsExhaustRetries()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.handler = [](const RecordedRequest &) {
            return FakeResponse::json(
                502, R"({"code":"0","description":"bad gateway","source":"PartnerFD"})");
        };
        Session s = fastSession(nam, &tokens);
        s.retry.maxAttempts = 3;
        auto *job = partnercenter::listCustomers(s, 100, this);
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Network);
        QCOMPARE(nam.requests.size(), 3);
        QVERIFY(job->error()->detail.contains(u"bad gateway"));
    }

    // Refused or unresolvable: offline, said after unreachableAttempts
    // (not after the minute of backoff a flaky server gets).
    void unreachableHostFailsFast_data()
    {
        QTest::addColumn<int>("error");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError);
        QTest::newRow("no DNS") << int(QNetworkReply::HostNotFoundError);
    }
    void unreachableHostFailsFast()
    {
        QFETCH(int, error);
        FakeNam nam;
        FakeTokens tokens;
        for (int i = 0; i < 6; ++i)
            nam.enqueue(FakeResponse{0, {}, {}, false, QNetworkReply::NetworkError(error)});
        Session s = fastSession(nam, &tokens);
        s.retry.maxAttempts = 6;
        auto *job = graph::listAlerts(s, {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Network);
        QCOMPARE(nam.requests.size(), s.retry.unreachableAttempts);

        // A server that answers badly still gets every attempt.
        FakeNam flaky;
        for (int i = 0; i < 6; ++i)
            flaky.enqueue(FakeResponse{0, {}, {}, false, QNetworkReply::RemoteHostClosedError});
        Session f = fastSession(flaky, &tokens);
        f.retry.maxAttempts = 4;
        auto *job2 = graph::listAlerts(f, {}, this);
        job2->start();
        QVERIFY(waitFor(job2));
        QCOMPARE(flaky.requests.size(), 4);
    }

    void timeoutIsRetried()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueue(FakeResponse{0, {}, {}, true});
        nam.enqueueJson(200, kEmptyPage);
        Session s = fastSession(nam, &tokens);
        s.retry.timeoutMs = 50;
        auto *job = graph::listAlerts(s, {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(nam.requests.size(), 2);
    }

    void unauthorizedRefreshesOnce()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(
            401,
            R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}})",
            {{"WWW-Authenticate", "Bearer"}});
        nam.enqueueJson(200, kEmptyPage);
        auto *job = graph::listAlerts(fastSession(nam, &tokens), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QCOMPARE(tokens.invalidations, 1);
        QCOMPARE(nam.requests.size(), 2);
        QVERIFY(nam.requests[0].header("Authorization") != nam.requests[1].header("Authorization"));
        QVERIFY(nam.requests[1].header("Authorization").startsWith("Bearer at-"));
    }

    void unauthorizedTwiceIsAuthError()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueue(FakeResponse{401, {}, {{"WWW-Authenticate", "OAuth realm=x"}}});
        nam.enqueue(FakeResponse{401, {}, {{"WWW-Authenticate", "OAuth realm=x"}}});
        auto *job = partnercenter::listCustomers(fastSession(nam, &tokens), 100, this);
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Auth);
        QCOMPARE(job->error()->message, signInRequiredMessage());
        QCOMPARE(nam.requests.size(), 2);
        QCOMPARE(tokens.invalidations, 1);
    }

    void tokenFailurePropagates()
    {
        FakeNam nam;
        FakeTokens tokens;
        tokens.failWith = Error::make(Error::Kind::Auth, QStringLiteral("sign in"));
        auto *job = graph::listAlerts(fastSession(nam, &tokens), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Auth);
        QCOMPARE(nam.requests.size(), 0);
    }

    void forbiddenNamesPermission_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("needle");
        QTest::newRow("alerts read")
            << 0 << QByteArray(R"({"error":{"code":"Forbidden","message":"x"}})")
            << QStringLiteral("PartnerSecurity.Read.All");
        QTest::newRow("alerts write")
            << 1 << QByteArray(R"({"error":{"code":"Authorization_RequestDenied","message":"x"}})")
            << QStringLiteral("PartnerSecurity.ReadWrite.All");
        QTest::newRow("signins no licence")
            << 2
            << QByteArray(
                   R"({"error":{"code":"Authentication_RequestFromNonPremiumTenantOrB2CTenant","message":"Neither tenant is B2C or tenant does not have premium license"}})")
            << QStringLiteral("P1 or P2");
        QTest::newRow("signins permission")
            << 2 << QByteArray(R"({"error":{"code":"Authorization_RequestDenied","message":"x"}})")
            << QStringLiteral("AuditLog.Read.All and Directory.Read.All");
        QTest::newRow("audits") << 3
                                << QByteArray(R"({"error":{"code":"Forbidden","message":"x"}})")
                                << QStringLiteral("AuditLog.Read.All");
        QTest::newRow("partner center")
            << 4 << QByteArray(R"({"code":"900","description":"no role","source":"PartnerFD"})")
            << QStringLiteral("Admin Agent");
        QTest::newRow("cost") << 5
                              << QByteArray(
                                     R"({"error":{"code":"AuthorizationFailed","message":"x"}})")
                              << QStringLiteral("Cost Management Reader");
    }

    void forbiddenNamesPermission()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, body);
        QFETCH(QString, needle);
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(403, body);
        const Session s = fastSession(nam, &tokens);
        const QString cust = QStringLiteral("1889e718-414b-4bad-8bbe-c1135bd39a41");
        const QDateTime t0(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);
        Job *job = nullptr;
        switch (which) {
        case 0:
            job = graph::listAlerts(s, {}, this);
            break;
        case 1:
            job = graph::updateAlert(s, QStringLiteral("a1"), QStringLiteral("resolved"),
                                     QStringLiteral("fraud"), {}, this);
            break;
        case 2:
            job = graph::listSignIns(s, cust, t0, t0.addDays(1), this);
            break;
        case 3:
            job = graph::listDirectoryAudits(s, cust, t0, t0.addDays(1), this);
            break;
        case 4:
            job = partnercenter::getCustomer(s, cust, this);
            break;
        default:
            job = cost::dailyCost(s, cust, QStringLiteral("sub1"), t0.date(), t0.date(), {}, this);
        }
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Forbidden);
        QVERIFY2(job->error()->message.contains(needle), qPrintable(job->error()->message));
        QCOMPARE(nam.requests.size(), 1); // 403 is not retried
    }

    void serviceErrorBodies()
    {
        auto id = parseServiceError(
            Service::Identity,
            R"({"error":"invalid_grant","error_description":"AADSTS700082: expired.\r\nTrace ID: x","error_codes":[700082]})");
        QCOMPARE(id.code, QStringLiteral("invalid_grant"));
        QCOMPARE(id.errorCodes, QList<qint64>{700082});
        auto g = parseServiceError(
            Service::Graph,
            R"({"error":{"code":"ResourceNotFound","message":"gone","innerError":{"date":"2024-05-02T10:11:12"}}})");
        QCOMPARE(g.code, QStringLiteral("ResourceNotFound"));
        QCOMPARE(g.message, QStringLiteral("gone"));
        auto pc = parseServiceError(
            Service::PartnerCenter,
            R"({"code":2000,"description":"Subscription not found.","data":[],"source":"PartnerFD"})");
        QCOMPARE(pc.code, QStringLiteral("2000"));
        QCOMPARE(pc.message, QStringLiteral("Subscription not found."));
        auto pc429 = parseServiceError(
            Service::PartnerCenter,
            R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."})");
        QCOMPARE(pc429.code, QStringLiteral("429"));
        QVERIFY(pc429.message.contains(u"57 seconds"));
        auto arm = parseServiceError(Service::Arm,
                                     R"({"error":{"code":"AuthorizationFailed","message":"no"}})");
        QCOMPARE(arm.code, QStringLiteral("AuthorizationFailed"));
        QVERIFY(parseServiceError(Service::Graph, "<html>").code.isEmpty());

        const Error nf = errorForStatus(Service::PartnerCenter, 404,
                                        R"({"code":"1000","description":"Not found","source":"x"})",
                                        Permission::PartnerCenter, QStringLiteral("sub1"));
        QCOMPARE(nf.kind, Error::Kind::NotFound);
        const Error bad = errorForStatus(
            Service::Graph, 400,
            R"({"error":{"code":"BadRequest","message":"Cannot convert the literal 'bogus'"}})",
            Permission::None, {});
        QVERIFY(bad.message.contains(u"bogus"));
    }

    void partnerCenterRequestIdStableAcrossRetries()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(
            429,
            R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 1 seconds."})",
            {{"Retry-After", "1"}});
        nam.enqueueJson(500, R"({"code":"0","description":"x","source":"x"})");
        nam.enqueue(FakeResponse{202, {}, {}});
        auto *job = partnercenter::cancelEntitlement(
            fastSession(nam, &tokens), QStringLiteral("cust"), QStringLiteral("plan"),
            QStringLiteral("5f6e6521-6e5f-4b0b-80aa-bd44fad7a398"),
            QStringLiteral("655890ba-4d2b-4d09-a95f-4ea1348686a5"), QStringLiteral("compromise"),
            this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QVERIFY(!job->value().has_value());
        QCOMPARE(nam.requests.size(), 3);
        for (const auto &r : nam.requests) {
            QCOMPARE(r.header("MS-RequestId"), QByteArray("655890ba-4d2b-4d09-a95f-4ea1348686a5"));
            QCOMPARE(r.header("MS-CorrelationId"), nam.requests[0].header("MS-CorrelationId"));
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.body, QByteArray(R"({"cancellationReason":"compromise"})"));
        }
        QVERIFY(!nam.requests[0].header("MS-CorrelationId").isEmpty());
        QCOMPARE(nam.requests[0].url.path(),
                 QStringLiteral("/v1/customers/cust/subscriptions/plan/azureEntitlements/"
                                "5f6e6521-6e5f-4b0b-80aa-bd44fad7a398/cancel"));
    }

    void armClientRequestId()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(503, R"({"error":{"code":"x","message":"y"}})");
        nam.enqueue(FakeResponse{204, {}, {}});
        auto *job =
            cost::dailyCost(fastSession(nam, &tokens), QStringLiteral("cust"),
                            QStringLiteral("sub"), QDate(2024, 5, 1), QDate(2024, 5, 2), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QVERIFY(job->ok());
        QVERIFY(!nam.requests[0].header("x-ms-client-request-id").isEmpty());
        QCOMPARE(nam.requests[0].header("x-ms-client-request-id"),
                 nam.requests[1].header("x-ms-client-request-id"));
        QCOMPARE(tokens.tenants.first(), QStringLiteral("cust")); // customer tenant token
    }

    void plainHttpRefused()
    {
        FakeNam nam;
        FakeTokens tokens;
        Session s = fastSession(nam, &tokens);
        s.endpoints.graph = QUrl(QStringLiteral("http://graph.example.com"));
        auto *job = graph::listAlerts(s, {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Usage);
        QCOMPARE(nam.requests.size(), 0);

        // Loopback http is fine (vigie-sim).
        s.endpoints.graph = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        nam.enqueueJson(200, kEmptyPage);
        auto *ok = graph::listAlerts(s, {}, this);
        ok->start();
        QVERIFY(waitFor(ok));
        QVERIFY(ok->ok());
        QCOMPARE(nam.requests.size(), 1);
    }

    void plainHttpNextLinkRefused()
    {
        FakeNam nam;
        FakeTokens tokens;
        nam.enqueueJson(200,
                        R"({"value":[{"id":"a1"}],"@odata.nextLink":"http:/)"
                        R"(/evil.example.com/beta/security/partner/securityAlerts?$skiptoken=x"})");
        auto *job = graph::listAlerts(fastSession(nam, &tokens), {}, this);
        job->start();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error()->kind, Error::Kind::Usage);
        QCOMPARE(nam.requests.size(), 1);
        QCOMPARE(job->pageCount(), 1);
    }

    void unsafeIdsRefusedBeforeAnyRequest()
    {
        FakeNam nam;
        FakeTokens tokens;
        const Session s = fastSession(nam, &tokens);
        QList<Job *> jobs{
            graph::getAlert(s, QStringLiteral("../me"), this),
            graph::updateAlert(s, QStringLiteral("a?b=c"), QStringLiteral("resolved"), {}, {},
                               this),
            graph::listSignIns(s, QStringLiteral("x/y"), {}, {}, this),
            partnercenter::getSubscription(s, QStringLiteral("c"), QStringLiteral("s%2F"), this),
            partnercenter::suspendSubscription(s, QStringLiteral(".."), QStringLiteral("s"), {},
                                               this),
            partnercenter::cancelEntitlement(s, QStringLiteral("c"), QStringLiteral("s"),
                                             QStringLiteral("e#1"), {}, {}, this),
            cost::dailyCost(s, QStringLiteral("c"), QStringLiteral("sub 1"), {}, {}, {}, this),
        };
        for (Job *j : jobs) {
            j->start();
            QVERIFY(waitFor(j));
            QVERIFY(j->error());
            QCOMPARE(j->error()->kind, Error::Kind::Usage);
        }
        QCOMPARE(nam.requests.size(), 0);
    }

    void secretsNeverLogged()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("vigie.net.debug=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureMessages);

        FakeNam nam;
        MemoryTokenStore store;
        store.values.insert(tokenkeys::refreshToken(), QStringLiteral("RT-SECRET-OLD-123"));
        Session s = fastSession(nam, nullptr);
        TokenManager manager(s, store);
        s.tokens = &manager;
        int grants = 0;
        nam.handler = [&grants](const RecordedRequest &r) {
            if (r.url.host().startsWith(u"login"))
                return FakeResponse::json(
                    200,
                    ++grants == 1
                        ? QByteArray(
                              R"({"token_type":"Bearer","expires_in":3600,"access_token":"AT-SECRET-456","refresh_token":"RT-SECRET-NEW-789"})")
                        : QByteArray(
                              R"({"token_type":"Bearer","expires_in":3600,"access_token":"AT-SECRET-999","refresh_token":"RT-SECRET-NEW-789"})"));
            if (r.header("Authorization") == "Bearer AT-SECRET-456" &&
                r.url.path().endsWith(u"securityAlerts"))
                return FakeResponse::json(
                    401, R"({"error":{"code":"InvalidAuthenticationToken","message":"expired"}})");
            return FakeResponse::json(200, kEmptyPage);
        };
        auto *job = graph::listAlerts(s, {}, this);
        job->start();
        QVERIFY(waitFor(job));

        DeviceCodeFlow flow(s);
        nam.handler = [](const RecordedRequest &r) {
            if (r.url.path().endsWith(u"devicecode"))
                return FakeResponse::json(
                    200,
                    R"({"user_code":"UC1","device_code":"DC-SECRET-000","verification_uri":"https:/)"
                    R"(/microsoft.com/devicelogin","expires_in":900,"interval":1,"message":"m"})");
            return FakeResponse::json(
                200,
                R"({"access_token":"AT-SECRET-DC","refresh_token":"RT-SECRET-DC","expires_in":"3600"})");
        };
        flow.start();
        QVERIFY(waitFor(&flow));
        QVERIFY(flow.ok());

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(job->ok());
        QCOMPARE(store.values.value(tokenkeys::refreshToken()),
                 QStringLiteral("RT-SECRET-NEW-789"));
        QVERIFY(g_log.size() > 3);
        const QString all = g_log.join(u'\n');
        QVERIFY(all.contains(u"vigie.net"));
        for (const char *secret : {"SECRET", "Bearer"})
            QVERIFY2(!all.contains(QLatin1String(secret)), qPrintable(all));
        QVERIFY(all.contains(fingerprint(QStringLiteral("RT-SECRET-OLD-123"))));
    }
};

QTEST_GUILESS_MAIN(TestNetHttp)
#include "tst_net_http.moc"
