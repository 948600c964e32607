#pragma once

#include "store/alertqueue.h"

#include <QWidget>

namespace vigie::gui {

class ChartView;

// The alert detail's customer context as three small charts side by side:
// failed sign-ins and directory (audit) changes per hour within ±24 h of
// the alert (x: hours from the alert, tooltips with the local hour and the
// count), and the subscription's spend per day around it (tooltips in the
// subscription's currency). Minis: no legend, no axis titles; the title says
// what and how many.
class AlertContextCharts : public QWidget
{
    Q_OBJECT
public:
    explicit AlertContextCharts(QWidget *parent = nullptr);

    // Charts `context` of an alert detected at `alertMs`.
    void setContext(const store::AlertContext &context, qint64 alertMs);
    void clear();

    ChartView *failedSignIns() const { return m_failedSignIns; }
    ChartView *auditChanges() const { return m_auditChanges; }
    ChartView *spend() const { return m_spend; }

private:
    ChartView *m_failedSignIns;
    ChartView *m_auditChanges;
    ChartView *m_spend;
};

} // namespace vigie::gui
