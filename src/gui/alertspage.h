#pragma once

#include "gui/alertqueueindex.h"
#include "gui/alertsmodel.h"
#include "sync/actions.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class AlertsPage;
}

class QComboBox;
class QSettings;

namespace vigie::gui {

class StoreWorker;
class AlertContextCharts;

// The alerts queue (Ctrl+2): every customer's partner security alerts in one
// table, filtered and sorted off the GUI thread, with the selected alert's
// detail and its customer's context around the alert time. Acting on alerts
// is asked of the window (resolveRequested) — the action layer queues it.
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    AlertsPage(StoreWorker &worker, QWidget *parent = nullptr);
    ~AlertsPage() override;

    // Reads every alert from the cache again (after a sync or an action).
    void reload();
    void setFilter(const AlertQueueFilter &filter);
    AlertQueueFilter filter() const { return m_filter; }
    AlertsModel *model() const { return m_model; }
    QStringList selectedAlertIds() const;
    // Selects one alert (a notification was clicked), reloading the queue and
    // widening the filter to every status when the current one hides it.
    void openAlert(const QString &alertId);
    QString currentAlertId() const;
    void retranslate();
    void setNow(const QDateTime &now);

    // Where saved filters are kept (the window's settings); without it the
    // saved-filter controls are disabled.
    void setSettings(QSettings *settings);
    QStringList savedFilterNames() const;
    // Saves the current filter as `name` (replacing one of that name).
    void saveCurrentFilter(const QString &name);
    bool applySavedFilter(const QString &name);
    void deleteSavedFilter(const QString &name);
    // The counts per facet value of the last pass (shown in the combos).
    const FacetCounts &facetCounts() const { return m_counts; }

signals:
    void resolveRequested(const QStringList &alertIds, sync::Resolution resolution);
    void noteRequested(const QString &alertId, const QString &text);
    void loaded(int total, int shown);
    // The detail (text and context charts) of `alertId` is on screen.
    void detailShown(const QString &alertId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void readFilterFromBar();
    void refilter();
    void applyOrder(QList<int> order);
    void setCurrentRow(int row);
    void showDetail();
    void showDetailHtml(const QString &html);
    void resolveSelected(sync::Resolution resolution);
    void addNote();
    void moveCurrent(int delta);
    void fitColumns();
    void fillFacetCombos();
    void fitFilterCombos();
    void fitColumnsToContent(const QStringList &types, const QStringList &subscriptions);
    void restoreLayout();
    void saveLayout();
    void layoutChangedByAnalyst();
    void warmUpSorts();
    void showCounts();
    void fillSavedCombo();
    void askSaveFilter();
    void syncSavedCombo();

    std::unique_ptr<Ui::AlertsPage> m_ui;
    StoreWorker &m_worker;
    AlertsModel *m_model;
    AlertsModel::Rows m_rows;
    std::shared_ptr<AlertQueueIndex> m_index; // over m_rows, built on the store thread
    AlertQueueFilter m_filter = AlertQueueFilter::openAlerts();
    int m_sortColumn = AlertsModel::LastObserved;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    // A pass's answer with the rows it indexes (a reload may have swapped
    // m_rows while it ran).
    struct Selection
    {
        AlertsModel::Rows rows;
        QList<int> order;
        FacetCounts counts;
        bool counted = false; // counts computed (the filter changed, or new rows)
    };
    QFutureWatcher<Selection> m_filtering;
    bool m_refilterAgain = false;
    QThreadPool m_warmUpPool;     // the sort warm-up's one thread, lowest priority
    bool m_warmUpPending = false; // sort orders to compute after the first pass of a load
    quint64 m_detailRequest = 0;
    struct Shown
    {
        QString id;
        AlertsModel::Rows rows;
    };
    Shown m_shownDetail;        // the alert whose detail is on screen, of which rows
    quint64 m_shownRequest = 0; // the request that showed it
    QString m_keepCurrent;
    QString m_openAlert;             // to select once the rows are in
    QComboBox *m_tagCombo = nullptr; // customer tag facet
    FacetCounts m_counts;
    // What m_counts were counted for: a sort alone does not count again.
    std::shared_ptr<AlertQueueIndex> m_countedIndex;
    AlertQueueFilter m_countedFilter;
    QSettings *m_settings = nullptr;
    QTimer m_saveLayout;           // saves the column layout shortly after a change
    bool m_layoutRestored = false; // the analyst's column layout was restored
    bool m_layoutTouched = false;  // a column was resized or moved since
    bool m_fittingColumns = false; // the page sets widths (not the analyst)
    AlertContextCharts *m_contextCharts = nullptr;
};

} // namespace vigie::gui
