// Microsoft identity platform v2.0 endpoints (api.md §2).
#include "sim/logging.h"
#include "sim/rng.h"
#include "sim/service.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace vigie::sim {

namespace {

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &p : body.split('&')) {
        if (p.isEmpty())
            continue;
        const qsizetype eq = p.indexOf('=');
        QByteArray k = eq < 0 ? p : p.left(eq), v = eq < 0 ? QByteArray() : p.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.insert(QUrl::fromPercentEncoding(k), QUrl::fromPercentEncoding(v));
    }
    return out;
}

QString rnd(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), bytes / 4);
    return QString::fromLatin1(
        b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Resource of a scope list; empty string = mixed resources (invalid_scope).
QString resourceOf(const QString &scope, bool *mixed)
{
    QString res;
    *mixed = false;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString l = s.toLower();
        if (l == QLatin1String("offline_access") || l == QLatin1String("openid") ||
            l == QLatin1String("profile") || l == QLatin1String("email"))
            continue;
        QString r;
        if (l.startsWith(QLatin1String("https://api.partnercenter.microsoft.com/")))
            r = QStringLiteral("pc");
        else if (l.startsWith(QLatin1String("https://management.azure.com/")) ||
                 l.startsWith(QLatin1String("https://management.core.windows.net/")))
            r = QStringLiteral("arm");
        else if (l.startsWith(QLatin1String("https://graph.microsoft.com/")) ||
                 !l.contains(QLatin1String("://")))
            r = QStringLiteral("graph");
        else
            r = QStringLiteral("other:") + l.section(QLatin1Char('/'), 0, 2);
        if (!res.isEmpty() && res != r)
            *mixed = true;
        res = r;
    }
    return res.isEmpty() ? QStringLiteral("graph") : res;
}

} // namespace

Response Service::tokenSuccess(const QString &tenantId, const QString &resource,
                               const QString &scope, bool offline, bool openid,
                               const QString &clientId, const QString &upn)
{
    // Echo the requested resource scopes; .default expands to the app's permissions.
    QStringList scopes;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString l = s.toLower();
        if (l == QLatin1String("offline_access") || l == QLatin1String("openid") ||
            l == QLatin1String("profile") || l == QLatin1String("email"))
            continue;
        scopes.append(s);
    }
    QString granted = scopes.join(QLatin1Char(' '));
    if (resource == QLatin1String("graph") &&
        (granted.isEmpty() || granted.endsWith(QLatin1String("/.default"))))
        granted = QStringLiteral("https://graph.microsoft.com/PartnerSecurity.ReadWrite.All "
                                 "https://graph.microsoft.com/AuditLog.Read.All "
                                 "https://graph.microsoft.com/Directory.Read.All");
    else if (resource == QLatin1String("pc"))
        granted = QStringLiteral("https://api.partnercenter.microsoft.com/user_impersonation");
    else if (resource == QLatin1String("arm"))
        granted = QStringLiteral("https://management.azure.com/user_impersonation");
    if (offline)
        granted += QStringLiteral(" offline_access");
    if (openid)
        granted += QStringLiteral(" openid profile");

    Token t;
    t.tenantId = tenantId;
    t.resource = resource;
    t.scope = granted;
    t.upn = upn;
    const int ttl = m_opts.tokenTtlSeconds;
    t.expires = QDateTime::currentDateTimeUtc().addSecs(ttl);
    const QString at = QStringLiteral("simAT.") + rnd(32);
    m_tokens.insert(at, t);
    QJsonObject o{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                  {QStringLiteral("scope"), granted},
                  {QStringLiteral("expires_in"), ttl},
                  {QStringLiteral("ext_expires_in"), ttl},
                  {QStringLiteral("access_token"), at}};
    if (offline) {
        const QString rt = QStringLiteral("simRT.") + rnd(48);
        m_refresh.insert(rt, RefreshToken{upn, 0});
        o.insert(QStringLiteral("refresh_token"), rt);
    }
    if (openid) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{
            {QStringLiteral("aud"), clientId},
            {QStringLiteral("iss"),
             QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(tenantId)},
            {QStringLiteral("iat"), double(now)},
            {QStringLiteral("nbf"), double(now)},
            {QStringLiteral("exp"), double(now + ttl)},
            {QStringLiteral("name"), QStringLiteral("Partner Analyst")},
            {QStringLiteral("oid"), guidOf(m_world->config().seed, 0x91)},
            {QStringLiteral("preferred_username"), upn},
            {QStringLiteral("tid"), tenantId},
            {QStringLiteral("ver"), QStringLiteral("2.0")}};
        const auto enc = [](const QByteArray &b) {
            return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        o.insert(QStringLiteral("id_token"),
                 QString::fromLatin1(enc(R"({"alg":"none","typ":"JWT"})") + '.' +
                                     enc(QJsonDocument(claims).toJson(QJsonDocument::Compact)) +
                                     ".sim"));
    }
    return json(200, o);
}

Response Service::identity(Ctx &ctx, const QStringList &seg)
{
    const Request &req = ctx.req;
    auto aad = [&](int status, const QString &error, int code, const QString &text) {
        Response r =
            serviceError(ctx, status, error, QStringLiteral("AADSTS%1: %2").arg(code).arg(text));
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(QStringLiteral("error_codes"), QJsonArray{code});
        o.insert(QStringLiteral("error_uri"),
                 QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code));
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    };
    if (seg.size() != 4)
        return aad(404, QStringLiteral("invalid_request"), 900561,
                   QStringLiteral("The endpoint only accepts POST requests."));
    const QString tenantId = resolveTenant(seg[0]);
    if (tenantId.isEmpty())
        return aad(400, QStringLiteral("invalid_request"), 90002,
                   QStringLiteral(
                       "Tenant '%1' not found. Check to make sure you have the correct tenant ID.")
                       .arg(seg[0]));
    const QString op = seg[3];

    if (op == QLatin1String("authorize") && req.method == "GET") {
        const QString redirect = req.queryValue(QStringLiteral("redirect_uri"));
        const QString state = req.queryValue(QStringLiteral("state"));
        if (req.queryValue(QStringLiteral("client_id")).isEmpty() || redirect.isEmpty())
            return aad(400, QStringLiteral("invalid_request"), 900144,
                       QStringLiteral("The request body must contain the following parameter: "
                                      "'client_id' and 'redirect_uri'."));
        QUrl target(redirect);
        QUrlQuery q;
        const QString challenge = req.queryValue(QStringLiteral("code_challenge"));
        const QString method = req.queryValue(QStringLiteral("code_challenge_method"));
        if (req.queryValue(QStringLiteral("response_type")) != QLatin1String("code") ||
            challenge.isEmpty() ||
            (method != QLatin1String("S256") && method != QLatin1String("plain"))) {
            q.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
            q.addQueryItem(
                QStringLiteral("error_description"),
                QStringLiteral(
                    "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin "
                    "authorization code redemption."));
        } else {
            AuthCode c;
            c.tenantId = tenantId;
            c.scope = req.queryValue(QStringLiteral("scope"));
            c.clientId = req.queryValue(QStringLiteral("client_id"));
            c.redirectUri = redirect;
            c.challenge = challenge;
            c.method = method;
            c.created = QDateTime::currentDateTimeUtc();
            const QString code = QStringLiteral("simAC.") + rnd(32);
            m_codes.insert(code, c);
            q.addQueryItem(QStringLiteral("code"), code);
            q.addQueryItem(QStringLiteral("session_state"),
                           guidOf(QRandomGenerator::global()->generate64(), 1));
        }
        if (!state.isNull())
            q.addQueryItem(QStringLiteral("state"), state);
        target.setQuery(q);
        Response r;
        r.status = 302;
        r.setHeader("Location", target.toString(QUrl::FullyEncoded).toUtf8());
        r.setHeader("Content-Type", "text/html; charset=utf-8");
        r.body = "<html><body>Redirecting</body></html>";
        return r;
    }
    if (req.method != "POST")
        return aad(405, QStringLiteral("invalid_request"), 900561,
                   QStringLiteral("The endpoint only accepts POST requests."));
    const auto form = parseForm(req.body);
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return aad(
            400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    const QString upn = m_world->analystUpn();

    if (op == QLatin1String("devicecode")) {
        const QString scope = form.value(QStringLiteral("scope"));
        bool mixed = false;
        resourceOf(scope, &mixed);
        if (mixed)
            return aad(
                400, QStringLiteral("invalid_scope"), 70011,
                QStringLiteral("The provided value for the input parameter 'scope' is not valid."));
        DeviceCode d;
        d.deviceCode = QStringLiteral("simDC.") + rnd(48);
        static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ23456789";
        for (int i = 0; i < 9; ++i)
            d.userCode += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(28)]);
        d.tenantId = tenantId;
        d.scope = scope;
        d.clientId = clientId;
        d.created = QDateTime::currentDateTimeUtc();
        d.expiresIn = m_opts.deviceExpiresIn;
        d.interval = m_opts.deviceInterval;
        m_devices.append(d);
        return json(
            200,
            QJsonObject{
                {QStringLiteral("user_code"), d.userCode},
                {QStringLiteral("device_code"), d.deviceCode},
                {QStringLiteral("verification_uri"),
                 QStringLiteral("https://microsoft.com/devicelogin")},
                {QStringLiteral("expires_in"), d.expiresIn},
                {QStringLiteral("interval"), d.interval},
                {QStringLiteral("message"),
                 QStringLiteral(
                     "To sign in, use a web browser to open the page "
                     "https://microsoft.com/devicelogin and enter the code %1 to authenticate.")
                     .arg(d.userCode)}});
    }
    if (op != QLatin1String("token"))
        return aad(404, QStringLiteral("invalid_request"), 900561,
                   QStringLiteral("Unknown endpoint."));

    const QString grant = form.value(QStringLiteral("grant_type"));
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code") ||
        grant == QLatin1String("device_code")) {
        const QString dc = form.value(QStringLiteral("device_code"));
        DeviceCode *d = nullptr;
        for (DeviceCode &x : m_devices)
            if (x.deviceCode == dc)
                d = &x;
        if (!d)
            return aad(
                400, QStringLiteral("bad_verification_code"), 70000,
                QStringLiteral(
                    "The provided value for the input parameter 'device_code' is not valid."));
        const qint64 nowMs = m_clock.elapsed();
        const bool tooFast = m_opts.enforceInterval && d->lastPollMs >= 0 &&
                             nowMs - d->lastPollMs < d->interval * 1000;
        d->lastPollMs = nowMs;
        ++d->polls;
        if (d->state == QLatin1String("pending") &&
            d->created.addSecs(d->expiresIn) <= QDateTime::currentDateTimeUtc())
            d->state = QStringLiteral("expired");
        if (d->state == QLatin1String("expired"))
            return aad(400, QStringLiteral("expired_token"), 70019,
                       QStringLiteral("Verification code expired."));
        if (d->state == QLatin1String("declined"))
            return aad(400, QStringLiteral("authorization_declined"), 70016,
                       QStringLiteral("The user declined the authorization request."));
        if (d->state == QLatin1String("redeemed"))
            return aad(400, QStringLiteral("invalid_grant"), 54005,
                       QStringLiteral("OAuth2 Authorization code was already redeemed."));
        if (tooFast) {
            d->interval += 5;
            return aad(
                400, QStringLiteral("slow_down"), 70016,
                QStringLiteral("OAuth 2.0 device flow error. Polling too frequently; slow down."));
        }
        if (d->state == QLatin1String("pending") && m_opts.autoApproveAfterPolls > 0 &&
            d->polls >= m_opts.autoApproveAfterPolls)
            d->state = QStringLiteral("approved");
        if (d->state == QLatin1String("pending"))
            return aad(
                400, QStringLiteral("authorization_pending"), 70016,
                QStringLiteral(
                    "OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
        d->state = QStringLiteral("redeemed");
        bool mixed = false;
        const QString res = resourceOf(d->scope, &mixed);
        const QString sl = d->scope.toLower();
        return tokenSuccess(d->tenantId, res, d->scope,
                            sl.contains(QLatin1String("offline_access")),
                            sl.contains(QLatin1String("openid")), clientId, upn);
    }

    const QString scope = form.value(QStringLiteral("scope"));
    bool mixed = false;
    const QString res = resourceOf(scope, &mixed);
    if (mixed)
        return aad(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral(
                "The provided value for the input parameter 'scope' is not valid. Scopes from "
                "different resources cannot be combined."));
    const QString sl = scope.toLower();

    if (grant == QLatin1String("refresh_token")) {
        const QString rt = form.value(QStringLiteral("refresh_token"));
        auto it = m_refresh.find(rt);
        if (it == m_refresh.end())
            return aad(400, QStringLiteral("invalid_grant"), 9002313,
                       QStringLiteral("Invalid request. Request is malformed or invalid."));
        if (it->revokedCode != 0)
            return aad(
                400, QStringLiteral("invalid_grant"), it->revokedCode,
                it->revokedCode == 50173
                    ? QStringLiteral("The provided grant has expired due to it being revoked.")
                    : QStringLiteral("The refresh token has expired due to inactivity."));
        if (tenantId != m_world->partnerTenantId()) {
            const Customer *c = m_world->customer(tenantId);
            if (!c || !c->allowDelegatedAccess)
                return aad(400, QStringLiteral("invalid_grant"), 50020,
                           QStringLiteral(
                               "User account from identity provider does not exist in tenant."));
        }
        return tokenSuccess(tenantId, res, scope, true, sl.contains(QLatin1String("openid")),
                            clientId, it->upn);
    }
    if (grant == QLatin1String("authorization_code")) {
        const QString code = form.value(QStringLiteral("code"));
        auto it = m_codes.find(code);
        if (it == m_codes.end() || it->used ||
            it->created.addSecs(600) < QDateTime::currentDateTimeUtc())
            return aad(400, QStringLiteral("invalid_grant"), 70008,
                       QStringLiteral(
                           "The provided authorization code or refresh token has expired due to "
                           "inactivity or was already redeemed."));
        if (form.value(QStringLiteral("redirect_uri")) != it->redirectUri)
            return aad(
                400, QStringLiteral("invalid_grant"), 50148,
                QStringLiteral(
                    "The redirect_uri does not match the one used in the authorization request."));
        const QString verifier = form.value(QStringLiteral("code_verifier"));
        QString computed = verifier;
        if (it->method == QLatin1String("S256"))
            computed = QString::fromLatin1(
                QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        static const QRegularExpression verifierRe(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
        it->used = true; // single use, even when the verifier is wrong
        if (!verifierRe.match(verifier).hasMatch() || computed != it->challenge)
            return aad(400, QStringLiteral("invalid_grant"), 501481,
                       QStringLiteral(
                           "The Code_Verifier does not match the code_challenge supplied in the "
                           "authorization request."));
        const QString effScope = scope.isEmpty() ? it->scope : scope;
        const QString esl = effScope.toLower();
        const QString effRes = resourceOf(effScope, &mixed);
        return tokenSuccess(it->tenantId, effRes, effScope,
                            esl.contains(QLatin1String("offline_access")),
                            esl.contains(QLatin1String("openid")), clientId, upn);
    }
    return aad(400, QStringLiteral("unsupported_grant_type"), 70003,
               QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
}

} // namespace vigie::sim
