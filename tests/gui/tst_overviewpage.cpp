// The Overview page and the shared chart view, driven offscreen: tiles read
// the cache, the trend switches range and series, a tile opens the filtered
// alerts queue in the window; chart tooltips, legend toggles, zoom, palette
// and PNG/SVG export; locale-aware chart text; grabs in English and French.
#include "analytics/detectionservice.h"
#include "core/localization.h"
#include "core/timeutil.h"
#include "core/types.h"
#include "gui/alertspage.h"
#include "gui/charts/alerttrendchart.h"
#include "gui/charts/chartformat.h"
#include "gui/charts/chartview.h"
#include "gui/kpitile.h"
#include "gui/mainwindow.h"
#include "gui/overviewpage.h"
#include "gui/storeworker.h"
#include "gui/topcustomersmodel.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/spendrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

using namespace vigie;

namespace {

const QString kContoso = QStringLiteral("1889e718-414b-4bad-8bbe-c1135bd39a41");
const QString kFabrikam = QStringLiteral("2889e718-414b-4bad-8bbe-c1135bd39a42");
const QString kSubMining = QStringLiteral("5f6e6521-6e5f-4b0b-80aa-bd44fad7a398");
constexpr qint64 kHour = 3600000;
constexpr qint64 kDay = 24 * kHour;

QString spaces(QString s)
{
    // French groups with U+202F and puts U+00A0 before the symbol.
    s.replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' ');
    return s;
}

int ymd(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

struct Seeded
{
    qint64 nowMs = 0;
    QStringList backlogIds; // active/investigating, detected > 60 days ago
    int active = 0;
    int new24h = 0;
};

Alert makeAlert(const QString &id, const QString &customer, const QString &status,
                const QString &severity, const QString &type, qint64 detected, qint64 resolved = 0,
                const QString &sub = QString())
{
    Alert a;
    a.id = id;
    a.displayName = QStringLiteral("Alert ") + id;
    a.alertType = type;
    a.status = AlertStatus::parse(status);
    a.severity = AlertSeverity::parse(severity);
    a.confidence = Confidence::parse(QStringLiteral("high"));
    a.customerTenantId = customer;
    a.subscriptionId = sub;
    a.detectedDateTime = fromEpochMs(detected);
    a.firstObservedDateTime = a.detectedDateTime;
    a.lastObservedDateTime = a.detectedDateTime;
    if (resolved) {
        a.resolvedOnDateTime = fromEpochMs(resolved);
        a.resolvedReason = ResolvedReason::parse(QStringLiteral("legitimate"));
    }
    a.raw = QJsonObject{{QStringLiteral("id"), id}};
    return a;
}

Seeded seed(const QString &path)
{
    Seeded s;
    s.nowMs = QDateTime::currentMSecsSinceEpoch();
    auto db = store::openCache(path);
    if (!db)
        return s;
    QList<Customer> customers;
    for (const auto &[id, name] : {std::pair{kContoso, QStringLiteral("Contoso Ltd")},
                                   std::pair{kFabrikam, QStringLiteral("Fabrikam SAS")}}) {
        Customer c;
        c.id = id;
        c.companyName = name;
        c.raw = QJsonObject{{QStringLiteral("id"), id}};
        customers << c;
    }
    (void)store::CustomerRepository(**db).upsertCustomers(customers, 1);
    const qint64 now = s.nowMs;
    QList<Alert> alerts{
        makeAlert("n1", kContoso, "active", "high", "CryptoMining", now - 2 * kHour, 0, kSubMining),
        makeAlert("n2", kContoso, "active", "medium", "usageAnomalyDetection", now - 5 * kHour),
        makeAlert("d1", kContoso, "resolved", "low", "CryptoMining", now - 3 * kDay,
                  now - 2 * kDay),
        makeAlert("d2", kFabrikam, "investigating", "medium", "VM_AnomalousDeployment",
                  now - 20 * kDay),
        makeAlert("b1", kFabrikam, "active", "high", "CryptoMining", now - 65 * kDay),
        makeAlert("b2", kFabrikam, "investigating", "low", "CryptoMining", now - 75 * kDay),
        makeAlert("r1", kFabrikam, "resolved", "high", "CryptoMining", now - 85 * kDay,
                  now - 80 * kDay),
    };
    s.backlogIds = {QStringLiteral("b1"), QStringLiteral("b2")};
    s.active = 3;
    s.new24h = 2;
    (void)store::AlertRepository(**db).upsert(alerts, 1);
    // The mining subscription: 100 € a day, then 700 € yesterday.
    QList<SpendDay> spend;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    for (int ago = 60; ago >= 0; --ago)
        spend << SpendDay{kSubMining, kContoso, ymd(today.addDays(-ago)), ago == 1 ? 700.0 : 100.0,
                          QStringLiteral("EUR")};
    (void)store::SpendRepository(**db).upsert(spend, 1);
    return s;
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

store::AlertTrend smallTrend()
{
    store::AlertTrend t;
    t.days = {QDate(2026, 12, 5), QDate(2026, 12, 6), QDate(2026, 12, 7)};
    t.keys = {QStringLiteral("high"), QStringLiteral("low")};
    t.names = t.keys;
    t.counts = {{5, 5, 5}, {1, 2, 3}};
    return t;
}

} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void chartTextFollowsTheLocale()
    {
        const QLocale fr(QLocale::French, QLocale::France);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(spaces(gui::chartformat::currency(1234.56, QStringLiteral("EUR"), fr)),
                 QStringLiteral("1 234,56 €"));
        QCOMPARE(gui::chartformat::currency(1234.56, QStringLiteral("eur"), en),
                 QStringLiteral("€1,234.56"));
        QCOMPARE(gui::chartformat::currency(10, QStringLiteral("XYZ"), en).contains(u"XYZ"), true);
        QCOMPARE(spaces(gui::chartformat::number(1234567, 0, fr)), QStringLiteral("1 234 567"));
        QCOMPARE(gui::chartformat::dayMonth(QDate(2026, 12, 7), fr), QStringLiteral("07/12"));
        QCOMPARE(gui::chartformat::dayMonth(QDate(2026, 12, 7), en), QStringLiteral("12/7"));
        QCOMPARE(gui::chartformat::hours(0.5, en), QStringLiteral("30 min"));
        QCOMPARE(gui::chartformat::hours(5.5, fr), QStringLiteral("5,5 h"));
        QCOMPARE(gui::chartformat::hours(72, en), QStringLiteral("3.0 d"));
    }

    void pageShowsTilesTrendAndTopCustomers()
    {
        const QString cache = m_dir.filePath(QStringLiteral("page.sqlite"));
        const Seeded s = seed(cache);
        QVERIFY(s.nowMs > 0);
        gui::StoreWorker worker(cache);
        gui::OverviewPage page(worker);
        page.setNow(QDateTime::fromMSecsSinceEpoch(s.nowMs));
        QAbstractItemModelTester tester(page.topCustomers(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &gui::OverviewPage::loaded);
        QSignalSpy trend(&page, &gui::OverviewPage::trendLoaded);
        page.resize(1100, 700);
        page.show();
        page.reload();
        QVERIFY(loaded.wait(5000));
        if (trend.isEmpty())
            QVERIFY(trend.wait(5000));

        using T = gui::OverviewPage;
        QCOMPARE(page.tile(T::ActiveAlerts)->value(), QLocale().toString(s.active));
        QCOMPARE(page.tile(T::NewAlerts)->value(), QLocale().toString(s.new24h));
        QCOMPARE(page.tile(T::Backlog)->value(), QLocale().toString(int(s.backlogIds.size())));
        // d1 took 24 h to resolve; r1 (80 days ago) is outside the 30 days.
        QCOMPARE(page.tile(T::TimeToResolve)->value(), gui::chartformat::hours(24));
        QCOMPARE(page.tile(T::SpendAtRisk)->value(),
                 gui::chartformat::currency(600, QStringLiteral("EUR")));
        QCOMPARE(page.tile(T::NewFindings)->value(), QLocale().toString(0));

        QCOMPARE(page.topCustomers()->rowCount(), 2);
        QCOMPARE(page.topCustomers()->index(0, 0).data().toString(), QStringLiteral("Contoso Ltd"));
        QVERIFY(
            page.topCustomers()->index(0, 0).data(Qt::ToolTipRole).toString().contains(kContoso));

        // Default: 30 days by severity; d2 (20 days) and the last day's alerts are in it.
        QCOMPARE(page.rangeDays(), 30);
        QCOMPARE(page.trend().days.size(), 30);
        QCOMPARE(page.trend().total(), 4);
        QCOMPARE(page.trend().keys.first(), QStringLiteral("high"));

        // Keyboard: the range combo to 90 days.
        auto *range = page.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        range->setFocus();
        trend.clear();
        QTest::keyClick(range, Qt::Key_Down);
        QVERIFY(trend.wait(5000));
        QCOMPARE(page.rangeDays(), 90);
        QCOMPARE(page.trend().days.size(), 90);
        QCOMPARE(page.trend().total(), 7);

        // Stacked by customer: names in the legend.
        auto *series = page.findChild<QComboBox *>(QStringLiteral("seriesCombo"));
        series->setFocus();
        trend.clear();
        QTest::keyClick(series, Qt::Key_End);
        QVERIFY(trend.wait(5000));
        QCOMPARE(page.seriesBy(), store::AlertSeriesBy::Customer);
        QCOMPARE(page.trendView()->legendLabels(),
                 (QStringList{QStringLiteral("Fabrikam SAS"), QStringLiteral("Contoso Ltd")}));

        // By type: localized type labels.
        trend.clear();
        QTest::keyClick(series, Qt::Key_Up);
        QVERIFY(trend.wait(5000));
        QVERIFY(page.trendView()->legendLabels().contains(
            gui::AlertsModel::typeLabel(QStringLiteral("CryptoMining"))));

        // A tile by keyboard asks for its filtered view.
        QSignalSpy asked(&page, &gui::OverviewPage::alertsRequested);
        page.tile(T::TimeToResolve)->setFocus();
        QTest::keyClick(page.tile(T::TimeToResolve), Qt::Key_Space);
        QCOMPARE(asked.size(), 1);
        const auto f = asked.first().first().value<gui::AlertQueueFilter>();
        QCOMPARE(f.statuses, QSet<QString>{QStringLiteral("resolved")});
        QCOMPARE(f.resolvedFromMs, s.nowMs - 30 * kDay);
        // Spend at risk: the active alerts of the mining subscription.
        QCOMPARE(page.filterFor(T::SpendAtRisk).subscriptionIds,
                 QSet<QString>{kSubMining.toLower()});
        QSignalSpy detections(&page, &gui::OverviewPage::detectionsRequested);
        QTest::mouseClick(page.tile(T::NewFindings), Qt::LeftButton);
        QCOMPARE(detections.size(), 1);
        grab(page, QStringLiteral("overview-page"));
    }

    // The sync's dataChanged feed reloads the page (once for a burst), and
    // only for the tables it shows.
    void reloadsOnDataChanged()
    {
        const QString cache = m_dir.filePath(QStringLiteral("feed.sqlite"));
        const Seeded s = seed(cache);
        gui::StoreWorker worker(cache);
        gui::OverviewPage page(worker);
        page.setNow(QDateTime::fromMSecsSinceEpoch(s.nowMs));
        QSignalSpy loaded(&page, &gui::OverviewPage::loaded);
        page.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.tile(gui::OverviewPage::ActiveAlerts)->value(), QLocale().toString(s.active));
        {
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
            QVERIFY(store::AlertRepository(**db)
                        .upsert({makeAlert("x1", kFabrikam, "active", "high", "CryptoMining",
                                           s.nowMs - kHour)},
                                2)
                        .ok());
        }
        loaded.clear();
        page.dataChanged({QStringLiteral("signins")}); // not shown here
        QTest::qWait(400);
        QCOMPARE(loaded.size(), 0);
        page.dataChanged({QStringLiteral("alerts")});
        page.dataChanged({QStringLiteral("alerts"), QStringLiteral("customers")});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.tile(gui::OverviewPage::ActiveAlerts)->value(),
                 QLocale().toString(s.active + 1));
        QTest::qWait(400);
        QCOMPARE(loaded.size(), 1);
    }

    void tileOpensTheFilteredAlertsQueue()
    {
        const QString cache = m_dir.filePath(QStringLiteral("window.sqlite"));
        const Seeded s = seed(cache);
        QSettings settings(m_dir.filePath(QStringLiteral("w.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(options(cache), settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentPage(), gui::MainWindow::Overview); // the page the window opens on
        gui::OverviewPage *page = w.overviewPage();
        QVERIFY(page);
        QTRY_COMPARE(page->tile(gui::OverviewPage::Backlog)->value(),
                     QLocale().toString(int(s.backlogIds.size())));

        QTest::mouseClick(page->tile(gui::OverviewPage::Backlog), Qt::LeftButton);
        QCOMPARE(w.currentPage(), gui::MainWindow::Alerts);
        gui::AlertsModel *model = w.alertsPage()->model();
        auto shownIds = [model] {
            QStringList ids;
            for (int r = 0; r < model->rowCount(); ++r)
                ids << model->rowAt(r)->id;
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QTRY_COMPARE(shownIds(), s.backlogIds);

        // Time to resolve: the alerts resolved in the last 30 days (not r1, 80 days ago).
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QTest::mouseClick(page->tile(gui::OverviewPage::TimeToResolve), Qt::LeftButton);
        QCOMPARE(w.currentPage(), gui::MainWindow::Alerts);
        QTRY_COMPARE(shownIds(), QStringList{QStringLiteral("d1")});
        // Spend at risk: the active alerts of the subscription that spiked.
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QTest::mouseClick(page->tile(gui::OverviewPage::SpendAtRisk), Qt::LeftButton);
        QTRY_COMPARE(shownIds(), QStringList{QStringLiteral("n1")});

        // Back with Ctrl+1; a top customer opens its active alerts.
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Overview);
        auto *table = page->findChild<QTableView *>(QStringLiteral("topTable"));
        QTRY_COMPARE(page->topCustomers()->rowCount(), 2);
        table->setFocus();
        table->setCurrentIndex(page->topCustomers()->index(0, 0)); // Contoso Ltd
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(w.currentPage(), gui::MainWindow::Alerts);
        QTRY_COMPARE(shownIds(), (QStringList{QStringLiteral("n1"), QStringLiteral("n2")}));

        // New findings opens the Detections page.
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QTest::mouseClick(page->tile(gui::OverviewPage::NewFindings), Qt::LeftButton);
        QCOMPARE(w.currentPage(), gui::MainWindow::Detections);
    }

    void chartViewTooltipsLegendZoomPaletteAndExport()
    {
        gui::ChartView view;
        const store::AlertTrend t = smallTrend();
        view.setCategoryLabels(gui::alerttrendchart::dayLabels(t));
        view.showChart(gui::alerttrendchart::build(t, store::AlertSeriesBy::Severity));
        view.resize(800, 450);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QChart *chart = view.chart();
        auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().first());
        QVERIFY(bars);

        // Hovering the middle bar: its day, set and exact value, and the stack's total.
        const QRectF plot = chart->plotArea();
        const QPointF inBar(plot.center().x(), plot.bottom() - 3);
        const QPoint at = view.mapFromScene(chart->mapToScene(inBar));
        QSignalSpy tips(&view, &gui::ChartView::toolTipChanged);
        QTest::mouseMove(view.viewport(), at + QPoint(0, -1));
        QTest::mouseMove(view.viewport(), at);
        QTRY_VERIFY(!view.toolTipText().isEmpty());
        QVERIFY2(view.toolTipText().contains(gui::chartformat::day(t.days[1])),
                 qPrintable(view.toolTipText()));
        QVERIFY(view.toolTipText().contains(
            gui::AlertsModel::severityLabel(QStringLiteral("high")) + QStringLiteral(": 5")));
        QVERIFY(view.toolTipText().contains(QStringLiteral("7"))); // total 5 + 2

        // The legend hides and shows a bar set.
        const QList<QLegendMarker *> markers = chart->legend()->markers();
        QCOMPARE(markers.size(), 2);
        QSignalSpy toggled(&view, &gui::ChartView::legendMarkerToggled);
        Q_EMIT markers[0]->clicked(); // what a click on the marker emits
        QCOMPARE(toggled.size(), 1);
        QVERIFY(!view.isLegendMarkerShown(0));
        QCOMPARE(bars->barSets().first()->at(1), 0.0);
        Q_EMIT markers[0]->clicked();
        QVERIFY(view.isLegendMarkerShown(0));
        QCOMPARE(bars->barSets().first()->at(1), 5.0);

        // Zoom and pan on time by keyboard and wheel; 0 resets.
        view.setFocus();
        QVERIFY(!view.isZoomed());
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.isZoomed());
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_0);
        QVERIFY(!view.isZoomed());
        QWheelEvent wheel(QPointF(at), QPointF(view.viewport()->mapToGlobal(at)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.isZoomed());
        view.resetZoom();

        // Dark palette: the chart follows it.
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        view.setPalette(dark);
        QCOMPARE(chart->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        QCOMPARE(chart->axes(Qt::Vertical).first()->labelsColor(), QColor(0xee, 0xee, 0xee));
        QCOMPARE(chart->legend()->labelColor(), QColor(0xee, 0xee, 0xee));

        // Export: PNG and SVG files, by function and from the context menu.
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("trend.png"));
        const QString svg = out.filePath(QStringLiteral("trend.svg"));
        QVERIFY(view.exportPng(png, QSize(640, 360)));
        QImage image(png);
        QCOMPARE(image.size(), QSize(640, 360));
        QCOMPARE(image.pixelColor(2, 2), QColor(0x1e, 0x1e, 0x1e)); // dark background
        QVERIFY(view.exportSvg(svg));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svgText = f.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("<path") || svgText.contains("<rect"));
        QString asked;
        view.setFileChooser([&](const QString &suggested, const QString &) {
            asked = suggested;
            return out.filePath(QStringLiteral("from-menu")); // the suffix is added
        });
        std::unique_ptr<QMenu> menu(view.createContextMenu());
        QCOMPARE(menu->actions().size(), 4);           // PNG, SVG, separator, reset zoom
        QVERIFY(!menu->actions().last()->isEnabled()); // not zoomed
        menu->actions().at(1)->trigger();
        QVERIFY(asked.endsWith(u".svg"));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("from-menu.svg"))));
        menu->actions().at(0)->trigger();
        QVERIFY(QImage(out.filePath(QStringLiteral("from-menu.png"))).width() > 0);
        QVERIFY(view.exportPng(QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts/chart-dark.png")));
    }

    void grabsInBothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("activeTitle");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Active alerts");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Alertes actives");
    }

    void grabsInBothLanguages()
    {
        QFETCH(QString, lang);
        QFETCH(QString, activeTitle);
        const QString cache = m_dir.filePath(QStringLiteral("grab-%1.sqlite").arg(lang));
        const Seeded s = seed(cache);
        QVERIFY(s.nowMs > 0);
        QSettings settings(m_dir.filePath(QStringLiteral("g-%1.conf").arg(lang)),
                           QSettings::IniFormat);
        Localization loc;
        loc.apply(lang);
        gui::MainWindow w(options(cache), settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        gui::OverviewPage *page = w.overviewPage();
        QTRY_COMPARE(page->tile(gui::OverviewPage::ActiveAlerts)->value(),
                     QLocale().toString(s.active));
        QTRY_VERIFY(page->trend().total() > 0);
        QCOMPARE(page->tile(gui::OverviewPage::ActiveAlerts)->title(), activeTitle);
        // Laid out for 1280×800: every tile and the chart fit in the page.
        for (int i = 0; i < gui::OverviewPage::TileCount; ++i) {
            gui::KpiTile *tile = page->tile(gui::OverviewPage::Tile(i));
            QVERIFY2(tile->width() >= tile->minimumSizeHint().width(), qPrintable(tile->title()));
            QVERIFY(page->rect().contains(QRect(tile->mapTo(page, QPoint()), tile->size())));
        }
        QVERIFY(page->trendView()->height() >= 250);
        grab(w, QStringLiteral("overview-") + lang);
        loc.apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
