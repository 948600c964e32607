#include "gui/customerspage.h"

#include "core/actor.h"
#include "gui/storeworker.h"
#include "gui/tagsdialog.h"
#include "gui/tagsettingsdialog.h"
#include "store/activitylog.h"
#include "store/customerlist.h"
#include "store/customertags.h"
#include "store/transaction.h"
#include "ui_customerspage.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QTimer>

namespace vigie::gui {

namespace {

const QString kHeaderKey = QStringLiteral("customers/header");

struct Loaded
{
    QList<store::CustomerListRow> rows;
    QStringList tags;
};

} // namespace

CustomersPage::CustomersPage(StoreWorker &worker, QSettings *settings, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CustomersPage>()), m_worker(worker),
      m_settings(settings), m_model(new CustomersModel(this)), m_filter(new CustomersFilter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->table->setModel(m_filter);
    m_ui->table->verticalHeader()->hide();
    // One line per row, never wrapped; the whole text is in the tooltip.
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 6);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setMinimumSectionSize(40);
    fitHeaders();
    m_ui->table->sortByColumn(CustomersModel::ActiveAlerts, Qt::DescendingOrder);
    if (m_settings)
        m_layoutRestored = header->restoreState(m_settings->value(kHeaderKey).toByteArray());
    // The layout is saved shortly after the analyst changes it.
    auto *saveLater = new QTimer(this);
    saveLater->setSingleShot(true);
    saveLater->setInterval(500);
    connect(saveLater, &QTimer::timeout, this, &CustomersPage::saveLayout);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(header, signal, saveLater, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, saveLater, qOverload<>(&QTimer::start));

    m_ui->tagCombo->addItem(tr("All tags"), QString());
    connect(m_ui->tagCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTag(m_ui->tagCombo->currentData().toString());
        updateCount();
        updateButtons();
    });
    connect(m_ui->search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_ui->table, &QAbstractItemView::activated, this, &CustomersPage::activateCurrent);
    connect(m_ui->openButton, &QPushButton::clicked, this, &CustomersPage::activateCurrent);
    connect(m_ui->tagsButton, &QPushButton::clicked, this, &CustomersPage::editTags);
    connect(m_ui->tagSettingsButton, &QPushButton::clicked, this, &CustomersPage::editTagSettings);
    connect(m_ui->tagAlertsButton, &QPushButton::clicked, this, [this] {
        const QString tag = m_filter->tag();
        if (!tag.isEmpty())
            Q_EMIT tagAlertsRequested(tag);
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateButtons);
    auto *search = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    search->setContext(Qt::WidgetWithChildrenShortcut);
    connect(search, &QShortcut::activated, this, [this] {
        m_ui->search->setFocus();
        m_ui->search->selectAll();
    });
    // T on the table (not while typing a search) tags the selection.
    auto *tags = new QShortcut(QKeySequence(Qt::Key_T), m_ui->table);
    tags->setContext(Qt::WidgetShortcut);
    connect(tags, &QShortcut::activated, this, &CustomersPage::editTags);
    updateButtons();
}

CustomersPage::~CustomersPage()
{
    saveLayout();
}

// Every column as wide as its header in the current language (French
// headers are longer), never cut; the text columns a little wider, their
// content elided with the whole text in the tooltip. The customer's name
// takes what is left of the width, so the table never scrolls sideways at
// 1280 px (French included).
void CustomersPage::fitHeaders()
{
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setStretchLastSection(false);
    const QHash<int, int> textMinimum{{CustomersModel::Tags, 90},
                                      {CustomersModel::Resellers, 100},
                                      {CustomersModel::Freshness, 135},
                                      {CustomersModel::LogAvailability, 155}};
    for (int c = 0; c < CustomersModel::ColumnCount; ++c) {
        if (c == CustomersModel::Name) {
            header->setSectionResizeMode(c, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        const int label = header->fontMetrics().horizontalAdvance(
                              m_model->headerData(c, Qt::Horizontal).toString()) +
                          28; // margins and the sort indicator
        header->resizeSection(c, std::max(label, textMinimum.value(c, 0)));
    }
}

void CustomersPage::saveLayout()
{
    if (m_settings)
        m_settings->setValue(kHeaderKey, m_ui->table->horizontalHeader()->saveState());
}

void CustomersPage::reload()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_worker.run<Result<Loaded>>(
        this,
        [now](store::Database &db) -> Result<Loaded> {
            auto rows = store::CustomerListReadModel(db).all(now);
            if (!rows)
                return rows.error();
            auto counts = store::CustomerTagRepository(db).counts();
            if (!counts)
                return counts.error();
            Loaded l{std::move(rows).value(), {}};
            for (const store::TagCount &t : *counts)
                l.tags << t.tag;
            return l;
        },
        [this](Result<Loaded> result) {
            if (!result)
                return;
            const QStringList keep = selectedCustomerIds();
            const QString current =
                m_ui->table->currentIndex().data(CustomersModel::CustomerIdRole).toString();
            m_model->setRows(std::move(result->rows));
            fillTags(result->tags);
            // The selection survives a reload (a tag change, a sync).
            QItemSelectionModel *sel = m_ui->table->selectionModel();
            for (int r = 0; r < m_filter->rowCount(); ++r) {
                const QModelIndex i = m_filter->index(r, 0);
                const QString id = i.data(CustomersModel::CustomerIdRole).toString();
                if (keep.contains(id))
                    sel->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                if (id == current)
                    sel->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
            }
            if (!m_ui->table->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_ui->table->setCurrentIndex(m_filter->index(0, 0));
            updateCount();
            updateButtons();
            Q_EMIT loaded(m_model->rowCount(), m_filter->rowCount());
        });
}

void CustomersPage::fillTags(const QStringList &tags)
{
    m_knownTags = tags;
    const QString current = m_filter->tag();
    const QSignalBlocker block(m_ui->tagCombo);
    m_ui->tagCombo->clear();
    m_ui->tagCombo->addItem(tr("All tags"), QString());
    QStringList offered = tags;
    for (const QString &t : store::CustomerTagRepository::suggested() + QStringList{current})
        if (!t.isEmpty() && !offered.contains(t, Qt::CaseInsensitive))
            offered << t;
    for (const QString &t : offered)
        m_ui->tagCombo->addItem(t, t);
    m_ui->tagCombo->setCurrentIndex(
        std::max(0, m_ui->tagCombo->findData(current, Qt::UserRole, Qt::MatchFixedString)));
}

void CustomersPage::setTagFilter(const QString &tag)
{
    if (!tag.isEmpty() && m_ui->tagCombo->findData(tag, Qt::UserRole, Qt::MatchFixedString) < 0)
        m_ui->tagCombo->addItem(tag, tag);
    m_ui->tagCombo->setCurrentIndex(
        std::max(0, m_ui->tagCombo->findData(tag, Qt::UserRole, Qt::MatchFixedString)));
}

void CustomersPage::setNow(const QDateTime &now)
{
    m_model->setNow(now);
}

QStringList CustomersPage::selectedCustomerIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_ui->table->selectionModel()->selectedRows())
        ids << i.data(CustomersModel::CustomerIdRole).toString();
    if (ids.isEmpty() && m_ui->table->currentIndex().isValid())
        ids << m_ui->table->currentIndex().data(CustomersModel::CustomerIdRole).toString();
    return ids;
}

void CustomersPage::activateCurrent()
{
    const QString id = m_ui->table->currentIndex().data(CustomersModel::CustomerIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT customerActivated(id);
}

void CustomersPage::changeTags(const QStringList &customerIds, const QStringList &add,
                               const QStringList &remove)
{
    if (customerIds.isEmpty() || (add.isEmpty() && remove.isEmpty()))
        return;
    const QString actor = actor::current();
    m_worker.run<Status>(
        this,
        [customerIds, add, remove, actor](store::Database &db) -> Status {
            store::Transaction tx(db);
            if (!tx.isActive())
                return tx.beginStatus();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (Status s = store::CustomerTagRepository(db).change(customerIds, add, remove, now);
                !s)
                return s;
            for (const QString &id : customerIds) {
                store::ActivityEntry e;
                e.atMs = now;
                e.actor = actor;
                e.verb = QStringLiteral("tag");
                e.objectKind = QStringLiteral("customer");
                e.objectId = id;
                e.detail =
                    QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(add)},
                                {QStringLiteral("removed"), QJsonArray::fromStringList(remove)}};
                if (auto a = store::ActivityLog(db).append(e); !a)
                    return a.error();
            }
            return tx.commit();
        },
        [this](Status s) {
            if (!s) {
                m_ui->countLabel->setText(s.error().message);
                return;
            }
            Q_EMIT tagsChanged();
            reload();
        });
}

void CustomersPage::editTags()
{
    const QStringList ids = selectedCustomerIds();
    if (ids.isEmpty())
        return;
    QList<QStringList> current;
    for (const QString &id : ids) {
        for (const store::CustomerListRow &r : m_model->rows()) {
            if (r.id == id) {
                current << r.tags;
                break;
            }
        }
    }
    auto *dialog = new TagsDialog(current, m_knownTags, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, ids] { changeTags(ids, dialog->toAdd(), dialog->toRemove()); });
    dialog->open();
    Q_EMIT dialogShown(dialog);
}

void CustomersPage::editTagSettings()
{
    const QString tag = m_filter->tag();
    if (tag.isEmpty())
        return;
    auto *dialog = new TagSettingsDialog(m_worker, tag, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogShown(dialog);
}

void CustomersPage::updateCount()
{
    m_ui->countLabel->setText(tr("%1 of %2 customers")
                                  .arg(QLocale().toString(m_filter->rowCount()),
                                       QLocale().toString(m_model->rowCount())));
}

void CustomersPage::updateButtons()
{
    const bool any = !selectedCustomerIds().isEmpty();
    m_ui->openButton->setEnabled(any);
    m_ui->tagsButton->setEnabled(any);
    const bool tag = !m_filter->tag().isEmpty();
    m_ui->tagSettingsButton->setEnabled(tag);
    m_ui->tagAlertsButton->setEnabled(tag);
}

void CustomersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->tagCombo->setItemText(0, tr("All tags"));
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, CustomersModel::ColumnCount - 1);
        fitHeaders();
        if (m_model->rowCount() > 0)
            Q_EMIT m_model->dataChanged(
                m_model->index(0, 0),
                m_model->index(m_model->rowCount() - 1, CustomersModel::ColumnCount - 1));
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace vigie::gui
