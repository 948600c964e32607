#include "net/parsers.h"

#include "core/jsonutil.h"
#include "core/timeutil.h"
#include "net/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vigie::net {

namespace {

QString str(const QJsonObject &o, QStringView key)
{
    return json::toString(o.value(key));
}

QString strCi(const QJsonObject &o, QStringView key)
{
    return json::toString(json::valueCi(o, key));
}

QDateTime time(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? parseWireDateTime(v.toString()) : QDateTime();
}

QJsonObject objCi(const QJsonObject &o, QStringView key)
{
    return json::valueCi(o, key).toObject();
}

} // namespace

Error corruptPage(const QUrl &from, const QString &why)
{
    return Error::make(
        Error::Kind::Corrupt,
        QCoreApplication::translate(
            "Net", "The answer from %1 cannot be read (%2); nothing was kept from it.")
            .arg(from.host(), why),
        QStringLiteral("%1: %2").arg(from.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), why));
}

std::optional<Alert> parseAlert(const QJsonObject &o)
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
    const QString reason = str(o, u"resolvedReason");
    if (!reason.isEmpty())
        a.resolvedReason = ResolvedReason::parse(reason);
    a.resolvedOnDateTime = time(o, u"resolvedOnDateTime");
    a.resolvedBy = str(o, u"resolvedBy");
    a.isTest = json::toBool(o.value(u"isTest")).value_or(false);
    a.raw = o;
    return a;
}

QJsonArray appliedConditionalAccessPolicies(const QJsonObject &signIn)
{
    const QJsonValue plural = signIn.value(u"appliedConditionalAccessPolicies");
    if (plural.isArray())
        return plural.toArray();
    return signIn.value(u"appliedConditionalAccessPolicy").toArray();
}

std::optional<Customer> parseCustomer(const QJsonObject &o)
{
    Customer c;
    const QJsonObject profile = objCi(o, u"companyProfile");
    c.id = strCi(o, u"id");
    if (c.id.isEmpty())
        c.id = strCi(profile, u"tenantId");
    if (c.id.isEmpty())
        return std::nullopt;
    c.companyName = strCi(profile, u"companyName");
    c.domain = strCi(profile, u"domain");
    c.relationship = strCi(o, u"relationshipToPartner");
    c.associatedPartnerId = strCi(o, u"associatedPartnerId");
    c.raw = o;
    return c;
}

std::optional<Reseller> parseReseller(const QJsonObject &o, const QString &customerId)
{
    Reseller r;
    r.id = strCi(o, u"id");
    if (r.id.isEmpty())
        return std::nullopt;
    r.customerId = customerId;
    r.name = strCi(o, u"name");
    r.mpnId = strCi(o, u"mpnId");
    r.raw = o;
    return r;
}

std::optional<Subscription> parseSubscription(const QJsonObject &o, const QString &customerId)
{
    Subscription s;
    s.id = strCi(o, u"id");
    if (s.id.isEmpty())
        return std::nullopt;
    s.customerId = customerId;
    s.offerId = strCi(o, u"offerId");
    s.offerName = strCi(o, u"offerName");
    s.friendlyName = strCi(o, u"friendlyName");
    s.status = SubscriptionStatus::parse(strCi(o, u"status"));
    s.etag = strCi(objCi(o, u"attributes"), u"etag");
    s.partnerId = strCi(o, u"partnerId");
    s.raw = o;
    return s;
}

std::optional<Entitlement> parseEntitlement(const QJsonObject &o, const QString &customerId)
{
    Entitlement e;
    e.id = strCi(o, u"id");
    if (e.id.isEmpty())
        return std::nullopt;
    e.subscriptionId = strCi(o, u"subscriptionId");
    e.customerId = customerId;
    e.friendlyName = strCi(o, u"friendlyName");
    e.status = strCi(o, u"status");
    e.raw = o;
    return e;
}

std::optional<OrganizationProfile> parseOrganizationProfile(const QJsonObject &o)
{
    OrganizationProfile p;
    p.id = strCi(o, u"id");
    p.tenantId = strCi(o, u"tenantId");
    if (p.tenantId.isEmpty())
        p.tenantId = p.id;
    if (p.tenantId.isEmpty())
        return std::nullopt;
    p.companyName = strCi(o, u"companyName");
    p.domain = strCi(o, u"domain");
    p.raw = o;
    return p;
}

Result<GraphPage> parseGraphPage(const QByteArray &body, const QUrl &from)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return corruptPage(
            from, QStringLiteral("invalid JSON: %1 at %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return corruptPage(from, QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue value = o.value(u"value");
    if (!value.isArray())
        return corruptPage(from, QStringLiteral("no \"value\" array"));
    GraphPage p;
    p.items = value.toArray();
    const QString next = str(o, u"@odata.nextLink");
    if (!next.isEmpty())
        p.nextLink = from.resolved(QUrl(next));
    return p;
}

QUrl resolvePcLink(const QUrl &pcBase, const QString &uri)
{
    const QUrl rel(uri);
    if (!rel.isRelative())
        return rel;
    QString path = rel.path();
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    if (!path.startsWith(u"/v1/", Qt::CaseInsensitive) && path.compare(u"/v1", Qt::CaseInsensitive))
        path.prepend(QStringLiteral("/v1"));
    QUrl u = pcBase;
    QString basePath = u.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    u.setPath(basePath + path);
    u.setQuery(rel.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return u;
}

Result<PcPage> parsePcPage(const QByteArray &body, const QUrl &from)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return corruptPage(
            from, QStringLiteral("invalid JSON: %1 at %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return corruptPage(from, QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue items = json::valueCi(o, u"items");
    if (!items.isArray())
        return corruptPage(from, QStringLiteral("no \"items\" array"));
    PcPage p;
    p.items = items.toArray();
    const QJsonObject next = objCi(objCi(o, u"links"), u"next");
    const QString uri = strCi(next, u"uri");
    if (!uri.isEmpty()) {
        PcLink l;
        l.uri = uri;
        const QString m = strCi(next, u"method");
        if (!m.isEmpty())
            l.method = m.toUpper().toLatin1();
        for (const QJsonValue &h : json::valueCi(next, u"headers").toArray()) {
            const QJsonObject ho = h.toObject();
            const QString k = strCi(ho, u"key");
            if (!k.isEmpty())
                l.headers.append({k.toLatin1(), strCi(ho, u"value").toUtf8()});
        }
        p.next = l;
    }
    return p;
}

Result<CostPage> parseCostPage(const QByteArray &body, const QUrl &from,
                               const QString &azureSubscriptionId, const QString &customerId,
                               const QString &alias)
{
    CostPage page;
    if (body.trimmed().isEmpty())
        return page; // 204 No Content: no data
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return corruptPage(
            from, QStringLiteral("invalid JSON: %1 at %2").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject props = doc.object().value(u"properties").toObject();
    if (props.isEmpty())
        return corruptPage(from, QStringLiteral("no \"properties\""));
    const QJsonArray columns = props.value(u"columns").toArray();
    auto indexOf = [&columns](const QString &name) -> int {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].toObject().value(u"name").toString().compare(name,
                                                                        Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };
    int costCol = -1;
    for (const QString &name :
         {QStringLiteral("Cost"), QStringLiteral("PreTaxCost"), QStringLiteral("CostUSD"),
          QStringLiteral("PreTaxCostUSD"), alias}) {
        costCol = indexOf(name);
        if (costCol >= 0)
            break;
    }
    const int dateCol = indexOf(QStringLiteral("UsageDate"));
    const int currencyCol = indexOf(QStringLiteral("Currency"));
    const QJsonArray rows = props.value(u"rows").toArray();
    if (!rows.isEmpty() && (costCol < 0 || dateCol < 0))
        return corruptPage(from, QStringLiteral("no cost or UsageDate column"));
    for (const QJsonValue &rv : rows) {
        const QJsonArray row = rv.toArray();
        const auto day = json::toInt(row.at(dateCol));
        const QJsonValue cost = row.at(costCol);
        // yyyyMMdd of a real day: 2040503 would be the year 204, 4294967296 +
        // 20240501 an int overflow that lands on a valid date.
        if (!day || *day < 19700101 || *day > 99991231 || !fromDayNumber(int(*day)).isValid() ||
            !(cost.isDouble() || cost.isString())) {
            ++page.skippedRows;
            continue;
        }
        SpendDay d;
        d.subscriptionId = azureSubscriptionId;
        d.customerId = customerId;
        d.day = int(*day);
        d.cost = cost.isDouble() ? cost.toDouble() : cost.toString().toDouble();
        d.currency = currencyCol >= 0 ? json::toString(row.at(currencyCol)) : QString();
        page.days.append(d);
    }
    const QString next = str(props, u"nextLink");
    if (!next.isEmpty())
        page.nextLink = from.resolved(QUrl(next));
    return page;
}

} // namespace vigie::net
