#include "store/customertags.h"

#include "store/database.h"
#include "store/syncstate.h"

namespace vigie::store {

QStringList CustomerTagRepository::suggested()
{
    return {QStringLiteral("managed"), QStringLiteral("break-fix"), QStringLiteral("priority")};
}

QString CustomerTagRepository::normalize(const QString &tag)
{
    return tag.simplified().left(40);
}

Status CustomerTagRepository::change(const QStringList &customerIds, const QStringList &add,
                                     const QStringList &remove, qint64 nowMs)
{
    WriteScope scope(m_db);
    if (!scope.beginStatus())
        return scope.beginStatus();
    for (const QString &customer : customerIds) {
        for (const QString &raw : add) {
            const QString tag = normalize(raw);
            if (tag.isEmpty())
                continue;
            Statement *st = m_db.cached("INSERT INTO customer_tags(customer_id, tag, created_at) "
                                        "VALUES(?1, ?2, ?3) ON CONFLICT DO NOTHING");
            if (!st)
                return m_db.lastError();
            if (Status s = st->bind(1, customer).bind(2, tag).bind(3, nowMs).exec(); !s)
                return s;
        }
        for (const QString &raw : remove) {
            Statement *st =
                m_db.cached("DELETE FROM customer_tags WHERE customer_id = ?1 AND tag = ?2");
            if (!st)
                return m_db.lastError();
            if (Status s = st->bind(1, customer).bind(2, normalize(raw)).exec(); !s)
                return s;
        }
    }
    return scope.commit();
}

Result<QStringList> CustomerTagRepository::tagsOf(const QString &customerId)
{
    QStringList out;
    Statement *st = m_db.cached(
        "SELECT tag FROM customer_tags WHERE customer_id = ?1 ORDER BY tag COLLATE NOCASE");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId);
    if (Status s = st->forEachRow([&](const Statement &r) { out << r.text(0); }); !s)
        return s.error();
    return out;
}

Result<QHash<QString, QStringList>> CustomerTagRepository::all()
{
    QHash<QString, QStringList> out;
    Statement *st = m_db.cached(
        "SELECT customer_id, tag FROM customer_tags ORDER BY customer_id, tag COLLATE NOCASE");
    if (!st)
        return m_db.lastError();
    if (Status s =
            st->forEachRow([&](const Statement &r) { out[r.text(0).toLower()] << r.text(1); });
        !s)
        return s.error();
    return out;
}

Result<QStringList> CustomerTagRepository::customersWithTag(const QString &tag)
{
    QStringList out;
    Statement *st =
        m_db.cached("SELECT customer_id FROM customer_tags WHERE tag = ?1 ORDER BY customer_id");
    if (!st)
        return m_db.lastError();
    st->bind(1, normalize(tag));
    if (Status s = st->forEachRow([&](const Statement &r) { out << r.text(0); }); !s)
        return s.error();
    return out;
}

Result<QList<TagCount>> CustomerTagRepository::counts()
{
    QList<TagCount> out;
    Statement *st = m_db.cached("SELECT min(tag), count(*) FROM customer_tags GROUP BY tag "
                                "ORDER BY tag COLLATE NOCASE");
    if (!st)
        return m_db.lastError();
    if (Status s = st->forEachRow([&](const Statement &r) {
            out << TagCount{r.text(0), int(r.int64(1))};
        });
        !s)
        return s.error();
    return out;
}

} // namespace vigie::store
