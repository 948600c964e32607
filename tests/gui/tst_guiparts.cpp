#include "gui/charts/baselinechart.h"
#include "gui/charts/sparklinedelegate.h"
#include "gui/storeworker.h"
#include "sqlvalue.h"
#include "store/database.h"

#include <QBarSet>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

class TestGuiParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storeWorkerRunsOffTheGuiThread()
    {
        QTemporaryDir dir;
        gui::StoreWorker worker(dir.filePath(QStringLiteral("c.sqlite")));
        QObject receiver;
        QThread *jobThread = nullptr;
        qint64 tables = -1;
        bool delivered = false;
        QThread *deliveredOn = nullptr;
        worker.run<qint64>(
            &receiver,
            [&jobThread](store::Database &db) {
                jobThread = QThread::currentThread();
                return sqlValue(
                    db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type='table'"));
            },
            [&](qint64 n) {
                tables = n;
                delivered = true;
                deliveredOn = QThread::currentThread();
            });
        QTRY_VERIFY(delivered);
        QVERIFY(jobThread != nullptr);
        QVERIFY(jobThread != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(tables >= 15); // the migrated schema
    }

    void storeWorkerDropsResultsForDeadReceivers()
    {
        QTemporaryDir dir;
        gui::StoreWorker worker(dir.filePath(QStringLiteral("c.sqlite")));
        bool delivered = false;
        bool ran = false;
        {
            QObject receiver;
            worker.run<int>(
                &receiver,
                [&ran](store::Database &) {
                    QThread::msleep(50);
                    ran = true;
                    return 1;
                },
                [&delivered](int) { delivered = true; });
        }
        QTRY_VERIFY(ran);
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    void storeWorkerReportsAnUnusableCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just text that is long enough to matter");
        f.close();
        gui::StoreWorker worker(path);
        QSignalSpy failed(&worker, &gui::StoreWorker::failed);
        QObject receiver;
        bool delivered = false;
        worker.run<int>(
            &receiver, [](store::Database &) { return 1; },
            [&delivered](int v) {
                delivered = (v == 0); // default value: the job never saw a database
            });
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(path));
        QTRY_VERIFY(delivered);
    }

    void sparklineFitsTheRect()
    {
        const QRectF rect(10, 10, 100, 20);
        const QPolygonF line = gui::SparklineDelegate::polyline({0, 5, 10}, rect);
        QCOMPARE(line.size(), 3);
        QCOMPARE(line[0], QPointF(10, 30)); // 0 at the bottom
        QCOMPARE(line[1], QPointF(60, 20));
        QCOMPARE(line[2], QPointF(110, 10)); // max at the top
        QVERIFY(gui::SparklineDelegate::polyline({}, rect).isEmpty());
    }

    void baselineChartShowsWindowsAndLimit()
    {
        gui::BaselineChart chart;
        gui::BaselineChart::Data data;
        data.labels = {QStringLiteral("d-3"), QStringLiteral("d-2"), QStringLiteral("d-1"),
                       QStringLiteral("d")};
        data.history = {1000, 980, 1010};
        data.current = 1150;
        data.baseline = 1000;
        data.limit = 1100;
        chart.setData(data);
        QCOMPARE(chart.chart()->series().size(), 2);
        auto *bars = qobject_cast<QStackedBarSeries *>(chart.chart()->series().at(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        const QBarSet *history = bars->barSets()[0];
        const QBarSet *current = bars->barSets()[1];
        QCOMPARE(history->count(), 4);
        QCOMPARE(history->at(1), 980.0);
        QCOMPARE(history->at(3), 0.0);
        QCOMPARE(current->at(3), 1150.0);
        auto *limit = qobject_cast<QLineSeries *>(chart.chart()->series().at(1));
        QVERIFY(limit);
        QCOMPARE(limit->count(), 2);
        QCOMPARE(limit->at(0).y(), 1100.0);
    }
};

QTEST_MAIN(TestGuiParts)
#include "tst_guiparts.moc"
