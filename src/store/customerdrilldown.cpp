#include "store/customerdrilldown.h"

#include "store/database.h"
#include "store/logavailability.h"
#include "store/logrepository.h"
#include "store/signinnames.h"
#include "store/syncstate.h"

#include <QDate>
#include <QTimeZone>
#include <algorithm>

namespace vigie::store {

namespace {

QDate dateOf(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
}

// The UTC day of a time column, as yyyyMMdd, in SQL (times are >= 0).
#define DAY_OF(col) "CAST(strftime('%Y%m%d', " col " / 1000, 'unixepoch') AS INTEGER)"

} // namespace

qint64 dayStartMs(int yyyymmdd)
{
    return QDateTime(dateOf(yyyymmdd), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

int addDays(int yyyymmdd, int days)
{
    const QDate d = dateOf(yyyymmdd).addDays(days);
    return d.year() * 10000 + d.month() * 100 + d.day();
}

Result<CustomerHeader> CustomerDrillDown::header(const QString &customerId)
{
    CustomerHeader h;
    h.id = customerId;
    Statement *st = m_db.cached("SELECT id, company_name, domain, associated_partner_id "
                                "FROM customers WHERE id = ?1");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId);
    Status s = st->forEachRow([&](const Statement &row) {
        h.found = true;
        h.id = row.text(0);
        h.companyName = row.text(1);
        h.domain = row.text(2);
        h.resellerId = row.text(3);
    });
    if (!s)
        return s.error();

    // The indirect reseller: the customer's resellers rows, the associated one first.
    st = m_db.cached("SELECT id, name FROM resellers WHERE customer_id = ?1 "
                     "ORDER BY (id = ?2 COLLATE NOCASE) DESC, name");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId).bind(2, h.resellerId);
    s = st->forEachRow([&](const Statement &row) {
        if (h.resellerName.isEmpty()) {
            h.resellerId = row.text(0);
            h.resellerName = row.text(1);
        }
    });
    if (!s)
        return s.error();

    st = m_db.cached("SELECT id, coalesce(nullif(friendly_name, ''), offer_name), offer_name, "
                     "status FROM subscriptions WHERE customer_id = ?1 ORDER BY 2, id");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId);
    s = st->forEachRow([&](const Statement &row) {
        h.subscriptions << SubscriptionInfo{row.text(0), row.text(1), row.text(2), row.text(3), {}};
    });
    if (!s)
        return s.error();
    st = m_db.cached("SELECT id, subscription_id, friendly_name, status FROM entitlements "
                     "WHERE customer_id = ?1 ORDER BY friendly_name, id");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId);
    QList<EntitlementInfo> azure;
    s = st->forEachRow([&](const Statement &row) {
        const EntitlementInfo e{row.text(0), row.text(2), row.text(3)};
        azure << e;
        const QString plan = row.text(1);
        for (SubscriptionInfo &sub : h.subscriptions) {
            if (sub.id.compare(plan, Qt::CaseInsensitive) == 0) {
                sub.entitlements << e;
                return;
            }
        }
        // An entitlement whose plan is not cached: shown on its own.
        h.subscriptions << SubscriptionInfo{plan, QString(), QString(), QString(), {e}};
    });
    if (!s)
        return s.error();

    SyncStateRepository sync(m_db);
    const auto fresh = [&](StreamFreshness::Kind kind, const QString &stream,
                           const QString &objectId) {
        const StreamState state = sync.get(stream);
        h.freshness << StreamFreshness{kind, objectId, state.exists ? state.lastSuccessMs : 0,
                                       state.exists ? state.lastError : QString()};
    };
    using K = StreamFreshness::Kind;
    fresh(K::Alerts, QStringLiteral("alerts"), QString());
    fresh(K::Profile, QStringLiteral("customer:") + h.id, QString());
    fresh(K::SignIns, QStringLiteral("signins:") + h.id, QString());
    fresh(K::Audits, QStringLiteral("audits:") + h.id, QString());
    for (const EntitlementInfo &e : azure)
        fresh(K::Spend, QStringLiteral("spend:") + e.id, e.id);
    // The tenant's sign-in log readability as the sync last probed it.
    const LogAvailability signIns =
        LogAvailabilityRepository(m_db).get(customerId, QStringLiteral("signins"));
    if (signIns.known)
        h.signInLogsLicensed = signIns.available;

    return h;
}

Result<QList<DayCount>> CustomerDrillDown::alertsPerDay(const QString &customerId, int fromDay,
                                                        int toDay)
{
    // alerts_customer(customer_id, detected_at) bounds the scan to the range.
    Statement *st = m_db.cached(
        "SELECT " DAY_OF("detected_at") " AS day, coalesce(severity, ''), count(*) FROM alerts "
                                        "WHERE customer_id = ?1 AND detected_at >= ?2 AND "
                                        "detected_at < ?3 AND is_test = 0 "
                                        "GROUP BY 1, 2 ORDER BY 1, 2");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId).bind(2, dayStartMs(fromDay)).bind(3, dayStartMs(addDays(toDay, 1)));
    QList<DayCount> out;
    if (Status s = st->forEachRow([&](const Statement &row) {
            out << DayCount{int(row.int64(0)), row.text(1), row.int64(2)};
        });
        !s)
        return s.error();
    return out;
}

Result<QList<DayCount>> CustomerDrillDown::failedSignInsPerDay(const QString &customerId,
                                                               int fromDay, int toDay)
{
    Statement *st = m_db.cached("SELECT day, error_code, count FROM signin_errors_daily "
                                "WHERE customer_id = ?1 AND day >= ?2 AND day <= ?3 "
                                "ORDER BY day, error_code");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId).bind(2, fromDay).bind(3, toDay);
    QList<DayCount> out;
    if (Status s = st->forEachRow([&](const Statement &row) {
            out << DayCount{int(row.int64(0)), QString::number(row.int64(1)), row.int64(2)};
        });
        !s)
        return s.error();
    return out;
}

Result<QList<RuleCount>> CustomerDrillDown::findingsPerRule(const QString &customerId, int fromDay,
                                                            int toDay)
{
    Statement *st = m_db.cached("SELECT rule_id, max(severity), count(*) FROM findings "
                                "WHERE customer_id = ?1 AND last_seen >= ?2 AND first_seen < ?3 "
                                "GROUP BY rule_id ORDER BY 3 DESC, 1");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId).bind(2, dayStartMs(fromDay)).bind(3, dayStartMs(addDays(toDay, 1)));
    QList<RuleCount> out;
    if (Status s = st->forEachRow([&](const Statement &row) {
            out << RuleCount{row.text(0), row.text(1), row.int64(2)};
        });
        !s)
        return s.error();
    return out;
}

Result<QList<TimelineEntry>> CustomerDrillDown::timeline(const QString &customerId, int fromDay,
                                                         int toDay, int limitPerKind)
{
    const qint64 from = dayStartMs(fromDay);
    const qint64 to = dayStartMs(addDays(toDay, 1));
    QList<TimelineEntry> out;
    using K = TimelineEntry::Kind;

    Statement *st =
        m_db.cached("SELECT id, detected_at, coalesce(severity, ''), coalesce(display_name, ''), "
                    "coalesce(status, '') FROM alerts WHERE customer_id = ?1 AND detected_at >= ?2 "
                    "AND detected_at < ?3 AND is_test = 0 ORDER BY detected_at DESC LIMIT ?4");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId).bind(2, from).bind(3, to).bind(4, limitPerKind);
    Status s = st->forEachRow([&](const Statement &row) {
        TimelineEntry e;
        e.kind = K::Alert;
        e.objectId = row.text(0);
        e.atMs = row.int64(1);
        e.series = row.text(2);
        e.title = row.text(3);
        e.detail = row.text(4);
        out << e;
    });
    if (!s)
        return s.error();

    // A finding is placed at its first event.
    st = m_db.cached("SELECT id, first_seen, rule_id, subject, state, evidence FROM findings "
                     "WHERE customer_id = ?1 AND first_seen >= ?2 AND first_seen < ?3 "
                     "ORDER BY first_seen DESC LIMIT ?4");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId).bind(2, from).bind(3, to).bind(4, limitPerKind);
    QList<QPair<qsizetype, QByteArray>> evidence; // per finding entry, for its user's name
    s = st->forEachRow([&](const Statement &row) {
        TimelineEntry e;
        e.kind = K::Finding;
        e.objectId = QString::number(row.int64(0));
        e.atMs = row.int64(1);
        e.series = row.text(2);
        e.title = row.text(3);
        e.detail = row.text(4);
        evidence << qMakePair(out.size(), row.textUtf8(5));
        out << e;
    });
    if (!s)
        return s.error();
    // A user id subject by its UPN when the finding's sign-ins carry it.
    SignInNames names(m_db);
    for (const auto &[at, json] : std::as_const(evidence)) {
        auto upn = names.upnFromEvidence(customerId, out[at].title, json);
        if (!upn)
            return upn.error();
        if (!upn->isEmpty())
            out[at].title = *upn;
    }

    // Actions: the activity trail names the customer in its detail (queued
    // from the GUI or the CLI, then the push's outcome).
    // The object by its name where the cache knows it (an alert, a plan, an
    // Azure subscription), else its id.
    st = m_db.cached("SELECT id, at, verb, coalesce("
                     "(SELECT nullif(display_name, '') FROM alerts WHERE alerts.id = object_id), "
                     "(SELECT coalesce(nullif(friendly_name, ''), offer_name) FROM subscriptions "
                     "WHERE subscriptions.id = object_id), "
                     "(SELECT nullif(friendly_name, '') FROM entitlements "
                     "WHERE entitlements.id = object_id), object_id, ''), "
                     "coalesce(json_extract(detail, '$.result'), ''), coalesce(object_id, '') "
                     "FROM activity "
                     "WHERE at >= ?2 AND at < ?3 AND json_valid(detail) "
                     "AND json_extract(detail, '$.customerId') = ?1 COLLATE NOCASE "
                     "ORDER BY at DESC LIMIT ?4");
    if (!st)
        return m_db.lastError();
    st->bind(1, customerId).bind(2, from).bind(3, to).bind(4, limitPerKind);
    s = st->forEachRow([&](const Statement &row) {
        TimelineEntry e;
        e.kind = K::Action;
        e.objectId = row.text(5);
        e.atMs = row.int64(1);
        e.series = row.text(2);
        e.title = row.text(3);
        e.detail = row.text(4);
        out << e;
    });
    if (!s)
        return s.error();

    for (TimelineEntry &e : out)
        e.day = rollupDayOf(e.atMs);
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.atMs > b.atMs;
    });
    return out;
}

} // namespace vigie::store
