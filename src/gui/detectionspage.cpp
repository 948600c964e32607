#include "gui/detectionspage.h"

#include "analytics/detectionservice.h"
#include "analytics/rules.h"
#include "analytics/settings.h"
#include "core/actor.h"
#include "core/timeutil.h"
#include "gui/charts/sparklinedelegate.h"
#include "gui/customersettingsdialog.h"
#include "gui/findingsmodel.h"
#include "gui/headerfit.h"
#include "gui/logging.h"
#include "gui/storeworker.h"
#include "store/customerrepository.h"
#include "store/logrepository.h"
#include "ui_detectionspage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace vigie::gui {

namespace {

constexpr int kEvidenceShown = 25;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// An ISO 8601 duration of a rule ("PT1H") in words ("1 hour").
QString windowWords(const QString &iso)
{
    const qint64 ms = analytics::parseIsoDuration(iso);
    return ms > 0 ? durationText(ms) : iso;
}

QString fmt(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

struct DetectionsPage::EvidenceRow
{
    EvidenceRef ref;
    QJsonObject event; // raw event when still in the cache
};

struct DetectionsPage::Detail
{
    Finding finding;
    QList<analytics::FindingStore::Note> notes;
    QList<EvidenceRow> evidence;
    analytics::ActorApproval approval;
    QString error;
};

struct DetectionsPage::Loaded
{
    std::shared_ptr<const analytics::RuleCatalog> catalog;
    QString error;
    QList<QPair<QString, QString>> customers; // id, display name
    QList<Finding> findings;
    QList<analytics::RuleHitStats> stats;
    QList<analytics::RuleStatus> statuses;
    // With no customer chosen: per rule, for how many customers it is on.
    QHash<QString, int> enabledCustomers;
    int customerCount = 0;
    QString customerId;
};

DetectionsPage::DetectionsPage(StoreWorker &worker,
                               std::shared_ptr<analytics::DetectionService> detection,
                               QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DetectionsPage>()), m_worker(worker),
      m_detection(std::move(detection)), m_findings(new FindingsModel(this)),
      m_findingsProxy(new FindingsProxyModel(this)), m_rules(new RulesModel(this)),
      m_rulesProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);

    m_findingsProxy->setSourceModel(m_findings);
    m_findingsProxy->setSortRole(FindingsModel::SortRole);
    m_ui->findingsView->setModel(m_findingsProxy);
    m_ui->findingsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->findingsView->verticalHeader()->hide();
    m_ui->findingsView->sortByColumn(FindingsModel::LastSeen, Qt::DescendingOrder);

    m_rulesProxy->setSourceModel(m_rules);
    m_rulesProxy->setSortRole(RulesModel::SortRole);
    m_ui->rulesView->setModel(m_rulesProxy);
    m_ui->rulesView->setItemDelegateForColumn(RulesModel::Trend, new SparklineDelegate(this));
    m_ui->rulesView->verticalHeader()->hide();
    m_ui->rulesView->horizontalHeader()->setSectionResizeMode(RulesModel::Title,
                                                              QHeaderView::Stretch);
    m_ui->rulesView->sortByColumn(RulesModel::Id, Qt::AscendingOrder);

    // The queue above its detail: at 1280×800 the table then has the page's
    // whole width and shows every column, in French too.
    m_ui->splitter->setOrientation(Qt::Vertical);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->baselineChart->hide();
    fitFindingColumns();

    connect(m_ui->customerCombo, &QComboBox::currentIndexChanged, this, &DetectionsPage::refresh);
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, &DetectionsPage::refresh);
    connect(m_ui->findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DetectionsPage::showDetail);
    connect(m_ui->acknowledgeButton, &QPushButton::clicked, this,
            [this] { transitionSelected(FindingState::Enum::Acknowledged); });
    connect(m_ui->falsePositiveButton, &QPushButton::clicked, this,
            [this] { transitionSelected(FindingState::Enum::FalsePositive); });
    connect(m_ui->closeButton, &QPushButton::clicked, this,
            [this] { transitionSelected(FindingState::Enum::Closed); });
    connect(m_ui->noteButton, &QPushButton::clicked, this, &DetectionsPage::addNoteToSelected);
    connect(m_ui->approveActorButton, &QPushButton::clicked, this,
            &DetectionsPage::approveActorOfSelected);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &DetectionsPage::rerun);
    connect(m_rules, &RulesModel::enabledToggled, this, &DetectionsPage::setRuleEnabled);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, [this] {
        const QString customerId = m_ui->customerCombo->currentData().toString();
        if (customerId.isEmpty())
            return;
        CustomerSettingsDialog dialog(m_worker, m_detection, customerId, this);
        dialog.setCustomerName(m_findings->customerName(customerId));
        connect(&dialog, &CustomerSettingsDialog::saved, this, &DetectionsPage::refresh);
        dialog.exec();
    });
    connect(m_ui->customerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->settingsButton->setEnabled(!m_ui->customerCombo->currentData().toString().isEmpty());
    });
    m_ui->settingsButton->setEnabled(false);

    // Triage keys work while the queue has focus, as in the alert queue.
    auto shortcut = [this](QKeySequence key, auto slot) {
        auto *s = new QShortcut(key, m_ui->findingsView, nullptr, nullptr,
                                Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_A),
             [this] { transitionSelected(FindingState::Enum::Acknowledged); });
    shortcut(QKeySequence(Qt::Key_F),
             [this] { transitionSelected(FindingState::Enum::FalsePositive); });
    shortcut(QKeySequence(Qt::Key_C), [this] { transitionSelected(FindingState::Enum::Closed); });
    shortcut(QKeySequence(Qt::Key_N), [this] { addNoteToSelected(); });
    shortcut(QKeySequence(Qt::Key_P), [this] { approveActorOfSelected(); });
    auto *f5 = new QShortcut(QKeySequence::Refresh, this, nullptr, nullptr,
                             Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &DetectionsPage::refresh);

    retranslate();
    showDetail();
}

DetectionsPage::~DetectionsPage() = default;

void DetectionsPage::setLanguage(const QString &language)
{
    m_language = language;
    rebuildRuleRows();
    showDetail();
}

void DetectionsPage::retranslate()
{
    const QSignalBlocker block(m_ui->stateCombo);
    const int state = std::max(0, m_ui->stateCombo->currentIndex());
    m_ui->stateCombo->clear();
    m_ui->stateCombo->addItem(tr("Open (new and acknowledged)"),
                              QStringLiteral("new,acknowledged"));
    m_ui->stateCombo->addItem(tr("New"), QStringLiteral("new"));
    m_ui->stateCombo->addItem(tr("Acknowledged"), QStringLiteral("acknowledged"));
    m_ui->stateCombo->addItem(tr("False positives"), QStringLiteral("falsePositive"));
    m_ui->stateCombo->addItem(tr("Closed"), QStringLiteral("closed"));
    m_ui->stateCombo->addItem(tr("All"), QString());
    m_ui->stateCombo->setCurrentIndex(state);
    if (m_ui->customerCombo->count() > 0)
        m_ui->customerCombo->setItemText(0, tr("All customers"));
}

void DetectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fitFindingColumns();
        // retranslateUi() put the .ui's placeholder back: the count, reworded.
        m_ui->statusLabel->setText(
            m_loading > 0 ? tr("Loading…") : tr("%n finding(s)", nullptr, m_findings->rowCount()));
        rebuildRuleRows();
        showDetail();
    }
    QWidget::changeEvent(event);
}

void DetectionsPage::refresh()
{
    const QString customerId = m_ui->customerCombo->currentData().toString();
    const QStringList states =
        m_ui->stateCombo->currentData().toString().split(u',', Qt::SkipEmptyParts);
    auto catalog = m_catalog;
    ++m_loading;
    m_ui->statusLabel->setText(tr("Loading…"));
    m_worker.run<Loaded>(
        this,
        [customerId, states, catalog, detection = m_detection](store::Database &db) {
            Loaded out;
            out.customerId = customerId;
            out.catalog = catalog;
            if (!detection)
                return out;
            if (!out.catalog) {
                auto loaded = detection->catalog();
                if (!loaded) {
                    out.error = loaded.error().message;
                    return out;
                }
                // The process's catalog; the pointer also keeps the service alive.
                out.catalog = std::shared_ptr<const analytics::RuleCatalog>(detection, *loaded);
            }
            const QDateTime now = SystemClock::instance().now();
            QHash<QString, QString> names;
            if (auto cached = store::CustomerRepository(db).names()) {
                for (auto it = cached->cbegin(); it != cached->cend(); ++it)
                    names.insert(it.key().toLower(), it.value());
            }
            QStringList ids = names.keys();
            if (auto c = detection->customers(db))
                ids += c.value();
            ids.removeDuplicates();
            for (QString &id : ids)
                id = id.toLower();
            ids.removeDuplicates();
            std::sort(ids.begin(), ids.end(), [&names](const QString &a, const QString &b) {
                return names.value(a, a).localeAwareCompare(names.value(b, b)) < 0;
            });
            for (const QString &id : ids)
                out.customers.append({id, names.value(id, id)});

            analytics::FindingStore findings(db);
            analytics::FindingFilter filter;
            filter.customerId = customerId;
            filter.states = states;
            filter.limit = 5000;
            if (auto list = findings.list(filter))
                out.findings = std::move(list).value();
            else
                out.error = list.error().message;
            if (auto stats = findings.ruleStats(customerId, now, 30))
                out.stats = std::move(stats).value();
            if (!customerId.isEmpty()) {
                if (auto statuses = detection->ruleStatuses(db, customerId))
                    out.statuses = std::move(statuses).value();
            } else {
                // The Enabled column across every customer: enabled, mixed or disabled.
                for (const auto &[id, name] : std::as_const(out.customers)) {
                    auto statuses = detection->ruleStatuses(db, id);
                    if (!statuses)
                        continue;
                    ++out.customerCount;
                    for (const analytics::RuleStatus &st : *statuses)
                        if (st.state != analytics::RuleStatus::State::Disabled)
                            ++out.enabledCustomers[st.ruleId];
                }
            }
            return out;
        },
        [this](Loaded data) {
            --m_loading;
            applyLoaded(data);
            if (m_refreshAgain && m_loading == 0) {
                m_refreshAgain = false;
                refresh();
            }
        });
}

void DetectionsPage::dataChanged(const QStringList &tables)
{
    // The queue, the rule statistics and the customer list; a sync reports
    // new findings once detection has run on the new events.
    if (!tables.contains(u"findings") && !tables.contains(u"customers"))
        return;
    if (m_loading > 0) {
        m_refreshAgain = true; // once the load in flight is in
        return;
    }
    refresh();
}

void DetectionsPage::applyLoaded(const Loaded &data)
{
    if (!data.error.isEmpty()) {
        m_ui->statusLabel->setText(data.error);
        qCWarning(lcGui).noquote() << "detections:" << data.error;
    }
    if (!data.catalog) {
        Q_EMIT refreshed();
        return;
    }
    m_catalog = data.catalog;
    m_stats = data.stats;
    m_statuses = data.statuses;
    m_enabledCustomers = data.enabledCustomers;
    m_customerCount = data.customerCount;

    {
        // Keep the current customer while the list refreshes.
        const QSignalBlocker block(m_ui->customerCombo);
        const QString current = data.customerId;
        m_ui->customerCombo->clear();
        m_ui->customerCombo->addItem(tr("All customers"), QString());
        for (const auto &[id, name] : data.customers)
            m_ui->customerCombo->addItem(name == id ? id : QStringLiteral("%1 (%2)").arg(name, id),
                                         id);
        const int index = m_ui->customerCombo->findData(current);
        m_ui->customerCombo->setCurrentIndex(std::max(0, index));
        QHash<QString, QString> names;
        for (const auto &[id, name] : data.customers)
            names.insert(id, name);
        m_findings->setCustomerNames(names);
    }

    const qint64 selected = m_openFinding > 0 ? m_openFinding : selectedFindingId();
    if (m_loading == 0)
        m_openFinding = 0; // else the newer load in flight selects it
    m_findings->setFindings(data.findings);
    rebuildRuleRows();
    if (selected > 0) {
        const int row = m_findings->rowOf(selected);
        if (row >= 0)
            m_ui->findingsView->selectRow(
                m_findingsProxy->mapFromSource(m_findings->index(row, 0)).row());
    }
    if (data.error.isEmpty())
        m_ui->statusLabel->setText(tr("%n finding(s)", nullptr, int(data.findings.size())));
    showDetail();
    Q_EMIT refreshed();
}

void DetectionsPage::rebuildRuleRows()
{
    if (!m_catalog)
        return;
    const bool fr = m_language == u"fr";
    QHash<QString, QString> titles;
    QHash<QString, const analytics::RuleHitStats *> stats;
    for (const auto &s : m_stats)
        stats.insert(s.ruleId, &s);
    QHash<QString, const analytics::RuleStatus *> statuses;
    for (const auto &s : m_statuses)
        statuses.insert(s.ruleId, &s);
    const QDate today = QDate::currentDate();

    QList<RuleRow> rows;
    for (const auto &rule : m_catalog->rules()) {
        RuleRow row;
        row.id = rule->id;
        row.title = fr ? rule->titleFr : rule->titleEn;
        row.explanation = fr ? rule->explanationFr : rule->explanationEn;
        row.risk = rule->risk;
        row.source = rule->source;
        row.kind = analytics::Rule::kindName(rule->kind);
        titles.insert(rule->id, row.title);
        if (const auto *s = stats.value(rule->id)) {
            row.findings = s->findings;
            row.lastHit = s->lastHit;
            for (int d = 29; d >= 0; --d)
                row.daily << double(s->daily.value(today.addDays(-d), 0));
        } else {
            row.daily = QList<double>(30, 0.0);
        }
        if (const auto *st = statuses.value(rule->id)) {
            using S = analytics::RuleStatus::State;
            switch (st->state) {
            case S::Active:
                row.state = RuleRow::State::Active;
                break;
            case S::Disabled:
                row.state = RuleRow::State::Disabled;
                break;
            case S::NeedsSetup:
                row.state = RuleRow::State::NeedsSetup;
                break;
            case S::NotSupported:
                row.state = RuleRow::State::NotSupported;
                break;
            case S::Learning:
                row.state = RuleRow::State::Learning;
                break;
            }
            row.unconfigured = st->unconfigured;
            row.missingSettings = st->missingSettings;
            row.enabled = st->state != S::Disabled;
        }
        row.customers = m_customerCount;
        row.enabledCustomers = m_enabledCustomers.value(rule->id);
        rows << row;
    }
    m_rules->setRows(rows, !m_statuses.isEmpty());
    m_findings->setRuleTitles(titles);
    m_ui->rulesHint->setVisible(m_statuses.isEmpty());
}

void DetectionsPage::fitFindingColumns()
{
    // Names and dates need more than their label; the titles take the rest.
    const int date = fontMetrics().horizontalAdvance(QLocale().toString(
                         QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)) +
                     16;
    fitColumnsToHeaders(m_ui->findingsView, FindingsModel::Title,
                        {{FindingsModel::Customer, 130},
                         {FindingsModel::Subject, 130},
                         {FindingsModel::FirstSeen, date},
                         {FindingsModel::LastSeen, date}});
    fitColumnsToHeaders(m_ui->rulesView, RulesModel::Title,
                        {{RulesModel::LastHit, date},
                         {RulesModel::Trend, 90},
                         {RulesModel::Status, 110},
                         {RulesModel::Enabled, 100}});
}

void DetectionsPage::openFinding(qint64 findingId)
{
    m_openFinding = findingId;
    // The finding may be filtered out (another customer, a closed state): the
    // queue widens to every customer's open findings to show it.
    if (m_findings->rowOf(findingId) < 0) {
        const QSignalBlocker a(m_ui->customerCombo), b(m_ui->stateCombo);
        m_ui->customerCombo->setCurrentIndex(0);
        m_ui->stateCombo->setCurrentIndex(0);
    }
    refresh();
}

qint64 DetectionsPage::selectedFindingId() const
{
    const QModelIndex current = m_ui->findingsView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(FindingsModel::FindingIdRole).toLongLong() : 0;
}

void DetectionsPage::showDetail()
{
    const qint64 id = selectedFindingId();
    resetDetailActions(id > 0);
    if (id <= 0) {
        showNoSelection();
        return;
    }
    const quint64 request = ++m_detailRequest;
    auto catalog = m_catalog;
    m_worker.run<Detail>(
        this, [id, catalog](store::Database &db) { return loadDetail(db, id, catalog.get()); },
        [this, request](Detail d) {
            if (request != m_detailRequest)
                return; // the selection moved on
            renderDetail(d);
        });
}

void DetectionsPage::resetDetailActions(bool hasSelection)
{
    for (QPushButton *b :
         {m_ui->acknowledgeButton, m_ui->falsePositiveButton, m_ui->closeButton, m_ui->noteButton})
        b->setEnabled(hasSelection);
    // Enabled once the detail says which actor the finding would approve.
    m_approval = {};
    m_ui->approveActorButton->setEnabled(false);
}

void DetectionsPage::showNoSelection()
{
    m_ui->detailText->setHtml(
        QStringLiteral("<p>%1</p>")
            .arg(esc(m_findings->rowCount() == 0
                         ? tr("No findings to show. Import or sync sign-in and audit "
                              "logs, or widen the filter.")
                         : tr("Select a finding to see why it fired."))));
    m_ui->baselineChart->hide();
}

// On the store thread: the finding, its notes, the raw events of the first
// evidence rows and what approving its actor would do.
DetectionsPage::Detail DetectionsPage::loadDetail(store::Database &db, qint64 id,
                                                  const analytics::RuleCatalog *catalog)
{
    Detail d;
    analytics::FindingStore store(db);
    auto f = store.get(id);
    if (!f) {
        d.error = f.error().message;
        return d;
    }
    d.finding = f.value();
    if (auto notes = store.notes(id))
        d.notes = notes.value();
    store::LogRepository logs(db);
    for (const EvidenceRef &ref : d.finding.evidence.mid(0, kEvidenceShown)) {
        const QByteArray raw = ref.stream == u"signIns"
                                   ? logs.signInRaw(d.finding.customerId, ref.eventId, ref.time)
                                   : logs.auditRaw(d.finding.customerId, ref.eventId, ref.time);
        d.evidence << EvidenceRow{ref, raw.isEmpty() ? QJsonObject()
                                                     : QJsonDocument::fromJson(raw).object()};
    }
    if (catalog) {
        if (auto approval = store.actorApproval(d.finding, *catalog))
            d.approval = std::move(approval).value();
    }
    return d;
}

void DetectionsPage::renderDetail(const Detail &d)
{
    if (!d.error.isEmpty()) {
        m_ui->detailText->setHtml(QStringLiteral("<p>%1</p>").arg(esc(d.error)));
        return;
    }
    const Finding &f = d.finding;
    QString html = detailHeaderHtml(f) + detailFactsHtml(f) + approvalHtml(f, d.approval) +
                   whyItFiredHtml(f) + evidenceHtml(f, d.evidence) + notesHtml(d.notes);
    showBaselineChart(f.detail);
    m_ui->detailText->setHtml(html);
    updateDetailActions(f, d.approval);
    Q_EMIT detailShown(f.id);
}

// Rule id and title in the severity's colour, then the rule's explanation.
QString DetectionsPage::detailHeaderHtml(const Finding &f) const
{
    const analytics::Rule *rule = m_catalog ? m_catalog->find(f.ruleId) : nullptr;
    const bool fr = m_language == u"fr";
    QString html = QStringLiteral("<h3 style='color:%1'>%2 — %3</h3>")
                       .arg(severityColor(f.severity).name(), esc(f.ruleId),
                            esc(rule ? (fr ? rule->titleFr : rule->titleEn) : f.ruleId));
    if (rule)
        html +=
            QStringLiteral("<p>%1</p>").arg(esc(fr ? rule->explanationFr : rule->explanationEn));
    return html;
}

// Severity, state, customer, subject, times, count and correlation.
QString DetectionsPage::detailFactsHtml(const Finding &f) const
{
    QString html = QStringLiteral("<table cellspacing='4'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("Severity"), displayName(f.severity));
    row(tr("State"), displayName(f.state));
    // The company name; the tenant id beside it, small, to copy.
    const QString name = m_findings->customerName(f.customerId);
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2%3</td></tr>")
                .arg(esc(tr("Customer")), esc(name),
                     name.compare(f.customerId, Qt::CaseInsensitive) == 0
                         ? QString()
                         : QStringLiteral(" <small>(%1)</small>").arg(esc(f.customerId)));
    // A user by UPN when the cache knows it; the user id beside it, to copy.
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2%3</td></tr>")
                .arg(esc(tr("Subject")), esc(FindingsModel::subjectText(f)),
                     f.subjectName.isEmpty()
                         ? QString()
                         : QStringLiteral(" <small>(%1)</small>").arg(esc(f.subject)));
    row(tr("First seen"), fmt(f.firstSeen));
    row(tr("Last seen"), fmt(f.lastSeen));
    row(tr("Events"), QLocale().toString(f.count));
    if (!f.correlationIds.isEmpty()) {
        // Other findings of the queue from the same operation.
        int others = 0;
        const int at = m_findings->rowOf(f.id);
        if (const int group = m_findings->groupOf(at); group >= 0)
            others = int(m_findings->groupRows(group).size()) - 1;
        row(tr("Correlation"), others > 0
                                   ? tr("%1 (shared with %n other finding(s))", nullptr, others)
                                         .arg(f.correlationIds.join(QStringLiteral(", ")))
                                   : f.correlationIds.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table>");
    return html;
}

// What "approve the actor" (P) would add, and the hint for an unconfigured customer.
QString DetectionsPage::approvalHtml(const Finding &f,
                                     const analytics::ActorApproval &approval) const
{
    QString html;
    if (approval.offered()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        approval.newActors.isEmpty()
                            ? tr("Already approved in %1: %2.")
                                  .arg(approval.listKey, approval.actors.join(QStringLiteral(", ")))
                            : tr("Approving the actor adds %1 to %2 for this "
                                 "customer (P).")
                                  .arg(approval.newActors.join(QStringLiteral(", ")),
                                       approval.listKey)));
    }
    if (f.unconfigured)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("No approved list is configured for this customer yet, so every "
                                "matching change fires. Approve the actor in the customer's "
                                "settings to silence it.")));
    return html;
}

// Why it fired, in figures: a threshold or a baseline.
QString DetectionsPage::whyItFiredHtml(const Finding &f) const
{
    const QJsonObject &detail = f.detail;
    QString html;
    if (detail.contains(u"threshold")) {
        // Which window, how many events in it, the duration in words.
        const qint64 windowMs = detail.value(u"windowMs").toInteger();
        const QString window =
            windowMs > 0 ? durationText(windowMs) : detail.value(u"window").toString();
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("At most %1 matching events within %2 between %3 and %4; the "
                                "threshold is %5.")
                                 .arg(detail.value(u"windowCount").toInteger())
                                 .arg(window, fmt(f.firstSeen), fmt(f.lastSeen))
                                 .arg(detail.value(u"threshold").toInteger())));
    }
    if (detail.contains(u"baseline")) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%1 events in the current window of %2 against a baseline "
                                "(median) of %3; the limit is %4 (+%5 %), with at least %6 "
                                "events.")
                                 .arg(QLocale().toString(detail.value(u"current").toDouble()))
                                 .arg(windowWords(detail.value(u"window").toString()))
                                 .arg(QLocale().toString(detail.value(u"baseline").toDouble()))
                                 .arg(QLocale().toString(detail.value(u"limit").toDouble()))
                                 .arg(QLocale().toString(detail.value(u"percent").toDouble()))
                                 .arg(QLocale().toString(detail.value(u"minVolume").toDouble()))));
    }
    return html;
}

// The baseline rules' history against the current window; hidden otherwise.
void DetectionsPage::showBaselineChart(const QJsonObject &detail)
{
    if (!detail.contains(u"baseline")) {
        m_ui->baselineChart->hide();
        return;
    }
    BaselineChart::Data chart;
    for (const QJsonValue &h : detail.value(u"history").toArray()) {
        const QJsonObject o = h.toObject();
        chart.labels << QLocale().toString(parseWireDateTime(o.value(u"start").toString()).date(),
                                           QLocale::ShortFormat);
        chart.history << o.value(u"count").toDouble();
    }
    chart.labels << tr("Current");
    chart.current = detail.value(u"current").toDouble();
    chart.baseline = detail.value(u"baseline").toDouble();
    chart.limit = detail.value(u"limit").toDouble();
    m_ui->baselineChart->setData(chart);
    m_ui->baselineChart->show();
}

// One line per evidence event: time, id and what the raw event says.
QString DetectionsPage::evidenceHtml(const Finding &f, const QList<EvidenceRow> &evidence) const
{
    QString html =
        QStringLiteral("<h4>%1</h4><table cellspacing='4'>")
            .arg(esc(tr("Evidence (%1 of %2 events)").arg(evidence.size()).arg(f.count)));
    for (const EvidenceRow &e : evidence) {
        QString what;
        if (e.ref.stream == u"signIns") {
            const QJsonObject st = e.event.value(u"status").toObject();
            const qint64 code = st.value(u"errorCode").toInteger();
            what =
                QStringLiteral("%1 · %2 · %3 · %4 — %5 (%6)")
                    .arg(e.event.value(u"userPrincipalName").toString(),
                         e.event.value(u"ipAddress").toString(),
                         e.event.value(u"location").toObject().value(u"countryOrRegion").toString(),
                         e.event.value(u"appDisplayName").toString())
                    .arg(code)
                    .arg(analytics::signInErrorMeaning(code, m_language));
        } else {
            const QJsonObject user =
                e.event.value(u"initiatedBy").toObject().value(u"user").toObject();
            const QJsonObject app =
                e.event.value(u"initiatedBy").toObject().value(u"app").toObject();
            what = QStringLiteral("%1 · %2 · %3")
                       .arg(e.event.value(u"activityDisplayName").toString(),
                            user.value(u"userPrincipalName")
                                .toString(app.value(u"displayName").toString()),
                            e.event.value(u"result").toString());
        }
        html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td></tr>")
                    .arg(esc(fmt(e.ref.time)), esc(e.ref.eventId),
                         esc(e.event.isEmpty() ? QString() : what));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString DetectionsPage::notesHtml(const QList<analytics::FindingStore::Note> &notes) const
{
    if (notes.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(tr("Notes")));
    for (const auto &n : notes)
        html += QStringLiteral("<p><b>%1</b> — %2<br/>%3</p>")
                    .arg(esc(n.author), esc(fmt(n.at)), esc(n.text));
    return html;
}

// The lifecycle buttons the finding's state allows.
void DetectionsPage::updateDetailActions(const Finding &f, const analytics::ActorApproval &approval)
{
    const bool open =
        f.state == FindingState::Enum::New || f.state == FindingState::Enum::Acknowledged;
    m_ui->acknowledgeButton->setEnabled(f.state == FindingState::Enum::New);
    m_ui->falsePositiveButton->setEnabled(open);
    m_ui->closeButton->setEnabled(f.state == FindingState::Enum::Acknowledged);
    m_approval = approval;
    m_ui->approveActorButton->setEnabled(open && approval.offered());
}

void DetectionsPage::approveActorOfSelected()
{
    const qint64 id = selectedFindingId();
    if (id <= 0 || !m_catalog || !m_ui->approveActorButton->isEnabled())
        return;
    const QString user = m_user.isEmpty() ? actor::current() : m_user;
    auto catalog = m_catalog;
    const QStringList actors = m_approval.actors;
    m_ui->approveActorButton->setEnabled(false);
    m_worker.run<Result<Finding>>(
        this,
        [id, catalog, user](store::Database &db) {
            return analytics::FindingStore(db).approveActor(id, *catalog, user,
                                                            SystemClock::instance().now());
        },
        [this, id, actors](Result<Finding> result) {
            if (!result) {
                m_ui->statusLabel->setText(result.error().message);
                showDetail();
                return;
            }
            m_ui->statusLabel->setText(tr("Approved for %1: %2.")
                                           .arg(m_findings->customerName(result->customerId),
                                                actors.join(QStringLiteral(", "))));
            m_findings->updateFinding(result.value());
            Q_EMIT findingChanged(id);
            showDetail();
        });
}

void DetectionsPage::transitionSelected(FindingState::Enum to)
{
    const qint64 id = selectedFindingId();
    if (id <= 0)
        return;
    const QString user = m_user.isEmpty() ? actor::current() : m_user;
    m_worker.run<Result<Finding>>(
        this,
        [id, to, user](store::Database &db) -> Result<Finding> {
            analytics::FindingStore store(db);
            if (Status s = store.transition(id, FindingState(to), user, QString(),
                                            SystemClock::instance().now());
                !s)
                return s.error();
            return store.get(id);
        },
        [this, id](Result<Finding> result) {
            if (!result) {
                m_ui->statusLabel->setText(result.error().message);
                return;
            }
            m_findings->updateFinding(result.value());
            Q_EMIT findingChanged(id);
            showDetail();
        });
}

void DetectionsPage::addNoteToSelected()
{
    const qint64 id = selectedFindingId();
    if (id <= 0)
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Add a note"), tr("Note:"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QString user = m_user.isEmpty() ? actor::current() : m_user;
    m_worker.run<Status>(
        this,
        [id, user, text](store::Database &db) {
            return analytics::FindingStore(db).addNote(id, user, text.trimmed(),
                                                       SystemClock::instance().now());
        },
        [this](Status s) {
            if (!s)
                m_ui->statusLabel->setText(s.error().message);
            showDetail();
        });
}

void DetectionsPage::setRuleEnabled(const QString &ruleId, bool enabled)
{
    const QString customerId = m_ui->customerCombo->currentData().toString();
    if (customerId.isEmpty())
        return;
    m_worker.run<Status>(
        this,
        [customerId, ruleId, enabled](store::Database &db) -> Status {
            auto settings = analytics::CustomerSettings::load(db, customerId);
            if (!settings)
                return settings.error();
            QJsonObject json = settings->toJson();
            QJsonArray disabled = json.value(u"disabledRules").toArray();
            QStringList ids;
            for (const QJsonValue &v : disabled)
                ids << v.toString();
            ids.removeAll(ruleId);
            if (!enabled)
                ids << ruleId;
            json.insert(QStringLiteral("disabledRules"), QJsonArray::fromStringList(ids));
            auto updated = analytics::CustomerSettings::fromJson(json);
            if (!updated)
                return updated.error();
            return updated->save(db, SystemClock::instance().now());
        },
        [this](Status s) {
            if (!s)
                m_ui->statusLabel->setText(s.error().message);
            refresh();
        });
}

void DetectionsPage::rerun()
{
    bool ok = false;
    const int days = QInputDialog::getInt(
        this, tr("Re-run detection"), tr("Evaluate every event of the last how many days again?"),
        30, 1, 3650, 1, &ok);
    if (!ok || !m_catalog)
        return;
    const QString customerId = m_ui->customerCombo->currentData().toString();
    m_ui->rerunButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Re-running detection…"));
    QPointer<QLabel> label(m_ui->statusLabel);
    m_worker.run<Result<analytics::DetectionStats>>(
        this,
        [customerId, days, detection = m_detection, label](store::Database &db) {
            const auto progress = [label](qint64 done, qint64 total) {
                if (total <= 0)
                    return;
                const int percent = int(done * 100 / total);
                QMetaObject::invokeMethod(label, [label, percent] {
                    if (label)
                        label->setText(
                            DetectionsPage::tr("Re-running detection… %1 %").arg(percent));
                });
            };
            const QDateTime since = SystemClock::instance().now().addDays(-days);
            return detection->rerun(db, customerId, since, progress);
        },
        [this](Result<analytics::DetectionStats> result) {
            m_ui->rerunButton->setEnabled(true);
            if (!result) {
                m_ui->statusLabel->setText(result.error().message);
                return;
            }
            m_ui->statusLabel->setText(tr("%1 events evaluated, %2 new findings")
                                           .arg(QLocale().toString(result->events))
                                           .arg(QLocale().toString(result->findingsCreated)));
            refresh();
        });
}

} // namespace vigie::gui
