#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>

namespace vigie::store {
class Database;
}

namespace vigie::gui {

namespace detail {
// What a job yields when the cache could not be opened: an error where the
// result type can carry one, else an empty value.
template <typename R> R unavailable()
{
    if constexpr (std::is_constructible_v<R, Error>)
        return R(Error::make(Error::Kind::Generic, QString()));
    else
        return R{};
}
} // namespace detail

// Runs cache queries on one background thread with its own connection, so
// the GUI thread never waits on disk. Results come back queued to a receiver;
// a receiver destroyed meanwhile simply never hears back.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(QString cachePath, QObject *parent = nullptr);
    ~StoreWorker() override;

    template <typename R>
    void run(QObject *receiver, std::function<R(store::Database &)> job,
             std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([job = std::move(job), done = std::move(done), guard](store::Database *db) {
            auto result = std::make_shared<R>(db ? job(*db) : detail::unavailable<R>());
            if (guard) {
                QMetaObject::invokeMethod(
                    guard.data(),
                    [done, result, guard] {
                        if (guard)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            }
        });
    }

    // The error of opening the cache, if it failed (jobs then get no database).
    QString openError() const;

Q_SIGNALS:
    void failed(const QString &message);

private:
    void post(std::function<void(store::Database *)> task);

    class Impl;
    QThread m_thread;
    Impl *m_impl; // lives on m_thread
};

} // namespace vigie::gui
