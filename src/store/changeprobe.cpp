#include "store/changeprobe.h"

#include "store/database.h"
#include "store/signinnames.h"

namespace vigie::store {

namespace {

// Per group: counts and the newest write times/ids. A row inserted moves the
// count or the max rowid (O(1)); an alert whose status changed gets an
// alert_events row; findings and small tables move their updated_at. No
// scan of a table with raw JSON rows (alerts hold 100,000 of them).
constexpr struct
{
    const char *table;
    const char *sql;
} kFingerprints[] = {
    {"alerts", "SELECT (SELECT count(*) FROM alerts) || ':' || "
               "(SELECT coalesce(max(rowid), 0) FROM alerts) || ':' || "
               "(SELECT coalesce(max(id), 0) FROM alert_events) || ':' || "
               "(SELECT count(*) || ':' || coalesce(max(updated_at), 0) FROM outbox) || ':' || "
               "(SELECT coalesce(max(id), 0) FROM notes)"},
    {"findings",
     "SELECT (SELECT count(*) || ':' || coalesce(max(updated_at), 0) FROM findings) || ':' || "
     "(SELECT count(*) || ':' || coalesce(max(updated_at), 0) FROM rule_settings)"},
    {"sync_state", "SELECT count(*) || ':' || coalesce(max(updated_at), 0) FROM sync_state"},
    {"customers", "SELECT count(*) || ':' || coalesce(max(synced_at), 0) FROM customers"},
    // The event tables are large (and have no rowid): their daily rollups,
    // maintained at ingest, move with every new event.
    {"signins", "SELECT total(total) || ':' || count(*) FROM signin_daily"},
    {"audits", "SELECT total(total) || ':' || count(*) FROM audit_daily"},
    {"spend", "SELECT count(*) || ':' || coalesce(max(synced_at), 0) FROM spend_daily"},
};

} // namespace

Result<qint64> ChangeProbe::dataVersion()
{
    return m_db.queryInt("PRAGMA data_version");
}

Result<QMap<QString, QString>> ChangeProbe::fingerprints()
{
    QMap<QString, QString> out;
    for (const auto &f : kFingerprints) {
        Result<QString> v = m_db.queryText(f.sql);
        if (!v)
            return v.error();
        out.insert(QString::fromLatin1(f.table), *v);
    }
    return out;
}

QStringList ChangeProbe::changedTables(const QMap<QString, QString> &before,
                                       const QMap<QString, QString> &after)
{
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed << it.key();
    return changed;
}

Result<NewItemMarks> NewItemsReadModel::marks()
{
    NewItemMarks m;
    Result<qint64> e =
        m_db.queryInt("SELECT coalesce(max(id), 0) FROM alert_events WHERE kind = 'discovered'");
    if (!e)
        return e.error();
    Result<qint64> f = m_db.queryInt("SELECT coalesce(max(id), 0) FROM findings");
    if (!f)
        return f.error();
    m.alertEventId = *e;
    m.findingId = *f;
    return m;
}

Result<NewItems> NewItemsReadModel::since(const NewItemMarks &from, int limit)
{
    // The new marks first, then everything between: a commit landing between
    // the two reads is announced next time, not lost.
    Result<NewItemMarks> to = marks();
    if (!to)
        return to.error();
    NewItems out;
    out.marks = *to;
    Statement *st = m_db.cached(
        "SELECT a.id, coalesce(a.severity, ''), coalesce(a.customer_id, ''), "
        "coalesce(c.company_name, ''), coalesce(a.display_name, '') FROM alert_events e "
        "JOIN alerts a ON a.id = e.alert_id LEFT JOIN customers c ON c.id = a.customer_id "
        "WHERE e.kind = 'discovered' AND e.id > ?1 AND e.id <= ?2 AND a.is_test = 0 AND "
        "coalesce(a.status, '') <> 'resolved' AND a.severity IN ('high', 'medium') "
        "ORDER BY e.id");
    if (!st)
        return m_db.lastError();
    st->bind(1, from.alertEventId).bind(2, to->alertEventId);
    Status s = st->forEachRow([&](const Statement &r) {
        ++out.alertCount;
        if (out.items.size() < limit)
            out.items << NewItem{
                NewItem::Kind::Alert, r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)};
    });
    if (!s)
        return s.error();
    st = m_db.cached("SELECT f.id, f.severity, f.customer_id, coalesce(c.company_name, ''), "
                     "f.rule_id, f.subject, f.evidence FROM findings f "
                     "LEFT JOIN customers c ON c.id = f.customer_id "
                     "WHERE f.id > ?1 AND f.id <= ?2 AND f.state = 'new' AND f.count > 0 AND "
                     "f.severity IN ('high', 'medium') ORDER BY f.id");
    if (!st)
        return m_db.lastError();
    st->bind(1, from.findingId).bind(2, to->findingId);
    // The finding's title is "rule · subject"; a user id subject becomes its
    // UPN when the finding's sign-ins carry it ("P9 · admin@contoso.com").
    struct Subject
    {
        qsizetype item;
        QString rule, subject;
        QByteArray evidence;
    };
    QList<Subject> subjects;
    s = st->forEachRow([&](const Statement &r) {
        ++out.findingCount;
        if (out.items.size() < limit) {
            subjects << Subject{out.items.size(), r.text(4), r.text(5), r.textUtf8(6)};
            out.items << NewItem{NewItem::Kind::Finding,
                                 QString::number(r.int64(0)),
                                 r.text(1),
                                 r.text(2),
                                 r.text(3),
                                 r.text(4) + QStringLiteral(" · ") + r.text(5)};
        }
    });
    if (!s)
        return s.error();
    SignInNames names(m_db);
    for (const Subject &sub : std::as_const(subjects)) {
        NewItem &item = out.items[sub.item];
        auto upn = names.upnFromEvidence(item.customerId, sub.subject, sub.evidence);
        if (!upn)
            return upn.error();
        if (!upn->isEmpty())
            item.title = sub.rule + QStringLiteral(" · ") + *upn;
    }
    return out;
}

} // namespace vigie::store
