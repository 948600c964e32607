#pragma once

// Builders of the Graph v1.0 wire shape for the injected detection cases
// (scenarios.cpp): a seeded id/random source, sign-ins and directory audits.
// Internal to scenarios.cpp.

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace vigie::sim::scenario {

inline const QString kCpimAppId = QStringLiteral("bb2a2e3a-c5e7-4f0a-88e0-8e01fd3fc1f4");
inline const QString kProxyIef = QStringLiteral("ProxyIdentityExperienceFramework");
inline const QString kProxyIefId = QStringLiteral("5f1a7c7e-0c3a-4d6f-9b1e-2b6f3f3c9a01");

class Gen
{
public:
    Gen(quint64 seed, QString tenant) : m_state(seed ^ 0x9E3779B97F4A7C15ull), m_tenant(tenant)
    {
        const QString t = tenant.left(8);
        m_domain = QStringLiteral("contoso.com");
        auto acct = [&](const char *name) { return QString::fromLatin1(name) + u'@' + m_domain; };
        admin1 = acct("admin1");
        admin2 = acct("admin2");
        admin9 = acct("admin9");
        (void)t;
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int uniform(int n) { return int(next() % quint64(n)); }
    QString guid()
    {
        const quint64 a = next(), b = next();
        return QStringLiteral("%1-%2-4%3-a%4-%5")
            .arg(a >> 32, 8, 16, QLatin1Char('0'))
            .arg((a >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
            .arg((a >> 4) & 0xFFF, 3, 16, QLatin1Char('0'))
            .arg(b >> 52, 3, 16, QLatin1Char('0'))
            .arg(b & 0xFFFFFFFFFFFFull, 12, 16, QLatin1Char('0'));
    }
    // Stable object id per account name.
    QString idOf(const QString &name)
    {
        auto it = m_ids.constFind(name);
        if (it != m_ids.constEnd())
            return *it;
        const QString g = guid();
        m_ids.insert(name, g);
        return g;
    }
    QString acct(const QString &name) const { return name + u'@' + m_domain; }

    // ---- wire builders ----
    struct SignInSpec
    {
        QString upn;
        QString app = kProxyIef;
        QString appId;
        int error = 0;
        QString ip = QStringLiteral("203.0.113.10");
        QString country = QStringLiteral("FR");
        QString city = QStringLiteral("Paris");
        QString browser = QStringLiteral("Edge 122.0.0");
        QString os = QStringLiteral("Windows 10");
        QString additionalDetails;
        QString protocol; // beta authenticationProtocol, empty = absent
    };
    QJsonObject signIn(const QDateTime &t, const SignInSpec &s)
    {
        const QString appId = !s.appId.isEmpty()   ? s.appId
                              : s.app == kProxyIef ? kProxyIefId
                                                   : idOf(QStringLiteral("app:") + s.app);
        QJsonObject status{{QStringLiteral("errorCode"), s.error},
                           {QStringLiteral("failureReason"),
                            s.error == 0 ? QStringLiteral("Other.") : failureReason(s.error)},
                           {QStringLiteral("additionalDetails"),
                            s.additionalDetails.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(s.additionalDetails)}};
        QJsonObject o{
            {QStringLiteral("id"), guid()},
            {QStringLiteral("createdDateTime"), wire(t)},
            {QStringLiteral("userDisplayName"), s.upn.section(u'@', 0, 0)},
            {QStringLiteral("userPrincipalName"), s.upn},
            {QStringLiteral("userId"), idOf(s.upn)},
            {QStringLiteral("appId"), appId},
            {QStringLiteral("appDisplayName"), s.app},
            {QStringLiteral("ipAddress"), s.ip},
            {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
            {QStringLiteral("correlationId"), guid()},
            {QStringLiteral("conditionalAccessStatus"), QStringLiteral("notApplied")},
            {QStringLiteral("isInteractive"), true},
            {QStringLiteral("riskDetail"), QStringLiteral("none")},
            {QStringLiteral("riskLevelAggregated"), QStringLiteral("none")},
            {QStringLiteral("riskLevelDuringSignIn"), QStringLiteral("none")},
            {QStringLiteral("riskState"), QStringLiteral("none")},
            {QStringLiteral("riskEventTypes_v2"), QJsonArray{}},
            {QStringLiteral("resourceDisplayName"), QStringLiteral("Microsoft Graph")},
            {QStringLiteral("resourceId"), QStringLiteral("00000003-0000-0000-c000-000000000000")},
            {QStringLiteral("status"), status},
            {QStringLiteral("deviceDetail"), QJsonObject{{QStringLiteral("deviceId"), QString()},
                                                         {QStringLiteral("displayName"), QString()},
                                                         {QStringLiteral("operatingSystem"), s.os},
                                                         {QStringLiteral("browser"), s.browser},
                                                         {QStringLiteral("isCompliant"), false},
                                                         {QStringLiteral("isManaged"), false},
                                                         {QStringLiteral("trustType"), QString()}}},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("city"), s.country.isEmpty() ? QString() : s.city},
                         {QStringLiteral("state"), QString()},
                         {QStringLiteral("countryOrRegion"), s.country},
                         {QStringLiteral("geoCoordinates"), QJsonObject{}}}},
            {QStringLiteral("appliedConditionalAccessPolicies"), QJsonArray{}},
        };
        if (!s.protocol.isEmpty()) {
            o.insert(QStringLiteral("authenticationProtocol"), s.protocol);
            o.insert(QStringLiteral("authenticationDetails"), QJsonArray{});
        }
        return o;
    }
    static QString failureReason(int code)
    {
        switch (code) {
        case 50126:
            return QStringLiteral(
                "Error validating credentials due to invalid username or password.");
        case 50053:
            return QStringLiteral("Account is locked because user tried to sign in too many times "
                                  "with an incorrect user ID or password.");
        case 50057:
            return QStringLiteral("User account is disabled.");
        case 53003:
            return QStringLiteral("Access has been blocked by Conditional Access policies.");
        case 500121:
            return QStringLiteral("Authentication failed during strong authentication request.");
        default:
            return QStringLiteral("Other.");
        }
    }

    struct Actor
    {
        QString upn;     // user actor
        QString appName; // app actor
        QString appId;
    };
    Actor user(const QString &upn) { return Actor{upn, {}, {}}; }
    Actor app(const QString &name, const QString &appId = {})
    {
        return Actor{{}, name, appId.isEmpty() ? idOf(QStringLiteral("app:") + name) : appId};
    }
    static QJsonObject target(const QString &type, const QString &id, const QString &name,
                              const QJsonArray &props = {}, const QString &upn = {})
    {
        QJsonObject t{{QStringLiteral("id"), id},
                      {QStringLiteral("displayName"), name},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("modifiedProperties"), props}};
        if (!upn.isEmpty())
            t.insert(QStringLiteral("userPrincipalName"), upn);
        else
            t.insert(QStringLiteral("userPrincipalName"), QJsonValue(QJsonValue::Null));
        return t;
    }
    static QJsonObject prop(const QString &name, const QString &oldV, const QString &newV)
    {
        return QJsonObject{{QStringLiteral("displayName"), name},
                           {QStringLiteral("oldValue"), oldV},
                           {QStringLiteral("newValue"), newV}};
    }
    QJsonObject userTarget(const QString &upn, const QJsonArray &props = {})
    {
        return target(QStringLiteral("User"), idOf(upn), upn.section(u'@', 0, 0), props, upn);
    }
    QJsonObject audit(const QDateTime &t, const QString &activity, const Actor &a,
                      const QJsonArray &targets, bool b2c = false,
                      const QString &result = QStringLiteral("success"),
                      const QString &category = QStringLiteral("ApplicationManagement"))
    {
        QJsonObject initiated;
        if (!a.upn.isEmpty()) {
            initiated.insert(
                QStringLiteral("user"),
                QJsonObject{{QStringLiteral("id"), idOf(a.upn)},
                            {QStringLiteral("displayName"), QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("userPrincipalName"), a.upn},
                            {QStringLiteral("ipAddress"), QStringLiteral("203.0.113.20")}});
            initiated.insert(QStringLiteral("app"), QJsonValue(QJsonValue::Null));
        } else {
            initiated.insert(QStringLiteral("user"), QJsonValue(QJsonValue::Null));
            initiated.insert(
                QStringLiteral("app"),
                QJsonObject{
                    {QStringLiteral("appId"), a.appId},
                    {QStringLiteral("displayName"), a.appName},
                    {QStringLiteral("servicePrincipalId"), idOf(QStringLiteral("sp:") + a.appName)},
                    {QStringLiteral("servicePrincipalName"), QJsonValue(QJsonValue::Null)}});
        }
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("Directory_") + guid()},
            {QStringLiteral("category"), category},
            {QStringLiteral("correlationId"), guid()},
            {QStringLiteral("result"), result},
            {QStringLiteral("resultReason"), QString()},
            {QStringLiteral("activityDisplayName"), activity},
            {QStringLiteral("activityDateTime"), wire(t)},
            {QStringLiteral("loggedByService"),
             b2c ? QStringLiteral("B2C") : QStringLiteral("Core Directory")},
            {QStringLiteral("operationType"), QStringLiteral("Update")},
            {QStringLiteral("initiatedBy"), initiated},
            {QStringLiteral("targetResources"), targets},
            {QStringLiteral("additionalDetails"), QJsonArray{}},
        };
    }
    static QString wire(const QDateTime &t)
    {
        return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }

    QString admin1, admin2, admin9;
    QString m_domain;

private:
    quint64 m_state;
    QString m_tenant;
    QHash<QString, QString> m_ids;
};

} // namespace vigie::sim::scenario
