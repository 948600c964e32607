#include "store/exportreadmodel.h"

#include "store/database.h"

#include <QJsonDocument>

namespace vigie::store {

Result<std::optional<CustomerProfile>> ExportReadModel::customer(const QString &customerId)
{
    Statement *st = m_db.cached("SELECT id, coalesce(company_name, ''), coalesce(domain, ''), "
                                "coalesce(associated_partner_id, '') FROM customers WHERE id = ?1");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId);
    std::optional<CustomerProfile> profile;
    QString partnerId;
    Status s = st->forEachRow([&](const Statement &row) {
        profile = CustomerProfile{row.text(0), row.text(1), row.text(2), {}};
        partnerId = row.text(3);
    });
    if (!s)
        return s.error();
    if (!profile)
        return profile;
    Statement *rs = m_db.cached("SELECT coalesce(nullif(name, ''), id) FROM resellers WHERE "
                                "customer_id = ?1 ORDER BY name, id");
    if (!rs)
        return m_db.lastError();
    rs->bind(1, customerId);
    if (Status r = rs->forEachRow([&](const Statement &row) { profile->resellers << row.text(0); });
        !r)
        return r.error();
    if (profile->resellers.isEmpty() && !partnerId.isEmpty())
        profile->resellers << partnerId;
    return profile;
}

Result<QHash<QString, QList<Note>>> ExportReadModel::alertNotes(const QString &customerId)
{
    Statement *st = m_db.cached(
        "SELECT n.id, n.object_id, n.text, coalesce(n.author, ''), n.created_at FROM notes n "
        "WHERE n.object_kind = 'alert' AND (?1 = '' OR EXISTS (SELECT 1 FROM alerts a WHERE "
        "a.id = n.object_id AND a.customer_id = ?1)) ORDER BY n.created_at, n.id");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId.isNull() ? QStringLiteral("") : customerId);
    QHash<QString, QList<Note>> out;
    Status s = st->forEachRow([&](const Statement &row) {
        out[row.text(1).toLower()]
            << Note{row.int64(0), QStringLiteral("alert"), row.text(1), row.text(2), row.text(3),
                    row.int64(4)};
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<SpendDay>> ExportReadModel::spend(const QString &customerId)
{
    Statement *st =
        m_db.cached("SELECT subscription_id, customer_id, day, cost, coalesce(currency, '') FROM "
                    "spend_daily WHERE ?1 = '' OR customer_id = ?1 ORDER BY customer_id, "
                    "subscription_id, day");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId.isNull() ? QStringLiteral("") : customerId);
    QList<SpendDay> out;
    Status s = st->forEachRow([&](const Statement &row) {
        out << SpendDay{row.text(0), row.text(1), int(row.int64(2)), row.real(3), row.text(4)};
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<ActivityEntry>> ExportReadModel::activity(const QString &customerId)
{
    Statement *st =
        m_db.cached("SELECT id, at, coalesce(actor, ''), verb, coalesce(object_kind, ''), "
                    "coalesce(object_id, ''), detail FROM activity WHERE ?1 = '' OR (object_kind = "
                    "'customer' AND object_id = ?1 COLLATE NOCASE) OR (json_valid(detail) AND "
                    "json_extract(detail, '$.customerId') = ?1 COLLATE NOCASE) ORDER BY at, id");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId.isNull() ? QStringLiteral("") : customerId);
    QList<ActivityEntry> out;
    Status s = st->forEachRow([&](const Statement &row) {
        ActivityEntry e;
        e.id = row.int64(0);
        e.atMs = row.int64(1);
        e.actor = row.text(2);
        e.verb = row.text(3);
        e.objectKind = row.text(4);
        e.objectId = row.text(5);
        if (!row.isNull(6))
            e.detail = QJsonDocument::fromJson(row.textUtf8(6)).object();
        out << e;
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<ActionRecord>> ExportReadModel::actions(const QString &customerId)
{
    Statement *st = m_db.cached(
        "SELECT id, kind, target_id, state, idempotency_key, coalesce(last_error, ''), "
        "created_at, updated_at FROM outbox WHERE ?1 = '' OR (json_valid(payload) AND "
        "json_extract(payload, '$.customerId') = ?1 COLLATE NOCASE) ORDER BY created_at, id");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId.isNull() ? QStringLiteral("") : customerId);
    QList<ActionRecord> out;
    Status s = st->forEachRow([&](const Statement &row) {
        out << ActionRecord{row.int64(0), row.text(1), row.text(2),  row.text(3),
                            row.text(4),  row.text(5), row.int64(6), row.int64(7)};
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace vigie::store
