// DetectionService: one catalog per process, shared by every service, copy
// and thread; the engine's timestamps come from the injected clock.
#include "analytics/detectionservice.h"
#include "analytics/findingstore.h"
#include "analytics/settings.h"
#include "eventstore.h"
#include "sim/scenarios.h"
#include "store/cache.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <thread>
#include <vector>

using namespace vigie;
using namespace vigie::analytics;

namespace {

const QString kCustomer = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QDateTime kStart(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
const QDateTime kEnd(QDate(2026, 4, 15), QTime(0, 0), Qt::UTC);

// A cache holding the simulator's labelled scenarios for kCustomer.
std::unique_ptr<store::Database> scenarioCache(const QTemporaryDir &dir)
{
    auto db = store::openCache(dir.filePath(QStringLiteral("cache.sqlite")));
    if (!db)
        qFatal("cache: %s", qPrintable(db.error().message));
    const sim::ScenarioSet set = sim::generateScenarios(42, kCustomer, kStart, kEnd);
    QJsonObject s = set.settings;
    s.insert(QStringLiteral("customerId"), kCustomer);
    if (!CustomerSettings::fromJson(s)->save(**db, kStart).ok())
        qFatal("settings not saved");
    store::Transaction tx(**db);
    for (const sim::LabeledEvent &e : set.events)
        if (!testing::insertEvent(**db, kCustomer, e.stream, e.event))
            qFatal("event not stored");
    if (!tx.commit().ok())
        qFatal("events not committed");
    return std::move(db).value();
}

QList<qint64> column(store::Database &db, const char *sql)
{
    QList<qint64> out;
    store::Statement *st = db.cached(sql);
    while (st && st->step() == store::Statement::Step::Row)
        out << st->int64(0);
    if (st)
        st->reset();
    return out;
}

} // namespace

class TestDetectionService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every service, copy and thread sees the one catalog loaded by the first caller.
    void catalogLoadedOnce()
    {
        FixedClock clock(kEnd);
        DetectionService a(clock);
        std::vector<const RuleCatalog *> seen(8, nullptr);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < seen.size(); ++i) {
            // Odd threads use copies of `a`, even ones services of their own.
            threads.emplace_back([&seen, i, &clock, a] {
                const DetectionService s = i % 2 ? a : DetectionService(clock);
                if (auto c = s.catalog())
                    seen[i] = *c;
            });
        }
        for (std::thread &t : threads)
            t.join();
        auto first = a.catalog();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(!(*first)->rules().isEmpty());
        for (const RuleCatalog *c : seen)
            QCOMPARE(c, *first);
        const DetectionService copy = a;
        QCOMPARE(*copy.catalog(), *first);
        SystemClock system;
        QCOMPARE(*DetectionService(system).catalog(), *first);
    }

    // Findings and the detection state are stamped with the injected clock's
    // time, not the system's; an empty customer id means every customer.
    void usesTheInjectedClock()
    {
        QTemporaryDir dir;
        auto db = scenarioCache(dir);
        FixedClock clock(kEnd);
        DetectionService detection(clock);
        auto r = detection.evaluateNew(*db);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->events > 98);
        QVERIFY(r->findingsCreated > 0);
        const qint64 at = toEpochMs(kEnd);
        const QList<qint64> findings = column(*db, "SELECT updated_at FROM findings");
        QCOMPARE(findings.size(), r->findingsCreated);
        for (qint64 t : findings)
            QCOMPARE(t, at);
        const QList<qint64> state = column(*db, "SELECT updated_at FROM detection_state");
        QCOMPARE(state.size(), 2); // sign-ins and audits of the one customer
        for (qint64 t : state)
            QCOMPARE(t, at);

        // A later clock: nothing new, but the state records the pass at its time.
        clock.advance(86'400'000);
        auto again = detection.evaluateNew(*db, kCustomer);
        QVERIFY(again.ok());
        QCOMPARE(again->events, 0);
        for (qint64 t : column(*db, "SELECT updated_at FROM detection_state"))
            QCOMPARE(t, at + 86'400'000);
        for (qint64 t : column(*db, "SELECT updated_at FROM findings"))
            QCOMPARE(t, at);

        // A re-run over everything finds the same findings.
        auto rerun = detection.rerun(*db, {}, kStart);
        QVERIFY(rerun.ok());
        QCOMPARE(rerun->events, r->events);
        QCOMPARE(rerun->findingsCreated, r->findingsCreated);

        auto statuses = detection.ruleStatuses(*db, kCustomer);
        QVERIFY(statuses.ok());
        QCOMPARE(statuses->size(), (*detection.catalog())->rules().size());
        auto customers = detection.customers(*db);
        QVERIFY(customers.ok());
        QCOMPARE(*customers, QStringList{kCustomer});
    }
};

QTEST_GUILESS_MAIN(TestDetectionService)
#include "tst_detectionservice.moc"
