#include "core/logevents.h"

#include "core/jsonutil.h"
#include "core/timeutil.h"

#include <QJsonDocument>

namespace vigie {

QString auditActor(const QString &userPrincipalName, const QString &appDisplayName,
                   const QString &appId)
{
    if (!userPrincipalName.isEmpty())
        return userPrincipalName;
    if (!appDisplayName.isEmpty())
        return appDisplayName;
    return appId;
}

namespace {

QJsonObject object(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

} // namespace

QString JsonObjectReader::text(const char *key) const
{
    return json::toString(m_o.value(QLatin1String(key)));
}

QString JsonObjectReader::text(const char *a, const char *b) const
{
    return json::toString(object(m_o, a).value(QLatin1String(b)));
}

QString JsonObjectReader::text(const char *a, const char *b, const char *c) const
{
    return json::toString(object(object(m_o, a), b).value(QLatin1String(c)));
}

std::optional<qint64> JsonObjectReader::integer(const char *a, const char *b) const
{
    return json::toInt(object(m_o, a).value(QLatin1String(b)));
}

QDateTime JsonObjectReader::time(const char *key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (m_parseTime)
        return m_parseTime(json::toString(v));
    return v.isString() ? parseWireDateTime(v.toString()) : QDateTime();
}

std::optional<SignIn> signInFromJson(const QJsonObject &o, const QString &customerId)
{
    SignIn s;
    mapSignIn(JsonObjectReader(o), s);
    if (s.id.isEmpty() || !s.createdDateTime.isValid())
        return std::nullopt;
    s.customerId = customerId;
    s.rawText = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return s;
}

std::optional<AuditEvent> auditFromJson(const QJsonObject &o, const QString &customerId)
{
    AuditEvent e;
    mapAudit(JsonObjectReader(o), e);
    if (e.id.isEmpty() || !e.activityDateTime.isValid())
        return std::nullopt;
    e.customerId = customerId;
    e.rawText = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return e;
}

} // namespace vigie
