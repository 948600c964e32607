#pragma once

// For tests: opens (so migrates) one cache from two threads at once, as the
// window and a CLI command opening an older cache together do. Returns the
// first error, or an empty string when both opened it.

#include "store/cache.h"

#include <QMutex>
#include <QString>
#include <thread>

inline QString openFromTwoThreads(const QString &path)
{
    QString firstError;
    QMutex mutex;
    const auto open = [&] {
        auto db = vigie::store::openCache(path, vigie::store::Database::Options{},
                                          [](int, qint64, qint64) {});
        if (!db) {
            QMutexLocker lock(&mutex);
            if (firstError.isEmpty())
                firstError = db.error().message + u' ' + db.error().detail;
        }
    };
    std::thread a(open), b(open);
    a.join();
    b.join();
    return firstError;
}
