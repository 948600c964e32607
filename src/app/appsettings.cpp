#include "app/appsettings.h"

#include "gui/settingskeys.h"

#include <QSettings>

namespace vigie::app {

QProcessEnvironment withSettings(const QSettings &settings, QProcessEnvironment env)
{
    namespace keys = gui::settingskeys;
    const std::pair<const char *, const char *> map[] = {
        {keys::kLoginUrl, "VIGIE_LOGIN_URL"},
        {keys::kGraphUrl, "VIGIE_GRAPH_URL"},
        {keys::kPartnerCenterUrl, "VIGIE_PARTNER_CENTER_URL"},
        {keys::kArmUrl, "VIGIE_ARM_URL"},
        {keys::kClientId, "VIGIE_CLIENT_ID"},
        {keys::kTenant, "VIGIE_TENANT"},
        {keys::kTokenStore, "VIGIE_TOKEN_STORE"},
    };
    for (const auto &[key, variable] : map) {
        const QString name = QString::fromLatin1(variable);
        const QString value = settings.value(QLatin1String(key)).toString().trimmed();
        if (!value.isEmpty() && env.value(name).isEmpty())
            env.insert(name, value);
    }
    return env;
}

QString cacheFromSettings(const QSettings &settings)
{
    return settings.value(QLatin1String(gui::settingskeys::kCachePath)).toString().trimmed();
}

} // namespace vigie::app
