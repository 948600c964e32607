#pragma once

// Small helpers shared by world.cpp and world_logs.cpp; not part of the API.
#include <QDateTime>

namespace vigie::sim::detail {

inline constexpr qint64 kDayMs = 86400000;

inline QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace vigie::sim::detail
