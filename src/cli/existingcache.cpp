#include "cli/existingcache.h"

#include "store/cache.h"

#include <QCoreApplication>
#include <QFile>

namespace vigie::cli {

Result<std::unique_ptr<store::Database>> openExistingCache(const Context &context)
{
    if (!QFile::exists(context.cachePath))
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Sync", "No cache at %1 yet: run \"vigie sync\" first.")
                .arg(context.cachePath));
    return store::openCache(context.cachePath);
}

} // namespace vigie::cli
