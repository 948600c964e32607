#pragma once

#include "core/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// The one mapping of the Graph v1.0 signIn / directoryAudit shapes onto
// SignIn / AuditEvent, used by src/net (rapidjson pages), src/import (records
// already mapped onto the Graph shape) and the tests. Written once, for any
// JSON reader `J` that offers:
//   QString text(const char *key) const            // json::toString rules
//   QString text(const char *a, const char *b) const
//   QString text(const char *a, const char *b, const char *c) const
//   std::optional<qint64> integer(const char *a, const char *b) const  // json::toInt rules
//   QDateTime time(const char *key) const          // invalid when not a timestamp
// The raw JSON (`rawText`) is the caller's: it is what the cache stores, and
// only the caller knows which bytes those are.
namespace vigie {

template <typename J> void mapSignIn(const J &j, SignIn &s)
{
    s.id = j.text("id");
    s.createdDateTime = j.time("createdDateTime");
    s.userId = j.text("userId");
    s.userPrincipalName = j.text("userPrincipalName");
    s.appId = j.text("appId");
    s.appDisplayName = j.text("appDisplayName");
    s.ipAddress = j.text("ipAddress");
    s.countryOrRegion = j.text("location", "countryOrRegion");
    s.errorCode = int(j.integer("status", "errorCode").value_or(0));
    s.authenticationProtocol = j.text("authenticationProtocol");
}

template <typename J> void mapAudit(const J &j, AuditEvent &e)
{
    e.id = j.text("id");
    e.activityDateTime = j.time("activityDateTime");
    e.category = j.text("category");
    e.activityDisplayName = j.text("activityDisplayName");
    e.result = j.text("result");
    e.loggedByService = j.text("loggedByService");
    e.actor = auditActor(j.text("initiatedBy", "user", "userPrincipalName"),
                         j.text("initiatedBy", "app", "displayName"),
                         j.text("initiatedBy", "app", "appId"));
}

// The reader over a QJsonObject. `parseTime` reads the time members
// (default: parseWireDateTime; the import also takes the US form).
class JsonObjectReader
{
public:
    using TimeParser = QDateTime (*)(const QString &);
    explicit JsonObjectReader(const QJsonObject &o, TimeParser parseTime = nullptr)
        : m_o(o), m_parseTime(parseTime)
    {}
    QString text(const char *key) const;
    QString text(const char *a, const char *b) const;
    QString text(const char *a, const char *b, const char *c) const;
    std::optional<qint64> integer(const char *a, const char *b) const;
    QDateTime time(const char *key) const;

private:
    const QJsonObject &m_o;
    TimeParser m_parseTime;
};

// A Graph signIn / directoryAudit object as a SignIn / AuditEvent, raw =
// the object as compact JSON. nullopt when it has no id or no valid time
// (what the cache cannot key or place).
std::optional<SignIn> signInFromJson(const QJsonObject &o, const QString &customerId = {});
std::optional<AuditEvent> auditFromJson(const QJsonObject &o, const QString &customerId = {});

} // namespace vigie
