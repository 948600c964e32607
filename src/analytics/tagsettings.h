#pragma once

#include "analytics/settings.h"
#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

namespace vigie::store {
class Database;
}

namespace vigie::analytics {

// Detection settings shared by every customer of a tag (customer tags of the
// Customers page), and the defaults of every customer (kAllCustomers: the
// Settings page's working hours and time zone). What detection applies to a
// customer is, key by key: the defaults, overlaid by each of its tags' settings
// (tags in alphabetical order, a later one winning), overlaid by the
// customer's own settings, which always win. An empty list or object does
// not override (a customer who never filled "approved countries" still gets
// its tag's).
class TagSettings
{
public:
    // The pseudo-tag whose settings apply to every customer, below any tag.
    static QString allCustomers() { return QStringLiteral("*"); }

    // A tag's settings JSON (an empty object when none are stored).
    static Result<QJsonObject> load(store::Database &db, const QString &tag);
    // Validated as customer settings first; joins the caller's transaction.
    static Status save(store::Database &db, const QString &tag, const QJsonObject &json,
                       qint64 nowMs);

    // `own` over `base`, as described above.
    static QJsonObject overlay(const QJsonObject &base, const QJsonObject &own);
    // The settings detection applies to `customerId`.
    static Result<CustomerSettings> effective(store::Database &db, const QString &customerId);
};

} // namespace vigie::analytics
