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
#include <cmath>

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

    void gapsCountAsZero()
    {
        const QList<SpendPoint> p =
            detectSpendAnomalies({qMakePair(20260901, 10.0), qMakePair(20260905, 12.0)});
        QCOMPARE(p.size(), 5);
        QCOMPARE(p[2].day, 20260903);
        QCOMPARE(p[2].cost, 0.0);
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
