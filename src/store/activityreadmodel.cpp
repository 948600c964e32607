#include "store/activityreadmodel.h"

#include "store/database.h"
#include "store/outbox.h"
#include "store/statement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vigie::store {

namespace {

// The customer an entry is about: the detail's customerId, else the object
// itself when it is a customer.
constexpr const char *kCustomerExpr =
    "coalesce(json_extract(a.detail, '$.customerId'), "
    "CASE WHEN a.object_kind = 'customer' THEN nullif(a.object_id, '') END)";

// The result an entry records; a sync run records its failed streams instead.
constexpr const char *kResultExpr =
    "coalesce(json_extract(a.detail, '$.result'), CASE WHEN a.verb = 'sync' THEN CASE WHEN "
    "json_extract(a.detail, '$.failed') > 0 THEN 'failed' ELSE 'done' END END)";

bool matchesText(const ActivityRow &r, const QString &text)
{
    for (const QString *f :
         {&r.actor, &r.verb, &r.objectId, &r.objectName, &r.customerName, &r.customerId, &r.reason,
          &r.note, &r.result, &r.message, &r.requestId})
        if (f->contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

Result<QList<ActivityRow>> activityRows(Database &db, const ActivityFilter &filter)
{
    const QByteArray customer(kCustomerExpr);
    QByteArray sql =
        "SELECT a.id, a.at, a.actor, a.verb, a.object_kind, a.object_id, a.detail, "
        "coalesce(al.display_name, s.friendly_name, s.offer_name, e.friendly_name, "
        "c.company_name), " +
        customer + ", c.company_name, " + QByteArray(kResultExpr) +
        " FROM activity a "
        "LEFT JOIN alerts al ON a.object_kind = 'alert' AND al.id = a.object_id "
        "LEFT JOIN subscriptions s ON a.object_kind = 'subscription' AND s.id = a.object_id "
        "LEFT JOIN entitlements e ON a.object_kind = 'entitlement' AND e.id = a.object_id "
        "LEFT JOIN customers c ON c.id = " +
        customer + " WHERE 1";
    if (!filter.verb.isEmpty())
        sql += " AND a.verb = ?1";
    if (!filter.result.isEmpty())
        sql += " AND " + QByteArray(kResultExpr) + " = ?2";
    if (!filter.customerId.isEmpty())
        sql += " AND " + customer + " = ?3 COLLATE NOCASE";
    if (filter.fromMs > 0)
        sql += " AND a.at >= ?4";
    if (filter.toMs > 0)
        sql += " AND a.at < ?5";
    sql += " ORDER BY a.at DESC, a.id DESC LIMIT ?6";
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    Statement &q = **st;
    if (!filter.verb.isEmpty())
        q.bind(1, filter.verb);
    if (!filter.result.isEmpty())
        q.bind(2, filter.result);
    if (!filter.customerId.isEmpty())
        q.bind(3, filter.customerId);
    if (filter.fromMs > 0)
        q.bind(4, filter.fromMs);
    if (filter.toMs > 0)
        q.bind(5, filter.toMs);
    q.bind(6, filter.limit > 0 ? filter.limit : 20000);
    QList<ActivityRow> out;
    const QString text = filter.text.trimmed();
    Status s = q.forEachRow([&](const Statement &row) {
        ActivityRow r;
        r.id = row.int64(0);
        r.atMs = row.int64(1);
        r.actor = row.text(2);
        r.verb = row.text(3);
        r.objectKind = row.text(4);
        r.objectId = row.text(5);
        const QJsonObject d =
            row.isNull(6) ? QJsonObject() : QJsonDocument::fromJson(row.textUtf8(6)).object();
        r.objectName = row.text(7);
        r.customerId = row.text(8);
        r.customerName = row.text(9);
        r.reason = d.value(u"reason").toString(d.value(u"resolvedReason").toString());
        if (r.reason.isEmpty())
            r.reason = d.value(u"item").toString(d.value(u"cancellationReason").toString());
        r.note = d.value(u"note").toString();
        r.result = row.text(10);
        r.message = d.value(u"message").toString();
        r.requestId = d.value(u"requestId").toString();
        if (text.isEmpty() || matchesText(r, text))
            out << r;
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<QPair<QString, QString>>> activityCustomers(Database &db)
{
    auto st = db.prepare("SELECT DISTINCT x.cid, c.company_name FROM (SELECT " +
                         QByteArray(kCustomerExpr) +
                         " AS cid FROM activity a) x "
                         "LEFT JOIN customers c ON c.id = x.cid WHERE x.cid IS NOT NULL "
                         "ORDER BY coalesce(c.company_name, x.cid) COLLATE NOCASE");
    if (!st)
        return st.error();
    QList<QPair<QString, QString>> out;
    if (Status s = (*st)->forEachRow(
            [&](const Statement &row) { out << qMakePair(row.text(0), row.text(1)); });
        !s)
        return s.error();
    return out;
}

Result<QList<AttentionRow>> attentionRows(Database &db)
{
    auto actions = Outbox(db).needingAttention();
    if (!actions)
        return actions.error();
    QList<AttentionRow> out;
    for (const Action &a : *actions) {
        AttentionRow r;
        r.action = a;
        r.customerId = a.payload.value(u"customerId").toString();
        QByteArray sql;
        switch (a.kind) {
        case Action::Kind::ResolveAlert:
            sql = "SELECT display_name, status, resolved_reason, resolved_by FROM alerts "
                  "WHERE id = ?1";
            break;
        case Action::Kind::SuspendSubscription:
            sql = "SELECT coalesce(friendly_name, offer_name), status, NULL, NULL FROM "
                  "subscriptions WHERE id = ?1";
            break;
        case Action::Kind::CancelEntitlement:
            sql = "SELECT friendly_name, status, NULL, NULL FROM entitlements WHERE id = ?1";
            break;
        }
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        (*st)->bind(1, a.targetId);
        if (Status s = (*st)->forEachRow([&](const Statement &row) {
                r.targetName = row.text(0);
                r.remoteStatus = row.text(1);
                r.remoteReason = row.text(2);
                r.remoteBy = row.text(3);
            });
            !s)
            return s.error();
        if (!r.customerId.isEmpty()) {
            auto c = db.prepare("SELECT company_name FROM customers WHERE id = ?1");
            if (!c)
                return c.error();
            (*c)->bind(1, r.customerId);
            if (Status s =
                    (*c)->forEachRow([&](const Statement &row) { r.customerName = row.text(0); });
                !s)
                return s.error();
        }
        out << r;
    }
    return out;
}

Result<OutboxCounts> outboxCounts(Database &db)
{
    auto st = db.prepare("SELECT state, count(*) FROM outbox WHERE state IN ('queued', "
                         "'sending', 'failed', 'conflict') GROUP BY state");
    if (!st)
        return st.error();
    OutboxCounts c;
    if (Status s = (*st)->forEachRow([&](const Statement &row) {
            const QString state = row.text(0);
            const qint64 n = row.int64(1);
            if (state == u"queued" || state == u"sending")
                c.queued += n;
            else if (state == u"failed")
                c.failed = n;
            else
                c.conflict = n;
        });
        !s)
        return s.error();
    return c;
}

} // namespace vigie::store
