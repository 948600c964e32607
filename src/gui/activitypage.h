#pragma once

#include "gui/activitymodel.h"
#include "store/activityreadmodel.h"

#include <QWidget>
#include <memory>

class QTableView;
class QTreeWidget;

namespace Ui {
class ActivityPage;
}

namespace vigie::gui {

class StoreWorker;

// The Activity page (Ctrl+6): the actions that need the analyst (failed, or
// in conflict with local beside remote, and what to do about each) above the
// activity trail with its filters. Reads run on the store thread; changing
// an action is asked of the window (the action layer does it).
class ActivityPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPage(StoreWorker &worker, QWidget *parent = nullptr);
    ~ActivityPage() override;

    void reload();
    store::ActivityFilter filter() const;
    ActivityModel *model() const { return m_model; }
    QTableView *table() const;
    QTreeWidget *attentionList() const;
    // Selects the outbox action `actionId` in the attention list (after a click
    // on the status bar, or in tests); false when it is not there.
    bool selectAction(qint64 actionId);
    QString attentionDetail() const;

signals:
    void exportRequested();
    void retryRequested(qint64 actionId);
    void sendMineRequested(qint64 actionId);
    void keepRemoteRequested(qint64 actionId);
    void loaded(int trailRows, int attentionRows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
    struct Snapshot;
    void fillCombos();
    void fillCustomers(const QList<QPair<QString, QString>> &customers);
    void showAttention(const QList<store::AttentionRow> &rows);
    void updateAttentionButtons();
    QString localText(const store::AttentionRow &r) const;
    QString remoteText(const store::AttentionRow &r) const;
    qint64 selectedAction() const;

    std::unique_ptr<Ui::ActivityPage> m_ui;
    StoreWorker &m_worker;
    ActivityModel *m_model;
    QList<store::AttentionRow> m_attention;
    quint64 m_generation = 0;
    bool m_filling = false;
};

} // namespace vigie::gui
