#include "store/instancelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace vigie::store {

InstanceLock::InstanceLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) {}

InstanceLock::~InstanceLock() = default;

Result<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const QString &cachePath)
{
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    auto lock = std::make_unique<QLockFile>(cachePath + QStringLiteral(".lock"));
    // A lock left by a crashed process is detected by its dead PID, never by age.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(200)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Error::make(Error::Kind::Locked,
                           QCoreApplication::translate(
                               "Store", "Vigie is already open with the cache %1 (process %2). "
                                        "Switch to that window, or close it first.")
                               .arg(QDir::toNativeSeparators(cachePath))
                               .arg(pid));
    }
    return std::unique_ptr<InstanceLock>(new InstanceLock(std::move(lock)));
}

} // namespace vigie::store
