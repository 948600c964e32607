#pragma once

#include "analytics/findingstore.h"
#include "gui/rulesmodel.h"

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class DetectionsPage;
}

namespace vigie::analytics {
class DetectionService;
class RuleCatalog;
struct RuleStatus;
} // namespace vigie::analytics
namespace vigie::store {
class Database;
}

namespace vigie::gui {

class FindingsModel;
class StoreWorker;

// Findings queue (keyboard: A acknowledge, F false positive, C close, N note,
// P approve the actor for the customer, F5 refresh) with the reason each finding fired, and the
// rule catalog with hit counts, last hit, a 30-day sparkline and per-customer on/off.
class DetectionsPage : public QWidget
{
    Q_OBJECT
public:
    // `detection` (required) loads the rules and runs the engine.
    DetectionsPage(StoreWorker &worker, std::shared_ptr<analytics::DetectionService> detection,
                   QWidget *parent = nullptr);
    ~DetectionsPage() override;

    // "fr" or "en": rule titles and explanations come from the catalog data.
    void setLanguage(const QString &language);
    // Who is recorded on lifecycle changes.
    void setUser(const QString &user) { m_user = user; }

    FindingsModel *findingsModel() const { return m_findings; }
    RulesModel *rulesModel() const { return m_rules; }
    bool isLoading() const { return m_loading > 0; }
    // Selects one finding (a notification was clicked), reloading the queue
    // with every customer's open findings when it is not in the current view.
    void openFinding(qint64 findingId);
    qint64 selectedFindingId() const;

public Q_SLOTS:
    void refresh();
    // The sync wrote to `tables` (SyncEngine::dataChanged): reloads the
    // queue when findings or customers changed.
    void dataChanged(const QStringList &tables);

Q_SIGNALS:
    void refreshed();
    void findingChanged(qint64 id);
    // The detail pane finished loading the selected finding.
    void detailShown(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded;
    struct EvidenceRow;
    struct Detail;
    void applyLoaded(const Loaded &data);
    void rebuildRuleRows();

    // The detail pane of the selected finding, step by step.
    void showDetail();
    void resetDetailActions(bool hasSelection);
    void showNoSelection();
    static Detail loadDetail(store::Database &db, qint64 id,
                             const analytics::RuleCatalog *catalog); // store thread
    void renderDetail(const Detail &d);
    QString detailHeaderHtml(const Finding &f) const;
    QString detailFactsHtml(const Finding &f) const;
    QString approvalHtml(const Finding &f, const analytics::ActorApproval &approval) const;
    QString whyItFiredHtml(const Finding &f) const;
    void showBaselineChart(const QJsonObject &detail);
    QString evidenceHtml(const Finding &f, const QList<EvidenceRow> &evidence) const;
    QString notesHtml(const QList<analytics::FindingStore::Note> &notes) const;
    void updateDetailActions(const Finding &f, const analytics::ActorApproval &approval);

    void transitionSelected(FindingState::Enum to);
    void addNoteToSelected();
    // "Approve this actor for this customer" (detections.md §2).
    void approveActorOfSelected();
    void setRuleEnabled(const QString &ruleId, bool enabled);
    void rerun();
    void retranslate();

    std::unique_ptr<Ui::DetectionsPage> m_ui;
    StoreWorker &m_worker;
    std::shared_ptr<analytics::DetectionService> m_detection;
    FindingsModel *m_findings;
    QSortFilterProxyModel *m_findingsProxy;
    RulesModel *m_rules;
    QSortFilterProxyModel *m_rulesProxy;
    std::shared_ptr<const analytics::RuleCatalog> m_catalog;
    QList<analytics::RuleHitStats> m_stats;
    QList<analytics::RuleStatus> m_statuses;
    QHash<QString, int> m_enabledCustomers; // no customer chosen: rule -> customers it is on for
    int m_customerCount = 0;
    qint64 m_openFinding = 0; // to select once the load in flight is in
    QString m_language = QStringLiteral("en");
    QString m_user;
    int m_loading = 0;
    bool m_refreshAgain = false; // data changed while a load was in flight
    quint64 m_detailRequest = 0;
    analytics::ActorApproval m_approval; // of the finding in the detail pane
};

} // namespace vigie::gui
