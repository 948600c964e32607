// The Spend page and the customer drill-down driven offscreen through the
// real window: anomalies ranked by excess cost with the day's alerts, a new
// subscription "learning", Enter on an anomaly opens the customer at that
// day, the range selector rebuilds every chart, clicks on a bar and on a
// marker filter the timeline; QAbstractItemModelTester on every model; both
// pages grabbed at 1280×800 in English and French.

#include "analytics/detectionservice.h"
#include "core/localization.h"
#include "gui/charts/customercharts.h"
#include "gui/charts/spendbandchart.h"
#include "gui/customerdrilldownpage.h"
#include "gui/mainwindow.h"
#include "gui/spendanomalymodel.h"
#include "gui/spendpage.h"
#include "gui/timelinemodel.h"
#include "store/activitylog.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/spendrepository.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vigie;

namespace {

const QString kContoso = QStringLiteral("1889e718-414b-4bad-8bbe-c1135bd39a41");
const QString kFabrikam = QStringLiteral("2889e718-414b-4bad-8bbe-c1135bd39a42");
const QString kPlan = QStringLiteral("5a1f0c3e-7d2b-4c8e-9f10-2b3c4d5e6f70");
const QString kProd = QStringLiteral("6b2f0c3e-7d2b-4c8e-9f10-2b3c4d5e6f71");
const QString kYoung = QStringLiteral("7c3f0c3e-7d2b-4c8e-9f10-2b3c4d5e6f72");

int dayNumber(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

QDate spikeDay()
{
    return today().addDays(-5);
}

// The drill-down's controls each get the width their text needs, inside the page.
bool headerFits(const QWidget &page)
{
    for (const char *name : {"caseReportButton", "rangeLabel", "rangeCombo", "spendLabel",
                             "spendCombo", "clearFilterButton"}) {
        const auto *w = page.findChild<QWidget *>(QString::fromLatin1(name));
        if (!w || !w->isVisible())
            return false;
        const int right = w->mapTo(&page, QPoint(w->width(), 0)).x();
        if (w->width() < w->sizeHint().width() || right > page.width()) {
            qWarning() << name << w->geometry() << "needs" << w->sizeHint() << "page"
                       << page.width();
            return false;
        }
    }
    const auto *name = page.findChild<QLabel *>(QStringLiteral("nameLabel"));
    return name && name->width() >= name->fontMetrics().horizontalAdvance(name->text());
}

// Each drill-down chart's vertical axis title is whole: Qt Charts elides a
// title longer than the plot is high ("Connex…" in French).
bool axisTitlesFit(gui::CustomerDrillDownPage &page)
{
    for (auto which :
         {gui::CustomerDrillDownPage::AlertsChart, gui::CustomerDrillDownPage::SpendChart,
          gui::CustomerDrillDownPage::SignInsChart, gui::CustomerDrillDownPage::FindingsChart}) {
        QChart *chart = page.chartView(which)->chart();
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
            const QString title = axis->titleText();
            const int needs = QFontMetrics(axis->titleFont()).horizontalAdvance(title);
            if (!title.isEmpty() && needs > chart->plotArea().height()) {
                qWarning() << title << "needs" << needs << "px, the plot is"
                           << chart->plotArea().height();
                return false;
            }
        }
    }
    return true;
}

// No text a chart draws (axis labels and titles, chart titles) was cut: Qt
// Charts truncates what does not fit with an ellipsis.
bool chartTextsWhole(QChartView *view)
{
    bool whole = true;
    for (QGraphicsItem *item : view->scene()->items()) {
        const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString t = text->toPlainText();
        if (t.contains(QStringLiteral("...")) || t.contains(QChar(0x2026))) {
            qWarning() << "cut:" << t;
            whole = false;
        }
    }
    return whole;
}

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void seed(const QString &path)
{
    auto opened = store::openCache(path);
    QVERIFY(opened.ok());
    store::Database &db = **opened;
    store::CustomerRepository customers(db);
    Customer contoso;
    contoso.id = kContoso;
    contoso.companyName = QStringLiteral("Contoso Ltd");
    contoso.domain = QStringLiteral("contoso.onmicrosoft.com");
    Customer fabrikam;
    fabrikam.id = kFabrikam;
    fabrikam.companyName = QStringLiteral("Fabrikam SAS");
    QVERIFY(customers.upsertCustomers({contoso, fabrikam}, 1).ok());
    Subscription plan;
    plan.id = kPlan;
    plan.customerId = kContoso;
    plan.offerName = QStringLiteral("Azure plan");
    plan.status = SubscriptionStatus::parse(QStringLiteral("active"));
    QVERIFY(customers.upsertSubscriptions({plan}, 1).ok());
    QVERIFY(customers
                .upsertEntitlements({Entitlement{kProd,
                                                 kPlan,
                                                 kContoso,
                                                 QStringLiteral("Production"),
                                                 QStringLiteral("active"),
                                                 {}},
                                     Entitlement{kYoung,
                                                 guid(),
                                                 kFabrikam,
                                                 QStringLiteral("New project"),
                                                 QStringLiteral("active"),
                                                 {}}},
                                    1)
                .ok());

    QList<SpendDay> spend;
    for (int i = 60; i >= 1; --i) {
        const QDate d = today().addDays(-i);
        const double cost = d == spikeDay() ? 2100.0 : 400.0 + (i % 4) * 3.5;
        spend << SpendDay{kProd, kContoso, dayNumber(d), cost, QStringLiteral("EUR")};
    }
    for (int i = 6; i >= 1; --i)
        spend << SpendDay{kYoung, kFabrikam, dayNumber(today().addDays(-i)), i == 2 ? 300.0 : 12.0,
                          QStringLiteral("EUR")};
    QVERIFY(store::SpendRepository(db).upsert(spend, 1).ok());

    QList<Alert> alerts;
    const auto alert = [&](const QString &name, const QString &severity, const QDateTime &t) {
        Alert a;
        a.id = guid();
        a.displayName = name;
        a.status = AlertStatus::parse(QStringLiteral("active"));
        a.severity = AlertSeverity::parse(severity);
        a.customerTenantId = kContoso;
        a.subscriptionId = kProd;
        a.detectedDateTime = a.firstObservedDateTime = a.lastObservedDateTime = t;
        a.raw = QJsonObject{{QStringLiteral("id"), a.id}};
        alerts << a;
    };
    const QDateTime spikeNoon(spikeDay(), QTime(12, 0), Qt::UTC);
    alert(QStringLiteral("Crypto mining on Production"), QStringLiteral("high"), spikeNoon);
    alert(QStringLiteral("Anomalous resource consumption"), QStringLiteral("high"),
          spikeNoon.addSecs(3600));
    alert(QStringLiteral("Suspicious Azure operations"), QStringLiteral("medium"),
          spikeNoon.addSecs(-3600));
    alert(QStringLiteral("Older usage anomaly"), QStringLiteral("low"), spikeNoon.addDays(-20));
    QVERIFY(store::AlertRepository(db).upsert(alerts, 1).ok());

    // Failed sign-ins over 40 days through the ingest path (keeps the rollup).
    QList<SignIn> signIns;
    const int codes[] = {0, 0, 50126, 50126, 50053, 50074};
    for (int i = 0; i < 600; ++i) {
        SignIn s;
        s.id = guid();
        s.customerId = kContoso;
        s.createdDateTime = QDateTime(today().addDays(-(i % 40)), QTime(8 + i % 10, 0), Qt::UTC);
        s.userPrincipalName = QStringLiteral("user%1@contoso.com").arg(i % 7);
        s.errorCode = codes[i % 6];
        s.rawText = "{}";
        signIns << s;
    }
    QVERIFY(store::LogRepository(db).insertSignIns(signIns).ok());

    auto fin = db.prepare("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                          "severity, first_seen, last_seen, updated_at) "
                          "VALUES(?1, ?2, ?3, ?4, 'high', ?4, ?4, 1)");
    QVERIFY(fin.ok());
    const auto finding = [&](const char *rule, const char *subject, const QDate &d) {
        (*fin)->bind(1, QString::fromLatin1(rule)).bind(2, kContoso);
        (*fin)->bind(3, QString::fromLatin1(subject));
        (*fin)->bind(4, QDateTime(d, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY((*fin)->exec().ok());
    };
    finding("A4", "admin@contoso.com", today().addDays(-3));
    finding("A4", "ops@contoso.com", spikeDay());
    finding("I2", "legacy@contoso.com", today().addDays(-20));

    store::ActivityEntry act;
    act.atMs = QDateTime(spikeDay(), QTime(15, 0), Qt::UTC).toMSecsSinceEpoch();
    act.actor = QStringLiteral("analyst");
    act.verb = QStringLiteral("suspend");
    act.objectKind = QStringLiteral("subscription");
    act.objectId = kPlan;
    act.detail = QJsonObject{{QStringLiteral("customerId"), kContoso},
                             {QStringLiteral("result"), QStringLiteral("queued")}};
    QVERIFY(store::ActivityLog(db).append(act).ok());
}

gui::MainWindow::Options options(const QString &cache)
{
    gui::MainWindow::Options o;
    o.cachePath = cache;
    o.syncIntervalMinutes = 0;
    o.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
    return o;
}

void grab(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts");
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

// Clicks where `value` is drawn for `series` (chart coordinates -> viewport).
void clickAt(QChartView *view, QAbstractSeries *series, const QPointF &value)
{
    QChart *chart = view->chart();
    const QPointF inChart = chart->mapToPosition(value, series);
    const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
}

QList<QDate> daysOf(const gui::TimelineFilterModel &m)
{
    QList<QDate> out;
    for (int r = 0; r < m.rowCount(); ++r) {
        const int d = m.index(r, 0).data(gui::TimelineModel::DayRole).toInt();
        out << QDate(d / 10000, d / 100 % 100, d % 100);
    }
    return out;
}

} // namespace

class TestSpendPages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        seed(m_cache);
    }

    void spendPageRanksAnomaliesAndOpensTheCustomerAtThatDay()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(options(m_cache), settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        gui::SpendPage *spend = w.spendPage();
        QVERIFY(spend);
        QAbstractItemModelTester tester(spend->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(spend, &gui::SpendPage::loaded);
        QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Spend);
        QVERIFY(loaded.wait(10000));

        // One anomaly: Contoso's production spike, with that day's three alerts.
        QCOMPARE(spend->model()->rowCount(), 1);
        const analytics::RankedAnomaly *a = spend->model()->anomalyAt(0);
        QCOMPARE(a->customerName, QStringLiteral("Contoso Ltd"));
        QCOMPARE(a->point.day, dayNumber(spikeDay()));
        QCOMPARE(a->alerts.size(), 3);
        const QModelIndex excess = spend->model()->index(0, gui::SpendAnomalyModel::Excess);
        QVERIFY(a->point.excess() > 1600 && a->point.excess() < 1800);
        QCOMPARE(excess.data().toString(),
                 QLocale().toCurrencyString(a->point.excess(), QStringLiteral("€"), 2));
        QVERIFY(spend->model()
                    ->index(0, gui::SpendAnomalyModel::PercentAbove)
                    .data()
                    .toString()
                    .startsWith(u'+'));
        QCOMPARE(spend->model()->index(0, gui::SpendAnomalyModel::Customer).data(Qt::ToolTipRole),
                 QVariant(kContoso));
        // The chart shows the anomaly's subscription: band, baseline, cost and one marker.
        QCOMPARE(spend->currentSubscription(), kProd);
        QChart *chart = spend->chartView()->chart();
        QScatterSeries *markers = nullptr;
        for (QAbstractSeries *s : chart->series())
            if (auto *m = qobject_cast<QScatterSeries *>(s))
                markers = m;
        QVERIFY(markers);
        QCOMPARE(markers->count(), 1);
        QCOMPARE(gui::SpendBandChart::dayAt(markers->at(0).x()), spikeDay());
        QCOMPARE(markers->at(0).y(), 2100.0);

        // The young subscription says "learning" and is never flagged.
        auto *subs = spend->findChild<QComboBox *>(QStringLiteral("subscriptionCombo"));
        const int young = subs->findData(kYoung);
        QVERIFY(young >= 0);
        QVERIFY(subs->itemText(young).contains(QStringLiteral("learning")));
        // Its points were not read with the page (only the chart's were): they
        // come when it is shown, and its chart draws its days.
        const auto &listed = spend->overview().subscriptions;
        const auto youngSpend = std::find_if(listed.cbegin(), listed.cend(), [](const auto &s) {
            return s.azureSubscriptionId == kYoung;
        });
        QVERIFY(youngSpend != listed.cend());
        QVERIFY(!youngSpend->hasPoints);
        QSignalSpy chartLoaded(spend, &gui::SpendPage::chartLoaded);
        spend->showSubscription(kYoung);
        auto *note = spend->findChild<QLabel *>(QStringLiteral("subscriptionNote"));
        QVERIFY(note->text().startsWith(QStringLiteral("Learning")));
        QVERIFY(chartLoaded.wait(10000));
        QLineSeries *youngCost = nullptr;
        for (QAbstractSeries *s : spend->chartView()->chart()->series())
            if (s->name() == u"Daily cost")
                youngCost = qobject_cast<QLineSeries *>(s);
        QVERIFY(youngCost);
        QVERIFY(youngCost->count() > 0);
        double youngMax = 0;
        for (const QPointF &p : youngCost->points())
            youngMax = std::max(youngMax, p.y());
        QCOMPARE(youngMax, 300.0); // its one expensive day, never flagged while learning
        spend->showSubscription(kProd);
        grab(w, QStringLiteral("spend-page-en"));

        // Enter on the anomaly opens Contoso's drill-down filtered to that day.
        auto *view = spend->findChild<QTableView *>(QStringLiteral("anomaliesView"));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        gui::CustomerDrillDownPage *page = w.customerPage();
        QSignalSpy pageLoaded(page, &gui::CustomerDrillDownPage::loaded);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(page->customerId(), kContoso);
        QVERIFY(page->isVisible());
        QVERIFY(pageLoaded.wait(10000));
        QVERIFY(page->rangeStart() <= spikeDay() && spikeDay() <= page->rangeEnd());
        QCOMPARE(page->timelineFilter()->filter().day, spikeDay());
        // The day's 3 alerts, 1 finding, 1 spend anomaly and 1 action.
        QCOMPARE(page->timelineFilter()->rowCount(), 6);
        for (const QDate &d : daysOf(*page->timelineFilter()))
            QCOMPARE(d, spikeDay());
        QAbstractItemModelTester timeline(page->timelineModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filtered(page->timelineFilter(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Only the drill-down shows; the navigation list marks no page.
        for (QWidget *other : w.findChild<QStackedWidget *>(QStringLiteral("pages"))
                                  ->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            QCOMPARE(other->isVisible(), other == page);
        QCOMPARE(w.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), -1);
        grab(w, QStringLiteral("customer-drilldown-en"));

        // French: the same pages, amounts as "1 234,56 €".
        w.findChild<QAction *>(QStringLiteral("actionFrench"))->trigger();
        QTRY_COMPARE(loc.language(), QStringLiteral("fr"));
        const QString french =
            spend->model()->index(0, gui::SpendAnomalyModel::Excess).data().toString();
        QVERIFY2(french.endsWith(QStringLiteral(" €")) ||
                     french.endsWith(QStringLiteral("\u00a0€")) ||
                     french.endsWith(QStringLiteral("\u202f€")),
                 qPrintable(french));
        QVERIFY2(french.contains(u','), qPrintable(french));
        QVERIFY(page->isVisible());
        QTest::qWait(50);
        // At 1280×800 in French every control of the header keeps its whole
        // text (the header row used to cut the button, "Période" and the
        // caption), and nothing reaches past the page's right edge.
        QTRY_VERIFY(headerFits(*page));
        // Once the charts are rebuilt in French (their axis titles too).
        QTRY_COMPARE(page->chartView(gui::CustomerDrillDownPage::SignInsChart)
                         ->chart()
                         ->axes(Qt::Vertical)
                         .value(0)
                         ->titleText(),
                     QCoreApplication::translate("FailedSignInsChart", "Failures"));
        QVERIFY(axisTitlesFit(*page));
        for (auto which :
             {gui::CustomerDrillDownPage::AlertsChart, gui::CustomerDrillDownPage::SpendChart,
              gui::CustomerDrillDownPage::SignInsChart, gui::CustomerDrillDownPage::FindingsChart})
            QVERIFY2(chartTextsWhole(page->chartView(which)), qPrintable(QString::number(which)));
        grab(w, QStringLiteral("customer-drilldown-fr"));

        // A dark palette: the spend chart's own series (cost, baseline, band,
        // anomalies) change with it and stand out from the dark background.
        QPalette dark = w.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        const QPalette light = w.palette();
        QChart *spendChart = page->chartView(gui::CustomerDrillDownPage::SpendChart)->chart();
        auto seriesNamed = [spendChart](const QString &name) -> QAbstractSeries * {
            for (QAbstractSeries *s : spendChart->series())
                if (s->name() == name)
                    return s;
            return nullptr;
        };
        auto *cost = qobject_cast<QLineSeries *>(seriesNamed(QStringLiteral("Coût quotidien")));
        auto *baseline = qobject_cast<QLineSeries *>(seriesNamed(QStringLiteral("Référence")));
        auto *anomaly = qobject_cast<QScatterSeries *>(seriesNamed(QStringLiteral("Anomalie")));
        QVERIFY(cost && baseline && anomaly);
        const QColor lightBaseline = baseline->pen().color();
        QCOMPARE(cost->pen().color(), light.color(QPalette::Text));
        w.setPalette(dark);
        QCOMPARE(cost->pen().color(), QColor(0xee, 0xee, 0xee));
        const QColor bg(0x1e, 0x1e, 0x1e);
        for (const QColor &c : {baseline->pen().color(), anomaly->color()}) {
            // Far enough from the background to be seen (WCAG-like lightness gap).
            QVERIFY2(c.lightness() - bg.lightness() > 90, qPrintable(c.name()));
        }
        QVERIFY(baseline->pen().color() != lightBaseline);
        QTest::qWait(50);
        grab(w, QStringLiteral("customer-drilldown-fr-dark"));
        w.setPalette(light);
        QCOMPARE(baseline->pen().color(), lightBaseline);
        w.showPage(gui::MainWindow::Spend);
        QVERIFY(loaded.wait(10000));
        grab(w, QStringLiteral("spend-page-fr"));
        w.findChild<QAction *>(QStringLiteral("actionEnglish"))->trigger();
    }

    // The drill-down's findings chart, a quarter of the page at 1280×800 in
    // French, with a customer that has findings of 30 rules: every rule id
    // stays whole (side by side they were all cut to "…"), and the spend
    // chart's value axis keeps its title (the currency alone there).
    void drillDownChartsKeepTheirTextsWithManyRules()
    {
        Localization loc;
        loc.apply(QStringLiteral("fr"));
        QList<store::RuleCount> counts;
        const QStringList families{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("P")};
        for (int i = 0; i < 30; ++i) // the store's order: most findings first
            counts << store::RuleCount{families.at(i % 3) + QString::number(i / 3 + 10),
                                       QStringLiteral("high"), 40 - i};
        QChartView view(gui::FindingsPerRuleChart::build(counts));
        view.resize(560, 195); // the drill-down's chart cells at 1280×800
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        QVERIFY(chartTextsWhole(&view));
        // The eleven busiest rules, then "+19" (no bar) for the others.
        auto *axis = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->count(), 12);
        QCOMPARE(axis->categories().constFirst(), counts.first().ruleId);
        QCOMPARE(axis->categories().constLast(), QStringLiteral("+19"));
        auto *bars = qobject_cast<QBarSeries *>(view.chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().value(0)->at(0), qreal(counts.first().count));
        QCOMPARE(bars->barSets().value(0)->at(11), 0.0);

        analytics::SubscriptionSpend spend;
        spend.currency = QStringLiteral("EUR");
        for (int d = 1; d <= 30; ++d) {
            analytics::SpendPoint p;
            p.day = 20261100 + d;
            p.cost = 4000.0 + d;
            spend.points << p;
        }
        QChartView spendView(gui::SpendBandChart::build(spend, nullptr, /*compact=*/true));
        spendView.resize(560, 195);
        spendView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&spendView));
        QTest::qWait(50);
        QVERIFY(chartTextsWhole(&spendView));
        QCOMPARE(spendView.chart()->axes(Qt::Vertical).value(0)->titleText(),
                 gui::SpendBandChart::currencySymbol(QStringLiteral("EUR")));
        loc.apply(QStringLiteral("en"));
    }

    void rangeSelectorDrivesEveryChartAndClicksFilterTheTimeline()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(options(m_cache), settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        gui::CustomerDrillDownPage *page = w.customerPage();
        QSignalSpy loaded(page, &gui::CustomerDrillDownPage::loaded);
        QSignalSpy report(&w, &gui::MainWindow::caseReportRequested);
        w.showCustomer(kContoso);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page->rangeEnd(), today());
        QCOMPARE(page->rangeStart(), today().addDays(-29)); // 30 days by default
        QVERIFY(page->timelineFilter()->filter().isEmpty());

        using C = gui::CustomerDrillDownPage;
        const auto categories = [&](C::Chart c) {
            const auto axes = page->chartView(c)->chart()->axes(Qt::Horizontal);
            for (QAbstractAxis *a : axes)
                if (auto *cat = qobject_cast<QBarCategoryAxis *>(a))
                    return int(cat->count());
            return -1;
        };
        QCOMPARE(categories(C::AlertsChart), 30);
        QCOMPARE(categories(C::SignInsChart), 30);
        const auto findingsTotal = [&] {
            auto *bars = qobject_cast<QAbstractBarSeries *>(
                page->chartView(C::FindingsChart)->chart()->series().constFirst());
            return bars->barSets().constFirst()->sum();
        };
        QCOMPARE(findingsTotal(), 3.0);
        const auto spendPoints = [&] {
            int n = 0;
            for (QAbstractSeries *s : page->chartView(C::SpendChart)->chart()->series())
                if (s->name() == u"Daily cost")
                    n = int(qobject_cast<QXYSeries *>(s)->count());
            return n;
        };
        QCOMPARE(spendPoints(), 29); // up to yesterday
        QChart *before[C::ChartCount];
        for (int c = 0; c < C::ChartCount; ++c)
            before[c] = page->chartView(C::Chart(c))->chart();

        // The range selector, from the keyboard: 30 days -> 7 days.
        auto *range = page->findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        range->setFocus();
        QTest::keyClick(range, Qt::Key_Up);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page->rangeStart(), today().addDays(-6));
        for (int c = 0; c < C::ChartCount; ++c)
            QVERIFY(page->chartView(C::Chart(c))->chart() != before[c]);
        QCOMPARE(categories(C::AlertsChart), 7);
        QCOMPARE(categories(C::SignInsChart), 7);
        QCOMPARE(findingsTotal(), 2.0); // I2's finding is 20 days old
        QCOMPARE(spendPoints(), 6);

        // A click on the high bar of the spike day keeps that day's high alerts.
        QChartView *alertsView = page->chartView(C::AlertsChart);
        auto *bars = qobject_cast<QStackedBarSeries *>(alertsView->chart()->series().constFirst());
        QVERIFY(bars);
        const int index = int(today().addDays(-6).daysTo(spikeDay()));
        QBarSet *high = bars->barSets().constFirst();
        QCOMPARE(high->at(index), 2.0);
        clickAt(alertsView, bars, QPointF(index, 1.0));
        QTRY_COMPARE(page->timelineFilter()->filter().day, spikeDay());
        QCOMPARE(page->timelineFilter()->filter().series, QStringLiteral("high"));
        QCOMPARE(page->timelineFilter()->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(page->timelineFilter()->index(r, gui::TimelineModel::Kind).data().toString(),
                     QStringLiteral("Alert"));

        // A click on the spend marker keeps the day's spend anomaly.
        QChartView *spendView = page->chartView(C::SpendChart);
        QScatterSeries *markers = nullptr;
        for (QAbstractSeries *s : spendView->chart()->series())
            if (auto *m = qobject_cast<QScatterSeries *>(s))
                markers = m;
        QVERIFY(markers && markers->count() == 1);
        clickAt(spendView, markers, markers->at(0));
        QTRY_VERIFY(page->timelineFilter()->filter().kind ==
                    store::TimelineEntry::Kind::SpendAnomaly);
        QCOMPARE(page->timelineFilter()->rowCount(), 1);
        QVERIFY(page->timelineFilter()
                    ->index(0, gui::TimelineModel::Detail)
                    .data()
                    .toString()
                    .contains(QStringLiteral("over the baseline")));

        // "Show all" clears it; "Case report…" asks the window for this customer.
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("clearFilterButton")),
                          Qt::LeftButton);
        QVERIFY(page->timelineFilter()->filter().isEmpty());
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("caseReportButton")),
                          Qt::LeftButton);
        QCOMPARE(report.size(), 1);
        QCOMPARE(report.first().first().toString(), kContoso);

        // A custom range drives the charts as well.
        page->setCustomRange(spikeDay().addDays(-1), spikeDay().addDays(1));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(categories(C::AlertsChart), 3);
        QCOMPARE(spendPoints(), 3);
    }
};

QTEST_MAIN(TestSpendPages)
#include "tst_spendpages.moc"
