#include "sim/service.h"

#include "sim/datetime.h"
#include "sim/filter.h"
#include "sim/logging.h"
#include "sim/rng.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie::sim {

namespace {

const QString kGraphScopes =
    QStringLiteral("https://graph.microsoft.com/PartnerSecurity.ReadWrite.All "
                   "https://graph.microsoft.com/AuditLog.Read.All "
                   "https://graph.microsoft.com/Directory.Read.All");

QString randomToken(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), bytes / 4);
    return QString::fromLatin1(
        b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newId()
{
    QRandomGenerator *g = QRandomGenerator::global();
    return guidFrom(g->generate64(), g->generate64());
}

QString decodeComponent(QByteArray s)
{
    s.replace('+', ' ');
    return QUrl::fromPercentEncoding(s);
}

QString aadTimestamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z');
}

} // namespace

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c()
               .toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " GMT";
}

// ---- Request / Response ----------------------------------------------------

bool Request::hasQuery(const QString &key) const
{
    for (const auto &kv : query)
        if (ieq(kv.first, key))
            return true;
    return false;
}

QString Request::queryValue(const QString &key) const
{
    for (const auto &kv : query)
        if (ieq(kv.first, key))
            return kv.second;
    return {};
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    headers.append({name, value});
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

// ---- Fault / options --------------------------------------------------------

QJsonObject Fault::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("service"), service},
                       {QStringLiteral("pathPrefix"), pathPrefix},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("retryAfter"), retryAfter},
                       {QStringLiteral("retryAfterDate"), retryAfterDate},
                       {QStringLiteral("delayMs"), delayMs},
                       {QStringLiteral("hits"), hits}};
}

std::optional<Fault> Fault::fromJson(const QJsonObject &o, QString *error)
{
    static const QStringList kinds{
        QStringLiteral("status"),       QStringLiteral("malformed"),
        QStringLiteral("drop"),         QStringLiteral("slow"),
        QStringLiteral("expireToken"),  QStringLiteral("forbidden"),
        QStringLiteral("etagConflict"), QStringLiteral("alertDeleted"),
        QStringLiteral("unknownEnums"), QStringLiteral("extraProperties"),
        QStringLiteral("isTestString")};
    static const QStringList services{QString(), QStringLiteral("identity"),
                                      QStringLiteral("graph"), QStringLiteral("pc"),
                                      QStringLiteral("arm")};
    Fault f;
    f.kind = o.value(QStringLiteral("kind")).toString();
    if (!kinds.contains(f.kind)) {
        *error = QStringLiteral("unknown fault kind '%1'").arg(f.kind);
        return std::nullopt;
    }
    f.service = o.value(QStringLiteral("service")).toString();
    if (!services.contains(f.service)) {
        *error = QStringLiteral("unknown service '%1'").arg(f.service);
        return std::nullopt;
    }
    f.pathPrefix = o.value(QStringLiteral("pathPrefix")).toString();
    f.method = o.value(QStringLiteral("method")).toString().toUpper();
    f.count = o.value(QStringLiteral("count")).toInt(1);
    f.status = o.value(QStringLiteral("status")).toInt(f.kind == QLatin1String("status") ? 503 : 0);
    f.retryAfter = o.value(QStringLiteral("retryAfter")).toInt(-1);
    f.retryAfterDate = o.value(QStringLiteral("retryAfterDate")).toBool(false);
    f.delayMs =
        o.value(QStringLiteral("delayMs")).toInt(f.kind == QLatin1String("slow") ? 2000 : 0);
    if (f.kind == QLatin1String("status") && (f.status < 400 || f.status > 599)) {
        *error = QStringLiteral("status must be 400-599");
        return std::nullopt;
    }
    return f;
}

QJsonObject SimOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("alertPageSize"), alertPageSize},
                       {QStringLiteral("logPageSize"), logPageSize},
                       {QStringLiteral("costPageSize"), costPageSize},
                       {QStringLiteral("customersPageDefault"), customersPageDefault},
                       {QStringLiteral("throttle"), throttle},
                       {QStringLiteral("throttleLimit"), throttleLimit},
                       {QStringLiteral("throttleWindowMs"), throttleWindowMs},
                       {QStringLiteral("tokenTtlSeconds"), tokenTtlSeconds},
                       {QStringLiteral("deviceInterval"), deviceInterval},
                       {QStringLiteral("deviceExpiresIn"), deviceExpiresIn},
                       {QStringLiteral("autoApproveAfterPolls"), autoApproveAfterPolls},
                       {QStringLiteral("enforceInterval"), enforceInterval}};
}

void SimOptions::apply(const QJsonObject &o)
{
    auto i = [&](const char *k, int &v) {
        if (o.contains(QLatin1String(k)))
            v = std::max(0, o.value(QLatin1String(k)).toInt(v));
    };
    auto b = [&](const char *k, bool &v) {
        if (o.contains(QLatin1String(k)))
            v = o.value(QLatin1String(k)).toBool(v);
    };
    i("alertPageSize", alertPageSize);
    i("logPageSize", logPageSize);
    i("costPageSize", costPageSize);
    i("customersPageDefault", customersPageDefault);
    b("throttle", throttle);
    i("throttleLimit", throttleLimit);
    i("throttleWindowMs", throttleWindowMs);
    i("tokenTtlSeconds", tokenTtlSeconds);
    i("deviceInterval", deviceInterval);
    i("deviceExpiresIn", deviceExpiresIn);
    i("autoApproveAfterPolls", autoApproveAfterPolls);
    b("enforceInterval", enforceInterval);
    alertPageSize = std::max(1, alertPageSize);
    logPageSize = std::clamp(logPageSize, 1, 1000);
    costPageSize = std::max(1, costPageSize);
    customersPageDefault = std::max(1, customersPageDefault);
}

// ---- Service ---------------------------------------------------------------

Service::Service(const WorldConfig &config, const SimOptions &options)
    : m_world(std::make_unique<World>(config)), m_opts(options)
{
    m_clock.start();
}

Service::~Service() = default;

QString Service::fingerprint(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

void Service::addFault(Fault f)
{
    f.id = m_nextFaultId++;
    m_faults.append(f);
}

QJsonArray Service::journal() const
{
    QJsonArray a;
    for (const QJsonObject &o : m_journal)
        a.append(o);
    return a;
}

int Service::approveDevice(const QString &userCode)
{
    int n = 0;
    for (DeviceCode &d : m_devices)
        if (d.state == QLatin1String("pending") &&
            (userCode.isEmpty() || ieq(d.userCode, userCode))) {
            d.state = QStringLiteral("approved");
            ++n;
        }
    return n;
}

int Service::declineDevice(const QString &userCode)
{
    int n = 0;
    for (DeviceCode &d : m_devices)
        if (d.state == QLatin1String("pending") &&
            (userCode.isEmpty() || ieq(d.userCode, userCode))) {
            d.state = QStringLiteral("declined");
            ++n;
        }
    return n;
}

int Service::expireDeviceCodes()
{
    int n = 0;
    for (DeviceCode &d : m_devices)
        if (d.state == QLatin1String("pending") || d.state == QLatin1String("approved")) {
            d.state = QStringLiteral("expired");
            ++n;
        }
    return n;
}

int Service::revokeRefreshTokens(int code)
{
    for (RefreshToken &r : m_refresh)
        r.revokedCode = code;
    return int(m_refresh.size());
}

int Service::expireAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (Token &t : m_tokens)
        t.expires = past;
    return int(m_tokens.size());
}

void Service::reset()
{
    m_world->resetMutableState();
    m_faults.clear();
    m_journal.clear();
    m_idempotent.clear();
    m_throttle.clear();
    m_devices.clear();
    m_codes.clear();
    m_subVersion.clear();
    m_pc401 = 0;
}

QString Service::resolveTenant(const QString &t) const
{
    if (ieq(t, QStringLiteral("organizations")) || ieq(t, QStringLiteral("common")) ||
        ieq(t, m_world->partnerTenantId()) || ieq(t, m_world->partnerDomain()))
        return m_world->partnerTenantId();
    if (const Customer *c = m_world->customer(t))
        return c->id;
    return {};
}

QString Service::issueAccessToken(const QString &tenant, const QString &resource,
                                  const QString &scope, int ttl)
{
    Token t;
    t.tenantId = resolveTenant(tenant);
    if (t.tenantId.isEmpty())
        t.tenantId = tenant;
    t.resource = resource;
    t.scope =
        scope.isEmpty()
            ? (resource == QLatin1String("graph") ? kGraphScopes
               : resource == QLatin1String("pc")
                   ? QStringLiteral("https://api.partnercenter.microsoft.com/user_impersonation")
                   : QStringLiteral("https://management.azure.com/user_impersonation"))
            : scope;
    t.upn = m_world->analystUpn();
    t.expires = QDateTime::currentDateTimeUtc().addSecs(ttl < 0 ? m_opts.tokenTtlSeconds : ttl);
    const QString at = QStringLiteral("simAT.") + randomToken(32);
    m_tokens.insert(at, t);
    return at;
}

Response Service::json(int status, const QJsonValue &v)
{
    Response r;
    r.status = status;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    if (v.isArray())
        r.body = QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    else if (v.isObject())
        r.body = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

bool Service::takeFault(Ctx &ctx, const QString &kind, Fault *out)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.kind != kind || f.count == 0)
            continue;
        if (!f.service.isEmpty() && f.service != ctx.service)
            continue;
        if (!f.pathPrefix.isEmpty() && !ctx.req.path.startsWith(f.pathPrefix, Qt::CaseInsensitive))
            continue;
        if (!f.method.isEmpty() && f.method.toLatin1() != ctx.req.method)
            continue;
        ++f.hits;
        if (f.count > 0)
            --f.count;
        if (out)
            *out = f;
        ctx.faultsApplied.append(kind);
        return true;
    }
    return false;
}

Response Service::serviceError(const Ctx &ctx, int status, const QString &code,
                               const QString &message, int retryAfter, bool retryDate)
{
    Response r;
    const QString svc = ctx.service;
    if (svc == QLatin1String("graph")) {
        r = json(status,
                 QJsonObject{
                     {QStringLiteral("error"),
                      QJsonObject{
                          {QStringLiteral("code"), code},
                          {QStringLiteral("message"), message},
                          {QStringLiteral("innerError"),
                           QJsonObject{
                               {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(
                                                            QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                               {QStringLiteral("request-id"), ctx.requestId},
                               {QStringLiteral("client-request-id"), ctx.clientRequestId}}}}}});
    } else if (svc == QLatin1String("pc")) {
        if (status == 429) {
            const int n = retryAfter < 0 ? 1 : retryAfter;
            r = json(
                status,
                QJsonObject{
                    {QStringLiteral("statusCode"), 429},
                    {QStringLiteral("message"),
                     QStringLiteral("Rate limit is exceeded. Try again in %1 seconds.").arg(n)}});
        } else {
            r = json(status, QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("description"), message},
                                         {QStringLiteral("data"), QJsonArray{}},
                                         {QStringLiteral("source"), QStringLiteral("PartnerFD")}});
        }
    } else if (svc == QLatin1String("arm")) {
        r = json(status, QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), code},
                                                  {QStringLiteral("message"), message}}}});
        if (status == 429)
            r.setHeader("x-ms-ratelimit-microsoft.costmanagement-qpu-retry-after",
                        QByteArray::number(retryAfter < 0 ? 1 : retryAfter));
    } else if (svc == QLatin1String("identity")) {
        const QString trace = newId(), corr = newId();
        const QString ts = aadTimestamp(QDateTime::currentDateTimeUtc());
        r = json(
            status,
            QJsonObject{
                {QStringLiteral("error"), code},
                {QStringLiteral("error_description"),
                 message + QStringLiteral("\r\nTrace ID: %1\r\nCorrelation ID: %2\r\nTimestamp: %3")
                               .arg(trace, corr, ts)},
                {QStringLiteral("error_codes"), QJsonArray{}},
                {QStringLiteral("timestamp"), ts},
                {QStringLiteral("trace_id"), trace},
                {QStringLiteral("correlation_id"), corr}});
    } else {
        r = json(status, QJsonObject{{QStringLiteral("error"), code},
                                     {QStringLiteral("message"), message}});
    }
    if (status == 429 && retryAfter < 0)
        retryAfter = 1;
    if (retryAfter >= 0)
        r.setHeader("Retry-After",
                    retryDate ? httpDate(QDateTime::currentDateTimeUtc().addSecs(retryAfter))
                              : QByteArray::number(retryAfter));
    return r;
}

void Service::addCommonHeaders(const Ctx &ctx, Response &r)
{
    r.setHeader("Date", httpDate(QDateTime::currentDateTimeUtc()));
    const QString svc = ctx.service;
    if (svc == QLatin1String("graph")) {
        r.setHeader("request-id", ctx.requestId.toLatin1());
        r.setHeader("client-request-id", ctx.clientRequestId.toLatin1());
        r.setHeader("x-ms-ags-diagnostic",
                    "{\"ServerInfo\":{\"DataCenter\":\"Loopback\",\"Slice\":\"E\",\"Ring\":\"5\","
                    "\"ScaleUnit\":\"000\",\"RoleInstance\":\"vigie-sim\"}}");
    } else if (svc == QLatin1String("pc")) {
        const QByteArray rid = ctx.req.header("ms-requestid");
        const QByteArray cid = ctx.req.header("ms-correlationid");
        r.setHeader("MS-RequestId", rid.isEmpty() ? ctx.requestId.toLatin1() : rid);
        r.setHeader("MS-CorrelationId", cid.isEmpty() ? newId().toLatin1() : cid);
        r.setHeader("MS-CV", "vigie-sim.0");
        r.setHeader("MS-ServerId", "vigie-sim");
    } else if (svc == QLatin1String("arm")) {
        r.setHeader("x-ms-request-id", ctx.requestId.toLatin1());
        r.setHeader("x-ms-correlation-request-id", ctx.requestId.toLatin1());
        const QByteArray c = ctx.req.header("x-ms-client-request-id");
        if (!c.isEmpty())
            r.setHeader("x-ms-client-request-id", c);
        r.setHeader("x-ms-ratelimit-microsoft.costmanagement-qpu-remaining", "QueryResource=399");
        r.setHeader("x-ms-ratelimit-microsoft.costmanagement-qpu-consumed", "1");
    } else if (svc == QLatin1String("identity")) {
        r.setHeader("x-ms-request-id", ctx.requestId.toLatin1());
        r.setHeader("client-request-id", ctx.clientRequestId.toLatin1());
        r.setHeader("Cache-Control", "no-store, no-cache");
    }
}

void Service::journalRecord(const Ctx &ctx, const Response &r)
{
    static const char *const keep[] = {"content-type",
                                       "accept",
                                       "client-request-id",
                                       "ms-requestid",
                                       "ms-correlationid",
                                       "ms-continuationtoken",
                                       "if-match",
                                       "x-neweventsmodel",
                                       "prefer",
                                       "consistencylevel",
                                       "x-locale",
                                       "ms-contract-version",
                                       "x-ms-client-request-id",
                                       "ms-partnercenter-application"};
    QJsonObject headers;
    for (const char *k : keep) {
        const QByteArray v = ctx.req.header(k);
        if (!v.isNull())
            headers.insert(QString::fromLatin1(k), QString::fromUtf8(v));
    }
    const QByteArray auth = ctx.req.header("authorization");
    if (!auth.isNull())
        headers.insert(QStringLiteral("authorization"),
                       QStringLiteral("Bearer fp:") + ctx.fingerprint);
    // Secrets in form bodies are replaced by their fingerprints.
    QString body = QString::fromUtf8(ctx.req.body.left(65536));
    if (ctx.service == QLatin1String("identity")) {
        QStringList parts = body.split(QLatin1Char('&'));
        for (QString &p : parts) {
            const qsizetype eq = p.indexOf(QLatin1Char('='));
            const QString k = p.left(eq);
            if (eq > 0 &&
                (k == QLatin1String("refresh_token") || k == QLatin1String("code") ||
                 k == QLatin1String("device_code") || k == QLatin1String("code_verifier") ||
                 k == QLatin1String("client_secret")))
                p = k + QStringLiteral("=fp:") +
                    fingerprint(decodeComponent(p.mid(eq + 1).toUtf8()));
        }
        body = parts.join(QLatin1Char('&'));
    }
    QJsonObject e{{QStringLiteral("seq"), double(++m_journalSeq)},
                  {QStringLiteral("time"), formatUtcMs(QDateTime::currentDateTimeUtc())},
                  {QStringLiteral("service"), ctx.service},
                  {QStringLiteral("method"), QString::fromLatin1(ctx.req.method)},
                  {QStringLiteral("path"), ctx.req.path},
                  {QStringLiteral("query"), QString::fromUtf8(ctx.req.rawQuery)},
                  {QStringLiteral("headers"), headers},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("faults"), QJsonArray::fromStringList(ctx.faultsApplied)}};
    if (!ctx.fingerprint.isEmpty())
        e.insert(QStringLiteral("tokenFingerprint"), ctx.fingerprint);
    m_journal.push_back(e);
    while (m_journal.size() > 20000)
        m_journal.pop_front();
}

Response Service::handle(const Request &req, const QString &baseUrl)
{
    Ctx ctx{req, baseUrl, {}, newId(), {}, {}, false, {}, nullptr};
    const QString p = req.path;
    const QStringList seg = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (p.startsWith(QLatin1String("/_sim/")))
        ctx.service = QStringLiteral("control");
    else if (seg.size() >= 3 && seg[1] == QLatin1String("oauth2") &&
             seg[2] == QLatin1String("v2.0"))
        ctx.service = QStringLiteral("identity");
    else if (!seg.isEmpty() && (seg[0] == QLatin1String("beta") || seg[0] == QLatin1String("v1.0")))
        ctx.service = QStringLiteral("graph");
    else if (!seg.isEmpty() && seg[0] == QLatin1String("v1"))
        ctx.service = QStringLiteral("pc");
    else if (!seg.isEmpty() && ieq(seg[0], QStringLiteral("subscriptions")))
        ctx.service = QStringLiteral("arm");
    else
        ctx.service = QStringLiteral("unknown");

    const QByteArray crid = req.header("client-request-id");
    ctx.clientRequestId = crid.isEmpty() ? ctx.requestId : QString::fromLatin1(crid);
    const QByteArray auth = req.header("authorization");
    if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
        ctx.fingerprint = fingerprint(QString::fromLatin1(auth.mid(7).trimmed()));

    Response r;
    Fault f;
    if (ctx.service == QLatin1String("control")) {
        r = control(ctx);
    } else if (takeFault(ctx, QStringLiteral("status"), &f)) {
        QString code;
        const int st = f.status;
        const QString svc = ctx.service;
        if (svc == QLatin1String("graph"))
            code = st == 429   ? QStringLiteral("TooManyRequests")
                   : st == 503 ? QStringLiteral("serviceNotAvailable")
                   : st == 403 ? QStringLiteral("Forbidden")
                   : st == 404 ? QStringLiteral("ResourceNotFound")
                   : st == 401 ? QStringLiteral("InvalidAuthenticationToken")
                   : st < 500  ? QStringLiteral("BadRequest")
                               : QStringLiteral("UnknownError");
        else if (svc == QLatin1String("pc"))
            code = st >= 500 ? QStringLiteral("0") : QString::number(st);
        else if (svc == QLatin1String("arm"))
            code = st == 429   ? QStringLiteral("429")
                   : st >= 500 ? QStringLiteral("ServiceUnavailable")
                               : QStringLiteral("BadRequest");
        else
            code = st == 429 || st >= 500 ? QStringLiteral("temporarily_unavailable")
                                          : QStringLiteral("invalid_request");
        const QString msg =
            st == 429   ? QStringLiteral("Too many requests.")
            : st >= 500 ? QStringLiteral("The service is temporarily unavailable (injected fault).")
                        : QStringLiteral("Injected fault.");
        r = serviceError(ctx, st, code, msg, f.retryAfter, f.retryAfterDate);
    } else {
        ctx.forceExpired = (ctx.service != QLatin1String("identity")) &&
                           takeFault(ctx, QStringLiteral("expireToken"));
        r = dispatch(ctx);
        applyPostFaults(ctx, r);
    }
    if (ctx.service != QLatin1String("control"))
        addCommonHeaders(ctx, r);
    if (ctx.service != QLatin1String("control")) // the journal is what clients sent
        journalRecord(ctx, r);
    qCDebug(lcSim) << req.method << req.path << r.status << ctx.faultsApplied;
    return r;
}

void Service::applyPostFaults(Ctx &ctx, Response &r)
{
    if (ctx.service == QLatin1String("control"))
        return;
    const bool ok = r.status >= 200 && r.status < 300 && !r.body.isEmpty();
    if (ok && (ctx.service == QLatin1String("graph"))) {
        const bool enums = takeFault(ctx, QStringLiteral("unknownEnums"));
        const bool extra = takeFault(ctx, QStringLiteral("extraProperties"));
        const bool isTest = takeFault(ctx, QStringLiteral("isTestString"));
        if (enums || extra || isTest) {
            QJsonObject o = QJsonDocument::fromJson(r.body).object();
            auto mutate = [&](QJsonObject item) {
                const bool isAlert = item.contains(QStringLiteral("alertType"));
                if (enums) {
                    if (isAlert) {
                        item.insert(QStringLiteral("status"), QStringLiteral("dismissed"));
                        item.insert(QStringLiteral("severity"), QStringLiteral("critical"));
                        item.insert(QStringLiteral("confidenceLevel"), QStringLiteral("certain"));
                    } else if (item.contains(QStringLiteral("riskDetail"))) {
                        item.insert(QStringLiteral("riskDetail"), QStringLiteral("someNewValue"));
                        item.insert(QStringLiteral("conditionalAccessStatus"),
                                    QStringLiteral("reportOnlyFailure"));
                    } else if (item.contains(QStringLiteral("result"))) {
                        item.insert(QStringLiteral("result"), QStringLiteral("partialSuccess"));
                    }
                }
                if (extra)
                    item.insert(QStringLiteral("newProperty"),
                                QJsonObject{{QStringLiteral("nested"),
                                             QJsonArray{1, QStringLiteral("two")}},
                                            {QStringLiteral("flag"), true}});
                if (isTest && isAlert)
                    item.insert(QStringLiteral("isTest"), QStringLiteral("true"));
                return item;
            };
            if (o.contains(QStringLiteral("value"))) {
                QJsonArray out;
                for (const QJsonValue &v : o.value(QStringLiteral("value")).toArray())
                    out.append(mutate(v.toObject()));
                o.insert(QStringLiteral("value"), out);
                if (extra)
                    o.insert(QStringLiteral("@vigie.sim.extraEnvelope"),
                             QStringLiteral("ignored by clients"));
            } else {
                o = mutate(o);
            }
            r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
    } else if (ok && ctx.service == QLatin1String("pc") &&
               takeFault(ctx, QStringLiteral("extraProperties"))) {
        QJsonDocument d = QJsonDocument::fromJson(r.body);
        if (d.isObject()) {
            QJsonObject o = d.object();
            o.insert(QStringLiteral("newProperty"), QJsonObject{{QStringLiteral("x"), 1}});
            if (o.contains(QStringLiteral("items"))) {
                QJsonArray out;
                for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray()) {
                    QJsonObject it = v.toObject();
                    it.insert(QStringLiteral("newProperty"), QStringLiteral("surprise"));
                    out.append(it);
                }
                o.insert(QStringLiteral("items"), out);
            }
            r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
    }
    if (ok && takeFault(ctx, QStringLiteral("malformed"))) {
        // A page cut in the middle plus garbage: not parseable JSON.
        r.body = r.body.left(std::max<qsizetype>(1, r.body.size() / 2)) + "\",,}{";
    }
    Fault f;
    if (ok && takeFault(ctx, QStringLiteral("drop")))
        r.dropMidBody = true;
    if (takeFault(ctx, QStringLiteral("slow"), &f))
        r.delayMs = f.delayMs;
}

std::optional<Response> Service::checkAuth(Ctx &ctx, const QString &resource)
{
    const QByteArray auth = ctx.req.header("authorization");
    const Token *t = nullptr;
    bool expired = false;
    if (auth.size() > 7 && auth.left(7).toLower() == "bearer ") {
        auto it = m_tokens.constFind(QString::fromLatin1(auth.mid(7).trimmed()));
        if (it != m_tokens.cend()) {
            t = &*it;
            expired = it->expires <= QDateTime::currentDateTimeUtc();
        }
    }
    if (ctx.forceExpired && t)
        expired = true;
    const bool wrongAudience = t && t->resource != resource;
    if (!t || expired || wrongAudience || ctx.forceExpired) {
        Response r;
        const QString why = !t ? QStringLiteral("IDX14100: JWT is not well formed.")
                            : wrongAudience
                                ? QStringLiteral("Invalid audience.")
                                : QStringLiteral("Access token has expired or is not yet valid.");
        if (resource == QLatin1String("graph")) {
            r = serviceError(ctx, 401, QStringLiteral("InvalidAuthenticationToken"), why);
            r.setHeader("WWW-Authenticate",
                        "Bearer realm=\"\", "
                        "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/"
                        "authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
        } else if (resource == QLatin1String("pc")) {
            // Alternates: empty body, then the PC error JSON.
            if ((m_pc401++ % 2) == 0) {
                r.status = 401;
            } else {
                r = serviceError(ctx, 401, QStringLiteral("400"), QStringLiteral("Access denied"));
            }
            r.setHeader("WWW-Authenticate", "OAuth realm=\"https://login.microsoftonline.com/\"");
        } else {
            r = serviceError(
                ctx, 401,
                (t && expired) ? QStringLiteral("ExpiredAuthenticationToken")
                               : QStringLiteral("InvalidAuthenticationToken"),
                (t && expired) ? QStringLiteral("The access token expiry UTC time is earlier than "
                                                "current UTC time.")
                               : QStringLiteral("The access token is invalid."));
            r.setHeader("WWW-Authenticate",
                        "Bearer authorization_uri=\"https://login.microsoftonline.com/common\", "
                        "error=\"invalid_token\"");
        }
        return r;
    }
    ctx.token = t;
    return std::nullopt;
}

Response Service::dispatch(Ctx &ctx)
{
    const QStringList seg = ctx.req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (ctx.service == QLatin1String("identity"))
        return identity(ctx, seg);
    if (ctx.service == QLatin1String("graph")) {
        if (seg.size() >= 4 && seg[0] == QLatin1String("beta") &&
            ieq(seg[1], QStringLiteral("security")) && ieq(seg[2], QStringLiteral("partner")) &&
            ieq(seg[3], QStringLiteral("securityAlerts")))
            return graphAlerts(ctx, seg);
        if (seg.size() >= 3 && seg[0] == QLatin1String("v1.0") &&
            ieq(seg[1], QStringLiteral("auditLogs")))
            return graphLogs(ctx, seg);
        if (auto e = checkAuth(ctx, QStringLiteral("graph")))
            return *e;
        return serviceError(
            ctx, 404, QStringLiteral("Request_ResourceNotFound"),
            QStringLiteral("Resource not found for the segment '%1'.").arg(seg.value(1)));
    }
    if (ctx.service == QLatin1String("pc"))
        return partnerCenter(ctx, seg);
    if (ctx.service == QLatin1String("arm"))
        return cost(ctx, seg);
    Response r = json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")},
                                       {QStringLiteral("message"),
                                        QStringLiteral("vigie-sim: no such endpoint")}});
    return r;
}

} // namespace vigie::sim
