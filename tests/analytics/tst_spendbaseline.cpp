// The spend points kept at ingest (schema 13, store/spendbaseline.h) against
// the detector run over the same rows: after random writes in random order
// (late corrections of old days included), after the migration of a frozen
// schema-12 cache, through the Spend views, and in `vigie export spend`.
#include "analytics/spendview.h"
#include "core/spendanomaly.h"
#include "core/timeutil.h"
#include "export/exporter.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/spendrepository.h"
#include "store/statement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <random>

using namespace vigie;

namespace {

struct Stored
{
    SpendPoint point;
    bool hasRow = false;
};

// spend_baseline of one subscription, read with plain SQL (the test does not
// go through the read model it checks).
QList<Stored> storedRows(store::Database &db, const QString &subscriptionId)
{
    QList<Stored> out;
    auto st = db.prepare("SELECT day, cost, baseline, lower, upper, history_days, flags FROM "
                         "spend_baseline WHERE subscription_id = ?1 ORDER BY day");
    if (!st)
        return out;
    (*st)->bind(1, subscriptionId);
    (void)(*st)->forEachRow([&](const store::Statement &row) {
        Stored s;
        s.point.day = int(row.int64(0));
        s.point.cost = row.real(1);
        s.point.baseline = row.real(2);
        s.point.lower = row.real(3);
        s.point.upper = row.real(4);
        s.point.historyDays = int(row.int64(5));
        s.point.anomaly = row.int64(6) & 1;
        s.point.learning = row.int64(6) & 2;
        s.hasRow = row.int64(6) & 4;
        out << s;
    });
    return out;
}

// spend_daily of one subscription: the detector's input.
QList<QPair<int, double>> spendRows(store::Database &db, const QString &subscriptionId)
{
    QList<QPair<int, double>> out;
    auto st =
        db.prepare("SELECT day, cost FROM spend_daily WHERE subscription_id = ?1 ORDER BY day");
    if (!st)
        return out;
    (*st)->bind(1, subscriptionId);
    (void)(*st)->forEachRow(
        [&](const store::Statement &row) { out << qMakePair(int(row.int64(0)), row.real(1)); });
    return out;
}

// Every stored point of every subscription equals the detector over its rows;
// the subscription's state is its last point's.
void checkEqualsDetector(store::Database &db, const QStringList &subscriptions)
{
    for (const QString &sub : subscriptions) {
        const QList<QPair<int, double>> rows = spendRows(db, sub);
        const QList<SpendPoint> want = detectSpendAnomalies(rows);
        const QList<Stored> got = storedRows(db, sub);
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const SpendPoint &w = want.at(i), &g = got.at(i).point;
            const QByteArray where = sub.toUtf8() + " day " + QByteArray::number(w.day);
            QVERIFY2(g.day == w.day, where.constData());
            QVERIFY2(g.cost == w.cost, where.constData());
            QVERIFY2(g.baseline == w.baseline, where.constData());
            QVERIFY2(g.lower == w.lower, where.constData());
            QVERIFY2(g.upper == w.upper, where.constData());
            QVERIFY2(g.learning == w.learning, where.constData());
            QVERIFY2(g.anomaly == w.anomaly, where.constData());
            QVERIFY2(g.historyDays == w.historyDays, where.constData());
            const bool hasRow =
                std::binary_search(rows.cbegin(), rows.cend(), qMakePair(w.day, 0.0),
                                   [](const QPair<int, double> &a, const QPair<int, double> &b) {
                                       return a.first < b.first;
                                   });
            QVERIFY2(got.at(i).hasRow == hasRow, where.constData());
        }
        if (want.isEmpty())
            continue;
        auto st = db.prepare("SELECT first_day, last_day, learning, history_days FROM "
                             "spend_subscriptions WHERE subscription_id = ?1");
        QVERIFY(st);
        (*st)->bind(1, sub);
        int found = 0;
        QVERIFY((*st)->forEachRow([&](const store::Statement &row) {
            ++found;
            QCOMPARE(int(row.int64(0)), want.first().day);
            QCOMPARE(int(row.int64(1)), want.last().day);
            QCOMPARE(row.int64(2) != 0, want.last().learning);
            QCOMPARE(int(row.int64(3)), want.last().historyDays);
        }));
        QCOMPARE(found, 1);
    }
}

// Two overviews agree point for point, state for state, anomaly for anomaly.
void checkSameOverview(const analytics::SpendOverview &got, const analytics::SpendOverview &want)
{
    QCOMPARE(got.subscriptions.size(), want.subscriptions.size());
    for (qsizetype i = 0; i < want.subscriptions.size(); ++i) {
        const analytics::SubscriptionSpend &g = got.subscriptions.at(i);
        const analytics::SubscriptionSpend &w = want.subscriptions.at(i);
        QCOMPARE(g.azureSubscriptionId.toLower(), w.azureSubscriptionId.toLower());
        QCOMPARE(g.customerId.toLower(), w.customerId.toLower());
        QCOMPARE(g.currency, w.currency);
        QCOMPARE(g.learning, w.learning);
        QCOMPARE(g.daysWithCost, w.daysWithCost);
        // A past range that ends in an idle stretch: the stored series goes on
        // with its zero days up to the range's end, where the detector over
        // the rows up to then stops at the last row.
        QVERIFY(g.points.size() >= w.points.size());
        for (qsizetype j = w.points.size(); j < g.points.size(); ++j)
            QVERIFY(g.points.at(j).cost == 0 && !g.points.at(j).anomaly);
        for (qsizetype j = 0; j < w.points.size(); ++j) {
            QCOMPARE(g.points.at(j).day, w.points.at(j).day);
            QCOMPARE(g.points.at(j).cost, w.points.at(j).cost);
            QCOMPARE(g.points.at(j).baseline, w.points.at(j).baseline);
            QCOMPARE(g.points.at(j).upper, w.points.at(j).upper);
            QCOMPARE(g.points.at(j).anomaly, w.points.at(j).anomaly);
            QCOMPARE(g.points.at(j).learning, w.points.at(j).learning);
        }
    }
    QCOMPARE(got.anomalies.size(), want.anomalies.size());
    for (qsizetype i = 0; i < want.anomalies.size(); ++i) {
        QCOMPARE(got.anomalies.at(i).azureSubscriptionId.toLower(),
                 want.anomalies.at(i).azureSubscriptionId.toLower());
        QCOMPARE(got.anomalies.at(i).point.day, want.anomalies.at(i).point.day);
        QCOMPARE(got.anomalies.at(i).point.excess(), want.anomalies.at(i).point.excess());
    }
}

QString guid(QRandomGenerator &rnd)
{
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(rnd.generate(), 8, 16, QLatin1Char('0'))
        .arg(rnd.bounded(0x10000), 4, 16, QLatin1Char('0'))
        .arg(rnd.bounded(0x1000), 3, 16, QLatin1Char('0'))
        .arg(rnd.bounded(0x1000), 3, 16, QLatin1Char('0'))
        .arg(rnd.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

// A subscription's days: a weekly pattern, spikes, idle stretches, zeros.
QList<SpendDay> randomSeries(QRandomGenerator &rnd, const QString &sub, const QString &customer,
                             const QDate &start, int days)
{
    QList<SpendDay> out;
    const double level = 5.0 + rnd.bounded(500.0);
    const int idleFrom = rnd.bounded(days), idleDays = rnd.bounded(3) == 0 ? rnd.bounded(40) : 0;
    for (int i = 0; i < days; ++i) {
        if (i >= idleFrom && i < idleFrom + idleDays)
            continue;
        if (rnd.bounded(10) == 0)
            continue; // a missing day
        const QDate d = start.addDays(i);
        double cost = level * (d.dayOfWeek() >= 6 ? 0.5 : 1.0) * (0.85 + rnd.bounded(0.3));
        if (rnd.bounded(25) == 0)
            cost *= 3.0 + rnd.bounded(5.0); // a spike
        if (rnd.bounded(20) == 0)
            cost = 0.0;
        out << SpendDay{sub, customer, toDayNumber(d), std::round(cost * 100) / 100,
                        QStringLiteral("EUR")};
    }
    return out;
}

} // namespace

class TestSpendBaseline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Random writes in random order and batches (a sync re-reads the last
    // days; an import or a late page brings old ones; a correction replaces
    // an old day's cost): the stored points always equal the detector's.
    void storedPointsEqualTheDetectorAfterRandomWrites()
    {
        for (quint32 seed = 1; seed <= 25; ++seed) {
            QRandomGenerator rnd(seed);
            auto db = store::openCache(QStringLiteral(":memory:"));
            QVERIFY(db);
            QStringList subs;
            QList<SpendDay> all;
            const QDate start(2026, 6, 1);
            const int nSubs = 1 + rnd.bounded(4);
            for (int s = 0; s < nSubs; ++s) {
                subs << guid(rnd);
                all += randomSeries(rnd, subs.last(), guid(rnd), start.addDays(rnd.bounded(30)),
                                    20 + rnd.bounded(110));
            }
            // Wholly shuffled, mostly in time order with late days, or newest
            // first (pages of a backfill: every batch older than the stored days).
            switch (seed % 3) {
            case 0:
                std::shuffle(all.begin(), all.end(), std::mt19937(seed));
                break;
            case 1:
                std::sort(all.begin(), all.end(),
                          [](const SpendDay &a, const SpendDay &b) { return a.day < b.day; });
                for (int k = 0; k < all.size() / 10; ++k)
                    std::swap(all[rnd.bounded(int(all.size()))], all[rnd.bounded(int(all.size()))]);
                break;
            default:
                std::sort(all.begin(), all.end(),
                          [](const SpendDay &a, const SpendDay &b) { return a.day > b.day; });
            }
            qsizetype at = 0;
            int batches = 0;
            while (at < all.size()) {
                const qsizetype n = std::min<qsizetype>(1 + rnd.bounded(12), all.size() - at);
                QList<SpendDay> batch = all.mid(at, n);
                at += n;
                // A late correction of a day already written, sometimes under
                // the subscription id in another case.
                if (at > n && rnd.bounded(3) == 0) {
                    SpendDay fix = all.at(rnd.bounded(int(at - n)));
                    fix.cost = std::round(fix.cost * (0.2 + rnd.bounded(6.0)) * 100) / 100;
                    if (rnd.bounded(2) == 0)
                        fix.subscriptionId = fix.subscriptionId.toUpper();
                    batch.insert(rnd.bounded(int(batch.size() + 1)), fix);
                }
                QVERIFY(store::SpendRepository(**db).upsert(batch, 1).ok());
                ++batches;
                checkEqualsDetector(**db, subs); // after every write: a later one may mend it
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("seed %1, batch %2").arg(seed).arg(batches)));
            }
            checkEqualsDetector(**db, subs);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("seed %1, end").arg(seed)));

            // The views read the stored points and agree with the detector's
            // answer over the same rows, for recent and past ranges.
            const int last = toDayNumber(start.addDays(160));
            for (const auto &[from, to] :
                 {std::pair{toDayNumber(start.addDays(131)), last},
                  std::pair{toDayNumber(start.addDays(71)), last},
                  std::pair{toDayNumber(start.addDays(40)), toDayNumber(start.addDays(69))},
                  std::pair{toDayNumber(start.addDays(-10)), toDayNumber(start.addDays(20))}}) {
                auto stored = analytics::loadSpendOverview(**db, from, to);
                auto computed = analytics::computeSpendOverview(**db, from, to);
                QVERIFY(stored && computed);
                checkSameOverview(*stored, *computed);
                // The Spend page: the same list and anomalies, one chart's points.
                auto page = analytics::loadSpendPage(**db, from, to);
                QVERIFY(page);
                QCOMPARE(page->anomalies.size(), computed->anomalies.size());
                int withPoints = 0;
                for (qsizetype i = 0; i < page->subscriptions.size(); ++i) {
                    const auto &p = page->subscriptions.at(i);
                    QCOMPARE(p.learning, computed->subscriptions.at(i).learning);
                    QCOMPARE(p.daysWithCost, computed->subscriptions.at(i).daysWithCost);
                    if (!p.hasPoints)
                        continue;
                    ++withPoints;
                    QVERIFY(p.points.size() >= computed->subscriptions.at(i).points.size());
                    if (!computed->anomalies.isEmpty())
                        QCOMPARE(p.azureSubscriptionId,
                                 computed->anomalies.first().azureSubscriptionId);
                }
                QCOMPARE(withPoints, page->subscriptions.isEmpty() ? 0 : 1);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(
                        QStringLiteral("seed %1, range %2-%3").arg(seed).arg(from).arg(to)));
            }
        }
    }

    // A cache written before schema 13 (frozen text, tests/store/fixtures/
    // v12.sql) gets every point of its spend at the upgrade.
    void migratesAFrozenSchema12Cache()
    {
        QFile sql(QStringLiteral(VIGIE_TEST_DATA "/../store/fixtures/v12.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto raw = store::Database::open(path);
            QVERIFY(raw);
            QVERIFY((*raw)->exec(sql.readAll()));
            QCOMPARE(*(*raw)->queryInt("PRAGMA user_version"), qint64(12));
        }
        QList<int> progress;
        auto db = store::Database::open(path);
        QVERIFY(db);
        QVERIFY(store::migrate(**db, [&](int version, qint64 done, qint64) {
            if (version == 13)
                progress << int(done);
        }));
        QCOMPARE(*(*db)->queryInt("PRAGMA user_version"), qint64(store::latestSchemaVersion()));
        QCOMPARE(progress, (QList<int>{1, 2, 3, 4}));
        QStringList subs;
        auto st = (*db)->prepare("SELECT DISTINCT subscription_id FROM spend_daily");
        QVERIFY(st);
        QVERIFY((*st)->forEachRow([&](const store::Statement &row) { subs << row.text(0); }));
        QCOMPARE(subs.size(), 4);
        checkEqualsDetector(**db, subs);
        // The fixture's story: two spike days found, a young subscription learning.
        // (the Lab's return on a weekday it mostly missed may be flagged too:
        // the detector decides, checked above.)
        for (const auto &[sub, day] :
             {std::pair{"6f1c2a0e-5b8d-4e3a-9c7f-0d2e4b6a8c10", 20261019},
              std::pair{"6f1c2a0e-5b8d-4e3a-9c7f-0d2e4b6a8c10", 20261020},
              std::pair{"c0ffee00-1234-4abc-8def-0123456789ab", 20261031}}) {
            auto flags = (*db)->prepare(
                "SELECT flags FROM spend_baseline WHERE subscription_id = ?1 AND day = ?2");
            QVERIFY(flags);
            (*flags)->bind(1, QString::fromLatin1(sub)).bind(2, day);
            qint64 f = 0;
            QVERIFY((*flags)->forEachRow([&](const store::Statement &row) { f = row.int64(0); }));
            QVERIFY2(f & 1, sub);
        }
        QCOMPARE(*(*db)->queryInt("SELECT count(*) FROM spend_subscriptions WHERE learning"),
                 qint64(1));
        // Written after the upgrade, a day goes on being kept.
        QVERIFY(store::SpendRepository(**db)
                    .upsert({SpendDay{subs.first(), QStringLiteral("c"), 20261115, 9999.0,
                                      QStringLiteral("EUR")}},
                            2)
                    .ok());
        checkEqualsDetector(**db, subs);
    }

    // `vigie export spend` carries the baseline, the band and the flags the
    // Spend page shows (the stored points).
    void exportAgreesWithTheStoredPoints()
    {
        QTemporaryDir dir;
        auto db = store::openCache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db);
        QRandomGenerator rnd(7);
        QStringList subs;
        QList<SpendDay> all;
        for (int s = 0; s < 3; ++s) {
            subs << guid(rnd);
            all += randomSeries(rnd, subs.last(), guid(rnd), QDate(2026, 8, 1), 90);
        }
        std::shuffle(all.begin(), all.end(), std::mt19937(7));
        for (qsizetype at = 0; at < all.size(); at += 10)
            QVERIFY(store::SpendRepository(**db).upsert(all.mid(at, 10), 1).ok());

        exporting::ExportOptions options;
        options.dataset = exporting::Dataset::Spend;
        options.format = exporting::Format::Json;
        options.path = dir.filePath(QStringLiteral("spend.json"));
        auto r = exporting::exportData(**db, options);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(rows.size() > 200);

        int anomalies = 0, compared = 0;
        for (const QString &sub : subs) {
            QHash<int, Stored> stored;
            for (const Stored &s : storedRows(**db, sub))
                stored.insert(s.point.day, s);
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                if (o.value(u"subscriptionId").toString().compare(sub, Qt::CaseInsensitive) != 0)
                    continue;
                const int day =
                    toDayNumber(QDate::fromString(o.value(u"date").toString(), Qt::ISODate));
                QVERIFY2(stored.contains(day), qPrintable(o.value(u"date").toString()));
                const SpendPoint &p = stored.value(day).point;
                QCOMPARE(o.value(u"cost").toDouble(), p.cost);
                QCOMPARE(o.value(u"baseline").toDouble(), p.baseline);
                QCOMPARE(o.value(u"bandLow").toDouble(), p.lower);
                QCOMPARE(o.value(u"bandHigh").toDouble(), p.upper);
                QCOMPARE(o.value(u"learning").toBool(), p.learning);
                QCOMPARE(o.value(u"anomaly").toBool(), p.anomaly);
                anomalies += p.anomaly ? 1 : 0;
                ++compared;
            }
            QCOMPARE(compared > 0, true);
        }
        QCOMPARE(qsizetype(compared), rows.size());
        QVERIFY(anomalies > 0); // the series carry spikes: the flag is exercised
    }
};

QTEST_GUILESS_MAIN(TestSpendBaseline)
#include "tst_spendbaseline.moc"
