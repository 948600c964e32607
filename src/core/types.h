#pragma once

#include "core/enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie {

// Remote objects keep the typed fields views filter and sort on, plus the raw
// JSON object as received so unknown properties survive (DESIGN.md, Storage).

struct Customer
{
    QString id; // = customer tenant id
    QString companyName;
    QString domain;
    QString relationship;
    QString associatedPartnerId; // indirect reseller, when any
    QJsonObject raw;
};

struct Reseller
{
    QString id; // reseller tenant id (= alert valueAddedResellerTenantId)
    QString customerId;
    QString name;
    QString mpnId;
    QJsonObject raw;
};

struct Subscription
{
    QString id; // Partner Center subscription id
    QString customerId;
    QString offerId;
    QString offerName;
    QString friendlyName;
    SubscriptionStatus status;
    QString etag;
    QString partnerId;
    QJsonObject raw;
};

struct Entitlement
{
    QString id;             // the Azure subscription id
    QString subscriptionId; // parent Azure plan (Partner Center) subscription
    QString customerId;
    QString friendlyName;
    QString status;
    QJsonObject raw;
};

struct Alert
{
    QString id;
    QString displayName;
    QString description;
    QString alertType;
    AlertStatus status;
    AlertSeverity severity;
    Confidence confidence;
    QString customerTenantId;
    QString subscriptionId;
    QString valueAddedResellerTenantId;
    QString catalogOfferId;
    QDateTime detectedDateTime;
    QDateTime firstObservedDateTime;
    QDateTime lastObservedDateTime;
    ResolvedReason resolvedReason;
    QDateTime resolvedOnDateTime;
    QString resolvedBy;
    bool isTest = false;
    QJsonObject raw;
};

struct SpendDay
{
    QString subscriptionId; // Azure subscription id
    QString customerId;
    int day = 0; // yyyyMMdd, as Cost Management sends it
    double cost = 0.0;
    QString currency;
};

// Entra sign-in (Graph v1.0 signIn). The detection engine reads `raw`.
struct SignIn
{
    QString id;
    QString customerId;
    QDateTime createdDateTime;
    QString userId;
    QString userPrincipalName;
    QString appId;
    QString appDisplayName;
    QString ipAddress;
    QString countryOrRegion;
    int errorCode = 0;
    QString authenticationProtocol; // beta; empty when absent
    // The event as compact JSON text (what the cache stores); parsed on
    // request only: a sync reads a million of these.
    QByteArray rawText;
    QJsonObject rawObject() const;
};

// Entra directory audit (Graph v1.0 directoryAudit).
struct AuditEvent
{
    QString id;
    QString customerId;
    QDateTime activityDateTime;
    QString category;
    QString activityDisplayName;
    QString result;
    QString loggedByService;
    QString actor;      // auditActor(): UPN, else app display name, else app id
    QByteArray rawText; // compact JSON, as for SignIn
    QJsonObject rawObject() const;
};

// Who did it, for a directory audit: the user's UPN, else the app's display
// name, else the app id (initiatedBy.user / initiatedBy.app). The one rule for
// the cache's `actor` column (sync, import) and the detection engine.
QString auditActor(const QString &userPrincipalName, const QString &appDisplayName,
                   const QString &appId);

struct EvidenceRef
{
    QString eventId;
    QString stream; // "signIns" | "directoryAudits"
    QDateTime time;
};

struct Finding
{
    qint64 id = 0;
    QString ruleId;
    QString customerId;
    QString subject;
    // The subject as a person reads it when the cache knows it: the UPN of a
    // user id (from the finding's sign-in evidence); empty otherwise.
    QString subjectName;
    QDateTime bucketStart;
    Risk severity;
    FindingState state;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int count = 0;
    QList<EvidenceRef> evidence; // capped; `count` is the total
    bool unconfigured = false;
    QJsonObject detail; // threshold/baseline figures, explanation inputs
    // Distinct correlationIds of the audit evidence (several findings of one
    // operation, e.g. a consent, share one): shown grouped.
    QStringList correlationIds;
};

// A local action on its way to the cloud (outbox).
struct Action
{
    enum class Kind
    {
        ResolveAlert,
        SuspendSubscription,
        CancelEntitlement
    };
    qint64 id = 0;
    Kind kind = Kind::ResolveAlert;
    QString idempotencyKey; // reused as MS-RequestId / client-request-id
    QString targetId;
    QJsonObject payload;
    ActionState state;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
};

} // namespace vigie
