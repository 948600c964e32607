#pragma once

#include "store/alertqueue.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QLineSeries;
class QValueAxis;

namespace vigie::gui {

class ChartView;

// The alert detail's customer context as three small charts side by side:
// failed sign-ins and directory (audit) changes per hour within ±24 h of
// the alert (x: hours from the alert, tooltips with the local hour and the
// count), and the subscription's spend per day around it (tooltips in the
// subscription's currency). Minis: no legend, no axis titles; the title says
// what and how many.
//
// The charts, their series and axes are built once: a new alert replaces
// the points, the bar values, the categories and the axis ranges. Building
// three QCharts per alert cost 6-40 ms of the GUI thread each time a filter
// hid the current alert; replacing the data costs a fraction of that.
class AlertContextCharts : public QWidget
{
    Q_OBJECT
public:
    explicit AlertContextCharts(QWidget *parent = nullptr);

    // Charts `context` of an alert detected at `alertMs`.
    void setContext(const store::AlertContext &context, qint64 alertMs);
    void clear();

    ChartView *failedSignIns() const { return m_failedSignIns.view; }
    ChartView *auditChanges() const { return m_auditChanges.view; }
    ChartView *spend() const { return m_spend; }

    // The width a chart needs for its title with a four-digit count, in the
    // current language: the charts are never narrower, so a title is not cut.
    int titleWidth(const ChartView *view) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Hourly
    {
        ChartView *view = nullptr;
        QLineSeries *series = nullptr;
        QValueAxis *y = nullptr;
    };
    Hourly makeHourly(const QString &objectName);
    void setHourly(Hourly &chart, const QString &title, const QList<int> &values,
                   qint64 windowStartMs, qint64 alertMs);
    void fitTitles();
    QString failedTitle(const QString &count) const;
    QString auditTitle(const QString &count) const;

    Hourly m_failedSignIns;
    Hourly m_auditChanges;
    ChartView *m_spend = nullptr;
    QBarSet *m_spendSet = nullptr;
    QBarCategoryAxis *m_spendDays = nullptr;
    QValueAxis *m_spendY = nullptr;
    // What the charts show, to title them again after a language switch.
    store::AlertContext m_context;
    qint64 m_alertMs = 0;
    bool m_shown = false;
};

} // namespace vigie::gui
