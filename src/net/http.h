#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

class QRandomGenerator;

namespace vigie::net {

// The four remote services (api.md): each has its own headers and error body.
enum class Service
{
    Identity,
    Graph,
    PartnerCenter,
    Arm,
};

// The resource an access token is issued for (api.md §2.3).
enum class Resource
{
    Graph,
    PartnerCenter,
    Arm,
};

// The scope string asked for at the token endpoint, `offline_access` included.
QString scopeFor(Resource resource);
QString resourceName(Resource resource);

// What a 403 lacks, so its message can name the permission or role.
enum class Permission
{
    None,
    AlertsRead,     // PartnerSecurity.Read.All
    AlertsWrite,    // PartnerSecurity.ReadWrite.All
    SignIns,        // AuditLog.Read.All + Directory.Read.All (+ Entra ID P1/P2)
    DirectoryAudit, // AuditLog.Read.All
    PartnerCenter,  // Admin Agent role
    CostManagement, // Cost Management Reader RBAC
};

// When and how often a logical call is retried (api.md §1.6).
struct RetryPolicy
{
    int maxAttempts = 6;             // attempts per logical call, the first included
    qint64 baseDelayMs = 2000;       // first backoff without Retry-After
    qint64 maxDelayMs = 60000;       // backoff cap
    qint64 maxRetryAfterMs = 300000; // a longer Retry-After fails with Throttled
    double jitter = 0.25;            // +/- fraction applied to backoff delays
    double timeScale = 1.0;          // tests: real waits = computed delay * timeScale
    int timeoutMs = 60000;           // per attempt (no byte received in time)
    // Attempts when the host cannot be reached at all (connection refused, no
    // DNS, no network): the machine is most likely offline, and the user
    // should see it in seconds, not after a minute of backoff.
    int unreachableAttempts = 2;

    // Delay before retry number `retry` (0 = first retry), jitter applied.
    qint64 backoffMs(int retry, QRandomGenerator *rng) const;
    // The actual wait for a computed delay (timeScale applied).
    int scaledMs(qint64 delayMs) const;
};

// One `Retry-After` value: delta-seconds or an HTTP-date (RFC 7231), relative to `now`.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// The wait a 429/503 asks for: the max of Retry-After and every
// `x-ms-ratelimit-*-retry-after` header (Cost Management), or nullopt.
std::optional<qint64> retryAfterFromHeaders(const RawHeaders &headers, const QDateTime &now);

// Case-insensitive header lookup.
QByteArray headerValue(const RawHeaders &headers, QByteArrayView name);

// The parsed error body of a service (api.md §1.5); empty fields when absent.
struct ServiceError
{
    QString code;             // Graph/ARM error.code, PC code, Identity `error`
    QString message;          // Graph/ARM error.message, PC description/message, error_description
    QList<qint64> errorCodes; // Identity AADSTS codes
};
ServiceError parseServiceError(Service service, const QByteArray &body);

// The typed error for a failed HTTP status. `subject` (tenant or subscription
// id) is named in messages when not empty.
Error errorForStatus(Service service, int status, const QByteArray &body, Permission permission,
                     const QString &subject);

// Translated messages shared by jobs.
QString signInRequiredMessage();
QString forbiddenMessage(Permission permission, const QString &subject);
QString noPremiumLicenceMessage(const QString &subject);
// True for the error errorForStatus() makes of
// Authentication_RequestFromNonPremiumTenantOrB2CTenant: the tenant has no
// Entra ID P1/P2 licence (a property of the tenant, not a failed request).
bool isNoPremiumLicence(const Error &error);

// A short non-reversible fingerprint of a secret, the only form allowed in logs.
QString fingerprint(const QString &secret);

} // namespace vigie::net
