// gui::ResumePolicy on a fixed clock and hand-driven timers: the backoff
// after unreachable runs, its reset, no automatic attempt after sign-in
// required / cancel / fatal, and the debounced sync when the network returns.

#include "gui/resumepolicy.h"

#include <QSignalSpy>
#include <QTest>

using namespace vigie;
using gui::ResumePolicy;

namespace {

class ManualTimer final : public gui::ResumeTimer
{
public:
    void start(int ms) override
    {
        intervalMs = ms;
        active = true;
    }
    void stop() override { active = false; }
    bool isActive() const override { return active; }
    // Runs the timeout as the event loop would; false when not running.
    bool fire()
    {
        if (!active)
            return false;
        active = false;
        onTimeout();
        return true;
    }
    int intervalMs = -1;
    bool active = false;
};

sync::RunResult unreachable()
{
    sync::RunResult r;
    r.unreachable = true;
    return r;
}

sync::RunResult reached()
{
    return {};
}

struct Fixture
{
    explicit Fixture(ResumePolicy::Config config = defaults())
        : clock(QDateTime(QDate(2024, 5, 6), QTime(10, 42), Qt::UTC)),
          policy(config, clock,
                 [this] {
                     auto t = std::make_unique<ManualTimer>();
                     timers << t.get();
                     return t;
                 }),
          requested(&policy, &ResumePolicy::syncRequested)
    {}
    static ResumePolicy::Config defaults()
    {
        ResumePolicy::Config c;
        c.firstRetryMs = 15000;
        c.maxRetryMs = 240000;
        c.networkDebounceMs = 2000;
        return c;
    }
    // The policy makes its backoff timer first, then its network timer.
    ManualTimer &retry() { return *timers.at(0); }
    ManualTimer &network() { return *timers.at(1); }
    qint64 now() const { return toEpochMs(clock.now()); }
    // One run that ends with `result`.
    void run(const sync::RunResult &result)
    {
        policy.runStarted();
        policy.runFinished(result);
    }

    FixedClock clock;
    QList<ManualTimer *> timers;
    ResumePolicy policy;
    QSignalSpy requested;
};

} // namespace

class TestResumePolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffSequence()
    {
        Fixture f;
        QCOMPARE(f.timers.size(), 2);
        const QList<int> want{15000, 30000, 60000, 120000, 240000, 240000, 240000};
        for (int n = 1; n <= want.size(); ++n)
            QCOMPARE(f.policy.retryDelayMs(n), want.at(n - 1));
        QVERIFY(!f.policy.isOffline());
        QCOMPARE(f.policy.nextAttemptMs(), qint64(0));

        // Each unreachable run waits the next delay, then asks for a sync.
        for (int n = 1; n <= want.size(); ++n) {
            f.run(unreachable());
            QVERIFY(f.policy.isOffline());
            QCOMPARE(f.policy.failures(), n);
            QVERIFY(f.retry().active);
            QCOMPARE(f.retry().intervalMs, want.at(n - 1));
            QCOMPARE(f.policy.nextAttemptMs(), f.now() + want.at(n - 1));
            QCOMPARE(f.requested.size(), n - 1);
            f.clock.advance(want.at(n - 1));
            QVERIFY(f.retry().fire());
            QCOMPARE(f.requested.size(), n);
            QCOMPARE(f.policy.nextAttemptMs(), qint64(0));
        }
    }

    void capIsTheFirstDelayWhenSmaller()
    {
        ResumePolicy::Config c = Fixture::defaults();
        c.firstRetryMs = 60000;
        c.maxRetryMs = 20000;
        Fixture f(c);
        QCOMPARE(f.policy.retryDelayMs(1), 20000);
        QCOMPARE(f.policy.retryDelayMs(40), 20000); // no overflow
    }

    void runThatGetsThroughResets()
    {
        Fixture f;
        f.run(unreachable());
        f.run(unreachable());
        QCOMPARE(f.retry().intervalMs, 30000);
        // A manual run (Sync now) while a retry waits: the wait is dropped.
        f.policy.runStarted();
        QVERIFY(!f.retry().active);
        QCOMPARE(f.policy.nextAttemptMs(), qint64(0));
        // Some streams failed but requests got through: online again.
        sync::RunResult partial;
        sync::StreamProgress failed;
        failed.state = sync::StreamProgress::State::Failed;
        partial.streams << failed;
        f.policy.runFinished(partial);
        QVERIFY(!f.policy.isOffline());
        QCOMPARE(f.policy.failures(), 0);
        QVERIFY(!f.retry().active);
        QCOMPARE(f.policy.nextAttemptMs(), qint64(0));
        // The next outage starts the sequence again.
        f.run(unreachable());
        QCOMPARE(f.retry().intervalMs, 15000);
        f.run(reached());
        QVERIFY(!f.policy.isOffline());
        QVERIFY(!f.retry().active);
        QCOMPARE(f.requested.size(), 0);
    }

    void noAutomaticAttemptAfterSignInCancelOrFatal_data()
    {
        QTest::addColumn<int>("why");
        QTest::newRow("sign-in required") << 0;
        QTest::newRow("cancelled") << 1;
        QTest::newRow("fatal") << 2;
    }
    void noAutomaticAttemptAfterSignInCancelOrFatal()
    {
        QFETCH(int, why);
        Fixture f;
        f.run(unreachable());
        QVERIFY(f.retry().active);
        sync::RunResult r = unreachable(); // a refused token also reaches nothing
        r.signInRequired = why == 0;
        r.cancelled = why == 1;
        r.hasFatal = why == 2;
        f.policy.runStarted(); // the retry run
        f.policy.runFinished(r);
        QVERIFY(f.policy.isPaused());
        QVERIFY(!f.retry().active);
        QVERIFY(!f.network().active);
        QCOMPARE(f.policy.nextAttemptMs(), qint64(0));
        // Nor when the network comes back.
        f.policy.setNetworkOnline(false);
        f.policy.setNetworkOnline(true);
        QVERIFY(!f.network().active);
        QCOMPARE(f.requested.size(), 0);
        // A late timeout (already queued) is ignored too.
        f.retry().active = true;
        QVERIFY(f.retry().fire());
        QCOMPARE(f.requested.size(), 0);

        // The analyst syncs (after signing in): automatic attempts are back.
        f.run(unreachable());
        QVERIFY(!f.policy.isPaused());
        QVERIFY(f.retry().active);
        QCOMPARE(f.retry().intervalMs, 30000); // second unreachable run (the paused one is not)
    }

    void cancelDuringRetryWaitStopsTheLoop()
    {
        // Cancel arrives as the end of the retry run; the loop stops there.
        Fixture f;
        f.run(unreachable());
        QVERIFY(f.retry().fire());
        QCOMPARE(f.requested.size(), 1);
        sync::RunResult cancelled;
        cancelled.cancelled = true;
        f.run(cancelled);
        QVERIFY(!f.retry().active);
        QCOMPARE(f.policy.nextAttemptMs(), qint64(0));
        QVERIFY(!f.retry().fire());
        QCOMPARE(f.requested.size(), 1);
    }

    void networkOnlineSyncsAfterDebounce()
    {
        Fixture f;
        // Online while not offline: nothing to do.
        f.policy.setNetworkOnline(true);
        QVERIFY(!f.network().active);

        f.run(unreachable());
        QCOMPARE(f.policy.nextAttemptMs(), f.now() + 15000);
        f.policy.setNetworkOnline(false);
        QVERIFY(!f.network().active);
        f.clock.advance(5000);
        f.policy.setNetworkOnline(true);
        QVERIFY(f.network().active);
        QCOMPARE(f.network().intervalMs, 2000);
        QCOMPARE(f.policy.nextAttemptMs(), f.now() + 2000); // sooner than the backoff
        // The link flaps: the debounce starts over.
        f.clock.advance(1000);
        f.policy.setNetworkOnline(false);
        QVERIFY(!f.network().active);
        QCOMPARE(f.policy.nextAttemptMs(), f.now() + 9000); // back to the backoff
        f.policy.setNetworkOnline(true);
        QCOMPARE(f.policy.nextAttemptMs(), f.now() + 2000);
        QCOMPARE(f.requested.size(), 0);
        QVERIFY(f.network().fire());
        QCOMPARE(f.requested.size(), 1);
        QVERIFY(!f.retry().active); // one attempt, not two
        QCOMPARE(f.policy.nextAttemptMs(), qint64(0));
    }

    void networkBackDuringAFailingRun()
    {
        Fixture f;
        f.run(unreachable());
        f.run(unreachable());
        f.policy.setNetworkOnline(false);
        f.policy.runStarted();
        f.policy.setNetworkOnline(true); // while the run is still failing
        QVERIFY(!f.network().active);
        f.policy.runFinished(unreachable());
        QVERIFY(f.retry().active);
        QCOMPARE(f.retry().intervalMs, 60000);
        QVERIFY(f.network().active);
        QCOMPARE(f.policy.nextAttemptMs(), f.now() + 2000);
        QVERIFY(f.network().fire());
        QCOMPARE(f.requested.size(), 1);
    }

    void offlineFromTheCacheAtStart()
    {
        Fixture f;
        f.policy.setOfflineFromCache(true); // the last session ended offline
        QVERIFY(f.policy.isOffline());
        QCOMPARE(f.policy.nextAttemptMs(), qint64(0)); // no run yet: no backoff
        f.policy.setNetworkOnline(true);
        QVERIFY(f.network().fire());
        QCOMPARE(f.requested.size(), 1);
        // Once a run of this session ended, only runs say whether it is offline.
        f.run(reached());
        f.policy.setOfflineFromCache(true);
        QVERIFY(!f.policy.isOffline());
    }

    void scheduleChangedIsSignalled()
    {
        Fixture f;
        QSignalSpy changed(&f.policy, &ResumePolicy::scheduleChanged);
        f.run(unreachable());
        QVERIFY(changed.size() >= 2); // started, finished
        changed.clear();
        f.policy.setNetworkOnline(true);
        QCOMPARE(changed.size(), 1);
        changed.clear();
        QVERIFY(f.network().fire());
        QCOMPARE(changed.size(), 1);
    }

    // The default timers are QTimers.
    void realTimers()
    {
        ResumePolicy::Config c;
        c.firstRetryMs = 50;
        c.maxRetryMs = 100;
        c.networkDebounceMs = 20;
        ResumePolicy policy(c);
        QSignalSpy requested(&policy, &ResumePolicy::syncRequested);
        policy.runStarted();
        policy.runFinished(unreachable());
        const qint64 next = policy.nextAttemptMs();
        QVERIFY(next > 0 && next <= QDateTime::currentMSecsSinceEpoch() + 50);
        QVERIFY(requested.wait(2000));
        QCOMPARE(policy.nextAttemptMs(), qint64(0));
        policy.runStarted();
        policy.runFinished(unreachable());
        policy.setNetworkOnline(true);
        QVERIFY(requested.wait(2000));
        QCOMPARE(requested.size(), 2);
        QTest::qWait(150); // the backoff timer was dropped with the attempt
        QCOMPARE(requested.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestResumePolicy)
#include "tst_resumepolicy.moc"
