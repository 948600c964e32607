#pragma once

// Keys of the settings file (vigie.conf) that the Settings page writes and
// src/app reads at start. One list, so both sides agree. Environment
// variables (README) override the endpoint, client id, tenant and token
// store keys.
namespace vigie::gui::settingskeys {

inline constexpr char kLoginUrl[] = "endpoints/login";
inline constexpr char kGraphUrl[] = "endpoints/graph";
inline constexpr char kPartnerCenterUrl[] = "endpoints/partnerCenter";
inline constexpr char kArmUrl[] = "endpoints/arm";
inline constexpr char kClientId[] = "clientId"; // README: "the same keys in the settings file"
inline constexpr char kTenant[] = "tenant";
inline constexpr char kTokenStore[] = "tokenStore"; // keychain | file
inline constexpr char kSyncInterval[] = "sync/intervalMinutes";
inline constexpr char kSyncOnStart[] = "sync/onStart";
inline constexpr char kSyncDays[] = "sync/days";
inline constexpr char kSyncLogs[] = "sync/logs";
inline constexpr char kSyncSpend[] = "sync/spend";
inline constexpr char kLanguage[] = "ui/language";
inline constexpr char kNotifications[] =
    "notifications/level"; // all | high | none (gui/notifier.h)
inline constexpr char kCachePath[] = "cache/path";

} // namespace vigie::gui::settingskeys
