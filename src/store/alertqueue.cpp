#include "store/alertqueue.h"

#include "store/customerrepository.h"
#include "store/customertags.h"
#include "store/database.h"
#include "store/hourlyactivity.h"
#include "store/logrepository.h"
#include "store/signinnames.h"

#include <QDate>
#include <QDateTime>

namespace vigie::store {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr int kContextHours = 48;

// Runs `st` to the end, calling `row` for each row; the step error if any.
template <typename F> Status eachRow(Statement *st, Database &db, F row)
{
    return st ? st->forEachRow(row) : Status(db.lastError());
}

qint64 dayToMs(int yyyymmdd)
{
    const QDate d(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
    return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

Result<QList<AlertQueueRow>> AlertQueueReadModel::all()
{
    QList<AlertQueueRow> rows;
    Statement *st = m_db.cached(
        "SELECT a.id, coalesce(a.display_name, ''), coalesce(a.alert_type, ''), "
        "coalesce(a.status, ''), coalesce(a.severity, ''), coalesce(a.confidence, ''), "
        "coalesce(a.customer_id, ''), coalesce(c.company_name, ''), "
        "coalesce(a.reseller_tenant_id, ''), coalesce(r.name, ''), "
        "coalesce(a.subscription_id, ''), coalesce(a.resolved_reason, ''), "
        "coalesce(a.detected_at, 0), coalesce(a.first_observed_at, 0), "
        "coalesce(a.last_observed_at, 0), coalesce(a.resolved_at, 0), "
        "coalesce((SELECT o.state FROM outbox o WHERE o.kind = 'resolveAlert' AND "
        "o.target_id = a.id AND o.state <> 'done' ORDER BY o.id DESC LIMIT 1), '') "
        "FROM alerts a LEFT JOIN customers c ON c.id = a.customer_id "
        "LEFT JOIN resellers r ON r.customer_id = a.customer_id AND r.id = a.reseller_tenant_id "
        "WHERE a.is_test = 0 ORDER BY a.detected_at DESC, a.id");
    Status s = eachRow(st, m_db, [&](const Statement &r) {
        AlertQueueRow q;
        q.id = r.text(0);
        q.displayName = r.text(1);
        q.alertType = r.text(2);
        q.status = r.text(3);
        q.severity = r.text(4);
        q.confidence = r.text(5);
        q.customerId = r.text(6);
        q.customerName = r.text(7);
        q.resellerTenantId = r.text(8);
        q.resellerName = r.text(9);
        q.subscriptionId = r.text(10);
        q.resolvedReason = r.text(11);
        q.detectedAtMs = r.int64(12);
        q.firstObservedAtMs = r.int64(13);
        q.lastObservedAtMs = r.int64(14);
        q.resolvedAtMs = r.int64(15);
        q.pendingAction = r.text(16);
        rows << q;
    });
    if (!s)
        return s.error();
    // Subscription names (the queue and the detail show them, the GUID in a
    // tooltip): one small read, shared strings.
    auto subscriptions = CustomerRepository(m_db).subscriptionNames();
    if (!subscriptions)
        return subscriptions.error();
    if (!subscriptions->isEmpty()) {
        for (AlertQueueRow &q : rows)
            if (!q.subscriptionId.isEmpty())
                q.subscriptionName = subscriptions->value(q.subscriptionId.toLower());
    }
    // Customer tags, for the queue's tag filter: one small read, shared lists.
    auto tags = CustomerTagRepository(m_db).all();
    if (!tags)
        return tags.error();
    if (!tags->isEmpty()) {
        for (AlertQueueRow &q : rows)
            q.customerTags = tags->value(q.customerId.toLower());
    }
    return rows;
}

Result<AlertContext> AlertQueueReadModel::context(const QString &alertId)
{
    AlertContext c;
    QString customerId, subscriptionId;
    qint64 at = 0;
    Statement *st = m_db.cached("SELECT raw, coalesce(customer_id, ''), "
                                "coalesce(subscription_id, ''), coalesce(detected_at, 0) "
                                "FROM alerts WHERE id = ?1");
    if (st)
        st->bind(1, alertId);
    Status s = eachRow(st, m_db, [&](const Statement &r) {
        c.raw = r.textUtf8(0);
        customerId = r.text(1);
        subscriptionId = r.text(2);
        at = r.int64(3);
    });
    if (!s)
        return s.error();
    if (c.raw.isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("alert %1").arg(alertId));

    if ((st = m_db.cached("SELECT at, kind, coalesce(old_status, ''), coalesce(new_status, '') "
                          "FROM alert_events WHERE alert_id = ?1 ORDER BY at, id")))
        st->bind(1, alertId);
    s = eachRow(st, m_db, [&](const Statement &r) {
        c.history << AlertContext::Event{r.int64(0), r.text(1), r.text(2), r.text(3)};
    });
    if (!s)
        return s.error();
    if ((st = m_db.cached("SELECT created_at, coalesce(author, ''), text FROM notes WHERE "
                          "object_kind = 'alert' AND object_id = ?1 ORDER BY created_at, id")))
        st->bind(1, alertId);
    s = eachRow(st, m_db, [&](const Statement &r) {
        c.notes << AlertContext::Note{r.int64(0), r.text(1), r.text(2)};
    });
    if (!s)
        return s.error();

    // ±24 h of the same customer, per hour, from the hourly rollups (never the events).
    const Result<HourlyActivity> hourly =
        HourlyActivityReadModel(m_db).around(customerId, at, kContextHours / 2);
    if (!hourly)
        return hourly.error();
    c.windowStartMs = hourly->startMs;
    c.failedSignInsPerHour = hourly->failedSignIns;
    c.signInsPerHour = hourly->signIns;
    c.auditChangesPerHour = hourly->auditChanges;
    if ((st = m_db.cached("SELECT day, cost, coalesce(currency, '') FROM spend_daily WHERE "
                          "subscription_id = ?1 AND day >= ?2 AND day <= ?3 ORDER BY day")))
        st->bind(1, subscriptionId)
            .bind(2, rollupDayOf(at - 3 * 24 * kHourMs))
            .bind(3, rollupDayOf(at + 3 * 24 * kHourMs));
    s = eachRow(st, m_db, [&](const Statement &r) {
        c.spend << qMakePair(dayToMs(int(r.int64(0))), r.real(1));
        c.currency = r.text(2);
    });
    if (!s)
        return s.error();
    QList<QByteArray> evidence; // of each open finding, for its user's name
    if ((st = m_db.cached("SELECT rule_id, subject, evidence FROM findings WHERE customer_id = ?1 "
                          "AND state IN ('new', 'acknowledged') AND count > 0 "
                          "ORDER BY last_seen DESC LIMIT 50")))
        st->bind(1, customerId);
    s = eachRow(st, m_db, [&](const Statement &r) {
        c.openFindings << qMakePair(r.text(0), r.text(1));
        evidence << r.textUtf8(2);
    });
    if (!s)
        return s.error();
    // A user id as subject: its UPN when the finding's sign-ins carry it.
    SignInNames names(m_db);
    for (qsizetype i = 0; i < c.openFindings.size(); ++i) {
        auto upn = names.upnFromEvidence(customerId, c.openFindings[i].second, evidence[i]);
        if (!upn)
            return upn.error();
        if (!upn->isEmpty())
            c.openFindings[i].second = *upn;
    }
    // A subscription belongs to one customer: the customer's time index
    // finds its alerts (no index on subscription_id; a scan of 100,000 alert
    // rows with their raw JSON was most of the context's time).
    if ((st = m_db.cached("SELECT id, coalesce(display_name, '') FROM alerts INDEXED BY "
                          "alerts_customer WHERE customer_id = ?3 AND subscription_id = ?1 AND "
                          "id <> ?2 ORDER BY detected_at DESC LIMIT 50")))
        st->bind(1, subscriptionId).bind(2, alertId).bind(3, customerId);
    s = eachRow(st, m_db, [&](const Statement &r) {
        c.sameSubscriptionAlerts << qMakePair(r.text(0), r.text(1));
    });
    if (!s)
        return s.error();
    return c;
}

} // namespace vigie::store
