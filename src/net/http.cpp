#include "net/http.h"

#include "core/jsonutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace vigie::net {

// Longest Retry-After taken from a server: a year (RetryPolicy caps the wait anyway).
constexpr double kMaxRetryAfterSec = 366.0 * 24 * 3600;

QString scopeFor(Resource resource)
{
    switch (resource) {
    case Resource::Graph:
        return QStringLiteral("https://graph.microsoft.com/.default offline_access");
    case Resource::PartnerCenter:
        return QStringLiteral(
            "https://api.partnercenter.microsoft.com/user_impersonation offline_access");
    case Resource::Arm:
        return QStringLiteral("https://management.azure.com/user_impersonation offline_access");
    }
    return {};
}

QString resourceName(Resource resource)
{
    switch (resource) {
    case Resource::Graph:
        return QStringLiteral("graph");
    case Resource::PartnerCenter:
        return QStringLiteral("partnercenter");
    case Resource::Arm:
        return QStringLiteral("arm");
    }
    return {};
}

qint64 RetryPolicy::backoffMs(int retry, QRandomGenerator *rng) const
{
    const double exp = double(baseDelayMs) * std::pow(2.0, std::clamp(retry, 0, 30));
    double d = std::min(exp, double(maxDelayMs));
    if (jitter > 0 && rng) {
        const double f = 1.0 + jitter * (2.0 * rng->generateDouble() - 1.0);
        d = std::min(d * f, double(maxDelayMs));
    }
    return std::max<qint64>(0, qint64(d));
}

int RetryPolicy::scaledMs(qint64 delayMs) const
{
    return int(std::clamp<double>(double(delayMs) * timeScale, 0.0, 24.0 * 3600 * 1000));
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double secs = v.toDouble(&ok);
    if (ok) {
        // "nan", "inf" and 1e20 parse as numbers too: no wait can be read
        // from the first, the others are capped (a cast would be undefined).
        if (!std::isfinite(secs))
            return std::nullopt;
        return qint64(std::clamp(secs, 0.0, kMaxRetryAfterSec) * 1000.0);
    }
    // HTTP-date: IMF-fixdate "Wed, 21 Oct 2026 07:28:00 GMT" (RFC 850 / asctime forms
    // are obsolete; try the common ones).
    const QString s = QString::fromLatin1(v);
    const QLocale c = QLocale::c();
    QDateTime t;
    for (const char *fmt : {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
                            "ddd MMM d HH:mm:ss yyyy", "ddd, d MMM yyyy HH:mm:ss 'GMT'"}) {
        t = c.toDateTime(s, QString::fromLatin1(fmt));
        if (t.isValid())
            break;
    }
    if (!t.isValid())
        return std::nullopt;
    t.setTimeSpec(Qt::UTC);
    if (t.date().year() < 1970) // two-digit RFC 850 years
        t = t.addYears(100);
    return std::max<qint64>(0, now.msecsTo(t));
}

QByteArray headerValue(const RawHeaders &headers, QByteArrayView name)
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

std::optional<qint64> retryAfterFromHeaders(const RawHeaders &headers, const QDateTime &now)
{
    std::optional<qint64> best;
    for (const auto &[k, v] : headers) {
        const QByteArray key = k.toLower();
        const bool standard = key == "retry-after";
        const bool costMgmt = key.startsWith("x-ms-ratelimit-") && key.endsWith("-retry-after");
        if (!standard && !costMgmt)
            continue;
        if (const auto ms = parseRetryAfterMs(v, now); ms && (!best || *ms > *best))
            best = ms;
    }
    return best;
}

ServiceError parseServiceError(Service service, const QByteArray &body)
{
    ServiceError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    switch (service) {
    case Service::Identity:
        e.code = json::toString(o.value(QStringLiteral("error")));
        e.message = json::toString(o.value(QStringLiteral("error_description")));
        for (const QJsonValue &c : o.value(QStringLiteral("error_codes")).toArray()) {
            if (const auto n = json::toInt(c))
                e.errorCodes.append(*n);
        }
        break;
    case Service::Graph:
    case Service::Arm: {
        const QJsonObject err = o.value(QStringLiteral("error")).toObject();
        e.code = json::toString(err.value(QStringLiteral("code")));
        e.message = json::toString(err.value(QStringLiteral("message")));
        break;
    }
    case Service::PartnerCenter:
        // Documented {code, description, data, source}; throttling {statusCode, message}.
        e.code = json::toString(json::valueCi(o, u"code"));
        e.message = json::toString(json::valueCi(o, u"description"));
        if (e.message.isEmpty())
            e.message = json::toString(json::valueCi(o, u"message"));
        if (e.code.isEmpty())
            e.code = json::toString(json::valueCi(o, u"statusCode"));
        break;
    }
    return e;
}

QString signInRequiredMessage()
{
    return QCoreApplication::translate("Net", "Sign-in required: run \"vigie login\".");
}

QString noPremiumLicenceMessage(const QString &subject)
{
    return QCoreApplication::translate("Net",
                                       "Sign-in logs of tenant %1 are not available: the tenant "
                                       "has no Microsoft Entra ID P1 or P2 licence.")
        .arg(subject.isEmpty() ? QStringLiteral("?") : subject);
}

bool isNoPremiumLicence(const Error &error)
{
    return error.kind == Error::Kind::Forbidden &&
           error.detail.contains(u"Authentication_RequestFromNonPremiumTenantOrB2CTenant",
                                 Qt::CaseInsensitive);
}

QString forbiddenMessage(Permission permission, const QString &subject)
{
    const QString s = subject.isEmpty() ? QStringLiteral("?") : subject;
    switch (permission) {
    case Permission::AlertsRead:
        return QCoreApplication::translate(
            "Net", "Access denied to the partner security alerts: the app needs the "
                   "PartnerSecurity.Read.All permission (PartnerSecurity.ReadWrite.All to "
                   "resolve alerts) with admin consent, and the user the Admin Agent role.");
    case Permission::AlertsWrite:
        return QCoreApplication::translate(
            "Net", "Access denied while updating a partner security alert: the app needs the "
                   "PartnerSecurity.ReadWrite.All permission with admin consent, and the user "
                   "the Admin Agent role.");
    case Permission::SignIns:
        return QCoreApplication::translate(
                   "Net", "Access denied to the sign-in logs of tenant %1: the app needs the "
                          "AuditLog.Read.All and Directory.Read.All permissions, and the user a "
                          "directory role such as Security Reader or Reports Reader (through "
                          "GDAP).")
            .arg(s);
    case Permission::DirectoryAudit:
        return QCoreApplication::translate(
                   "Net", "Access denied to the audit logs of tenant %1: the app needs the "
                          "AuditLog.Read.All permission, and the user a directory role such as "
                          "Security Reader or Reports Reader (through GDAP).")
            .arg(s);
    case Permission::PartnerCenter:
        return QCoreApplication::translate(
            "Net", "Access denied by Partner Center: the user needs the Admin Agent role in the "
                   "partner tenant (and a relationship with the customer).");
    case Permission::CostManagement:
        return QCoreApplication::translate(
                   "Net", "Access denied to the costs of Azure subscription %1: the user needs "
                          "the Cost Management Reader (or Reader) role on the subscription, "
                          "through GDAP or the Admin Agents group.")
            .arg(s);
    case Permission::None:
        break;
    }
    return QCoreApplication::translate("Net", "Access denied by the service.");
}

namespace {

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(u'\n');
    return (nl < 0 ? text : text.left(nl)).trimmed().left(300);
}

} // namespace

Error errorForStatus(Service service, int status, const QByteArray &body, Permission permission,
                     const QString &subject)
{
    const ServiceError se = parseServiceError(service, body);
    const QString detail =
        QStringLiteral("HTTP %1 %2: %3").arg(status).arg(se.code, firstLine(se.message));
    if (se.code.compare(u"Authentication_RequestFromNonPremiumTenantOrB2CTenant",
                        Qt::CaseInsensitive) == 0)
        return Error::make(Error::Kind::Forbidden, noPremiumLicenceMessage(subject), detail);
    if (status == 401)
        return Error::make(Error::Kind::Auth, signInRequiredMessage(), detail);
    if (status == 403)
        return Error::make(Error::Kind::Forbidden, forbiddenMessage(permission, subject), detail);
    if (status == 404)
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("Net", "Not found: %1")
                               .arg(subject.isEmpty() ? firstLine(se.message) : subject),
                           detail);
    if (status == 409 || status == 412)
        return Error::make(
            Error::Kind::Conflict,
            QCoreApplication::translate("Net", "The object was changed by someone else."), detail);
    if (status == 429)
        return Error::make(Error::Kind::Throttled,
                           QCoreApplication::translate(
                               "Net", "The service is throttling requests; try again later."),
                           detail);
    if (status >= 500)
        return Error::make(
            Error::Kind::Network,
            QCoreApplication::translate("Net", "The service is unavailable (HTTP %1).").arg(status),
            detail);
    const QString msg = firstLine(se.message);
    return Error::make(
        Error::Kind::Generic,
        msg.isEmpty()
            ? QCoreApplication::translate("Net", "The service rejected the request (HTTP %1).")
                  .arg(status)
            : QCoreApplication::translate("Net", "The service rejected the request: %1").arg(msg),
        detail);
}

QString fingerprint(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("<none>");
    return QStringLiteral("#") +
           QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(8));
}

} // namespace vigie::net
