#include "sim/export.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <limits>
#include <memory>

namespace vigie::sim {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return {};
}

QByteArray compact(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

QByteArray csvField(const QString &value)
{
    QByteArray s = value.toUtf8();
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
        s.replace("\"", "\"\"");
        return '"' + s + '"';
    }
    return s;
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            row += ',';
        row += csvField(fields[i]);
    }
    return row + "\r\n";
}

QString upperFirst(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

// Log Analytics CSV time: "5/1/2024, 7:15:41.619 PM" (UTC).
QString usTime(const QString &wire)
{
    QDateTime t = QDateTime::fromString(wire.left(19), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return QLocale::c().toString(t, QStringLiteral("M/d/yyyy, h:mm:ss.zzz AP"));
}

// A JSON array file written element by element.
class ArrayFile
{
public:
    ArrayFile(const QString &path, const QByteArray &head, const QByteArray &tail)
        : m_file(path), m_tail(tail)
    {
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        m_file.write(head);
    }
    void add(const QByteArray &element)
    {
        m_file.write(m_first ? "\n" : ",\n");
        m_first = false;
        m_file.write(element);
    }
    bool close()
    {
        m_file.write("\n");
        m_file.write(m_tail);
        m_file.close();
        return m_ok && m_file.error() == QFile::NoError;
    }

private:
    QFile m_file;
    QByteArray m_tail;
    bool m_first = true;
    bool m_ok = false;
};

const QStringList &portalSignInHeader()
{
    static const QStringList h =
        QStringLiteral(
            "Date (UTC),Request ID,User agent,Correlation ID,User ID,User,Username,User type,Cross "
            "tenant access type,Incoming token type,Authentication Protocol,Unique token "
            "identifier,Original transfer method,Client credential type,Token Protection - Sign In "
            "Session,Token Protection - Sign In Session StatusCode,Application,Application ID ,App "
            "owner tenant ID,Resource,Resource ID ,Resource tenant ID,Resource owner tenant "
            "ID,Home "
            "tenant ID,Home tenant name,IP address,Location,Status,Sign-in error code,Failure "
            "reason,Client app,Device ID,Browser,Operating System,Compliant,Managed,Join "
            "Type,Multifactor authentication result,Multifactor authentication auth "
            "method,Multifactor authentication auth detail,Authentication requirement,Sign-in "
            "identifier,Session ID,IP address (seen by resource),Through Global Secure "
            "Access,Global Secure Access IP address,Autonomous system  number,Flagged for "
            "review,Token issuer type,Incoming token type,Token issuer name,Latency,Conditional "
            "Access,Managed Identity type,Associated Resource Id,Federated Token Id,Federated "
            "Token "
            "Issuer")
            .split(QLatin1Char(','));
    return h;
}

QStringList portalSignInRow(const QJsonObject &e, const QString &tenant)
{
    QHash<QString, QString> v;
    const QJsonObject status = e.value(QLatin1String("status")).toObject();
    const QJsonObject loc = e.value(QLatin1String("location")).toObject();
    const QJsonObject dev = e.value(QLatin1String("deviceDetail")).toObject();
    const int code = status.value(QLatin1String("errorCode")).toInt();
    v[QStringLiteral("Date (UTC)")] = str(e, "createdDateTime");
    v[QStringLiteral("Request ID")] = str(e, "id");
    v[QStringLiteral("Correlation ID")] = str(e, "correlationId");
    v[QStringLiteral("User ID")] = str(e, "userId");
    v[QStringLiteral("User")] = str(e, "userDisplayName");
    v[QStringLiteral("Username")] = str(e, "userPrincipalName");
    v[QStringLiteral("User type")] = QStringLiteral("Member");
    v[QStringLiteral("Authentication Protocol")] = str(e, "authenticationProtocol");
    v[QStringLiteral("Application")] = str(e, "appDisplayName");
    v[QStringLiteral("Application ID ")] = str(e, "appId");
    v[QStringLiteral("Resource")] = str(e, "resourceDisplayName");
    v[QStringLiteral("Resource ID ")] = str(e, "resourceId");
    v[QStringLiteral("Resource tenant ID")] = tenant;
    v[QStringLiteral("Home tenant ID")] = tenant;
    v[QStringLiteral("IP address")] = str(e, "ipAddress");
    if (!loc.isEmpty())
        v[QStringLiteral("Location")] =
            QStringList{str(loc, "city"), str(loc, "state"), str(loc, "countryOrRegion")}.join(
                QStringLiteral(", "));
    v[QStringLiteral("Status")] = code == 0 ? QStringLiteral("Success") : QStringLiteral("Failure");
    v[QStringLiteral("Sign-in error code")] = QString::number(code);
    v[QStringLiteral("Failure reason")] = str(status, "failureReason");
    v[QStringLiteral("Client app")] = str(e, "clientAppUsed");
    v[QStringLiteral("Device ID")] = str(dev, "deviceId");
    v[QStringLiteral("Browser")] = str(dev, "browser");
    v[QStringLiteral("Operating System")] = str(dev, "operatingSystem");
    v[QStringLiteral("Compliant")] = str(dev, "isCompliant");
    v[QStringLiteral("Managed")] = str(dev, "isManaged");
    v[QStringLiteral("Token issuer type")] = QStringLiteral("AzureAD");
    v[QStringLiteral("Flagged for review")] = QStringLiteral("No");
    const QString ca = str(e, "conditionalAccessStatus");
    v[QStringLiteral("Conditional Access")] =
        ca == u"notApplied" ? QStringLiteral("Not Applied") : upperFirst(ca);
    QStringList row;
    for (const QString &column : portalSignInHeader())
        row << v.value(column);
    return row;
}

QStringList portalAuditHeader()
{
    QStringList h =
        QStringLiteral("Date (UTC),CorrelationId,Service,Category,Activity,Result,ResultReason,"
                       "User Agent,ActorType,ActorDisplayName,ActorObjectId,"
                       "ActorUserPrincipalName,IPAddress,ActorHomeTenantId,ActorHomeTenantName,"
                       "ActorServicePrincipalId,ActorServicePrincipalName")
            .split(QLatin1Char(','));
    for (int t = 1; t <= 2; ++t) {
        for (const char *k : {"Type", "DisplayName", "ObjectId", "UserPrincipalName"})
            h << QStringLiteral("Target%1%2").arg(t).arg(QLatin1String(k));
        for (int m = 1; m <= 5; ++m) {
            for (const char *k : {"Name", "OldValue", "NewValue"})
                h << QStringLiteral("Target%1ModifiedProperty%2%3")
                         .arg(t)
                         .arg(m)
                         .arg(QLatin1String(k));
        }
    }
    for (int d = 1; d <= 3; ++d) {
        h << QStringLiteral("AdditionalDetail%1Key").arg(d)
          << QStringLiteral("AdditionalDetail%1Value").arg(d);
    }
    return h;
}

QStringList portalAuditRow(const QJsonObject &e, const QStringList &header)
{
    QHash<QString, QString> v;
    v[QStringLiteral("Date (UTC)")] = str(e, "activityDateTime");
    v[QStringLiteral("CorrelationId")] = str(e, "correlationId");
    v[QStringLiteral("Service")] = str(e, "loggedByService");
    v[QStringLiteral("Category")] = str(e, "category");
    v[QStringLiteral("Activity")] = str(e, "activityDisplayName");
    v[QStringLiteral("Result")] = upperFirst(str(e, "result"));
    v[QStringLiteral("ResultReason")] = str(e, "resultReason");
    const QJsonObject by = e.value(QLatin1String("initiatedBy")).toObject();
    const QJsonObject user = by.value(QLatin1String("user")).toObject();
    const QJsonObject app = by.value(QLatin1String("app")).toObject();
    if (!user.isEmpty()) {
        v[QStringLiteral("ActorType")] = QStringLiteral("User");
        v[QStringLiteral("ActorDisplayName")] = str(user, "displayName");
        v[QStringLiteral("ActorObjectId")] = str(user, "id");
        v[QStringLiteral("ActorUserPrincipalName")] = str(user, "userPrincipalName");
        v[QStringLiteral("IPAddress")] = str(user, "ipAddress");
    } else if (!app.isEmpty()) {
        v[QStringLiteral("ActorType")] = QStringLiteral("ServicePrincipal");
        v[QStringLiteral("ActorDisplayName")] = str(app, "displayName");
        v[QStringLiteral("ActorServicePrincipalId")] = str(app, "servicePrincipalId");
        v[QStringLiteral("ActorServicePrincipalName")] = str(app, "servicePrincipalName");
    }
    const QJsonArray targets = e.value(QLatin1String("targetResources")).toArray();
    for (int t = 0; t < std::min<qsizetype>(2, targets.size()); ++t) {
        const QJsonObject tr = targets[t].toObject();
        const QString p = QStringLiteral("Target%1").arg(t + 1);
        v[p + QStringLiteral("Type")] = str(tr, "type");
        v[p + QStringLiteral("DisplayName")] = str(tr, "displayName");
        v[p + QStringLiteral("ObjectId")] = str(tr, "id");
        v[p + QStringLiteral("UserPrincipalName")] = str(tr, "userPrincipalName");
        const QJsonArray props = tr.value(QLatin1String("modifiedProperties")).toArray();
        for (int m = 0; m < std::min<qsizetype>(5, props.size()); ++m) {
            const QJsonObject mp = props[m].toObject();
            const QString q = p + QStringLiteral("ModifiedProperty%1").arg(m + 1);
            v[q + QStringLiteral("Name")] = str(mp, "displayName");
            v[q + QStringLiteral("OldValue")] = str(mp, "oldValue");
            v[q + QStringLiteral("NewValue")] = str(mp, "newValue");
        }
    }
    const QJsonArray details = e.value(QLatin1String("additionalDetails")).toArray();
    for (int d = 0; d < std::min<qsizetype>(3, details.size()); ++d) {
        const QJsonObject kv = details[d].toObject();
        v[QStringLiteral("AdditionalDetail%1Key").arg(d + 1)] = str(kv, "key");
        v[QStringLiteral("AdditionalDetail%1Value").arg(d + 1)] = str(kv, "value");
    }
    QStringList row;
    for (const QString &column : header)
        row << v.value(column);
    return row;
}

// SigninLogs row: PascalCase, dynamic columns as JSON strings (as Log
// Analytics exports them), bookkeeping columns added.
QJsonObject laSignIn(const QJsonObject &e, const QString &tenant)
{
    QJsonObject o;
    for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
        QString key = upperFirst(it.key());
        if (key == u"Id" || key == u"IpAddress")
            key = key == u"Id" ? key : QStringLiteral("IPAddress");
        if (key == u"Location")
            key = QStringLiteral("LocationDetails");
        if (key == u"ResourceId")
            key = QStringLiteral("ResourceIdentity");
        if (key == u"RiskEventTypes_v2")
            key = QStringLiteral("RiskEventTypes_V2");
        if (key == u"AppliedConditionalAccessPolicies")
            key = QStringLiteral("ConditionalAccessPolicies");
        const QJsonValue v = it.value();
        o.insert(key, v.isObject() || v.isArray() ? QJsonValue(QString::fromUtf8(compact(v))) : v);
    }
    const QJsonObject status = e.value(QLatin1String("status")).toObject();
    o.insert(QStringLiteral("TimeGenerated"), e.value(QLatin1String("createdDateTime")));
    o.insert(QStringLiteral("ResultType"), str(status, "errorCode"));
    o.insert(QStringLiteral("ResultDescription"), str(status, "failureReason"));
    o.insert(QStringLiteral("OperationName"), QStringLiteral("Sign-in activity"));
    o.insert(QStringLiteral("Category"), QStringLiteral("SignInLogs"));
    o.insert(QStringLiteral("Location"),
             str(e.value(QLatin1String("location")).toObject(), "countryOrRegion"));
    o.insert(QStringLiteral("AADTenantId"), tenant);
    o.insert(QStringLiteral("TenantId"), QStringLiteral("00000000-0000-0000-0000-00000000a11a"));
    o.insert(QStringLiteral("SourceSystem"), QStringLiteral("Azure AD"));
    o.insert(QStringLiteral("Type"), QStringLiteral("SigninLogs"));
    return o;
}

const QStringList &laAuditHeader()
{
    static const QStringList h =
        QStringLiteral("TenantId,TimeGenerated [UTC],OperationName,Category,Result,ResultReason,"
                       "ActivityDisplayName,ActivityDateTime [UTC],LoggedByService,OperationType,"
                       "InitiatedBy,TargetResources,AdditionalDetails,Id,CorrelationId,"
                       "AADTenantId,Type")
            .split(QLatin1Char(','));
    return h;
}

QStringList laAuditRow(const QJsonObject &e, const QString &tenant)
{
    const QString when = usTime(str(e, "activityDateTime"));
    return {QStringLiteral("00000000-0000-0000-0000-00000000a11a"),
            when,
            str(e, "activityDisplayName"),
            str(e, "category"),
            str(e, "result"),
            str(e, "resultReason"),
            str(e, "activityDisplayName"),
            when,
            str(e, "loggedByService"),
            str(e, "operationType"),
            QString::fromUtf8(compact(e.value(QLatin1String("initiatedBy")))),
            QString::fromUtf8(compact(e.value(QLatin1String("targetResources")))),
            QString::fromUtf8(compact(e.value(QLatin1String("additionalDetails")))),
            str(e, "id"),
            str(e, "correlationId"),
            tenant,
            QStringLiteral("AuditLogs")};
}

QJsonObject diagnostic(const QJsonObject &e, LogStream stream, const QString &tenant)
{
    const bool signIn = stream == LogStream::SignIns;
    const QJsonObject status = e.value(QLatin1String("status")).toObject();
    return QJsonObject{
        {QStringLiteral("time"),
         e.value(QLatin1String(signIn ? "createdDateTime" : "activityDateTime"))},
        {QStringLiteral("resourceId"),
         QStringLiteral("/tenants/%1/providers/Microsoft.aadiam").arg(tenant)},
        {QStringLiteral("operationName"),
         signIn ? QStringLiteral("Sign-in activity") : str(e, "activityDisplayName")},
        {QStringLiteral("operationVersion"), QStringLiteral("1.0")},
        {QStringLiteral("category"), signIn ? (e.value(QLatin1String("isInteractive")).toBool(true)
                                                   ? QStringLiteral("SignInLogs")
                                                   : QStringLiteral("NonInteractiveUserSignInLogs"))
                                            : QStringLiteral("AuditLogs")},
        {QStringLiteral("tenantId"), tenant},
        {QStringLiteral("resultType"), signIn ? str(status, "errorCode") : QString()},
        {QStringLiteral("resultSignature"), QStringLiteral("None")},
        {QStringLiteral("durationMs"), 0},
        {QStringLiteral("callerIpAddress"), str(e, "ipAddress")},
        {QStringLiteral("correlationId"), str(e, "correlationId")},
        {QStringLiteral("Level"), 4},
        {QStringLiteral("properties"), e},
    };
}

} // namespace

ExportSummary exportLogs(const World &world, const ExportOptions &options)
{
    ExportSummary summary;
    QDir out(options.outDir);
    if (!out.mkpath(QStringLiteral("."))) {
        summary.error = QStringLiteral("cannot create %1").arg(options.outDir);
        return summary;
    }
    QJsonArray manifest;
    const qint64 from = world.logStart().toMSecsSinceEpoch();
    const qint64 to = world.now().toMSecsSinceEpoch() - 1;
    int done = 0;
    for (const Customer &c : world.customers()) {
        if (options.maxCustomers >= 0 && done++ >= options.maxCustomers)
            break;
        const QString tenant = c.id;
        QDir dir(out.filePath(tenant));
        dir.mkpath(QStringLiteral("."));
        const auto path = [&](const char *name) {
            const QString p = dir.filePath(QLatin1String(name));
            summary.files << p;
            return p;
        };
        ArrayFile diag(path("diagnostics.json"), "{\"records\":[", "]}\n");
        qint64 counts[2] = {0, 0};
        for (LogStream stream : {LogStream::SignIns, LogStream::DirectoryAudits}) {
            const bool signIn = stream == LogStream::SignIns;
            ArrayFile graph(path(signIn ? "signins.graph.json" : "audits.graph.json"),
                            signIn ? "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/"
                                     "$metadata#auditLogs/signIns\",\"value\":["
                                   : "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/"
                                     "$metadata#auditLogs/directoryAudits\",\"value\":[",
                            "]}\n");
            QFile lines(path(signIn ? "signins.jsonl" : "audits.jsonl"));
            QFile csv(path(signIn ? "signins.portal.csv" : "audits.portal.csv"));
            if (!lines.open(QIODevice::WriteOnly) || !csv.open(QIODevice::WriteOnly)) {
                summary.error = QStringLiteral("cannot write in %1").arg(dir.path());
                return summary;
            }
            const QStringList auditHeader = portalAuditHeader();
            csv.write("\xEF\xBB\xBF");
            csv.write(csvRow(signIn ? portalSignInHeader() : auditHeader));
            std::unique_ptr<ArrayFile> portal, la;
            std::unique_ptr<QFile> laCsv;
            if (signIn) {
                portal = std::make_unique<ArrayFile>(path("signins.portal.json"), "[", "]\n");
                la = std::make_unique<ArrayFile>(path("signinlogs.la.json"), "[", "]\n");
            } else {
                laCsv = std::make_unique<QFile>(path("auditlogs.la.csv"));
                if (!laCsv->open(QIODevice::WriteOnly)) {
                    summary.error = QStringLiteral("cannot write in %1").arg(dir.path());
                    return summary;
                }
                laCsv->write(csvRow(laAuditHeader()));
            }
            std::optional<LogCursor> cursor;
            do {
                const LogPage page = world.logPage(c.index, stream, from, to, cursor, 1000);
                for (const QJsonObject &e : page.objects()) {
                    const QByteArray text = compact(e);
                    graph.add(text);
                    lines.write(text + '\n');
                    diag.add(compact(diagnostic(e, stream, tenant)));
                    if (signIn) {
                        portal->add(text);
                        la->add(compact(laSignIn(e, tenant)));
                        csv.write(csvRow(portalSignInRow(e, tenant)));
                    } else {
                        laCsv->write(csvRow(laAuditRow(e, tenant)));
                        csv.write(csvRow(portalAuditRow(e, auditHeader)));
                    }
                    ++counts[signIn ? 0 : 1];
                }
                cursor = page.next;
            } while (cursor);
            bool ok = graph.close();
            if (portal)
                ok &= portal->close();
            if (la)
                ok &= la->close();
            if (!ok || lines.error() != QFile::NoError || csv.error() != QFile::NoError) {
                summary.error = QStringLiteral("cannot write in %1").arg(dir.path());
                return summary;
            }
        }
        if (!diag.close()) {
            summary.error = QStringLiteral("cannot write in %1").arg(dir.path());
            return summary;
        }
        summary.signIns += counts[0];
        summary.audits += counts[1];
        manifest.append(QJsonObject{{QStringLiteral("customerTenantId"), tenant},
                                    {QStringLiteral("signIns"), counts[0]},
                                    {QStringLiteral("directoryAudits"), counts[1]}});
    }
    QFile index(out.filePath(QStringLiteral("export.json")));
    if (!index.open(QIODevice::WriteOnly)) {
        summary.error = QStringLiteral("cannot write %1").arg(index.fileName());
        return summary;
    }
    index.write(
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("vigie-sim-export/1")},
                                  {QStringLiteral("customers"), manifest}})
            .toJson(QJsonDocument::Indented));
    return summary;
}

int runExport(const World &world, const ExportOptions &options)
{
    QTextStream err(stderr);
    if (options.outDir.isEmpty()) {
        err << "vigie-sim export: --out DIR is required\n";
        return 2;
    }
    const ExportSummary s = exportLogs(world, options);
    if (!s.error.isEmpty()) {
        err << "vigie-sim export: " << s.error << '\n';
        return 1;
    }
    QTextStream(stdout) << "exported " << s.signIns << " sign-ins and " << s.audits
                        << " audits into " << s.files.size() << " files under " << options.outDir
                        << '\n';
    return 0;
}

} // namespace vigie::sim
