#include "analytics/settings.h"

#include "core/jsonutil.h"
#include "core/timeutil.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::analytics {

namespace {

Error settingsError(const QString &field, const QString &what)
{
    return Error::make(
        Error::Kind::Usage,
        QCoreApplication::translate("Analytics", "Settings: field \"%1\": %2").arg(field, what));
}

int parseHm(const QString &s)
{
    const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
    if (!t.isValid())
        return -1;
    return t.hour() * 60 + t.minute();
}

int parseDays(const QJsonArray &a, bool *ok)
{
    static const QStringList names{
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    int bits = 0;
    *ok = true;
    for (const QJsonValue &d : a) {
        const qsizetype i = names.indexOf(d.toString().left(3).toLower());
        if (i < 0)
            *ok = false;
        else
            bits |= 1 << i;
    }
    return bits;
}

Result<WorkingHours::Window> parseWindow(const QJsonObject &o, const QString &field,
                                         const WorkingHours::Window &fallback)
{
    WorkingHours::Window w = fallback;
    if (o.contains(u"days")) {
        bool ok = false;
        w.days = parseDays(o.value(u"days").toArray(), &ok);
        if (!ok)
            return settingsError(
                field + QStringLiteral(".days"),
                QCoreApplication::translate("Analytics", "expected day names Mon…Sun"));
    }
    for (const char *key : {"start", "end"}) {
        if (!o.contains(QLatin1String(key)))
            continue;
        const int m = parseHm(o.value(QLatin1String(key)).toString());
        if (m < 0)
            return settingsError(field + u'.' + QLatin1String(key),
                                 QCoreApplication::translate("Analytics", "expected HH:mm"));
        (qstrcmp(key, "start") == 0 ? w.startMin : w.endMin) = m;
    }
    return w;
}

bool inWindow(const WorkingHours::Window &w, const QDateTime &local)
{
    const int dow = local.date().dayOfWeek() - 1; // 0 = Monday
    const int m = local.time().hour() * 60 + local.time().minute();
    if (w.startMin <= w.endMin)
        return (w.days & (1 << dow)) && m >= w.startMin && m < w.endMin;
    // Overnight window (22:00-06:00): the part after midnight belongs to the previous day.
    if (m >= w.startMin)
        return w.days & (1 << dow);
    const int prev = (dow + 6) % 7;
    return m < w.endMin && (w.days & (1 << prev));
}

} // namespace

bool WorkingHours::contains(const QDateTime &utc, const QStringList &accounts) const
{
    const QDateTime local = utc.toTimeZone(zone);
    for (const QString &a : accounts) {
        auto it = perAccount.constFind(fold(a));
        if (it != perAccount.constEnd())
            return inWindow(it.value(), local);
    }
    return inWindow(window, local);
}

QStringList CustomerSettings::builtinSensitiveApis()
{
    return {QStringLiteral("Microsoft Graph"), QStringLiteral("Office 365 Exchange Online"),
            QStringLiteral("Office 365 SharePoint Online"),
            QStringLiteral("Windows Azure Active Directory")};
}

QStringList CustomerSettings::builtinHighPrivilegePermissions()
{
    return {QStringLiteral("*.All"), QStringLiteral("Mail.*"),
            QStringLiteral("RoleManagement.ReadWrite.Directory"),
            QStringLiteral("full_access_as_app")};
}

CustomerSettings CustomerSettings::defaults(const QString &customerId)
{
    CustomerSettings s;
    s.m_json.insert(QStringLiteral("customerId"), customerId);
    return s;
}

Result<CustomerSettings> CustomerSettings::fromJson(const QJsonObject &json)
{
    CustomerSettings s;
    s.m_json = json;
    // Lists of strings.
    const QStringList listKeys{QStringLiteral("privilegedAccounts"),
                               QStringLiteral("vipAccounts"),
                               QStringLiteral("approvedCountries"),
                               QStringLiteral("approvedCities"),
                               QStringLiteral("approvedCidrs"),
                               QStringLiteral("b2cSignInApps"),
                               QStringLiteral("ownedDomains"),
                               QStringLiteral("sensitiveApis"),
                               QStringLiteral("highPrivilegePermissions"),
                               QStringLiteral("privilegedGroups"),
                               QStringLiteral("disabledRules")};
    auto checkList = [](const QJsonValue &v, const QString &field) -> Status {
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            return settingsError(
                field, QCoreApplication::translate("Analytics", "expected a list of strings"));
        for (const QJsonValue &e : v.toArray())
            if (!e.isString())
                return settingsError(
                    field, QCoreApplication::translate("Analytics", "expected a list of strings"));
        return {};
    };
    for (const QString &k : listKeys)
        if (Status st = checkList(json.value(k), k); !st)
            return st.error();
    for (const char *group : {"approvedActors", "approvedDevices", "approvedApps"}) {
        const QJsonObject g = json.value(QLatin1String(group)).toObject();
        for (auto it = g.begin(); it != g.end(); ++it)
            if (Status st = checkList(it.value(), QLatin1String(group) + u'.' + it.key()); !st)
                return st.error();
    }
    for (const QJsonValue &c : json.value(u"approvedCidrs").toArray())
        if (!Cidr::parse(c.toString()).isValid())
            return settingsError(
                QStringLiteral("approvedCidrs"),
                QCoreApplication::translate("Analytics", "invalid CIDR \"%1\"").arg(c.toString()));
    const QJsonObject wh = json.value(u"workingHours").toObject();
    if (!wh.isEmpty()) {
        const QByteArray tz = wh.value(u"timeZone").toString().toUtf8();
        s.m_hours.zone = QTimeZone(tz);
        if (tz.isEmpty() || !s.m_hours.zone.isValid())
            return settingsError(
                QStringLiteral("workingHours.timeZone"),
                QCoreApplication::translate("Analytics", "unknown IANA time zone \"%1\"")
                    .arg(QString::fromUtf8(tz)));
        WorkingHours::Window def{0x1F, 9 * 60, 18 * 60};
        auto w = parseWindow(wh, QStringLiteral("workingHours"), def);
        if (!w)
            return w.error();
        s.m_hours.window = *w;
        const QJsonObject per = wh.value(u"perAccount").toObject();
        for (auto it = per.begin(); it != per.end(); ++it) {
            auto pw = parseWindow(it.value().toObject(),
                                  QStringLiteral("workingHours.perAccount.") + it.key(), *w);
            if (!pw)
                return pw.error();
            s.m_hours.perAccount.insert(fold(it.key()), *pw);
        }
        s.m_hours.configured = true;
    }
    const QJsonObject th = json.value(u"thresholds").toObject();
    for (auto it = th.begin(); it != th.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (o.contains(u"window") && parseIsoDuration(o.value(u"window").toString()) <= 0)
            return settingsError(
                QStringLiteral("thresholds.%1.window").arg(it.key()),
                QCoreApplication::translate("Analytics", "expected an ISO-8601 duration"));
        if (o.contains(u"threshold") && o.value(u"threshold").toInt() <= 0)
            return settingsError(
                QStringLiteral("thresholds.%1.threshold").arg(it.key()),
                QCoreApplication::translate("Analytics", "expected a positive number"));
    }
    return s;
}

QJsonValue CustomerSettings::value(const QString &key) const
{
    if (key == u"workingHours")
        return m_hours.configured ? QJsonValue(m_json.value(u"workingHours"))
                                  : QJsonValue(QJsonValue::Undefined);
    QJsonValue v = json::at(m_json, key);
    if ((v.isUndefined() || v.isNull() || (v.isArray() && v.toArray().isEmpty()))) {
        if (key == u"sensitiveApis")
            return QJsonArray::fromStringList(builtinSensitiveApis());
        if (key == u"highPrivilegePermissions")
            return QJsonArray::fromStringList(builtinHighPrivilegePermissions());
    }
    if (key == u"b2cSignInApps") {
        QJsonArray a = v.toArray();
        a.append(QStringLiteral("CPIM PowerShell Client"));
        a.append(QStringLiteral("ProxyIdentityExperienceFramework"));
        return a;
    }
    return v;
}

bool CustomerSettings::isEmpty(const QString &key) const
{
    if (key == u"workingHours")
        return !m_hours.configured;
    const QJsonValue v = value(key);
    if (v.isArray())
        return v.toArray().isEmpty();
    if (v.isObject())
        return v.toObject().isEmpty();
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

bool CustomerSettings::isDisabled(const QString &ruleId) const
{
    for (const QJsonValue &v : m_json.value(u"disabledRules").toArray())
        if (v.toString().compare(ruleId, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

qint64 CustomerSettings::windowMs(const Rule &rule) const
{
    const QJsonObject th = m_json.value(u"thresholds").toObject().value(rule.id).toObject();
    const qint64 w = parseIsoDuration(th.value(u"window").toString());
    return w > 0 ? w : rule.windowMs;
}

QJsonObject CustomerSettings::params(const Rule &rule) const
{
    QJsonObject p = rule.params;
    if (rule.kind == Rule::Kind::BaselineDelta) {
        const QJsonObject b = m_json.value(u"baseline").toObject();
        for (auto it = b.begin(); it != b.end(); ++it)
            p.insert(it.key(), it.value());
    }
    const QJsonObject th = m_json.value(u"thresholds").toObject().value(rule.id).toObject();
    for (auto it = th.begin(); it != th.end(); ++it)
        if (it.key() != u"window")
            p.insert(it.key(), it.value());
    return p;
}

ResolvedSettings CustomerSettings::resolve(const RuleCatalog &catalog) const
{
    ResolvedSettings r;
    r.lists.resize(size_t(catalog.settingSlots().size()));
    for (qsizetype i = 0; i < catalog.settingSlots().size(); ++i) {
        const QString &key = catalog.settingSlots()[i];
        if (key == u"workingHours")
            continue;
        const QJsonValue v = value(key);
        if (v.isObject()) {
            // approvedDevices as a whole: flatten (only emptiness matters).
            for (const QJsonValue &e : v.toObject())
                r.lists[size_t(i)].add(e);
        } else {
            r.lists[size_t(i)].add(v);
        }
    }
    return r;
}

Result<CustomerSettings> CustomerSettings::load(store::Database &db, const QString &customerId)
{
    store::Statement *st = db.cached("SELECT settings FROM rule_settings WHERE customer_id=?");
    if (!st)
        return db.lastError();
    st->bind(1, customerId);
    const auto step = st->step();
    if (step == store::Statement::Step::Error)
        return st->lastError();
    if (step == store::Statement::Step::Done) {
        st->reset();
        return defaults(customerId);
    }
    const QJsonObject o = QJsonDocument::fromJson(st->textUtf8(0)).object();
    st->reset();
    auto s = fromJson(o);
    if (s && s->customerId().isEmpty())
        s->m_json.insert(QStringLiteral("customerId"), customerId);
    return s;
}

Status CustomerSettings::save(store::Database &db, const QDateTime &now) const
{
    store::Statement *st =
        db.cached("INSERT INTO rule_settings(customer_id, settings, updated_at) VALUES(?,?,?) "
                  "ON CONFLICT(customer_id) DO UPDATE SET settings=excluded.settings, "
                  "updated_at=excluded.updated_at");
    if (!st)
        return db.lastError();
    st->bind(1, customerId())
        .bindText(2, QJsonDocument(m_json).toJson(QJsonDocument::Compact))
        .bind(3, toEpochMs(now));
    return st->exec();
}

} // namespace vigie::analytics
