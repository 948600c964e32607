#include "store/alertrepository.h"

#include "core/timeutil.h"
#include "store/database.h"
#include "store/syncstate.h"

#include <QJsonDocument>

namespace vigie::store {

namespace {

constexpr const char *kSelectStatus = "SELECT status FROM alerts WHERE id = ?1";
constexpr const char *kUpsert =
    "INSERT INTO alerts(id, display_name, alert_type, status, severity, confidence, customer_id, "
    "subscription_id, reseller_tenant_id, catalog_offer_id, detected_at, first_observed_at, "
    "last_observed_at, resolved_reason, resolved_at, resolved_by, is_test, raw, synced_at) "
    "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19) "
    "ON CONFLICT(id) DO UPDATE SET display_name=excluded.display_name, "
    "alert_type=excluded.alert_type, status=excluded.status, severity=excluded.severity, "
    "confidence=excluded.confidence, customer_id=excluded.customer_id, "
    "subscription_id=excluded.subscription_id, reseller_tenant_id=excluded.reseller_tenant_id, "
    "catalog_offer_id=excluded.catalog_offer_id, detected_at=excluded.detected_at, "
    "first_observed_at=excluded.first_observed_at, last_observed_at=excluded.last_observed_at, "
    "resolved_reason=excluded.resolved_reason, resolved_at=excluded.resolved_at, "
    "resolved_by=excluded.resolved_by, is_test=excluded.is_test, raw=excluded.raw, "
    "synced_at=excluded.synced_at";
constexpr const char *kEvent = "INSERT INTO alert_events(alert_id, at, kind, old_status, "
                               "new_status, detail) VALUES(?1,?2,?3,?4,?5,NULL)";

void bindTime(Statement &st, int i, const QDateTime &t)
{
    if (t.isValid())
        st.bind(i, toEpochMs(t));
    else
        st.bindNull(i);
}

QString orNull(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

} // namespace

Result<AlertUpsertCounts> AlertRepository::upsert(const QList<Alert> &alerts, qint64 syncedAtMs)
{
    AlertUpsertCounts counts;
    WriteScope scope(m_db);
    if (!scope.beginStatus())
        return scope.beginStatus().error();
    for (const Alert &a : alerts) {
        Statement *sel = m_db.cached(kSelectStatus);
        if (!sel)
            return m_db.lastError();
        sel->bind(1, a.id);
        bool exists = false;
        QString oldStatus;
        const Status read = sel->forEachRow([&](const Statement &row) {
            exists = true;
            oldStatus = row.isNull(0) ? QString() : row.text(0);
        });
        if (!read)
            return read.error();

        Statement *st = m_db.cached(kUpsert);
        if (!st)
            return m_db.lastError();
        st->bind(1, a.id).bind(2, orNull(a.displayName)).bind(3, orNull(a.alertType));
        st->bind(4, orNull(a.status.raw())).bind(5, orNull(a.severity.raw()));
        st->bind(6, orNull(a.confidence.raw())).bind(7, orNull(a.customerTenantId));
        st->bind(8, orNull(a.subscriptionId)).bind(9, orNull(a.valueAddedResellerTenantId));
        st->bind(10, orNull(a.catalogOfferId));
        bindTime(*st, 11, a.detectedDateTime);
        bindTime(*st, 12, a.firstObservedDateTime);
        bindTime(*st, 13, a.lastObservedDateTime);
        st->bind(14, orNull(a.resolvedReason.raw()));
        bindTime(*st, 15, a.resolvedOnDateTime);
        st->bind(16, orNull(a.resolvedBy)).bindBool(17, a.isTest);
        st->bindText(18, QJsonDocument(a.raw).toJson(QJsonDocument::Compact));
        st->bind(19, syncedAtMs);
        if (Status s = st->exec(); !s)
            return s.error();

        const QString newStatus = a.status.raw();
        if (!exists || oldStatus.compare(newStatus, Qt::CaseInsensitive) != 0) {
            Statement *ev = m_db.cached(kEvent);
            if (!ev)
                return m_db.lastError();
            ev->bind(1, a.id).bind(2, syncedAtMs);
            ev->bind(3, exists ? QStringLiteral("status") : QStringLiteral("discovered"));
            ev->bind(4, exists ? orNull(oldStatus) : QString()).bind(5, orNull(newStatus));
            if (Status s = ev->exec(); !s)
                return s.error();
            ++(exists ? counts.statusChanged : counts.inserted);
        } else {
            ++counts.unchanged;
        }
    }
    if (Status s = scope.commit(); !s)
        return s.error();
    return counts;
}

Status AlertRepository::markMissing(const QString &id, qint64 syncedAtMs)
{
    WriteScope scope(m_db);
    if (!scope.beginStatus())
        return scope.beginStatus();
    Statement *st = m_db.cached("UPDATE alerts SET synced_at = ?2 WHERE id = ?1");
    if (!st)
        return m_db.lastError();
    st->bind(1, id).bind(2, syncedAtMs);
    if (Status s = st->exec(); !s)
        return s;
    Statement *ev = m_db.cached(kEvent);
    if (!ev)
        return m_db.lastError();
    ev->bind(1, id).bind(2, syncedAtMs).bind(3, QStringLiteral("missing"));
    ev->bindNull(4).bindNull(5);
    if (Status s = ev->exec(); !s)
        return s;
    return scope.commit();
}

Result<QStringList> AlertRepository::unresolvedIds(qint64 syncedBeforeMs)
{
    Statement *st = m_db.cached(
        "SELECT id FROM alerts WHERE (status IS NULL OR status <> 'resolved' COLLATE NOCASE) "
        "AND (?1 = 0 OR synced_at < ?1) ORDER BY id");
    if (!st)
        return m_db.lastError();
    st->bind(1, syncedBeforeMs);
    QStringList ids;
    if (Status s = st->forEachRow([&](const Statement &row) { ids << row.text(0); }); !s)
        return s.error();
    return ids;
}

Result<QList<AlertRow>> AlertRepository::list(const AlertFilter &filter)
{
    Statement *st = m_db.cached(
        "SELECT a.id, a.display_name, a.alert_type, a.status, a.severity, a.customer_id, "
        "c.company_name, a.subscription_id, a.detected_at, a.resolved_at, a.resolved_reason, a.raw "
        "FROM alerts a LEFT JOIN customers c ON c.id = a.customer_id "
        "WHERE (?1 IS NULL OR a.status = ?1 COLLATE NOCASE) "
        "AND (?2 IS NULL OR a.severity = ?2 COLLATE NOCASE) "
        "AND (?3 IS NULL OR a.customer_id = ?3) "
        "ORDER BY a.detected_at DESC, a.id LIMIT ?4");
    if (!st)
        return m_db.lastError();
    st->bind(1, orNull(filter.status)).bind(2, orNull(filter.severity));
    st->bind(3, orNull(filter.customerId)).bind(4, qint64(filter.limit));
    QList<AlertRow> rows;
    for (const Statement &row : st->rows()) {
        AlertRow r;
        r.id = row.text(0);
        r.displayName = row.text(1);
        r.alertType = row.text(2);
        r.status = row.text(3);
        r.severity = row.text(4);
        r.customerId = row.text(5);
        r.customerName = row.text(6);
        r.subscriptionId = row.text(7);
        r.detectedAtMs = row.isNull(8) ? 0 : row.int64(8);
        r.resolvedAtMs = row.isNull(9) ? 0 : row.int64(9);
        r.resolvedReason = row.text(10);
        r.raw = row.textUtf8(11);
        rows << r;
    }
    if (Status s = st->finish(); !s)
        return s.error();
    return rows;
}

Result<NewAlertCounts> AlertRepository::newSince(qint64 sinceMs)
{
    Statement *st =
        m_db.cached("SELECT a.severity, count(*) FROM alert_events e JOIN alerts a ON a.id = "
                    "e.alert_id WHERE e.kind = 'discovered' AND e.at >= ?1 AND a.status <> "
                    "'resolved' AND a.severity IN ('high', 'medium') GROUP BY a.severity");
    if (!st)
        return m_db.lastError();
    st->bind(1, sinceMs);
    NewAlertCounts counts;
    Statement::Step step;
    while ((step = st->step()) == Statement::Step::Row)
        (st->text(0) == u"high" ? counts.high : counts.medium) += int(st->int64(1));
    if (step == Statement::Step::Error) {
        Error e = st->lastError();
        st->reset();
        return e;
    }
    st->reset();
    return counts;
}

qint64 AlertRepository::count()
{
    const Result<qint64> n = m_db.queryInt("SELECT count(*) FROM alerts");
    return n ? *n : -1;
}

Result<QList<AlertRepository::Event>> AlertRepository::events(const QString &alertId)
{
    Statement *st = m_db.cached("SELECT at, kind, old_status, new_status FROM alert_events "
                                "WHERE alert_id = ?1 ORDER BY at, id");
    if (!st)
        return m_db.lastError();
    st->bind(1, alertId);
    QList<Event> out;
    const Status s = st->forEachRow([&](const Statement &row) {
        out << Event{row.int64(0), row.text(1), row.text(2), row.text(3)};
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace vigie::store
