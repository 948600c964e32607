// Graph beta partner security alerts (api.md §3) and v1.0 audit logs (§4).
#include "sim/datetime.h"
#include "sim/filter.h"
#include "sim/service.h"

#include <QJsonDocument>
#include <QSet>
#include <limits>

namespace vigie::sim {

namespace {

const QStringList kAlertStatus{QStringLiteral("active"), QStringLiteral("resolved"),
                               QStringLiteral("investigating"),
                               QStringLiteral("unknownFutureValue")};
const QStringList kAlertSeverity{QStringLiteral("informational"), QStringLiteral("low"),
                                 QStringLiteral("medium"), QStringLiteral("high"),
                                 QStringLiteral("unknownFutureValue")};
const QStringList kResolvedReason{QStringLiteral("legitimate"), QStringLiteral("ignore"),
                                  QStringLiteral("fraud"), QStringLiteral("unknownFutureValue")};
const QStringList kAlertStringProps{QStringLiteral("status"), QStringLiteral("severity"),
                                    QStringLiteral("alertType"), QStringLiteral("customerTenantId"),
                                    QStringLiteral("subscriptionId")};
const QStringList kAlertDateProps{
    QStringLiteral("detectedDateTime"), QStringLiteral("firstObservedDateTime"),
    QStringLiteral("lastObservedDateTime"), QStringLiteral("resolvedOnDateTime")};
const QStringList kAlertProps{QStringLiteral("id"),
                              QStringLiteral("displayName"),
                              QStringLiteral("description"),
                              QStringLiteral("alertType"),
                              QStringLiteral("status"),
                              QStringLiteral("severity"),
                              QStringLiteral("confidenceLevel"),
                              QStringLiteral("customerTenantId"),
                              QStringLiteral("subscriptionId"),
                              QStringLiteral("valueAddedResellerTenantId"),
                              QStringLiteral("catalogOfferId"),
                              QStringLiteral("detectedDateTime"),
                              QStringLiteral("firstObservedDateTime"),
                              QStringLiteral("lastObservedDateTime"),
                              QStringLiteral("resolvedReason"),
                              QStringLiteral("resolvedOnDateTime"),
                              QStringLiteral("resolvedBy"),
                              QStringLiteral("isTest"),
                              QStringLiteral("affectedResources"),
                              QStringLiteral("activityLogs"),
                              QStringLiteral("additionalDetails")};

// Validates a filter tree against the alert schema; returns an error message or empty.
QString validateAlertFilter(const FilterNode &n)
{
    if (n.kind != FilterNode::Kind::Cmp) {
        for (const FilterNode &k : n.kids) {
            const QString e = validateAlertFilter(k);
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    if (kAlertStringProps.contains(n.prop)) {
        if (n.op != QLatin1String("eq") && n.op != QLatin1String("ne"))
            return QStringLiteral("Operator '%1' is not supported on property '%2'.")
                .arg(n.op, n.prop);
        if (!n.quoted && n.literal != QLatin1String("null"))
            return QStringLiteral("A string literal is expected for property '%1'.").arg(n.prop);
        if (n.prop == QLatin1String("status") && n.quoted && !kAlertStatus.contains(n.literal))
            return QStringLiteral("Cannot convert the literal '%1' to the expected type "
                                  "'microsoft.graph.partner.security.securityAlertStatus'.")
                .arg(n.literal);
        if (n.prop == QLatin1String("severity") && n.quoted && !kAlertSeverity.contains(n.literal))
            return QStringLiteral("Cannot convert the literal '%1' to the expected type "
                                  "'microsoft.graph.partner.security.securityAlertSeverity'.")
                .arg(n.literal);
        return {};
    }
    if (kAlertDateProps.contains(n.prop)) {
        if (n.op != QLatin1String("ge") && n.op != QLatin1String("le") &&
            n.op != QLatin1String("gt") && n.op != QLatin1String("lt") &&
            n.op != QLatin1String("eq"))
            return QStringLiteral("Operator '%1' is not supported on property '%2'.")
                .arg(n.op, n.prop);
        if (n.quoted || !parseDateTimeOffset(n.literal).isValid())
            return QStringLiteral("The DateTimeOffset literal '%1' is not valid.").arg(n.literal);
        return {};
    }
    return QStringLiteral("Could not find a property named '%1' on type "
                          "'microsoft.graph.partner.security.partnerSecurityAlert'.")
        .arg(n.prop);
}

bool evalAlert(const FilterNode &n, const QJsonObject &a)
{
    switch (n.kind) {
    case FilterNode::Kind::Or:
        for (const FilterNode &k : n.kids)
            if (evalAlert(k, a))
                return true;
        return false;
    case FilterNode::Kind::And:
        for (const FilterNode &k : n.kids)
            if (!evalAlert(k, a))
                return false;
        return true;
    case FilterNode::Kind::Not:
        return !evalAlert(n.kids.front(), a);
    case FilterNode::Kind::Cmp:
        break;
    }
    const QJsonValue v = a.value(n.prop);
    if (kAlertDateProps.contains(n.prop)) {
        if (v.isNull() || v.isUndefined())
            return false;
        const qint64 t = parseDateTimeOffset(v.toString()).toMSecsSinceEpoch();
        const qint64 l = parseDateTimeOffset(n.literal).toMSecsSinceEpoch();
        if (n.op == QLatin1String("ge"))
            return t >= l;
        if (n.op == QLatin1String("le"))
            return t <= l;
        if (n.op == QLatin1String("gt"))
            return t > l;
        if (n.op == QLatin1String("lt"))
            return t < l;
        return t == l;
    }
    const bool isNullLit = !n.quoted && n.literal == QLatin1String("null");
    const bool eq = isNullLit ? (v.isNull() || v.isUndefined())
                              : v.toString().compare(n.literal, Qt::CaseInsensitive) == 0;
    return n.op == QLatin1String("eq") ? eq : !eq;
}

// Time window of a logs filter: only comparisons on `prop` joined by `and`.
bool logWindow(const FilterNode &n, const QString &prop, qint64 &from, qint64 &to, QString *err)
{
    if (n.kind == FilterNode::Kind::And) {
        for (const FilterNode &k : n.kids)
            if (!logWindow(k, prop, from, to, err))
                return false;
        return true;
    }
    if (n.kind != FilterNode::Kind::Cmp) {
        *err =
            QStringLiteral("vigie-sim supports only 'and' of %1 comparisons in $filter.").arg(prop);
        return false;
    }
    if (n.prop != prop) {
        *err = QStringLiteral("Invalid filter clause: property '%1' is not supported by vigie-sim "
                              "(only %2 ge/le/gt/lt/eq).")
                   .arg(n.prop, prop);
        return false;
    }
    const QDateTime t = parseDateTimeOffset(n.literal);
    if (n.quoted || !t.isValid()) {
        *err = QStringLiteral("Invalid filter clause: '%1' is not a DateTimeOffset literal.")
                   .arg(n.literal);
        return false;
    }
    const qint64 ms = t.toMSecsSinceEpoch();
    if (n.op == QLatin1String("ge"))
        from = std::max(from, ms);
    else if (n.op == QLatin1String("gt"))
        from = std::max(from, ms + 1);
    else if (n.op == QLatin1String("le"))
        to = std::min(to, ms);
    else if (n.op == QLatin1String("lt"))
        to = std::min(to, ms - 1);
    else if (n.op == QLatin1String("eq")) {
        from = std::max(from, ms);
        to = std::min(to, ms);
    } else {
        *err = QStringLiteral("Operator '%1' is not supported on '%2'.").arg(n.op, prop);
        return false;
    }
    return true;
}

QByteArray tokenOf(const QString &s)
{
    return s.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString untoken(const QString &s)
{
    auto r = QByteArray::fromBase64Encoding(
        s.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return r ? QString::fromUtf8(*r) : QString();
}

QString queryWithoutSkiptoken(const Request &req)
{
    QStringList parts;
    for (const QByteArray &p : req.rawQuery.split('&')) {
        if (p.isEmpty())
            continue;
        QByteArray key = p.left(p.indexOf('=') < 0 ? p.size() : p.indexOf('='));
        key.replace('+', ' ');
        if (QUrl::fromPercentEncoding(key).compare(QLatin1String("$skiptoken"),
                                                   Qt::CaseInsensitive) == 0)
            continue;
        parts.append(QString::fromLatin1(p));
    }
    return parts.join(QLatin1Char('&'));
}

QString nextLink(const QString &base, const Request &req, const QByteArray &token)
{
    const QString q = queryWithoutSkiptoken(req);
    return base + req.path + QLatin1Char('?') + (q.isEmpty() ? QString() : q + QLatin1Char('&')) +
           QStringLiteral("$skiptoken=") + QString::fromLatin1(token);
}

} // namespace

Response Service::graphAlerts(Ctx &ctx, const QStringList &seg)
{
    if (auto e = checkAuth(ctx, QStringLiteral("graph")))
        return *e;
    const Request &req = ctx.req;
    if (ctx.token->tenantId != m_world->partnerTenantId())
        return serviceError(
            ctx, 403, QStringLiteral("Forbidden"),
            QStringLiteral(
                "Partner security alerts require a token issued by the partner tenant."));
    const bool canWrite = ctx.token->scope.contains(QLatin1String("PartnerSecurity.ReadWrite.All"),
                                                    Qt::CaseInsensitive) ||
                          ctx.token->scope.contains(QLatin1String(".default"));
    const bool canRead =
        canWrite ||
        ctx.token->scope.contains(QLatin1String("PartnerSecurity.Read.All"), Qt::CaseInsensitive);
    if (!canRead || takeFault(ctx, QStringLiteral("forbidden")))
        return serviceError(ctx, 403, QStringLiteral("Forbidden"),
                            QStringLiteral("Insufficient privileges to complete the operation."));

    const QString base = ctx.base;
    if (seg.size() == 4) {
        if (req.method != "GET")
            return serviceError(ctx, 405, QStringLiteral("BadRequest"),
                                QStringLiteral("Method not allowed."));
        static const QStringList supported{QStringLiteral("$filter"), QStringLiteral("$select"),
                                           QStringLiteral("$top"), QStringLiteral("$count"),
                                           QStringLiteral("$skiptoken")};
        for (const auto &kv : req.query)
            if (kv.first.startsWith(QLatin1Char('$')) && !supported.contains(kv.first))
                return serviceError(
                    ctx, 400, QStringLiteral("BadRequest"),
                    QStringLiteral("Query option '%1' is not supported.").arg(kv.first));
        std::optional<FilterNode> filter;
        if (req.hasQuery(QStringLiteral("$filter"))) {
            QString err;
            filter = parseFilter(req.queryValue(QStringLiteral("$filter")), &err);
            if (!filter)
                return serviceError(ctx, 400, QStringLiteral("BadRequest"),
                                    QStringLiteral("Invalid $filter: ") + err);
            err = validateAlertFilter(*filter);
            if (!err.isEmpty())
                return serviceError(ctx, 400, QStringLiteral("BadRequest"), err);
        }
        QStringList select;
        if (req.hasQuery(QStringLiteral("$select"))) {
            select = req.queryValue(QStringLiteral("$select"))
                         .split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &s : select) {
                s = s.trimmed();
                if (!kAlertProps.contains(s))
                    return serviceError(
                        ctx, 400, QStringLiteral("BadRequest"),
                        QStringLiteral("Could not find a property named '%1' on type "
                                       "'microsoft.graph.partner.security.partnerSecurityAlert'.")
                            .arg(s));
            }
        }
        int pageSize = m_opts.alertPageSize;
        if (req.hasQuery(QStringLiteral("$top"))) {
            bool ok = false;
            const int top = req.queryValue(QStringLiteral("$top")).toInt(&ok);
            if (!ok || top < 1 || top > 999)
                return serviceError(ctx, 400, QStringLiteral("BadRequest"),
                                    QStringLiteral("Invalid value for $top."));
            pageSize = top;
        }
        bool count = false;
        if (req.hasQuery(QStringLiteral("$count"))) {
            const QString c = req.queryValue(QStringLiteral("$count")).toLower();
            if (c != QLatin1String("true") && c != QLatin1String("false"))
                return serviceError(ctx, 400, QStringLiteral("BadRequest"),
                                    QStringLiteral("Invalid value for $count."));
            count = c == QLatin1String("true");
        }
        qsizetype offset = 0;
        if (req.hasQuery(QStringLiteral("$skiptoken"))) {
            const QString t = untoken(req.queryValue(QStringLiteral("$skiptoken")));
            bool ok = false;
            offset = t.startsWith(QLatin1String("alerts:")) ? t.mid(7).toLongLong(&ok) : -1;
            if (!ok || offset < 0)
                return serviceError(ctx, 400, QStringLiteral("BadRequest"),
                                    QStringLiteral("Invalid $skiptoken."));
        }
        QList<const QJsonObject *> matched;
        for (const QJsonObject &a : m_world->alerts())
            if (!filter || evalAlert(*filter, a))
                matched.append(&a);
        QJsonArray value;
        for (qsizetype i = offset; i < std::min<qsizetype>(matched.size(), offset + pageSize);
             ++i) {
            if (select.isEmpty()) {
                value.append(*matched[i]);
            } else {
                QJsonObject o;
                for (const QString &s : select)
                    o.insert(s, matched[i]->value(s));
                value.append(o);
            }
        }
        QJsonObject out{{QStringLiteral("@odata.context"),
                         base + QStringLiteral("/beta/$metadata#security/partner/securityAlerts")}};
        if (count)
            out.insert(QStringLiteral("@odata.count"), int(matched.size()));
        if (offset + pageSize < matched.size())
            out.insert(
                QStringLiteral("@odata.nextLink"),
                nextLink(base, req, tokenOf(QStringLiteral("alerts:%1").arg(offset + pageSize))));
        out.insert(QStringLiteral("value"), value);
        return json(200, out);
    }
    if (seg.size() != 5)
        return serviceError(ctx, 404, QStringLiteral("ResourceNotFound"),
                            QStringLiteral("Resource not found."));
    const QString id = seg[4];
    if (req.method != "GET" && req.method != "PATCH")
        return serviceError(ctx, 405, QStringLiteral("BadRequest"),
                            QStringLiteral("Method not allowed."));
    if (takeFault(ctx, QStringLiteral("alertDeleted")))
        m_world->removeAlert(id);
    QJsonObject *a = m_world->alert(id);
    if (!a)
        return serviceError(
            ctx, 404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                           "objects are not present.")
                .arg(id));
    if (req.method == "GET") {
        for (const auto &kv : req.query)
            if (kv.first.startsWith(QLatin1Char('$')) && kv.first != QLatin1String("$select"))
                return serviceError(
                    ctx, 400, QStringLiteral("BadRequest"),
                    QStringLiteral("Query option '%1' is not supported.").arg(kv.first));
        return json(200, *a);
    }
    // PATCH
    if (!canWrite)
        return serviceError(ctx, 403, QStringLiteral("Forbidden"),
                            QStringLiteral("Insufficient privileges to complete the operation."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return serviceError(
            ctx, 400, QStringLiteral("BadRequest"),
            QStringLiteral(
                "Unable to read JSON request payload. Please ensure Content-Type header is "
                "set and payload is of valid JSON format."));
    const QJsonObject body = doc.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString k = it.key();
        if (k != QLatin1String("status") && k != QLatin1String("resolvedReason") &&
            k != QLatin1String("@odata.type"))
            return serviceError(
                ctx, 400, QStringLiteral("BadRequest"),
                QStringLiteral("The property '%1' does not exist on type "
                               "'microsoft.graph.partner.security.partnerSecurityAlert' or is "
                               "read-only.")
                    .arg(k));
    }
    const QJsonValue st = body.value(QStringLiteral("status"));
    if (!st.isString() || !kAlertStatus.mid(0, 3).contains(st.toString()))
        return serviceError(
            ctx, 400, QStringLiteral("BadRequest"),
            QStringLiteral("Cannot convert the literal '%1' to the expected type "
                           "'microsoft.graph.partner.security.securityAlertStatus'.")
                .arg(st.isString() ? st.toString() : QStringLiteral("null")));
    const QJsonValue rr = body.value(QStringLiteral("resolvedReason"));
    if (!rr.isUndefined() && !rr.isNull() &&
        (!rr.isString() || !kResolvedReason.mid(0, 3).contains(rr.toString())))
        return serviceError(
            ctx, 400, QStringLiteral("BadRequest"),
            QStringLiteral("Cannot convert the literal '%1' to the expected type "
                           "'microsoft.graph.partner.security.securityAlertResolvedReason'.")
                .arg(rr.toString()));
    const QString from = a->value(QStringLiteral("status")).toString();
    const QString to = st.toString();
    const QString now = World::wireTime(QDateTime::currentDateTimeUtc(), 0);
    if (to == QLatin1String("resolved")) {
        a->insert(QStringLiteral("resolvedReason"), rr.isString() ? rr : QJsonValue());
        a->insert(QStringLiteral("resolvedOnDateTime"), now);
        a->insert(QStringLiteral("resolvedBy"), ctx.token->upn);
    } else {
        a->insert(QStringLiteral("resolvedReason"), QJsonValue());
        a->insert(QStringLiteral("resolvedOnDateTime"), QJsonValue());
        a->insert(QStringLiteral("resolvedBy"), QJsonValue());
    }
    a->insert(QStringLiteral("status"), to);
    QJsonArray logs = a->value(QStringLiteral("activityLogs")).toArray();
    logs.append(QJsonObject{{QStringLiteral("statusFrom"), from},
                            {QStringLiteral("statusTo"), to},
                            {QStringLiteral("updatedBy"), ctx.token->upn},
                            {QStringLiteral("updatedDateTime"), now}});
    a->insert(QStringLiteral("activityLogs"), logs);
    return json(200, *a);
}

Response Service::graphLogs(Ctx &ctx, const QStringList &seg)
{
    if (auto e = checkAuth(ctx, QStringLiteral("graph")))
        return *e;
    const Request &req = ctx.req;
    const QString kind = seg[2];
    LogStream stream;
    if (ieq(kind, QStringLiteral("signIns")))
        stream = LogStream::SignIns;
    else if (ieq(kind, QStringLiteral("directoryAudits")))
        stream = LogStream::DirectoryAudits;
    else
        return serviceError(ctx, 400, QStringLiteral("BadRequest"),
                            QStringLiteral("Resource not found for the segment '%1'.").arg(kind));
    const Customer *c = m_world->customer(ctx.token->tenantId);
    if (!c)
        return serviceError(ctx, 403, QStringLiteral("Authorization_RequestDenied"),
                            QStringLiteral("Insufficient privileges to complete the operation."));
    if (takeFault(ctx, QStringLiteral("forbidden")))
        return serviceError(ctx, 403, QStringLiteral("Authorization_RequestDenied"),
                            QStringLiteral("Insufficient privileges to complete the operation."));
    if (req.method != "GET")
        return serviceError(ctx, 405, QStringLiteral("BadRequest"),
                            QStringLiteral("Method not allowed."));
    if (m_opts.throttle) {
        std::deque<qint64> &q = m_throttle[c->id];
        const qint64 now = m_clock.elapsed();
        while (!q.empty() && now - q.front() >= m_opts.throttleWindowMs)
            q.pop_front();
        if (int(q.size()) >= m_opts.throttleLimit) {
            const qint64 wait = m_opts.throttleWindowMs - (now - q.front());
            return serviceError(ctx, 429, QStringLiteral("TooManyRequests"),
                                QStringLiteral("Too many requests."), int((wait + 999) / 1000));
        }
        q.push_back(now);
    }
    if (stream == LogStream::SignIns && !c->premium)
        return serviceError(
            ctx, 403, QStringLiteral("Authentication_RequestFromNonPremiumTenantOrB2CTenant"),
            QStringLiteral("Neither tenant is B2C or tenant doesn't have premium license"));
    const QString ctxName = stream == LogStream::SignIns ? QStringLiteral("signIns")
                                                         : QStringLiteral("directoryAudits");
    if (seg.size() == 4) {
        if (auto ev = m_world->logEvent(c->index, stream, seg[3])) {
            QJsonObject o = *ev;
            o.insert(QStringLiteral("@odata.context"),
                     ctx.base +
                         QStringLiteral("/v1.0/$metadata#auditLogs/%1/$entity").arg(ctxName));
            return json(200, o);
        }
        return serviceError(ctx, 404, QStringLiteral("Request_ResourceNotFound"),
                            QStringLiteral("Resource '%1' does not exist.").arg(seg[3]));
    }
    if (seg.size() != 3)
        return serviceError(ctx, 404, QStringLiteral("Request_ResourceNotFound"),
                            QStringLiteral("Resource not found."));
    static const QStringList supported{QStringLiteral("$filter"), QStringLiteral("$top"),
                                       QStringLiteral("$skiptoken")};
    for (const auto &kv : req.query)
        if (kv.first.startsWith(QLatin1Char('$')) && !supported.contains(kv.first))
            return serviceError(
                ctx, 400, QStringLiteral("BadRequest"),
                QStringLiteral("Query option '%1' is not supported by vigie-sim.").arg(kv.first));
    qint64 from = std::numeric_limits<qint64>::min() / 2, to = std::numeric_limits<qint64>::max();
    if (req.hasQuery(QStringLiteral("$filter"))) {
        QString err;
        auto f = parseFilter(req.queryValue(QStringLiteral("$filter")), &err);
        const QString prop = stream == LogStream::SignIns ? QStringLiteral("createdDateTime")
                                                          : QStringLiteral("activityDateTime");
        if (!f || !logWindow(*f, prop, from, to, &err))
            return serviceError(ctx, 400, QStringLiteral("BadRequest"), err);
    }
    int top = m_opts.logPageSize;
    if (req.hasQuery(QStringLiteral("$top"))) {
        bool ok = false;
        top = req.queryValue(QStringLiteral("$top")).toInt(&ok);
        if (!ok || top < 1 || top > 1000)
            return serviceError(
                ctx, 400, QStringLiteral("BadRequest"),
                QStringLiteral(
                    "Invalid page size specified: '%1'. Must be between 1 and 1000 inclusive.")
                    .arg(req.queryValue(QStringLiteral("$top"))));
    }
    std::optional<LogCursor> cursor;
    if (req.hasQuery(QStringLiteral("$skiptoken"))) {
        const QStringList p =
            untoken(req.queryValue(QStringLiteral("$skiptoken"))).split(QLatin1Char(':'));
        bool ok1 = false, ok2 = false;
        if (p.size() == 3 && p[0] == ctxName)
            cursor = LogCursor{p[1].toLongLong(&ok1), p[2].toLongLong(&ok2)};
        if (!ok1 || !ok2)
            return serviceError(ctx, 400, QStringLiteral("BadRequest"),
                                QStringLiteral("Invalid $skiptoken."));
    }
    if (from > to) {
        from = 0;
        to = -1;
    }
    const LogPage page = m_world->logPage(c->index, stream, from, to, cursor, top);
    // The envelope through QJsonDocument (escaping), the events as the
    // world wrote them: a page is 1,000 of them.
    QJsonObject envelope{{QStringLiteral("@odata.context"),
                          ctx.base + QStringLiteral("/v1.0/$metadata#auditLogs/") + ctxName}};
    if (page.next)
        envelope.insert(QStringLiteral("@odata.nextLink"),
                        nextLink(ctx.base, req,
                                 tokenOf(QStringLiteral("%1:%2:%3")
                                             .arg(ctxName)
                                             .arg(page.next->bulk)
                                             .arg(page.next->extra))));
    Response r = json(200, envelope);
    qsizetype size = r.body.size() + 16;
    for (const QByteArray &item : page.items)
        size += item.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += r.body.chopped(1); // without the closing brace
    body += ",\"value\":[";
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (i)
            body += ',';
        body += page.items[i];
    }
    body += "]}";
    r.body = std::move(body);
    return r;
}

} // namespace vigie::sim
