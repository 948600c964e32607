#include "store/activitylog.h"

#include "store/database.h"

#include <QJsonDocument>

namespace vigie::store {

Result<qint64> ActivityLog::append(const ActivityEntry &e)
{
    Statement *st = m_db.cached("INSERT INTO activity(at, actor, verb, object_kind, object_id, "
                                "detail) VALUES(?1,?2,?3,?4,?5,?6)");
    if (!st)
        return m_db.lastError();
    st->bind(1, e.atMs).bind(2, e.actor).bind(3, e.verb).bind(4, e.objectKind);
    st->bind(5, e.objectId);
    if (e.detail.isEmpty())
        st->bindNull(6);
    else
        st->bindText(6, QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.lastInsertRowId();
}

Result<QList<ActivityEntry>> ActivityLog::recent(int limit)
{
    Statement *st = m_db.cached("SELECT id, at, actor, verb, object_kind, object_id, detail FROM "
                                "activity ORDER BY at DESC, id DESC LIMIT ?1");
    if (!st)
        return m_db.lastError();
    st->bind(1, limit);
    QList<ActivityEntry> out;
    for (const Statement &row : st->rows()) {
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
    }
    if (Status s = st->finish(); !s)
        return s.error();
    return out;
}

} // namespace vigie::store
