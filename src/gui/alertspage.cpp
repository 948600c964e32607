#include "gui/alertspage.h"

#include "core/displaytext.h"
#include "gui/alertdetailhtml.h"
#include "gui/charts/alertcontextcharts.h"
#include "gui/combofit.h"
#include "gui/headerfit.h"
#include "gui/savedfilters.h"
#include "gui/storeworker.h"
#include "store/alertqueue.h"
#include "ui_alertspage.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtConcurrent>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace vigie::gui {

namespace {

// The facet combos keep their entry's text without its count here (the
// shown text is "High (12)").
constexpr int kBaseTextRole = Qt::UserRole + 1;

void addFacetItem(QComboBox *combo, const QString &text, const QVariant &data)
{
    combo->addItem(text, data);
    combo->setItemData(combo->count() - 1, text, kBaseTextRole);
}

// This thread (the warm-up pool's only one, which does nothing else) runs
// after everything else of the process and of the machine's interactive
// work: nice 19. Linux only; elsewhere the warm-up keeps the normal priority.
void yieldToInteractiveWork()
{
#ifdef Q_OS_LINUX
    (void)setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 19);
#endif
}

} // namespace

AlertsPage::AlertsPage(StoreWorker &worker, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AlertsPage>()), m_worker(worker),
      m_model(new AlertsModel(this))
{
    m_warmUpPool.setMaxThreadCount(1);
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() +
                                                         6); // one line per row, never wrapped
    // Every row the same height, never measured from its contents: the view
    // places 100,000 rows by arithmetic.
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    fitColumns();
    fillCombos();

    // Widths and order the analyst sets are saved shortly after.
    m_saveLayout.setSingleShot(true);
    m_saveLayout.setInterval(500);
    connect(&m_saveLayout, &QTimer::timeout, this, &AlertsPage::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &AlertsPage::layoutChangedByAnalyst);
    connect(header, &QHeaderView::sectionResized, this, [this, header](int logical) {
        // The stretched columns follow the view's width by themselves.
        if (logical != AlertsModel::Title && logical != header->logicalIndex(header->count() - 1))
            layoutChangedByAnalyst();
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_sortColumn = column;
                m_sortOrder = order;
                refilter();
            });
    // Customer tags (Customers page): one more facet beside the customer.
    m_tagCombo = new QComboBox(this);
    m_tagCombo->setObjectName(QStringLiteral("tagCombo"));
    // Entries carry counts ("managed (12)"): a fixed width, the popup shows all.
    m_tagCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagCombo->setMinimumContentsLength(8);
    m_tagCombo->addItem(tr("All tags"), QString());
    m_ui->filterBar->insertWidget(m_ui->filterBar->indexOf(m_ui->customerCombo) + 1, m_tagCombo);
    m_tagCombo->setToolTip(tr("Customer tag"));
    m_tagCombo->setItemData(0, tr("All tags"), kBaseTextRole);
    for (QComboBox *combo : {m_ui->statusCombo, m_ui->severityCombo, m_ui->typeCombo,
                             m_ui->customerCombo, m_tagCombo, m_ui->resellerCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            readFilterFromBar();
            refilter();
        });
    fillFacetCombos();

    // Saved filters: choosing one applies it; Save… names the current one.
    m_ui->savedCombo->setPlaceholderText(tr("None"));
    connect(m_ui->savedCombo, &QComboBox::activated, this,
            [this](int index) { applySavedFilter(m_ui->savedCombo->itemText(index)); });
    connect(m_ui->saveFilterButton, &QPushButton::clicked, this, &AlertsPage::askSaveFilter);
    connect(m_ui->deleteFilterButton, &QPushButton::clicked, this, [this] {
        if (m_ui->savedCombo->currentIndex() >= 0)
            deleteSavedFilter(m_ui->savedCombo->currentText());
    });
    setSettings(nullptr);

    // The customer's context around the alert as small charts, under the detail.
    m_contextCharts = new AlertContextCharts(m_ui->detailPane);
    m_contextCharts->setObjectName(QStringLiteral("contextCharts"));
    m_ui->detailLayout->insertWidget(1, m_contextCharts);
    m_ui->detailLayout->setStretch(0, 1);
    connect(m_ui->search, &QLineEdit::textChanged, this, [this] {
        readFilterFromBar();
        refilter();
    });
    connect(&m_filtering, &QFutureWatcher<Selection>::finished, this, [this] {
        const QString keep = m_openAlert.isEmpty() ? m_keepCurrent : m_openAlert;
        Selection answer = m_filtering.result();
        const qsizetype total = answer.rows->size();
        if (answer.counted) {
            m_counts = std::move(answer.counts);
            showCounts();
        }
        if (m_warmUpPending) {
            m_warmUpPending = false;
            warmUpSorts();
        }
        if (answer.rows == m_model->rows())
            applyOrder(std::move(answer.order)); // same rows: a new order, no reset
        else
            m_model->setRows(std::move(answer.rows), std::move(answer.order));
        m_ui->countLabel->setText(
            tr("%1 of %2").arg(QLocale().toString(m_model->rowCount()), QLocale().toString(total)));
        if (!m_openAlert.isEmpty() && !m_refilterAgain && m_model->rowOf(m_openAlert) < 0) {
            const AlertQueueFilter &f = m_filter;
            const bool everything = f.statuses.isEmpty() && f.severities.isEmpty() &&
                                    f.customerId.isEmpty() && f.alertType.isEmpty() &&
                                    f.customerTag.isEmpty() && f.resellerId.isEmpty() &&
                                    f.text.isEmpty() && f.fromMs == 0 && f.toMs == 0;
            if (!everything) {
                // Hidden by the filter: every status, every customer, no text.
                setFilter(AlertQueueFilter{});
                return;
            }
            m_openAlert.clear(); // not in the cache (any more)
        }
        // The current alert kept its (persistent) index through a new order:
        // nothing to do but show it — no new detail, the selection stays.
        const QModelIndex current = m_ui->table->currentIndex();
        const store::AlertQueueRow *currentRow = m_model->rowAt(current.row());
        if (currentRow && (m_openAlert.isEmpty() || currentRow->id == m_openAlert)) {
            m_ui->table->scrollTo(current);
            if (keep == m_openAlert)
                m_openAlert.clear();
        } else if (const int row = m_model->rowOf(keep); row >= 0) {
            if (keep == m_openAlert) { // asked for (a notification): selected alone
                m_ui->table->setCurrentIndex(m_model->index(row, 0));
                m_openAlert.clear();
            } else
                setCurrentRow(row);
            m_ui->table->scrollTo(m_model->index(row, 0));
        } else if (m_model->rowCount() > 0)
            setCurrentRow(0);
        else
            showDetail(); // nothing to show
        Q_EMIT loaded(int(total), m_model->rowCount());
        if (m_refilterAgain) {
            m_refilterAgain = false;
            refilter();
        }
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPage::showDetail);
    connect(m_ui->legitimateButton, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::Resolution::Legitimate); });
    connect(m_ui->fraudButton, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::Resolution::Fraud); });
    connect(m_ui->ignoreButton, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::Resolution::Ignore); });
    connect(m_ui->investigatingButton, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::Resolution::Investigating); });
    connect(m_ui->noteButton, &QPushButton::clicked, this, &AlertsPage::addNote);

    // Every action without a mouse.
    const auto key = [this](const QKeySequence &seq, auto slot) {
        auto *s = new QShortcut(seq, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    key(QKeySequence(Qt::Key_J), [this] { moveCurrent(1); });
    key(QKeySequence(Qt::Key_K), [this] { moveCurrent(-1); });
    key(QKeySequence(Qt::Key_Slash), [this] {
        m_ui->search->setFocus();
        m_ui->search->selectAll();
    });
    key(QKeySequence(Qt::Key_L), [this] { resolveSelected(sync::Resolution::Legitimate); });
    key(QKeySequence(Qt::Key_F), [this] { resolveSelected(sync::Resolution::Fraud); });
    key(QKeySequence(Qt::Key_I), [this] { resolveSelected(sync::Resolution::Ignore); });
    key(QKeySequence(Qt::Key_V), [this] { resolveSelected(sync::Resolution::Investigating); });
    key(QKeySequence(Qt::Key_N), [this] { addNote(); });
    key(QKeySequence(Qt::Key_Return), [this] { m_ui->detail->setFocus(); });
    key(QKeySequence(Qt::Key_Escape), [this] { m_ui->table->setFocus(); });
    key(QKeySequence::Save, [this] { askSaveFilter(); });
}

AlertsPage::~AlertsPage()
{
    m_filtering.waitForFinished();
    m_index.reset(); // a warm-up still running stops at its next column
    m_countedIndex.reset();
    m_warmUpPool.waitForDone();
}

void AlertsPage::fillCombos()
{
    const QSignalBlocker a(m_ui->statusCombo), b(m_ui->severityCombo);
    const int status = std::max(0, m_ui->statusCombo->currentIndex());
    const int severity = std::max(0, m_ui->severityCombo->currentIndex());
    m_ui->statusCombo->clear();
    addFacetItem(m_ui->statusCombo, tr("Active and investigating"),
                 QStringList{QStringLiteral("active"), QStringLiteral("investigating")});
    addFacetItem(m_ui->statusCombo, tr("Active"), QStringList{QStringLiteral("active")});
    addFacetItem(m_ui->statusCombo, tr("Investigating"),
                 QStringList{QStringLiteral("investigating")});
    addFacetItem(m_ui->statusCombo, tr("Resolved"), QStringList{QStringLiteral("resolved")});
    addFacetItem(m_ui->statusCombo, tr("All"), QStringList{});
    m_ui->statusCombo->setCurrentIndex(status);
    m_ui->severityCombo->clear();
    addFacetItem(m_ui->severityCombo, tr("Any severity"), QString());
    for (const char *s : {"high", "medium", "low", "informational"})
        addFacetItem(m_ui->severityCombo, AlertsModel::severityLabel(QLatin1String(s)),
                     QString::fromLatin1(s));
    m_ui->severityCombo->setCurrentIndex(severity);
}

// The combos whose entries come from the rows (customers, tags, types,
// resellers that have alerts), by name; the current choice is kept.
void AlertsPage::fillFacetCombos()
{
    const auto refill = [](QComboBox *combo, const QString &all,
                           const QMap<QString, QString> &items, const QString &current) {
        const QSignalBlocker block(combo);
        combo->clear();
        addFacetItem(combo, all, QString());
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            addFacetItem(combo, it.key(), it.value());
        combo->setCurrentIndex(
            std::max(0, combo->findData(current, Qt::UserRole, Qt::MatchFixedString)));
    };
    QMap<QString, QString> customers, tags, types, resellers; // shown -> key, sorted
    QSet<QString> subscriptions;
    if (m_rows)
        for (const store::AlertQueueRow &r : *m_rows) {
            customers.insert(displayText(r.customerName.isEmpty() ? r.customerId : r.customerName),
                             r.customerId);
            for (const QString &t : r.customerTags)
                tags.insert(t, t);
            types.insert(displayText(AlertsModel::typeLabel(r.alertType)), r.alertType);
            subscriptions.insert(AlertsModel::subscriptionText(r));
            if (!r.resellerTenantId.isEmpty())
                resellers.insert(
                    displayText(r.resellerName.isEmpty() ? r.resellerTenantId : r.resellerName),
                    r.resellerTenantId);
        }
    // A filter asked for before its rows are in stays choosable.
    if (!m_filter.customerTag.isEmpty() &&
        !tags.values().contains(m_filter.customerTag, Qt::CaseInsensitive))
        tags.insert(m_filter.customerTag, m_filter.customerTag);
    refill(m_ui->customerCombo, tr("All customers"), customers, m_filter.customerId);
    refill(m_tagCombo, tr("All tags"), tags, m_filter.customerTag);
    refill(m_ui->typeCombo, tr("Any type"), types, m_filter.alertType);
    refill(m_ui->resellerCombo, tr("All resellers"), resellers, m_filter.resellerId);
    for (QComboBox *combo : {m_ui->customerCombo, m_tagCombo, m_ui->typeCombo, m_ui->resellerCombo})
        for (int i = 1; i < combo->count(); ++i)
            combo->setItemData(i, combo->itemData(i, kBaseTextRole), Qt::ToolTipRole);
    showCounts();
    fitFilterCombos();
    fitColumnsToContent(types.keys(), subscriptions.values());
}

// The Type and Subscription columns as wide as their widest value in the
// rows (up to ~60 characters; longer ones elided, whole in the tooltip),
// so "Déploiement d’instances de conteneur anormal" is not cut at the
// default width. A layout the analyst left (restored, or resized since)
// wins.
void AlertsPage::fitColumnsToContent(const QStringList &types, const QStringList &subscriptions)
{
    if (m_layoutRestored || m_layoutTouched || !m_rows)
        return;
    QHeaderView *header = m_ui->table->horizontalHeader();
    const QFontMetrics fm = m_ui->table->fontMetrics();
    // The cell's text margins on both sides (as the delegate draws them).
    const int margins =
        2 * (m_ui->table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_ui->table) +
             1) +
        4;
    const int cap = fm.averageCharWidth() * 60;
    const QScopedValueRollback<bool> own(m_fittingColumns, true);
    for (const auto &[column, texts] :
         {std::pair{int(AlertsModel::Type), &types},
          std::pair{int(AlertsModel::Subscription), &subscriptions}}) {
        int widest = 0;
        for (const QString &t : *texts)
            widest = std::max(widest, fm.horizontalAdvance(t));
        if (widest + margins > header->sectionSize(column))
            header->resizeSection(column, std::min(widest + margins, cap));
    }
}

// The column layout (widths, order) the analyst leaves is kept in the
// window's settings and restored with them.
void AlertsPage::restoreLayout()
{
    if (!m_settings)
        return;
    const QScopedValueRollback<bool> own(m_fittingColumns, true);
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    m_layoutRestored = m_ui->table->horizontalHeader()->restoreState(
        m_settings->value(QStringLiteral("alerts/header")).toByteArray());
    // The order is the page's (newest first on opening), not the one saved.
    m_ui->table->horizontalHeader()->setSortIndicator(column, order);
}

void AlertsPage::layoutChangedByAnalyst()
{
    if (m_fittingColumns)
        return; // the page's own widths
    m_layoutTouched = true;
    m_saveLayout.start();
}

void AlertsPage::saveLayout()
{
    if (m_settings)
        m_settings->setValue(QStringLiteral("alerts/header"),
                             m_ui->table->horizontalHeader()->saveState());
}

// Each facet combo as wide as its "All …" entry with the largest count the
// rows allow (every entry for status and severity, a short list), in the
// current language: "Actives et en examen (145)" is never cut. Set when the
// rows or the language change, not per pass (a new width lays the bar out).
void AlertsPage::fitFilterCombos()
{
    const QString widest =
        QLocale().toString(std::max<qsizetype>(m_rows ? m_rows->size() : 0, 999));
    const auto fit = [this, &widest](QComboBox *combo, bool everyEntry) {
        QStringList texts;
        const int n = everyEntry ? combo->count() : std::min(1, combo->count());
        for (int i = 0; i < n; ++i)
            texts << tr("%1 (%2)").arg(combo->itemData(i, kBaseTextRole).toString(), widest);
        fitComboToTexts(combo, texts);
    };
    fit(m_ui->statusCombo, true);
    fit(m_ui->severityCombo, true);
    for (QComboBox *combo : {m_ui->customerCombo, m_tagCombo, m_ui->typeCombo, m_ui->resellerCombo})
        fit(combo, false);
}

// Each entry with the rows it would show under the other active filters.
void AlertsPage::showCounts()
{
    if (!m_index)
        return;
    const auto show = [this](QComboBox *combo, const std::function<int(const QVariant &)> &count) {
        for (int i = 0; i < combo->count(); ++i) {
            const QString base = combo->itemData(i, kBaseTextRole).toString();
            const QString text =
                tr("%1 (%2)").arg(base, QLocale().toString(count(combo->itemData(i))));
            if (combo->itemText(i) != text) // most entries keep their count
                combo->setItemText(i, text);
        }
    };
    const FacetCounts &c = m_counts;
    show(m_ui->statusCombo, [&c](const QVariant &d) {
        const QStringList statuses = d.toStringList();
        if (statuses.isEmpty())
            return c.anyStatus;
        int n = 0;
        for (const QString &s : statuses)
            n += c.statuses.value(s);
        return n;
    });
    const auto keyed = [](const QHash<QString, int> &counts, int any, auto fold) {
        return [&counts, any, fold](const QVariant &d) {
            const QString key = d.toString();
            return key.isEmpty() ? any : counts.value(fold(key));
        };
    };
    const auto same = [](const QString &k) { return k; };
    const auto lower = [](const QString &k) { return k.toLower(); };
    const auto folded = [](const QString &k) { return k.toCaseFolded(); };
    show(m_ui->severityCombo, keyed(c.severities, c.anySeverity, same));
    show(m_ui->typeCombo, keyed(c.types, c.anyType, same));
    show(m_ui->customerCombo, keyed(c.customers, c.anyCustomer, lower));
    show(m_tagCombo, keyed(c.tags, c.anyTag, folded));
    show(m_ui->resellerCombo, keyed(c.resellers, c.anyReseller, lower));
}

void AlertsPage::readFilterFromBar()
{
    const QStringList statuses = m_ui->statusCombo->currentData().toStringList();
    m_filter.statuses = QSet<QString>(statuses.begin(), statuses.end());
    const QString severity = m_ui->severityCombo->currentData().toString();
    m_filter.severities = severity.isEmpty() ? QSet<QString>() : QSet<QString>{severity};
    m_filter.customerId = m_ui->customerCombo->currentData().toString();
    m_filter.customerTag = m_tagCombo->currentData().toString();
    m_filter.alertType = m_ui->typeCombo->currentData().toString();
    m_filter.resellerId = m_ui->resellerCombo->currentData().toString();
    m_filter.text = m_ui->search->text().trimmed();
    syncSavedCombo();
}

void AlertsPage::setFilter(const AlertQueueFilter &filter)
{
    m_filter = filter;
    const QSignalBlocker a(m_ui->statusCombo), b(m_ui->severityCombo), c(m_ui->customerCombo),
        d(m_ui->search);
    for (int i = 0; i < m_ui->statusCombo->count(); ++i) {
        const QStringList s = m_ui->statusCombo->itemData(i).toStringList();
        if (QSet<QString>(s.begin(), s.end()) == filter.statuses)
            m_ui->statusCombo->setCurrentIndex(i);
    }
    const int sev = m_ui->severityCombo->findData(
        filter.severities.size() == 1 ? *filter.severities.begin() : QString());
    m_ui->severityCombo->setCurrentIndex(std::max(0, sev));
    m_ui->customerCombo->setCurrentIndex(std::max(
        0, m_ui->customerCombo->findData(filter.customerId, Qt::UserRole, Qt::MatchFixedString)));
    {
        const QSignalBlocker e(m_ui->typeCombo), f(m_ui->resellerCombo);
        m_ui->typeCombo->setCurrentIndex(std::max(0, m_ui->typeCombo->findData(filter.alertType)));
        m_ui->resellerCombo->setCurrentIndex(
            std::max(0, m_ui->resellerCombo->findData(filter.resellerId, Qt::UserRole,
                                                      Qt::MatchFixedString)));
    }
    {
        const QSignalBlocker e(m_tagCombo);
        if (!filter.customerTag.isEmpty() && m_tagCombo->findData(filter.customerTag) < 0)
            addFacetItem(m_tagCombo, filter.customerTag,
                         filter.customerTag); // before the rows load
        m_tagCombo->setCurrentIndex(std::max(0, m_tagCombo->findData(filter.customerTag)));
    }
    m_ui->search->setText(filter.text);
    syncSavedCombo();
    refilter();
}

void AlertsPage::reload()
{
    // The rows and their index (search text, sort permutations) are built
    // on the store thread: the GUI thread only swaps them in.
    m_worker.run<std::shared_ptr<AlertQueueIndex>>(
        this,
        [](store::Database &db) -> std::shared_ptr<AlertQueueIndex> {
            auto rows = store::AlertQueueReadModel(db).all();
            if (!rows)
                return nullptr;
            return std::make_shared<AlertQueueIndex>(
                std::make_shared<const QList<store::AlertQueueRow>>(std::move(rows).value()));
        },
        [this](std::shared_ptr<AlertQueueIndex> index) {
            if (!index)
                return;
            m_index = std::move(index);
            m_rows = m_index->rows();
            fillFacetCombos();
            m_warmUpPending = true; // once the first pass is in: it competes for the cores
            refilter();
        });
}

// Every column's order computed on the thread pool once the rows are in,
// so the first click on a header is a walk like any other sort. A newer
// load makes the older index's warm-up stop. It runs on its own one-thread
// pool at the lowest priority: sorting 13 columns of 100,000 rows is half a
// second of CPU, and the filter passes and the GUI thread of the first
// changes after a load came second to it on two cores (filter changes of
// 110-170 ms of CPU right after the load, 25-50 ms later).
void AlertsPage::warmUpSorts()
{
    if (!m_index)
        return;
    (void)QtConcurrent::run(&m_warmUpPool,
                            [weak = std::weak_ptr<AlertQueueIndex>(m_index), first = m_sortColumn] {
                                yieldToInteractiveWork();
                                QList<int> columns{first};
                                for (int c = 0; c < AlertsModel::ColumnCount; ++c)
                                    if (c != first)
                                        columns << c;
                                for (int c : std::as_const(columns)) {
                                    const std::shared_ptr<AlertQueueIndex> index = weak.lock();
                                    if (!index)
                                        return;
                                    index->warmUp(c);
                                }
                            });
}

// A new filter or order of the same rows. The model moves every persistent
// index with its alert, so the current alert and a selection of a few rows
// survive by themselves. A whole-table selection (Ctrl+A) is one range the
// selection model would not re-map row by row: it becomes the alerts the new
// view still shows, never rows the analyst did not select.
void AlertsPage::applyOrder(QList<int> order)
{
    QItemSelectionModel *selection = m_ui->table->selectionModel();
    const int rows = m_model->rowCount();
    const QItemSelection before = selection->selection();
    const bool all = rows > 0 && before.size() == 1 && before.first().top() == 0 &&
                     before.first().bottom() == rows - 1 && before.first().left() == 0 &&
                     before.first().right() == AlertsModel::ColumnCount - 1;
    QList<char> selected;
    if (all) {
        selected.fill(0, m_model->rows()->size());
        for (int r = 0; r < rows; ++r)
            selected[m_model->sourceRow(r)] = 1;
        selection->clearSelection();
    }
    m_model->setOrder(std::move(order));
    if (!all)
        return;
    QItemSelection after;
    const int shown = m_model->rowCount();
    for (int r = 0, first = -1; r <= shown; ++r) {
        const bool in = r < shown && selected[m_model->sourceRow(r)];
        if (in && first < 0)
            first = r;
        else if (!in && first >= 0) {
            after.select(m_model->index(first, 0),
                         m_model->index(r - 1, AlertsModel::ColumnCount - 1));
            first = -1;
        }
    }
    selection->select(after, QItemSelectionModel::Select);
}

// Moves the current row; a selection that survived a new order is kept (the
// current alert alone was filtered out), else the row is selected as a click
// would.
void AlertsPage::setCurrentRow(int row)
{
    QItemSelectionModel *selection = m_ui->table->selectionModel();
    const QModelIndex index = m_model->index(row, 0);
    if (selection->hasSelection())
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else
        m_ui->table->setCurrentIndex(index);
}

void AlertsPage::refilter()
{
    if (!m_index)
        return;
    if (m_filtering.isRunning()) {
        m_refilterAgain = true; // the newest filter wins once this pass is in
        return;
    }
    if (const store::AlertQueueRow *r = m_model->rowAt(m_ui->table->currentIndex().row()))
        m_keepCurrent = r->id;
    // The counts depend on the filter and the rows, not on the order.
    const bool count = m_countedIndex != m_index || !SavedFilters::same(m_countedFilter, m_filter);
    m_countedIndex = m_index;
    m_countedFilter = m_filter;
    m_filtering.setFuture(QtConcurrent::run(
        [index = m_index, filter = m_filter, column = m_sortColumn, order = m_sortOrder, count] {
            Selection answer{index->rows(), {}, {}, count};
            answer.order = index->select(filter, column, order, count ? &answer.counts : nullptr);
            return answer;
        }));
}

QStringList AlertsPage::selectedAlertIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_ui->table->selectionModel()->selectedRows())
        if (const store::AlertQueueRow *r = m_model->rowAt(i.row()))
            ids << r->id;
    if (ids.isEmpty())
        if (const store::AlertQueueRow *r = m_model->rowAt(m_ui->table->currentIndex().row()))
            ids << r->id;
    return ids;
}

void AlertsPage::fitColumns()
{
    const QScopedValueRollback<bool> own(m_fittingColumns, true);
    const int date = fontMetrics().horizontalAdvance(QLocale().toString(
                         QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)) +
                     16;
    fitColumnsToHeaders(m_ui->table, AlertsModel::Title,
                        {{AlertsModel::Severity, 90},
                         {AlertsModel::Type, 180},
                         {AlertsModel::Customer, 160},
                         {AlertsModel::Subscription, 110},
                         {AlertsModel::FirstObserved, date},
                         {AlertsModel::LastObserved, date}});
}

void AlertsPage::openAlert(const QString &alertId)
{
    m_openAlert = alertId;
    reload();
}

QString AlertsPage::currentAlertId() const
{
    const store::AlertQueueRow *r = m_model->rowAt(m_ui->table->currentIndex().row());
    return r ? r->id : QString();
}

void AlertsPage::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_ui->table->currentIndex().row() + delta, 0, rows - 1);
    m_ui->table->setCurrentIndex(m_model->index(row, 0));
    m_ui->table->setFocus();
}

void AlertsPage::resolveSelected(sync::Resolution resolution)
{
    const QStringList ids = selectedAlertIds();
    if (ids.isEmpty())
        return;
    if (ids.size() > 1) {
        // One confirmation for a bulk, with the count per customer.
        QMap<QString, int> perCustomer;
        for (const QModelIndex &i : m_ui->table->selectionModel()->selectedRows())
            if (const store::AlertQueueRow *r = m_model->rowAt(i.row()))
                ++perCustomer[displayText(r->customerName.isEmpty() ? r->customerId
                                                                    : r->customerName)];
        QStringList lines;
        for (auto it = perCustomer.cbegin(); it != perCustomer.cend(); ++it)
            lines << tr("%1: %n alert(s)", nullptr, it.value()).arg(it.key());
        const QString what =
            resolution == sync::Resolution::Investigating
                ? tr("Mark %n alert(s) as under investigation?", nullptr, int(ids.size()))
                : tr("Resolve %n alert(s) as %1?", nullptr, int(ids.size()))
                      .arg(AlertsModel::reasonLabel(sync::resolutionWireReason(resolution)));
        if (QMessageBox::question(this, tr("Resolve alerts"),
                                  what + QStringLiteral("\n\n") + lines.join(u'\n')) !=
            QMessageBox::Yes)
            return;
    }
    Q_EMIT resolveRequested(ids, resolution);
}

void AlertsPage::addNote()
{
    const store::AlertQueueRow *r = m_model->rowAt(m_ui->table->currentIndex().row());
    if (!r)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Note"),
        tr("A note on \"%1\", kept in Vigie:").arg(displayText(r->displayName, 80)), QString(),
        &ok);
    if (ok && !text.trimmed().isEmpty())
        Q_EMIT noteRequested(r->id, text.trimmed());
}

void AlertsPage::showDetail()
{
    const store::AlertQueueRow *row = m_model->rowAt(m_ui->table->currentIndex().row());
    if (!row) {
        ++m_detailRequest; // an answer still on its way is for an alert no longer shown
        m_shownDetail = {};
        m_ui->detail->clear();
        m_contextCharts->clear();
        return;
    }
    // The same alert of the same rows (a new order, a selection change):
    // what is on screen is still right; new rows (a sync, an action) or a
    // language switch build it again.
    const Shown shown{row->id, m_model->rows()};
    if (shown.id == m_shownDetail.id && shown.rows == m_shownDetail.rows &&
        m_detailRequest == m_shownRequest)
        return;
    const store::AlertQueueRow r = *row;
    const quint64 request = ++m_detailRequest;
    m_worker.run<Result<store::AlertContext>>(
        this,
        [id = r.id](store::Database &db) { return store::AlertQueueReadModel(db).context(id); },
        [this, r, request, shown](Result<store::AlertContext> c) {
            if (request != m_detailRequest)
                return; // the analyst moved on
            m_shownDetail = shown;
            m_shownRequest = request;
            m_contextCharts->setVisible(c.ok());
            if (c)
                m_contextCharts->setContext(*c, r.detectedAtMs);
            showDetailHtml(AlertDetailHtml::build(r, c));
            Q_EMIT detailShown(r.id);
        });
}

// A new document per alert, handed to the browser whole: setHtml() on the
// browser's own document re-imported the HTML through the text cursor and
// laid it out again as its size changed (4-20 ms a time, against ~2 ms for
// the same HTML parsed into a fresh document). The browser deletes the
// document it replaces (its child).
void AlertsPage::showDetailHtml(const QString &html)
{
    QTextBrowser *browser = m_ui->detail;
    const QTextDocument *old = browser->document();
    auto *doc = new QTextDocument(browser);
    doc->setDefaultFont(browser->font());
    doc->setDocumentMargin(old->documentMargin());
    doc->setDefaultStyleSheet(old->defaultStyleSheet());
    doc->setUndoRedoEnabled(false);
    doc->setHtml(html);
    browser->setDocument(doc);
}

void AlertsPage::setSettings(QSettings *settings)
{
    m_settings = settings;
    restoreLayout();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->savedCombo, m_ui->saveFilterButton,
                                                       m_ui->deleteFilterButton, m_ui->savedLabel})
        w->setEnabled(settings != nullptr);
    fillSavedCombo();
}

QStringList AlertsPage::savedFilterNames() const
{
    return m_settings ? SavedFilters(*m_settings).names() : QStringList();
}

void AlertsPage::saveCurrentFilter(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!m_settings || trimmed.isEmpty())
        return;
    SavedFilters(*m_settings).save(trimmed, m_filter);
    fillSavedCombo();
}

bool AlertsPage::applySavedFilter(const QString &name)
{
    if (!m_settings)
        return false;
    const std::optional<AlertQueueFilter> filter = SavedFilters(*m_settings).load(name);
    if (!filter)
        return false;
    setFilter(*filter);
    return true;
}

void AlertsPage::deleteSavedFilter(const QString &name)
{
    if (!m_settings)
        return;
    SavedFilters(*m_settings).remove(name);
    fillSavedCombo();
}

void AlertsPage::askSaveFilter()
{
    if (!m_settings)
        return;
    bool ok = false;
    const QString current =
        m_ui->savedCombo->currentIndex() >= 0 ? m_ui->savedCombo->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save filter"),
                                               tr("Name of this filter (an existing name is "
                                                  "replaced):"),
                                               QLineEdit::Normal, current, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveCurrentFilter(name);
}

void AlertsPage::fillSavedCombo()
{
    {
        const QSignalBlocker block(m_ui->savedCombo);
        m_ui->savedCombo->clear();
        m_ui->savedCombo->addItems(savedFilterNames());
        m_ui->savedCombo->setCurrentIndex(-1);
    }
    syncSavedCombo();
}

// The saved filter the bar shows, if it shows one exactly (editing the bar
// leaves it: the combo then says "None").
void AlertsPage::syncSavedCombo()
{
    int match = -1;
    if (m_settings) {
        const SavedFilters saved(*m_settings);
        for (int i = 0; i < m_ui->savedCombo->count() && match < 0; ++i)
            if (const auto f = saved.load(m_ui->savedCombo->itemText(i));
                f && SavedFilters::same(*f, m_filter))
                match = i;
    }
    const QSignalBlocker block(m_ui->savedCombo);
    m_ui->savedCombo->setCurrentIndex(match);
    m_ui->deleteFilterButton->setEnabled(m_settings && match >= 0);
}

void AlertsPage::setNow(const QDateTime &now)
{
    m_model->setNow(now);
}

void AlertsPage::retranslate()
{
    m_ui->retranslateUi(this);
    fillCombos();
    fitColumns();
    fillFacetCombos(); // "All tags", localized type names (and their widths)
    m_ui->savedCombo->setPlaceholderText(tr("None"));
    m_model->retranslate(); // labels, dates and headers in the new language
    if (m_index) {
        m_filtering.waitForFinished(); // the index is not changed under a pass
        m_index->clearSortCache();     // type labels sort in the new language
        refilter();
        warmUpSorts();
    }
    m_shownDetail = {}; // the detail in the new language
    showDetail();
}

void AlertsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vigie::gui
