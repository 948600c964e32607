// Spend at risk on a constructed cache: only the anomalous days of the last
// 30, only subscriptions with active (non-test) alerts, per currency.
#include "analytics/overviewkpis.h"
#include "core/timeutil.h"
#include "core/types.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/spendrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace vigie;

namespace {

const QDate kToday(2026, 11, 30);

int ymd(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

// `days` days ending today at `level`, with `spikes` (days ago → cost).
QList<SpendDay> steady(const QString &sub, double level, const QMap<int, double> &spikes,
                       const QString &currency = QStringLiteral("EUR"))
{
    QList<SpendDay> out;
    for (int ago = 90; ago >= 0; --ago)
        out << SpendDay{sub, QStringLiteral("cust"), ymd(kToday.addDays(-ago)),
                        spikes.value(ago, level), currency};
    return out;
}

Alert alert(const QString &id, const QString &sub, const QString &status, bool test = false)
{
    Alert a;
    a.id = id;
    a.alertType = QStringLiteral("CryptoMining");
    a.status = AlertStatus::parse(status);
    a.severity = AlertSeverity::parse(QStringLiteral("high"));
    a.customerTenantId = QStringLiteral("cust");
    a.subscriptionId = sub;
    a.detectedDateTime = QDateTime(kToday, QTime(8, 0), Qt::UTC);
    a.isTest = test;
    a.raw = QJsonObject{{QStringLiteral("id"), id}};
    return a;
}

} // namespace

class TestOverviewKpis : public QObject
{
    Q_OBJECT
private slots:
    void spendAtRiskCountsAnomaliesOfSubscriptionsWithActiveAlerts()
    {
        QTemporaryDir dir;
        auto db = store::openCache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db.ok());
        QList<SpendDay> spend;
        spend += steady(QStringLiteral("S1"), 100, {{3, 500}, {10, 700}}); // 400 + 600 above
        spend += steady(QStringLiteral("S2"), 100, {{2, 900}});            // alert resolved
        spend += steady(QStringLiteral("S3"), 100, {{45, 900}});           // spike too old
        spend += steady(QStringLiteral("S4"), 50, {{1, 300}}, QStringLiteral("USD")); // 250 above
        spend += steady(QStringLiteral("S5"), 100, {{1, 900}}); // only a test alert
        QVERIFY(store::SpendRepository(**db).upsert(spend, 1).ok());
        QVERIFY(
            store::AlertRepository(**db)
                .upsert(
                    {alert(QStringLiteral("a1"), QStringLiteral("S1"), QStringLiteral("active")),
                     alert(QStringLiteral("a2"), QStringLiteral("S2"), QStringLiteral("resolved")),
                     alert(QStringLiteral("a3"), QStringLiteral("S3"), QStringLiteral("active")),
                     alert(QStringLiteral("a4"), QStringLiteral("s4"), QStringLiteral("active")),
                     alert(QStringLiteral("a5"), QStringLiteral("S5"), QStringLiteral("active"),
                           true)},
                    1)
                .ok());

        auto risk = analytics::spendAtRisk(**db, ymd(kToday));
        QVERIFY(risk);
        QCOMPARE(risk->byCurrency.size(), 2);
        QCOMPARE(risk->byCurrency.value(QStringLiteral("EUR")), 1000.0);
        QCOMPARE(risk->byCurrency.value(QStringLiteral("USD")), 250.0);
        QCOMPARE(risk->subscriptionIds, (QStringList{QStringLiteral("s1"), QStringLiteral("s4")}));
        QCOMPARE(risk->anomalousDays, 3);

        // A shorter period leaves the older spike out.
        auto week = analytics::spendAtRisk(**db, ymd(kToday), 7);
        QVERIFY(week);
        QCOMPARE(week->byCurrency.value(QStringLiteral("EUR")), 400.0);

        // New spend is seen at once (the detector's answers are kept only
        // while a subscription's days are the same): S1 spikes again today.
        QVERIFY(store::SpendRepository(**db)
                    .upsert({SpendDay{QStringLiteral("S1"), QStringLiteral("cust"), ymd(kToday),
                                      400.0, QStringLiteral("EUR")}},
                            2)
                    .ok());
        auto again = analytics::spendAtRisk(**db, ymd(kToday));
        QVERIFY(again);
        QCOMPARE(again->byCurrency.value(QStringLiteral("EUR")), 1300.0);
        QCOMPARE(again->anomalousDays, 4);

        // The tiles read both halves in one call.
        const qint64 now = QDateTime(kToday, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        auto all = analytics::overviewKpis(**db, now, ymd(kToday));
        QVERIFY(all);
        QCOMPARE(all->alerts.active, 3);
        QCOMPARE(all->spend.byCurrency, again->byCurrency);
    }
};

QTEST_GUILESS_MAIN(TestOverviewKpis)
#include "tst_overviewkpis.moc"
