#include "gui/overviewpage.h"

#include "gui/charts/alerttrendchart.h"
#include "gui/charts/chartformat.h"
#include "gui/charts/chartview.h"
#include "gui/kpitile.h"
#include "gui/storeworker.h"
#include "gui/topcustomersmodel.h"
#include "ui_overviewpage.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimeZone>
#include <algorithm>

namespace vigie::gui {

namespace {

constexpr qint64 kHourMs = 3600000;
constexpr qint64 kDayMs = 24 * kHourMs;

// What one load of the page reads (a failed part leaves its error).
struct OverviewLoad
{
    analytics::OverviewKpis kpis;
    QList<store::TopCustomer> top;
    QString error;
};

struct TrendLoad
{
    store::AlertTrend trend;
    QString error;
};

int ymd(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

} // namespace

OverviewPage::OverviewPage(StoreWorker &worker, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_worker(worker),
      m_top(new TopCustomersModel(this))
{
    m_ui->setupUi(this);
    for (int i = 0; i < TileCount; ++i) {
        auto *t = new KpiTile(this);
        t->setObjectName(QStringLiteral("tile%1").arg(i));
        m_ui->tilesLayout->addWidget(t);
        connect(t, &QPushButton::clicked, this, [this, i] { openTile(Tile(i)); });
        m_tiles << t;
    }
    m_ui->topTable->setModel(m_top);
    QHeaderView *header = m_ui->topTable->horizontalHeader();
    header->setSectionResizeMode(TopCustomersModel::Customer, QHeaderView::Stretch);
    header->setSectionResizeMode(TopCustomersModel::Active, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TopCustomersModel::High, QHeaderView::ResizeToContents);
    m_ui->topTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_ui->topTable, &QAbstractItemView::activated, this, &OverviewPage::openCustomer);

    fillCombos();
    m_ui->rangeCombo->setCurrentIndex(1); // 30 days
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, &OverviewPage::reloadTrend);
    connect(m_ui->seriesCombo, &QComboBox::currentIndexChanged, this, &OverviewPage::reloadTrend);

    // Several tables reported by one sync page: one reload.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &OverviewPage::reload);
    retranslate();
}

OverviewPage::~OverviewPage() = default;

KpiTile *OverviewPage::tile(Tile tile) const
{
    return m_tiles.value(int(tile));
}

ChartView *OverviewPage::trendView() const
{
    return m_ui->trendChart;
}

void OverviewPage::setNow(const QDateTime &now)
{
    m_now = now;
}

qint64 OverviewPage::nowMs() const
{
    return (m_now.isValid() ? m_now : QDateTime::currentDateTime()).toMSecsSinceEpoch();
}

void OverviewPage::fillCombos()
{
    const QSignalBlocker a(m_ui->rangeCombo), b(m_ui->seriesCombo);
    const int range = m_ui->rangeCombo->currentIndex();
    const int series = m_ui->seriesCombo->currentIndex();
    m_ui->rangeCombo->clear();
    m_ui->rangeCombo->addItem(tr("Last 7 days"), 7);
    m_ui->rangeCombo->addItem(tr("Last 30 days"), 30);
    m_ui->rangeCombo->addItem(tr("Last 90 days"), 90);
    m_ui->rangeCombo->setCurrentIndex(std::max(0, range));
    m_ui->seriesCombo->clear();
    m_ui->seriesCombo->addItem(tr("Severity"), int(store::AlertSeriesBy::Severity));
    m_ui->seriesCombo->addItem(tr("Alert type"), int(store::AlertSeriesBy::Type));
    m_ui->seriesCombo->addItem(tr("Customer"), int(store::AlertSeriesBy::Customer));
    m_ui->seriesCombo->setCurrentIndex(std::max(0, series));
}

void OverviewPage::setRangeDays(int days)
{
    const int i = m_ui->rangeCombo->findData(days);
    if (i >= 0)
        m_ui->rangeCombo->setCurrentIndex(i);
}

int OverviewPage::rangeDays() const
{
    return m_ui->rangeCombo->currentData().toInt();
}

void OverviewPage::setSeriesBy(store::AlertSeriesBy by)
{
    const int i = m_ui->seriesCombo->findData(int(by));
    if (i >= 0)
        m_ui->seriesCombo->setCurrentIndex(i);
}

store::AlertSeriesBy OverviewPage::seriesBy() const
{
    return store::AlertSeriesBy(m_ui->seriesCombo->currentData().toInt());
}

void OverviewPage::dataChanged(const QStringList &tables)
{
    static const QStringList concerned{QStringLiteral("alerts"), QStringLiteral("findings"),
                                       QStringLiteral("spend"), QStringLiteral("customers")};
    for (const QString &t : tables) {
        if (concerned.contains(t)) {
            m_reloadTimer.start();
            return;
        }
    }
}

void OverviewPage::reload()
{
    m_reloadTimer.stop();
    const qint64 now = nowMs();
    const int today = ymd(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date());
    const quint64 request = ++m_kpiRequest;
    m_worker.run<OverviewLoad>(
        this,
        [now, today](store::Database &db) {
            OverviewLoad out;
            if (Result<analytics::OverviewKpis> k = analytics::overviewKpis(db, now, today))
                out.kpis = *k;
            else
                out.error = k.error().message;
            if (Result<QList<store::TopCustomer>> t =
                    store::AlertChartReadModel(db).topCustomers(10))
                out.top = *t;
            else if (out.error.isEmpty())
                out.error = t.error().message;
            return out;
        },
        [this, request](OverviewLoad load) {
            if (request != m_kpiRequest)
                return; // a newer load is on its way
            m_kpis = load.kpis;
            m_haveKpis = load.error.isEmpty();
            m_top->setRows(load.top);
            m_ui->statusLabel->setText(
                load.error.isEmpty() ? QString()
                                     : tr("The overview could not be read: %1").arg(load.error));
            m_ui->statusLabel->setVisible(!load.error.isEmpty());
            showKpis();
            Q_EMIT loaded();
        });
    reloadTrend();
}

void OverviewPage::reloadTrend()
{
    const qint64 now = nowMs();
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(now).offsetFromUtc()) * 1000;
    const int days = rangeDays();
    const store::AlertSeriesBy by = seriesBy();
    const quint64 request = ++m_trendRequest;
    m_worker.run<TrendLoad>(
        this,
        [now, offset, days, by](store::Database &db) {
            TrendLoad out;
            if (auto t = store::AlertChartReadModel(db).trend(now, days, by, offset))
                out.trend = *t;
            else
                out.error = t.error().message;
            return out;
        },
        [this, request](TrendLoad load) {
            if (request != m_trendRequest)
                return;
            if (!load.error.isEmpty()) {
                m_ui->statusLabel->setText(
                    tr("The overview could not be read: %1").arg(load.error));
                m_ui->statusLabel->show();
            }
            m_trend = std::move(load.trend);
            showTrend();
            Q_EMIT trendLoaded();
        });
}

void OverviewPage::showTrend()
{
    ChartView *view = m_ui->trendChart;
    view->setCategoryLabels(alerttrendchart::dayLabels(m_trend));
    view->showChart(alerttrendchart::build(m_trend, seriesBy()));
    const int total = m_trend.total();
    m_ui->trendTotal->setText(total == 0 ? tr("No alert in this period.")
                                         : tr("%n alert(s) in the period", nullptr, total));
}

void OverviewPage::showKpis()
{
    const auto count = [this](int n) {
        return m_haveKpis ? QLocale().toString(n) : QStringLiteral("–");
    };
    const store::AlertKpis &a = m_kpis.alerts;
    m_tiles[ActiveAlerts]->setValue(count(a.active));
    m_tiles[NewAlerts]->setValue(count(a.newLast24h));
    m_tiles[Backlog]->setValue(count(a.unresolvedOlder60d));
    m_tiles[TimeToResolve]->setValue(m_haveKpis && a.meanHoursToResolve >= 0
                                         ? chartformat::hours(a.meanHoursToResolve)
                                         : QStringLiteral("–"));
    QStringList spend;
    for (auto it = m_kpis.spend.byCurrency.cbegin(); it != m_kpis.spend.byCurrency.cend(); ++it)
        spend << chartformat::currency(it.value(), it.key());
    m_tiles[SpendAtRisk]->setValue(!m_haveKpis       ? QStringLiteral("–")
                                   : spend.isEmpty() ? QLocale().toString(0)
                                                     : spend.join(QStringLiteral(" + ")));
    m_tiles[NewFindings]->setValue(count(a.newFindings));
    m_tiles[TimeToResolve]->setHint(
        tr("Mean time from detection to resolution of the %n alert(s) resolved in the last 30 "
           "days. Opens them.",
           nullptr, a.resolvedLast30d));
    m_tiles[SpendAtRisk]->setHint(
        tr("Cost above the expected baseline on anomalous days of the last 30 days, on %n "
           "subscription(s) with active alerts. Opens their alerts.",
           nullptr, int(m_kpis.spend.subscriptionIds.size())));
}

AlertQueueFilter OverviewPage::filterFor(Tile tile) const
{
    const qint64 now = nowMs();
    AlertQueueFilter f;
    switch (tile) {
    case ActiveAlerts:
        f.statuses = {QStringLiteral("active")};
        break;
    case NewAlerts:
        f.fromMs = now - 24 * kHourMs;
        break;
    case Backlog:
        f.statuses = {QStringLiteral("active"), QStringLiteral("investigating")};
        f.toMs = now - 60 * kDayMs;
        break;
    case TimeToResolve:
        f.statuses = {QStringLiteral("resolved")};
        f.resolvedFromMs = now - 30 * kDayMs;
        break;
    case SpendAtRisk:
        f.statuses = {QStringLiteral("active")};
        for (const QString &id : m_kpis.spend.subscriptionIds)
            f.subscriptionIds.insert(id.toLower());
        break;
    case NewFindings:
    case TileCount:
        break;
    }
    return f;
}

void OverviewPage::openTile(Tile tile)
{
    if (tile == NewFindings)
        Q_EMIT detectionsRequested();
    else
        Q_EMIT alertsRequested(filterFor(tile));
}

void OverviewPage::openCustomer(const QModelIndex &index)
{
    const QString id = index.data(TopCustomersModel::CustomerIdRole).toString();
    if (id.isEmpty())
        return;
    AlertQueueFilter f;
    f.statuses = {QStringLiteral("active")};
    f.customerId = id;
    Q_EMIT alertsRequested(f);
}

void OverviewPage::retranslate()
{
    m_ui->retranslateUi(this);
    fillCombos();
    const QStringList titles{tr("Active alerts"),           tr("New in 24 h"),
                             tr("Unresolved > 60 days"),    tr("Mean time to resolve (30 days)"),
                             tr("Spend at risk (30 days)"), tr("New findings")};
    const QStringList hints{
        tr("Partner security alerts still active. Opens them in the alerts queue."),
        tr("Alerts detected in the last 24 hours, whatever their status. Opens them."),
        tr("Active or investigating alerts detected more than 60 days ago: the backlog. Opens "
           "them."),
        QString(),
        QString(),
        tr("Detection findings nobody has triaged yet. Opens the Detections page.")};
    for (int i = 0; i < TileCount; ++i) {
        m_tiles[i]->setTitle(titles[i]);
        if (!hints[i].isEmpty())
            m_tiles[i]->setHint(hints[i]);
    }
    showKpis();
    Q_EMIT m_top->headerDataChanged(Qt::Horizontal, 0, TopCustomersModel::ColumnCount - 1);
    showTrend(); // series labels and axis dates in the new language
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vigie::gui
