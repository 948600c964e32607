#include "store/actiontargets.h"

#include "store/database.h"

namespace vigie::store {

namespace {

AlertTarget alertFrom(const Statement &st)
{
    return AlertTarget{st.text(0), st.text(1), st.text(2), st.text(3),
                       st.text(4), st.text(5), st.text(6), st.int64(7)};
}

Status stepped(Statement *st, Database &db)
{
    if (!st)
        return db.lastError();
    return st->exec();
}

} // namespace

Result<std::optional<AlertTarget>> ActionTargets::alert(const QString &id)
{
    Statement *st = m_db.cached(
        "SELECT a.id, a.customer_id, coalesce(c.company_name, ''), coalesce(a.subscription_id, "
        "''), "
        "coalesce(a.display_name, ''), coalesce(a.status, ''), coalesce(a.resolved_reason, ''), "
        "coalesce(a.detected_at, 0) FROM alerts a LEFT JOIN customers c ON c.id = a.customer_id "
        "WHERE a.id = ?1");
    if (!st)
        return m_db.lastError();
    st->bind(1, id);
    std::optional<AlertTarget> out;
    const Statement::Step step = st->step();
    if (step == Statement::Step::Error)
        return st->lastError();
    if (step == Statement::Step::Row)
        out = alertFrom(*st);
    st->reset();
    return out;
}

Result<QList<AlertTarget>> ActionTargets::openAlertsDetectedBefore(qint64 beforeMs)
{
    Statement *st = m_db.cached(
        "SELECT a.id, a.customer_id, coalesce(c.company_name, ''), coalesce(a.subscription_id, "
        "''), "
        "coalesce(a.display_name, ''), coalesce(a.status, ''), coalesce(a.resolved_reason, ''), "
        "coalesce(a.detected_at, 0) FROM alerts a LEFT JOIN customers c ON c.id = a.customer_id "
        "WHERE a.status IN ('active', 'investigating') AND a.detected_at < ?1 "
        "ORDER BY a.detected_at, a.id");
    if (!st)
        return m_db.lastError();
    st->bind(1, beforeMs);
    QList<AlertTarget> out;
    Statement::Step step;
    while ((step = st->step()) == Statement::Step::Row)
        out << alertFrom(*st);
    if (step == Statement::Step::Error)
        return st->lastError();
    st->reset();
    return out;
}

Result<std::optional<SubscriptionTarget>> ActionTargets::subscription(const QString &customerId,
                                                                      const QString &id)
{
    Statement *st = m_db.cached(
        "SELECT s.id, s.customer_id, coalesce(c.company_name, ''), "
        "coalesce(nullif(s.friendly_name, ''), s.offer_name, ''), coalesce(s.status, ''), "
        "EXISTS(SELECT 1 FROM entitlements e WHERE e.subscription_id = s.id) "
        "FROM subscriptions s LEFT JOIN customers c ON c.id = s.customer_id "
        "WHERE s.id = ?1 AND s.customer_id = ?2");
    if (!st)
        return m_db.lastError();
    st->bind(1, id).bind(2, customerId);
    std::optional<SubscriptionTarget> out;
    const Statement::Step step = st->step();
    if (step == Statement::Step::Error)
        return st->lastError();
    if (step == Statement::Step::Row)
        out = SubscriptionTarget{st->text(0), st->text(1), st->text(2),
                                 st->text(3), st->text(4), st->int64(5) != 0};
    st->reset();
    return out;
}

Result<std::optional<EntitlementTarget>>
ActionTargets::entitlement(const QString &customerId, const QString &azureSubscriptionId)
{
    Statement *st = m_db.cached(
        "SELECT e.id, e.subscription_id, e.customer_id, coalesce(c.company_name, ''), "
        "coalesce(e.friendly_name, ''), coalesce(e.status, '') FROM entitlements e "
        "LEFT JOIN customers c ON c.id = e.customer_id WHERE e.id = ?1 AND e.customer_id = ?2");
    if (!st)
        return m_db.lastError();
    st->bind(1, azureSubscriptionId).bind(2, customerId);
    std::optional<EntitlementTarget> out;
    const Statement::Step step = st->step();
    if (step == Statement::Step::Error)
        return st->lastError();
    if (step == Statement::Step::Row)
        out = EntitlementTarget{st->text(0), st->text(1), st->text(2),
                                st->text(3), st->text(4), st->text(5)};
    st->reset();
    return out;
}

Result<CustomerHoldings> ActionTargets::holdings(const QString &customerId)
{
    CustomerHoldings out;
    out.customerId = customerId;
    auto name = m_db.prepare("SELECT coalesce(company_name, '') FROM customers WHERE id = ?1");
    if (!name)
        return name.error();
    (*name)->bind(1, customerId);
    if (Status s =
            (*name)->forEachRow([&](const Statement &row) { out.customerName = row.text(0); });
        !s)
        return s.error();
    auto subs = m_db.prepare(
        "SELECT s.id, s.customer_id, coalesce(nullif(s.friendly_name, ''), s.offer_name, ''), "
        "coalesce(s.status, ''), EXISTS(SELECT 1 FROM entitlements e WHERE e.subscription_id = "
        "s.id) FROM subscriptions s WHERE s.customer_id = ?1 ORDER BY 3 COLLATE NOCASE, s.id");
    if (!subs)
        return subs.error();
    (*subs)->bind(1, customerId);
    if (Status s = (*subs)->forEachRow([&](const Statement &row) {
            out.subscriptions << SubscriptionTarget{row.text(0), row.text(1), out.customerName,
                                                    row.text(2), row.text(3), row.int64(4) != 0};
        });
        !s)
        return s.error();
    auto ents =
        m_db.prepare("SELECT id, subscription_id, customer_id, coalesce(friendly_name, ''), "
                     "coalesce(status, '') FROM entitlements WHERE customer_id = ?1 "
                     "ORDER BY subscription_id, 4 COLLATE NOCASE, id");
    if (!ents)
        return ents.error();
    (*ents)->bind(1, customerId);
    if (Status s = (*ents)->forEachRow([&](const Statement &row) {
            out.entitlements << EntitlementTarget{row.text(0),      row.text(1), row.text(2),
                                                  out.customerName, row.text(3), row.text(4)};
        });
        !s)
        return s.error();
    return out;
}

Status ActionTargets::setAlertState(const QString &id, const QString &status,
                                    const QString &resolvedReason, qint64 resolvedAtMs)
{
    Statement *st = m_db.cached("UPDATE alerts SET status = ?2, resolved_reason = nullif(?3, ''), "
                                "resolved_at = nullif(?4, 0) WHERE id = ?1");
    if (st)
        st->bind(1, id).bind(2, status).bind(3, resolvedReason).bind(4, resolvedAtMs);
    return stepped(st, m_db);
}

Status ActionTargets::setSubscriptionStatus(const QString &id, const QString &status)
{
    Statement *st = m_db.cached("UPDATE subscriptions SET status = ?2 WHERE id = ?1");
    if (st)
        st->bind(1, id).bind(2, status);
    return stepped(st, m_db);
}

Status ActionTargets::setEntitlementStatus(const QString &id, const QString &status)
{
    Statement *st = m_db.cached("UPDATE entitlements SET status = ?2 WHERE id = ?1");
    if (st)
        st->bind(1, id).bind(2, status);
    return stepped(st, m_db);
}

} // namespace vigie::store
