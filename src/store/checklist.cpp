#include "store/checklist.h"

#include "store/activitylog.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/syncstate.h"

#include <QJsonObject>

namespace vigie::store {

Result<QList<ChecklistTick>> checklistTicks(Database &db, const QString &customerId)
{
    Statement *st = db.cached("SELECT item_key, done, at, by FROM checklist_ticks "
                              "WHERE customer_id = ?1 ORDER BY item_key");
    if (!st)
        return db.lastError();
    st->bind(1, customerId);
    QList<ChecklistTick> out;
    if (Status s = st->forEachRow([&](const Statement &row) {
            out << ChecklistTick{row.text(0), row.int64(1) != 0, row.int64(2), row.text(3)};
        });
        !s)
        return s.error();
    return out;
}

Status setChecklistTick(Database &db, const QString &customerId, const QString &itemKey, bool done,
                        qint64 atMs, const QString &by)
{
    WriteScope scope(db);
    if (!scope.beginStatus())
        return scope.beginStatus();
    Statement *st = db.cached(
        "INSERT INTO checklist_ticks(customer_id, item_key, done, at, by) VALUES(?1,?2,?3,?4,?5) "
        "ON CONFLICT(customer_id, item_key) DO UPDATE SET done = excluded.done, at = excluded.at, "
        "by = excluded.by");
    if (!st)
        return db.lastError();
    st->bind(1, customerId).bind(2, itemKey).bind(3, done ? 1 : 0).bind(4, atMs).bind(5, by);
    if (Status s = st->exec(); !s)
        return s;
    ActivityEntry entry;
    entry.atMs = atMs;
    entry.actor = by;
    entry.verb = QStringLiteral("checklist");
    entry.objectKind = QStringLiteral("customer");
    entry.objectId = customerId;
    entry.detail = QJsonObject{{QStringLiteral("customerId"), customerId},
                               {QStringLiteral("item"), itemKey},
                               {QStringLiteral("done"), done},
                               {QStringLiteral("result"), QStringLiteral("done")}};
    if (auto a = ActivityLog(db).append(entry); !a)
        return a.error();
    return scope.commit();
}

} // namespace vigie::store
