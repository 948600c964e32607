#include "analytics/tagsettings.h"

#include "store/customertags.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::analytics {

namespace {

bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isArray() && v.toArray().isEmpty()) ||
           (v.isObject() && v.toObject().isEmpty()) || (v.isString() && v.toString().isEmpty());
}

// Groups whose entries are separate settings (one list per kind of actor, one
// override per rule): merged entry by entry. workingHours is one window and
// is replaced whole.
bool mergesPerEntry(const QString &key)
{
    return key == u"approvedActors" || key == u"approvedDevices" || key == u"approvedApps" ||
           key == u"thresholds";
}

} // namespace

Result<QJsonObject> TagSettings::load(store::Database &db, const QString &tag)
{
    store::Statement *st = db.cached("SELECT settings FROM tag_rule_settings WHERE tag = ?1");
    if (!st)
        return db.lastError();
    st->bind(1, tag);
    QJsonObject out;
    if (Status s = st->forEachRow([&](const store::Statement &r) {
            out = QJsonDocument::fromJson(r.textUtf8(0)).object();
        });
        !s)
        return s.error();
    return out;
}

Status TagSettings::save(store::Database &db, const QString &tag, const QJsonObject &json,
                         qint64 nowMs)
{
    QJsonObject clean = json;
    clean.remove(QStringLiteral("customerId"));
    clean.remove(QStringLiteral("tenantId"));
    if (auto valid = CustomerSettings::fromJson(clean); !valid)
        return valid.error();
    store::Statement *st =
        db.cached("INSERT INTO tag_rule_settings(tag, settings, updated_at) VALUES(?1, ?2, ?3) "
                  "ON CONFLICT(tag) DO UPDATE SET settings = excluded.settings, "
                  "updated_at = excluded.updated_at");
    if (!st)
        return db.lastError();
    return st->bind(1, tag)
        .bindText(2, QJsonDocument(clean).toJson(QJsonDocument::Compact))
        .bind(3, nowMs)
        .exec();
}

QJsonObject TagSettings::overlay(const QJsonObject &base, const QJsonObject &own)
{
    QJsonObject out = base;
    for (auto it = own.begin(); it != own.end(); ++it) {
        if (isEmptyValue(it.value()))
            continue;
        if (mergesPerEntry(it.key()) && it.value().isObject()) {
            out.insert(it.key(), overlay(out.value(it.key()).toObject(), it.value().toObject()));
            continue;
        }
        out.insert(it.key(), it.value());
    }
    return out;
}

Result<CustomerSettings> TagSettings::effective(store::Database &db, const QString &customerId)
{
    auto own = CustomerSettings::load(db, customerId);
    if (!own)
        return own;
    auto tags = store::CustomerTagRepository(db).tagsOf(customerId);
    if (!tags)
        return tags.error();
    QJsonObject merged;
    for (const QString &tag : QStringList{allCustomers()} + *tags) {
        auto layer = load(db, tag);
        if (!layer)
            return layer.error();
        merged = overlay(merged, *layer);
    }
    if (merged.isEmpty())
        return own; // the common case: nothing shared, the customer's own as stored
    merged = overlay(merged, own->json());
    merged.insert(QStringLiteral("customerId"), own->customerId());
    return CustomerSettings::fromJson(merged);
}

} // namespace vigie::analytics
