#include "gui/activitypage.h"

#include "core/displaytext.h"
#include "gui/alertsmodel.h"
#include "gui/headerfit.h"
#include "gui/storeworker.h"
#include "store/outbox.h"
#include "ui_activitypage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>

namespace vigie::gui {

namespace {
constexpr int ActionIdRole = Qt::UserRole + 1;
} // namespace

struct ActivityPage::Snapshot
{
    Result<QList<store::ActivityRow>> trail = QList<store::ActivityRow>();
    Result<QList<store::AttentionRow>> attention = QList<store::AttentionRow>();
    QList<QPair<QString, QString>> customers;
};

ActivityPage::ActivityPage(StoreWorker &worker, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ActivityPage>()), m_worker(worker),
      m_model(new ActivityModel(this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    fitColumns();
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 6);
    QHeaderView *attention = m_ui->attention->header();
    attention->setStretchLastSection(true);
    attention->resizeSection(0, 90);
    attention->resizeSection(1, 220);
    attention->resizeSection(2, 150);
    attention->resizeSection(3, 150);
    attention->resizeSection(4, 190);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);

    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addDays(-30));
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);
    fillCombos();

    for (QComboBox *combo : {m_ui->kindCombo, m_ui->resultCombo, m_ui->customerCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    connect(m_ui->search, &QLineEdit::textChanged, this, &ActivityPage::reload);
    connect(m_ui->fromCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDate->setEnabled(on);
        reload();
    });
    connect(m_ui->toCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->toDate->setEnabled(on);
        reload();
    });
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &ActivityPage::reload);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &ActivityPage::reload);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ActivityPage::exportRequested);
    connect(m_ui->attention, &QTreeWidget::currentItemChanged, this,
            &ActivityPage::updateAttentionButtons);
    connect(m_ui->retry, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAction())
            Q_EMIT retryRequested(id);
    });
    connect(m_ui->sendMine, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAction())
            Q_EMIT sendMineRequested(id);
    });
    connect(m_ui->keepRemote, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAction())
            Q_EMIT keepRemoteRequested(id);
    });
    auto *search = new QShortcut(QKeySequence(Qt::Key_Slash), this, [this] {
        m_ui->search->setFocus();
        m_ui->search->selectAll();
    });
    search->setContext(Qt::WidgetWithChildrenShortcut);
    updateAttentionButtons();
}

ActivityPage::~ActivityPage() = default;

QTableView *ActivityPage::table() const
{
    return m_ui->table;
}

QTreeWidget *ActivityPage::attentionList() const
{
    return m_ui->attention;
}

QString ActivityPage::attentionDetail() const
{
    return m_ui->attentionDetail->text();
}

void ActivityPage::fillCombos()
{
    m_filling = true;
    const QString kind = m_ui->kindCombo->currentData().toString();
    const QString result = m_ui->resultCombo->currentData().toString();
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("Every action"), QString());
    for (const QString &v : ActivityModel::knownVerbs())
        m_ui->kindCombo->addItem(ActivityModel::verbLabel(v), v);
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(kind)));
    m_ui->resultCombo->clear();
    m_ui->resultCombo->addItem(tr("Every result"), QString());
    for (const QString &r : ActivityModel::knownResults())
        m_ui->resultCombo->addItem(ActivityModel::resultLabel(r), r);
    m_ui->resultCombo->setCurrentIndex(qMax(0, m_ui->resultCombo->findData(result)));
    if (m_ui->customerCombo->count() == 0)
        m_ui->customerCombo->addItem(tr("Every customer"), QString());
    else
        m_ui->customerCombo->setItemText(0, tr("Every customer"));
    m_filling = false;
}

void ActivityPage::fillCustomers(const QList<QPair<QString, QString>> &customers)
{
    m_filling = true;
    const QString keep = m_ui->customerCombo->currentData().toString();
    m_ui->customerCombo->clear();
    m_ui->customerCombo->addItem(tr("Every customer"), QString());
    for (const auto &[id, name] : customers) {
        m_ui->customerCombo->addItem(displayText(name.isEmpty() ? id : name, 60), id);
        m_ui->customerCombo->setItemData(m_ui->customerCombo->count() - 1, id, Qt::ToolTipRole);
    }
    m_ui->customerCombo->setCurrentIndex(qMax(0, m_ui->customerCombo->findData(keep)));
    m_filling = false;
}

store::ActivityFilter ActivityPage::filter() const
{
    store::ActivityFilter f;
    f.verb = m_ui->kindCombo->currentData().toString();
    f.result = m_ui->resultCombo->currentData().toString();
    f.customerId = m_ui->customerCombo->currentData().toString();
    f.text = m_ui->search->text();
    // Whole local days: from the start of "from" to the end of "to".
    if (m_ui->fromCheck->isChecked())
        f.fromMs = m_ui->fromDate->date().startOfDay().toMSecsSinceEpoch();
    if (m_ui->toCheck->isChecked())
        f.toMs = m_ui->toDate->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    return f;
}

void ActivityPage::reload()
{
    const quint64 generation = ++m_generation;
    const store::ActivityFilter f = filter();
    m_worker.run<std::shared_ptr<Snapshot>>(
        this,
        [f](store::Database &db) {
            auto s = std::make_shared<Snapshot>();
            s->trail = store::activityRows(db, f);
            s->attention = store::attentionRows(db);
            if (auto c = store::activityCustomers(db))
                s->customers = *c;
            return s;
        },
        [this, generation](std::shared_ptr<Snapshot> s) {
            if (generation != m_generation || !s)
                return; // a newer filter is on its way
            if (!s->trail) {
                m_ui->countLabel->setText(s->trail.error().message);
                return;
            }
            fillCustomers(s->customers);
            const int n = int(s->trail->size());
            m_model->setRows(std::make_shared<const QList<store::ActivityRow>>(*s->trail));
            m_ui->countLabel->setText(tr("%n entry(ies)", nullptr, n));
            showAttention(s->attention ? *s->attention : QList<store::AttentionRow>());
            Q_EMIT loaded(n, int(m_attention.size()));
        });
}

QString ActivityPage::localText(const store::AttentionRow &r) const
{
    const Action &a = r.action;
    switch (a.kind) {
    case Action::Kind::ResolveAlert: {
        const QString status = a.payload.value(u"status").toString();
        if (status == u"investigating")
            return AlertsModel::statusLabel(status);
        return tr("Resolved as %1")
            .arg(AlertsModel::reasonLabel(a.payload.value(u"resolvedReason").toString()));
    }
    case Action::Kind::SuspendSubscription:
        return tr("Suspended");
    case Action::Kind::CancelEntitlement:
        return tr("Cancelled (compromise)");
    }
    return {};
}

QString ActivityPage::remoteText(const store::AttentionRow &r) const
{
    if (r.remoteStatus.isEmpty())
        return tr("Unknown (not in the cache)");
    if (r.action.kind != Action::Kind::ResolveAlert)
        return r.remoteStatus;
    QString out = AlertsModel::statusLabel(r.remoteStatus);
    if (!r.remoteReason.isEmpty())
        out += QStringLiteral(" — ") + AlertsModel::reasonLabel(r.remoteReason);
    if (!r.remoteBy.isEmpty())
        out += QStringLiteral(" ") + tr("by %1").arg(displayText(r.remoteBy, 60));
    return out;
}

void ActivityPage::showAttention(const QList<store::AttentionRow> &rows)
{
    const qint64 keep = selectedAction();
    m_attention = rows;
    QTreeWidget *list = m_ui->attention;
    list->clear();
    QTreeWidgetItem *select = nullptr;
    for (const store::AttentionRow &r : rows) {
        auto *item = new QTreeWidgetItem(list);
        const bool conflict = r.action.state.value() == ActionState::Enum::Conflict;
        item->setText(0, conflict ? tr("Conflict") : tr("Failed"));
        item->setText(1,
                      displayText(r.targetName.isEmpty() ? r.action.targetId : r.targetName, 80));
        item->setToolTip(1, r.action.targetId);
        item->setText(2, displayText(r.customerName.isEmpty() ? r.customerId : r.customerName, 60));
        item->setToolTip(2, r.customerId);
        item->setText(3, localText(r));
        item->setText(4, remoteText(r));
        item->setText(5, displayText(r.action.lastError, 200));
        item->setToolTip(5, r.action.lastError);
        item->setData(0, ActionIdRole, r.action.id);
        if (r.action.id == keep)
            select = item;
    }
    m_ui->attentionBox->setTitle(
        tr("Actions that need you (%1)").arg(QLocale().toString(qlonglong(rows.size()))));
    if (!select && list->topLevelItemCount() > 0)
        select = list->topLevelItem(0);
    list->setCurrentItem(select);
    updateAttentionButtons();
}

qint64 ActivityPage::selectedAction() const
{
    const QTreeWidgetItem *item = m_ui->attention->currentItem();
    return item ? item->data(0, ActionIdRole).toLongLong() : 0;
}

bool ActivityPage::selectAction(qint64 actionId)
{
    for (int i = 0; i < m_ui->attention->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->attention->topLevelItem(i);
        if (item->data(0, ActionIdRole).toLongLong() == actionId) {
            m_ui->attention->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void ActivityPage::updateAttentionButtons()
{
    const qint64 id = selectedAction();
    const store::AttentionRow *row = nullptr;
    for (const store::AttentionRow &r : m_attention)
        if (r.action.id == id)
            row = &r;
    const bool conflict = row && row->action.state.value() == ActionState::Enum::Conflict;
    const bool failed = row && row->action.state.value() == ActionState::Enum::Failed;
    m_ui->sendMine->setEnabled(conflict);
    m_ui->keepRemote->setEnabled(conflict);
    m_ui->retry->setEnabled(failed);
    if (!row) {
        m_ui->attentionDetail->setText(
            m_attention.isEmpty() ? tr("Nothing failed and nothing is in conflict.") : QString());
        return;
    }
    const QString target =
        displayText(row->targetName.isEmpty() ? row->action.targetId : row->targetName, 80);
    m_ui->attentionDetail->setText(
        conflict ? tr("%1 — local (Vigie): %2; remote (service): %3. %4 \"Send mine again\" "
                      "sends your change over the remote state; \"Keep the remote state\" ends "
                      "this action without sending anything.")
                       .arg(target, localText(*row), remoteText(*row),
                            displayText(row->action.lastError, 300))
                 : tr("%1 — %2: %3 \"Retry\" queues it again with the same request id.")
                       .arg(target, localText(*row), displayText(row->action.lastError, 300)));
}

// At 1280×800, in French as in English, without a horizontal scroll bar
// (the Request id column was off screen): the short columns as wide as their
// label or usual content, Target, Note and Request id share what is left;
// cells elide, their tooltips hold the whole text and the ids.
void ActivityPage::fitColumns()
{
    const int date = fontMetrics().horizontalAdvance(QLocale().toString(
                         QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)) +
                     16;
    fitColumnsToHeaders(m_ui->table, ActivityModel::Note,
                        {{ActivityModel::Time, date},
                         {ActivityModel::User, 100},
                         {ActivityModel::Action, 130},
                         {ActivityModel::Customer, 120},
                         {ActivityModel::Reason, 80},
                         {ActivityModel::Result, 110}});
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(ActivityModel::Target, QHeaderView::Stretch);
    header->setSectionResizeMode(ActivityModel::RequestId, QHeaderView::Stretch);
}

void ActivityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fitColumns();
        fillCombos();
        showAttention(m_attention);
        reload(); // the model's texts and headers follow the language
    }
    QWidget::changeEvent(event);
}

} // namespace vigie::gui
