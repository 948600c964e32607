// bench_store [EVENTS] [CUSTOMERS]: reads of the detail view and drill-downs
// on a cache of EVENTS sign-ins (default 1,000,000, random GUID ids, ~1.2 KB
// of JSON each) over CUSTOMERS tenants (default 4), written through
// LogRepository as sync and import write them. Prints p50/p95 of 200 runs of
// each query at random moments, with the load average. Not a test: run it by
// hand, under `nice -n 10`.
#include "core/types.h"
#include "store/alertqueue.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/logrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace vigie;

namespace {

constexpr qint64 kT0 = 1711929600000; // 2024-04-01
constexpr qint64 kSpacingMs = 2600;   // per customer: ~33 days of events at 250k

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

QString customerOf(int c)
{
    return QStringLiteral("c0ffee%1-5d6e-4f70-8192-a3b4c5d6e7f8").arg(c, 2, 10, QChar(u'0'));
}

SignIn signIn(int c, qint64 i)
{
    SignIn r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.createdDateTime = QDateTime::fromMSecsSinceEpoch(kT0 + i * kSpacingMs, Qt::UTC);
    r.userPrincipalName = QStringLiteral("user%1@tenant%2.example").arg(i % 3000).arg(c);
    r.userId = QStringLiteral("26be570a-ae82-4189-b4e2-%1").arg(i % 3000, 12, 10, QChar(u'0'));
    r.appId = QStringLiteral("de8bc8b5-d9f9-48b1-a8ad-b748da725064");
    r.appDisplayName = QStringLiteral("Graph Explorer");
    r.ipAddress = QStringLiteral("131.107.%1.%2").arg(i % 250).arg(i % 199);
    r.countryOrRegion = QStringLiteral("US");
    r.errorCode = i % 9 == 0 ? 50126 : 0;
    const QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("createdDateTime"), r.createdDateTime.toString(Qt::ISODate)},
        {QStringLiteral("userPrincipalName"), r.userPrincipalName},
        {QStringLiteral("userId"), r.userId},
        {QStringLiteral("appId"), r.appId},
        {QStringLiteral("appDisplayName"), r.appDisplayName},
        {QStringLiteral("ipAddress"), r.ipAddress},
        {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
        {QStringLiteral("correlationId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("conditionalAccessStatus"), QStringLiteral("notApplied")},
        {QStringLiteral("isInteractive"), true},
        {QStringLiteral("resourceDisplayName"), QStringLiteral("Microsoft Graph")},
        {QStringLiteral("resourceId"), QStringLiteral("00000003-0000-0000-c000-000000000000")},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("errorCode"), r.errorCode},
                     {QStringLiteral("failureReason"), QStringLiteral("Other.")}}},
        {QStringLiteral("deviceDetail"),
         QJsonObject{{QStringLiteral("operatingSystem"), QStringLiteral("Windows 10")},
                     {QStringLiteral("browser"), QStringLiteral("Edge 80.0.361")}}},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Redmond")},
                     {QStringLiteral("state"), QStringLiteral("Washington")},
                     {QStringLiteral("countryOrRegion"), r.countryOrRegion}}},
    };
    r.rawText = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

template <typename F> void measure(const char *what, F run, int runs = 200)
{
    QList<double> ms;
    QElapsedTimer t;
    for (int k = 0; k < runs; ++k) {
        t.start();
        if (!run(k)) {
            std::printf("%-58s FAILED\n", what);
            return;
        }
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-58s p50 %7.2f ms  p95 %7.2f ms\n", what, ms[ms.size() / 2],
                ms[ms.size() * 95 / 100]);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 events = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1000000;
    const int customers = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 4;
    const qint64 perCustomer = events / customers;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto opened = store::openCache(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    store::Database &db = **opened;
    store::LogRepository logs(db);

    // The cache: each customer's events in pages of 1,000, as sync writes them.
    QElapsedTimer t;
    qint64 insertNs = 0;
    QList<QList<std::pair<QString, QDateTime>>> sampleIds(customers);
    for (qint64 first = 0; first < perCustomer; first += 1000) {
        for (int c = 0; c < customers; ++c) {
            QList<SignIn> page;
            for (qint64 i = first; i < std::min(perCustomer, first + 1000); ++i)
                page << signIn(c, i);
            sampleIds[c] << std::make_pair(page[page.size() / 2].id,
                                           page[page.size() / 2].createdDateTime);
            t.start();
            if (!logs.insertSignIns(customerOf(c), page, QStringLiteral("sync"))) {
                std::fprintf(stderr, "insert failed\n");
                return 1;
            }
            insertNs += t.nsecsElapsed();
        }
    }
    (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const qint64 total = perCustomer * customers;
    std::printf("cache: %lld sign-ins over %d customers written in %.1f s (%.0f rows/s), "
                "%.0f bytes/event (load %s)\n",
                qlonglong(total), customers, insertNs / 1e9, total * 1e9 / double(insertNs),
                double(QFileInfo(path).size()) / double(total), qPrintable(loadAverage()));

    // One alert per customer, in the middle of its events.
    QList<Alert> alerts;
    for (int c = 0; c < customers; ++c) {
        Alert a;
        a.id = QStringLiteral("alert-%1").arg(c);
        a.displayName = QStringLiteral("Unusual sign-in activity");
        a.customerTenantId = customerOf(c);
        a.subscriptionId = QStringLiteral("sub-%1").arg(c);
        a.detectedDateTime =
            QDateTime::fromMSecsSinceEpoch(kT0 + perCustomer / 2 * kSpacingMs, Qt::UTC);
        a.raw = QJsonObject{{QStringLiteral("id"), a.id}};
        alerts << a;
    }
    if (!store::AlertRepository(db).upsert(alerts, kT0)) {
        std::fprintf(stderr, "alert upsert failed\n");
        return 1;
    }

    QRandomGenerator rng(7);
    store::AlertQueueReadModel queue(db);
    measure("alert detail: context around the alert (±24 h)", [&](int k) {
        return queue.context(QStringLiteral("alert-%1").arg(k % customers)).ok();
    });
    measure("evidence raw JSON by id and time (detail view)", [&](int k) {
        const auto &ids = sampleIds[k % customers];
        const auto &s = ids[rng.bounded(int(ids.size()))];
        return !logs.signInRaw(customerOf(k % customers), s.first, s.second).isEmpty();
    });
    const qint64 span = perCustomer * kSpacingMs;
    auto drill = [&](const char *what, const char *sql, qint64 windowMs) {
        measure(what, [&](int k) {
            store::Statement *st = db.cached(sql);
            if (!st)
                return false;
            const qint64 from = kT0 + rng.bounded(std::max<qint64>(1, span - windowMs));
            st->bind(1, customerOf(k % customers)).bind(2, from).bind(3, from + windowMs);
            int rows = 0;
            return st->forEachRow([&](const store::Statement &) { ++rows; }).ok();
        });
    };
    drill("drill-down: failed sign-ins of a customer, 7 days, newest 200",
          "SELECT id, created_at, upn, app_name, ip, country, error_code FROM signins "
          "WHERE customer_id=?1 AND created_at>=?2 AND created_at<?3 AND error_code<>0 "
          "ORDER BY created_at DESC LIMIT 200",
          7 * 86400000LL);
    drill("drill-down: sign-ins per day of a customer, 30 days",
          "SELECT created_at / 86400000, count(*), sum(error_code<>0) FROM signins "
          "WHERE customer_id=?1 AND created_at>=?2 AND created_at<?3 GROUP BY 1",
          30 * 86400000LL);
    drill("drill-down: one hour of a customer's events with raw JSON",
          "SELECT id, raw_json(raw) FROM signins WHERE customer_id=?1 AND created_at>=?2 AND "
          "created_at<?3 ORDER BY created_at",
          3600000LL);
    measure(
        "evidence raw JSON by id only (no time: walks the customer)",
        [&](int k) {
            const auto &ids = sampleIds[k % customers];
            const auto &s = ids[rng.bounded(int(ids.size()))];
            return !logs.signInRaw(customerOf(k % customers), s.first).isEmpty();
        },
        20);
    std::printf("(load %s)\n", qPrintable(loadAverage()));
    return 0;
}
