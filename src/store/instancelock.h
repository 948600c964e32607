#pragma once

#include "core/result.h"

#include <QString>
#include <memory>

class QLockFile;

namespace vigie::store {

// Keeps a second dashboard off a cache that one already has open: two of
// them would run sync and push the outbox twice. Command-line verbs do not
// take it; SQLite's own locking keeps their writes consistent.
class InstanceLock
{
public:
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    static Result<std::unique_ptr<InstanceLock>> acquire(const QString &cachePath);

private:
    explicit InstanceLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace vigie::store
