#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <optional>

// Tolerant readers of the wire shapes (api.md §1.2): unknown enum values are
// kept raw, unknown properties survive in `raw`, missing/null optional
// properties are fine, booleans may be strings, timestamps carry 0–7 fraction
// digits. A parser returns nullopt only for an item without an id (logged and
// skipped by the caller). Partner Center is read case-insensitively.
namespace vigie::net {

std::optional<Alert> parseAlert(const QJsonObject &o);
// Sign-ins and audits: logpages.h (rapidjson, whole pages).
std::optional<Customer> parseCustomer(const QJsonObject &o);
std::optional<Reseller> parseReseller(const QJsonObject &o, const QString &customerId);
std::optional<Subscription> parseSubscription(const QJsonObject &o, const QString &customerId);
std::optional<Entitlement> parseEntitlement(const QJsonObject &o, const QString &customerId);

// appliedConditionalAccessPolicies, falling back to the singular spelling of
// the oldest v1.0 doc revision.
QJsonArray appliedConditionalAccessPolicies(const QJsonObject &signIn);

// Partner Center organization profile (api.md §5.2).
struct OrganizationProfile
{
    QString id;
    QString tenantId;
    QString companyName;
    QString domain;
    QJsonObject raw;
};
std::optional<OrganizationProfile> parseOrganizationProfile(const QJsonObject &o);

// A Graph collection page.
struct GraphPage
{
    QJsonArray items;
    QUrl nextLink; // empty at the end
};
Result<GraphPage> parseGraphPage(const QByteArray &body, const QUrl &from);

// A Partner Center collection page (§5.1); `next` empty at the end.
struct PcLink
{
    QString uri;
    QByteArray method = "GET";
    QList<QPair<QByteArray, QByteArray>> headers;
};
struct PcPage
{
    QJsonArray items;
    std::optional<PcLink> next;
};
Result<PcPage> parsePcPage(const QByteArray &body, const QUrl &from);
// Resolves a relative `links.next.uri` against {pc}, adding /v1 when missing.
QUrl resolvePcLink(const QUrl &pcBase, const QString &uri);

// A Cost Management query result (§6.2): one SpendDay per row with a
// UsageDate, columns read by name.
struct CostPage
{
    QList<SpendDay> days;
    QUrl nextLink;
    int skippedRows = 0;
};
Result<CostPage> parseCostPage(const QByteArray &body, const QUrl &from,
                               const QString &azureSubscriptionId, const QString &customerId,
                               const QString &alias = QStringLiteral("totalCost"));

// The "page cannot be read" error.
Error corruptPage(const QUrl &from, const QString &why);

} // namespace vigie::net
