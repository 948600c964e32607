#include "import/mapping.h"

#include "core/jsonutil.h"
#include "core/logevents.h"
#include "core/timeutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace vigie::import {

namespace {

bool has(const QJsonObject &o, QLatin1String key)
{
    const auto it = o.constFind(key);
    return it != o.constEnd() && !it->isNull() && !it->isUndefined();
}

// A dynamic Log Analytics column: nested JSON, or the same as a JSON string.
QJsonValue dynamicValue(const QJsonValue &v)
{
    if (!v.isString())
        return v;
    const QString s = v.toString();
    const QStringView t = QStringView(s).trimmed();
    if (t.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (t.startsWith(u'{') || t.startsWith(u'[')) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &err);
        if (err.error == QJsonParseError::NoError)
            return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    return v;
}

QString lowerFirst(const QString &s)
{
    if (s.isEmpty())
        return s;
    return s.left(1).toLower() + s.mid(1);
}

// "Not Applied" -> "notApplied", "Success" -> "success".
QString enumValue(const QString &s)
{
    QString text = s.simplified();
    // The portal spells "Multifactor"; Graph enums say "multiFactor...".
    text.replace(QLatin1String("Multifactor"), QLatin1String("Multi factor"), Qt::CaseInsensitive);
    static const QRegularExpression separators(QStringLiteral("[ \\-]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QString out;
    for (qsizetype i = 0; i < words.size(); ++i)
        out += i == 0 ? lowerFirst(words[i]) : words[i].left(1).toUpper() + words[i].mid(1);
    return out;
}

QJsonValue boolValue(const QJsonValue &v)
{
    if (v.isBool())
        return v;
    const QString s = json::toString(v).trimmed();
    if (s.compare(u"true", Qt::CaseInsensitive) == 0 || s.compare(u"yes", Qt::CaseInsensitive) == 0)
        return true;
    if (s.compare(u"false", Qt::CaseInsensitive) == 0 || s.compare(u"no", Qt::CaseInsensitive) == 0)
        return false;
    return QJsonValue(QJsonValue::Null);
}

QJsonValue intValue(const QJsonValue &v)
{
    if (const auto n = json::toInt(v))
        return double(*n);
    return QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Keeps a Graph time as sent when it parses; otherwise writes the UTC form.
QJsonValue timeValue(const QJsonValue &v)
{
    const QString s = json::toString(v);
    if (s.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (parseWireDateTime(s).isValid())
        return s;
    const QDateTime t = parseLogTime(s);
    return t.isValid() ? QJsonValue(formatWireDateTime(t)) : QJsonValue(s);
}

QString firstTenant(const QJsonObject &original, const QJsonObject &graph)
{
    for (const char *key :
         {"tenantId", "resourceTenantId", "homeTenantId", "AADTenantId", "TenantId"}) {
        const QString a = json::toString(original.value(QLatin1String(key))).trimmed();
        if (!a.isEmpty())
            return a.toLower();
        const QString b = json::toString(graph.value(QLatin1String(key))).trimmed();
        if (!b.isEmpty())
            return b.toLower();
    }
    return {};
}

QJsonObject sourceMember(const QString &formatId, const QJsonObject &record)
{
    return QJsonObject{{QStringLiteral("format"), formatId}, {QStringLiteral("record"), record}};
}

// --- Log Analytics -----------------------------------------------------------

LogKind logAnalyticsKind(const QJsonObject &r)
{
    const QString type = json::toString(r.value(QLatin1String("Type")));
    if (!type.isEmpty())
        return type.contains(u"SignIn", Qt::CaseInsensitive) ? LogKind::SignIn : LogKind::Audit;
    const QString category = json::toString(r.value(QLatin1String("Category")));
    if (category.contains(u"SignIn", Qt::CaseInsensitive))
        return LogKind::SignIn;
    if (has(r, QLatin1String("ActivityDisplayName")) || has(r, QLatin1String("LoggedByService")) ||
        has(r, QLatin1String("TargetResources")) || has(r, QLatin1String("InitiatedBy")))
        return LogKind::Audit;
    return LogKind::SignIn;
}

// Log Analytics bookkeeping columns that have no Graph counterpart.
const QSet<QString> &logAnalyticsOnly()
{
    static const QSet<QString> s{
        QStringLiteral("TenantId"),
        QStringLiteral("SourceSystem"),
        QStringLiteral("TimeGenerated"),
        QStringLiteral("ResourceId"),
        QStringLiteral("OperationName"),
        QStringLiteral("OperationVersion"),
        QStringLiteral("Category"),
        QStringLiteral("ResultType"),
        QStringLiteral("ResultSignature"),
        QStringLiteral("ResultDescription"),
        QStringLiteral("DurationMs"),
        QStringLiteral("Identity"),
        QStringLiteral("Level"),
        QStringLiteral("Location"),
        QStringLiteral("Type"),
        QStringLiteral("AADTenantId"),
        QStringLiteral("AADOperationType"),
        QStringLiteral("Resource"),
        QStringLiteral("ResourceGroup"),
        QStringLiteral("ResourceProvider"),
        QStringLiteral("AlternateSignInName"),
        QStringLiteral("MgmtTenantId"),
    };
    return s;
}

MapOutcome mapLogAnalytics(const QJsonObject &r, const QString &formatId)
{
    MapOutcome out;
    MappedRecord &m = out.record;
    m.shape = RecordShape::LogAnalytics;
    m.kind = logAnalyticsKind(r);
    QJsonObject g;

    static const QHash<QString, QString> signInNames{
        {QStringLiteral("Id"), QStringLiteral("id")},
        {QStringLiteral("CreatedDateTime"), QStringLiteral("createdDateTime")},
        {QStringLiteral("IPAddress"), QStringLiteral("ipAddress")},
        {QStringLiteral("ResourceIdentity"), QStringLiteral("resourceId")},
        {QStringLiteral("RiskEventTypes_V2"), QStringLiteral("riskEventTypes_v2")},
        {QStringLiteral("LocationDetails"), QStringLiteral("location")},
        {QStringLiteral("ConditionalAccessPolicies"),
         QStringLiteral("appliedConditionalAccessPolicies")},
    };
    static const QHash<QString, QString> auditNames{
        {QStringLiteral("Id"), QStringLiteral("id")},
    };
    static const QSet<QString> bools{
        QStringLiteral("isInteractive"), QStringLiteral("flaggedForReview"),
        QStringLiteral("isTenantRestricted"), QStringLiteral("isThroughGlobalSecureAccess")};
    const auto &names = m.kind == LogKind::SignIn ? signInNames : auditNames;

    for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
        const QString &key = it.key();
        if (logAnalyticsOnly().contains(key) || key.startsWith(u'_'))
            continue;
        const QString name = names.value(key, lowerFirst(key));
        QJsonValue v = dynamicValue(it.value());
        if (v.isNull() || v.isUndefined())
            continue;
        if (bools.contains(name))
            v = boolValue(v);
        g.insert(name, v);
    }

    if (m.kind == LogKind::SignIn) {
        if (!has(g, QLatin1String("createdDateTime")))
            g.insert(QStringLiteral("createdDateTime"), r.value(QLatin1String("TimeGenerated")));
        QJsonObject status = g.value(QLatin1String("status")).toObject();
        if (!has(status, QLatin1String("errorCode")))
            status.insert(QStringLiteral("errorCode"),
                          intValue(r.value(QLatin1String("ResultType"))));
        else
            status.insert(QStringLiteral("errorCode"),
                          intValue(status.value(QLatin1String("errorCode"))));
        if (!has(status, QLatin1String("failureReason")) &&
            has(r, QLatin1String("ResultDescription")))
            status.insert(QStringLiteral("failureReason"),
                          r.value(QLatin1String("ResultDescription")));
        g.insert(QStringLiteral("status"), status);
        QJsonObject location = g.value(QLatin1String("location")).toObject();
        if (!has(location, QLatin1String("countryOrRegion")) && has(r, QLatin1String("Location"))) {
            location.insert(QStringLiteral("countryOrRegion"), r.value(QLatin1String("Location")));
            g.insert(QStringLiteral("location"), location);
        }
        g.insert(QStringLiteral("createdDateTime"),
                 timeValue(g.value(QLatin1String("createdDateTime"))));
    } else {
        if (!has(g, QLatin1String("activityDateTime")))
            g.insert(QStringLiteral("activityDateTime"), r.value(QLatin1String("TimeGenerated")));
        if (!has(g, QLatin1String("activityDisplayName")) && has(r, QLatin1String("OperationName")))
            g.insert(QStringLiteral("activityDisplayName"),
                     r.value(QLatin1String("OperationName")));
        if (has(g, QLatin1String("category")) == false && has(r, QLatin1String("Category")))
            g.insert(QStringLiteral("category"), r.value(QLatin1String("Category")));
        if (has(g, QLatin1String("result")))
            g.insert(QStringLiteral("result"),
                     enumValue(json::toString(g.value(QLatin1String("result")))));
        g.insert(QStringLiteral("activityDateTime"),
                 timeValue(g.value(QLatin1String("activityDateTime"))));
    }
    m.tenantHint = firstTenant(r, g);
    g.insert(QStringLiteral("_source"), sourceMember(formatId, r));
    m.graph = g;
    out.ok = true;
    return out;
}

// --- Azure Monitor diagnostic records -----------------------------------------

MapOutcome mapAzureMonitor(const QJsonObject &r, const QString &formatId)
{
    MapOutcome out;
    MappedRecord &m = out.record;
    m.shape = RecordShape::AzureMonitor;
    QJsonObject g = r.value(QLatin1String("properties")).toObject();
    const QString category = json::toString(r.value(QLatin1String("category")));
    if (category.contains(u"SignInLogs", Qt::CaseInsensitive) &&
        !category.startsWith(u"ADFS", Qt::CaseInsensitive))
        m.kind = LogKind::SignIn;
    else if (category.compare(u"AuditLogs", Qt::CaseInsensitive) == 0)
        m.kind = LogKind::Audit;
    else if (category.isEmpty() && has(g, QLatin1String("createdDateTime")))
        m.kind = LogKind::SignIn;
    else if (category.isEmpty() && has(g, QLatin1String("activityDateTime")))
        m.kind = LogKind::Audit;
    else {
        out.reason = QCoreApplication::translate(
                         "Import", "category \"%1\" is neither sign-ins nor audit logs")
                         .arg(category);
        return out;
    }

    if (m.kind == LogKind::SignIn) {
        if (!has(g, QLatin1String("createdDateTime")))
            g.insert(QStringLiteral("createdDateTime"), r.value(QLatin1String("time")));
        if (!has(g, QLatin1String("ipAddress")) && has(r, QLatin1String("callerIpAddress")))
            g.insert(QStringLiteral("ipAddress"), r.value(QLatin1String("callerIpAddress")));
        QJsonObject status = g.value(QLatin1String("status")).toObject();
        if (!has(status, QLatin1String("errorCode"))) {
            status.insert(QStringLiteral("errorCode"),
                          intValue(r.value(QLatin1String("resultType"))));
            g.insert(QStringLiteral("status"), status);
        }
        if (!has(g, QLatin1String("isInteractive")) &&
            category.compare(u"SignInLogs", Qt::CaseInsensitive) != 0)
            g.insert(QStringLiteral("isInteractive"), false);
    } else {
        if (!has(g, QLatin1String("activityDateTime")))
            g.insert(QStringLiteral("activityDateTime"), r.value(QLatin1String("time")));
        if (!has(g, QLatin1String("activityDisplayName")) && has(r, QLatin1String("operationName")))
            g.insert(QStringLiteral("activityDisplayName"),
                     r.value(QLatin1String("operationName")));
    }
    if (!has(g, QLatin1String("correlationId")) && has(r, QLatin1String("correlationId")))
        g.insert(QStringLiteral("correlationId"), r.value(QLatin1String("correlationId")));
    m.tenantHint = firstTenant(r, g);
    QJsonObject wrapper = r;
    wrapper.remove(QLatin1String("properties"));
    g.insert(QStringLiteral("_source"), sourceMember(formatId, wrapper));
    m.graph = g;
    out.ok = true;
    return out;
}

// --- Portal CSV ------------------------------------------------------------------

QString normalizeHeader(const QString &name)
{
    QString n = name;
    if (n.startsWith(QChar(0xFEFF)))
        n.remove(0, 1);
    return n.simplified().toLower();
}

const QSet<QString> &portalSignInColumns()
{
    static const QSet<QString> s = [] {
        QSet<QString> set;
        for (const char *c : {"date (utc)",
                              "request id",
                              "user agent",
                              "correlation id",
                              "user id",
                              "user",
                              "username",
                              "user type",
                              "cross tenant access type",
                              "incoming token type",
                              "authentication protocol",
                              "unique token identifier",
                              "original transfer method",
                              "client credential type",
                              "token protection - sign in session",
                              "token protection - sign in session statuscode",
                              "application",
                              "application id",
                              "app owner tenant id",
                              "resource",
                              "resource id",
                              "resource tenant id",
                              "resource owner tenant id",
                              "home tenant id",
                              "home tenant name",
                              "ip address",
                              "location",
                              "status",
                              "sign-in error code",
                              "failure reason",
                              "client app",
                              "device id",
                              "browser",
                              "operating system",
                              "compliant",
                              "managed",
                              "join type",
                              "multifactor authentication result",
                              "multifactor authentication auth method",
                              "multifactor authentication auth detail",
                              "authentication requirement",
                              "sign-in identifier",
                              "session id",
                              "ip address (seen by resource)",
                              "through global secure access",
                              "global secure access ip address",
                              "autonomous system number",
                              "flagged for review",
                              "token issuer type",
                              "token issuer name",
                              "latency",
                              "conditional access",
                              "managed identity type",
                              "associated resource id",
                              "federated token id",
                              "federated token issuer",
                              "service principal id",
                              "service principal name",
                              "credential key id",
                              "credential thumbprint",
                              "resource service principal id",
                              "sign-in event types",
                              "is interactive"})
            set.insert(QLatin1String(c));
        return set;
    }();
    return s;
}

const QSet<QString> &portalAuditColumns()
{
    static const QSet<QString> s = [] {
        QSet<QString> set;
        for (const char *c :
             {"date (utc)", "correlationid", "service", "category", "activity", "result",
              "resultreason", "user agent", "useragent", "actortype", "actordisplayname",
              "actorobjectid", "actoruserprincipalname", "ipaddress", "actorhometenantid",
              "actorhometenantname", "actorserviceprincipalid", "actorserviceprincipalname"})
            set.insert(QLatin1String(c));
        return set;
    }();
    return s;
}

const QRegularExpression &targetColumn()
{
    static const QRegularExpression re(
        QStringLiteral("^target(\\d+)(type|displayname|objectid|userprincipalname|"
                       "modifiedproperty(\\d+)(name|oldvalue|newvalue))$"));
    return re;
}

const QRegularExpression &detailColumn()
{
    static const QRegularExpression re(QStringLiteral("^additionaldetail(\\d+)(key|value)$"));
    return re;
}

bool knownAuditColumn(const QString &n)
{
    return portalAuditColumns().contains(n) || targetColumn().match(n).hasMatch() ||
           detailColumn().match(n).hasMatch();
}

QString foundColumns(const QStringList &names)
{
    QStringList shown;
    for (const QString &n : names.mid(0, 12))
        shown << QLatin1Char('"') + n.trimmed() + QLatin1Char('"');
    QString s = shown.join(QStringLiteral(", "));
    if (names.size() > 12)
        s += QStringLiteral(", …");
    return s;
}

QString localizedRefusal(const QStringList &names)
{
    return QCoreApplication::translate(
               "Import",
               "The CSV header is not one Vigie recognises (columns found: %1). If the file "
               "comes from the Entra portal in another language, download it again with the "
               "portal in English.")
        .arg(foundColumns(names));
}

// Looks up a column by normalized name; duplicated columns (portal's
// "Incoming token type") give the first non-empty value.
class Row
{
public:
    Row(const CsvHeader &h, const QStringList &f) : m_h(h), m_f(f) {}
    QString operator()(const char *name) const
    {
        const QLatin1String key(name);
        for (qsizetype i = 0; i < m_h.normalized.size() && i < m_f.size(); ++i) {
            if (m_h.normalized[i] == key && !m_f[i].isEmpty())
                return m_f[i].trimmed();
        }
        return {};
    }

private:
    const CsvHeader &m_h;
    const QStringList &m_f;
};

void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QJsonObject splitLocation(const QString &text)
{
    // "City, State, CC" split from the right: the city may itself hold commas.
    QStringList parts = text.split(u',');
    for (QString &p : parts)
        p = p.trimmed();
    QJsonObject loc;
    if (text.trimmed().isEmpty())
        return loc;
    const QString cc = parts.takeLast();
    const QString state = parts.isEmpty() ? QString() : parts.takeLast();
    const QString city = parts.join(QStringLiteral(", "));
    loc.insert(QStringLiteral("city"), textOrNull(city));
    loc.insert(QStringLiteral("state"), textOrNull(state));
    loc.insert(QStringLiteral("countryOrRegion"), textOrNull(cc));
    return loc;
}

MapOutcome mapPortalSignIn(const CsvHeader &h, const QStringList &fields, const QString &formatId)
{
    MapOutcome out;
    MappedRecord &m = out.record;
    m.kind = LogKind::SignIn;
    m.shape = RecordShape::PortalCsv;
    const Row row(h, fields);
    QJsonObject g;
    putText(g, "id", row("request id"));
    g.insert(QStringLiteral("createdDateTime"), timeValue(row("date (utc)")));
    putText(g, "userDisplayName", row("user"));
    putText(g, "userPrincipalName", row("username"));
    putText(g, "userId", row("user id"));
    putText(g, "userType", lowerFirst(row("user type")));
    putText(g, "userAgent", row("user agent"));
    putText(g, "correlationId", row("correlation id"));
    putText(g, "crossTenantAccessType", row("cross tenant access type"));
    putText(g, "incomingTokenType", row("incoming token type"));
    putText(g, "authenticationProtocol", row("authentication protocol"));
    putText(g, "uniqueTokenIdentifier", row("unique token identifier"));
    putText(g, "originalTransferMethod", row("original transfer method"));
    putText(g, "clientCredentialType", row("client credential type"));
    putText(g, "appDisplayName", row("application"));
    putText(g, "appId", row("application id"));
    putText(g, "appOwnerTenantId", row("app owner tenant id"));
    putText(g, "resourceDisplayName", row("resource"));
    putText(g, "resourceId", row("resource id"));
    putText(g, "resourceTenantId", row("resource tenant id"));
    putText(g, "resourceOwnerTenantId", row("resource owner tenant id"));
    putText(g, "homeTenantId", row("home tenant id"));
    putText(g, "homeTenantName", row("home tenant name"));
    putText(g, "ipAddress", row("ip address"));
    putText(g, "ipAddressFromResourceProvider", row("ip address (seen by resource)"));
    putText(g, "clientAppUsed", row("client app"));
    putText(g, "authenticationRequirement", enumValue(row("authentication requirement")));
    putText(g, "signInIdentifier", row("sign-in identifier"));
    putText(g, "sessionId", row("session id"));
    putText(g, "tokenIssuerType", row("token issuer type"));
    putText(g, "tokenIssuerName", row("token issuer name"));
    putText(g, "managedIdentityType", row("managed identity type"));
    putText(g, "servicePrincipalId", row("service principal id"));
    putText(g, "servicePrincipalName", row("service principal name"));
    putText(g, "globalSecureAccessIpAddress", row("global secure access ip address"));
    if (const QString ca = row("conditional access"); !ca.isEmpty())
        g.insert(QStringLiteral("conditionalAccessStatus"), enumValue(ca));
    if (const QString asn = row("autonomous system number"); !asn.isEmpty())
        g.insert(QStringLiteral("autonomousSystemNumber"), intValue(asn));
    if (const QString f = row("flagged for review"); !f.isEmpty())
        g.insert(QStringLiteral("flaggedForReview"), boolValue(f));
    if (const QString f = row("is interactive"); !f.isEmpty())
        g.insert(QStringLiteral("isInteractive"), boolValue(f));
    if (const QString f = row("through global secure access"); !f.isEmpty())
        g.insert(QStringLiteral("isThroughGlobalSecureAccess"), boolValue(f));

    // status: errorCode from "Sign-in error code"; Success alone means 0.
    const QString statusText = row("status");
    const QString code = row("sign-in error code");
    QJsonObject status;
    QJsonValue errorCode = intValue(code);
    if (errorCode.isNull() && statusText.compare(u"Success", Qt::CaseInsensitive) == 0)
        errorCode = 0;
    status.insert(QStringLiteral("errorCode"), errorCode);
    status.insert(QStringLiteral("failureReason"), textOrNull(row("failure reason")));
    status.insert(QStringLiteral("additionalDetails"),
                  textOrNull(row("multifactor authentication result")));
    g.insert(QStringLiteral("status"), status);

    QJsonObject device;
    device.insert(QStringLiteral("deviceId"), textOrNull(row("device id")));
    device.insert(QStringLiteral("displayName"), QJsonValue(QJsonValue::Null));
    device.insert(QStringLiteral("operatingSystem"), textOrNull(row("operating system")));
    device.insert(QStringLiteral("browser"), textOrNull(row("browser")));
    device.insert(QStringLiteral("isCompliant"), boolValue(row("compliant")));
    device.insert(QStringLiteral("isManaged"), boolValue(row("managed")));
    device.insert(QStringLiteral("trustType"), textOrNull(row("join type")));
    g.insert(QStringLiteral("deviceDetail"), device);

    const QJsonObject loc = splitLocation(row("location"));
    if (!loc.isEmpty())
        g.insert(QStringLiteral("location"), loc);

    const QString method = row("multifactor authentication auth method");
    const QString detail = row("multifactor authentication auth detail");
    if (!method.isEmpty() || !detail.isEmpty())
        g.insert(QStringLiteral("mfaDetail"),
                 QJsonObject{{QStringLiteral("authMethod"), textOrNull(method)},
                             {QStringLiteral("authDetail"), textOrNull(detail)}});

    QJsonObject original;
    for (qsizetype i = 0; i < h.names.size() && i < fields.size(); ++i) {
        QString key = h.names[i];
        if (original.contains(key))
            key += QStringLiteral(" (%1)").arg(i + 1); // duplicated column keeps both values
        original.insert(key, fields[i]);
    }
    m.tenantHint = firstTenant(QJsonObject(), g);
    g.insert(QStringLiteral("_source"), sourceMember(formatId, original));
    m.graph = g;
    out.ok = true;
    return out;
}

MapOutcome mapPortalAudit(const CsvHeader &h, const QStringList &fields, const QString &formatId)
{
    MapOutcome out;
    MappedRecord &m = out.record;
    m.kind = LogKind::Audit;
    m.shape = RecordShape::PortalCsv;
    const Row row(h, fields);
    QJsonObject g;
    g.insert(QStringLiteral("activityDateTime"), timeValue(row("date (utc)")));
    putText(g, "correlationId", row("correlationid"));
    putText(g, "loggedByService", row("service"));
    putText(g, "category", row("category"));
    putText(g, "activityDisplayName", row("activity"));
    putText(g, "result", enumValue(row("result")));
    g.insert(QStringLiteral("resultReason"), row("resultreason"));

    const QString actorType = row("actortype");
    const QString upn = row("actoruserprincipalname");
    QJsonObject initiatedBy;
    if (!upn.isEmpty() || actorType.compare(u"User", Qt::CaseInsensitive) == 0) {
        initiatedBy.insert(
            QStringLiteral("user"),
            QJsonObject{
                {QStringLiteral("id"), textOrNull(row("actorobjectid"))},
                {QStringLiteral("displayName"), textOrNull(row("actordisplayname"))},
                {QStringLiteral("userPrincipalName"), textOrNull(upn)},
                {QStringLiteral("ipAddress"), textOrNull(row("ipaddress"))},
                {QStringLiteral("homeTenantId"), textOrNull(row("actorhometenantid"))},
                {QStringLiteral("homeTenantName"), textOrNull(row("actorhometenantname"))}});
        initiatedBy.insert(QStringLiteral("app"), QJsonValue(QJsonValue::Null));
    } else {
        QString spName = row("actorserviceprincipalname");
        QString name = row("actordisplayname");
        initiatedBy.insert(QStringLiteral("user"), QJsonValue(QJsonValue::Null));
        initiatedBy.insert(
            QStringLiteral("app"),
            QJsonObject{{QStringLiteral("appId"), QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("displayName"), textOrNull(name.isEmpty() ? spName : name)},
                        {QStringLiteral("servicePrincipalId"),
                         textOrNull(row("actorserviceprincipalid").isEmpty()
                                        ? row("actorobjectid")
                                        : row("actorserviceprincipalid"))},
                        {QStringLiteral("servicePrincipalName"), textOrNull(spName)}});
    }
    g.insert(QStringLiteral("initiatedBy"), initiatedBy);

    // Targets and additional details, by index as the header numbers them.
    QMap<int, QJsonObject> targets;
    QMap<int, QMap<int, QJsonObject>> props;
    QMap<int, QJsonObject> details;
    for (qsizetype i = 0; i < h.normalized.size() && i < fields.size(); ++i) {
        const QString &value = fields[i];
        if (value.isEmpty())
            continue;
        if (const auto t = targetColumn().match(h.normalized[i]); t.hasMatch()) {
            const int n = t.captured(1).toInt();
            const QString what = t.captured(2);
            if (!t.captured(3).isEmpty()) {
                static const QHash<QString, QString> keys{
                    {QStringLiteral("name"), QStringLiteral("displayName")},
                    {QStringLiteral("oldvalue"), QStringLiteral("oldValue")},
                    {QStringLiteral("newvalue"), QStringLiteral("newValue")}};
                props[n][t.captured(3).toInt()].insert(keys.value(t.captured(4)), value);
            } else {
                static const QHash<QString, QString> keys{
                    {QStringLiteral("type"), QStringLiteral("type")},
                    {QStringLiteral("displayname"), QStringLiteral("displayName")},
                    {QStringLiteral("objectid"), QStringLiteral("id")},
                    {QStringLiteral("userprincipalname"), QStringLiteral("userPrincipalName")}};
                targets[n].insert(keys.value(what), value);
            }
        } else if (const auto d = detailColumn().match(h.normalized[i]); d.hasMatch()) {
            details[d.captured(1).toInt()].insert(d.captured(2), value);
        }
    }
    QJsonArray targetArray;
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        QJsonObject t;
        for (const char *k : {"id", "displayName", "type", "userPrincipalName"})
            t.insert(QLatin1String(k), it->value(QLatin1String(k)).isUndefined()
                                           ? QJsonValue(QJsonValue::Null)
                                           : it->value(QLatin1String(k)));
        t.insert(QStringLiteral("groupType"), QJsonValue(QJsonValue::Null));
        QJsonArray modified;
        for (const QJsonObject &p : props.value(it.key())) {
            QJsonObject mp;
            for (const char *k : {"displayName", "oldValue", "newValue"})
                mp.insert(QLatin1String(k), p.value(QLatin1String(k)).isUndefined()
                                                ? QJsonValue(QJsonValue::Null)
                                                : p.value(QLatin1String(k)));
            modified.append(mp);
        }
        t.insert(QStringLiteral("modifiedProperties"), modified);
        targetArray.append(t);
    }
    // Properties of a target whose own columns were all empty.
    for (auto it = props.begin(); it != props.end(); ++it) {
        if (targets.contains(it.key()))
            continue;
        QJsonArray modified;
        for (const QJsonObject &p : it.value())
            modified.append(p);
        targetArray.append(QJsonObject{{QStringLiteral("modifiedProperties"), modified}});
    }
    g.insert(QStringLiteral("targetResources"), targetArray);
    QJsonArray detailArray;
    bool hasUserAgent = false;
    for (const QJsonObject &d : details) {
        const QString key = json::toString(d.value(QLatin1String("key")));
        hasUserAgent |= key.compare(u"User-Agent", Qt::CaseInsensitive) == 0;
        detailArray.append(QJsonObject{
            {QStringLiteral("key"), key},
            {QStringLiteral("value"), json::toString(d.value(QLatin1String("value")))}});
    }
    QString agent = row("user agent");
    if (agent.isEmpty())
        agent = row("useragent");
    if (!agent.isEmpty() && !hasUserAgent)
        detailArray.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("User-Agent")},
                                       {QStringLiteral("value"), agent}});
    g.insert(QStringLiteral("additionalDetails"), detailArray);

    QJsonObject original;
    for (qsizetype i = 0; i < h.names.size() && i < fields.size(); ++i) {
        if (!fields[i].isEmpty())
            original.insert(h.names[i], fields[i]);
    }
    g.insert(QStringLiteral("_source"), sourceMember(formatId, original));
    m.graph = g;
    out.ok = true;
    return out;
}

} // namespace

QDateTime parseLogTime(const QString &text)
{
    const QDateTime iso = parseWireDateTime(text);
    if (iso.isValid())
        return iso;
    // Log Analytics portal CSV: "5/1/2024, 7:15:41.619 PM" (UTC).
    static const QRegularExpression us(
        QStringLiteral("^\\s*(\\d{1,2})/(\\d{1,2})/"
                       "(\\d{4}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,7}))?)?"
                       "\\s*([AaPp][Mm])?\\s*$"));
    const auto m = us.match(text);
    if (!m.hasMatch())
        return {};
    int hour = m.captured(4).toInt();
    const QString ampm = m.captured(8).toUpper();
    if (ampm == u"PM" && hour < 12)
        hour += 12;
    if (ampm == u"AM" && hour == 12)
        hour = 0;
    const int ms =
        m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QDate date(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    const QTime time(hour, m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

bool detectShape(const QJsonObject &r, RecordShape &shape)
{
    if (r.value(QLatin1String("properties")).isObject() &&
        (has(r, QLatin1String("category")) || has(r, QLatin1String("time")) ||
         has(r, QLatin1String("operationName")))) {
        shape = RecordShape::AzureMonitor;
        return true;
    }
    if (has(r, QLatin1String("createdDateTime")) || has(r, QLatin1String("activityDateTime"))) {
        shape = RecordShape::Graph;
        return true;
    }
    if (has(r, QLatin1String("TimeGenerated")) || has(r, QLatin1String("ResultType")) ||
        has(r, QLatin1String("OperationName")) || has(r, QLatin1String("CreatedDateTime")) ||
        has(r, QLatin1String("ActivityDateTime"))) {
        shape = RecordShape::LogAnalytics;
        return true;
    }
    return false;
}

MapOutcome mapJsonRecord(const QJsonObject &r, const QString &formatId)
{
    RecordShape shape{};
    if (!detectShape(r, shape)) {
        MapOutcome out;
        out.reason = QCoreApplication::translate(
            "Import", "not a sign-in or audit record (no createdDateTime, activityDateTime, "
                      "TimeGenerated or properties)");
        return out;
    }
    switch (shape) {
    case RecordShape::AzureMonitor:
        return mapAzureMonitor(r, formatId);
    case RecordShape::LogAnalytics:
        return mapLogAnalytics(r, formatId);
    case RecordShape::Graph:
    case RecordShape::PortalCsv:
        break;
    }
    MapOutcome out;
    out.ok = true;
    MappedRecord &m = out.record;
    m.shape = RecordShape::Graph;
    m.kind = has(r, QLatin1String("createdDateTime")) ? LogKind::SignIn : LogKind::Audit;
    m.graph = r;
    m.unchanged = true;
    m.tenantHint = firstTenant(r, r);
    return out;
}

CsvHeaderOutcome analyzeCsvHeader(const QStringList &fields)
{
    CsvHeaderOutcome out;
    CsvHeader &h = out.header;
    h.names = fields;
    if (!h.names.isEmpty() && h.names[0].startsWith(QChar(0xFEFF)))
        h.names[0].remove(0, 1);
    for (const QString &n : std::as_const(h.names))
        h.normalized << normalizeHeader(n);
    out.looksLikeHeader = h.names.size() >= 3;
    for (const QString &n : std::as_const(h.names)) {
        if (n.size() > 200 || n.trimmed().isEmpty())
            out.looksLikeHeader = false;
    }
    const auto countUnknown = [&](auto known) {
        int unknown = 0;
        for (const QString &n : std::as_const(h.normalized))
            unknown += known(n) ? 0 : 1;
        return unknown;
    };

    // Log Analytics: PascalCase columns, "TimeGenerated [UTC]" in portal exports.
    QStringList la;
    for (const QString &n : std::as_const(h.normalized)) {
        QString x = n;
        x.remove(QLatin1String(" [utc]"));
        la << x;
    }
    if (la.contains(QStringLiteral("timegenerated")) ||
        (la.contains(QStringLiteral("operationname")) && la.contains(QStringLiteral("category")))) {
        h.kind = CsvKind::LogAnalytics;
        h.normalized = la;
        for (QString &n : h.names) {
            n = n.trimmed();
            n.remove(QLatin1String(" [UTC]"));
        }
        out.ok = true;
        return out;
    }

    if (h.normalized.value(0) == u"date (utc)") {
        if (h.normalized.contains(QStringLiteral("request id"))) {
            h.kind = CsvKind::PortalSignIns;
            const int unknown =
                countUnknown([](const QString &n) { return portalSignInColumns().contains(n); });
            if (unknown * 3 <= h.normalized.size()) {
                out.ok = true;
                return out;
            }
        } else if (h.normalized.contains(QStringLiteral("activity")) &&
                   (h.normalized.contains(QStringLiteral("category")) ||
                    h.normalized.contains(QStringLiteral("service")))) {
            h.kind = CsvKind::PortalAudits;
            const int unknown = countUnknown(knownAuditColumn);
            if (unknown * 3 <= h.normalized.size() && unknown * 3 <= h.normalized.size()) {
                // Localized target columns (e.g. "Objetivo1NombrePrincipalDeUsuario") are
                // refused: importing them would silently drop the targets.
                bool localizedTarget = false;
                for (const QString &n : std::as_const(h.normalized))
                    localizedTarget |= !knownAuditColumn(n) &&
                                       n.contains(QRegularExpression(QStringLiteral("\\d")));
                if (!localizedTarget) {
                    out.ok = true;
                    return out;
                }
            }
        }
    }
    out.reason = localizedRefusal(h.names);
    return out;
}

MapOutcome mapCsvRow(const CsvHeader &header, const QStringList &fields, const QString &formatId)
{
    switch (header.kind) {
    case CsvKind::PortalSignIns:
        return mapPortalSignIn(header, fields, formatId);
    case CsvKind::PortalAudits:
        return mapPortalAudit(header, fields, formatId);
    case CsvKind::LogAnalytics:
        break;
    }
    QJsonObject record;
    for (qsizetype i = 0; i < header.names.size() && i < fields.size(); ++i) {
        if (!fields[i].isEmpty())
            record.insert(header.names[i], fields[i]);
    }
    return mapLogAnalytics(record, formatId);
}

QString generatedId(const QByteArray &seed)
{
    return QStringLiteral("vigie-") +
           QString::fromLatin1(
               QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32));
}

namespace {

bool ensureId(MappedRecord &m, const QByteArray &idSeed, QString &id)
{
    id = json::toString(m.graph.value(QLatin1String("id"))).trimmed();
    if (!id.isEmpty())
        return false;
    QByteArray seed = idSeed;
    if (seed.isEmpty())
        seed = QJsonDocument(m.graph).toJson(QJsonDocument::Compact);
    id = generatedId(seed);
    m.graph.insert(QStringLiteral("id"), id);
    m.graph.insert(QStringLiteral("_vigieGeneratedId"), true);
    return true;
}

QByteArray rawOf(const MappedRecord &m, bool changed, const QByteArray &originalBytes)
{
    if (m.unchanged && !changed && !originalBytes.isEmpty())
        return originalBytes;
    return QJsonDocument(m.graph).toJson(QJsonDocument::Compact);
}

} // namespace

// Columns by the one Graph log mapping (core/logevents.h); times in the
// import's forms (parseLogTime).
RowOutcome toSignIn(MappedRecord &m, const QByteArray &idSeed, const QByteArray &originalBytes,
                    SignIn &row)
{
    RowOutcome out;
    mapSignIn(JsonObjectReader(m.graph, parseLogTime), row);
    if (!row.createdDateTime.isValid()) {
        const QString when = json::toString(m.graph.value(QLatin1String("createdDateTime")));
        out.reason =
            when.isEmpty()
                ? QCoreApplication::translate("Import", "no createdDateTime")
                : QCoreApplication::translate("Import", "createdDateTime \"%1\" is not a date")
                      .arg(when.left(40));
        return out;
    }
    const bool changed = ensureId(m, idSeed, row.id);
    row.rawText = rawOf(m, changed, originalBytes);
    out.ok = true;
    return out;
}

RowOutcome toAudit(MappedRecord &m, const QByteArray &idSeed, const QByteArray &originalBytes,
                   AuditEvent &row)
{
    RowOutcome out;
    mapAudit(JsonObjectReader(m.graph, parseLogTime), row);
    if (!row.activityDateTime.isValid()) {
        const QString when = json::toString(m.graph.value(QLatin1String("activityDateTime")));
        out.reason =
            when.isEmpty()
                ? QCoreApplication::translate("Import", "no activityDateTime")
                : QCoreApplication::translate("Import", "activityDateTime \"%1\" is not a date")
                      .arg(when.left(40));
        return out;
    }
    const bool changed = ensureId(m, idSeed, row.id);
    row.rawText = rawOf(m, changed, originalBytes);
    out.ok = true;
    return out;
}

} // namespace vigie::import
