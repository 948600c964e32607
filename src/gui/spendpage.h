#pragma once

#include "analytics/spendview.h"

#include <QDate>
#include <QSet>
#include <QWidget>
#include <memory>

class QChartView;
class QSortFilterProxyModel;

namespace Ui {
class SpendPage;
}

namespace vigie::gui {

class ChartPick;
class SpendAnomalyModel;
class StoreWorker;

// Spend anomalies (Ctrl+5): each subscription's daily cost against its
// baseline band, and every customer's anomalies ranked by excess cost with
// the alerts of the same customer and day. Activating an anomaly asks for
// the customer's drill-down at that day (customerRequested).
class SpendPage : public QWidget
{
    Q_OBJECT
public:
    explicit SpendPage(StoreWorker &worker, QWidget *parent = nullptr);
    ~SpendPage() override;

    // Reads the cache again (off the GUI thread); loaded() when shown.
    void reload();
    // The last day of the ranges (today, UTC, by default; tests pin it).
    void setToday(const QDate &today);
    void setRangeDays(int days);
    int rangeDays() const;

    SpendAnomalyModel *model() const { return m_model; }
    QChartView *chartView() const;
    QString currentSubscription() const;
    void showSubscription(const QString &azureSubscriptionId);
    const analytics::SpendOverview &overview() const { return m_overview; }

Q_SIGNALS:
    void customerRequested(const QString &customerId, const QDate &day);
    void loaded();
    // The points of a subscription shown after loaded() came (its chart).
    void chartLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();
    void fillSubscriptions();
    void showChart();
    void loadPoints(const QString &azureSubscriptionId);
    void activateRow(const QModelIndex &proxyIndex);

    std::unique_ptr<Ui::SpendPage> m_ui;
    StoreWorker &m_worker;
    SpendAnomalyModel *m_model;
    QSortFilterProxyModel *m_sorted;
    ChartPick *m_pick;
    analytics::SpendOverview m_overview;
    QDate m_today;
    QSet<QString> m_pointsPending;
    quint64 m_request = 0;
    bool m_loading = false;
};

} // namespace vigie::gui
