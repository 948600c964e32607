// The alerts queue at scale: 100,000 alerts over 200 customers (random GUID
// ids) in a real cache, the real AlertsPage on its StoreWorker (offscreen).
// Prints the time from start to an interactive queue, filter and sort
// latency as the analyst sees it (from the change to the table repainted
// with the answer), the same passes through the index alone and through the naive
// per-call filter + sort (the code before the index, kept here verbatim in
// spirit: filter every row, then sort with a comparator), and the alert
// detail's context load. Last line: one JSON object.
//
//   build/bench/gui/bench_queue [alerts=100000] [customers=200] [--cache FILE]
// (--cache keeps the generated cache in FILE, or reuses FILE when it exists)
#include "gui/alertqueueindex.h"
#include "gui/alertsmodel.h"
#include "gui/alertspage.h"
#include "gui/storeworker.h"
#include "store/alertqueue.h"
#include "store/cache.h"
#include "store/transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <ctime>

using namespace vigie;

namespace {

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// CPU time of the whole process (every thread) and of the calling thread,
// in ms: on the shared, loaded machine the wall-clock figures mostly measure
// waiting for a core; the CPU a change costs is what a quiet machine would
// wait for it (an upper bound: the background sort warm-up is counted too).
double cpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(QList<double> v)
{
    Stats s;
    if (v.isEmpty())
        return s;
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) {
        return v[std::min<int>(int(v.size()) - 1, int(q * v.size()))];
    };
    s.p50 = at(0.5);
    s.p95 = at(0.95);
    s.max = v.last();
    return s;
}

QString fmt(const Stats &s)
{
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
        .arg(s.p50, 0, 'f', 1)
        .arg(s.p95, 0, 'f', 1)
        .arg(s.max, 0, 'f', 1);
}

// The queue's filter and sort before the index: every call filters every
// row and sorts the survivors with a comparator (locale-aware ranks for
// text columns).
QList<int> naive(const QList<store::AlertQueueRow> &rows, const gui::AlertQueueFilter &f,
                 int column, Qt::SortOrder order)
{
    return gui::filterAndSort(rows, f, column, order);
}

bool fillCache(const QString &path, int alerts, int customers, QStringList *ids, QStringList *names)
{
    auto db = store::openCache(path);
    if (!db)
        return false;
    QRandomGenerator rng(42);
    static const char *kTypes[] = {"ARM_AnomalousResourceConsumption",
                                   "ARM_SuspiciousOperations",
                                   "VM_AnomalousDeployment",
                                   "CryptoMining",
                                   "networkConnectionsToCryptoMiningPools",
                                   "usageAnomalyDetection",
                                   "AzureBatch_AnomalousDeployment"};
    static const char *kSev[] = {"high", "medium", "low", "informational"};
    static const char *kStatus[] = {"active", "investigating", "resolved", "resolved"};
    static const char *kWords[] = {"Contoso", "Fabrikam",  "Northwind", "Tailspin",  "Litware",
                                   "Adatum",  "Proseware", "Wingtip",   "Woodgrove", "Lucerne"};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList subs;
    {
        store::Transaction tx(**db);
        auto *c = (*db)->cached("INSERT INTO customers(id, company_name, domain, raw, synced_at) "
                                "VALUES(?1, ?2, ?3, '{}', ?4)");
        auto *s = (*db)->cached("INSERT INTO subscriptions(id, customer_id, offer_name, status, "
                                "raw, synced_at) VALUES(?1, ?2, 'Azure plan', 'active', '{}', ?3)");
        for (int i = 0; i < customers; ++i) {
            const QString id = guid();
            const QString name =
                QStringLiteral("%1 %2 %3")
                    .arg(QLatin1String(kWords[i % 10]), QLatin1String(kWords[(i / 10) % 10]))
                    .arg(i);
            *ids << id;
            *names << name;
            c->bind(1, id).bind(2, name).bind(3, name.toLower() + QStringLiteral(".example"));
            c->bind(4, now);
            if (!c->exec())
                return false;
            for (int k = 0; k < 2; ++k) {
                subs << guid();
                s->bind(1, subs.last()).bind(2, id).bind(3, now);
                if (!s->exec())
                    return false;
            }
        }
        if (!tx.commit())
            return false;
    }
    const QByteArray rawPad(500, 'x');
    for (int page = 0; page * 1000 < alerts; ++page) {
        store::Transaction tx(**db);
        auto *a = (*db)->cached(
            "INSERT INTO alerts(id, display_name, alert_type, status, severity, confidence, "
            "customer_id, subscription_id, detected_at, first_observed_at, last_observed_at, "
            "resolved_reason, raw, synced_at) VALUES(?1, ?2, ?3, ?4, ?5, 'medium', ?6, ?7, ?8, "
            "?8, ?9, ?10, ?11, ?12)");
        auto *e = (*db)->cached("INSERT INTO alert_events(alert_id, at, kind, new_status) "
                                "VALUES(?1, ?2, 'discovered', ?3)");
        for (int i = page * 1000; i < std::min(alerts, (page + 1) * 1000); ++i) {
            const int c = int(rng.bounded(customers));
            const QString id = guid();
            const QString status = QLatin1String(kStatus[rng.bounded(4)]);
            const qint64 at = now - qint64(rng.bounded(90 * 24 * 3600)) * 1000;
            const QString type = QLatin1String(kTypes[rng.bounded(7)]);
            a->bind(1, id)
                .bind(2, QStringLiteral("Suspicious activity %1 on %2").arg(i).arg(names->at(c)))
                .bind(3, type)
                .bind(4, status)
                .bind(5, QLatin1String(kSev[rng.bounded(4)]))
                .bind(6, ids->at(c))
                .bind(7, subs.at(c * 2 + int(rng.bounded(2))))
                .bind(8, at)
                .bind(9, at + 3600000)
                .bind(10, status == u"resolved" ? QStringLiteral("legitimate") : QString())
                .bindText(11, "{\"id\":\"" + id.toUtf8() + "\",\"description\":\"" + rawPad + "\"}")
                .bind(12, now);
            if (!a->exec())
                return false;
            e->bind(1, id).bind(2, now).bind(3, status);
            if (!e->exec())
                return false;
        }
        if (!tx.commit())
            return false;
    }
    // The context: sign-ins and audits of each customer over 90 days, spend.
    for (int c = 0; c < customers; ++c) {
        store::Transaction tx(**db);
        auto *s = (*db)->cached("INSERT INTO signins(id, customer_id, created_at, upn, app_name, "
                                "ip, country, error_code, raw) VALUES(?1, ?2, ?3, 'u@x', 'App', "
                                "'198.51.100.7', 'FR', ?4, '{}')");
        for (int k = 0; k < 500; ++k) {
            s->bind(1, guid())
                .bind(2, ids->at(c))
                .bind(3, now - qint64(rng.bounded(90 * 24 * 3600)) * 1000)
                .bind(4, rng.bounded(10) == 0 ? 50126 : 0);
            if (!s->exec())
                return false;
        }
        auto *au = (*db)->cached("INSERT INTO audits(id, customer_id, activity_at, category, "
                                 "activity, result, raw) VALUES(?1, ?2, ?3, 'UserManagement', "
                                 "'Update user', 'success', '{}')");
        for (int k = 0; k < 200; ++k) {
            au->bind(1, guid())
                .bind(2, ids->at(c))
                .bind(3, now - qint64(rng.bounded(90 * 24 * 3600)) * 1000);
            if (!au->exec())
                return false;
        }
        auto *sp = (*db)->cached("INSERT INTO spend_daily(subscription_id, customer_id, day, "
                                 "cost, currency, synced_at) VALUES(?1, ?2, ?3, ?4, 'EUR', ?5)");
        for (int k = 0; k < 2; ++k)
            for (int d = 0; d < 90; ++d) {
                const QDate day = QDate::currentDate().addDays(-d);
                sp->bind(1, subs.at(c * 2 + k))
                    .bind(2, ids->at(c))
                    .bind(3, day.year() * 10000 + day.month() * 100 + day.day())
                    .bind(4, 10.0 + rng.bounded(100))
                    .bind(5, now);
                if (!sp->exec())
                    return false;
            }
        if (!tx.commit())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    // --cache FILE: the generated cache is kept there, and reused when it
    // exists (building it takes minutes on a loaded machine).
    QString keep;
    if (const qsizetype at = args.indexOf(QStringLiteral("--cache")); at >= 0) {
        keep = args.value(at + 1);
        args.remove(at, std::min<qsizetype>(2, args.size() - at));
    }
    const int alerts = args.size() > 0 ? args[0].toInt() : 100000;
    const int customers = args.size() > 1 ? args[1].toInt() : 200;
    QTextStream out(stdout);
    const QString loadAtStart = loadAverage();
    out << "load average at start: " << loadAtStart << "\n";
    QTemporaryDir dir;
    const QString cache = keep.isEmpty() ? dir.filePath(QStringLiteral("queue.sqlite")) : keep;
    QStringList customerIds, customerNames;
    QElapsedTimer gen;
    gen.start();
    if (!keep.isEmpty() && QFile::exists(keep)) {
        auto db = store::openCache(keep);
        auto *q =
            db ? (*db)->cached("SELECT id, company_name FROM customers ORDER BY rowid") : nullptr;
        while (q && q->step() == store::Statement::Step::Row) {
            customerIds << q->text(0);
            customerNames << q->text(1);
        }
        if (customerIds.size() != customers) {
            QTextStream(stderr) << "the kept cache has another world\n";
            return 1;
        }
        out << "cache: reused " << keep << "\n";
    } else if (!fillCache(cache, alerts, customers, &customerIds, &customerNames)) {
        QTextStream(stderr) << "could not fill the cache\n";
        return 1;
    } else
        out << "cache: " << alerts << " alerts over " << customers << " customers, "
            << customers * 500 << " sign-ins, " << customers * 200 << " audits, built in "
            << gen.elapsed() << " ms\n";
    out.flush();

    // Start to an interactive queue: a fresh store thread, the page shown,
    // the rows read, indexed and the default view in the model.
    QElapsedTimer clock;
    clock.start();
    gui::StoreWorker worker(cache);
    gui::AlertsPage page(worker);
    page.resize(1280, 760);
    page.show();
    QSignalSpy loaded(&page, &gui::AlertsPage::loaded);
    QString shownDetail; // the alert whose detail the page shows
    int detailsRebuilt = 0;
    QObject::connect(&page, &gui::AlertsPage::detailShown,
                     [&](const QString &id) { shownDetail = id; });
    page.reload();
    if (!loaded.wait(120000)) {
        QTextStream(stderr) << "the queue never loaded\n";
        return 1;
    }
    const qint64 interactiveMs = clock.elapsed();
    out << "start to interactive queue: " << interactiveMs << " ms ("
        << loaded.first().at(0).toInt() << " alerts, " << loaded.first().at(1).toInt()
        << " shown)\n";
    out.flush();

    // Filters an analyst sets, one after the other; typing a search word
    // letter by letter is part of it.
    QRandomGenerator rng(7);
    QList<gui::AlertQueueFilter> filters;
    const QString word = customerNames.at(int(rng.bounded(customers))).section(u' ', 0, 0);
    for (int round = 0; round < 4; ++round) {
        gui::AlertQueueFilter f = gui::AlertQueueFilter::openAlerts();
        filters << f;
        f.severities = {QStringLiteral("high")};
        filters << f;
        f.customerId = customerIds.at(int(rng.bounded(customers)));
        filters << f;
        f = gui::AlertQueueFilter{};
        filters << f;
        for (int n = 1; n <= word.size(); ++n) {
            f.text = word.left(n);
            filters << f;
        }
        f = gui::AlertQueueFilter::openAlerts();
        f.text = QStringLiteral("crypto");
        filters << f;
        f.text.clear();
        f.severities = {QStringLiteral("medium"), QStringLiteral("high")};
        filters << f;
    }

    QList<double> cpu;    // process CPU of each change, in the order measured
    QList<double> guiCpu; // of which the GUI thread
    const auto waitLoaded = [&](auto change) {
        loaded.clear();
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        const double gui0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        change();
        if (!loaded.wait(60000))
            return -1.0;
        // A filter that hid the current alert shows another one: its detail
        // (text and context charts, read on the store thread) is part of the
        // change, counted here rather than in whatever comes next.
        const QString current = page.currentAlertId();
        if (!current.isEmpty() && current != shownDetail) {
            QElapsedTimer wait;
            wait.start();
            while (current != shownDetail && wait.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            ++detailsRebuilt;
        }
        // Until the table shows it: the repaint the change posted is part of
        // its cost (it used to be counted in the next change's CPU only).
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        cpu << cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
        guiCpu << cpuMs(CLOCK_THREAD_CPUTIME_ID) - gui0;
        return t.nsecsElapsed() / 1e6;
    };
    QList<double> pageFilter, indexFilter, naiveFilter;
    auto index = std::make_shared<gui::AlertQueueIndex>(page.model()->rows());
    const auto rows = page.model()->rows();
    for (const gui::AlertQueueFilter &f : std::as_const(filters)) {
        pageFilter << waitLoaded([&] { page.setFilter(f); });
        QElapsedTimer t;
        t.start();
        const QList<int> fast =
            index->select(f, gui::AlertsModel::LastObserved, Qt::DescendingOrder);
        indexFilter << t.nsecsElapsed() / 1e6;
        t.restart();
        const QList<int> slow =
            naive(*rows, f, gui::AlertsModel::LastObserved, Qt::DescendingOrder);
        naiveFilter << t.nsecsElapsed() / 1e6;
        if (fast != slow) {
            QTextStream(stderr) << "the index and the naive pass disagree\n";
            return 1;
        }
    }
    const QList<double> filterCpu = cpu, filterGuiCpu = guiCpu;
    const int filterDetails = detailsRebuilt;
    cpu.clear();
    guiCpu.clear();
    out << "filter (" << filters.size() << " changes, page end to end, " << filterDetails
        << " of them showing the detail of a new current alert): " << fmt(stats(pageFilter)) << "\n"
        << "  process CPU per change: " << fmt(stats(filterCpu))
        << ", of which the GUI thread: " << fmt(stats(filterGuiCpu)) << "\n"
        << "  index alone: " << fmt(stats(indexFilter)) << "\n"
        << "  naive filter + sort (before): " << fmt(stats(naiveFilter)) << "\n";
    out.flush();

    // Sorting every column both ways over the default view (first sort of a
    // column included: it builds that column's permutation).
    page.setFilter(gui::AlertQueueFilter::openAlerts());
    loaded.wait(60000);
    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    QList<double> pageSort, pageSortCold, naiveSort;
    for (int pass = 0; pass < 2; ++pass)
        for (int c = 0; c < gui::AlertsModel::ColumnCount; ++c)
            for (Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const double ms =
                    waitLoaded([&] { table->horizontalHeader()->setSortIndicator(c, o); });
                (pass == 0 ? pageSortCold : pageSort) << ms;
                if (pass == 0) {
                    QElapsedTimer t;
                    t.start();
                    const QList<int> slow = naive(*rows, gui::AlertQueueFilter::openAlerts(), c, o);
                    naiveSort << t.nsecsElapsed() / 1e6;
                    if (index->select(gui::AlertQueueFilter::openAlerts(), c, o) != slow) {
                        QTextStream(stderr) << "the index and the naive sort disagree\n";
                        return 1;
                    }
                }
            }
    QList<double> allSort = pageSort + pageSortCold;
    const QList<double> sortCpu = cpu;
    out << "sort (" << allSort.size()
        << " column changes, page end to end): " << fmt(stats(allSort)) << "\n"
        << "  first sort of each column: " << fmt(stats(pageSortCold)) << "\n"
        << "  again: " << fmt(stats(pageSort)) << "\n"
        << "  naive filter + sort (before): " << fmt(stats(naiveSort)) << "\n"
        << "  process CPU per change: " << fmt(stats(sortCpu))
        << ", of which the GUI thread: " << fmt(stats(guiCpu)) << "\n";
    out.flush();

    // The detail's context around the alert time, from the cache.
    auto db = store::openCache(cache);
    if (!db)
        return 1;
    QList<double> context, contextCpu;
    for (int i = 0; i < 200; ++i) {
        const QString id = rows->at(int(rng.bounded(int(rows->size())))).id;
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        auto c = store::AlertQueueReadModel(**db).context(id);
        context << t.nsecsElapsed() / 1e6;
        contextCpu << cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu0;
        if (!c) {
            QTextStream(stderr) << c.error().message << '\n';
            return 1;
        }
    }
    out << "alert context (200 alerts): " << fmt(stats(context)) << "\n"
        << "  thread CPU: " << fmt(stats(contextCpu)) << "\n";
    const QString loadAtEnd = loadAverage();
    out << "load average at end: " << loadAtEnd << "\n";

    const Stats f = stats(pageFilter), s = stats(allSort), c = stats(context),
                nf = stats(naiveFilter), ns = stats(naiveSort);
    QJsonObject json{{QStringLiteral("alerts"), alerts},
                     {QStringLiteral("customers"), customers},
                     {QStringLiteral("interactive_ms"), interactiveMs},
                     {QStringLiteral("filter_p50_ms"), f.p50},
                     {QStringLiteral("filter_p95_ms"), f.p95},
                     {QStringLiteral("sort_p50_ms"), s.p50},
                     {QStringLiteral("sort_p95_ms"), s.p95},
                     {QStringLiteral("context_p50_ms"), c.p50},
                     {QStringLiteral("context_p95_ms"), c.p95},
                     {QStringLiteral("naive_filter_p95_ms"), nf.p95},
                     {QStringLiteral("naive_sort_p95_ms"), ns.p95},
                     {QStringLiteral("filter_cpu_p95_ms"), stats(filterCpu).p95},
                     {QStringLiteral("sort_cpu_p95_ms"), stats(sortCpu).p95},
                     {QStringLiteral("context_cpu_p95_ms"), stats(contextCpu).p95},
                     {QStringLiteral("loadavg_start"), loadAtStart},
                     {QStringLiteral("loadavg_end"), loadAtEnd}};
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
