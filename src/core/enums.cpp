#include "core/enums.h"

#include <QCoreApplication>

namespace vigie {

QString displayName(const AlertStatus &v)
{
    using E = AlertStatus::Enum;
    switch (v.value()) {
    case E::Active:
        return QCoreApplication::translate("Enums", "Active");
    case E::Resolved:
        return QCoreApplication::translate("Enums", "Resolved");
    case E::Investigating:
        return QCoreApplication::translate("Enums", "Investigating");
    case E::UnknownFutureValue:
    case E::Unknown:
        break;
    }
    return v.raw();
}

QString displayName(const AlertSeverity &v)
{
    using E = AlertSeverity::Enum;
    switch (v.value()) {
    case E::Informational:
        return QCoreApplication::translate("Enums", "Informational");
    case E::Low:
        return QCoreApplication::translate("Enums", "Low");
    case E::Medium:
        return QCoreApplication::translate("Enums", "Medium");
    case E::High:
        return QCoreApplication::translate("Enums", "High");
    case E::UnknownFutureValue:
    case E::Unknown:
        break;
    }
    return v.raw();
}

QString displayName(const ResolvedReason &v)
{
    using E = ResolvedReason::Enum;
    switch (v.value()) {
    case E::Legitimate:
        return QCoreApplication::translate("Enums", "Legitimate");
    case E::Ignore:
        return QCoreApplication::translate("Enums", "Ignore");
    case E::Fraud:
        return QCoreApplication::translate("Enums", "Fraud");
    case E::UnknownFutureValue:
    case E::Unknown:
        break;
    }
    return v.raw();
}

QString displayName(const SubscriptionStatus &v)
{
    using E = SubscriptionStatus::Enum;
    switch (v.value()) {
    case E::None:
        return QCoreApplication::translate("Enums", "None");
    case E::Active:
        return QCoreApplication::translate("Enums", "Active");
    case E::Pending:
        return QCoreApplication::translate("Enums", "Pending");
    case E::Suspended:
        return QCoreApplication::translate("Enums", "Suspended");
    case E::Deleted:
        return QCoreApplication::translate("Enums", "Deleted");
    case E::Expired:
        return QCoreApplication::translate("Enums", "Expired");
    case E::Disabled:
        return QCoreApplication::translate("Enums", "Disabled");
    case E::Unknown:
        break;
    }
    return v.raw();
}

QString displayName(const FindingState &v)
{
    using E = FindingState::Enum;
    switch (v.value()) {
    case E::New:
        return QCoreApplication::translate("Enums", "New");
    case E::Acknowledged:
        return QCoreApplication::translate("Enums", "Acknowledged");
    case E::FalsePositive:
        return QCoreApplication::translate("Enums", "False positive");
    case E::Closed:
        return QCoreApplication::translate("Enums", "Closed");
    case E::Unknown:
        break;
    }
    return v.raw();
}

QString displayName(const Risk &v)
{
    using E = Risk::Enum;
    switch (v.value()) {
    case E::Low:
        return QCoreApplication::translate("Enums", "Low");
    case E::Medium:
        return QCoreApplication::translate("Enums", "Medium");
    case E::High:
        return QCoreApplication::translate("Enums", "High");
    case E::Unknown:
        break;
    }
    return v.raw();
}

} // namespace vigie
