#include "net/clients.h"

#include "core/ids.h"
#include "core/jsonutil.h"
#include "core/timeutil.h"
#include "net/logpages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

namespace vigie::net {

namespace {

QUrl join(const QUrl &base, const QString &path)
{
    QUrl u = base;
    QString p = u.path();
    if (p.endsWith(u'/'))
        p.chop(1);
    u.setPath(p + path);
    return u;
}

// Parses every item of a page, logging and skipping the bad ones.
template <typename T, typename F> ParsedPage<T> parseItems(const QJsonArray &items, F parse)
{
    ParsedPage<T> page;
    for (const QJsonValue &v : items) {
        std::optional<T> item = v.isObject() ? parse(v.toObject()) : std::nullopt;
        if (item)
            page.items.append(std::move(*item));
        else {
            ++page.skipped;
            qCWarning(lcNet) << "skipped an item that cannot be read";
        }
    }
    return page;
}

template <typename T, typename F> typename ListJob<T>::PageParser graphPager(F parse)
{
    return [parse](const HttpRequest &req, const HttpResponse &resp) -> Result<ParsedPage<T>> {
        auto gp = parseGraphPage(resp.body, req.url);
        if (!gp)
            return gp.error();
        ParsedPage<T> page = parseItems<T>(gp->items, parse);
        if (!gp->nextLink.isEmpty()) {
            HttpRequest next = req;
            next.url = gp->nextLink; // checked by the job (isAllowedScheme)
            next.requestId.clear();
            page.next = next;
        }
        return page;
    };
}

template <typename T, typename F> typename ListJob<T>::PageParser pcPager(QUrl pcBase, F parse)
{
    return
        [parse, pcBase](const HttpRequest &req, const HttpResponse &resp) -> Result<ParsedPage<T>> {
            auto pp = parsePcPage(resp.body, req.url);
            if (!pp)
                return pp.error();
            ParsedPage<T> page = parseItems<T>(pp->items, parse);
            if (pp->next) {
                HttpRequest next = req;
                next.url = resolvePcLink(pcBase, pp->next->uri);
                next.method = pp->next->method;
                next.headers = pp->next->headers;
                next.requestId.clear();
                page.next = next;
            }
            return page;
        };
}

Result<QJsonObject> jsonObject(const HttpResponse &resp)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(resp.body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return corruptPage(resp.url, QStringLiteral("invalid JSON: %1").arg(pe.errorString()));
    if (!doc.isObject())
        return corruptPage(resp.url, QStringLiteral("not a JSON object"));
    return doc.object();
}

template <typename T, typename F> typename RequestJob<T>::Parse objectParser(F parse)
{
    return [parse](const HttpResponse &resp) -> Result<T> {
        auto o = jsonObject(resp);
        if (!o)
            return o.error();
        std::optional<T> v = parse(o.value());
        if (!v)
            return corruptPage(resp.url, QStringLiteral("no id"));
        return std::move(*v);
    };
}

HttpRequest graphGet(const Session &s, const QString &path, Permission perm)
{
    HttpRequest r;
    r.service = Service::Graph;
    r.resource = Resource::Graph;
    r.url = join(s.endpoints.graph, path);
    r.permission = perm;
    return r;
}

HttpRequest pcRequest(const Session &s, const QString &path)
{
    HttpRequest r;
    r.service = Service::PartnerCenter;
    r.resource = Resource::PartnerCenter;
    r.url = join(s.endpoints.partnerCenter, path);
    r.permission = Permission::PartnerCenter;
    return r;
}

} // namespace

// ---- Graph ------------------------------------------------------------------

namespace graph {

ListJob<Alert> *listAlerts(const Session &session, const QString &filter, QObject *parent)
{
    HttpRequest r = graphGet(session, QStringLiteral("/beta/security/partner/securityAlerts"),
                             Permission::AlertsRead);
    if (!filter.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$filter"), filter);
        r.url.setQuery(q);
    }
    return new ListJob<Alert>(session, r, graphPager<Alert>(parseAlert), {}, parent);
}

RequestJob<Alert> *getAlert(const Session &session, const QString &id, QObject *parent)
{
    HttpRequest r = graphGet(session,
                             QStringLiteral("/beta/security/partner/securityAlerts/") +
                                 (isSafePathId(id) ? id : QString()),
                             Permission::AlertsRead);
    r.subject = id;
    return new RequestJob<Alert>(session, r, objectParser<Alert>(parseAlert), {id}, parent);
}

RequestJob<std::optional<Alert>> *updateAlert(const Session &session, const QString &id,
                                              const QString &status, const QString &resolvedReason,
                                              const QString &clientRequestId, QObject *parent)
{
    HttpRequest r = graphGet(session,
                             QStringLiteral("/beta/security/partner/securityAlerts/") +
                                 (isSafePathId(id) ? id : QString()),
                             Permission::AlertsWrite);
    r.method = "PATCH";
    r.contentType = "application/json";
    r.subject = id;
    r.requestId = clientRequestId;
    QJsonObject body{{QStringLiteral("status"), status}};
    if (!resolvedReason.isEmpty())
        body.insert(QStringLiteral("resolvedReason"), resolvedReason);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto parse = [](const HttpResponse &resp) -> Result<std::optional<Alert>> {
        if (resp.status == 204 || resp.body.trimmed().isEmpty())
            return std::optional<Alert>();
        auto o = jsonObject(resp);
        if (!o)
            return o.error();
        return parseAlert(o.value());
    };
    return new RequestJob<std::optional<Alert>>(session, r, parse, {id}, parent);
}

QString timeFilter(const QString &property, const QDateTime &from, const QDateTime &to)
{
    QString f;
    if (from.isValid())
        f = property + QStringLiteral(" ge ") + formatFilterDateTime(from);
    if (to.isValid()) {
        if (!f.isEmpty())
            f += QStringLiteral(" and ");
        f += property + QStringLiteral(" le ") + formatFilterDateTime(to);
    }
    return f;
}

namespace {
HttpRequest logsRequest(const Session &session, const QString &path, const QString &tenant,
                        const QString &property, const QDateTime &from, const QDateTime &to,
                        Permission perm)
{
    HttpRequest r = graphGet(session, path, perm);
    r.tenant = tenant;
    r.subject = tenant;
    QUrlQuery q;
    const QString filter = timeFilter(property, from, to);
    if (!filter.isEmpty())
        q.addQueryItem(QStringLiteral("$filter"), filter);
    q.addQueryItem(QStringLiteral("$top"), QStringLiteral("1000"));
    r.url.setQuery(q);
    return r;
}
} // namespace

ListJob<SignIn> *listSignIns(const Session &session, const QString &customerTenantId,
                             const QDateTime &from, const QDateTime &to, QObject *parent)
{
    const HttpRequest r =
        logsRequest(session, QStringLiteral("/v1.0/auditLogs/signIns"), customerTenantId,
                    QStringLiteral("createdDateTime"), from, to, Permission::SignIns);
    auto parse = [customerTenantId](const HttpRequest &req, const HttpResponse &resp) {
        return parseSignInPage(req, resp, customerTenantId);
    };
    return new ListJob<SignIn>(session, r, parse, {customerTenantId}, parent);
}

ListJob<AuditEvent> *listDirectoryAudits(const Session &session, const QString &customerTenantId,
                                         const QDateTime &from, const QDateTime &to,
                                         QObject *parent)
{
    const HttpRequest r =
        logsRequest(session, QStringLiteral("/v1.0/auditLogs/directoryAudits"), customerTenantId,
                    QStringLiteral("activityDateTime"), from, to, Permission::DirectoryAudit);
    auto parse = [customerTenantId](const HttpRequest &req, const HttpResponse &resp) {
        return parseAuditPage(req, resp, customerTenantId);
    };
    return new ListJob<AuditEvent>(session, r, parse, {customerTenantId}, parent);
}

} // namespace graph

// ---- Partner Center ------------------------------------------------------------

namespace partnercenter {

namespace {
QString seg(const QString &id)
{
    return isSafePathId(id) ? id : QStringLiteral("_");
}
} // namespace

RequestJob<OrganizationProfile> *organizationProfile(const Session &session, QObject *parent)
{
    return new RequestJob<OrganizationProfile>(
        session, pcRequest(session, QStringLiteral("/v1/profiles/organization")),
        objectParser<OrganizationProfile>(parseOrganizationProfile), {}, parent);
}

ListJob<Customer> *listCustomers(const Session &session, int pageSize, QObject *parent)
{
    HttpRequest r = pcRequest(session, QStringLiteral("/v1/customers"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("size"), QString::number(std::clamp(pageSize, 1, 500)));
    r.url.setQuery(q);
    return new ListJob<Customer>(
        session, r, pcPager<Customer>(session.endpoints.partnerCenter, parseCustomer), {}, parent);
}

RequestJob<Customer> *getCustomer(const Session &session, const QString &customerId,
                                  QObject *parent)
{
    HttpRequest r = pcRequest(session, QStringLiteral("/v1/customers/") + seg(customerId));
    r.subject = customerId;
    return new RequestJob<Customer>(session, r, objectParser<Customer>(parseCustomer), {customerId},
                                    parent);
}

ListJob<Reseller> *listResellers(const Session &session, const QString &customerId, QObject *parent)
{
    HttpRequest r =
        pcRequest(session, QStringLiteral("/v1/customers/%1/relationships").arg(seg(customerId)));
    r.subject = customerId;
    auto parse = [customerId](const QJsonObject &o) { return parseReseller(o, customerId); };
    return new ListJob<Reseller>(session, r,
                                 pcPager<Reseller>(session.endpoints.partnerCenter, parse),
                                 {customerId}, parent);
}

ListJob<Subscription> *listSubscriptions(const Session &session, const QString &customerId,
                                         QObject *parent)
{
    HttpRequest r =
        pcRequest(session, QStringLiteral("/v1/customers/%1/subscriptions").arg(seg(customerId)));
    r.subject = customerId;
    auto parse = [customerId](const QJsonObject &o) { return parseSubscription(o, customerId); };
    return new ListJob<Subscription>(session, r,
                                     pcPager<Subscription>(session.endpoints.partnerCenter, parse),
                                     {customerId}, parent);
}

RequestJob<Subscription> *getSubscription(const Session &session, const QString &customerId,
                                          const QString &subscriptionId, QObject *parent)
{
    HttpRequest r = pcRequest(session, QStringLiteral("/v1/customers/%1/subscriptions/%2")
                                           .arg(seg(customerId), seg(subscriptionId)));
    r.subject = subscriptionId;
    auto parse = [customerId](const QJsonObject &o) { return parseSubscription(o, customerId); };
    return new RequestJob<Subscription>(session, r, objectParser<Subscription>(parse),
                                        {customerId, subscriptionId}, parent);
}

ListJob<Entitlement> *listEntitlements(const Session &session, const QString &customerId,
                                       const QString &subscriptionId, QObject *parent)
{
    HttpRequest r =
        pcRequest(session, QStringLiteral("/v1/customers/%1/subscriptions/%2/azureEntitlements")
                               .arg(seg(customerId), seg(subscriptionId)));
    r.subject = subscriptionId;
    auto parse = [customerId](const QJsonObject &o) { return parseEntitlement(o, customerId); };
    return new ListJob<Entitlement>(session, r,
                                    pcPager<Entitlement>(session.endpoints.partnerCenter, parse),
                                    {customerId, subscriptionId}, parent);
}

RequestJob<std::optional<Entitlement>> *
cancelEntitlement(const Session &session, const QString &customerId, const QString &subscriptionId,
                  const QString &entitlementId, const QString &requestId, const QString &reason,
                  QObject *parent)
{
    HttpRequest r = pcRequest(
        session, QStringLiteral("/v1/customers/%1/subscriptions/%2/azureEntitlements/%3/cancel")
                     .arg(seg(customerId), seg(subscriptionId), seg(entitlementId)));
    r.method = "POST";
    r.contentType = "application/json";
    r.requestId = requestId;
    r.subject = entitlementId;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("cancellationReason"), reason}})
                 .toJson(QJsonDocument::Compact);
    auto parse = [customerId](const HttpResponse &resp) -> Result<std::optional<Entitlement>> {
        const QJsonDocument doc = QJsonDocument::fromJson(resp.body);
        if (!doc.isObject())
            return std::optional<Entitlement>(); // 202 without (readable) body
        return parseEntitlement(doc.object(), customerId);
    };
    return new RequestJob<std::optional<Entitlement>>(
        session, r, parse, {customerId, subscriptionId, entitlementId}, parent);
}

ListJob<QJsonObject> *listFraudEvents(const Session &session, const QString &eventStatus,
                                      const QString &azureSubscriptionId, QObject *parent)
{
    HttpRequest r = pcRequest(session, QStringLiteral("/v1/fraudEvents"));
    QUrlQuery q;
    if (!eventStatus.isEmpty())
        q.addQueryItem(QStringLiteral("EventStatus"), eventStatus);
    if (!azureSubscriptionId.isEmpty())
        q.addQueryItem(QStringLiteral("SubscriptionId"), azureSubscriptionId);
    r.url.setQuery(q);
    r.headers.append(qMakePair(QByteArray("X-NewEventsModel"), QByteArray("true")));
    auto parser = [](const HttpRequest &req,
                     const HttpResponse &resp) -> Result<ParsedPage<QJsonObject>> {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(resp.body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return corruptPage(req.url, QStringLiteral("invalid JSON: %1").arg(pe.errorString()));
        // A bare array (documented); tolerate a PC collection envelope too.
        const QJsonArray arr =
            doc.isArray() ? doc.array() : json::valueCi(doc.object(), u"items").toArray();
        ParsedPage<QJsonObject> page;
        for (const QJsonValue &v : arr) {
            const QJsonObject o = v.toObject();
            if (json::toString(json::valueCi(o, u"eventId")).isEmpty())
                ++page.skipped;
            else
                page.items.append(o);
        }
        return page;
    };
    return new ListJob<QJsonObject>(session, r, parser, {}, parent);
}

SetSubscriptionStatusJob::SetSubscriptionStatusJob(const Session &session, QString customerId,
                                                   QString subscriptionId, QString status,
                                                   QString requestId, QObject *parent)
    : ValueJob(session, parent), m_customerId(std::move(customerId)),
      m_subscriptionId(std::move(subscriptionId)), m_status(std::move(status)),
      m_requestId(requestId.isEmpty() ? newGuid() : std::move(requestId))
{}

QUrl SetSubscriptionStatusJob::url() const
{
    return join(
        session().endpoints.partnerCenter,
        QStringLiteral("/v1/customers/%1/subscriptions/%2").arg(m_customerId, m_subscriptionId));
}

void SetSubscriptionStatusJob::run()
{
    if (!checkIds({m_customerId, m_subscriptionId}))
        return;
    fetch();
}

void SetSubscriptionStatusJob::fetch()
{
    HttpRequest r = pcRequest(session(), {});
    r.url = url();
    r.subject = m_subscriptionId;
    send(r, [this](const HttpResponse &resp) {
        auto o = jsonObject(resp);
        if (!o) {
            fail(o.error());
            return;
        }
        patch(o.value());
    });
}

void SetSubscriptionStatusJob::patch(const QJsonObject &current)
{
    QJsonObject body = current;
    QString statusKey = QStringLiteral("status");
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key().compare(u"status", Qt::CaseInsensitive) == 0) {
            statusKey = it.key();
            break;
        }
    }
    body.insert(statusKey, m_status);
    const QString etag =
        json::toString(json::valueCi(json::valueCi(current, u"attributes").toObject(), u"etag"));

    HttpRequest r = pcRequest(session(), {});
    r.url = url();
    r.method = "PATCH";
    r.contentType = "application/json";
    r.requestId = m_requestId; // idempotency key: same on every retry
    r.subject = m_subscriptionId;
    if (!etag.isEmpty())
        r.headers.append(qMakePair(QByteArray("If-Match"), etag.toUtf8()));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.passStatuses = {412};
    ++m_patches;
    send(r, [this](const HttpResponse &resp) {
        if (resp.status == 412) {
            if (m_patches >= 2) {
                fail(errorForStatus(Service::PartnerCenter, 412, resp.body,
                                    Permission::PartnerCenter, m_subscriptionId));
                return;
            }
            fetch(); // stale etag: read again, re-apply once
            return;
        }
        auto o = jsonObject(resp);
        if (!o) {
            fail(o.error());
            return;
        }
        auto sub = parseSubscription(o.value(), m_customerId);
        if (!sub) {
            fail(corruptPage(resp.url, QStringLiteral("no id")));
            return;
        }
        succeedWith(std::move(*sub));
    });
}

SetSubscriptionStatusJob *suspendSubscription(const Session &session, const QString &customerId,
                                              const QString &subscriptionId,
                                              const QString &requestId, QObject *parent)
{
    return new SetSubscriptionStatusJob(session, customerId, subscriptionId,
                                        QStringLiteral("suspended"), requestId, parent);
}

} // namespace partnercenter

// ---- Cost Management --------------------------------------------------------------

namespace cost {

QByteArray queryBody(QDate from, QDate to)
{
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("ActualCost")},
        {QStringLiteral("timeframe"), QStringLiteral("Custom")},
        {QStringLiteral("timePeriod"),
         QJsonObject{
             {QStringLiteral("from"), from.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")},
             {QStringLiteral("to"), to.toString(Qt::ISODate) + QStringLiteral("T23:59:59Z")}}},
        {QStringLiteral("dataset"),
         QJsonObject{
             {QStringLiteral("granularity"), QStringLiteral("Daily")},
             {QStringLiteral("aggregation"),
              QJsonObject{{QStringLiteral("totalCost"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Cost")},
                                       {QStringLiteral("function"), QStringLiteral("Sum")}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ListJob<SpendDay> *dailyCost(const Session &session, const QString &customerTenantId,
                             const QString &azureSubscriptionId, QDate from, QDate to,
                             const QString &apiVersion, QObject *parent)
{
    HttpRequest r;
    r.service = Service::Arm;
    r.resource = Resource::Arm;
    r.tenant = customerTenantId;
    r.permission = Permission::CostManagement;
    r.subject = azureSubscriptionId;
    r.method = "POST";
    r.contentType = "application/json";
    r.url = join(
        session.endpoints.arm,
        QStringLiteral("/subscriptions/%1/providers/Microsoft.CostManagement/query")
            .arg(isSafePathId(azureSubscriptionId) ? azureSubscriptionId : QStringLiteral("_")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("api-version"),
                   apiVersion.isEmpty() ? QStringLiteral("2023-03-01") : apiVersion);
    r.url.setQuery(q);
    r.body = queryBody(from, to);
    auto parser = [azureSubscriptionId,
                   customerTenantId](const HttpRequest &req,
                                     const HttpResponse &resp) -> Result<ParsedPage<SpendDay>> {
        auto cp = parseCostPage(resp.status == 204 ? QByteArray() : resp.body, req.url,
                                azureSubscriptionId, customerTenantId);
        if (!cp)
            return cp.error();
        ParsedPage<SpendDay> page;
        page.items = cp->days;
        page.skipped = cp->skippedRows;
        if (!cp->nextLink.isEmpty()) {
            HttpRequest next = req; // POST the same body
            next.url = cp->nextLink;
            next.requestId.clear();
            page.next = next;
        }
        return page;
    };
    return new ListJob<SpendDay>(session, r, parser, {customerTenantId, azureSubscriptionId},
                                 parent);
}

} // namespace cost

} // namespace vigie::net
