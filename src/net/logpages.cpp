#include "net/logpages.h"

#include "core/timeutil.h"
#include "net/logging.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace vigie::net {

namespace {

using Value = rapidjson::Value;

const Value *member(const Value &o, const char *key)
{
    if (!o.IsObject())
        return nullptr;
    const auto it = o.FindMember(key);
    return it == o.MemberEnd() ? nullptr : &it->value;
}

const Value *path(const Value &o, const char *a, const char *b)
{
    const Value *v = member(o, a);
    return v ? member(*v, b) : nullptr;
}

// json::toString's rules: strings as they are, numbers and booleans as text.
QString text(const Value *v)
{
    if (!v)
        return {};
    if (v->IsString())
        return QString::fromUtf8(v->GetString(), qsizetype(v->GetStringLength()));
    if (v->IsNumber())
        return QString::number(v->GetDouble(), 'g', 17);
    if (v->IsBool())
        return v->GetBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// json::toInt's rules: a number, or a string holding one ("50126").
std::optional<qint64> integer(const Value *v)
{
    if (!v)
        return std::nullopt;
    if (v->IsInt64())
        return v->GetInt64();
    if (v->IsNumber())
        return qint64(v->GetDouble());
    if (v->IsString()) {
        bool ok = false;
        const qint64 n = text(v).trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QDateTime time(const Value *v)
{
    return v && v->IsString() ? parseWireDateTime(text(v)) : QDateTime();
}

QByteArray compact(const Value &v)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    v.Accept(writer);
    return QByteArray(buffer.GetString(), qsizetype(buffer.GetSize()));
}

std::optional<SignIn> signIn(const Value &o, const QString &customerId)
{
    SignIn s;
    s.id = text(member(o, "id"));
    if (s.id.isEmpty())
        return std::nullopt;
    s.customerId = customerId;
    s.createdDateTime = time(member(o, "createdDateTime"));
    s.userId = text(member(o, "userId"));
    s.userPrincipalName = text(member(o, "userPrincipalName"));
    s.appId = text(member(o, "appId"));
    s.appDisplayName = text(member(o, "appDisplayName"));
    s.ipAddress = text(member(o, "ipAddress"));
    s.countryOrRegion = text(path(o, "location", "countryOrRegion"));
    s.errorCode = int(integer(path(o, "status", "errorCode")).value_or(0));
    s.authenticationProtocol = text(member(o, "authenticationProtocol"));
    s.rawText = compact(o);
    return s;
}

std::optional<AuditEvent> audit(const Value &o, const QString &customerId)
{
    AuditEvent e;
    e.id = text(member(o, "id"));
    if (e.id.isEmpty())
        return std::nullopt;
    e.customerId = customerId;
    e.activityDateTime = time(member(o, "activityDateTime"));
    e.category = text(member(o, "category"));
    e.activityDisplayName = text(member(o, "activityDisplayName"));
    e.result = text(member(o, "result"));
    e.loggedByService = text(member(o, "loggedByService"));
    const Value *by = member(o, "initiatedBy");
    if (by) {
        e.actor = text(path(*by, "user", "userPrincipalName"));
        if (e.actor.isEmpty())
            e.actor = text(path(*by, "app", "displayName"));
        if (e.actor.isEmpty())
            e.actor = text(path(*by, "app", "appId"));
    }
    e.rawText = compact(o);
    return e;
}

template <typename T, typename F>
Result<ParsedPage<T>> parseLogPage(const HttpRequest &req, const HttpResponse &resp, F item)
{
    rapidjson::Document doc;
    doc.Parse(resp.body.constData(), size_t(resp.body.size()));
    if (doc.HasParseError())
        return corruptPage(
            req.url, QStringLiteral("invalid JSON: %1 at %2")
                         .arg(QString::fromUtf8(rapidjson::GetParseError_En(doc.GetParseError())))
                         .arg(doc.GetErrorOffset()));
    if (!doc.IsObject())
        return corruptPage(req.url, QStringLiteral("not a JSON object"));
    const Value *value = member(doc, "value");
    if (!value || !value->IsArray())
        return corruptPage(req.url, QStringLiteral("no \"value\" array"));
    ParsedPage<T> page;
    page.items.reserve(qsizetype(value->Size()));
    for (const Value &v : value->GetArray()) {
        std::optional<T> t = v.IsObject() ? item(v) : std::nullopt;
        if (t) {
            page.items.append(std::move(*t));
        } else {
            ++page.skipped;
            qCWarning(lcNet) << "skipped an item that cannot be read";
        }
    }
    const QString next = text(member(doc, "@odata.nextLink"));
    if (!next.isEmpty()) {
        HttpRequest n = req;
        n.url = req.url.resolved(QUrl(next)); // checked by the job (isAllowedScheme)
        n.requestId.clear();
        page.next = n;
    }
    return page;
}

} // namespace

Result<ParsedPage<SignIn>> parseSignInPage(const HttpRequest &req, const HttpResponse &resp,
                                           const QString &customerId)
{
    return parseLogPage<SignIn>(req, resp, [&](const Value &o) { return signIn(o, customerId); });
}

Result<ParsedPage<AuditEvent>> parseAuditPage(const HttpRequest &req, const HttpResponse &resp,
                                              const QString &customerId)
{
    return parseLogPage<AuditEvent>(req, resp,
                                    [&](const Value &o) { return audit(o, customerId); });
}

} // namespace vigie::net
