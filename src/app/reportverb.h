#pragma once

#include <QStringList>

namespace vigie::app {

// `vigie report` draws its charts with Qt Charts, which needs Widgets: the
// verb is built here (src/app may link gui) and runs on a QApplication on the
// offscreen platform, so it still needs no display. The other verbs stay on
// a QCoreApplication and src/cli links neither Widgets nor Charts.
bool verbNeedsWidgets(const QStringList &arguments);
void registerReportVerb();

} // namespace vigie::app
