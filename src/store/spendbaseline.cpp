#include "store/spendbaseline.h"

#include "store/customerdrilldown.h"
#include "store/database.h"
#include "store/logging.h"
#include "store/transaction.h"

#include <QDate>
#include <algorithm>

namespace vigie::store {

namespace {

constexpr int kVersion = 13;

bool validDay(int yyyymmdd)
{
    return QDate::isValid(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
}

// spend_baseline.flags
constexpr int kAnomaly = 1;
constexpr int kLearning = 2;
constexpr int kHasRow = 4; // a spend_daily row exists (else a gap day, cost 0)

Status firstAndLast(Database &db, const QString &subscriptionId, int &first, int &last)
{
    first = last = 0;
    Statement *st =
        db.cached("SELECT min(day), max(day) FROM spend_daily WHERE subscription_id = ?1");
    if (!st)
        return db.lastError();
    st->bind(1, subscriptionId);
    return st->forEachRow([&](const Statement &row) {
        if (!row.isNull(0)) {
            first = int(row.int64(0));
            last = int(row.int64(1));
        }
    });
}

} // namespace

Status SpendBaselineWriter::noteWrites(const QList<SpendDay> &days)
{
    for (const SpendDay &d : days) {
        if (!validDay(d.day))
            continue; // the detector has no point for it either
        const QString key = d.subscriptionId.toLower();
        auto it = m_pending.find(key);
        if (it == m_pending.end()) {
            Pending p;
            p.subscriptionId = d.subscriptionId;
            if (Status s = firstAndLast(m_db, d.subscriptionId, p.oldFirst, p.oldLast); !s)
                return s;
            p.minChanged = p.maxChanged = d.day;
            it = m_pending.insert(key, p);
        }
        it->minChanged = std::min(it->minChanged, d.day);
        it->maxChanged = std::max(it->maxChanged, d.day);
    }
    return {};
}

Status SpendBaselineWriter::update()
{
    const int window = SpendAnomalyOptions{}.windowDays;
    for (const Pending &p : std::as_const(m_pending)) {
        int first = 0, last = 0;
        if (Status s = firstAndLast(m_db, p.subscriptionId, first, last); !s)
            return s;
        if (last == 0)
            continue;
        int from = first, to = last;
        if (p.oldFirst != 0) {
            // The written days and the window after each of them.
            from = p.minChanged;
            to = addDays(p.maxChanged, window);
            // A series that now ends later gains the days after its old end.
            if (last > p.oldLast)
                from = std::min(from, addDays(p.oldLast, 1));
            // One that now starts earlier: the first window of the old start
            // sees the new days (and zeros between) where it saw none.
            if (first < p.oldFirst)
                to = std::max(to, addDays(p.oldFirst, window));
            to = std::min(to, last);
        }
        if (Status s = recompute(p.subscriptionId, from, to); !s)
            return s;
        if (Status s = refreshSubscription(p.subscriptionId); !s)
            return s;
    }
    m_pending.clear();
    return {};
}

Status SpendBaselineWriter::recompute(const QString &subscriptionId, int fromDay, int toDay)
{
    if (fromDay > toDay)
        return {};
    // The rows the points of [fromDay, toDay] read: their own and the window
    // before the first of them. A row before that window makes the window's
    // first day part of the series (a 0 there when it has no row), as in the
    // detector run over the whole history.
    const int windowStart = addDays(fromDay, -SpendAnomalyOptions{}.windowDays);
    Statement *st = m_db.cached("SELECT day, cost FROM spend_daily WHERE subscription_id = ?1 AND "
                                "day >= ?2 AND day <= ?3 ORDER BY day");
    Statement *earlier = m_db.cached(
        "SELECT EXISTS(SELECT 1 FROM spend_daily WHERE subscription_id = ?1 AND day < ?2)");
    if (!st || !earlier)
        return m_db.lastError();
    QList<QPair<int, double>> days;
    QList<int> rowDays;
    st->bind(1, subscriptionId).bind(2, windowStart).bind(3, toDay);
    if (Status s = st->forEachRow([&](const Statement &row) {
            const int day = int(row.int64(0));
            if (!validDay(day))
                return;
            days << qMakePair(day, row.real(1));
            rowDays << day;
        });
        !s)
        return s;
    bool hasEarlier = false;
    earlier->bind(1, subscriptionId).bind(2, windowStart);
    if (Status s = earlier->forEachRow([&](const Statement &row) { hasEarlier = row.int64(0); });
        !s)
        return s;
    if (hasEarlier && (days.isEmpty() || days.first().first != windowStart))
        days.prepend(qMakePair(windowStart, 0.0));
    if (days.isEmpty() || days.last().first < toDay)
        days << qMakePair(toDay, 0.0); // a gap day ends the range: cost 0
    const QList<SpendPoint> points = detectSpendAnomalies(days, fromDay);

    Statement *put = m_db.cached(
        "INSERT OR REPLACE INTO spend_baseline(subscription_id, day, cost, baseline, lower, upper, "
        "history_days, flags) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    if (!put)
        return m_db.lastError();
    auto row = std::lower_bound(rowDays.cbegin(), rowDays.cend(), fromDay);
    for (const SpendPoint &p : points) {
        if (p.day > toDay)
            break;
        while (row != rowDays.cend() && *row < p.day)
            ++row;
        const bool hasRow = row != rowDays.cend() && *row == p.day;
        const int flags =
            (p.anomaly ? kAnomaly : 0) | (p.learning ? kLearning : 0) | (hasRow ? kHasRow : 0);
        put->bind(1, subscriptionId).bind(2, p.day).bind(3, p.cost).bind(4, p.baseline);
        put->bind(5, p.lower).bind(6, p.upper).bind(7, p.historyDays).bind(8, flags);
        if (Status s = put->exec(); !s)
            return s;
    }
    return {};
}

Status SpendBaselineWriter::refreshSubscription(const QString &subscriptionId)
{
    // The series' customer and currency as the views showed them (its first
    // row's customer, its first stated currency), and its state on its last
    // day: what the Spend page lists and marks "learning".
    Statement *st = m_db.cached(
        "INSERT OR REPLACE INTO spend_subscriptions(subscription_id, customer_id, currency, "
        "first_day, last_day, learning, history_days) "
        "SELECT f.subscription_id, f.customer_id, (SELECT currency FROM spend_daily WHERE "
        "subscription_id = ?1 AND currency IS NOT NULL ORDER BY day LIMIT 1), f.day, b.day, "
        "(b.flags & 2) <> 0, b.history_days "
        "FROM (SELECT subscription_id, customer_id, day FROM spend_daily WHERE subscription_id = "
        "?1 "
        "ORDER BY day LIMIT 1) f, "
        "(SELECT day, flags, history_days FROM spend_baseline WHERE subscription_id = ?1 "
        "ORDER BY day DESC LIMIT 1) b");
    if (!st)
        return m_db.lastError();
    st->bind(1, subscriptionId);
    return st->exec();
}

Status SpendBaselineWriter::rebuild(const std::function<void(qint64, qint64)> &progress)
{
    if (Status s = m_db.exec("DELETE FROM spend_baseline; DELETE FROM spend_subscriptions"); !s)
        return s;
    // Every subscription's first and last day, then each one's whole range.
    QList<std::tuple<QString, int, int>> all;
    Statement *st = m_db.cached("SELECT subscription_id, min(day), max(day) FROM spend_daily "
                                "GROUP BY subscription_id");
    if (!st)
        return m_db.lastError();
    if (Status s = st->forEachRow([&](const Statement &row) {
            all.push_back({row.text(0), int(row.int64(1)), int(row.int64(2))});
        });
        !s)
        return s;
    qint64 done = 0;
    for (const auto &[id, first, last] : std::as_const(all)) {
        if (Status s = recompute(id, first, last); !s)
            return s;
        if (Status s = refreshSubscription(id); !s)
            return s;
        if (progress)
            progress(++done, all.size());
    }
    return {};
}

Status migrateSpendBaselines(Database &db, const MigrationProgress &progress)
{
    Transaction tx(db, Transaction::Kind::Immediate);
    const Result<bool> done = migrationFinishedElsewhere(tx, db, kVersion);
    if (!done)
        return done.error();
    if (*done)
        return {};
    for (const Migration &m : migrations()) {
        if (m.version == kVersion) {
            if (Status s = db.exec(m.sql); !s)
                return s;
        }
    }
    if (Status s = SpendBaselineWriter(db).rebuild([&](qint64 n, qint64 total) {
            if (progress)
                progress(kVersion, n, total);
        });
        !s)
        return s;
    if (Status s = db.exec("PRAGMA user_version=" + QByteArray::number(kVersion)); !s)
        return s;
    return tx.commit();
}

} // namespace vigie::store
