// Partner Center REST API (api.md §5).
#include "sim/datetime.h"
#include "sim/rng.h"
#include "sim/service.h"

#include <QJsonDocument>

namespace vigie::sim {

namespace {

QJsonObject pcLink(const QString &uri)
{
    return QJsonObject{{QStringLiteral("uri"), uri},
                       {QStringLiteral("method"), QStringLiteral("GET")},
                       {QStringLiteral("headers"), QJsonArray{}}};
}

QJsonObject collection(const QJsonArray &items, const QJsonObject &links = {})
{
    QJsonObject o{{QStringLiteral("totalCount"), int(items.size())},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("attributes"),
                   QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Collection")}}}};
    if (!links.isEmpty())
        o.insert(QStringLiteral("links"), links);
    return o;
}

QJsonValue ci(const QJsonObject &o, const QString &key)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (ieq(it.key(), key))
            return it.value();
    return {};
}

QJsonObject entitlementJson(const Entitlement &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("friendlyName"), e.friendlyName},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("subscriptionId"), e.subscriptionId},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("AzureEntitlement")}}}};
}

QString fraudStatus(const QString &s)
{
    if (s == QLatin1String("resolved"))
        return QStringLiteral("Resolved");
    if (s == QLatin1String("investigating"))
        return QStringLiteral("Investigating");
    return QStringLiteral("Active");
}

QString fraudTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QString s =
        parseDateTimeOffset(v.toString()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

} // namespace

Response Service::partnerCenter(Ctx &ctx, const QStringList &seg)
{
    if (auto e = checkAuth(ctx, QStringLiteral("pc")))
        return *e;
    const Request &req = ctx.req;
    auto pcErr = [&](int status, const QString &code, const QString &desc) {
        return serviceError(ctx, status, code, desc);
    };
    if (ctx.token->tenantId != m_world->partnerTenantId())
        return pcErr(403, QStringLiteral("2006"),
                     QStringLiteral(
                         "Partner is not valid; the token was not issued by the partner tenant."));
    if (takeFault(ctx, QStringLiteral("forbidden")))
        return pcErr(403, QStringLiteral("900"),
                     QStringLiteral("The user does not have the Admin Agent role."));

    const QString rid = QString::fromLatin1(req.header("ms-requestid"));
    const bool mutating = req.method == "PATCH" || req.method == "POST";
    if (mutating && !rid.isEmpty()) {
        auto it = m_idempotent.constFind(rid);
        if (it != m_idempotent.cend()) {
            ctx.faultsApplied.append(QStringLiteral("idempotentReplay"));
            return *it;
        }
    }
    auto remember = [&](const Response &r) {
        if (mutating && !rid.isEmpty() && r.status < 500 && r.status != 429 && r.status != 412)
            m_idempotent.insert(rid, r);
        return r;
    };

    // seg[0] == "v1"
    if (seg.size() == 3 && ieq(seg[1], QStringLiteral("profiles")) &&
        ieq(seg[2], QStringLiteral("organization")))
        return json(200, m_world->organizationProfile());

    if (seg.size() >= 2 && ieq(seg[1], QStringLiteral("fraudEvents"))) {
        auto eventOf = [&](const QJsonObject &a) {
            const QString aid = a.value(QStringLiteral("id")).toString();
            const quint64 h = qHash(aid, 7);
            const Customer *c =
                m_world->customer(a.value(QStringLiteral("customerTenantId")).toString());
            const QJsonArray res = a.value(QStringLiteral("affectedResources")).toArray();
            const QString resId =
                res.isEmpty() ? QString()
                              : res[0].toObject().value(QStringLiteral("resourceId")).toString();
            return QJsonObject{
                {QStringLiteral("eventTime"),
                 fraudTime(a.value(QStringLiteral("detectedDateTime")))},
                {QStringLiteral("eventId"), guidFrom(h, hashOf(h, 1)) + QLatin1Char('_') +
                                                guidFrom(hashOf(h, 2), hashOf(h, 3))},
                {QStringLiteral("partnerTenantId"), m_world->partnerTenantId()},
                {QStringLiteral("partnerFriendlyName"), m_world->partnerName()},
                {QStringLiteral("customerTenantId"), a.value(QStringLiteral("customerTenantId"))},
                {QStringLiteral("customerFriendlyName"),
                 c ? QJsonValue(c->companyName) : QJsonValue()},
                {QStringLiteral("subscriptionId"), a.value(QStringLiteral("subscriptionId"))},
                {QStringLiteral("subscriptionType"), QStringLiteral("modern")},
                {QStringLiteral("entityId"), resId},
                {QStringLiteral("entityName"), resId.section(QLatin1Char('/'), -1)},
                {QStringLiteral("hitCount"), QString::number(1 + int(h % 20))},
                {QStringLiteral("catalogOfferId"), a.value(QStringLiteral("catalogOfferId"))},
                {QStringLiteral("eventStatus"),
                 fraudStatus(a.value(QStringLiteral("status")).toString())},
                {QStringLiteral("eventType"), a.value(QStringLiteral("alertType"))},
                {QStringLiteral("serviceName"), QStringLiteral("Compute")},
                {QStringLiteral("firstOccurrence"),
                 fraudTime(a.value(QStringLiteral("firstObservedDateTime")))},
                {QStringLiteral("lastOccurrence"),
                 fraudTime(a.value(QStringLiteral("lastObservedDateTime")))},
                {QStringLiteral("resolvedReason"),
                 a.value(QStringLiteral("resolvedReason")).isString()
                     ? QJsonValue(
                           a.value(QStringLiteral("resolvedReason")).toString().left(1).toUpper() +
                           a.value(QStringLiteral("resolvedReason")).toString().mid(1))
                     : QJsonValue()},
                {QStringLiteral("resolvedOn"),
                 a.value(QStringLiteral("resolvedOnDateTime")).isString()
                     ? QJsonValue(fraudTime(a.value(QStringLiteral("resolvedOnDateTime"))))
                     : QJsonValue()},
                {QStringLiteral("resolvedBy"), a.value(QStringLiteral("resolvedBy"))},
                {QStringLiteral("valueAddedResellerTenantId"),
                 a.value(QStringLiteral("valueAddedResellerTenantId"))},
                {QStringLiteral("severity"), a.value(QStringLiteral("severity"))},
                {QStringLiteral("displayName"), a.value(QStringLiteral("displayName"))},
                {QStringLiteral("description"), a.value(QStringLiteral("description"))},
                {QStringLiteral("isTest"), QStringLiteral("false")},
            };
        };
        const bool newModel = req.header("x-neweventsmodel").toLower() == "true";
        auto visible = [&](const QJsonObject &a) {
            return newModel || a.value(QStringLiteral("alertType"))
                                   .toString()
                                   .contains(QLatin1String("Crypto"), Qt::CaseInsensitive);
        };
        if (seg.size() == 2 && req.method == "GET") {
            const QString st = req.queryValue(QStringLiteral("EventStatus"));
            const QString sub = req.queryValue(QStringLiteral("SubscriptionId"));
            if (!st.isEmpty() && !QStringList{QStringLiteral("active"), QStringLiteral("resolved"),
                                              QStringLiteral("investigating")}
                                      .contains(st.toLower()))
                return pcErr(400, QStringLiteral("400"),
                             QStringLiteral("The EventStatus value is invalid."));
            QJsonArray out;
            for (const QJsonObject &a : m_world->alerts()) {
                if (!visible(a))
                    continue;
                if (!st.isEmpty() &&
                    !ieq(fraudStatus(a.value(QStringLiteral("status")).toString()), st))
                    continue;
                if (!sub.isEmpty() &&
                    !ieq(a.value(QStringLiteral("subscriptionId")).toString(), sub))
                    continue;
                out.append(eventOf(a));
            }
            return json(200, out);
        }
        if (seg.size() == 5 && ieq(seg[2], QStringLiteral("subscription")) &&
            ieq(seg[4], QStringLiteral("status")) && req.method == "POST") {
            QJsonParseError pe;
            const QJsonDocument d = QJsonDocument::fromJson(req.body, &pe);
            if (pe.error != QJsonParseError::NoError || !d.isObject())
                return remember(pcErr(400, QStringLiteral("400"),
                                      QStringLiteral("The request body is not valid JSON.")));
            const QJsonObject b = d.object();
            const QJsonArray ids = ci(b, QStringLiteral("EventIds")).toArray();
            const QString st = ci(b, QStringLiteral("EventStatus")).toString();
            const QString reason = ci(b, QStringLiteral("ResolvedReason")).toString();
            static const QStringList statuses{QStringLiteral("Active"), QStringLiteral("Resolved"),
                                              QStringLiteral("Investigating")};
            static const QStringList reasons{QStringLiteral("Legitimate"), QStringLiteral("Fraud"),
                                             QStringLiteral("Ignore")};
            if (ids.isEmpty() || !statuses.contains(st, Qt::CaseInsensitive) ||
                (!reason.isEmpty() && !reasons.contains(reason, Qt::CaseInsensitive)))
                return remember(
                    pcErr(400, QStringLiteral("400"),
                          QStringLiteral("EventIds, EventStatus or ResolvedReason is invalid.")));
            QJsonArray out;
            for (QJsonObject &a : m_world->alerts()) {
                if (!ieq(a.value(QStringLiteral("subscriptionId")).toString(), seg[3]) ||
                    !visible(a))
                    continue;
                const QString eid = eventOf(a).value(QStringLiteral("eventId")).toString();
                bool hit = false;
                for (const QJsonValue &v : ids)
                    hit = hit || ieq(v.toString(), eid);
                if (!hit)
                    continue;
                const QString to = st.toLower();
                QJsonArray logs = a.value(QStringLiteral("activityLogs")).toArray();
                const QString now = World::wireTime(QDateTime::currentDateTimeUtc(), 1);
                logs.append(
                    QJsonObject{{QStringLiteral("statusFrom"), a.value(QStringLiteral("status"))},
                                {QStringLiteral("statusTo"), to},
                                {QStringLiteral("updatedBy"), ctx.token->upn},
                                {QStringLiteral("updatedDateTime"), now}});
                a.insert(QStringLiteral("activityLogs"), logs);
                a.insert(QStringLiteral("status"), to);
                if (to == QLatin1String("resolved")) {
                    a.insert(QStringLiteral("resolvedReason"),
                             reason.isEmpty() ? QJsonValue() : QJsonValue(reason.toLower()));
                    a.insert(QStringLiteral("resolvedOnDateTime"), now);
                    a.insert(QStringLiteral("resolvedBy"), ctx.token->upn);
                }
                out.append(eventOf(a));
            }
            return remember(json(200, out));
        }
        return pcErr(404, QStringLiteral("1000"), QStringLiteral("Not found"));
    }

    if (seg.size() >= 2 && ieq(seg[1], QStringLiteral("customers"))) {
        if (seg.size() == 2) {
            if (req.method != "GET")
                return pcErr(405, QStringLiteral("405"), QStringLiteral("Method not allowed"));
            int size = m_opts.customersPageDefault;
            if (req.hasQuery(QStringLiteral("size"))) {
                bool ok = false;
                size = req.queryValue(QStringLiteral("size")).toInt(&ok);
                if (!ok || size < 1 || size > 1000)
                    return pcErr(400, QStringLiteral("400"),
                                 QStringLiteral("The size parameter is invalid."));
            }
            qsizetype offset = 0;
            if (ieq(req.queryValue(QStringLiteral("seekOperation")), QStringLiteral("Next"))) {
                const QByteArray tok = req.header("ms-continuationtoken");
                auto dec =
                    QByteArray::fromBase64Encoding(tok, QByteArray::AbortOnBase64DecodingErrors);
                bool ok = false;
                if (dec && (*dec).startsWith("customers:"))
                    offset = (*dec).mid(10).toLongLong(&ok);
                if (!ok || offset < 0)
                    return pcErr(400, QStringLiteral("400"),
                                 QStringLiteral("A valid MS-ContinuationToken header is required "
                                                "with seekOperation=Next."));
            }
            const QList<Customer> &all = m_world->customers();
            QJsonArray items;
            for (qsizetype i = offset; i < std::min<qsizetype>(all.size(), offset + size); ++i) {
                const Customer &c = all[i];
                QJsonObject o{
                    {QStringLiteral("id"), c.id},
                    {QStringLiteral("commerceId"), c.commerceId},
                    {QStringLiteral("companyProfile"),
                     QJsonObject{
                         {QStringLiteral("tenantId"), c.id},
                         {QStringLiteral("domain"), c.domain},
                         {QStringLiteral("companyName"), c.companyName},
                         {QStringLiteral("links"),
                          QJsonObject{{QStringLiteral("self"),
                                       pcLink(QStringLiteral("/customers/%1/profiles/company")
                                                  .arg(c.id))}}},
                         {QStringLiteral("attributes"),
                          QJsonObject{{QStringLiteral("objectType"),
                                       QStringLiteral("CustomerCompanyProfile")}}}}},
                    {QStringLiteral("relationshipToPartner"), QStringLiteral("reseller")},
                    {QStringLiteral("customDomains"), QJsonArray{c.domain}},
                    {QStringLiteral("links"),
                     QJsonObject{{QStringLiteral("self"),
                                  pcLink(QStringLiteral("/customers/%1").arg(c.id))}}},
                    {QStringLiteral("attributes"),
                     QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Customer")}}}};
                if (c.resellerIndex >= 0)
                    o.insert(QStringLiteral("associatedPartnerId"),
                             m_world->resellers()[c.resellerIndex].mpnId);
                items.append(o);
            }
            QJsonObject links{
                {QStringLiteral("self"), pcLink(QStringLiteral("/customers?size=%1").arg(size))}};
            QJsonObject out = collection(items);
            if (offset + size < all.size()) {
                const QString tok = QString::fromLatin1(
                    QStringLiteral("customers:%1").arg(offset + size).toLatin1().toBase64());
                QJsonObject next =
                    pcLink(QStringLiteral("/customers?size=%1&seekOperation=Next").arg(size));
                next.insert(QStringLiteral("headers"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("key"), QStringLiteral("MS-ContinuationToken")},
                                {QStringLiteral("value"), tok}}});
                links.insert(QStringLiteral("next"), next);
                out.insert(QStringLiteral("continuationToken"), tok);
            }
            out.insert(QStringLiteral("links"), links);
            return json(200, out);
        }
        const Customer *c = m_world->customer(seg[2]);
        if (!c || !isGuidText(seg[2]))
            return pcErr(404, QStringLiteral("1000"), QStringLiteral("Not found"));
        if (seg.size() == 3) {
            QJsonObject o{
                {QStringLiteral("id"), c->id},
                {QStringLiteral("commerceId"), c->commerceId},
                {QStringLiteral("companyProfile"),
                 QJsonObject{{QStringLiteral("tenantId"), c->id},
                             {QStringLiteral("domain"), c->domain},
                             {QStringLiteral("companyName"), c->companyName},
                             {QStringLiteral("attributes"),
                              QJsonObject{{QStringLiteral("objectType"),
                                           QStringLiteral("CustomerCompanyProfile")}}}}},
                {QStringLiteral("billingProfile"),
                 QJsonObject{{QStringLiteral("id"),
                              guidOf(m_world->config().seed, 0xb1, quint64(c->index))},
                             {QStringLiteral("companyName"), c->companyName},
                             {QStringLiteral("culture"), QStringLiteral("fr-FR")},
                             {QStringLiteral("language"), QStringLiteral("fr")},
                             {QStringLiteral("defaultAddress"),
                              QJsonObject{{QStringLiteral("country"), QStringLiteral("FR")},
                                          {QStringLiteral("city"), QStringLiteral("Paris")}}},
                             {QStringLiteral("attributes"),
                              QJsonObject{{QStringLiteral("objectType"),
                                           QStringLiteral("CustomerBillingProfile")}}}}},
                {QStringLiteral("relationshipToPartner"), QStringLiteral("reseller")},
                {QStringLiteral("allowDelegatedAccess"), c->allowDelegatedAccess},
                {QStringLiteral("customDomains"), QJsonArray{c->domain}},
                {QStringLiteral("links"),
                 QJsonObject{
                     {QStringLiteral("self"), pcLink(QStringLiteral("/customers/%1").arg(c->id))}}},
                {QStringLiteral("attributes"),
                 QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Customer")}}}};
            if (c->resellerIndex >= 0)
                o.insert(QStringLiteral("associatedPartnerId"),
                         m_world->resellers()[c->resellerIndex].mpnId);
            return json(200, o);
        }
        if (seg.size() == 4 && ieq(seg[3], QStringLiteral("relationships"))) {
            QJsonArray items;
            if (c->resellerIndex >= 0) {
                const Reseller &r = m_world->resellers()[c->resellerIndex];
                items.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("name"), r.name},
                                         {QStringLiteral("relationshipType"),
                                          QStringLiteral("is_indirect_cloud_solution_provider_of")},
                                         {QStringLiteral("mpnId"), r.mpnId},
                                         {QStringLiteral("attributes"),
                                          QJsonObject{{QStringLiteral("objectType"),
                                                       QStringLiteral("PartnerRelationship")}}}});
            }
            return json(200, collection(items));
        }
        if (seg.size() >= 4 && ieq(seg[3], QStringLiteral("subscriptions"))) {
            QList<QJsonObject> *subs = m_world->subscriptions(c->id);
            if (seg.size() == 4) {
                QJsonArray items;
                for (const QJsonObject &s : *subs)
                    items.append(s);
                return json(200, collection(items));
            }
            QJsonObject *sub = m_world->subscription(c->id, seg[4]);
            if (!sub)
                return remember(
                    pcErr(404, QStringLiteral("2000"),
                          QStringLiteral("Subscription with the provided Id was not found.")));
            if (seg.size() == 5) {
                if (req.method == "GET")
                    return json(200, *sub);
                if (req.method != "PATCH")
                    return pcErr(405, QStringLiteral("405"), QStringLiteral("Method not allowed"));
                const QString current = sub->value(QStringLiteral("attributes"))
                                            .toObject()
                                            .value(QStringLiteral("etag"))
                                            .toString();
                const QByteArray ifMatch = req.header("if-match");
                if (takeFault(ctx, QStringLiteral("etagConflict")) ||
                    (!ifMatch.isNull() && QString::fromLatin1(ifMatch) != current &&
                     ifMatch != "*"))
                    return pcErr(412, QStringLiteral("412"),
                                 QStringLiteral("The resource has been modified; the If-Match etag "
                                                "does not match the current version."));
                QJsonParseError pe;
                const QJsonDocument d = QJsonDocument::fromJson(req.body, &pe);
                if (pe.error != QJsonParseError::NoError || !d.isObject())
                    return remember(pcErr(400, QStringLiteral("400"),
                                          QStringLiteral("The request body is not valid JSON.")));
                const QString status =
                    ci(d.object(), QStringLiteral("status")).toString().toLower();
                if (status != QLatin1String("active") && status != QLatin1String("suspended"))
                    return remember(pcErr(
                        400, QStringLiteral("400"),
                        QStringLiteral("The subscription status '%1' is invalid.").arg(status)));
                const QString id = sub->value(QStringLiteral("id")).toString();
                const int version = (m_subVersion[id] = m_subVersion.value(id, 1) + 1);
                sub->insert(QStringLiteral("status"), status);
                sub->insert(QStringLiteral("suspensionReasons"),
                            status == QLatin1String("suspended")
                                ? QJsonArray{QStringLiteral("PartnerInitiated")}
                                : QJsonArray{});
                QJsonObject attrs = sub->value(QStringLiteral("attributes")).toObject();
                attrs.insert(QStringLiteral("etag"),
                             QString::fromLatin1(QStringLiteral("{\"id\":\"%1\",\"version\":%2}")
                                                     .arg(id.left(8))
                                                     .arg(version)
                                                     .toLatin1()
                                                     .toBase64()));
                sub->insert(QStringLiteral("attributes"), attrs);
                for (Entitlement *e : m_world->entitlements(id))
                    if (!e->cancelled)
                        e->status = status == QLatin1String("suspended")
                                        ? QStringLiteral("disabled")
                                        : QStringLiteral("active");
                return remember(json(200, *sub));
            }
            if (seg.size() >= 6 && ieq(seg[5], QStringLiteral("azureEntitlements"))) {
                const QList<Entitlement *> ents = m_world->entitlements(seg[4]);
                if (seg.size() == 6) {
                    QJsonArray items;
                    for (const Entitlement *e : ents)
                        items.append(entitlementJson(*e));
                    return json(200, collection(items));
                }
                Entitlement *ent = nullptr;
                for (Entitlement *e : ents)
                    if (ieq(e->id, seg[6]))
                        ent = e;
                if (!ent)
                    return remember(pcErr(404, QStringLiteral("1000"),
                                          QStringLiteral("Azure entitlement not found.")));
                if (seg.size() == 7 && req.method == "GET")
                    return json(200, entitlementJson(*ent));
                if (seg.size() == 8 && ieq(seg[7], QStringLiteral("cancel")) &&
                    req.method == "POST") {
                    QJsonParseError pe;
                    const QJsonDocument d = QJsonDocument::fromJson(req.body, &pe);
                    const QString reason =
                        d.isObject()
                            ? ci(d.object(), QStringLiteral("cancellationReason")).toString()
                            : QString();
                    if (pe.error != QJsonParseError::NoError || reason.isEmpty())
                        return remember(pcErr(400, QStringLiteral("400"),
                                              QStringLiteral("cancellationReason is required.")));
                    const QJsonObject before = entitlementJson(*ent);
                    // Asynchronous: the 202 shows the entitlement as it was; later GETs see it
                    // disabled.
                    ent->cancelled = true;
                    ent->status = QStringLiteral("disabled");
                    return remember(json(202, before));
                }
                return pcErr(405, QStringLiteral("405"), QStringLiteral("Method not allowed"));
            }
        }
    }
    return pcErr(404, QStringLiteral("1000"), QStringLiteral("Not found"));
}

} // namespace vigie::sim
