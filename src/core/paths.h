#pragma once

#include <QString>

namespace vigie {

// Where Vigie keeps its files (XDG through QStandardPaths).
namespace paths {

// ~/.local/share/vigie/vigie.sqlite unless overridden by --cache.
QString defaultCacheFile();
// ~/.config/vigie (settings file, file token store).
QString configDir();
// ~/.config/vigie/vigie.conf: the settings file (INI).
QString settingsFile();

} // namespace paths
} // namespace vigie
