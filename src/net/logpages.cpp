#include "net/logpages.h"

#include "core/jsonutil.h"
#include "core/logevents.h"
#include "core/timeutil.h"
#include "net/logging.h"

#include <algorithm>
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
        return json::integralPart(v->GetDouble());
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

// The rapidjson side of the one Graph log mapping (core/logevents.h).
class Reader
{
public:
    explicit Reader(const Value &o) : m_o(o) {}
    QString text(const char *key) const { return net::text(member(m_o, key)); }
    QString text(const char *a, const char *b) const { return net::text(path(m_o, a, b)); }
    QString text(const char *a, const char *b, const char *c) const
    {
        const Value *v = path(m_o, a, b);
        return v ? net::text(member(*v, c)) : QString();
    }
    std::optional<qint64> integer(const char *a, const char *b) const
    {
        return net::integer(path(m_o, a, b));
    }
    QDateTime time(const char *key) const { return net::time(member(m_o, key)); }

private:
    const Value &m_o;
};

std::optional<SignIn> signIn(const Value &o, const QString &customerId)
{
    SignIn s;
    mapSignIn(Reader(o), s);
    if (s.id.isEmpty())
        return std::nullopt;
    s.customerId = customerId;
    s.rawText = compact(o);
    return s;
}

std::optional<AuditEvent> audit(const Value &o, const QString &customerId)
{
    AuditEvent e;
    mapAudit(Reader(o), e);
    if (e.id.isEmpty())
        return std::nullopt;
    e.customerId = customerId;
    e.rawText = compact(o);
    return e;
}

// Deepest nesting of arrays and objects in a JSON text (brackets inside
// strings skipped). Graph's events nest a few levels; a page nested deeper
// than kMaxNesting is refused before rapidjson sees it, because writing an
// event back out (compact) recurses once per level and a hostile page of
// 100,000 '[' would overflow the stack.
constexpr int kMaxNesting = 256;
int nestingDepth(const QByteArray &text)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

template <typename T, typename F>
Result<ParsedPage<T>> parseLogPage(const HttpRequest &req, const HttpResponse &resp, F item)
{
    if (nestingDepth(resp.body) > kMaxNesting)
        return corruptPage(req.url,
                           QStringLiteral("JSON nested more than %1 levels").arg(kMaxNesting));
    rapidjson::Document doc;
    // Iterative: the parser's own depth never depends on the input.
    doc.Parse<rapidjson::kParseIterativeFlag>(resp.body.constData(), size_t(resp.body.size()));
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
