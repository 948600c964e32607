// The spend anomaly detector: quiet on steady and weekly-seasonal spend,
// finds spikes with their excess and percent, learns before it flags, and
// finds every spend spike the simulator injects (precision and recall
// printed).

#include "analytics/spendanomaly.h"
#include "sim/world.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <vector>

using namespace vigie;
using analytics::detectSpendAnomalies;
using analytics::SpendPoint;

namespace {

int dayNumber(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

// 60 days from 2026-09-01 of a base cost with weekend dip and ±8 % noise.
QList<QPair<int, double>> series(double base, quint32 seed, double weekend = 0.72)
{
    QList<QPair<int, double>> out;
    quint32 x = seed;
    const QDate start(2026, 9, 1);
    for (int i = 0; i < 60; ++i) {
        x = x * 1664525u + 1013904223u;
        const double noise = 1.0 + (double(x >> 8) / double(1u << 24) - 0.5) * 0.16;
        const QDate d = start.addDays(i);
        out << qMakePair(dayNumber(d), base * (d.dayOfWeek() >= 6 ? weekend : 1.0) * noise);
    }
    return out;
}

int flagged(const QList<SpendPoint> &points)
{
    int n = 0;
    for (const SpendPoint &p : points)
        n += p.anomaly ? 1 : 0;
    return n;
}

// The method as the header states it, computed the slow way for one day:
// sort the window, take its middle; sort the deviations, take theirs.
double directMedian(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

SpendPoint directPoint(const std::vector<double> &cost, qint64 i, int day)
{
    const analytics::SpendAnomalyOptions o;
    SpendPoint p;
    p.day = day;
    p.cost = cost[size_t(i)];
    const qint64 from = std::max<qint64>(0, i - o.windowDays);
    const std::vector<double> window(cost.begin() + from, cost.begin() + i);
    if (std::count_if(window.begin(), window.end(), [](double v) { return v > 0; }) <
        o.minHistoryDays)
        return p;
    const double level = directMedian(window);
    std::vector<double> weekday, deviations;
    for (qint64 j = i - 7; j >= from; j -= 7)
        weekday.push_back(cost[size_t(j)]);
    for (double v : window)
        deviations.push_back(std::abs(v - level));
    const double factor =
        level > 0 && !weekday.empty() ? std::clamp(directMedian(weekday) / level, 0.25, 4.0) : 1.0;
    p.baseline = level * factor;
    const double half = std::max({o.k * 1.4826 * directMedian(deviations),
                                  o.minRelativeBand * p.baseline, o.minAbsoluteBand});
    p.lower = std::max(0.0, p.baseline - half);
    p.upper = p.baseline + half;
    p.learning = false;
    p.anomaly =
        p.cost > p.upper && p.cost >= o.minRatio * p.baseline && p.cost - p.baseline >= o.minExcess;
    return p;
}

} // namespace

class TestSpendAnomaly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steadyAndSeasonalSpendIsQuiet_data()
    {
        QTest::addColumn<double>("base");
        QTest::addColumn<double>("weekend");
        QTest::newRow("flat 40 €") << 40.0 << 1.0;
        QTest::newRow("weekends at 72 %") << 120.0 << 0.72;
        QTest::newRow("weekends at 30 %") << 300.0 << 0.3;
        QTest::newRow("cents") << 0.4 << 0.72;
    }
    void steadyAndSeasonalSpendIsQuiet()
    {
        QFETCH(double, base);
        QFETCH(double, weekend);
        for (quint32 seed = 1; seed <= 20; ++seed)
            QCOMPARE(flagged(detectSpendAnomalies(series(base, seed, weekend))), 0);
    }

    void spikeIsFoundWithItsExcess()
    {
        auto s = series(50.0, 7);
        s[40].second = 50.0 * 6; // a Tuesday-ish day at six times its cost
        const QList<SpendPoint> p = detectSpendAnomalies(s);
        QCOMPARE(p.size(), 60);
        QVERIFY(p[40].anomaly);
        QCOMPARE(flagged(p), 1);
        QVERIFY(p[40].excess() > 200.0);
        QVERIFY(p[40].percentAbove() > 300.0);
        QVERIFY(p[40].lower <= p[40].baseline && p[40].baseline <= p[40].upper);
        // The spike does not move the next days' baseline.
        QVERIFY(std::abs(p[47].baseline - p[33].baseline) < 0.3 * p[33].baseline);
    }

    void learnsBeforeFlagging()
    {
        auto s = series(50.0, 3);
        s[5].second = 5000.0;
        const QList<SpendPoint> p = detectSpendAnomalies(s);
        for (int i = 0; i < 14; ++i)
            QVERIFY(p[i].learning && !p[i].anomaly);
        QVERIFY(!p[14].learning);
    }

    // The sliding sorted window gives exactly the points of the direct
    // method: random series with idle stretches, repeated values, gaps and
    // spikes, computed whole and from a later day.
    void slidingWindowEqualsTheDirectMethod()
    {
        quint32 x = 12345;
        const auto rnd = [&x] {
            x = x * 1664525u + 1013904223u;
            return x >> 8;
        };
        const QDate start(2026, 1, 1);
        for (int round = 0; round < 200; ++round) {
            const int length = 20 + int(rnd() % 150);
            QList<QPair<int, double>> days;
            std::vector<double> cost(size_t(length), 0.0);
            for (int i = 0; i < length; ++i) {
                const quint32 r = rnd() % 100;
                double c = r < 15 ? 0.0 : r < 30 ? 40.0 : 20.0 + double(rnd() % 4000) / 100.0;
                if (r == 99)
                    c *= 8; // a spike
                if (r < 8 && i > 0 && i < length - 1)
                    continue; // no row that day: a gap, read as 0
                cost[size_t(i)] = c;
                days << qMakePair(dayNumber(start.addDays(i)), c);
            }
            const QList<SpendPoint> whole = detectSpendAnomalies(days);
            QCOMPARE(whole.size(), length);
            const int from = int(rnd() % quint32(length));
            const QList<SpendPoint> tail =
                detectSpendAnomalies(days, dayNumber(start.addDays(from)));
            QCOMPARE(tail.size(), length - from);
            for (int i = 0; i < length; ++i) {
                const SpendPoint want = directPoint(cost, i, dayNumber(start.addDays(i)));
                for (const SpendPoint *got : {&whole[i], i >= from ? &tail[i - from] : nullptr}) {
                    if (!got)
                        continue;
                    QCOMPARE(got->day, want.day);
                    QCOMPARE(got->learning, want.learning);
                    QCOMPARE(got->anomaly, want.anomaly);
                    QCOMPARE(got->baseline, want.baseline);
                    QCOMPARE(got->lower, want.lower);
                    QCOMPARE(got->upper, want.upper);
                }
            }
        }
    }

    void gapsCountAsZero()
    {
        const QList<SpendPoint> p =
            detectSpendAnomalies({qMakePair(20260901, 10.0), qMakePair(20260905, 12.0)});
        QCOMPARE(p.size(), 5);
        QCOMPARE(p[2].day, 20260903);
        QCOMPARE(p[2].cost, 0.0);
        // Across a year end and a leap day, in the order the calendar has them.
        const QList<SpendPoint> q =
            detectSpendAnomalies({qMakePair(20280302, 1.0), qMakePair(20271230, 2.0)});
        const QDate from(2027, 12, 30);
        QCOMPARE(q.size(), int(from.daysTo(QDate(2028, 3, 2))) + 1);
        for (int i = 0; i < q.size(); ++i)
            QCOMPARE(q[i].day, dayNumber(from.addDays(i)));
        QCOMPARE(q.first().cost, 2.0);
        QCOMPARE(q.last().cost, 1.0);
        // A day that is not a date is left out; an invalid end gives nothing.
        QCOMPARE(detectSpendAnomalies(
                     {qMakePair(20260901, 1.0), qMakePair(20260931, 5.0), qMakePair(20261001, 1.0)})
                     .size(),
                 31);
        QVERIFY(detectSpendAnomalies({qMakePair(20261340, 1.0)}).isEmpty());
    }

    // Every spike the simulator injects is found; a steady subscription is
    // never flagged.
    void findsTheSimulatorsSpikes()
    {
        sim::WorldConfig wc;
        wc.seed = 17;
        wc.customers = 120;
        wc.signInsPerTenant = 10;
        const sim::World world(wc);
        QHash<QString, QSet<int>> injected;
        for (const QJsonValue &v : world.manifest().value(u"spendAnomalies").toArray()) {
            const QJsonObject o = v.toObject();
            for (const QJsonValue &d : o.value(u"days").toArray())
                injected[o.value(u"subscriptionId").toString().toLower()].insert(d.toInt());
        }
        QVERIFY(!injected.isEmpty());
        const QDate day0 = world.alertStart().date();
        int truePositives = 0, falsePositives = 0, missed = 0, learningMissed = 0;
        int steadyFlagged = 0;
        for (const auto &e : world.allEntitlements()) {
            const QVector<double> *spend = world.spend(e.id);
            if (!spend)
                continue;
            QList<QPair<int, double>> days;
            for (int d = 0; d < spend->size(); ++d)
                if (!std::isnan(spend->at(d)))
                    days << qMakePair(dayNumber(day0.addDays(d)), spend->at(d));
            const QList<SpendPoint> points = detectSpendAnomalies(days);
            const QSet<int> truth = injected.value(e.id.toLower());
            for (const SpendPoint &p : points) {
                const bool spike = truth.contains(p.day);
                if (p.anomaly && spike)
                    ++truePositives;
                else if (p.anomaly)
                    ++falsePositives;
                else if (spike && p.learning)
                    ++learningMissed;
                else if (spike)
                    ++missed;
                if (p.anomaly && truth.isEmpty())
                    ++steadyFlagged;
            }
        }
        const double recall = double(truePositives) / std::max(1, truePositives + missed);
        const double precision =
            double(truePositives) / std::max(1, truePositives + falsePositives);
        qInfo("spend anomalies on %lld injected subscriptions: recall %.3f, precision %.3f "
              "(%d found, %d missed, %d false, %d inside the learning period)",
              qint64(injected.size()), recall, precision, truePositives, missed, falsePositives,
              learningMissed);
        QCOMPARE(missed, 0);
        QCOMPARE(steadyFlagged, 0);
        QVERIFY(precision >= 0.9);
    }
};

QTEST_GUILESS_MAIN(TestSpendAnomaly)
#include "tst_spendanomaly.moc"
