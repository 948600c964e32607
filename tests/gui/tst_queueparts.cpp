// Parts of the alerts queue's window: counts per facet value (checked
// against filtering with each value), saved filters kept in QSettings, the
// alert context's small charts, and status-bar messages that follow a
// language switch.

#include "core/localization.h"
#include "core/timeutil.h"
#include "gui/alertqueueindex.h"
#include "gui/alertsmodel.h"
#include "gui/charts/alertcontextcharts.h"
#include "gui/charts/chartview.h"
#include "gui/savedfilters.h"
#include "gui/statusmessages.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QValueAxis>

using namespace vigie;

namespace {

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Alerts over a few customers, resellers, types and tags, some fields empty.
std::shared_ptr<QList<store::AlertQueueRow>> sampleRows(int n)
{
    QRandomGenerator rng(21);
    QStringList customers, resellers;
    for (int i = 0; i < 7; ++i)
        customers << guid();
    for (int i = 0; i < 3; ++i)
        resellers << guid();
    const QStringList statuses{QStringLiteral("active"), QStringLiteral("investigating"),
                               QStringLiteral("resolved"), QStringLiteral("unknownFuture")};
    const QStringList severities{QStringLiteral("high"), QStringLiteral("medium"),
                                 QStringLiteral("low"), QStringLiteral("informational")};
    const QStringList types{QStringLiteral("CryptoMining"), QStringLiteral("usageAnomalyDetection"),
                            QStringLiteral("someBrandNewType")};
    const QStringList tags{QStringLiteral("managed"), QStringLiteral("Priority"),
                           QStringLiteral("break-fix")};
    auto rows = std::make_shared<QList<store::AlertQueueRow>>();
    for (int i = 0; i < n; ++i) {
        store::AlertQueueRow r;
        r.id = guid();
        const int c = int(rng.bounded(customers.size()));
        r.customerId = i % 5 ? customers[c] : customers[c].toUpper(); // ids in either case
        r.customerName = QStringLiteral("Customer %1").arg(c);
        r.resellerTenantId = c % 4 == 3 ? QString() : resellers[c % 3];
        r.resellerName =
            r.resellerTenantId.isEmpty() ? QString() : QStringLiteral("Reseller %1").arg(c % 3);
        r.status = statuses[int(rng.bounded(i % 17 ? 3 : 4))];
        r.severity = severities[int(rng.bounded(4))];
        r.alertType = types[int(rng.bounded(types.size()))];
        r.displayName = QStringLiteral("%1 on vm-%2").arg(r.alertType).arg(rng.bounded(50));
        if (c % 2 == 0)
            r.customerTags << tags[c % 3];
        if (c == 4)
            r.customerTags << tags[2];
        r.customerTags.sort();
        r.detectedAtMs = 1'790'000'000'000 + qint64(rng.bounded(1'000'000)) * 1000;
        r.firstObservedAtMs = r.lastObservedAtMs = r.detectedAtMs;
        rows->append(r);
    }
    return rows;
}

int count(const QList<store::AlertQueueRow> &rows, const gui::AlertQueueFilter &f)
{
    return int(
        gui::filterAndSort(rows, f, gui::AlertsModel::LastObserved, Qt::DescendingOrder).size());
}

} // namespace

class TestQueueParts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    // Each facet value's count is what choosing that value would show, the
    // other filters (and the search text) unchanged.
    void facetCountsMatchFilteringEachValue()
    {
        const auto rows = sampleRows(3000);
        gui::AlertQueueIndex index(rows);
        QList<gui::AlertQueueFilter> filters{gui::AlertQueueFilter{},
                                             gui::AlertQueueFilter::openAlerts()};
        gui::AlertQueueFilter f = gui::AlertQueueFilter::openAlerts();
        f.severities = {QStringLiteral("high")};
        f.customerTag = QStringLiteral("PRIORITY");
        filters << f;
        f.text = QStringLiteral("vm-1");
        filters << f; // a search text
        f.text = QStringLiteral("vm-12");
        filters << f; // narrowed
        gui::AlertQueueFilter g;
        g.alertType = QStringLiteral("CryptoMining");
        g.resellerId = rows->first().resellerTenantId.isEmpty() ? rows->at(1).resellerTenantId
                                                                : rows->first().resellerTenantId;
        g.customerId = rows->at(2).customerId.toLower();
        filters << g;
        g.fromMs = 1'790'000'300'000; // a non-facet filter counts too
        filters << g;

        QStringList types, customers, resellers, tags;
        for (const store::AlertQueueRow &r : *rows) {
            types << r.alertType;
            customers << r.customerId.toLower();
            resellers << r.resellerTenantId.toLower();
            for (const QString &t : r.customerTags)
                tags << t.toCaseFolded();
        }
        types.removeDuplicates();
        customers.removeDuplicates();
        resellers.removeDuplicates();
        resellers.removeAll(QString());
        tags.removeDuplicates();

        for (const gui::AlertQueueFilter &filter : std::as_const(filters)) {
            const bool wide = &filter == &filters[0] || &filter == &filters[1];
            gui::FacetCounts c;
            const QList<int> order =
                index.select(filter, gui::AlertsModel::Severity, Qt::DescendingOrder, &c);
            QCOMPARE(order, gui::filterAndSort(*rows, filter, gui::AlertsModel::Severity,
                                               Qt::DescendingOrder));
            int nonZero = 0;
            for (const QString &s : {QStringLiteral("active"), QStringLiteral("investigating"),
                                     QStringLiteral("resolved")}) {
                auto h = filter;
                h.statuses = {s};
                QCOMPARE(c.statuses.value(s), count(*rows, h));
                nonZero += c.statuses.value(s) > 0;
            }
            auto h = filter;
            h.statuses.clear();
            QCOMPARE(c.anyStatus, count(*rows, h));
            for (const QString &s : {QStringLiteral("high"), QStringLiteral("medium"),
                                     QStringLiteral("low"), QStringLiteral("informational")}) {
                h = filter;
                h.severities = {s};
                QCOMPARE(c.severities.value(s), count(*rows, h));
            }
            h = filter;
            h.severities.clear();
            QCOMPARE(c.anySeverity, count(*rows, h));
            for (const QString &t : std::as_const(types)) {
                h = filter;
                h.alertType = t;
                QCOMPARE(c.types.value(t), count(*rows, h));
            }
            for (const QString &id : std::as_const(customers)) {
                h = filter;
                h.customerId = id;
                QCOMPARE(c.customers.value(id), count(*rows, h));
            }
            h = filter;
            h.customerId.clear();
            QCOMPARE(c.anyCustomer, count(*rows, h));
            for (const QString &id : std::as_const(resellers)) {
                h = filter;
                h.resellerId = id.toUpper(); // case-insensitive
                QCOMPARE(c.resellers.value(id), count(*rows, h));
            }
            for (const QString &t : std::as_const(tags)) {
                h = filter;
                h.customerTag = t;
                QCOMPARE(c.tags.value(t), count(*rows, h));
            }
            h = filter;
            h.customerTag.clear();
            QCOMPARE(c.anyTag, count(*rows, h));
            if (wide)
                QCOMPARE(nonZero, 3); // the sample is not degenerate
        }
    }

    // A new order of the same rows is one layout change: every persistent
    // index follows its alert (or becomes invalid when the filter hides it),
    // rowOf() answers in the new order, and the model stays valid for
    // QAbstractItemModelTester throughout.
    void newOrderMovesPersistentIndexesWithTheirAlert()
    {
        const auto rows = sampleRows(500);
        gui::AlertsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const gui::AlertQueueFilter all;
        model.setRows(rows, gui::filterAndSort(*rows, all, gui::AlertsModel::LastObserved,
                                               Qt::DescendingOrder));
        QCOMPARE(model.rowCount(), 500);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        // Persistent indexes on every 7th row, in several columns.
        QList<QPersistentModelIndex> kept;
        QStringList keptIds;
        for (int r = 0; r < model.rowCount(); r += 7) {
            kept << QPersistentModelIndex(model.index(r, r % gui::AlertsModel::ColumnCount));
            keptIds << model.rowAt(r)->id;
        }
        QList<bool> dropped(kept.size(), false);
        const auto check = [&](const gui::AlertQueueFilter &f, int column, Qt::SortOrder order) {
            const QList<int> expected = gui::filterAndSort(*rows, f, column, order);
            model.setOrder(expected);
            QCOMPARE(model.rowCount(), int(expected.size()));
            for (int r = 0; r < model.rowCount(); ++r)
                QCOMPARE(model.rowAt(r), &rows->at(expected[r]));
            for (int i = 0; i < kept.size(); ++i) {
                const int row = model.rowOf(keptIds[i]);
                if (row < 0 || dropped[i]) {
                    QVERIFY(!kept[i].isValid()); // hidden once: gone from the view
                    dropped[i] = true;
                    continue;
                }
                QVERIFY(kept[i].isValid());
                QCOMPARE(kept[i].row(), row);
                QCOMPARE(kept[i].column(), (i * 7) % gui::AlertsModel::ColumnCount);
                QCOMPARE(kept[i].data(gui::AlertsModel::AlertIdRole).toString(), keptIds[i]);
            }
        };
        check(all, gui::AlertsModel::Customer, Qt::AscendingOrder);
        check(all, gui::AlertsModel::Severity, Qt::DescendingOrder);
        int valid = 0;
        for (const QPersistentModelIndex &p : std::as_const(kept))
            valid += p.isValid();
        QCOMPARE(valid, int(kept.size())); // a sort hides nothing
        check(gui::AlertQueueFilter::openAlerts(), gui::AlertsModel::Type, Qt::AscendingOrder);
        valid = 0;
        for (const QPersistentModelIndex &p : std::as_const(kept))
            valid += p.isValid();
        QVERIFY(valid > 0 && valid < int(kept.size())); // resolved ones left the view
        // Widening again does not bring a dropped index back (it was let go).
        check(all, gui::AlertsModel::LastObserved, Qt::DescendingOrder);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 4);
        // New rows are a reset.
        model.setRows(sampleRows(10), QList<int>{3, 1, 2});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfSource(1), 1);
        QCOMPARE(model.rowOfSource(0), -1);
    }

    void savedFiltersRoundTripThroughSettings()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // names sort as in French
        const QString path = m_dir.filePath(QStringLiteral("saved.conf"));
        gui::AlertQueueFilter f = gui::AlertQueueFilter::openAlerts();
        f.severities = {QStringLiteral("high"), QStringLiteral("medium")};
        f.customerTag = QStringLiteral("priority");
        f.resellerId = guid();
        f.alertType = QStringLiteral("CryptoMining");
        f.text = QStringLiteral("vm-1 \"quoted\"");
        f.fromMs = 1'790'000'000'000;
        {
            QSettings settings(path, QSettings::IniFormat);
            gui::SavedFilters saved(settings);
            saved.save(QStringLiteral("Zèbre"), gui::AlertQueueFilter{});
            saved.save(QStringLiteral("Élevées prioritaires"), f);
            saved.save(QStringLiteral("abc"), gui::AlertQueueFilter::openAlerts());
        }
        QSettings settings(path, QSettings::IniFormat);
        gui::SavedFilters saved(settings);
        QCOMPARE(saved.names().size(), 3);
        QCOMPARE(saved.names().last(), QStringLiteral("Zèbre"));
        const auto back = saved.load(QStringLiteral("Élevées prioritaires"));
        QVERIFY(back);
        QVERIFY(gui::SavedFilters::same(*back, f));
        QCOMPARE(back->severities, f.severities);
        QCOMPARE(back->text, f.text);
        QCOMPARE(back->fromMs, f.fromMs);
        QVERIFY(!gui::SavedFilters::same(*back, gui::AlertQueueFilter::openAlerts()));
        QVERIFY(!saved.load(QStringLiteral("nope")));
        saved.remove(QStringLiteral("abc"));
        QCOMPARE(saved.names(),
                 (QStringList{QStringLiteral("Élevées prioritaires"), QStringLiteral("Zèbre")}));
        QLocale::setDefault(QLocale::system());
    }

    // Failed sign-ins and directory changes per hour around the alert, the
    // subscription's spend per day: real series, totals in the titles,
    // tooltips with the local hour.
    void contextChartsShowTheCustomerAroundTheAlert()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        store::AlertContext c;
        const qint64 alertMs =
            (1'790'000'000'000 / 3'600'000) * 3'600'000 + 25 * 60'000; // 25 min past an hour
        c.windowStartMs = (alertMs / 3'600'000) * 3'600'000 - 24 * 3'600'000;
        c.failedSignInsPerHour.fill(0, 48);
        c.signInsPerHour.fill(3, 48);
        c.auditChangesPerHour.fill(0, 48);
        c.failedSignInsPerHour[24] = 40; // the alert's hour
        c.failedSignInsPerHour[30] = 2;
        c.auditChangesPerHour[10] = 5;
        c.currency = QStringLiteral("EUR");
        for (int d = -3; d <= 3; ++d)
            c.spend << qMakePair((alertMs / 86'400'000 + d) * 86'400'000, d == 0 ? 120.5 : 10.0);

        gui::AlertContextCharts charts;
        charts.resize(600, 140);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.setContext(c, alertMs);
        QVERIFY(charts.isVisible());

        auto *failed =
            qobject_cast<QLineSeries *>(charts.failedSignIns()->chart()->series().value(0));
        QVERIFY(failed);
        QCOMPARE(failed->count(), 48);
        QCOMPARE(failed->at(24).y(), 40.0);
        // x is hours from the alert: the alert's hour starts 25 min before it.
        QVERIFY(qAbs(failed->at(24).x() + 25.0 / 60) < 1e-9);
        QVERIFY(charts.failedSignIns()->chart()->title().contains(QStringLiteral("42")));
        QVERIFY(!charts.failedSignIns()->chart()->legend()->isVisible());
        QVERIFY(charts.auditChanges()->chart()->title().contains(QStringLiteral("5")));

        auto *spend = qobject_cast<QBarSeries *>(charts.spend()->chart()->series().value(0));
        QVERIFY(spend);
        QCOMPARE(spend->barSets().size(), 1);
        QCOMPARE(spend->barSets().first()->count(), 7);
        QCOMPARE(spend->barSets().first()->at(3), 120.5);
        QVERIFY2(charts.spend()->chart()->title().contains(QStringLiteral("180.50")),
                 qPrintable(charts.spend()->chart()->title()));

        // Hovering the peak: the tooltip says the local hour and the count
        // (once the chart has laid out its new points).
        QCoreApplication::processEvents();
        gui::ChartView *view = charts.failedSignIns();
        const QPointF at = view->chart()->mapToPosition(failed->at(24), failed);
        QTest::mouseMove(view->viewport(), view->mapFromScene(at));
        QTRY_VERIFY2(view->toolTipText().contains(QStringLiteral("40")),
                     qPrintable(view->toolTipText()));
        const QString hour = QLocale().toString(
            fromEpochMs(c.windowStartMs + 24 * 3'600'000).toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(view->toolTipText().contains(hour), qPrintable(view->toolTipText()));

        // The next alert: the same charts and series, its own data (a new
        // alert replaces points and ranges, it does not build charts).
        QChart *const failedChart = charts.failedSignIns()->chart();
        QChart *const spendChart = charts.spend()->chart();
        store::AlertContext next = c;
        next.failedSignInsPerHour.fill(0, 48);
        next.failedSignInsPerHour[3] = 7;
        next.auditChangesPerHour.fill(1, 48);
        next.spend.clear();
        charts.setContext(next, alertMs + 3'600'000);
        QCOMPARE(charts.failedSignIns()->chart(), failedChart);
        QCOMPARE(charts.spend()->chart(), spendChart);
        QCOMPARE(failedChart->series().value(0), failed);
        QCOMPARE(failed->count(), 48);
        QCOMPARE(failed->at(3).y(), 7.0);
        QCOMPARE(failed->at(24).y(), 0.0);
        QVERIFY(qAbs(failed->at(24).x() + 1 + 25.0 / 60) < 1e-9); // an hour later
        QVERIFY(failedChart->title().contains(QStringLiteral("(7)")));
        QVERIFY(charts.auditChanges()->chart()->title().contains(QStringLiteral("(48)")));
        auto *y = qobject_cast<QValueAxis *>(failedChart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->max(), 8.0); // the new peak, not the old one's 40
        QCOMPARE(spend->barSets().first()->count(), 0);
        QCOMPARE(spendChart->title(), QStringLiteral("No spend data"));

        charts.clear();
        QVERIFY(!charts.isVisible());
        QLocale::setDefault(QLocale::system());
    }

    // A message on screen is rendered again in the new language; one that
    // another caller replaced is left alone.
    void statusMessagesFollowTheLanguage()
    {
        Localization loc;
        QVERIFY(loc.apply(QStringLiteral("en")));
        QMainWindow w;
        gui::StatusMessages messages(w.statusBar());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto signedIn = [] {
            return QCoreApplication::translate("vigie::gui::MainWindow", "Signed in.");
        };
        messages.show(signedIn, 60'000);
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Signed in."));
        QVERIFY(loc.apply(QStringLiteral("fr")));
        QCoreApplication::processEvents();
        const QString french = signedIn();
        QVERIFY2(french != QStringLiteral("Signed in."), "no French for the test's text");
        QCOMPARE(w.statusBar()->currentMessage(), french);
        QCOMPARE(messages.current(), french);

        // Replaced by someone else: not rewritten on the next switch.
        w.statusBar()->showMessage(QStringLiteral("other"));
        QVERIFY(loc.apply(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("other"));
        QVERIFY(messages.current().isEmpty());

        // Timed out: nothing comes back.
        messages.show(signedIn, 50);
        QTRY_VERIFY(w.statusBar()->currentMessage().isEmpty());
        QVERIFY(loc.apply(QStringLiteral("fr")));
        QCoreApplication::processEvents();
        QVERIFY(w.statusBar()->currentMessage().isEmpty());
        QVERIFY(loc.apply(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestQueueParts)
#include "tst_queueparts.moc"
