// Chart views against a cache of 200 customers and 1,000,000 sign-ins: each
// view's query and model building timed N times, p50/p95 printed per view.
// The last line is one JSON object: {"max_p95_ms", "views": {name: p95 ms},
// "baselines": {...}, ...}. Target: every view ≤ 50 ms p95. Not a test; run by
// hand (under nice on a shared machine):
//   bench_charts [--runs N] [--customers N] [--signins N] [--cache NEW_FILE | --reuse FILE]
//                [--only TEXT]
#include "analytics/detectionservice.h"
#include "analytics/spendview.h"
#include "benchworld.h"
#include "core/timeutil.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/statement.h"
#include "views.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace vigie;

namespace {

struct Timing
{
    double p50 = 0; // wall clock, ms
    double p95 = 0;
    double cpu50 = 0; // this thread's CPU time, ms: what the view costs on a
    double cpu95 = 0; // machine shared with other work
    double cold = 0;  // the first run (statements prepared, memos empty), wall ms
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Timing measure(int runs, const std::function<void()> &run)
{
    QElapsedTimer first;
    first.start();
    run(); // warms the page cache, the prepared statements and the memos
    const double cold = double(first.nsecsElapsed()) / 1e6;
    QList<double> ms, cpu;
    ms.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        run();
        cpu << threadCpuMs() - c0;
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    auto rank = [](const QList<double> &v, double p) { // nearest rank
        const int i = std::clamp(int(std::ceil(p * double(v.size()))) - 1, 0, int(v.size()) - 1);
        return v.at(i);
    };
    return Timing{rank(ms, 0.50), rank(ms, 0.95), rank(cpu, 0.50), rank(cpu, 0.95), cold};
}

// The same figures without the read models' shortcuts, for comparison: the
// alert trend by customer from the table rows (no covering index) and failed
// sign-ins per day from the raw events instead of signin_daily.
QList<QPair<QString, std::function<void(store::Database &)>>> baselines(const bench::BenchWorld &w)
{
    const qint64 from = w.nowMs - 90LL * 86400000;
    auto run = [](store::Database &db, const char *sql, qint64 bound) {
        store::Statement *st = db.cached(sql);
        if (!st) {
            std::fprintf(stderr, "baseline: %s\n", qPrintable(db.lastError().message));
            std::exit(1);
        }
        st->bind(1, bound);
        qint64 rows = 0;
        (void)st->forEachRow([&](const store::Statement &) { ++rows; });
    };
    const int fromDay =
        QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).date().toString(u"yyyyMMdd").toInt();
    const int today = w.todayYmd;
    const int spendFrom = QDate::fromString(QString::number(today), u"yyyyMMdd")
                              .addDays(-89)
                              .toString(u"yyyyMMdd")
                              .toInt();
    auto spend = [](Result<analytics::SpendOverview> r) {
        if (!r) {
            std::fprintf(stderr, "baseline: %s\n", qPrintable(r.error().message));
            std::exit(1);
        }
    };
    return {
        // The Spend page before schema 13: the detector over every
        // subscription's history on each read, every point returned.
        {QStringLiteral("spend_overview_90d_detector"),
         [=](store::Database &db) {
             spend(analytics::computeSpendOverview(db, spendFrom, today));
         }},
        // Every subscription's stored points (what the page no longer reads).
        {QStringLiteral("spend_overview_90d_every_stored_point"),
         [=](store::Database &db) { spend(analytics::loadSpendOverview(db, spendFrom, today)); }},
        {QStringLiteral("trend_customer_90d_from_rows"),
         [=](store::Database &db) {
             run(db,
                 "SELECT (detected_at - ?1) / 86400000, lower(customer_id), count(*) FROM alerts "
                 "NOT INDEXED WHERE detected_at >= ?1 AND is_test = 0 GROUP BY 1, 2",
                 from);
         }},
        {QStringLiteral("signins_per_day_90d_from_rollup"),
         [=](store::Database &db) {
             run(db,
                 "SELECT day, sum(total), sum(failed) FROM signin_daily WHERE day >= ?1 GROUP BY 1",
                 fromDay);
         }},
        {QStringLiteral("signins_per_day_90d_from_raw_events"),
         [=](store::Database &db) {
             run(db,
                 "SELECT created_at / 86400000, count(*), sum(error_code <> 0) FROM signins WHERE "
                 "created_at >= ?1 GROUP BY 1",
                 from);
         }},
    };
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // charts are built, never shown
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    int runs = 30;
    bench::WorldOptions options;
    QString cachePath;
    bool reuse = false; // --reuse FILE: time the views on a cache written before with --cache
    QString only;       // --only TEXT: the views whose name contains TEXT (for a profiler)
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString &k = args.at(i), &v = args.at(i + 1);
        if (k == u"--runs")
            runs = std::max(1, v.toInt());
        else if (k == u"--customers")
            options.customers = std::max(1, v.toInt());
        else if (k == u"--signins")
            options.signIns = std::max(0LL, v.toLongLong());
        else if (k == u"--cache")
            cachePath = v;
        else if (k == u"--only")
            only = v;
        else if (k == u"--reuse") {
            cachePath = v;
            reuse = true;
        } else {
            std::fprintf(stderr, "usage: bench_charts [--runs N] [--customers N] [--signins N] "
                                 "[--cache NEW_FILE | --reuse FILE] [--only TEXT]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    if (cachePath.isEmpty())
        cachePath = dir.filePath(QStringLiteral("charts.sqlite"));
    // The window's connection settings: the views are timed as the window runs them.
    auto db = store::openCache(cachePath, store::Database::Options::forViews());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }

    QElapsedTimer total;
    total.start();
    Result<bench::BenchWorld> world = Error::make(Error::Kind::Generic, QString());
    if (reuse) {
        world = bench::readWorld(**db);
    } else {
        world = bench::generateWorld(**db, options, [&](const QString &what) {
            std::fprintf(stderr, "[%6.1f s] writing %s\n", double(total.elapsed()) / 1000.0,
                         qPrintable(what));
        });
        if (world) {
            std::fprintf(stderr, "[%6.1f s] detection rules over the logs (findings)\n",
                         double(total.elapsed()) / 1000.0);
            analytics::DetectionService detection(SystemClock::instance());
            if (auto r = detection.evaluateNew(**db); !r)
                std::fprintf(stderr, "detection: %s (the findings tile reads 0)\n",
                             qPrintable(r.error().message));
            (void)(*db)->exec("PRAGMA optimize; ANALYZE");
        }
    }
    if (!world) {
        std::fprintf(stderr, "generate: %s\n", qPrintable(world.error().message));
        return 1;
    }
    std::printf("cache: %d customers, %lld sign-ins, %lld audits, %lld alerts, %d Azure "
                "subscriptions; generated in %.1f s\n",
                int(world->customerIds.size()), world->signIns, world->audits, world->alerts,
                int(world->subscriptionIds.size()), double(total.elapsed()) / 1000.0);

    QList<bench::ChartBenchView> views = bench::overviewViews(*world);
    views += bench::drilldownViews(*world);
    if (!only.isEmpty())
        views.removeIf([&](const bench::ChartBenchView &v) { return !v.name.contains(only); });
    std::printf("%-36s %9s %9s %9s %9s %9s   (%d runs each; cpu = this thread's CPU time; "
                "first = the first run)\n",
                "view", "p50 ms", "p95 ms", "cpu p50", "cpu p95", "first ms", runs);
    QJsonObject perView, perViewCpu, perViewCold;
    double maxP95 = 0;
    for (const bench::ChartBenchView &v : std::as_const(views)) {
        const Timing t = measure(runs, [&] { v.run(**db); });
        std::printf("%-36s %9.2f %9.2f %9.2f %9.2f %9.2f\n", qPrintable(v.name), t.p50, t.p95,
                    t.cpu50, t.cpu95, t.cold);
        perView.insert(v.name, std::round(t.p95 * 100) / 100);
        perViewCold.insert(v.name, std::round(t.cold * 100) / 100);
        perViewCpu.insert(v.name, std::round(t.cpu95 * 100) / 100);
        maxP95 = std::max(maxP95, t.p95);
    }
    std::printf("baselines (what the views avoid):\n");
    QJsonObject base;
    for (const auto &[name, run] : baselines(*world)) {
        if (!only.isEmpty() && !name.contains(only))
            continue;
        const Timing t = measure(std::max(3, runs / 5), [&] { run(**db); });
        std::printf("%-36s %9.2f %9.2f %9.2f %9.2f %9.2f\n", qPrintable(name), t.p50, t.p95,
                    t.cpu50, t.cpu95, t.cold);
        base.insert(name, std::round(t.p95 * 100) / 100);
    }
    const QJsonObject summary{{QStringLiteral("max_p95_ms"), std::round(maxP95 * 100) / 100},
                              {QStringLiteral("target_p95_ms"), 50},
                              {QStringLiteral("runs"), runs},
                              {QStringLiteral("customers"), int(world->customerIds.size())},
                              {QStringLiteral("signins"), world->signIns},
                              {QStringLiteral("alerts"), world->alerts},
                              {QStringLiteral("views"), perView},
                              {QStringLiteral("views_cpu_p95_ms"), perViewCpu},
                              {QStringLiteral("views_first_run_ms"), perViewCold},
                              {QStringLiteral("baselines"), base}};
    std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return maxP95 <= 50.0 ? 0 : 3;
}
