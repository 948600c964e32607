#include "gui/cachewatcher.h"

#include "gui/logging.h"
#include "gui/storeworker.h"
#include "store/changeprobe.h"

namespace vigie::gui {

struct CacheWatcher::Answer
{
    bool ok = false;
    qint64 version = -1;
    bool moved = false; // data_version differs: fingerprints were read
    QMap<QString, QString> fingerprints;
};

CacheWatcher::CacheWatcher(StoreWorker &worker, QObject *parent) : QObject(parent), m_worker(worker)
{
    connect(&m_timer, &QTimer::timeout, this, &CacheWatcher::poll);
}

void CacheWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
    poll();
}

void CacheWatcher::poll()
{
    if (m_inFlight)
        return;
    m_inFlight = true;
    m_worker.run<Answer>(
        this,
        [last = m_version, primed = m_primed](store::Database &db) {
            Answer a;
            store::ChangeProbe probe(db);
            const Result<qint64> v = probe.dataVersion();
            if (!v)
                return a;
            a.version = *v;
            a.ok = true;
            if (primed && a.version == last)
                return a;
            auto prints = probe.fingerprints();
            if (!prints) {
                a.ok = false;
                return a;
            }
            a.moved = true;
            a.fingerprints = std::move(prints).value();
            return a;
        },
        [this](Answer a) { onAnswer(a); });
}

void CacheWatcher::onAnswer(const Answer &a)
{
    m_inFlight = false;
    if (a.ok && a.moved) {
        const QStringList tables =
            store::ChangeProbe::changedTables(m_fingerprints, a.fingerprints);
        const bool first = !m_primed;
        m_fingerprints = a.fingerprints;
        m_version = a.version;
        m_primed = true;
        if (!first && !tables.isEmpty()) {
            qCDebug(lcGui) << "the cache changed beside the window:" << tables;
            Q_EMIT changed(tables);
        }
    }
    Q_EMIT polled();
}

} // namespace vigie::gui
