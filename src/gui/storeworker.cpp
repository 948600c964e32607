#include "gui/storeworker.h"

#include "gui/logging.h"
#include "store/cache.h"

#include <QMutex>

namespace vigie::gui {

class StoreWorker::Impl : public QObject
{
public:
    explicit Impl(QString path) : m_path(std::move(path)) {}

    store::Database *database()
    {
        if (!m_db && m_error.isEmpty()) {
            auto db = store::openCache(m_path, store::Database::Options::forViews());
            if (db) {
                m_db = std::move(db).value();
            } else {
                QMutexLocker lock(&m_mutex);
                m_error = db.error().message;
            }
        }
        return m_db.get();
    }

    QString error() const
    {
        QMutexLocker lock(&m_mutex);
        return m_error;
    }

    void close() { m_db.reset(); }

private:
    QString m_path;
    std::unique_ptr<store::Database> m_db;
    mutable QMutex m_mutex;
    QString m_error;
};

StoreWorker::StoreWorker(QString cachePath, QObject *parent)
    : QObject(parent), m_impl(new Impl(std::move(cachePath)))
{
    m_thread.setObjectName(QStringLiteral("vigie-store"));
    m_impl->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_impl, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    QMetaObject::invokeMethod(
        m_impl, [impl = m_impl] { impl->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::post(std::function<void(store::Database *)> task)
{
    QMetaObject::invokeMethod(
        m_impl,
        [this, impl = m_impl, task = std::move(task)] {
            store::Database *db = impl->database();
            if (!db) {
                const QString error = impl->error();
                qCWarning(lcGui).noquote() << "cache unavailable:" << error;
                QMetaObject::invokeMethod(
                    this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
            }
            task(db);
        },
        Qt::QueuedConnection);
}

QString StoreWorker::openError() const
{
    return m_impl->error();
}

} // namespace vigie::gui
