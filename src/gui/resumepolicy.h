#pragma once

#include "core/timeutil.h"
#include "sync/engine.h"

#include <QObject>
#include <functional>
#include <memory>

namespace vigie::gui {

// One-shot timer seam for ResumePolicy: a QTimer in the app, driven by hand
// in tests.
class ResumeTimer
{
public:
    virtual ~ResumeTimer() = default;
    virtual void start(int ms) = 0; // (re)starts; onTimeout runs once after ms
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    std::function<void()> onTimeout;
};
using ResumeTimerFactory = std::function<std::unique_ptr<ResumeTimer>()>;

// When the window syncs again by itself after a run that could not reach the
// services (RunResult::unreachable): after a backoff (first, 2×first, 4×first
// … capped at maxRetryMs), reset by a run that gets through; and, while
// offline, shortly (networkDebounceMs) after the OS reports the network back.
// After sign-in required, a user cancel or a fatal error it waits until a run
// is started by other means (Sync now, sign-in, the periodic timer).
// QtCore only: MainWindow feeds it the engine's runs and
// QNetworkInformation's reachability and starts a sync on syncRequested().
class ResumePolicy : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int firstRetryMs = 15000;
        int maxRetryMs = 30 * 60 * 1000; // the periodic sync interval
        int networkDebounceMs = 2000;
    };

    explicit ResumePolicy(Config config, const Clock &clock = SystemClock::instance(),
                          ResumeTimerFactory timers = {}, QObject *parent = nullptr);
    ~ResumePolicy() override;

    // Inputs.
    void runStarted();
    void runFinished(const sync::RunResult &result);
    // sync_state says the last run could not get through (window just opened):
    // only matters until the first run of this session ends.
    void setOfflineFromCache(bool offline);
    // The OS network state: true = online, false = disconnected / local only.
    void setNetworkOnline(bool online);

    // State.
    bool isOffline() const { return m_offline; }
    bool isRunning() const { return m_running; }
    // Sign-in required, cancelled or fatal: no automatic attempt until a run starts.
    bool isPaused() const { return m_paused; }
    int failures() const { return m_failures; } // consecutive unreachable runs
    // The wait after the n-th consecutive unreachable run (n >= 1).
    int retryDelayMs(int failures) const;
    // Epoch ms of the next automatic attempt (backoff or network), 0 = none.
    qint64 nextAttemptMs() const;
    const Config &config() const { return m_config; }

Q_SIGNALS:
    void syncRequested();
    void scheduleChanged(); // nextAttemptMs(), isOffline() or isPaused() changed

private:
    void stopTimers();
    void onRetryTimeout();
    void onNetworkTimeout();
    void request();

    Config m_config;
    const Clock &m_clock;
    std::unique_ptr<ResumeTimer> m_retry;
    std::unique_ptr<ResumeTimer> m_network;
    qint64 m_retryAtMs = 0;
    qint64 m_networkAtMs = 0;
    int m_failures = 0;
    bool m_offline = false;
    bool m_running = false;
    bool m_paused = false;
    bool m_anyRunEnded = false;
    bool m_networkOnline = false;
    bool m_networkBackDuringRun = false;
};

} // namespace vigie::gui
