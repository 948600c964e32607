#pragma once

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace vigie::gui {

class StoreWorker;

// Notices what other processes commit to the cache (a `vigie sync`, `import`,
// `detect`, `resolve` or `push` run from a terminal beside the window): on a
// timer, the store thread reads PRAGMA data_version on its own connection and,
// only when it moved, a fingerprint of each group of tables. changed() then
// lists the groups that differ, with the names SyncEngine::dataChanged uses,
// so the window refreshes exactly as after its own sync. Nothing touches the
// disk on the GUI thread, and one poll at most is in flight.
class CacheWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CacheWatcher(StoreWorker &worker, QObject *parent = nullptr);

    // Polls every `intervalMs` from now on (the first poll only takes the
    // baseline: what is already there is not news).
    void start(int intervalMs = 1000);
    void stop() { m_timer.stop(); }
    bool isPrimed() const { return m_primed; }

public Q_SLOTS:
    void poll();

Q_SIGNALS:
    void changed(const QStringList &tables);
    // Every poll answered (tests wait on it).
    void polled();

private:
    struct Answer;
    void onAnswer(const Answer &answer);

    StoreWorker &m_worker;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_primed = false;
    qint64 m_version = -1;
    QMap<QString, QString> m_fingerprints;
};

} // namespace vigie::gui
