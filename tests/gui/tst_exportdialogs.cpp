// File › Export… and File › Case report… driven from the keyboard, offscreen,
// on a real cache: the work runs off the GUI thread, errors are shown, the
// last folder is remembered.

#include "../export/casefixture.h"
#include "analytics/detectionservice.h"
#include "core/localization.h"
#include "gui/casereportdialog.h"
#include "gui/exportdialog.h"
#include "gui/mainwindow.h"
#include "gui/report/casereport.h"
#include "gui/storeworker.h"
#include "store/cache.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

void grab(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts");
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cache;
    CaseFixture m_fx;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        auto db = store::openCache(m_cache);
        QVERIFY(db.ok());
        m_fx.build(**db);
    }

    void theFileMenuOffersExportAndCaseReport()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("w.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow::Options o;
        o.cachePath = m_cache;
        o.syncIntervalMinutes = 0;
        o.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
        gui::MainWindow w(o, settings, loc);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *exportAction = w.findChild<QAction *>(QStringLiteral("actionExport"));
        auto *reportAction = w.findChild<QAction *>(QStringLiteral("actionCaseReport"));
        QVERIFY(exportAction && reportAction);
        auto *file = w.findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file && file->actions().contains(exportAction) &&
                file->actions().contains(reportAction));
        QCOMPARE(exportAction->text(), QStringLiteral("&Export…"));
        loc.apply(QStringLiteral("fr"));
        QVERIFY(exportAction->text() != QStringLiteral("&Export…")); // retranslated
        loc.apply(QStringLiteral("en"));

        // Ctrl+E opens the dialog.
        QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(w.findChild<gui::ExportDialog *>() != nullptr);
        w.findChild<gui::ExportDialog *>()->close();
        reportAction->trigger();
        QTRY_VERIFY(w.findChild<gui::CaseReportDialog *>() != nullptr);
    }

    void exportsFromTheKeyboardAndRemembersTheFolder()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("e.conf")), QSettings::IniFormat);
        gui::StoreWorker worker(m_cache);
        const QString folder = m_dir.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("spend.csv"));
        {
            gui::ExportDialog dialog(worker, settings, QStringLiteral("fr"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *dataset = dialog.findChild<QComboBox *>(QStringLiteral("dataset"));
            dataset->setFocus();
            QTest::keyClick(dataset, Qt::Key_Down); // alerts -> findings
            QTest::keyClick(dataset, Qt::Key_Down); // -> spend
            QVERIFY(dialog.path().contains(u"vigie-spend-"));
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("hint"))->text().contains(u"French"));
            auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
            file->setFocus();
            file->selectAll();
            QTest::keyClicks(file, path);
            QSignalSpy finished(&dialog, &gui::ExportDialog::exportFinished);
            QTest::keyClick(file, Qt::Key_Return);
            QVERIFY(finished.wait(20'000) || finished.size() == 1);
            QCOMPARE(finished.first().at(0).toBool(), true);
            QVERIFY(!dialog.isRunning());
            const QByteArray bytes = readAll(path);
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(bytes.contains(";412,75;EUR;")); // French dialect from the UI language
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))->text().contains(u"180"));
            grab(dialog, QStringLiteral("export-dialog-done"));
        }
        // The next dialog starts in the same folder.
        gui::ExportDialog again(worker, settings, QStringLiteral("en"));
        QCOMPARE(QFileInfo(again.path()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    }

    void aFailedExportSaysWhyAndLeavesNoFile()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("f.conf")), QSettings::IniFormat);
        gui::StoreWorker worker(m_cache);
        gui::ExportDialog dialog(worker, settings, QStringLiteral("en"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString target = QStringLiteral("/proc/vigie-gui-export.csv");
        dialog.setPath(target);
        QSignalSpy finished(&dialog, &gui::ExportDialog::exportFinished);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(finished.wait(20'000) || finished.size() == 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
        QVERIFY2(shown.contains(u"Cannot write"), qPrintable(shown));
        QVERIFY(!QFile::exists(target));
        grab(dialog, QStringLiteral("export-dialog-error"));
    }

    // The charts are the only part drawn on the GUI thread: how long that takes.
    void chartsAreImagesOfTheWindow()
    {
        auto db = store::openCache(m_cache);
        QVERIFY(db.ok());
        auto file = exporting::collectCaseFile(**db, m_fx.customerId, QStringLiteral("en"), {});
        QVERIFY(file.ok());
        QElapsedTimer timer;
        timer.start();
        const report::CaseCharts charts = report::renderCaseCharts(*file);
        const qint64 all = timer.elapsed();
        // The window draws them one per event-loop turn: the longest one is its stall.
        report::CaseCharts stepwise;
        qint64 longest = 0;
        for (int i = 0; i < report::caseChartCount(*file); ++i) {
            timer.restart();
            report::renderCaseChart(*file, i, stepwise);
            longest = std::max(longest, timer.elapsed());
        }
        qInfo("charts of one customer: %lld ms in all, the longest one %lld ms (GUI thread)", all,
              longest);
        QCOMPARE(stepwise.spend.size(), charts.spend.size());
        QCOMPARE(stepwise.alertsPerDay, charts.alertsPerDay);
        QCOMPARE(charts.alertsPerDay.size(), QSize(960, 400));
        // The larger subscription first; the small one has spend too.
        QCOMPARE(charts.spend.size(), 2);
        QCOMPARE(charts.spend.first().subscriptionId, m_fx.subscriptionId);
        // Drawn, not blank: more than the background colour.
        QSet<QRgb> colours;
        for (int y = 0; y < charts.alertsPerDay.height(); y += 7)
            for (int x = 0; x < charts.alertsPerDay.width(); x += 7)
                colours << charts.alertsPerDay.pixel(x, y);
        QVERIFY(colours.size() > 5);
        const QString dir = QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts");
        QDir().mkpath(dir);
        QVERIFY(charts.alertsPerDay.save(dir + QStringLiteral("/case-report-alerts-chart.png")));
        QVERIFY(
            charts.spend.first().image.save(dir + QStringLiteral("/case-report-spend-chart.png")));
    }

    void writesTheCaseReport()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("r.conf")), QSettings::IniFormat);
        gui::StoreWorker worker(m_cache);
        gui::CaseReportDialog dialog(worker, settings, QStringLiteral("en"));
        QSignalSpy loaded(&dialog, &gui::CaseReportDialog::customersLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(loaded.wait(10'000) || loaded.size() == 1);
        auto *customers = dialog.findChild<QComboBox *>(QStringLiteral("customer"));
        // Names, sorted; the tenant id in the tooltip.
        QCOMPARE(customers->count(), 2);
        QCOMPARE(customers->itemText(0), m_fx.companyName);
        QCOMPARE(customers->itemText(1), QStringLiteral("Fabrikam"));
        QVERIFY(customers->itemData(0, Qt::ToolTipRole).toString().contains(m_fx.customerId));
        customers->setFocus();
        QTest::keyClick(customers, Qt::Key_Down);
        QCOMPARE(dialog.customer(), m_fx.otherCustomerId);
        QTest::keyClick(customers, Qt::Key_Up);
        QCOMPARE(dialog.customer(), m_fx.customerId);
        QVERIFY(dialog.path().endsWith(u".pdf"));
        const QString pdf = m_dir.filePath(QStringLiteral("gui-case.pdf"));
        dialog.setPath(pdf);
        dialog.setChecklist({{QStringLiteral("Change credentials"), true}});
        QSignalSpy finished(&dialog, &gui::CaseReportDialog::reportFinished);
        QTest::keyClick(customers, Qt::Key_Return);
        QVERIFY(finished.wait(30'000) || finished.size() == 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        grab(dialog, QStringLiteral("case-report-dialog"));
    }
};

QTEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"
