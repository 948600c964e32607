#pragma once

#include <QProcessEnvironment>

class QSettings;

namespace vigie::app {

// The Settings page's endpoints, app registration and token store
// (gui/settingskeys.h) as the VIGIE_* variables the services read; a variable
// already set in `env` wins (README: the environment overrides the settings
// file).
QProcessEnvironment withSettings(const QSettings &settings, QProcessEnvironment env);

// The cache file chosen in Settings, or empty for the default.
QString cacheFromSettings(const QSettings &settings);

} // namespace vigie::app
