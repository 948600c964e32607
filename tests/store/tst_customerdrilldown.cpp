// The drill-down's and the Spend page's read models against constructed
// caches: the failed sign-in rollup kept at ingest equals a direct
// aggregation of the raw rows (random events, duplicates, batches; and the
// migration's backfill), the header, daily counts, findings per rule and the
// merged timeline; the spend anomalies the page lists against the spikes the
// simulator injects (precision and recall printed).

#include "analytics/spendview.h"
#include "sim/world.h"
#include "sqlvalue.h"
#include "store/activitylog.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/customerdrilldown.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/migrations.h"
#include "store/spendrepository.h"
#include "store/syncstate.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <cmath>

using namespace vigie;
using namespace vigie::store;

namespace {

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int dayNumber(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

using Key = std::tuple<QString, int, int>; // customer (lower case), day, error code

// The rollup as stored, keyed like the expectation.
QMap<Key, qint64> storedRollup(Database &db)
{
    QMap<Key, qint64> out;
    auto st = db.prepare("SELECT lower(customer_id), day, error_code, count "
                         "FROM signin_errors_daily");
    if (!st)
        return out;
    if (!(*st)->forEachRow([&](const Statement &row) {
            out.insert({row.text(0), int(row.int64(1)), int(row.int64(2))}, row.int64(3));
        }))
        out.insert({QStringLiteral("<query failed>"), 0, 0}, -1);
    return out;
}

// A direct aggregation of the raw rows in SQL.
QMap<Key, qint64> aggregatedInSql(Database &db)
{
    QMap<Key, qint64> out;
    auto st = db.prepare("SELECT lower(customer_id), CAST(strftime('%Y%m%d', created_at / 1000, "
                         "'unixepoch') AS INTEGER), error_code, count(*) FROM signins "
                         "WHERE error_code != 0 GROUP BY 1, 2, 3");
    if (!st)
        return out;
    if (!(*st)->forEachRow([&](const Statement &row) {
            out.insert({row.text(0), int(row.int64(1)), int(row.int64(2))}, row.int64(3));
        }))
        out.insert({QStringLiteral("<query failed>"), 0, 0}, -1);
    return out;
}

SignIn signIn(const QString &customer, const QString &id, qint64 ms, int errorCode)
{
    SignIn s;
    s.id = id;
    s.customerId = customer;
    s.createdDateTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    s.userId = guid();
    s.userPrincipalName = QStringLiteral("user@example.com");
    s.appId = guid();
    s.errorCode = errorCode;
    s.rawText = "{}";
    return s;
}

} // namespace

class TestCustomerDrillDown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Property: whatever the events (codes, days around midnight, customers,
    // duplicates within and across batches, both insert paths), the rollup
    // equals the raw rows' aggregation, and the read model returns it.
    void errorRollupEqualsADirectAggregationOfTheRawRows()
    {
        const int codes[] = {0, 0, 0, 50126, 50053, 50074, 530032, 50076};
        for (quint32 seed = 1; seed <= 12; ++seed) {
            QRandomGenerator rng(seed);
            QTemporaryDir dir;
            auto db = openCache(dir.filePath(QStringLiteral("c.sqlite")));
            QVERIFY(db.ok());
            LogRepository repo(**db);
            const QStringList customers{guid(), guid(), guid()};
            const qint64 start =
                QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            QHash<QPair<QString, QString>, SignIn> unique; // (customer, id) -> first written
            QList<SignIn> written;
            const int batches = 3 + int(rng.bounded(5));
            for (int b = 0; b < batches; ++b) {
                QList<SignIn> batch;
                const int n = 1 + int(rng.bounded(400));
                for (int i = 0; i < n; ++i) {
                    // A tenth re-sends an event already written (same customer, id
                    // and time; another error code: the first write stays).
                    const bool duplicate = !written.isEmpty() && rng.bounded(10) == 0;
                    SignIn s;
                    if (duplicate) {
                        s = written[rng.bounded(int(written.size()))];
                        s.errorCode = codes[rng.bounded(8)];
                    } else {
                        const qint64 ms = start + qint64(rng.bounded(10 * 86400)) * 1000 +
                                          (rng.bounded(8) == 0 ? 86399999 - 500 : 0);
                        s = signIn(customers[rng.bounded(int(customers.size()))], guid(), ms,
                                   codes[rng.bounded(8)]);
                    }
                    batch << s;
                }
                if (b % 2) {
                    QVERIFY(repo.insertSignIns(batch).ok());
                } else {
                    // The per-customer path writes every row for one customer.
                    const QString c = customers[b % customers.size()];
                    for (SignIn &s : batch)
                        s.customerId = c;
                    QVERIFY(repo.insertSignIns(c, batch).ok());
                }
                written << batch;
                for (const SignIn &s : batch) {
                    const auto key = qMakePair(s.customerId.toLower(), s.id);
                    if (!unique.contains(key))
                        unique.insert(key, s);
                }
            }
            // Expected from the events themselves (first write wins, as in the cache).
            QMap<Key, qint64> expected;
            for (const SignIn &s : std::as_const(unique)) {
                if (s.errorCode != 0)
                    ++expected[{s.customerId.toLower(), dayNumber(s.createdDateTime.date()),
                                s.errorCode}];
            }
            QVERIFY(!expected.isEmpty());
            QCOMPARE(storedRollup(**db), expected);
            QCOMPARE(aggregatedInSql(**db), expected);

            CustomerDrillDown model(**db);
            for (const QString &c : customers) {
                auto days = model.failedSignInsPerDay(c, 20261001, 20261010);
                QVERIFY(days.ok());
                QMap<Key, qint64> fromModel;
                for (const DayCount &d : *days)
                    fromModel.insert({c.toLower(), d.day, d.series.toInt()}, d.count);
                QMap<Key, qint64> mine;
                for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                    if (std::get<0>(it.key()) == c.toLower() && std::get<1>(it.key()) <= 20261010)
                        mine.insert(it.key(), it.value());
                QCOMPARE(fromModel, mine);
            }
        }
    }

    // A cache written before schema 10 gets the rollup from its raw rows.
    void migrationBackfillsTheRollupFromExistingRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QMap<Key, qint64> expected;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(migrateTo(**db, 4).ok());
            auto st = (*db)->prepare("INSERT INTO signins(id, customer_id, created_at, "
                                     "error_code, raw) VALUES(?1, ?2, ?3, ?4, '{}')");
            QVERIFY(st.ok());
            QRandomGenerator rng(99);
            const QString customer = guid();
            const qint64 start =
                QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            for (int i = 0; i < 500; ++i) {
                const qint64 ms = start + qint64(rng.bounded(5 * 86400)) * 1000;
                const int code = (i % 3) ? 50126 : (i % 2 ? 0 : 50053);
                (*st)->bind(1, guid()).bind(2, customer).bind(3, ms).bind(4, code);
                QVERIFY((*st)->exec().ok());
                if (code)
                    ++expected[{customer.toLower(),
                                dayNumber(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date()),
                                code}];
            }
        }
        auto db = openCache(path);
        QVERIFY(db.ok());
        QCOMPARE(sqlValue((*db)->queryInt("PRAGMA user_version")), qint64(latestSchemaVersion()));
        QCOMPARE(storedRollup(**db), expected);
    }

    void readModelsOfAConstructedCustomer()
    {
        QTemporaryDir dir;
        auto opened = openCache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        const QString customer = guid(), reseller = guid(), plan = guid(), prod = guid(),
                      dev = guid(), other = guid();
        Customer c;
        c.id = customer;
        c.companyName = QStringLiteral("Contoso Ltd");
        c.domain = QStringLiteral("contoso.onmicrosoft.com");
        c.associatedPartnerId = reseller;
        Customer o;
        o.id = other;
        o.companyName = QStringLiteral("Other SAS");
        CustomerRepository customers(db);
        QVERIFY(customers.upsertCustomers({c, o}, 1).ok());
        Reseller r;
        r.id = reseller;
        r.customerId = customer;
        r.name = QStringLiteral("Northwind Reseller");
        QVERIFY(customers.upsertResellers({r}, 1).ok());
        Subscription s;
        s.id = plan;
        s.customerId = customer;
        s.offerName = QStringLiteral("Azure plan");
        s.status = SubscriptionStatus::parse(QStringLiteral("active"));
        QVERIFY(customers.upsertSubscriptions({s}, 1).ok());
        Entitlement e1{prod, plan, customer, QStringLiteral("Prod"), QStringLiteral("active"), {}};
        Entitlement e2{dev, plan, customer, QStringLiteral("Dev"), QStringLiteral("suspended"), {}};
        QVERIFY(customers.upsertEntitlements({e1, e2}, 1).ok());
        SyncStateRepository sync(db);
        QVERIFY(sync.markSuccess(QStringLiteral("signins:") + customer, 5, 1764000000000).ok());
        QVERIFY(sync.markError(QStringLiteral("spend:") + dev, QStringLiteral("403"), 7).ok());

        // Alerts: three on 2026-11-10 (2 high, 1 low), one a day later, a
        // test alert and another customer's alert (neither counted).
        const auto at = [](int day, int hour) {
            return QDateTime(QDate(day / 10000, day / 100 % 100, day % 100), QTime(hour, 0),
                             Qt::UTC);
        };
        QList<Alert> alerts;
        const auto alert = [&](const QString &cust, const QString &sev, const QDateTime &t,
                               bool isTest = false) {
            Alert a;
            a.id = guid();
            a.displayName = QStringLiteral("Alert ") + sev;
            a.status = AlertStatus::parse(QStringLiteral("active"));
            a.severity = AlertSeverity::parse(sev);
            a.customerTenantId = cust;
            a.detectedDateTime = a.firstObservedDateTime = a.lastObservedDateTime = t;
            a.isTest = isTest;
            a.raw = QJsonObject{{QStringLiteral("id"), a.id}};
            alerts << a;
        };
        alert(customer, QStringLiteral("high"), at(20261110, 1));
        alert(customer, QStringLiteral("high"), at(20261110, 23));
        alert(customer, QStringLiteral("low"), at(20261110, 12));
        alert(customer, QStringLiteral("medium"), at(20261111, 0));
        alert(customer, QStringLiteral("high"), at(20261111, 5), true);
        alert(other, QStringLiteral("high"), at(20261110, 3));
        alert(customer, QStringLiteral("high"), at(20261001, 3)); // before the range
        QVERIFY(AlertRepository(db).upsert(alerts, 1).ok());

        // Findings: two of A4 and one of I2 in range, one of A4 before it.
        auto fin = db.prepare("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                              "severity, first_seen, last_seen, updated_at) "
                              "VALUES(?1, ?2, ?3, ?4, 'high', ?4, ?5, 1)");
        QVERIFY(fin.ok());
        const auto finding = [&](const char *rule, const QString &subject, const QDateTime &t) {
            (*fin)->bind(1, QString::fromLatin1(rule)).bind(2, customer).bind(3, subject);
            (*fin)->bind(4, t.toMSecsSinceEpoch()).bind(5, t.toMSecsSinceEpoch() + 3600000);
            QVERIFY((*fin)->exec().ok());
        };
        finding("A4", QStringLiteral("alice@contoso.com"), at(20261110, 9));
        finding("A4", QStringLiteral("bob@contoso.com"), at(20261112, 9));
        finding("I2", QStringLiteral("carol@contoso.com"), at(20261111, 9));
        finding("A4", QStringLiteral("dave@contoso.com"), at(20261001, 9));

        ActivityEntry act;
        act.atMs = at(20261110, 14).toMSecsSinceEpoch();
        act.actor = QStringLiteral("analyst");
        act.verb = QStringLiteral("resolve");
        act.objectKind = QStringLiteral("alert");
        act.objectId = alerts.first().id;
        act.detail = QJsonObject{{QStringLiteral("customerId"), customer.toUpper()},
                                 {QStringLiteral("result"), QStringLiteral("done")}};
        QVERIFY(ActivityLog(db).append(act).ok());
        act.detail.insert(QStringLiteral("customerId"), other);
        QVERIFY(ActivityLog(db).append(act).ok());

        // Spend: 60 steady days of Prod, a spike on 2026-11-10.
        QList<SpendDay> spend;
        for (int i = 0; i < 60; ++i) {
            const QDate d = QDate(2026, 10, 1).addDays(i);
            const double cost = dayNumber(d) == 20261110 ? 400.0 : 40.0 + (i % 3);
            spend << SpendDay{prod, customer, dayNumber(d), cost, QStringLiteral("EUR")};
        }
        QVERIFY(SpendRepository(db).upsert(spend, 1).ok());

        auto view = analytics::loadCustomerView(db, customer.toUpper(), 20261105, 20261115);
        QVERIFY2(view.ok(), view.ok() ? "" : qPrintable(view.error().message));
        const store::CustomerHeader &h = view->header;
        QVERIFY(h.found);
        QCOMPARE(h.companyName, QStringLiteral("Contoso Ltd"));
        QCOMPARE(h.resellerName, QStringLiteral("Northwind Reseller"));
        QCOMPARE(h.subscriptions.size(), 1);
        QCOMPARE(h.subscriptions[0].entitlements.size(), 2);
        QCOMPARE(h.subscriptions[0].entitlements[0].name, QStringLiteral("Dev"));
        QCOMPARE(h.subscriptions[0].entitlements[0].status, QStringLiteral("suspended"));
        QVERIFY(!h.signInLogsLicensed.has_value()); // HOOK(licence): no such property yet
        bool signInsFresh = false, devSpendFailed = false;
        for (const StreamFreshness &f : h.freshness) {
            if (f.kind == StreamFreshness::Kind::SignIns)
                signInsFresh = f.lastSuccessMs == 1764000000000;
            if (f.kind == StreamFreshness::Kind::Spend && f.objectId == dev)
                devSpendFailed = f.lastError == u"403" && f.lastSuccessMs == 0;
        }
        QVERIFY(signInsFresh);
        QVERIFY(devSpendFailed);

        QMap<QPair<int, QString>, qint64> perDay;
        for (const DayCount &d : view->alertsPerDay)
            perDay.insert({d.day, d.series}, d.count);
        const QMap<QPair<int, QString>, qint64> expectedAlerts{
            {{20261110, QStringLiteral("high")}, 2},
            {{20261110, QStringLiteral("low")}, 1},
            {{20261111, QStringLiteral("medium")}, 1}};
        QCOMPARE(perDay, expectedAlerts);

        QCOMPARE(view->findingsPerRule.size(), 2);
        QCOMPARE(view->findingsPerRule[0].ruleId, QStringLiteral("A4"));
        QCOMPARE(view->findingsPerRule[0].count, 2);
        QCOMPARE(view->findingsPerRule[1].ruleId, QStringLiteral("I2"));

        // Timeline: 4 alerts + 3 findings + 1 action + 1 spend anomaly, newest first.
        using K = TimelineEntry::Kind;
        QMap<K, int> kinds;
        for (const TimelineEntry &t : view->timeline)
            ++kinds[t.kind];
        QCOMPARE(kinds.value(K::Alert), 4);
        QCOMPARE(kinds.value(K::Finding), 3);
        QCOMPARE(kinds.value(K::Action), 1);
        QCOMPARE(kinds.value(K::SpendAnomaly), 1);
        for (int i = 1; i < view->timeline.size(); ++i)
            QVERIFY(view->timeline[i - 1].atMs >= view->timeline[i].atMs);
        for (const TimelineEntry &t : view->timeline) {
            if (t.kind == K::Action) { // named after the alert it acted on, id kept
                QCOMPARE(t.title, QStringLiteral("Alert high"));
                QCOMPARE(t.objectId, alerts.first().id);
                QCOMPARE(t.detail, QStringLiteral("done"));
            }
            if (t.kind == K::SpendAnomaly) {
                QCOMPARE(t.day, 20261110);
                QCOMPARE(t.title, QStringLiteral("Prod"));
                QVERIFY(t.amount > 300 && t.amount < 370);
                QVERIFY(t.percent > 800);
                QCOMPARE(t.currency, QStringLiteral("EUR"));
            }
        }

        // The spend overview ranks the spike with the alerts of that customer and day.
        auto overview = analytics::loadSpendOverview(db, 20261105, 20261115);
        QVERIFY(overview.ok());
        QCOMPARE(overview->anomalies.size(), 1);
        const analytics::RankedAnomaly &a = overview->anomalies.first();
        QCOMPARE(a.customerName, QStringLiteral("Contoso Ltd"));
        QCOMPARE(a.subscriptionName, QStringLiteral("Prod"));
        QCOMPARE(a.alerts.size(), 3);
        QCOMPARE(a.alerts.first().severity, QStringLiteral("high"));
        // One read for several days gives each day what a read per day gives.
        {
            SpendReadModel model(db);
            const QList<int> days{addDays(a.point.day, -3), a.point.day, addDays(a.point.day, 1),
                                  addDays(a.point.day, 4)};
            auto byDay = model.alertsOnDays(a.customerId, days);
            QVERIFY(byDay.ok());
            for (int day : days) {
                auto one = model.alertsOn(a.customerId, day);
                QVERIFY(one.ok());
                QStringList want, got;
                for (const LinkedAlert &l : *one)
                    want << l.id;
                for (const LinkedAlert &l : byDay->value(day))
                    got << l.id;
                QCOMPARE(got, want);
            }
        }
        // A new subscription with a week of history is learning, not flagged.
        QList<SpendDay> young;
        for (int i = 0; i < 7; ++i)
            young << SpendDay{dev, customer, dayNumber(QDate(2026, 11, 9).addDays(i)),
                              i == 5 ? 900.0 : 5.0, QStringLiteral("EUR")};
        QVERIFY(SpendRepository(db).upsert(young, 1).ok());
        overview = analytics::loadSpendOverview(db, 20261105, 20261115);
        QVERIFY(overview.ok());
        QCOMPARE(overview->anomalies.size(), 1);
        bool devLearning = false;
        for (const analytics::SubscriptionSpend &sub : overview->subscriptions)
            if (sub.azureSubscriptionId == dev)
                devLearning = sub.learning && sub.daysWithCost == 6;
        QVERIFY(devLearning);
    }

    // The anomalies the Spend page lists, on the simulator's world written to
    // a cache as a sync would: every injected spike outside the learning
    // period found, no flag on a steady subscription.
    void pageAnomaliesFindTheSimulatorsSpikes()
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

        QTemporaryDir dir;
        auto opened = openCache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        QList<Customer> customers;
        for (const sim::Customer &sc : world.customers()) {
            Customer c;
            c.id = sc.id;
            c.companyName = sc.companyName;
            customers << c;
        }
        QVERIFY(CustomerRepository(db).upsertCustomers(customers, 1).ok());
        const QDate day0 = world.alertStart().date();
        QList<SpendDay> days;
        QList<Entitlement> entitlements;
        for (const sim::Entitlement &e : world.allEntitlements()) {
            entitlements << Entitlement{e.id,           e.subscriptionId, e.customerId,
                                        e.friendlyName, e.status,         {}};
            const QVector<double> *spend = world.spend(e.id);
            if (!spend)
                continue;
            for (int d = 0; d < spend->size(); ++d)
                if (!std::isnan(spend->at(d)))
                    days << SpendDay{e.id, e.customerId, dayNumber(day0.addDays(d)), spend->at(d),
                                     QStringLiteral("EUR")};
        }
        QVERIFY(CustomerRepository(db).upsertEntitlements(entitlements, 1).ok());
        QVERIFY(SpendRepository(db).upsert(days, 1).ok());

        const int from = dayNumber(day0), to = dayNumber(day0.addDays(world.spendDays() - 1));
        auto overview = analytics::loadSpendOverview(db, from, to);
        QVERIFY(overview.ok());
        QHash<QString, QSet<int>> learningDays;
        for (const analytics::SubscriptionSpend &s : overview->subscriptions)
            for (const analytics::SpendPoint &p : s.points)
                if (p.learning)
                    learningDays[s.azureSubscriptionId.toLower()].insert(p.day);
        int truePositives = 0, falsePositives = 0, steadyFlagged = 0;
        QSet<QPair<QString, int>> found;
        for (const analytics::RankedAnomaly &a : overview->anomalies) {
            const QString sub = a.azureSubscriptionId.toLower();
            if (injected.value(sub).contains(a.point.day)) {
                ++truePositives;
                found.insert({sub, a.point.day});
            } else {
                ++falsePositives;
            }
            if (!injected.contains(sub))
                ++steadyFlagged;
        }
        int missed = 0, inLearning = 0;
        for (auto it = injected.cbegin(); it != injected.cend(); ++it) {
            for (int d : it.value()) {
                if (found.contains({it.key(), d}))
                    continue;
                if (learningDays.value(it.key()).contains(d))
                    ++inLearning;
                else
                    ++missed;
            }
        }
        for (int i = 1; i < overview->anomalies.size(); ++i)
            QVERIFY(overview->anomalies[i - 1].point.excess() >=
                    overview->anomalies[i].point.excess());
        const double recall = double(truePositives) / std::max(1, truePositives + missed);
        const double precision =
            double(truePositives) / std::max(1, truePositives + falsePositives);
        qInfo("Spend page anomalies on %lld subscriptions with injected spikes: recall %.3f, "
              "precision %.3f (%d found, %d missed, %d false, %d inside learning periods)",
              qint64(injected.size()), recall, precision, truePositives, missed, falsePositives,
              inLearning);
        QVERIFY(truePositives > 0);
        QCOMPARE(missed, 0);
        QCOMPARE(steadyFlagged, 0);
        QVERIFY(precision >= 0.9);

        // A later range (the page's 30 days) computes each day as the whole
        // history does, though it reads only the 28 days before the range.
        for (int offset : {20, 45, 61}) {
            const int lateFrom = dayNumber(day0.addDays(offset));
            auto late = analytics::loadSpendOverview(db, lateFrom, to);
            QVERIFY(late.ok());
            QCOMPARE(late->subscriptions.size(), overview->subscriptions.size());
            int compared = 0;
            for (int i = 0; i < late->subscriptions.size(); ++i) {
                const analytics::SubscriptionSpend &a = late->subscriptions[i];
                const analytics::SubscriptionSpend &b = overview->subscriptions[i];
                QCOMPARE(a.azureSubscriptionId, b.azureSubscriptionId);
                QCOMPARE(a.learning, b.learning);
                QCOMPARE(a.daysWithCost, b.daysWithCost);
                for (const analytics::SpendPoint &p : a.points) {
                    const auto same = std::find_if(
                        b.points.cbegin(), b.points.cend(),
                        [&p](const analytics::SpendPoint &q) { return q.day == p.day; });
                    QVERIFY(same != b.points.cend());
                    QCOMPARE(p.learning, same->learning);
                    QCOMPARE(p.anomaly, same->anomaly);
                    QCOMPARE(p.baseline, same->baseline);
                    QCOMPARE(p.upper, same->upper);
                    ++compared;
                }
            }
            QVERIFY(compared > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCustomerDrillDown)
#include "tst_customerdrilldown.moc"
