#pragma once

#include "gui/alertsmodel.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

class QSettings;

namespace vigie::gui {

// The alerts queue's saved filters: a name for a filter the analyst comes
// back to ("Priority customers, high"), kept in the window's QSettings (a
// preference of this analyst on this machine, not data of the cache) as one
// map under `alerts/savedFilters`: name -> the filter as compact JSON.
class SavedFilters
{
public:
    explicit SavedFilters(QSettings &settings) : m_settings(settings) {}

    QStringList names() const; // sorted as the locale sorts
    std::optional<AlertQueueFilter> load(const QString &name) const;
    // Saves (or replaces) `name`.
    void save(const QString &name, const AlertQueueFilter &filter);
    void remove(const QString &name);

    static QJsonObject toJson(const AlertQueueFilter &filter);
    static AlertQueueFilter fromJson(const QJsonObject &object);
    static bool same(const AlertQueueFilter &a, const AlertQueueFilter &b);

private:
    QVariantMap all() const;

    QSettings &m_settings;
};

} // namespace vigie::gui
