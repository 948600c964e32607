#include "store/customerlist.h"

#include "store/customertags.h"
#include "store/database.h"
#include "store/logrepository.h"

#include <QHash>

namespace vigie::store {

namespace {

constexpr qint64 kDayMs = 86'400'000;

// Runs `sql` (with ?1.. bound by `bind`) and calls `row` for each row.
template <typename Bind, typename Row>
Status each(Database &db, const char *sql, Bind bind, Row row)
{
    Statement *st = db.cached(sql);
    if (!st)
        return db.lastError();
    bind(*st);
    return st->forEachRow(row);
}

auto noBind = [](Statement &) {};

} // namespace

Result<QList<CustomerListRow>> CustomerListReadModel::all(qint64 nowMs)
{
    QList<CustomerListRow> rows;
    QHash<QString, qsizetype> at; // lower-case id -> index in rows
    Status s = each(m_db,
                    "SELECT id, coalesce(company_name, ''), coalesce(domain, '') FROM customers "
                    "ORDER BY company_name COLLATE NOCASE, id",
                    noBind, [&](const Statement &r) {
                        CustomerListRow c;
                        c.id = r.text(0);
                        c.companyName = r.text(1);
                        c.domain = r.text(2);
                        at.insert(c.id.toLower(), rows.size());
                        rows << c;
                    });
    if (!s)
        return s.error();
    auto find = [&](const QString &id) -> CustomerListRow * {
        const auto it = at.constFind(id.toLower());
        return it == at.constEnd() ? nullptr : &rows[*it];
    };

    s = each(m_db,
             "SELECT customer_id, count(*) FROM alerts WHERE is_test = 0 AND "
             "coalesce(status, '') <> 'resolved' GROUP BY customer_id",
             noBind, [&](const Statement &r) {
                 if (CustomerListRow *c = find(r.text(0)))
                     c->activeAlerts = int(r.int64(1));
             });
    if (!s)
        return s.error();
    s = each(m_db,
             "SELECT customer_id, count(*) FROM findings WHERE state IN ('new', 'acknowledged') "
             "AND count > 0 GROUP BY customer_id",
             noBind, [&](const Statement &r) {
                 if (CustomerListRow *c = find(r.text(0)))
                     c->openFindings = int(r.int64(1));
             });
    if (!s)
        return s.error();

    // Last 7 days (today included) against the 28 days before them.
    const int weekStart = rollupDayOf(nowMs - 6 * kDayMs);
    const int baselineStart = rollupDayOf(nowMs - 34 * kDayMs);
    s = each(
        m_db,
        "SELECT customer_id, sum(CASE WHEN day >= ?1 THEN cost ELSE 0 END), "
        "sum(CASE WHEN day < ?1 THEN cost ELSE 0 END), count(DISTINCT CASE WHEN day < ?1 "
        "THEN day END), max(currency), max(synced_at) FROM spend_daily WHERE day >= ?2 "
        "GROUP BY customer_id",
        [&](Statement &st) { st.bind(1, weekStart).bind(2, baselineStart); },
        [&](const Statement &r) {
            CustomerListRow *c = find(r.text(0));
            if (!c)
                return;
            c->spendLast7Days = r.real(1);
            const qint64 baselineDays = r.int64(3);
            c->spendBaseline7Days = baselineDays > 0 ? r.real(2) / double(baselineDays) * 7 : -1;
            c->currency = r.text(4);
            c->spendSyncedMs = r.int64(5);
        });
    if (!s)
        return s.error();
    s = each(m_db,
             "SELECT customer_id, coalesce(nullif(name, ''), id) FROM resellers "
             "ORDER BY customer_id, name COLLATE NOCASE",
             noBind, [&](const Statement &r) {
                 if (CustomerListRow *c = find(r.text(0)))
                     c->resellers << r.text(1);
             });
    if (!s)
        return s.error();
    s = each(m_db, "SELECT customer_id, count(*) FROM subscriptions GROUP BY customer_id", noBind,
             [&](const Statement &r) {
                 if (CustomerListRow *c = find(r.text(0)))
                     c->subscriptions = int(r.int64(1));
             });
    if (!s)
        return s.error();
    // Per-customer streams: customer:<id>, signins:<id>, audits:<id>.
    s = each(m_db,
             "SELECT stream, coalesce(last_success, 0), coalesce(last_error, '') FROM sync_state "
             "WHERE stream LIKE 'customer:%' OR stream LIKE 'signins:%' OR "
             "stream LIKE 'audits:%'",
             noBind, [&](const Statement &r) {
                 const QString stream = r.text(0);
                 const qsizetype colon = stream.indexOf(u':');
                 CustomerListRow *c = find(stream.mid(colon + 1));
                 if (!c)
                     return;
                 const QStringView kind = QStringView(stream).left(colon);
                 CustomerStreamState &f = kind == u"customer"  ? c->details
                                          : kind == u"signins" ? c->signIns
                                                               : c->audits;
                 f.lastSuccessMs = r.int64(1);
                 f.lastError = r.text(2);
             });
    if (!s)
        return s.error();

    auto availability = LogAvailabilityRepository(m_db).all();
    if (!availability)
        return availability.error();
    auto tags = CustomerTagRepository(m_db).all();
    if (!tags)
        return tags.error();
    for (CustomerListRow &c : rows) {
        const QString key = c.id.toLower();
        // Never probed: `known` false (the page says "not checked yet").
        LogAvailability unknown;
        unknown.customerId = c.id;
        unknown.stream = QStringLiteral("signins");
        c.signInsAvailability = availability->value(key + QStringLiteral("|signins"), unknown);
        unknown.stream = QStringLiteral("audits");
        c.auditsAvailability = availability->value(key + QStringLiteral("|audits"), unknown);
        c.tags = tags->value(key);
    }
    return rows;
}

} // namespace vigie::store
