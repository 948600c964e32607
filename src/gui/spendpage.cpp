#include "gui/spendpage.h"

#include "core/displaytext.h"
#include "gui/charts/chartformat.h"
#include "gui/charts/chartpick.h"
#include "gui/charts/spendbandchart.h"
#include "gui/headerfit.h"
#include "gui/spendanomalymodel.h"
#include "gui/storeworker.h"
#include "ui_spendpage.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimeZone>

namespace vigie::gui {

namespace {

int dayNumber(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

constexpr int kRanges[] = {7, 30, 60, 90};

} // namespace

SpendPage::SpendPage(StoreWorker &worker, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SpendPage>()), m_worker(worker),
      m_model(new SpendAnomalyModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_pick(new ChartPick(this)), m_today(QDateTime::currentDateTimeUtc().date())
{
    m_ui->setupUi(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SpendAnomalyModel::SortRole);
    m_ui->anomaliesView->setModel(m_sorted);
    m_ui->anomaliesView->sortByColumn(SpendAnomalyModel::Excess, Qt::DescendingOrder);
    QHeaderView *header = m_ui->anomaliesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    fitColumns();
    // Its width follows the language ("30 derniers jours" after a switch).
    m_ui->rangeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->chartBox->setMinimumHeight(260);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->spendChart->setRenderHint(QPainter::Antialiasing);

    retranslate();
    m_ui->rangeCombo->setCurrentIndex(1); // 30 days
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, &SpendPage::reload);
    connect(m_ui->subscriptionCombo, &QComboBox::currentIndexChanged, this, &SpendPage::showChart);
    connect(m_ui->anomaliesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto *a = m_model->anomalyAt(m_sorted->mapToSource(current).row());
                if (a)
                    showSubscription(a->azureSubscriptionId);
            });
    connect(m_ui->anomaliesView, &QAbstractItemView::activated, this, &SpendPage::activateRow);
    // A click on an anomaly marker selects its row (same subscription and day).
    connect(m_pick, &ChartPick::picked, this, [this](const QDate &day, const QString &) {
        const QString sub = currentSubscription();
        for (int r = 0; r < m_sorted->rowCount(); ++r) {
            const auto *a = m_model->anomalyAt(m_sorted->mapToSource(m_sorted->index(r, 0)).row());
            if (a && a->point.day == dayNumber(day) &&
                a->azureSubscriptionId.compare(sub, Qt::CaseInsensitive) == 0) {
                m_ui->anomaliesView->setCurrentIndex(m_sorted->index(r, 0));
                return;
            }
        }
    });
}

SpendPage::~SpendPage() = default;

QChartView *SpendPage::chartView() const
{
    return m_ui->spendChart;
}

void SpendPage::setToday(const QDate &today)
{
    m_today = today;
}

int SpendPage::rangeDays() const
{
    const int i = m_ui->rangeCombo->currentIndex();
    return i >= 0 && i < int(std::size(kRanges)) ? kRanges[i] : 30;
}

void SpendPage::setRangeDays(int days)
{
    for (int i = 0; i < int(std::size(kRanges)); ++i) {
        if (kRanges[i] == days)
            m_ui->rangeCombo->setCurrentIndex(i); // reloads when it changes
    }
}

void SpendPage::reload()
{
    const int toDay = dayNumber(m_today);
    const int fromDay = dayNumber(m_today.addDays(1 - rangeDays()));
    const quint64 request = ++m_request;
    m_loading = true;
    m_ui->anomaliesTitle->setText(tr("Loading…"));
    // The list, the anomalies and the chart of the shown subscription in one
    // read; another subscription's points when it is shown (loadPoints).
    m_worker.run<Result<analytics::SpendOverview>>(
        this,
        [fromDay, toDay, focus = currentSubscription()](store::Database &db) {
            return analytics::loadSpendPage(db, fromDay, toDay, focus);
        },
        [this, request](Result<analytics::SpendOverview> overview) {
            if (request != m_request)
                return; // a newer range was asked for meanwhile
            m_loading = false;
            m_pointsPending.clear();
            m_overview = overview ? *overview : analytics::SpendOverview{};
            m_model->setAnomalies(m_overview.anomalies);
            fillSubscriptions();
            retranslate();
            if (!overview)
                m_ui->anomaliesTitle->setText(overview.error().message);
            Q_EMIT loaded();
        });
}

void SpendPage::fillSubscriptions()
{
    QString keep = currentSubscription();
    if (keep.isEmpty() && !m_overview.anomalies.isEmpty())
        keep = m_overview.anomalies.first().azureSubscriptionId;
    {
        const QSignalBlocker block(m_ui->subscriptionCombo);
        m_ui->subscriptionCombo->clear();
        for (const analytics::SubscriptionSpend &s : m_overview.subscriptions) {
            const QString customer =
                displayText(s.customerName.isEmpty() ? s.customerId : s.customerName, 80);
            const QString name = displayText(s.name.isEmpty() ? s.azureSubscriptionId : s.name, 80);
            QString text = tr("%1 — %2").arg(customer, name);
            if (s.learning)
                text = tr("%1 (learning)").arg(text);
            m_ui->subscriptionCombo->addItem(text, s.azureSubscriptionId);
            m_ui->subscriptionCombo->setItemData(m_ui->subscriptionCombo->count() - 1,
                                                 s.azureSubscriptionId, Qt::ToolTipRole);
        }
        const int i = m_ui->subscriptionCombo->findData(keep);
        m_ui->subscriptionCombo->setCurrentIndex(i >= 0 ? i : 0);
    }
    showChart();
}

QString SpendPage::currentSubscription() const
{
    return m_ui->subscriptionCombo->currentData().toString();
}

void SpendPage::showSubscription(const QString &azureSubscriptionId)
{
    const int i = m_ui->subscriptionCombo->findData(azureSubscriptionId);
    if (i >= 0)
        m_ui->subscriptionCombo->setCurrentIndex(i); // showChart() on change
}

void SpendPage::showChart()
{
    const QString sub = currentSubscription();
    const analytics::SubscriptionSpend *spend = nullptr;
    for (const analytics::SubscriptionSpend &s : m_overview.subscriptions) {
        if (s.azureSubscriptionId == sub)
            spend = &s;
    }
    if (spend && !spend->hasPoints)
        loadPoints(spend->azureSubscriptionId); // the chart fills when they come
    const QString currency = spend ? spend->currency : QString();
    m_ui->spendChart->setValueFormatter(
        [currency](double v) { return chartformat::currency(v, currency); });
    m_ui->spendChart->showChart(spend ? SpendBandChart::build(*spend, m_pick) : new QChart);
    if (!spend) {
        m_ui->subscriptionNote->setText(
            m_overview.subscriptions.isEmpty() ? tr("No spend data in the cache yet.") : QString());
        return;
    }
    // From the ranked list: it holds every subscription's anomalies of the
    // range, whether or not its points are loaded yet.
    int flagged = 0;
    for (const analytics::RankedAnomaly &a : m_overview.anomalies)
        flagged += a.azureSubscriptionId == spend->azureSubscriptionId ? 1 : 0;
    m_ui->subscriptionNote->setText(
        spend->learning
            ? tr("Learning: %n day(s) with spend in the last 28; anomalies are flagged once a "
                 "subscription has 14.",
                 nullptr, spend->daysWithCost)
            : tr("Anomalies in the range: %n. Baseline: median of the 28 previous days × weekday "
                 "factor; band ± max(4 × MAD, 25 %).",
                 nullptr, flagged));
    m_ui->subscriptionNote->setToolTip(spend->azureSubscriptionId);
}

void SpendPage::loadPoints(const QString &azureSubscriptionId)
{
    if (m_pointsPending.contains(azureSubscriptionId))
        return;
    m_pointsPending.insert(azureSubscriptionId);
    const quint64 request = m_request;
    const int fromDay = m_overview.fromDay, toDay = m_overview.toDay;
    m_worker.run<Result<QList<analytics::SpendPoint>>>(
        this,
        [azureSubscriptionId, fromDay, toDay](store::Database &db) {
            return analytics::loadSubscriptionPoints(db, azureSubscriptionId, fromDay, toDay);
        },
        [this, request, azureSubscriptionId](Result<QList<analytics::SpendPoint>> points) {
            if (request != m_request)
                return; // the overview was read again meanwhile
            m_pointsPending.remove(azureSubscriptionId);
            for (analytics::SubscriptionSpend &s : m_overview.subscriptions) {
                if (s.azureSubscriptionId == azureSubscriptionId) {
                    s.points = points ? *points : QList<analytics::SpendPoint>();
                    s.hasPoints = true;
                }
            }
            if (currentSubscription() == azureSubscriptionId)
                showChart();
            Q_EMIT chartLoaded();
        });
}

void SpendPage::activateRow(const QModelIndex &proxyIndex)
{
    const auto *a = m_model->anomalyAt(m_sorted->mapToSource(proxyIndex).row());
    if (!a)
        return;
    const int d = a->point.day;
    Q_EMIT customerRequested(a->customerId, QDate(d / 10000, (d / 100) % 100, d % 100));
}

void SpendPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fitColumns();
        fillSubscriptions(); // chart titles, "learning", locale
    }
    QWidget::changeEvent(event);
}

void SpendPage::fitColumns()
{
    // Every header whole in French at 1280×800 ("Au-dessus de la référence"
    // was cut on both sides); names and amounts keep room, the day's alerts
    // take what is left.
    using M = SpendAnomalyModel;
    fitColumnsToHeaders(m_ui->anomaliesView, M::Alerts,
                        {{M::Excess, 110},
                         {M::Day, 90},
                         {M::Customer, 170},
                         {M::Subscription, 160},
                         {M::Cost, 100},
                         {M::Baseline, 100}});
}

void SpendPage::retranslate()
{
    {
        const QSignalBlocker block(m_ui->rangeCombo);
        const int keep = m_ui->rangeCombo->currentIndex();
        m_ui->rangeCombo->clear();
        for (int days : kRanges)
            m_ui->rangeCombo->addItem(tr("Last %n day(s)", nullptr, days), days);
        m_ui->rangeCombo->setCurrentIndex(keep >= 0 ? keep : 1);
    }
    m_model->retranslate();
    const qsizetype n = m_overview.anomalies.size();
    if (!m_loading)
        m_ui->anomaliesTitle->setText(n == 0 ? tr("No spend anomaly in the range.")
                                             : tr("Anomalies across customers: %n, largest excess "
                                                  "cost first; Enter or double-click "
                                                  "opens the customer at that day.",
                                                  nullptr, int(n)));
}

} // namespace vigie::gui
