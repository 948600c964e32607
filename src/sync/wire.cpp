#include "sync/wire.h"

#include "core/jsonutil.h"
#include "core/timeutil.h"
#include "net/parsers.h"

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

// Remote objects are mapped by src/net's parsers (tolerant of casing, strings
// as booleans, unknown enums); sync only adds what the store needs.
std::optional<Alert> alertFromJson(const QJsonObject &o)
{
    return net::parseAlert(o);
}

std::optional<Customer> customerFromJson(const QJsonObject &o)
{
    return net::parseCustomer(o);
}

std::optional<Reseller> resellerFromJson(const QJsonObject &o, const QString &customerId)
{
    return net::parseReseller(o, customerId);
}

std::optional<Subscription> subscriptionFromJson(const QJsonObject &o, const QString &customerId)
{
    return net::parseSubscription(o, customerId);
}

std::optional<Entitlement> entitlementFromJson(const QJsonObject &o, const QString &customerId,
                                               const QString &subscriptionId)
{
    auto e = net::parseEntitlement(o, customerId);
    if (e && e->subscriptionId.isEmpty())
        e->subscriptionId = subscriptionId; // the parent Azure plan, when the item omits it
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
    r.authenticationProtocol = str(o, u"authenticationProtocol");
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
