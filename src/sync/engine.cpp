#include "sync/engine.h"

#include "store/database.h"
#include "sync/worker.h"

#include <QThread>

namespace vigie::sync {

SyncEngine::SyncEngine(SourceFactory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{
    qRegisterMetaType<vigie::sync::Progress>();
    qRegisterMetaType<vigie::sync::RunResult>();
    qRegisterMetaType<vigie::sync::SyncOptions>();
}

SyncEngine::~SyncEngine()
{
    if (!m_thread)
        return;
    if (m_worker) {
        m_worker->cancelRequested = true;
        QMetaObject::invokeMethod(m_worker, &Worker::cancel, Qt::QueuedConnection);
        // Network objects and the connection belong to the worker thread.
        QMetaObject::invokeMethod(m_worker, &Worker::shutdown, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

bool SyncEngine::start(const SyncOptions &options)
{
    if (m_running)
        return false;
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("vigie-sync"));
        m_worker = new Worker(m_factory, m_hook);
        m_worker->moveToThread(m_thread);
        connect(m_worker, &Worker::progress, this, &SyncEngine::progress);
        connect(m_worker, &Worker::dataChanged, this, &SyncEngine::dataChanged);
        connect(m_worker, &Worker::finished, this, [this](const RunResult &r) {
            m_running = false;
            Q_EMIT finished(r);
        });
        m_thread->start();
    }
    m_running = true;
    m_worker->cancelRequested = false;
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection,
                              Q_ARG(vigie::sync::SyncOptions, options));
    Q_EMIT started();
    return true;
}

void SyncEngine::cancel()
{
    if (!m_running || !m_worker)
        return;
    m_worker->cancelRequested = true;
    QMetaObject::invokeMethod(m_worker, &Worker::cancel, Qt::QueuedConnection);
}

store::OfflineState SyncEngine::offlineState(store::Database &db)
{
    return store::SyncStateRepository(db).offlineState();
}

} // namespace vigie::sync
