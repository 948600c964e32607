#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace vigie::store {

class Database;

// The analyst's notes on alerts, customers and findings. Graph keeps no note
// on an alert, so this is the only copy: shown in the detail, exports and the
// case report.
struct Note
{
    qint64 id = 0;
    QString objectKind; // "alert", "customer", ...
    QString objectId;
    QString text;
    QString author;
    qint64 createdAtMs = 0;
};

class NoteRepository
{
public:
    explicit NoteRepository(Database &db) : m_db(db) {}

    Result<qint64> add(const Note &note);
    Result<QList<Note>> forObject(const QString &objectKind, const QString &objectId);

private:
    Database &m_db;
};

} // namespace vigie::store
