#include "analytics/detectionservice.h"
#include "app/democloud.h"
#include "app/services.h"
#include "core/localization.h"
#include "gui/alertspage.h"
#include "gui/detectionspage.h"
#include "gui/mainwindow.h"
#include "gui/syncstatus.h"
#include "sqlvalue.h"
#include "store/cache.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

// The demo is an honest end-to-end run: simulator on loopback, device-code
// sign-in, sync through net + sync into a real cache, status and notification.
class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoSignsInAndSyncsTheWorld()
    {
        QTemporaryDir dir;
        app::DemoCloud cloud(dir.path());
        QVERIFY2(cloud.start(), qPrintable(cloud.error()));
        QVERIFY(cloud.endpoints().graph.host() == u"127.0.0.1");

        bool signedIn = false;
        QString error;
        cloud.signIn([&](Status s) {
            signedIn = s.ok();
            error = s.ok() ? QString() : s.error().message;
        });
        QTRY_VERIFY2_WITH_TIMEOUT(signedIn || !error.isEmpty(), "sign-in never finished", 20000);
        QVERIFY2(signedIn, qPrintable(error));
        QFile tokens(cloud.tokenFile());
        QVERIFY(tokens.exists());
        QCOMPARE(tokens.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        QSettings settings(dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("sync/days"), 30);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow::Options options;
        options.demo = true;
        options.cachePath = dir.filePath(QStringLiteral("demo.sqlite"));
        // Wired as guiapp.cpp wires the demo.
        const std::unique_ptr<app::Services> services = cloud.services();
        options.cloud = services->sourceFactory();
        options.account = &services->account();
        options.syncIntervalMinutes = 0;
        options.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
        {
            auto db = store::openCache(options.cachePath);
            QVERIFY(db.ok());
            QVERIFY(cloud.applyCustomerSettings(**db).ok());
        }
        QVERIFY(!cloud.scenarioCustomers().isEmpty());
        gui::MainWindow window(options, settings, loc);
        window.show();
        QSignalSpy finished(&window, &gui::MainWindow::syncFinished);
        sync::RunResult run;
        connect(window.syncEngine(), &sync::SyncEngine::finished, this,
                [&run](const sync::RunResult &r) { run = r; });
        QSignalSpy notified(&window, &gui::MainWindow::notified);
        QVERIFY(window.startSync());
        QVERIFY(!window.startSync()); // one run at a time
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 240000);
        QVERIFY2(window.syncStatus()->text().contains(QStringLiteral("Synced")),
                 qPrintable(window.syncStatus()->text()));
        QCOMPARE(notified.count(), 1); // the world has new high/medium alerts
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("high")));

        // Every page on the demo world, in both languages, at 1280×800: the
        // look, for review (test-artifacts/demo-<lang>-<page>.png).
        window.resize(1280, 800);
        const QString artefacts = QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts");
        QDir().mkpath(artefacts);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
            loc.apply(lang);
            for (int p = 0; p < gui::MainWindow::PageCount; ++p) {
                window.showPage(gui::MainWindow::Page(p));
                if (p == gui::MainWindow::Detections)
                    QTRY_VERIFY(!window.detectionsPage()->isLoading());
                if (p == gui::MainWindow::Alerts)
                    QTRY_VERIFY(window.alertsPage()->model()->rowCount() > 0);
                QTest::qWait(200); // queued reloads and the detail pane
                const QString file =
                    QStringLiteral("%1/demo-%2-%3.png").arg(artefacts, lang).arg(p);
                QVERIFY2(window.grab().save(file), qPrintable(file));
            }
        }
        // One dark look (French still applied): the pages with charts, whose
        // series colours follow the palette (gui/charts/chartpalette.h).
        QPalette dark = window.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        for (QPalette::ColorRole role :
             {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            dark.setColor(role, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        const QPalette light = window.palette();
        window.setPalette(dark);
        for (gui::MainWindow::Page p : {gui::MainWindow::Overview, gui::MainWindow::Spend}) {
            window.showPage(p);
            QTest::qWait(200);
            const QString file =
                QStringLiteral("%1/demo-fr-%2-dark.png").arg(artefacts).arg(int(p));
            QVERIFY2(window.grab().save(file), qPrintable(file));
        }
        window.setPalette(light);
        loc.apply(QStringLiteral("en"));

        auto db = store::openCache(options.cachePath);
        QVERIFY(db.ok());
        QCOMPARE(sqlValue((*db)->queryInt("SELECT count(*) FROM customers")), qint64(40));
        QVERIFY(sqlValue((*db)->queryInt("SELECT count(*) FROM alerts")) > 0);
        QVERIFY(sqlValue((*db)->queryInt("SELECT count(*) FROM spend_daily")) > 0);
        QVERIFY(sqlValue((*db)->queryInt("SELECT count(*) FROM signins")) > 0);
        QVERIFY(sqlValue((*db)->queryInt("SELECT count(*) FROM audits")) > 0);
        QCOMPARE(sqlValue((*db)->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        // The protocol column (what A7 reads) is the synced event's field;
        // the world's ROPC cases have one.
        QCOMPARE(sqlValue((*db)->queryInt(
                     "SELECT count(*) FROM signins WHERE coalesce(auth_protocol, '') <> "
                     "coalesce(json_extract(raw_json(raw), '$.authenticationProtocol'), '')")),
                 qint64(0));
        QVERIFY(sqlValue((*db)->queryInt(
                    "SELECT count(*) FROM signins WHERE auth_protocol='ropc'")) > 0);
        // Detection ran at ingest: the world's injected cases fire, tuned background stays silent.
        QVERIFY(sqlValue((*db)->queryInt("SELECT count(*) FROM findings")) > 0);
        auto q = (*db)->prepare("SELECT DISTINCT customer_id FROM findings");
        QVERIFY(q.ok());
        while ((*q)->step() == store::Statement::Step::Row) {
            const QString customer = (*q)->text(0);
            QVERIFY2(cloud.scenarioCustomers().contains(customer, Qt::CaseInsensitive),
                     qPrintable(customer));
        }
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
