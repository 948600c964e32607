#pragma once

#include "sync/engine.h"

#include <QDateTime>
#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace vigie::gui {

// The status-bar face of the sync engine: a progress bar with per-stream
// detail in its tooltip, a cancel button while a run goes, and otherwise the
// age of the data or "offline since …".
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
    bool isRunning() const { return m_running; }
    QString text() const;
    QString detail() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStarted();
    void onProgress(const sync::Progress &progress);
    void onFinished(const sync::RunResult &result);
    void updateIdleText();

    sync::SyncEngine &m_engine;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QMap<QString, sync::StreamProgress> m_streams;
    sync::Progress m_progress;
    bool m_running = false;
    bool m_demo = false;
    QString m_lastOutcome;
    qint64 m_lastSuccessMs = 0;
    qint64 m_offlineSinceMs = 0;
};

} // namespace vigie::gui
