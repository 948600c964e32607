#pragma once

#include "core/types.h"
#include "store/logrepository.h"

#include <QJsonObject>
#include <optional>

namespace vigie::sync {

// JSON objects of api.md -> domain values for the store. Tolerant: missing
// or null members become empty values; unknown enum values keep their raw
// string. nullopt only when the object has no id (or no usable day/time).
std::optional<Alert> alertFromJson(const QJsonObject &o);
std::optional<Customer> customerFromJson(const QJsonObject &o);
std::optional<Reseller> resellerFromJson(const QJsonObject &o, const QString &customerId);
std::optional<Subscription> subscriptionFromJson(const QJsonObject &o, const QString &customerId);
std::optional<Entitlement> entitlementFromJson(const QJsonObject &o, const QString &customerId,
                                               const QString &subscriptionId);
std::optional<SpendDay> spendFromJson(const QJsonObject &o, const QString &azureSubscriptionId,
                                      const QString &customerId);
std::optional<store::SignInRow> signInFromJson(const QJsonObject &o);
std::optional<store::AuditRow> auditFromJson(const QJsonObject &o);

// True for subscriptions that carry Azure plan entitlements.
bool isAzurePlan(const Subscription &s);

} // namespace vigie::sync
