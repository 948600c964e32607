#include "sync/wire.h"

#include "core/jsonutil.h"
#include "core/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::sync {

namespace {

QString str(const QJsonObject &o, QStringView key)
{
    return json::toString(o.value(key));
}

QDateTime time(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? parseWireDateTime(v.toString()) : QDateTime();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<Alert> alertFromJson(const QJsonObject &o)
{
    Alert a;
    a.id = str(o, u"id");
    if (a.id.isEmpty())
        return std::nullopt;
    a.displayName = str(o, u"displayName");
    a.description = str(o, u"description");
    a.alertType = str(o, u"alertType");
    a.status = AlertStatus::parse(str(o, u"status"));
    a.severity = AlertSeverity::parse(str(o, u"severity"));
    a.confidence = Confidence::parse(str(o, u"confidenceLevel"));
    a.customerTenantId = str(o, u"customerTenantId");
    a.subscriptionId = str(o, u"subscriptionId");
    a.valueAddedResellerTenantId = str(o, u"valueAddedResellerTenantId");
    a.catalogOfferId = str(o, u"catalogOfferId");
    a.detectedDateTime = time(o, u"detectedDateTime");
    a.firstObservedDateTime = time(o, u"firstObservedDateTime");
    a.lastObservedDateTime = time(o, u"lastObservedDateTime");
    a.resolvedReason = ResolvedReason::parse(str(o, u"resolvedReason"));
    a.resolvedOnDateTime = time(o, u"resolvedOnDateTime");
    a.resolvedBy = str(o, u"resolvedBy");
    a.isTest = json::toBool(o.value(u"isTest")).value_or(false);
    a.raw = o;
    return a;
}

std::optional<Customer> customerFromJson(const QJsonObject &o)
{
    Customer c;
    c.id = str(o, u"id");
    const QJsonObject profile = o.value(u"companyProfile").toObject();
    if (c.id.isEmpty())
        c.id = str(profile, u"tenantId");
    if (c.id.isEmpty())
        return std::nullopt;
    c.companyName = str(profile, u"companyName");
    c.domain = str(profile, u"domain");
    c.relationship = str(o, u"relationshipToPartner");
    c.associatedPartnerId = str(o, u"associatedPartnerId");
    c.raw = o;
    return c;
}

std::optional<Reseller> resellerFromJson(const QJsonObject &o, const QString &customerId)
{
    Reseller r;
    r.id = str(o, u"id");
    if (r.id.isEmpty())
        return std::nullopt;
    r.customerId = customerId;
    r.name = str(o, u"name");
    r.mpnId = str(o, u"mpnId");
    r.raw = o;
    return r;
}

std::optional<Subscription> subscriptionFromJson(const QJsonObject &o, const QString &customerId)
{
    Subscription s;
    s.id = str(o, u"id");
    if (s.id.isEmpty())
        return std::nullopt;
    s.customerId = customerId;
    s.offerId = str(o, u"offerId");
    s.offerName = str(o, u"offerName");
    s.friendlyName = str(o, u"friendlyName");
    s.status = SubscriptionStatus::parse(str(o, u"status"));
    s.etag = str(o.value(u"attributes").toObject(), u"etag");
    s.partnerId = str(o, u"partnerId");
    s.raw = o;
    return s;
}

std::optional<Entitlement> entitlementFromJson(const QJsonObject &o, const QString &customerId,
                                               const QString &subscriptionId)
{
    Entitlement e;
    e.id = str(o, u"id");
    if (e.id.isEmpty())
        return std::nullopt;
    e.subscriptionId = str(o, u"subscriptionId");
    if (e.subscriptionId.isEmpty())
        e.subscriptionId = subscriptionId;
    e.customerId = customerId;
    e.friendlyName = str(o, u"friendlyName");
    e.status = str(o, u"status");
    e.raw = o;
    return e;
}

std::optional<SpendDay> spendFromJson(const QJsonObject &o, const QString &azureSubscriptionId,
                                      const QString &customerId)
{
    SpendDay d;
    d.subscriptionId = azureSubscriptionId;
    d.customerId = customerId;
    const auto day = json::toInt(o.value(u"UsageDate"));
    if (!day || *day < 19000101 || *day > 29991231)
        return std::nullopt;
    d.day = int(*day);
    for (const char16_t *name :
         {u"Cost", u"PreTaxCost", u"CostUSD", u"PreTaxCostUSD", u"totalCost"}) {
        const QJsonValue v = o.value(QStringView(name));
        if (v.isDouble()) {
            d.cost = v.toDouble();
            break;
        }
    }
    d.currency = str(o, u"Currency");
    return d;
}

std::optional<store::SignInRow> signInFromJson(const QJsonObject &o)
{
    store::SignInRow r;
    r.id = str(o, u"id");
    const QDateTime created = time(o, u"createdDateTime");
    if (r.id.isEmpty() || !created.isValid())
        return std::nullopt;
    r.createdAtMs = toEpochMs(created);
    r.userId = str(o, u"userId");
    r.userPrincipalName = str(o, u"userPrincipalName");
    r.appId = str(o, u"appId");
    r.appDisplayName = str(o, u"appDisplayName");
    r.ipAddress = str(o, u"ipAddress");
    r.countryOrRegion = json::toString(json::at(o, u"location.countryOrRegion"));
    r.errorCode = int(json::toInt(json::at(o, u"status.errorCode")).value_or(0));
    r.raw = compact(o);
    return r;
}

std::optional<store::AuditRow> auditFromJson(const QJsonObject &o)
{
    store::AuditRow r;
    r.id = str(o, u"id");
    const QDateTime at = time(o, u"activityDateTime");
    if (r.id.isEmpty() || !at.isValid())
        return std::nullopt;
    r.activityAtMs = toEpochMs(at);
    r.category = str(o, u"category");
    r.activityDisplayName = str(o, u"activityDisplayName");
    r.result = str(o, u"result");
    r.loggedByService = str(o, u"loggedByService");
    r.actor = json::toString(json::at(o, u"initiatedBy.user.userPrincipalName"));
    if (r.actor.isEmpty())
        r.actor = json::toString(json::at(o, u"initiatedBy.app.displayName"));
    if (r.actor.isEmpty())
        r.actor = json::toString(json::at(o, u"initiatedBy.app.appId"));
    r.raw = compact(o);
    return r;
}

bool isAzurePlan(const Subscription &s)
{
    return s.offerId.startsWith(u"DZH318Z0BPS6", Qt::CaseInsensitive) ||
           s.offerName.contains(u"Azure plan", Qt::CaseInsensitive);
}

} // namespace vigie::sync
