#include "gui/resumepolicy.h"

#include <QTimer>
#include <algorithm>

namespace vigie::gui {

namespace {

class QtResumeTimer final : public ResumeTimer
{
public:
    QtResumeTimer()
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (onTimeout)
                onTimeout();
        });
    }
    void start(int ms) override { m_timer.start(ms); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace

ResumePolicy::ResumePolicy(Config config, const Clock &clock, ResumeTimerFactory timers,
                           QObject *parent)
    : QObject(parent), m_config(config), m_clock(clock)
{
    if (!timers)
        timers = [] { return std::unique_ptr<ResumeTimer>(new QtResumeTimer); };
    m_retry = timers();
    m_network = timers();
    m_retry->onTimeout = [this] { onRetryTimeout(); };
    m_network->onTimeout = [this] { onNetworkTimeout(); };
}

ResumePolicy::~ResumePolicy() = default;

int ResumePolicy::retryDelayMs(int failures) const
{
    const qint64 cap = std::max(1, m_config.maxRetryMs);
    qint64 delay = std::max(1, m_config.firstRetryMs);
    for (int i = 1; i < failures && delay < cap; ++i)
        delay *= 2;
    return int(std::min(delay, cap));
}

qint64 ResumePolicy::nextAttemptMs() const
{
    qint64 next = 0;
    for (const auto &[timer, at] :
         {std::pair{m_retry.get(), m_retryAtMs}, std::pair{m_network.get(), m_networkAtMs}}) {
        if (timer->isActive() && at > 0 && (next == 0 || at < next))
            next = at;
    }
    return next;
}

void ResumePolicy::stopTimers()
{
    m_retry->stop();
    m_network->stop();
    m_retryAtMs = 0;
    m_networkAtMs = 0;
}

void ResumePolicy::runStarted()
{
    m_running = true;
    m_paused = false;
    m_networkBackDuringRun = false;
    stopTimers();
    Q_EMIT scheduleChanged();
}

void ResumePolicy::runFinished(const sync::RunResult &result)
{
    m_running = false;
    m_anyRunEnded = true;
    stopTimers();
    if (result.hasFatal || result.cancelled || result.signInRequired) {
        // Retrying cannot help (sign-in, cache) or the analyst said stop.
        m_paused = true;
    } else if (result.unreachable) {
        m_offline = true;
        ++m_failures;
        const qint64 now = toEpochMs(m_clock.now());
        const int delay = retryDelayMs(m_failures);
        m_retry->start(delay);
        m_retryAtMs = now + delay;
        if (m_networkBackDuringRun && m_networkOnline) {
            // The network came back while this run was failing: try again soon.
            m_network->start(m_config.networkDebounceMs);
            m_networkAtMs = now + m_config.networkDebounceMs;
        }
    } else {
        // At least one request got through (a few failed streams are not "offline").
        m_offline = false;
        m_failures = 0;
    }
    m_networkBackDuringRun = false;
    Q_EMIT scheduleChanged();
}

void ResumePolicy::setOfflineFromCache(bool offline)
{
    if (m_anyRunEnded || m_running || m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT scheduleChanged();
}

void ResumePolicy::setNetworkOnline(bool online)
{
    m_networkOnline = online;
    if (!online) {
        if (m_network->isActive()) {
            m_network->stop();
            m_networkAtMs = 0;
            Q_EMIT scheduleChanged();
        }
        return;
    }
    if (m_running) {
        m_networkBackDuringRun = true;
        return;
    }
    if (!m_offline || m_paused)
        return;
    // Debounced: interfaces often flap while a connection comes up.
    m_network->start(m_config.networkDebounceMs);
    m_networkAtMs = toEpochMs(m_clock.now()) + m_config.networkDebounceMs;
    Q_EMIT scheduleChanged();
}

void ResumePolicy::onRetryTimeout()
{
    m_retryAtMs = 0;
    if (m_running || m_paused || !m_offline)
        return;
    request();
}

void ResumePolicy::onNetworkTimeout()
{
    m_networkAtMs = 0;
    if (m_running || m_paused || !m_offline || !m_networkOnline)
        return;
    request();
}

void ResumePolicy::request()
{
    stopTimers();
    Q_EMIT scheduleChanged();
    Q_EMIT syncRequested();
}

} // namespace vigie::gui
