#pragma once

#include "gui/alertsmodel.h"
#include "sync/actions.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

namespace Ui {
class AlertsPage;
}

class QComboBox;

namespace vigie::gui {

class StoreWorker;

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
    void retranslate();
    void setNow(const QDateTime &now);

signals:
    void resolveRequested(const QStringList &alertIds, sync::Resolution resolution);
    void noteRequested(const QString &alertId, const QString &text);
    void loaded(int total, int shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void readFilterFromBar();
    void refilter();
    void showDetail();
    void resolveSelected(sync::Resolution resolution);
    void addNote();
    void moveCurrent(int delta);

    std::unique_ptr<Ui::AlertsPage> m_ui;
    StoreWorker &m_worker;
    AlertsModel *m_model;
    AlertsModel::Rows m_rows;
    AlertQueueFilter m_filter = AlertQueueFilter::openAlerts();
    int m_sortColumn = AlertsModel::LastObserved;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QFutureWatcher<QList<int>> m_filtering;
    bool m_refilterAgain = false;
    quint64 m_detailRequest = 0;
    QString m_keepCurrent;
    QComboBox *m_tagCombo = nullptr; // customer tag facet
};

} // namespace vigie::gui
