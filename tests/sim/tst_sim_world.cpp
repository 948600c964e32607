// The generated world: determinism, lazy sign-ins, background shape, manifest.
#include "core/timeutil.h"
#include "sim/rng.h"
#include "sim/scenarios.h"
#include "sim/world.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace vigie::sim;

namespace {

WorldConfig cfg(quint64 seed, int customers = 12, qint64 signIns = 4000)
{
    WorldConfig c;
    c.seed = seed;
    c.customers = customers;
    c.signInsPerTenant = signIns;
    c.scenarioCustomers = 0; // plain background world (detection cases: tst_world_answerkey)
    c.now = QDateTime(QDate(2024, 5, 10), QTime(0, 0), Qt::UTC);
    return c;
}

QByteArray digest(const World &w)
{
    return QCryptographicHash::hash(w.serialize(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TstSimWorld : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedIsByteIdentical()
    {
        const World a(cfg(42)), b(cfg(42));
        QCOMPARE(digest(a), digest(b));
        QVERIFY(a.serialize().size() > 100000);
    }

    // The world of a seed is pinned: a refactoring of the generator (world.cpp,
    // world_logs.cpp, scenarios.cpp) must not change one byte of it. If you
    // change the generated world on purpose, update the digests below.
    void generatedWorldIsPinned()
    {
        WorldConfig c = cfg(7, 4, 300);
        c.scenarioCustomers = 1; // the injected cases are in the logs and the manifest
        const World w(c);
        QCryptographicHash logs(QCryptographicHash::Sha256);
        for (const Customer &cu : w.customers())
            for (LogStream s : {LogStream::SignIns, LogStream::DirectoryAudits}) {
                std::optional<LogCursor> cursor;
                do {
                    const LogPage p = w.logPage(cu.index, s, std::numeric_limits<qint64>::min() / 2,
                                                std::numeric_limits<qint64>::max(), cursor, 1000);
                    for (const QByteArray &item : p.items)
                        logs.addData(item + '\n');
                    cursor = p.next;
                } while (cursor);
            }
        QCOMPARE(digest(w),
                 QByteArray("7010c477856ecc82d8b9f161cf0328ed2ca05a6a6afba9c77474bc876ae822c6"));
        QCOMPARE(
            QCryptographicHash::hash(QJsonDocument(w.manifest()).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex(),
            QByteArray("bd5ea51c3e1d7ccbc784bc19801c81b9ecbd2322327bc8285e6f7361f90356fd"));
        QCOMPARE(logs.result().toHex(),
                 QByteArray("0293181030acb8a348cf94b9321bd13171af2afb666ebd2274559ffd2ca24bde"));
    }

    // The scenario customers' cases are built on other threads while the
    // world serves; merged, they are exactly the cases injected inline, one
    // customer after the other, through the public hook (same events in the
    // same streams, same labels in the same order). A world dropped before
    // its first reader stops its builders.
    void casesBuiltAsideEqualCasesInjectedInline()
    {
        WorldConfig c = cfg(11, 4, 300);
        c.scenarioCustomers = 2;
        const World aside(c);
        WorldConfig plain = c;
        plain.scenarioCustomers = 0;
        World inline_(plain);
        const QStringList ids = aside.scenarioCustomerIds();
        QCOMPARE(ids.size(), 2);
        for (const QString &id : ids)
            injectScenarios(inline_, hashOf(c.seed, 0x71, quint64(aside.customer(id)->index)), id,
                            aside.logStart().addDays(1), aside.now());
        const auto logs = [](const World &w, int ci, LogStream s) {
            QByteArray all;
            std::optional<LogCursor> cursor;
            do {
                const LogPage p = w.logPage(ci, s, std::numeric_limits<qint64>::min() / 2,
                                            std::numeric_limits<qint64>::max(), cursor, 1000);
                for (const QByteArray &item : p.items)
                    all += item + '\n';
                cursor = p.next;
            } while (cursor);
            return all;
        };
        const World background(plain);
        int injected = 0;
        for (const Customer &cu : aside.customers())
            for (LogStream s : {LogStream::SignIns, LogStream::DirectoryAudits}) {
                QCOMPARE(aside.logCount(cu.index, s), inline_.logCount(cu.index, s));
                QCOMPARE(logs(aside, cu.index, s), logs(inline_, cu.index, s));
                injected += int(aside.logCount(cu.index, s) - background.logCount(cu.index, s));
            }
        QVERIFY(injected > 1000);
        QCOMPARE(aside.manifest().value(u"detections"), inline_.manifest().value(u"detections"));
        QVERIFY(aside.manifest().value(u"detections").toArray().size() > 50);

        QElapsedTimer t;
        t.start();
        {
            const World dropped(c); // destroyed while its cases are being built
        }
        qInfo("a world dropped before its cases were merged: %lld ms", t.elapsed());
    }

    void otherSeedDiffers()
    {
        const World a(cfg(42)), b(cfg(43));
        QVERIFY(digest(a) != digest(b));
        QVERIFY(a.customers().first().id != b.customers().first().id);
    }

    void lazySignInsAreOrderedAndRandomAccess()
    {
        const World w(cfg(3, 3, 20000));
        qint64 prev = std::numeric_limits<qint64>::min();
        for (qint64 i = 0; i < w.bulkCount(); i += 7) {
            const qint64 t = w.bulkTimeMs(i);
            QVERIFY2(t >= prev, "bulk sign-ins must be in time order");
            prev = t;
        }
        QVERIFY(w.bulkTimeMs(0) >= w.logStart().toMSecsSinceEpoch());
        QVERIFY(w.bulkTimeMs(w.bulkCount() - 1) < w.now().toMSecsSinceEpoch());
        // Random access == same object, and the id resolves back.
        const QJsonObject e = w.bulkSignIn(1, 12345);
        QCOMPARE(w.bulkSignIn(1, 12345), e);
        QCOMPARE(vigie::parseWireDateTime(e.value(QStringLiteral("createdDateTime")).toString())
                     .toMSecsSinceEpoch(),
                 w.bulkTimeMs(12345));
        const auto back =
            w.logEvent(1, LogStream::SignIns, e.value(QStringLiteral("id")).toString());
        QVERIFY(back.has_value());
        QCOMPARE(*back, e);
        QVERIFY(!w.logEvent(2, LogStream::SignIns, e.value(QStringLiteral("id")).toString())
                     .has_value());
    }

    void backgroundStaysBelowDetectionThresholds()
    {
        const World w(cfg(9, 2, 30000));
        QHash<qint64, int> lockoutsPerHour, failuresPerDay, successPerDay;
        QHash<QString, int> badPwdPerIp15;
        for (qint64 i = 0; i < w.bulkCount(); ++i) {
            const QJsonObject e = w.bulkSignIn(0, i);
            const qint64 ms = w.bulkTimeMs(i);
            const int code = e.value(QStringLiteral("status"))
                                 .toObject()
                                 .value(QStringLiteral("errorCode"))
                                 .toInt();
            const QString app = e.value(QStringLiteral("appDisplayName")).toString();
            QVERIFY(app == QLatin1String("ProxyIdentityExperienceFramework") ||
                    app == QLatin1String("CPIM PowerShell Client"));
            QVERIFY(QStringList({QStringLiteral("FR"), QStringLiteral("BE")})
                        .contains(e.value(QStringLiteral("location"))
                                      .toObject()
                                      .value(QStringLiteral("countryOrRegion"))
                                      .toString()));
            if (code == 50053)
                ++lockoutsPerHour[ms / 3600000];
            if (code == 50126)
                ++badPwdPerIp15[e.value(QStringLiteral("ipAddress")).toString() +
                                QString::number(ms / 900000)];
            if (code != 0)
                ++failuresPerDay[ms / 86400000];
            else
                ++successPerDay[ms / 86400000];
        }
        for (int n : std::as_const(lockoutsPerHour))
            QVERIFY2(n < 5, "C5: fewer than 5 lockouts per hour");
        for (int n : std::as_const(badPwdPerIp15))
            QVERIFY2(n < 10, "C4: fewer than 10 bad passwords per IP per 15 min");
        QVERIFY(!failuresPerDay.isEmpty());
        for (int n : std::as_const(failuresPerDay))
            QVERIFY2(n < 100, "C7: failures per day under minVolume");
        const auto [mn, mx] = std::minmax_element(successPerDay.begin(), successPerDay.end());
        QVERIFY2(double(*mx) / double(*mn) < 1.02, "C9: daily successes flat");
    }

    void spendSpikesAreTiedToAlerts()
    {
        const World w(cfg(11, 30, 100));
        const QJsonObject m = w.manifest();
        const QJsonArray anomalies = m.value(QStringLiteral("spendAnomalies")).toArray();
        QVERIFY(anomalies.size() >= 5);
        const QDate day0 = w.alertStart().date();
        for (const QJsonValue &v : anomalies) {
            const QJsonObject a = v.toObject();
            const QString sub = a.value(QStringLiteral("subscriptionId")).toString();
            const QVector<double> *s = w.spend(sub);
            QVERIFY(s);
            QVector<double> sorted;
            for (double d : *s)
                if (!std::isnan(d))
                    sorted.append(d);
            std::sort(sorted.begin(), sorted.end());
            const double median = sorted[sorted.size() / 2];
            const int day = a.value(QStringLiteral("days")).toArray().first().toInt();
            const double spike = (*s)[day0.daysTo(vigie::fromDayNumber(day))];
            QVERIFY2(spike > 3 * median,
                     qPrintable(QStringLiteral("%1 vs %2").arg(spike).arg(median)));
            // The alert exists, on that subscription, detected that day.
            bool found = false;
            for (const QJsonObject &al : w.alerts())
                if (al.value(QStringLiteral("id")) == a.value(QStringLiteral("alertId"))) {
                    found = al.value(QStringLiteral("subscriptionId")).toString() == sub &&
                            vigie::toDayNumber(
                                vigie::parseWireDateTime(
                                    al.value(QStringLiteral("detectedDateTime")).toString())
                                    .date()) == day;
                }
            QVERIFY(found);
        }
        QVERIFY(m.value(QStringLiteral("detections")).isArray());
    }

    void alertsHaveOldUnresolvedAndAllStatuses()
    {
        const World w(cfg(5, 40, 100));
        int old = 0;
        QSet<QString> statuses, reasons;
        for (const QJsonObject &a : w.alerts()) {
            statuses.insert(a.value(QStringLiteral("status")).toString());
            if (a.value(QStringLiteral("resolvedReason")).isString())
                reasons.insert(a.value(QStringLiteral("resolvedReason")).toString());
            const QDateTime d =
                vigie::parseWireDateTime(a.value(QStringLiteral("detectedDateTime")).toString());
            if (a.value(QStringLiteral("status")) == QStringLiteral("active") &&
                d.daysTo(w.now()) > 60)
                ++old;
            QCOMPARE(a.value(QStringLiteral("resolvedBy")).isString(),
                     a.value(QStringLiteral("status")) == QStringLiteral("resolved"));
        }
        QVERIFY(old > 0);
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("active"), QStringLiteral("resolved"),
                                          QStringLiteral("investigating")}));
        QCOMPARE(reasons.size(), 3);
    }

    void injectedEventsMergeByTime()
    {
        World w(cfg(8, 2, 500));
        const QString tenant = w.customers()[1].id;
        const qint64 mid = w.bulkTimeMs(250);
        QJsonObject ev{
            {QStringLiteral("id"), QStringLiteral("injected-1")},
            {QStringLiteral("createdDateTime"),
             vigie::formatWireDateTime(QDateTime::fromMSecsSinceEpoch(mid, Qt::UTC))},
            {QStringLiteral("userPrincipalName"), QStringLiteral("attacker@example.com")}};
        w.addInjectedEvents(tenant, LogStream::SignIns, {ev});
        w.addDetectionLabels(
            QJsonArray{QJsonObject{{QStringLiteral("ruleId"), QStringLiteral("C8")},
                                   {QStringLiteral("eventId"), QStringLiteral("injected-1")},
                                   {QStringLiteral("fire"), true}}});
        QCOMPARE(w.manifest().value(QStringLiteral("detections")).toArray().size(), 1);
        QCOMPARE(w.logCount(1, LogStream::SignIns), w.logCount(0, LogStream::SignIns) + 1);
        // Walk the whole stream, newest first.
        std::optional<LogCursor> cur;
        qint64 prev = std::numeric_limits<qint64>::max();
        int seen = 0;
        bool found = false;
        for (;;) {
            const LogPage p =
                w.logPage(1, LogStream::SignIns, 0, std::numeric_limits<qint64>::max(), cur, 97);
            for (const QJsonObject &o : p.objects()) {
                const qint64 t =
                    vigie::parseWireDateTime(o.value(QStringLiteral("createdDateTime")).toString())
                        .toMSecsSinceEpoch();
                QVERIFY2(t <= prev,
                         qPrintable(o.value(QStringLiteral("id")).toString() + QLatin1Char(' ') +
                                    QString::number(t) + QLatin1Char(' ') + QString::number(prev)));
                prev = t;
                found = found || o.value(QStringLiteral("id")) == QStringLiteral("injected-1");
                ++seen;
            }
            if (!p.next)
                break;
            cur = p.next;
        }
        QVERIFY(found);
        QCOMPARE(seen, int(w.logCount(1, LogStream::SignIns)));
        QVERIFY(w.logEvent(1, LogStream::SignIns, QStringLiteral("injected-1")).has_value());
    }

    void wireTimeHasFractionVariety()
    {
        QSet<int> digits;
        for (quint64 h = 0; h < 40; ++h) {
            const QString s = World::wireTime(1714557341619LL + qint64(h) * 7, h);
            QVERIFY(vigie::parseWireDateTime(s).isValid());
            const qsizetype dot = s.indexOf(QLatin1Char('.'));
            digits.insert(dot < 0 ? 0 : int(s.size() - dot - 2));
        }
        QVERIFY(digits.contains(7));
        QVERIFY(digits.contains(3));
        QVERIFY(digits.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TstSimWorld)
#include "tst_sim_world.moc"
