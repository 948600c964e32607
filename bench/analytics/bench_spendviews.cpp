// Timing of the Spend page's and the customer drill-down's read models on a
// cache of 200 customers and 1,000,000 sign-ins (written through the ingest
// path, so the rollups are kept as in real use): p50/p95 per view over
// repeated runs, beside a naive baseline that aggregates the raw sign-ins
// instead of the rollup. Target: every view <= 50 ms p95. The last line is
// one JSON object: max_p95_ms and views (name -> p95 ms).
//
//   bench_spendviews [signins=1000000] [customers=200] [runs=40] [cache file]
//
// With a cache file that exists, it is measured as it is (no seeding): the
// 1M-sign-in cache takes minutes to write; keep it to re-measure.

#include "analytics/spendview.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/customerdrilldown.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/spendrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <functional>

using namespace vigie;

namespace {

QString guid(QRandomGenerator &rng)
{
    QUuid u;
    u.data1 = rng.generate();
    u.data2 = quint16(rng.generate());
    u.data3 = quint16((rng.generate() & 0x0fff) | 0x4000);
    for (uchar &b : u.data4)
        b = uchar(rng.generate());
    u.data4[0] = (u.data4[0] & 0x3f) | 0x80;
    return u.toString(QUuid::WithoutBraces);
}

int dayNumber(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

struct Timing
{
    double p50 = 0;
    double p95 = 0;
};

Timing measure(int runs, const std::function<void(int)> &run)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        run(i);
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size()))];
    };
    return Timing{at(0.5), at(0.95)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 signIns = args.size() > 1 ? args[1].toLongLong() : 1000000;
    const int customerCount = args.size() > 2 ? args[2].toInt() : 200;
    const int runs = args.size() > 3 ? args[3].toInt() : 40;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString cachePath =
        args.size() > 4 ? args[4] : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = args.size() > 4 && QFileInfo::exists(cachePath);
    auto opened = store::openCache(cachePath);
    if (!opened) {
        QTextStream(stderr) << opened.error().message << '\n';
        return 1;
    }
    store::Database &db = **opened;
    QRandomGenerator rng(2026);
    const QDate today = QDateTime::currentDateTimeUtc().date();

    QList<Customer> customers;
    if (reuse) {
        auto ids = store::CustomerRepository(db).customerIds();
        for (const QString &id : ids ? *ids : QStringList()) {
            Customer c;
            c.id = id;
            customers << c;
        }
        out << "cache: " << cachePath << " reused (" << customers.size() << " customers)\n";
    } else {
        // Customers, Azure plans with 1-3 Azure subscriptions, 90 days of spend
        // (weekly seasonality, noise, a spike on one subscription in eight).
        QElapsedTimer build;
        build.start();
        QList<Entitlement> entitlements;
        QList<SpendDay> spend;
        QList<Alert> alerts;
        for (int c = 0; c < customerCount; ++c) {
            Customer cu;
            cu.id = guid(rng);
            cu.companyName = QStringLiteral("Customer %1").arg(c);
            customers << cu;
            const QString plan = guid(rng);
            const int subs = 1 + int(rng.bounded(3));
            for (int s = 0; s < subs; ++s) {
                Entitlement e{guid(rng),
                              plan,
                              cu.id,
                              QStringLiteral("Sub %1").arg(s),
                              QStringLiteral("active"),
                              {}};
                entitlements << e;
                const double base = 5 + rng.bounded(500.0);
                const bool spiky = rng.bounded(8) == 0;
                for (int d = 90; d >= 1; --d) {
                    const QDate day = today.addDays(-d);
                    double cost =
                        base * (day.dayOfWeek() >= 6 ? 0.7 : 1.0) * (0.9 + rng.bounded(0.2));
                    if (spiky && d == 10)
                        cost *= 8;
                    spend << SpendDay{e.id, cu.id, dayNumber(day), cost, QStringLiteral("EUR")};
                }
            }
            for (int a = 0; a < 25; ++a) {
                Alert al;
                al.id = guid(rng);
                al.displayName = QStringLiteral("Alert %1").arg(a);
                al.status = AlertStatus::parse(QStringLiteral("active"));
                al.severity =
                    AlertSeverity::parse(a % 3 ? QStringLiteral("medium") : QStringLiteral("high"));
                al.customerTenantId = cu.id;
                al.detectedDateTime = al.firstObservedDateTime = al.lastObservedDateTime =
                    QDateTime(today.addDays(-int(rng.bounded(90))), QTime(int(rng.bounded(24)), 0),
                              Qt::UTC);
                al.raw = QJsonObject{{QStringLiteral("id"), al.id}};
                alerts << al;
            }
        }
        store::CustomerRepository repo(db);
        if (!repo.upsertCustomers(customers, 1) || !repo.upsertEntitlements(entitlements, 1) ||
            !store::SpendRepository(db).upsert(spend, 1) ||
            !store::AlertRepository(db).upsert(alerts, 1)) {
            QTextStream(stderr) << "seeding failed\n";
            return 1;
        }
        // Findings: a few per customer.
        {
            auto st =
                db.prepare("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                           "severity, first_seen, last_seen, updated_at) "
                           "VALUES(?1, ?2, ?3, ?4, 'high', ?4, ?4, 1)");
            const char *rules[] = {"A1", "A4", "I2", "P3", "S1"};
            if (!st || !db.exec("BEGIN")) {
                QTextStream(stderr) << "findings seeding failed\n";
                return 1;
            }
            for (const Customer &cu : customers) {
                for (int f = 0; f < 15; ++f) {
                    (*st)->bind(1, QString::fromLatin1(rules[f % 5])).bind(2, cu.id);
                    (*st)->bind(3, guid(rng));
                    (*st)->bind(
                        4, QDateTime(today.addDays(-int(rng.bounded(60))), QTime(9, 0), Qt::UTC)
                               .toMSecsSinceEpoch());
                    if (!(*st)->exec()) {
                        QTextStream(stderr) << "finding insert failed\n";
                        return 1;
                    }
                }
            }
            if (!db.exec("COMMIT")) {
                QTextStream(stderr) << "commit failed\n";
                return 1;
            }
        }
        // Sign-ins through the ingest path, 5,000 per batch, 60 days, ~15 % failed.
        const int codes[] = {50126, 50126, 50053, 50074, 50076, 530032, 50055, 50057};
        const QByteArray raw(300, 'x');
        const qint64 start =
            QDateTime(today.addDays(-60), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        store::LogRepository logs(db);
        QElapsedTimer ingest;
        ingest.start();
        for (qint64 written = 0; written < signIns;) {
            QList<SignIn> batch;
            const qint64 n = std::min<qint64>(5000, signIns - written);
            batch.reserve(n);
            for (qint64 i = 0; i < n; ++i) {
                SignIn s;
                s.id = guid(rng);
                s.customerId = customers[rng.bounded(int(customers.size()))].id;
                s.createdDateTime = QDateTime::fromMSecsSinceEpoch(
                    start + qint64(rng.bounded(60 * 86400)) * 1000, Qt::UTC);
                s.userId = s.id;
                s.userPrincipalName = QStringLiteral("user@example.com");
                s.appId = QStringLiteral("00000002-0000-0000-c000-000000000000");
                s.errorCode = rng.bounded(100) < 15 ? codes[rng.bounded(8)] : 0;
                s.rawText = raw;
                batch << s;
            }
            if (!logs.insertSignIns(batch)) {
                QTextStream(stderr) << "sign-in insert failed\n";
                return 1;
            }
            written += n;
        }
        out << "cache: " << customerCount << " customers, " << entitlements.size()
            << " Azure subscriptions, " << spend.size() << " spend days, " << alerts.size()
            << " alerts, " << signIns << " sign-ins (ingest " << ingest.elapsed()
            << " ms; built in " << build.elapsed() << " ms)\n";
    }
    const int to = dayNumber(today);
    const auto from = [&](int days) { return dayNumber(today.addDays(1 - days)); };
    const auto customerAt = [&](int i) { return customers[(i * 37) % customers.size()].id; };
    QJsonObject views;
    double maxP95 = 0;
    const auto report = [&](const QString &name, const Timing &t, bool isView = true) {
        out << QStringLiteral("%1  p50 %2 ms  p95 %3 ms\n")
                   .arg(name, -34)
                   .arg(t.p50, 7, 'f', 2)
                   .arg(t.p95, 7, 'f', 2);
        if (isView) {
            views.insert(name, qRound(t.p95 * 100) / 100.0);
            maxP95 = std::max(maxP95, t.p95);
        }
    };
    store::CustomerDrillDown drill(db);
    for (int days : {30, 90}) {
        report(QStringLiteral("spend_overview_%1d").arg(days), measure(runs, [&](int) {
                   auto r = analytics::loadSpendOverview(db, from(days), to);
                   Q_ASSERT(r);
               }));
        report(QStringLiteral("drilldown_%1d").arg(days), measure(runs, [&](int i) {
                   auto r = analytics::loadCustomerView(db, customerAt(i), from(days), to);
                   Q_ASSERT(r);
               }));
    }
    report(QStringLiteral("drilldown_header"),
           measure(runs, [&](int i) { (void)drill.header(customerAt(i)); }));
    report(QStringLiteral("drilldown_alerts_per_day_90d"),
           measure(runs, [&](int i) { (void)drill.alertsPerDay(customerAt(i), from(90), to); }));
    report(QStringLiteral("drilldown_failed_signins_90d"), measure(runs, [&](int i) {
               (void)drill.failedSignInsPerDay(customerAt(i), from(90), to);
           }));
    report(QStringLiteral("drilldown_findings_per_rule_90d"),
           measure(runs, [&](int i) { (void)drill.findingsPerRule(customerAt(i), from(90), to); }));
    report(QStringLiteral("drilldown_timeline_90d"),
           measure(runs, [&](int i) { (void)drill.timeline(customerAt(i), from(90), to); }));
    // Naive baseline of the spend views: the detector over every day of every
    // subscription's history (what the range-limited detection avoids).
    report(QStringLiteral("naive_spend_full_history"),
           measure(runs,
                   [&](int) {
                       auto series = store::SpendReadModel(db).series({}, to);
                       int flagged = 0;
                       for (const store::SpendSeries &s : *series)
                           for (const analytics::SpendPoint &p :
                                analytics::detectSpendAnomalies(s.days))
                               flagged += p.anomaly ? 1 : 0;
                       Q_UNUSED(flagged);
                   }),
           false);
    // Naive baseline: the same failures-by-code chart aggregated from the raw
    // sign-ins (what the rollup avoids).
    auto naive = db.prepare(
        "SELECT CAST(strftime('%Y%m%d', created_at / 1000, 'unixepoch') AS INTEGER), error_code, "
        "count(*) FROM signins WHERE customer_id = ?1 AND created_at >= ?2 AND error_code != 0 "
        "GROUP BY 1, 2");
    report(QStringLiteral("naive_failed_signins_from_raw_90d"),
           measure(runs,
                   [&](int i) {
                       (*naive)->bind(1, customerAt(i)).bind(2, store::dayStartMs(from(90)));
                       if (!(*naive)->forEachRow([](const store::Statement &) {}))
                           qFatal("naive query failed");
                   }),
           false);
    out << QJsonDocument(QJsonObject{{QStringLiteral("max_p95_ms"), qRound(maxP95 * 100) / 100.0},
                                     {QStringLiteral("views"), views}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return maxP95 <= 50 ? 0 : 2;
}
