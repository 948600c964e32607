#pragma once

#include <QDate>
#include <QObject>
#include <QString>

namespace vigie::gui {

// What the analyst clicked on a chart: a day (invalid for a chart without
// time, e.g. findings per rule) and the series under the pointer (an alert
// severity, an error code, a rule id; empty for "every series"). The page
// filters its tables with it; the chart builders connect their series here.
class ChartPick : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void picked(const QDate &day, const QString &series);
};

} // namespace vigie::gui
