#pragma once

#include "analytics/rules.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

namespace vigie::store {
class Database;
}

namespace vigie::analytics {

// Working hours of a customer (detections.md §2): days + [start, end) in an
// IANA time zone, DST aware; perAccount overrides keyed by account.
struct WorkingHours
{
    struct Window
    {
        int days = 0; // bit 0 = Monday
        int startMin = 0;
        int endMin = 0;
    };
    bool configured = false;
    QTimeZone zone;
    Window window;
    QHash<QString, Window> perAccount; // folded account -> window

    // True when `utc` falls inside the hours (of `account` if it has its own).
    bool contains(const QDateTime &utc, const QStringList &accounts = {}) const;
};

// Per-customer rule settings: the JSON of detections.md §2 plus defaults.
class CustomerSettings
{
public:
    CustomerSettings() = default;
    // Validates the shape (lists of strings, time zone, HH:mm, durations).
    static Result<CustomerSettings> fromJson(const QJsonObject &json);
    // What a customer who configured nothing gets.
    static CustomerSettings defaults(const QString &customerId);

    const QJsonObject &json() const { return m_json; }
    QJsonObject toJson() const { return m_json; }
    QString customerId() const { return m_json.value(u"customerId").toString(); }

    // A settings key ("approvedActors.appOwners", "workingHours", ...) as a
    // list; built-in defaults for sensitiveApis/highPrivilegePermissions.
    QJsonValue value(const QString &key) const;
    bool isEmpty(const QString &key) const;
    bool isDisabled(const QString &ruleId) const;
    const WorkingHours &workingHours() const { return m_hours; }

    // Window/params of one rule after thresholds.<id> and baseline overrides.
    qint64 windowMs(const Rule &rule) const;
    QJsonObject params(const Rule &rule) const;

    // Lists resolved for the catalog's slots.
    ResolvedSettings resolve(const RuleCatalog &catalog) const;

    // Store: rule_settings table.
    static Result<CustomerSettings> load(store::Database &db, const QString &customerId);
    Status save(store::Database &db, const QDateTime &now) const;

    static QStringList builtinSensitiveApis();
    static QStringList builtinHighPrivilegePermissions();

private:
    QJsonObject m_json;
    WorkingHours m_hours;
};

} // namespace vigie::analytics
