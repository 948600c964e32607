#include "core/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace vigie::paths {

QString defaultCacheFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("vigie/vigie.sqlite"));
}

QString configDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("vigie"));
}

QString settingsFile()
{
    return QDir(configDir()).filePath(QStringLiteral("vigie.conf"));
}

} // namespace vigie::paths
