// What keeping the spend points at ingest (schema 13, store/spendbaseline.h)
// costs the writers of spend_daily. Two workloads, each written the way the
// sync writes spend (one upsert per subscription and query), into a cache on
// disk, in the same run:
//   - a first sync: every subscription's `days` days;
//   - a daily refresh: every subscription's last 5 days again (cost settles
//     late) plus the new day.
// Each is timed through SpendRepository::upsert (rows + points) and, as the
// baseline, through the bare spend_daily upsert of schema 12 (rows only).
//   bench_spendingest [subscriptions] [days]   (defaults 400 and 90)
#include "core/types.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/spendrepository.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdio>

using namespace vigie;

namespace {

int ymd(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

struct Sub
{
    QString id;
    QString customer;
    double level;
};

QList<SpendDay> daysOf(const Sub &s, const QDate &from, int count, QRandomGenerator &rnd)
{
    QList<SpendDay> out;
    for (int i = 0; i < count; ++i) {
        const QDate d = from.addDays(i);
        const double cost = s.level * (d.dayOfWeek() >= 6 ? 0.6 : 1.0) * (0.9 + rnd.bounded(0.2)) *
                            (rnd.bounded(60) == 0 ? 5.0 : 1.0);
        out << SpendDay{s.id, s.customer, ymd(d), cost, QStringLiteral("EUR")};
    }
    return out;
}

// The schema-12 writer: the row upsert alone, one transaction per call.
void bareUpsert(store::Database &db, const QList<SpendDay> &days)
{
    store::Transaction tx(db, store::Transaction::Kind::Immediate);
    for (const SpendDay &d : days) {
        store::Statement *st = db.cached(
            "INSERT INTO spend_daily(subscription_id, customer_id, day, cost, currency, synced_at) "
            "VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(subscription_id, day) DO UPDATE SET "
            "customer_id=excluded.customer_id, cost=excluded.cost, currency=excluded.currency, "
            "synced_at=excluded.synced_at");
        st->bind(1, d.subscriptionId).bind(2, d.customerId).bind(3, d.day).bind(4, d.cost);
        st->bind(5, d.currency).bind(6, qint64(1));
        (void)st->exec();
    }
    (void)tx.commit();
}

double run(const QString &path, bool withPoints, const QList<QList<SpendDay>> &calls)
{
    auto db = store::openCache(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    QElapsedTimer t;
    t.start();
    for (const QList<SpendDay> &days : calls) {
        if (withPoints) {
            if (!store::SpendRepository(**db).upsert(days, 1)) {
                std::fprintf(stderr, "upsert failed\n");
                std::exit(1);
            }
        } else {
            bareUpsert(**db, days);
        }
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int subscriptions = argc > 1 ? std::max(1, atoi(argv[1])) : 400;
    const int days = argc > 2 ? std::max(10, atoi(argv[2])) : 90;
    QRandomGenerator rnd(22);
    QList<Sub> subs;
    for (int i = 0; i < subscriptions; ++i)
        subs << Sub{QUuid::createUuid().toString(QUuid::WithoutBraces),
                    QUuid::createUuid().toString(QUuid::WithoutBraces), 5.0 + rnd.bounded(800.0)};
    const QDate first(2026, 9, 1);
    QList<QList<SpendDay>> initial, refresh;
    for (const Sub &s : subs) {
        initial << daysOf(s, first, days, rnd);
        refresh << daysOf(s, first.addDays(days - 5), 6, rnd);
    }
    qint64 initialRows = 0, refreshRows = 0;
    for (const auto &c : initial)
        initialRows += c.size();
    for (const auto &c : refresh)
        refreshRows += c.size();

    std::printf("%d subscriptions, %d days each; one upsert per subscription, cache on disk\n",
                subscriptions, days);
    std::printf("%-44s %10s %10s %12s\n", "workload", "ms", "rows", "µs/row");
    for (int round = 0; round < 3; ++round) {
        for (bool withPoints : {false, true}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("spend.sqlite"));
            const double a = run(path, withPoints, initial);
            const double b = run(path, withPoints, refresh);
            const char *what = withPoints ? "rows + points (schema 13)" : "rows only (schema 12)";
            std::printf("%-44s %10.1f %10lld %12.2f\n",
                        qPrintable(QStringLiteral("first sync, %1").arg(QLatin1String(what))), a,
                        initialRows, a * 1000.0 / double(initialRows));
            std::printf("%-44s %10.1f %10lld %12.2f\n",
                        qPrintable(QStringLiteral("daily refresh, %1").arg(QLatin1String(what))), b,
                        refreshRows, b * 1000.0 / double(refreshRows));
        }
    }
    return 0;
}
