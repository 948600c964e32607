#pragma once

#include <QStringList>

namespace vigie::app {

// Runs the dashboard. Needs a QApplication.
int runGui(const QStringList &arguments);

} // namespace vigie::app
