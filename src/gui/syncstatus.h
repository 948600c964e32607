#pragma once

#include "core/timeutil.h"
#include "sync/engine.h"

#include <QDateTime>
#include <QKeySequence>
#include <QMap>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace vigie::gui {

// The status-bar face of the sync engine: a progress bar with per-stream
// detail in its tooltip, a cancel button while a run goes, and otherwise the
// age of the data or "offline since …", when the next automatic attempt is
// and a "Retry now" button.
class SyncStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatus(sync::SyncEngine &engine, QWidget *parent = nullptr);

    // From sync_state (read off the GUI thread by the caller).
    void setOfflineState(qint64 lastSuccessMs, qint64 offlineSinceMs);
    void setDemo(bool demo)
    {
        m_demo = demo;
        updateIdleText();
    }
    // "Now" for the age of the data ("Synced 3 minutes ago"); not owned, must
    // outlive this widget. The system clock by default.
    void setClock(const Clock &clock)
    {
        m_clock = &clock;
        updateIdleText();
    }
    // How often the age is written again while idle (it must not stay
    // "just now" for ever); 20 s by default.
    void setAgeRefreshInterval(int ms) { m_ageTimer.setInterval(ms); }
    // The next automatic attempt (ResumePolicy::nextAttemptMs), 0 = none.
    void setNextAttempt(qint64 epochMs);
    // Shown in the Retry now button's tooltip (the window's Sync now key).
    void setRetryShortcut(const QKeySequence &key);
    bool isRunning() const { return m_running; }
    QString text() const;
    QString detail() const;
    QToolButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStarted();
    void onProgress(const sync::Progress &progress);
    void onFinished(const sync::RunResult &result);
    void updateIdleText();
    void retranslate();

    sync::SyncEngine &m_engine;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QToolButton *m_retry;
    QTimer m_countdown; // refreshes "retrying in …" while an attempt is scheduled
    QTimer m_ageTimer;  // refreshes "Synced N minutes ago"
    const Clock *m_clock = &SystemClock::instance();
    QKeySequence m_retryKey;
    QMap<QString, sync::StreamProgress> m_streams;
    sync::Progress m_progress;
    bool m_running = false;
    bool m_demo = false;
    // The last run's outcome, kept as facts and worded at display time, so
    // a language switch rewords it at once.
    enum class Outcome
    {
        None,
        Fatal,
        Cancelled,
        SignIn,
        Unreachable,
        StreamsFailed
    };
    QString outcomeText() const;
    qint64 nowMs() const { return m_clock->now().toMSecsSinceEpoch(); }
    Outcome m_outcome = Outcome::None;
    QString m_fatalMessage; // as the engine worded it
    int m_failedStreams = 0;
    qint64 m_lastSuccessMs = 0;
    qint64 m_offlineSinceMs = 0;
    qint64 m_nextAttemptMs = 0;
    bool m_signInRequired = false;
};

} // namespace vigie::gui
