// Identity platform flows, PKCE, token manager and token stores.

#include "core/actor.h"
#include "fakenam.h"
#include "net/auth.h"
#include "net/tokenstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>
#include <sys/stat.h>

using namespace vigie;
using namespace vigie::net;
using namespace vigie::test;

namespace {

const QByteArray kDeviceCode =
    R"({"user_code":"FQK5HW3UF","device_code":"GMMhmHCXhWEz-secret","verification_uri":"https:/)"
    R"(/microsoft.com/devicelogin","expires_in":900,"interval":5,"message":"To sign in, use a web browser to open the page https:/)"
    R"(/microsoft.com/devicelogin and enter the code FQK5HW3UF to authenticate."})";

QByteArray oauthErr(const char *code, const char *desc = "AADSTS0: x")
{
    return QByteArray(R"({"error":")") + code + R"(","error_description":")" + desc +
           R"(\r\nTrace ID: 0f9e","error_codes":[70016],"timestamp":"2024-05-02 10:11:12Z"})";
}

QByteArray tokenBody(const QString &at, const QString &rt, int expires = 3600)
{
    return QStringLiteral(
               R"({"token_type":"Bearer","scope":"s","expires_in":%3,"ext_expires_in":%3,"access_token":"%1","refresh_token":"%2"})")
        .arg(at, rt)
        .arg(expires)
        .toUtf8();
}

// A minimal asynchronous "browser": GET the URL over a socket; the status
// line lands in *status (the server under test runs in this same thread).
void browse(const QUrl &url, QByteArray *status = nullptr)
{
    auto *s = new QTcpSocket;
    auto *got = new QByteArray;
    QObject::connect(s, &QTcpSocket::connected, s, [s, url] {
        s->write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                 " HTTP/1.1\r\nHost: " + url.host().toLatin1() + "\r\n\r\n");
    });
    QObject::connect(s, &QTcpSocket::readyRead, s, [s, got] { *got += s->readAll(); });
    QObject::connect(s, &QTcpSocket::disconnected, s, [s, got, status] {
        if (status)
            *status = got->left(got->indexOf("\r\n"));
        delete got;
        s->deleteLater();
    });
    s->connectToHost(url.host(), quint16(url.port()));
}

} // namespace

class TestNetAuth : public QObject
{
    Q_OBJECT

private slots:
    void pkceRfc7636Vector()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QString v1 = pkce::newVerifier();
        const QString v2 = pkce::newVerifier();
        QVERIFY(pkce::isValidVerifier(v1));
        QVERIFY(v1 != v2);
        QVERIFY(v1.size() >= 43 && v1.size() <= 128);
        QVERIFY(!pkce::isValidVerifier(QStringLiteral("short")));
        QVERIFY(!pkce::isValidVerifier(QString(50, u'+')));
        QVERIFY(pkce::newState() != pkce::newState());
        QVERIFY(pkce::newState().size() >= 32);
    }

    void deviceCodePendingSlowDownThenSuccess()
    {
        FakeNam nam;
        nam.enqueueJson(200, kDeviceCode);
        nam.enqueueJson(400, oauthErr("authorization_pending"));
        nam.enqueueJson(400, oauthErr("slow_down"));
        nam.enqueueJson(400, oauthErr("authorization_pending"));
        nam.enqueueJson(200, tokenBody(QStringLiteral("at1"), QStringLiteral("rt1")));
        DeviceCodeFlow flow(fastSession(nam, nullptr));
        QList<DeviceCode> codes;
        connect(&flow, &DeviceCodeFlow::userCodeReady, this,
                [&codes](const DeviceCode &c) { codes.append(c); });
        flow.start();
        QVERIFY(waitFor(&flow));
        QVERIFY(flow.ok());
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes[0].userCode, QStringLiteral("FQK5HW3UF"));
        QVERIFY(codes[0].message.contains(u"FQK5HW3UF"));
        QCOMPARE(flow.currentIntervalSec(), 10); // 5 + slow_down 5
        QCOMPARE(flow.polls(), 4);
        QCOMPARE(flow.value().accessToken, QStringLiteral("at1"));
        QCOMPARE(flow.value().refreshToken, QStringLiteral("rt1"));

        QCOMPARE(nam.requests[0].url.path(),
                 QStringLiteral("/partner.onmicrosoft.com/oauth2/v2.0/devicecode"));
        QCOMPARE(nam.requests[0].header("Content-Type"),
                 QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(nam.requests[0]
                    .form()
                    .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                    .contains(u"offline_access"));
        const QUrlQuery poll = nam.requests[1].form();
        QCOMPARE(nam.requests[1].url.path(),
                 QStringLiteral("/partner.onmicrosoft.com/oauth2/v2.0/token"));
        QCOMPARE(poll.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
                 QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        QCOMPARE(poll.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded),
                 QStringLiteral("GMMhmHCXhWEz-secret"));
        QCOMPARE(poll.queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("11111111-2222-3333-4444-555555555555"));
    }

    void deviceCodeErrors_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("needle");
        QTest::newRow("declined") << QByteArray("authorization_declined")
                                  << QStringLiteral("declined");
        QTest::newRow("expired") << QByteArray("expired_token") << QStringLiteral("expired");
        QTest::newRow("bad code") << QByteArray("bad_verification_code")
                                  << QStringLiteral("not recognised");
        QTest::newRow("invalid_grant")
            << QByteArray("invalid_grant") << QStringLiteral("AADSTS0: x");
        QTest::newRow("invalid_client")
            << QByteArray("invalid_client") << QStringLiteral("AADSTS0: x");
        QTest::newRow("interaction_required")
            << QByteArray("interaction_required") << QStringLiteral("AADSTS0: x");
    }

    void deviceCodeErrors()
    {
        QFETCH(QByteArray, code);
        QFETCH(QString, needle);
        FakeNam nam;
        nam.enqueueJson(200, kDeviceCode);
        nam.enqueueJson(400, oauthErr("authorization_pending"));
        nam.enqueueJson(400, oauthErr(code.constData()));
        DeviceCodeFlow flow(fastSession(nam, nullptr));
        flow.start();
        QVERIFY(waitFor(&flow));
        QVERIFY(flow.error());
        QCOMPARE(flow.error()->kind, Error::Kind::Auth);
        QVERIFY2(flow.error()->message.contains(needle), qPrintable(flow.error()->message));
        QVERIFY(!flow.error()->message.contains(u"Trace ID")); // first line only
        QCOMPARE(nam.requests.size(), 3);                      // stopped polling
    }

    void authCodeWithPkce()
    {
        FakeNam nam;
        nam.enqueueJson(200, tokenBody(QStringLiteral("at-ac"), QStringLiteral("rt-ac")));
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QUrl opened;
        QByteArray browserStatus;
        AuthCodeFlow *flow = nullptr;
        flow = new AuthCodeFlow(
            fastSession(nam, nullptr),
            [&](const QUrl &url) {
                opened = url;
                const QUrlQuery q(url);
                const QUrl redirect(
                    q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
                QUrl back = redirect;
                back.setQuery(QStringLiteral("code=OAAABAAA-code&state=") +
                              q.queryItemValue(QStringLiteral("state")) +
                              QStringLiteral("&session_state=x"));
                QTimer::singleShot(0, this, [&, back] { browse(back, &browserStatus); });
            },
            {}, interactiveScopes(), this);
        flow->setPkceForTesting(verifier, QStringLiteral("STATE-123"));
        flow->start();
        QVERIFY(waitFor(flow));
        QVERIFY2(flow->ok(), qPrintable(flow->error() ? flow->error()->detail : QString()));
        QCOMPARE(flow->value().refreshToken, QStringLiteral("rt-ac"));

        const QUrlQuery q(opened);
        QCOMPARE(opened.path(), QStringLiteral("/partner.onmicrosoft.com/oauth2/v2.0/authorize"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("STATE-123"));
        const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.scheme(), QStringLiteral("http"));
        QCOMPARE(redirect.host(), QStringLiteral("localhost"));
        QVERIFY(redirect.port() > 0);

        QCOMPARE(nam.requests.size(), 1);
        const QUrlQuery form = nam.requests[0].form();
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
                 QStringLiteral("authorization_code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("OAAABAAA-code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded),
                 verifier);
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 redirect.toString());
        QTRY_VERIFY(browserStatus.contains("200"));
    }

    void authCodeStateMismatch()
    {
        FakeNam nam;
        QByteArray browserStatus;
        auto *flow = new AuthCodeFlow(
            fastSession(nam, nullptr),
            [&](const QUrl &url) {
                QUrl back(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"),
                                                        QUrl::FullyDecoded));
                back.setQuery(QStringLiteral("code=c&state=forged"));
                QTimer::singleShot(0, this, [&, back] { browse(back, &browserStatus); });
            },
            {}, interactiveScopes(), this);
        flow->start();
        QVERIFY(waitFor(flow));
        QCOMPARE(flow->error()->kind, Error::Kind::Auth);
        QVERIFY(flow->error()->message.contains(u"state"));
        QCOMPARE(nam.requests.size(), 0); // the code was never exchanged
        QTRY_VERIFY(browserStatus.contains("400"));
    }

    void authCodeErrorRedirect()
    {
        FakeNam nam;
        auto *flow = new AuthCodeFlow(
            fastSession(nam, nullptr),
            [&](const QUrl &url) {
                const QUrlQuery q(url);
                QUrl back(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
                back.setQuery(QStringLiteral(
                                  "error=access_denied&error_description=User%20cancelled&state=") +
                              q.queryItemValue(QStringLiteral("state")));
                QTimer::singleShot(0, this, [back] { browse(back); });
            },
            {}, interactiveScopes(), this);
        flow->start();
        QVERIFY(waitFor(flow));
        QCOMPARE(flow->error()->kind, Error::Kind::Auth);
        QVERIFY2(flow->error()->message.contains(u"User cancelled"),
                 qPrintable(flow->error()->message));
        QCOMPARE(nam.requests.size(), 0);
    }

    void refreshPerResourceReplacesRefreshToken()
    {
        FakeNam nam;
        MemoryTokenStore store;
        store.values.insert(tokenkeys::refreshToken(), QStringLiteral("rt0"));
        FixedClock clock(QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC));
        int n = 0;
        nam.handler = [&n](const RecordedRequest &) {
            ++n;
            return FakeResponse::json(
                200, tokenBody(QStringLiteral("at%1").arg(n), QStringLiteral("rt%1").arg(n)));
        };
        TokenManager tm(fastSession(nam, nullptr, &clock), store);
        auto get = [&tm](const QString &tenant, Resource r) -> QString {
            std::optional<Result<QString>> got;
            tm.accessToken(tenant, r, [&got](Result<QString> t) { got = t; });
            QElapsedTimer et;
            et.start();
            while (!got && et.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            if (!got)
                return QStringLiteral("timeout");
            return got->ok() ? got->value() : QStringLiteral("error:") + got->error().message;
        };
        const QString partner = QStringLiteral("partner.onmicrosoft.com");
        const QString customer = QStringLiteral("1889e718-414b-4bad-8bbe-c1135bd39a41");
        QCOMPARE(get(partner, Resource::Graph), QStringLiteral("at1"));
        QCOMPARE(get(partner, Resource::PartnerCenter), QStringLiteral("at2"));
        QCOMPARE(get(customer, Resource::Arm), QStringLiteral("at3"));
        QCOMPARE(get(customer, Resource::Graph), QStringLiteral("at4"));
        QCOMPARE(get(partner, Resource::Graph), QStringLiteral("at1")); // cached
        QCOMPARE(nam.requests.size(), 4);
        QCOMPARE(store.values.value(tokenkeys::refreshToken()), QStringLiteral("rt4"));

        const QStringList expectedScopes{
            QStringLiteral("https://graph.microsoft.com/.default offline_access"),
            QStringLiteral(
                "https://api.partnercenter.microsoft.com/user_impersonation offline_access"),
            QStringLiteral("https://management.azure.com/user_impersonation offline_access"),
            QStringLiteral("https://graph.microsoft.com/.default offline_access")};
        const QStringList expectedTenants{partner, partner, customer, customer};
        for (int i = 0; i < 4; ++i) {
            const QUrlQuery f = nam.requests[i].form();
            QCOMPARE(f.queryItemValue(QStringLiteral("grant_type")),
                     QStringLiteral("refresh_token"));
            QCOMPARE(f.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                     expectedScopes[i]);
            // Each grant uses the refresh token returned by the previous one.
            QCOMPARE(f.queryItemValue(QStringLiteral("refresh_token")),
                     QStringLiteral("rt%1").arg(i));
            QCOMPARE(nam.requests[i].url.path(),
                     QStringLiteral("/%1/oauth2/v2.0/token").arg(expectedTenants[i]));
        }

        // Near expiry (within 5 min) the token is refreshed again.
        clock.advance(3600 * 1000 - 4 * 60 * 1000);
        QCOMPARE(get(partner, Resource::Graph), QStringLiteral("at5"));
        // invalidate() (after a 401) forces a refresh.
        tm.invalidate(partner, Resource::Graph);
        QCOMPARE(get(partner, Resource::Graph), QStringLiteral("at6"));
    }

    void concurrentRequestsShareOneRefresh()
    {
        FakeNam nam;
        MemoryTokenStore store;
        store.values.insert(tokenkeys::refreshToken(), QStringLiteral("rt0"));
        nam.enqueueJson(200, tokenBody(QStringLiteral("at1"), QStringLiteral("rt1")));
        TokenManager tm(fastSession(nam, nullptr), store);
        QStringList got;
        for (int i = 0; i < 3; ++i)
            tm.accessToken(QStringLiteral("t"), Resource::Graph,
                           [&got](Result<QString> r) { got.append(r.value()); });
        QTRY_COMPARE(got.size(), 3);
        QCOMPARE(got, QStringList(3, QStringLiteral("at1")));
        QCOMPARE(nam.requests.size(), 1);
    }

    void refreshInvalidGrantIsAuth()
    {
        FakeNam nam;
        MemoryTokenStore store;
        store.values.insert(tokenkeys::refreshToken(), QStringLiteral("rt0"));
        nam.enqueueJson(
            400,
            R"({"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity.\r\nTrace ID: x","error_codes":[700082]})");
        TokenManager tm(fastSession(nam, nullptr), store);
        std::optional<Result<QString>> got;
        tm.accessToken(QStringLiteral("t"), Resource::Arm, [&got](Result<QString> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, Error::Kind::Auth);
        QVERIFY(got->error().message.contains(u"AADSTS700082"));
        QVERIFY(got->error().detail.contains(u"invalid_grant"));
    }

    void noStoredTokenIsAuth()
    {
        FakeNam nam;
        MemoryTokenStore store;
        TokenManager tm(fastSession(nam, nullptr), store);
        std::optional<Result<QString>> got;
        tm.accessToken(QStringLiteral("t"), Resource::Graph,
                       [&got](Result<QString> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().kind, Error::Kind::Auth);
        QCOMPARE(nam.requests.size(), 0);
    }

    void acceptSignInAndSignOut()
    {
        FakeNam nam;
        MemoryTokenStore store;
        TokenManager tm(fastSession(nam, nullptr), store);
        TokenResponse t;
        t.accessToken = QStringLiteral("at");
        t.refreshToken = QStringLiteral("rt");
        t.expiresInSec = 3600;
        bool ok = false;
        tm.acceptSignIn(t, QStringLiteral("t"), Resource::Graph, [&ok](Status s) { ok = s.ok(); });
        QVERIFY(ok);
        QCOMPARE(store.values.value(tokenkeys::refreshToken()), QStringLiteral("rt"));
        QString got;
        tm.accessToken(QStringLiteral("T"), Resource::Graph,
                       [&got](Result<QString> r) { got = r.value(); });
        QCOMPARE(got, QStringLiteral("at")); // tenant compared case-insensitively
        tm.signOut([](Status) {});
        QVERIFY(store.values.isEmpty());
    }

    // The trail's actor comes from the sign-in: the id token's
    // preferred_username (else upn, unique_name, email), else the access
    // token's claims when it is a JWT; kept in the store for later runs and
    // forgotten at sign-out.
    void signedInAccountFromTheTokens()
    {
        const auto jwt = [](const QJsonObject &claims) {
            const auto part = [](const QByteArray &b) {
                return QString::fromLatin1(
                    b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            };
            return part(R"({"alg":"none"})") + u'.' +
                   part(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + u'.';
        };
        TokenResponse t;
        t.accessToken = QStringLiteral("opaque");
        QCOMPARE(signedInAccount(t), QString());
        t.idToken =
            jwt({{QStringLiteral("upn"), QStringLiteral("b@partner.example")},
                 {QStringLiteral("preferred_username"), QStringLiteral("a@partner.example")}});
        QCOMPARE(signedInAccount(t), QStringLiteral("a@partner.example"));
        t.idToken = QStringLiteral("not.a-jwt");
        t.accessToken = jwt({{QStringLiteral("unique_name"), QStringLiteral("c@partner.example")}});
        QCOMPARE(signedInAccount(t), QStringLiteral("c@partner.example"));

        FakeNam nam;
        MemoryTokenStore store;
        TokenManager tm(fastSession(nam, nullptr), store);
        t.refreshToken = QStringLiteral("rt");
        t.expiresInSec = 3600;
        tm.acceptSignIn(t, QStringLiteral("t"), Resource::Graph, [](Status) {});
        QCOMPARE(store.values.value(tokenkeys::account()), QStringLiteral("c@partner.example"));
        QCOMPARE(actor::current(), QStringLiteral("c@partner.example"));
        tm.signOut([](Status) {});
        QCOMPARE(actor::signedIn(), QString());
        QCOMPARE(actor::current(), actor::localAccount());
        // A later run reads the stored account.
        store.values.insert(tokenkeys::account(), QStringLiteral("d@partner.example"));
        bool loaded = false;
        tm.loadAccount([&loaded] { loaded = true; });
        QVERIFY(loaded);
        QCOMPARE(actor::current(), QStringLiteral("d@partner.example"));
        actor::setSignedIn({});
    }

    void fileTokenStoreIs0600()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/tokens.json"));
        FileTokenStore store(path);
        Status st = Error{};
        store.write(tokenkeys::refreshToken(), QStringLiteral("rt-file"),
                    [&st](Status s) { st = s; });
        QVERIFY(st.ok());
        struct stat sb;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &sb), 0);
        QCOMPARE(int(sb.st_mode & 0777), 0600);
        store.write(tokenkeys::account(), QStringLiteral("me@x"), [&st](Status s) { st = s; });
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &sb), 0);
        QCOMPARE(int(sb.st_mode & 0777), 0600);
        QString got;
        store.read(tokenkeys::refreshToken(), [&got](Result<QString> r) { got = r.value(); });
        QCOMPARE(got, QStringLiteral("rt-file"));
        bool cleared = false;
        store.clear([&cleared](Status s) { cleared = s.ok(); });
        QVERIFY(cleared);
        QVERIFY(!QFile::exists(path));
        Error::Kind kind = Error::Kind::Generic;
        store.read(tokenkeys::refreshToken(),
                   [&kind](Result<QString> r) { kind = r.error().kind; });
        QCOMPARE(kind, Error::Kind::NotFound);
    }

    void makeTokenStoreHonoursEnvironment()
    {
        qputenv("VIGIE_TOKEN_STORE", "file");
        auto store = makeTokenStore();
        QVERIFY(dynamic_cast<FileTokenStore *>(store.get()));
        QVERIFY(static_cast<FileTokenStore *>(store.get())->path().endsWith(u"tokens.json"));
        qputenv("VIGIE_TOKEN_STORE", "keychain");
        QVERIFY(dynamic_cast<KeychainTokenStore *>(makeTokenStore().get()));
        qputenv("VIGIE_TOKEN_STORE", "file");
    }
};

QTEST_GUILESS_MAIN(TestNetAuth)
#include "tst_net_auth.moc"
