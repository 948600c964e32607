#include "store/customerrepository.h"

#include "store/database.h"
#include "store/syncstate.h"

#include <QJsonDocument>

namespace vigie::store {

namespace {

QString orNull(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

QByteArray rawOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

template <typename T, typename Bind>
Status upsertAll(Database &db, const char *sql, const QList<T> &items, Bind bind)
{
    WriteScope scope(db);
    if (!scope.beginStatus())
        return scope.beginStatus();
    for (const T &item : items) {
        Statement *st = db.cached(sql);
        if (!st)
            return db.lastError();
        bind(*st, item);
        if (Status s = st->exec(); !s)
            return s;
    }
    return scope.commit();
}

QStringList column(Database &db, const char *sql, const QString &arg = {})
{
    QStringList out;
    Statement *st = db.cached(sql);
    if (!st)
        return out;
    if (!arg.isNull())
        st->bind(1, arg);
    (void)st->forEachRow([&](const Statement &row) { out << row.text(0); }); // empty on error
    return out;
}

} // namespace

Status CustomerRepository::upsertCustomers(const QList<Customer> &customers, qint64 syncedAtMs)
{
    return upsertAll(
        m_db,
        "INSERT INTO customers(id, company_name, domain, relationship, associated_partner_id, raw, "
        "synced_at) VALUES(?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(id) DO UPDATE SET "
        "company_name=excluded.company_name, domain=excluded.domain, "
        "relationship=excluded.relationship, associated_partner_id=excluded.associated_partner_id, "
        "raw=excluded.raw, synced_at=excluded.synced_at",
        customers, [&](Statement &st, const Customer &c) {
            st.bind(1, c.id).bind(2, orNull(c.companyName)).bind(3, orNull(c.domain));
            st.bind(4, orNull(c.relationship)).bind(5, orNull(c.associatedPartnerId));
            st.bindText(6, rawOf(c.raw)).bind(7, syncedAtMs);
        });
}

Status CustomerRepository::upsertResellers(const QList<Reseller> &resellers, qint64 syncedAtMs)
{
    return upsertAll(m_db,
                     "INSERT INTO resellers(customer_id, id, name, mpn_id, raw, synced_at) "
                     "VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(customer_id, id) DO UPDATE SET "
                     "name=excluded.name, mpn_id=excluded.mpn_id, raw=excluded.raw, "
                     "synced_at=excluded.synced_at",
                     resellers, [&](Statement &st, const Reseller &r) {
                         st.bind(1, r.customerId).bind(2, r.id).bind(3, orNull(r.name));
                         st.bind(4, orNull(r.mpnId)).bindText(5, rawOf(r.raw)).bind(6, syncedAtMs);
                     });
}

Status CustomerRepository::upsertSubscriptions(const QList<Subscription> &subscriptions,
                                               qint64 syncedAtMs)
{
    return upsertAll(
        m_db,
        "INSERT INTO subscriptions(id, customer_id, offer_id, offer_name, friendly_name, status, "
        "etag, partner_id, raw, synced_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10) "
        "ON CONFLICT(id) DO UPDATE SET customer_id=excluded.customer_id, "
        "offer_id=excluded.offer_id, offer_name=excluded.offer_name, "
        "friendly_name=excluded.friendly_name, status=excluded.status, etag=excluded.etag, "
        "partner_id=excluded.partner_id, raw=excluded.raw, synced_at=excluded.synced_at",
        subscriptions, [&](Statement &st, const Subscription &s) {
            st.bind(1, s.id).bind(2, s.customerId).bind(3, orNull(s.offerId));
            st.bind(4, orNull(s.offerName)).bind(5, orNull(s.friendlyName));
            st.bind(6, orNull(s.status.raw())).bind(7, orNull(s.etag));
            st.bind(8, orNull(s.partnerId)).bindText(9, rawOf(s.raw)).bind(10, syncedAtMs);
        });
}

Status CustomerRepository::upsertEntitlements(const QList<Entitlement> &entitlements,
                                              qint64 syncedAtMs)
{
    return upsertAll(
        m_db,
        "INSERT INTO entitlements(id, subscription_id, customer_id, friendly_name, status, raw, "
        "synced_at) VALUES(?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(id) DO UPDATE SET "
        "subscription_id=excluded.subscription_id, customer_id=excluded.customer_id, "
        "friendly_name=excluded.friendly_name, status=excluded.status, raw=excluded.raw, "
        "synced_at=excluded.synced_at",
        entitlements, [&](Statement &st, const Entitlement &e) {
            st.bind(1, e.id).bind(2, e.subscriptionId).bind(3, e.customerId);
            st.bind(4, orNull(e.friendlyName)).bind(5, orNull(e.status));
            st.bindText(6, rawOf(e.raw)).bind(7, syncedAtMs);
        });
}

Result<QStringList> CustomerRepository::customerIds()
{
    return column(m_db, "SELECT id FROM customers ORDER BY id");
}

Result<QStringList> CustomerRepository::subscriptionIds(const QString &customerId)
{
    return column(m_db, "SELECT id FROM subscriptions WHERE customer_id = ?1 ORDER BY id",
                  customerId);
}

Result<QList<SpendTarget>> CustomerRepository::spendTargets(const QStringList &customerIds)
{
    QList<SpendTarget> out;
    Statement *st = m_db.cached("SELECT id, customer_id FROM entitlements ORDER BY id");
    if (!st)
        return m_db.lastError();
    const Status s = st->forEachRow([&](const Statement &row) {
        SpendTarget t{row.text(0), row.text(1)};
        if (customerIds.isEmpty() || customerIds.contains(t.customerId, Qt::CaseInsensitive))
            out << t;
    });
    if (!s)
        return s.error();
    return out;
}

QString CustomerRepository::companyName(const QString &customerId)
{
    const QStringList v =
        column(m_db, "SELECT company_name FROM customers WHERE id = ?1", customerId);
    return v.isEmpty() ? QString() : v.first();
}

Result<QHash<QString, QString>> CustomerRepository::names()
{
    Statement *st = m_db.cached("SELECT id, company_name FROM customers");
    if (!st)
        return m_db.lastError();
    QHash<QString, QString> out;
    Statement::Step step;
    while ((step = st->step()) == Statement::Step::Row)
        out.insert(st->text(0), st->text(1));
    if (step == Statement::Step::Error) {
        Error e = st->lastError();
        st->reset();
        return e;
    }
    st->reset();
    return out;
}

Result<QHash<QString, QString>> CustomerRepository::subscriptionNames()
{
    // Both tables are small (a few per customer): read whole, then looked up
    // per alert in memory rather than joined into the 100,000-row queue query.
    Statement *st = m_db.cached(
        "SELECT lower(id), coalesce(nullif(friendly_name, ''), offer_name, '') FROM subscriptions "
        "UNION ALL SELECT lower(id), coalesce(friendly_name, '') FROM entitlements");
    if (!st)
        return m_db.lastError();
    QHash<QString, QString> out;
    const Status s = st->forEachRow([&](const Statement &row) {
        QString name = row.text(1);
        if (!name.isEmpty())
            out.insert(row.text(0), std::move(name));
    });
    if (!s)
        return s.error();
    return out;
}

qint64 CustomerRepository::countCustomers()
{
    const Result<qint64> n = m_db.queryInt("SELECT count(*) FROM customers");
    return n ? *n : -1;
}
qint64 CustomerRepository::countSubscriptions()
{
    const Result<qint64> n = m_db.queryInt("SELECT count(*) FROM subscriptions");
    return n ? *n : -1;
}
qint64 CustomerRepository::countEntitlements()
{
    const Result<qint64> n = m_db.queryInt("SELECT count(*) FROM entitlements");
    return n ? *n : -1;
}
qint64 CustomerRepository::countResellers()
{
    const Result<qint64> n = m_db.queryInt("SELECT count(*) FROM resellers");
    return n ? *n : -1;
}

} // namespace vigie::store
