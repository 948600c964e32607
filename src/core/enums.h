#pragma once

#include "core/wireenum.h"

#include <QString>
#include <array>
#include <utility>

namespace vigie {

#define VIGIE_NAME(e, s)                                                                           \
    std::pair                                                                                      \
    {                                                                                              \
        e, u##s                                                                                    \
    }

// Graph securityAlertStatus.
struct AlertStatusTraits
{
    enum class Enum
    {
        Active,
        Resolved,
        Investigating,
        UnknownFutureValue,
        Unknown
    };
    static constexpr std::array names{
        VIGIE_NAME(Enum::Active, "active"),
        VIGIE_NAME(Enum::Resolved, "resolved"),
        VIGIE_NAME(Enum::Investigating, "investigating"),
        VIGIE_NAME(Enum::UnknownFutureValue, "unknownFutureValue"),
    };
};
using AlertStatus = WireEnum<AlertStatusTraits>;

// Graph securityAlertSeverity.
struct AlertSeverityTraits
{
    enum class Enum
    {
        Informational,
        Low,
        Medium,
        High,
        UnknownFutureValue,
        Unknown
    };
    static constexpr std::array names{
        VIGIE_NAME(Enum::Informational, "informational"),
        VIGIE_NAME(Enum::Low, "low"),
        VIGIE_NAME(Enum::Medium, "medium"),
        VIGIE_NAME(Enum::High, "high"),
        VIGIE_NAME(Enum::UnknownFutureValue, "unknownFutureValue"),
    };
};
using AlertSeverity = WireEnum<AlertSeverityTraits>;

// Graph securityAlertConfidence.
struct ConfidenceTraits
{
    enum class Enum
    {
        Low,
        Medium,
        High,
        UnknownFutureValue,
        Unknown
    };
    static constexpr std::array names{
        VIGIE_NAME(Enum::Low, "low"),
        VIGIE_NAME(Enum::Medium, "medium"),
        VIGIE_NAME(Enum::High, "high"),
        VIGIE_NAME(Enum::UnknownFutureValue, "unknownFutureValue"),
    };
};
using Confidence = WireEnum<ConfidenceTraits>;

// Graph securityAlertResolvedReason; seed 000: Légitime / Fraude / Ignorer.
struct ResolvedReasonTraits
{
    enum class Enum
    {
        Legitimate,
        Ignore,
        Fraud,
        UnknownFutureValue,
        Unknown
    };
    static constexpr std::array names{
        VIGIE_NAME(Enum::Legitimate, "legitimate"),
        VIGIE_NAME(Enum::Ignore, "ignore"),
        VIGIE_NAME(Enum::Fraud, "fraud"),
        VIGIE_NAME(Enum::UnknownFutureValue, "unknownFutureValue"),
    };
};
using ResolvedReason = WireEnum<ResolvedReasonTraits>;

// Partner Center subscription status.
struct SubscriptionStatusTraits
{
    enum class Enum
    {
        None,
        Active,
        Pending,
        Suspended,
        Deleted,
        Expired,
        Disabled,
        Unknown
    };
    static constexpr std::array names{
        VIGIE_NAME(Enum::None, "none"),         VIGIE_NAME(Enum::Active, "active"),
        VIGIE_NAME(Enum::Pending, "pending"),   VIGIE_NAME(Enum::Suspended, "suspended"),
        VIGIE_NAME(Enum::Deleted, "deleted"),   VIGIE_NAME(Enum::Expired, "expired"),
        VIGIE_NAME(Enum::Disabled, "disabled"),
    };
};
using SubscriptionStatus = WireEnum<SubscriptionStatusTraits>;

// Detection rule risk / finding severity (detections.md).
struct RiskTraits
{
    enum class Enum
    {
        Low,
        Medium,
        High,
        Unknown
    };
    static constexpr std::array names{
        VIGIE_NAME(Enum::Low, "low"),
        VIGIE_NAME(Enum::Medium, "medium"),
        VIGIE_NAME(Enum::High, "high"),
    };
};
using Risk = WireEnum<RiskTraits>;

// Finding lifecycle (detections.md §3).
struct FindingStateTraits
{
    enum class Enum
    {
        New,
        Acknowledged,
        FalsePositive,
        Closed,
        Unknown
    };
    static constexpr std::array names{
        VIGIE_NAME(Enum::New, "new"),
        VIGIE_NAME(Enum::Acknowledged, "acknowledged"),
        VIGIE_NAME(Enum::FalsePositive, "falsePositive"),
        VIGIE_NAME(Enum::Closed, "closed"),
    };
};
using FindingState = WireEnum<FindingStateTraits>;

// Outbox action states (DESIGN.md, Sync and actions).
struct ActionStateTraits
{
    enum class Enum
    {
        Queued,
        Sending,
        Done,
        Failed,
        Conflict,
        Unknown
    };
    static constexpr std::array names{
        VIGIE_NAME(Enum::Queued, "queued"),     VIGIE_NAME(Enum::Sending, "sending"),
        VIGIE_NAME(Enum::Done, "done"),         VIGIE_NAME(Enum::Failed, "failed"),
        VIGIE_NAME(Enum::Conflict, "conflict"),
    };
};
using ActionState = WireEnum<ActionStateTraits>;

#undef VIGIE_NAME

// Translated, user-facing labels. Unknown values show their raw wire string.
QString displayName(const AlertStatus &v);
QString displayName(const AlertSeverity &v);
QString displayName(const ResolvedReason &v);
QString displayName(const SubscriptionStatus &v);
QString displayName(const FindingState &v);
QString displayName(const Risk &v);

} // namespace vigie
