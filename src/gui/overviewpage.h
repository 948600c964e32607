#pragma once

#include "analytics/overviewkpis.h"
#include "gui/alertsmodel.h"
#include "store/alertcharts.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class OverviewPage;
}

namespace vigie::gui {

class ChartView;
class KpiTile;
class StoreWorker;
class TopCustomersModel;

// The page the window opens on (Ctrl+1): six KPI tiles, the alert trend
// (7/30/90 days, stacked by severity, type or customer) and the customers
// with the most active alerts. Everything is read by the store worker from
// the chart read models (store/alertcharts, analytics/overviewkpis); a tile
// or a customer asks the window for the matching filtered view.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    enum Tile
    {
        ActiveAlerts,
        NewAlerts,
        Backlog,
        TimeToResolve,
        SpendAtRisk,
        NewFindings,
        TileCount
    };

    explicit OverviewPage(StoreWorker &worker, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Reads the tiles, the trend and the top customers again.
    void reload();
    // The sync wrote to `tables`: reloads (coalesced) when the page is concerned.
    void dataChanged(const QStringList &tables);
    // A fixed "now" (tests); invalid: the system clock.
    void setNow(const QDateTime &now);

    void setRangeDays(int days); // 7, 30 or 90
    int rangeDays() const;
    void setSeriesBy(store::AlertSeriesBy by);
    store::AlertSeriesBy seriesBy() const;

    KpiTile *tile(Tile tile) const;
    ChartView *trendView() const;
    TopCustomersModel *topCustomers() const { return m_top; }
    const store::AlertTrend &trend() const { return m_trend; }
    const analytics::OverviewKpis &kpis() const { return m_kpis; }
    // The alerts-page filter behind a tile (NewFindings opens the Detections page).
    AlertQueueFilter filterFor(Tile tile) const;

Q_SIGNALS:
    void alertsRequested(const vigie::gui::AlertQueueFilter &filter);
    void detectionsRequested();
    void loaded();      // tiles and top customers shown
    void trendLoaded(); // the trend chart rebuilt

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadTrend();
    void showKpis();
    void showTrend();
    void openTile(Tile tile);
    void openCustomer(const QModelIndex &index);
    void fillCombos();
    void retranslate();
    qint64 nowMs() const;

    std::unique_ptr<Ui::OverviewPage> m_ui;
    StoreWorker &m_worker;
    QList<KpiTile *> m_tiles;
    TopCustomersModel *m_top;
    QDateTime m_now;
    analytics::OverviewKpis m_kpis;
    bool m_haveKpis = false;
    store::AlertTrend m_trend;
    QTimer m_reloadTimer;
    quint64 m_kpiRequest = 0;
    quint64 m_trendRequest = 0;
};

} // namespace vigie::gui
