#include "gui/customerdrilldownpage.h"

#include "core/displaytext.h"
#include "core/enums.h"
#include "core/timeutil.h"
#include "gui/charts/chartformat.h"
#include "gui/charts/chartpick.h"
#include "gui/charts/chartview.h"
#include "gui/charts/customercharts.h"
#include "gui/charts/spendbandchart.h"
#include "gui/storeworker.h"
#include "ui_customerdrilldownpage.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <algorithm>

namespace vigie::gui {

namespace {

int dayNumber(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

constexpr int kRanges[] = {7, 30, 60, 90};
constexpr int kCustom = 0;

// Header lines are one line each: elided to the label's width, whole in the tooltip.
void setElided(QLabel *label, const QString &text)
{
    label->setProperty("fullText", text);
    if (!label->property("ownToolTip").toBool()) // the name's tooltip is the customer id
        label->setToolTip(text);
    const int width = std::max(100, label->width());
    label->setText(label->fontMetrics().elidedText(text, Qt::ElideRight, width));
}

} // namespace

CustomerDrillDownPage::CustomerDrillDownPage(StoreWorker &worker, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CustomerDrillDownPage>()), m_worker(worker),
      m_timeline(new TimelineModel(this)), m_filter(new TimelineFilterModel(this)),
      m_today(QDateTime::currentDateTimeUtc().date())
{
    m_ui->setupUi(this);
    // Every text line of the header and the timeline's caption is elided, so
    // no long name or French caption widens the page past 1280×800.
    for (QLabel *l : {m_ui->nameLabel, m_ui->profileLabel, m_ui->subscriptionsLabel,
                      m_ui->freshnessLabel, m_ui->licenceLabel, m_ui->filterLabel}) {
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        l->installEventFilter(this);
    }
    m_ui->nameLabel->setProperty("ownToolTip", true);
    m_ui->licenceLabel->hide();
    setFocusProxy(m_ui->rangeCombo);
    m_filter->setSourceModel(m_timeline);
    m_ui->timelineView->setModel(m_filter);
    QHeaderView *header = m_ui->timelineView->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(TimelineModel::When, 140);
    header->resizeSection(TimelineModel::Kind, 130);
    header->resizeSection(TimelineModel::What, 420);
    header->resizeSection(TimelineModel::Series, 190);
    for (QChartView *v :
         {m_ui->alertsChart, m_ui->spendChart, m_ui->signInsChart, m_ui->findingsChart}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(170);
    }
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    for (int c = 0; c < ChartCount; ++c)
        m_picks[c] = new ChartPick(this);

    using Kind = store::TimelineEntry::Kind;
    connect(m_picks[AlertsChart], &ChartPick::picked, this,
            [this](const QDate &day, const QString &severity) {
                setTimelineFilter(TimelineFilter{day, Kind::Alert, severity});
            });
    connect(m_picks[SpendChart], &ChartPick::picked, this,
            [this](const QDate &day, const QString &series) {
                TimelineFilter f{day, std::nullopt, QString()};
                if (series == u"anomaly")
                    f.kind = Kind::SpendAnomaly;
                setTimelineFilter(f);
            });
    // Sign-ins have no timeline line: the day's alerts, findings and actions.
    connect(m_picks[SignInsChart], &ChartPick::picked, this,
            [this](const QDate &day, const QString &) {
                setTimelineFilter(TimelineFilter{day, std::nullopt, QString()});
            });
    connect(m_picks[FindingsChart], &ChartPick::picked, this,
            [this](const QDate &, const QString &rule) {
                setTimelineFilter(TimelineFilter{QDate(), Kind::Finding, rule});
            });
    connect(m_ui->clearFilterButton, &QPushButton::clicked, this,
            [this] { setTimelineFilter({}); });
    connect(m_ui->caseReportButton, &QPushButton::clicked, this, [this] {
        if (!m_customerId.isEmpty())
            Q_EMIT caseReportRequested(m_customerId);
    });
    connect(m_ui->spendCombo, &QComboBox::currentIndexChanged, this,
            &CustomerDrillDownPage::buildSpendChart);

    retranslate();
    m_ui->rangeCombo->setCurrentIndex(1); // 30 days
    m_ui->fromEdit->setDate(m_today.addDays(-29));
    m_ui->toEdit->setDate(m_today);
    m_ui->fromEdit->hide();
    m_ui->toEdit->hide();
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this,
            &CustomerDrillDownPage::onRangeChanged);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &CustomerDrillDownPage::reload);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &CustomerDrillDownPage::reload);
    updateFilterLabel();
}

CustomerDrillDownPage::~CustomerDrillDownPage() = default;

QChartView *CustomerDrillDownPage::chartView(Chart chart) const
{
    switch (chart) {
    case AlertsChart:
        return m_ui->alertsChart;
    case SpendChart:
        return m_ui->spendChart;
    case SignInsChart:
        return m_ui->signInsChart;
    case FindingsChart:
        return m_ui->findingsChart;
    case ChartCount:
        break;
    }
    return nullptr;
}

void CustomerDrillDownPage::setToday(const QDate &today)
{
    m_today = today;
}

QDate CustomerDrillDownPage::rangeStart() const
{
    const int days = m_ui->rangeCombo->currentData().toInt();
    return days == kCustom ? m_ui->fromEdit->date() : m_today.addDays(1 - days);
}

QDate CustomerDrillDownPage::rangeEnd() const
{
    const int days = m_ui->rangeCombo->currentData().toInt();
    return days == kCustom ? m_ui->toEdit->date() : m_today;
}

void CustomerDrillDownPage::setRangeDays(int days)
{
    const int i = m_ui->rangeCombo->findData(days);
    if (i >= 0 && i != m_ui->rangeCombo->currentIndex())
        m_ui->rangeCombo->setCurrentIndex(i); // onRangeChanged reloads
    else if (i >= 0)
        reload();
}

void CustomerDrillDownPage::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker a(m_ui->fromEdit), b(m_ui->toEdit), c(m_ui->rangeCombo);
        m_ui->rangeCombo->setCurrentIndex(m_ui->rangeCombo->findData(kCustom));
        m_ui->fromEdit->setDate(std::min(from, to));
        m_ui->toEdit->setDate(std::max(from, to));
    }
    m_ui->fromEdit->show();
    m_ui->toEdit->show();
    reload();
}

void CustomerDrillDownPage::onRangeChanged()
{
    const bool custom = m_ui->rangeCombo->currentData().toInt() == kCustom;
    if (custom) {
        // Starts from the preset shown so far.
        const QSignalBlocker a(m_ui->fromEdit), b(m_ui->toEdit);
        if (!m_view.customerId.isEmpty()) {
            m_ui->fromEdit->setDate(
                QDate(m_view.fromDay / 10000, (m_view.fromDay / 100) % 100, m_view.fromDay % 100));
            m_ui->toEdit->setDate(
                QDate(m_view.toDay / 10000, (m_view.toDay / 100) % 100, m_view.toDay % 100));
        }
    }
    m_ui->fromEdit->setVisible(custom);
    m_ui->toEdit->setVisible(custom);
    reload();
}

void CustomerDrillDownPage::showCustomer(const QString &customerId, const QDate &focusDay)
{
    m_customerId = customerId;
    m_focus = focusDay;
    if (focusDay.isValid() && (focusDay < rangeStart() || focusDay > rangeEnd())) {
        // The shortest preset that still shows the day, else a custom week around it.
        const qint64 back = focusDay.daysTo(m_today);
        int preset = kCustom;
        for (int days : kRanges) {
            if (back >= 0 && back < days) {
                preset = days;
                break;
            }
        }
        if (preset == kCustom) {
            setCustomRange(focusDay.addDays(-3), focusDay.addDays(3));
            return;
        }
        const QSignalBlocker block(m_ui->rangeCombo);
        m_ui->rangeCombo->setCurrentIndex(m_ui->rangeCombo->findData(preset));
        m_ui->fromEdit->hide();
        m_ui->toEdit->hide();
    }
    reload();
}

void CustomerDrillDownPage::reload()
{
    if (m_customerId.isEmpty())
        return;
    const QString customer = m_customerId;
    const int fromDay = dayNumber(rangeStart());
    const int toDay = dayNumber(rangeEnd());
    const quint64 request = ++m_request;
    m_worker.run<Result<analytics::CustomerView>>(
        this,
        [customer, fromDay, toDay](store::Database &db) {
            return analytics::loadCustomerView(db, customer, fromDay, toDay);
        },
        [this, request](Result<analytics::CustomerView> view) {
            if (request != m_request)
                return; // the range or customer changed meanwhile
            if (!view) {
                setElided(m_ui->nameLabel, view.error().message);
                return;
            }
            m_view = *view;
            fillHeader();
            fillSpendCombo();
            buildCharts();
            m_timeline->setEntries(m_view.timeline);
            // A new range shows all of it; a focus day filters to that day.
            setTimelineFilter(m_focus.isValid() ? TimelineFilter{m_focus, std::nullopt, QString()}
                                                : TimelineFilter{});
            m_focus = QDate();
            Q_EMIT loaded();
        });
}

void CustomerDrillDownPage::setTimelineFilter(const TimelineFilter &filter)
{
    m_filter->setFilter(filter);
    updateFilterLabel();
}

void CustomerDrillDownPage::updateFilterLabel()
{
    const TimelineFilter &f = m_filter->filter();
    m_ui->clearFilterButton->setEnabled(!f.isEmpty());
    if (f.isEmpty()) {
        setElided(m_ui->filterLabel, tr("Timeline: every entry of the range"));
        return;
    }
    QStringList parts;
    if (f.day.isValid())
        parts << QLocale().toString(f.day, QLocale::ShortFormat);
    if (f.kind)
        parts << TimelineModel::kindLabel(*f.kind);
    if (!f.series.isEmpty()) {
        parts << (f.kind == store::TimelineEntry::Kind::Alert
                      ? displayName(AlertSeverity::parse(f.series))
                      : displayText(f.series, 40));
    }
    setElided(m_ui->filterLabel, tr("Timeline: %1 (%n row(s))", nullptr, m_filter->rowCount())
                                     .arg(parts.join(QStringLiteral(" · "))));
}

void CustomerDrillDownPage::fillHeader()
{
    const store::CustomerHeader &h = m_view.header;
    setElided(m_ui->nameLabel, displayText(h.companyName.isEmpty() ? h.id : h.companyName, 120));
    m_ui->nameLabel->setToolTip(h.id);
    QStringList profile;
    if (!h.found)
        profile << tr("Not in the cache yet (sync the customers)");
    if (!h.domain.isEmpty())
        profile << displayText(h.domain, 200);
    profile << (h.resellerName.isEmpty() && h.resellerId.isEmpty()
                    ? tr("Direct customer")
                    : tr("Reseller: %1")
                          .arg(displayText(h.resellerName.isEmpty() ? h.resellerId : h.resellerName,
                                           120)));
    setElided(m_ui->profileLabel, profile.join(QStringLiteral(" · ")));

    QStringList subs;
    for (const store::SubscriptionInfo &s : h.subscriptions) {
        QString text = tr("%1 (%2)").arg(displayText(s.name.isEmpty() ? s.id : s.name, 80),
                                         s.status.isEmpty()
                                             ? tr("state unknown")
                                             : displayName(SubscriptionStatus::parse(s.status)));
        QStringList azure;
        for (const store::EntitlementInfo &e : s.entitlements)
            azure << tr("%1 (%2)").arg(displayText(e.name.isEmpty() ? e.id : e.name, 60),
                                       displayName(SubscriptionStatus::parse(e.status)));
        if (!azure.isEmpty())
            text += tr(": Azure %1").arg(azure.join(QStringLiteral(", ")));
        subs << text;
    }
    setElided(m_ui->subscriptionsLabel,
              subs.isEmpty() ? tr("Subscriptions: none cached")
                             : tr("Subscriptions: %1").arg(subs.join(QStringLiteral("; "))));

    const QLocale locale;
    const auto when = [&](qint64 ms) {
        return ms > 0 ? locale.toString(fromEpochMs(ms).toLocalTime(), QLocale::ShortFormat)
                      : tr("never");
    };
    using K = store::StreamFreshness::Kind;
    QStringList fresh;
    qint64 oldestSpend = -1;
    int spendStreams = 0;
    bool spendError = false;
    for (const store::StreamFreshness &f : h.freshness) {
        const QString mark = f.lastError.isEmpty() ? QString() : tr(" (last sync failed)");
        switch (f.kind) {
        case K::Alerts:
            fresh << tr("alerts %1").arg(when(f.lastSuccessMs)) + mark;
            break;
        case K::Profile:
            fresh << tr("profile %1").arg(when(f.lastSuccessMs)) + mark;
            break;
        case K::SignIns:
            fresh << tr("sign-ins %1").arg(when(f.lastSuccessMs)) + mark;
            break;
        case K::Audits:
            fresh << tr("audits %1").arg(when(f.lastSuccessMs)) + mark;
            break;
        case K::Spend:
            ++spendStreams;
            oldestSpend =
                oldestSpend < 0 ? f.lastSuccessMs : std::min(oldestSpend, f.lastSuccessMs);
            spendError = spendError || !f.lastError.isEmpty();
            break;
        }
    }
    if (spendStreams > 0)
        fresh << tr("spend %1").arg(when(oldestSpend)) +
                     (spendError ? tr(" (last sync failed)") : QString());
    setElided(m_ui->freshnessLabel, tr("Data as of: %1").arg(fresh.join(QStringLiteral(" · "))));

    // A tenant property (no P1/P2 licence), not a failed stream.
    const bool unlicensed = h.signInLogsLicensed.has_value() && !*h.signInLogsLicensed;
    m_ui->licenceLabel->setVisible(unlicensed);
    if (unlicensed)
        setElided(m_ui->licenceLabel,
                  tr("Sign-in logs not available: no Entra ID P1/P2 licence in this tenant."));
}

void CustomerDrillDownPage::fillSpendCombo()
{
    const QString keep = m_ui->spendCombo->currentData().toString();
    const QSignalBlocker block(m_ui->spendCombo);
    m_ui->spendCombo->clear();
    int best = -1;
    double bestScore = -1;
    for (int i = 0; i < m_view.spend.size(); ++i) {
        const analytics::SubscriptionSpend &s = m_view.spend[i];
        QString text = displayText(s.name.isEmpty() ? s.azureSubscriptionId : s.name, 80);
        if (s.learning)
            text = tr("%1 (learning)").arg(text);
        m_ui->spendCombo->addItem(text, s.azureSubscriptionId);
        m_ui->spendCombo->setItemData(i, s.azureSubscriptionId, Qt::ToolTipRole);
        // The subscription with the most excess, else the most cost, first.
        double excess = 0, cost = 0;
        for (const analytics::SpendPoint &p : s.points) {
            excess += p.excess();
            cost += p.cost;
        }
        const double score = excess * 1e6 + cost;
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    const int kept = m_ui->spendCombo->findData(keep);
    m_ui->spendCombo->setCurrentIndex(kept >= 0 ? kept : best);
    m_ui->spendCombo->setEnabled(m_view.spend.size() > 1);
}

void CustomerDrillDownPage::setChart(Chart which, QChart *chart)
{
    // Tooltips, time zoom, legend toggles and PNG/SVG export (ChartView).
    static_cast<ChartView *>(chartView(which))->showChart(chart);
}

void CustomerDrillDownPage::buildCharts()
{
    QChart *alerts = AlertsPerDayChart::build(m_view.fromDay, m_view.toDay, m_view.alertsPerDay,
                                              m_picks[AlertsChart]);
    alerts->setTitle(tr("Alerts per day"));
    setChart(AlertsChart, alerts);
    QChart *signIns = FailedSignInsChart::build(m_view.fromDay, m_view.toDay,
                                                m_view.failedSignInsPerDay, m_picks[SignInsChart]);
    signIns->setTitle(tr("Failed sign-ins per day by error code"));
    setChart(SignInsChart, signIns);
    QChart *findings = FindingsPerRuleChart::build(m_view.findingsPerRule, m_picks[FindingsChart]);
    findings->setTitle(tr("Findings per rule"));
    setChart(FindingsChart, findings);
    buildSpendChart();
}

void CustomerDrillDownPage::buildSpendChart()
{
    const QString sub = m_ui->spendCombo->currentData().toString();
    QChart *chart = nullptr;
    QString currency;
    for (const analytics::SubscriptionSpend &s : m_view.spend) {
        if (s.azureSubscriptionId == sub) {
            chart = SpendBandChart::build(s, m_picks[SpendChart], /*compact=*/true);
            currency = s.currency;
        }
    }
    static_cast<ChartView *>(chartView(SpendChart))->setValueFormatter([currency](double v) {
        return chartformat::currency(v, currency);
    });
    if (!chart) {
        chart = new QChart;
        chart->setTitle(tr("Spend: no Azure subscription with cost"));
    } else {
        chart->setTitle(tr("Spend with its baseline band"));
    }
    setChart(SpendChart, chart);
}

void CustomerDrillDownPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (!m_view.customerId.isEmpty()) {
            fillHeader();
            fillSpendCombo();
            buildCharts();
        }
        updateFilterLabel();
        layout()->activate();
    }
    QWidget::changeEvent(event);
}

bool CustomerDrillDownPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (auto *label = qobject_cast<QLabel *>(watched);
            label && label->property("fullText").isValid())
            setElided(label, label->property("fullText").toString());
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerDrillDownPage::retranslate()
{
    const QSignalBlocker block(m_ui->rangeCombo);
    const int keep = m_ui->rangeCombo->currentIndex();
    m_ui->rangeCombo->clear();
    for (int days : kRanges)
        m_ui->rangeCombo->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_ui->rangeCombo->addItem(tr("Custom…"), kCustom);
    m_ui->rangeCombo->setCurrentIndex(keep >= 0 ? keep : 1);
    m_timeline->retranslate();
}

} // namespace vigie::gui
