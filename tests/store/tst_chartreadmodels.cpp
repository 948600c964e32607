// The chart read models against a direct aggregation of the raw rows: the
// daily rollups kept at ingest (signin_daily, audit_daily) and the alert
// trend read from its covering index, over random event sets (duplicates,
// day boundaries, several batches, re-synced alerts whose severity and
// status change); and the Overview's KPIs on a constructed cache.
#include "core/timeutil.h"
#include "core/types.h"
#include "store/alertcharts.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/statement.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace vigie;
using namespace vigie::store;

namespace {

constexpr qint64 kDay = 86400000;
constexpr qint64 kHour = 3600000;
// 2026-03-29 12:00 UTC: the trend's days cross a DST change in Europe.
const qint64 kNow = QDateTime(QDate(2026, 3, 29), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

using DayCounts =
    QMap<QPair<QString, int>, QPair<qint64, qint64>>; // (customer, day) → (total, failed)

DayCounts readRollup(Database &db, const char *table)
{
    DayCounts out;
    Statement *st =
        db.cached(QByteArray("SELECT lower(customer_id), day, total, failed FROM ") + table);
    if (!st)
        return out;
    (void)st->forEachRow([&](const Statement &r) {
        out[{r.text(0), int(r.int64(1))}] = {r.int64(2), r.int64(3)};
    });
    return out;
}

// The same figures straight from the raw tables.
DayCounts aggregateRaw(Database &db, const char *sql)
{
    DayCounts out;
    Statement *st = db.cached(sql);
    if (!st)
        return out;
    (void)st->forEachRow([&](const Statement &r) {
        auto &c = out[{r.text(0), rollupDayOf(r.int64(1))}];
        ++c.first;
        if (r.int64(2))
            ++c.second;
    });
    return out;
}

struct GenAlert
{
    QString id, customer, severity, type, status;
    qint64 detected = 0, resolved = 0;
    bool test = false;
};

Alert toAlert(const GenAlert &g)
{
    Alert a;
    a.id = g.id;
    a.displayName = QStringLiteral("alert ") + g.id;
    a.alertType = g.type;
    a.status = AlertStatus::parse(g.status);
    a.severity = AlertSeverity::parse(g.severity);
    a.customerTenantId = g.customer;
    a.subscriptionId = QStringLiteral("sub-") + g.customer.right(2);
    a.detectedDateTime = fromEpochMs(g.detected);
    if (g.resolved)
        a.resolvedOnDateTime = fromEpochMs(g.resolved);
    a.isTest = g.test;
    a.raw = QJsonObject{{QStringLiteral("id"), g.id}};
    return a;
}

} // namespace

class TestChartReadModels : public QObject
{
    Q_OBJECT
private slots:
    // signin_daily and audit_daily equal a count of the raw rows per
    // customer and UTC day, whatever the batches, duplicates and re-imports.
    void rollupsEqualRawAggregation()
    {
        for (int round = 0; round < 25; ++round) {
            QRandomGenerator rng(1000 + round);
            QTemporaryDir dir;
            auto db = openCache(dir.filePath(QStringLiteral("c.sqlite")));
            QVERIFY(db.ok());
            LogRepository repo(**db);
            const QStringList customers{QStringLiteral("Cust-A"), QStringLiteral("cust-b"),
                                        QStringLiteral("c")};
            const int batches = 1 + rng.bounded(5);
            QList<SignIn> all;
            for (int b = 0; b < batches; ++b) {
                QList<SignIn> signIns;
                QList<AuditEvent> audits;
                const int n = rng.bounded(200);
                for (int i = 0; i < n; ++i) {
                    // A few days around midnight; ids reused across batches (duplicates).
                    const qint64 t = kNow - rng.bounded(5) * kDay + rng.bounded(-2, 3) * kHour +
                                     rng.bounded(1000);
                    const QString cust = customers.at(rng.bounded(3));
                    const QString id = QStringLiteral("e%1").arg(rng.bounded(300));
                    if (rng.bounded(3) == 0) {
                        AuditEvent a;
                        a.id = id;
                        a.customerId = cust;
                        a.activityDateTime = fromEpochMs(t);
                        a.result = QStringList{QStringLiteral("success"), QStringLiteral("failure"),
                                               QString(), QStringLiteral("Success")}
                                       .at(rng.bounded(4));
                        a.rawText = "{}";
                        audits << a;
                    } else {
                        SignIn s;
                        s.id = id;
                        s.customerId = cust;
                        s.createdDateTime = fromEpochMs(t);
                        s.errorCode = rng.bounded(4) == 0 ? 50126 : 0;
                        s.rawText = "{}";
                        signIns << s;
                    }
                }
                QVERIFY(repo.insertSignIns(signIns).ok());
                QVERIFY(repo.insertAudits(audits).ok());
            }
            const DayCounts signinRollup = readRollup(**db, "signin_daily");
            const DayCounts signinRaw = aggregateRaw(
                **db, "SELECT lower(customer_id), created_at, error_code <> 0 FROM signins");
            QCOMPARE(signinRollup, signinRaw);
            const DayCounts auditRollup = readRollup(**db, "audit_daily");
            const DayCounts auditRaw =
                aggregateRaw(**db, "SELECT lower(customer_id), activity_at, coalesce(result, '') "
                                   "NOT IN ('', 'success', 'Success', 'SUCCESS') FROM audits");
            QCOMPARE(auditRollup, auditRaw);
        }
    }

    // The alert trend equals a count of the final alert rows by local day and
    // key, after alerts were written twice with changed severity and status.
    void trendEqualsAggregationOfAlertRows()
    {
        const QStringList severities{QStringLiteral("high"), QStringLiteral("medium"),
                                     QStringLiteral("low"), QStringLiteral("informational")};
        const QStringList types{QStringLiteral("CryptoMining"),
                                QStringLiteral("usageAnomalyDetection"),
                                QStringLiteral("VM_AnomalousDeployment")};
        const QStringList statuses{QStringLiteral("active"), QStringLiteral("resolved"),
                                   QStringLiteral("investigating")};
        for (int round = 0; round < 20; ++round) {
            QRandomGenerator rng(77 + round);
            QTemporaryDir dir;
            auto db = openCache(dir.filePath(QStringLiteral("c.sqlite")));
            QVERIFY(db.ok());
            QList<GenAlert> gen;
            const int customers = 1 + rng.bounded(12);
            const int n = rng.bounded(400);
            for (int i = 0; i < n; ++i) {
                GenAlert g;
                g.id = QStringLiteral("a%1").arg(i);
                g.customer =
                    QStringLiteral("cust-%1").arg(rng.bounded(customers), 2, 10, QChar(u'0'));
                g.severity = severities.at(rng.bounded(4));
                g.type = types.at(rng.bounded(3));
                g.status = statuses.at(rng.bounded(3));
                g.detected = kNow - qint64(rng.bounded(100 * 24)) * kHour - rng.bounded(3600000);
                g.test = rng.bounded(10) == 0;
                gen << g;
            }
            AlertRepository repo(**db);
            QList<Alert> first;
            for (const GenAlert &g : gen)
                first << toAlert(g);
            QVERIFY(repo.upsert(first, 1).ok());
            // A later sync changes some severities and statuses.
            QList<Alert> second;
            for (GenAlert &g : gen) {
                if (rng.bounded(3) == 0) {
                    g.severity = severities.at(rng.bounded(4));
                    g.status = statuses.at(rng.bounded(3));
                    second << toAlert(g);
                }
            }
            QVERIFY(repo.upsert(second, 2).ok());

            for (const qint64 offset : {qint64(0), 2 * kHour, -5 * kHour}) {
                for (const int days : {7, 30, 90}) {
                    for (const AlertSeriesBy by :
                         {AlertSeriesBy::Severity, AlertSeriesBy::Type, AlertSeriesBy::Customer}) {
                        auto t = AlertChartReadModel(**db).trend(kNow, days, by, offset, 1000);
                        QVERIFY(t);
                        QCOMPARE(t->days.size(), days);
                        const QDate last =
                            QDateTime::fromMSecsSinceEpoch(kNow + offset, Qt::UTC).date();
                        QCOMPARE(t->days.last(), last);
                        QMap<QPair<QString, QDate>, int> expected;
                        for (const GenAlert &g : std::as_const(gen)) {
                            const QDate d =
                                QDateTime::fromMSecsSinceEpoch(g.detected + offset, Qt::UTC).date();
                            if (g.test || d > last || d <= last.addDays(-days))
                                continue;
                            const QString key = by == AlertSeriesBy::Severity ? g.severity
                                                : by == AlertSeriesBy::Type   ? g.type
                                                                              : g.customer;
                            ++expected[{key, d}];
                        }
                        QMap<QPair<QString, QDate>, int> got;
                        for (int s = 0; s < t->keys.size(); ++s)
                            for (int d = 0; d < days; ++d)
                                if (const int c = t->counts[s][d])
                                    got[{t->keys[s], t->days[d]}] = c;
                        QCOMPARE(got, expected);
                    }
                }
            }
            // With few series allowed, the other customers are summed under "".
            auto top3 = AlertChartReadModel(**db).trend(kNow, 90, AlertSeriesBy::Customer, 0, 3);
            QVERIFY(top3);
            auto all = AlertChartReadModel(**db).trend(kNow, 90, AlertSeriesBy::Customer, 0, 1000);
            QVERIFY(all);
            QCOMPARE(top3->total(), all->total());
            QVERIFY(top3->keys.size() <= 4);
            if (all->keys.size() > 3) {
                QCOMPARE(top3->keys.last(), QString());
                QCOMPARE(top3->keys.mid(0, 3), all->keys.mid(0, 3));
            }
        }
    }

    void kpisOnAConstructedCache()
    {
        QTemporaryDir dir;
        auto db = openCache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db.ok());
        QList<Customer> customers;
        for (const auto &[id, name] :
             {std::pair{QStringLiteral("c-1"), QStringLiteral("Contoso")},
              std::pair{QStringLiteral("c-2"), QStringLiteral("Fabrikam")}}) {
            Customer c;
            c.id = id;
            c.companyName = name;
            c.raw = QJsonObject{{QStringLiteral("id"), id}};
            customers << c;
        }
        QVERIFY(CustomerRepository(**db).upsertCustomers(customers, 1).ok());
        auto alert = [](const QString &id, const QString &cust, const QString &status,
                        const QString &sev, qint64 detected, qint64 resolved = 0) {
            GenAlert g{id, cust, sev, QStringLiteral("CryptoMining"), status, detected, resolved};
            return toAlert(g);
        };
        const QList<Alert> alerts{
            alert("n1", "c-1", "active", "high", kNow - 2 * kHour),                // new, active
            alert("n2", "c-1", "resolved", "low", kNow - 5 * kHour, kNow - kHour), // new, 4 h
            alert("o1", "c-2", "active", "high", kNow - 61 * kDay),                // backlog
            alert("o2", "c-2", "investigating", "medium", kNow - 70 * kDay),       // backlog
            alert("o3", "c-2", "resolved", "high", kNow - 80 * kDay, kNow - 10 * kDay), // 70 d
            alert("o4", "c-2", "resolved", "high", kNow - 80 * kDay, kNow - 40 * kDay), // too old
            alert("m1", "c-1", "active", "medium", kNow - 3 * kDay),
        };
        Alert test = alert("t1", "c-1", "active", "high", kNow - kHour);
        test.isTest = true;
        QVERIFY(AlertRepository(**db).upsert(alerts + QList<Alert>{test}, 1).ok());
        QVERIFY((*db)
                    ->exec("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                           "severity, state, first_seen, last_seen, updated_at) VALUES "
                           "('A1','c-1','x',1,'high','new',1,1,1), ('A1','c-1','y',1,'high',"
                           "'new',1,1,1), ('A2','c-2','z',1,'low','closed',1,1,1)")
                    .ok());
        auto k = AlertChartReadModel(**db).kpis(kNow);
        QVERIFY(k);
        QCOMPARE(k->active, 3);
        QCOMPARE(k->newLast24h, 2);
        QCOMPARE(k->unresolvedOlder60d, 2);
        QCOMPARE(k->resolvedLast30d, 2);
        QCOMPARE(k->meanHoursToResolve, (4.0 + 70 * 24.0) / 2);
        QCOMPARE(k->newFindings, 2);

        auto top = AlertChartReadModel(**db).topCustomers(10);
        QVERIFY(top);
        QCOMPARE(top->size(), 2);
        QCOMPARE(top->at(0).name, QStringLiteral("Contoso"));
        QCOMPARE(top->at(0).active, 2);
        QCOMPARE(top->at(0).high, 1);
        QCOMPARE(top->at(1).name, QStringLiteral("Fabrikam"));
        QCOMPARE(top->at(1).active, 1);

        auto subs = AlertChartReadModel(**db).subscriptionsWithActiveAlerts();
        QVERIFY(subs);
        QCOMPARE(*subs, (QStringList{QStringLiteral("sub--1"), QStringLiteral("sub--2")}));

        // The trend reads its covering index, not the alert rows.
        Statement *plan = (*db)->cached("EXPLAIN QUERY PLAN SELECT count(*) FROM alerts INDEXED BY "
                                        "alerts_trend WHERE detected_at >= 0 AND is_test = 0");
        QVERIFY(plan);
        QString detail;
        QVERIFY(plan->forEachRow([&](const Statement &r) { detail += r.text(3); }).ok());
        QVERIFY2(detail.contains(u"COVERING INDEX alerts_trend"), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestChartReadModels)
#include "tst_chartreadmodels.moc"
