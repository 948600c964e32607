#pragma once

#include "analytics/spendview.h"
#include "gui/timelinemodel.h"

#include <QDate>
#include <QWidget>
#include <memory>

class QChart;
class QChartView;

namespace Ui {
class CustomerDrillDownPage;
}

namespace vigie::gui {

class ChartPick;
class StoreWorker;

// One customer in depth (a page of the window's stack, reached from the
// Spend page and, after merge, from customers, alerts and findings): who
// they are, how fresh each stream is, four charts over one time range
// (alerts, spend with its band, failed sign-ins by error code, findings per
// rule) and the merged timeline below them. A click on a bar or a point
// filters the timeline to that day and series. Everything is read off the
// GUI thread from the store's rollups (analytics::loadCustomerView).
class CustomerDrillDownPage : public QWidget
{
    Q_OBJECT
public:
    enum Chart
    {
        AlertsChart,
        SpendChart,
        SignInsChart,
        FindingsChart,
        ChartCount
    };

    explicit CustomerDrillDownPage(StoreWorker &worker, QWidget *parent = nullptr);
    ~CustomerDrillDownPage() override;

    QString customerId() const { return m_customerId; }
    // The last day of the preset ranges (today, UTC, by default; tests pin it).
    void setToday(const QDate &today);
    // 7, 30, 60 or 90 days ending today; reloads.
    void setRangeDays(int days);
    // A custom range [from, to]; reloads.
    void setCustomRange(const QDate &from, const QDate &to);
    QDate rangeStart() const;
    QDate rangeEnd() const;

    QChartView *chartView(Chart chart) const;
    TimelineModel *timelineModel() const { return m_timeline; }
    TimelineFilterModel *timelineFilter() const { return m_filter; }
    const analytics::CustomerView &view() const { return m_view; }

public Q_SLOTS:
    // Shows the customer; with a focus day, the range covers it and the
    // timeline is filtered to it. Reads the cache off the GUI thread.
    void showCustomer(const QString &customerId, const QDate &focusDay = {});
    void reload();
    void setTimelineFilter(const TimelineFilter &filter);

Q_SIGNALS:
    void caseReportRequested(const QString &customerId);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillHeader();
    void fillSpendCombo();
    void buildCharts();
    void buildSpendChart();
    void setChart(Chart which, QChart *chart);
    void onRangeChanged();
    void updateFilterLabel();

    std::unique_ptr<Ui::CustomerDrillDownPage> m_ui;
    StoreWorker &m_worker;
    TimelineModel *m_timeline;
    TimelineFilterModel *m_filter;
    ChartPick *m_picks[ChartCount];
    analytics::CustomerView m_view;
    QString m_customerId;
    QDate m_today;
    QDate m_focus;
    quint64 m_request = 0;
};

} // namespace vigie::gui
