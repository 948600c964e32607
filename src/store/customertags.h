#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::store {

class Database;

// One tag and how many customers carry it (the tag filters list them).
struct TagCount
{
    QString tag;
    int customers = 0;
};

// Tags an analyst puts on customers ("managed", "break-fix", "priority" or
// free text). Kept in the cache only: Partner Center knows nothing of them.
// Tags compare case-insensitively and are stored trimmed.
class CustomerTagRepository
{
public:
    explicit CustomerTagRepository(Database &db) : m_db(db) {}

    // The suggested tags, offered even before any customer carries them.
    static QStringList suggested();
    // Trimmed, inner whitespace simplified, at most 40 characters; empty when
    // nothing is left.
    static QString normalize(const QString &tag);

    // Adds and removes tags on every customer given, in one transaction.
    Status change(const QStringList &customerIds, const QStringList &add, const QStringList &remove,
                  qint64 nowMs);
    Result<QStringList> tagsOf(const QString &customerId);
    // Every tagged customer: id -> its tags, sorted.
    Result<QHash<QString, QStringList>> all();
    Result<QStringList> customersWithTag(const QString &tag);
    // Every tag in use, by name.
    Result<QList<TagCount>> counts();

private:
    Database &m_db;
};

} // namespace vigie::store
