#include "store/notes.h"

#include "store/database.h"

namespace vigie::store {

Result<qint64> NoteRepository::add(const Note &note)
{
    Statement *st = m_db.cached("INSERT INTO notes(object_kind, object_id, text, author, "
                                "created_at) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!st)
        return m_db.lastError();
    st->bind(1, note.objectKind).bind(2, note.objectId).bind(3, note.text);
    st->bind(4, note.author).bind(5, note.createdAtMs);
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.lastInsertRowId();
}

Result<QList<Note>> NoteRepository::forObject(const QString &objectKind, const QString &objectId)
{
    Statement *st = m_db.cached("SELECT id, object_kind, object_id, text, coalesce(author, ''), "
                                "created_at FROM notes WHERE object_kind = ?1 AND object_id = ?2 "
                                "ORDER BY created_at, id");
    if (!st)
        return m_db.lastError();
    st->bind(1, objectKind).bind(2, objectId);
    QList<Note> out;
    Statement::Step step;
    while ((step = st->step()) == Statement::Step::Row)
        out << Note{st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4), st->int64(5)};
    if (step == Statement::Step::Error)
        return st->lastError();
    st->reset();
    return out;
}

} // namespace vigie::store
