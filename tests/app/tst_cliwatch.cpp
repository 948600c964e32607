// Regression (#18, #21): a `vigie sync` run in a terminal beside the open
// dashboard left it saying "Not synced yet" with an empty queue until a
// restart. The real `vigie` binary writes the cache against vigie-sim while
// the window (in this process, offscreen) is open on it.
#include "analytics/detectionservice.h"
#include "core/localization.h"
#include "gui/alertspage.h"
#include "gui/cachewatcher.h"
#include "gui/detectionspage.h"
#include "gui/findingsmodel.h"
#include "gui/mainwindow.h"
#include "gui/syncstatus.h"
#include "simprocess.h"
#include "sqlvalue.h"
#include "store/cache.h"
#include "store/database.h"
#include "sync/source.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

class NoSource final : public sync::Source
{
public:
    void fetch(const sync::PageRequest &, std::function<void(Result<sync::Page>)> done) override
    {
        done(Error::make(Error::Kind::Network, QStringLiteral("the window does not sync here")));
    }
    void abort() override {}
};

} // namespace

class TestCliWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theWindowNoticesWhatTheCliWrote()
    {
        QTemporaryDir home;
        testing::SimProcess sim;
        QString why;
        QVERIFY2(sim.start({QStringLiteral("--seed"), QStringLiteral("7"),
                            QStringLiteral("--customers"), QStringLiteral("2"),
                            QStringLiteral("--signins-per-tenant"), QStringLiteral("300")},
                           &why),
                 qPrintable(why));
        const QProcessEnvironment env = sim.vigieEnvironment(home.path());
        QCOMPARE(
            testing::runVigie(env, {QStringLiteral("login"), QStringLiteral("--device-code")}).code,
            0);
        const QString cache = home.filePath(QStringLiteral("vigie.sqlite"));
        {
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
        }

        QSettings settings(home.filePath(QStringLiteral("window.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow::Options o;
        o.cachePath = cache;
        o.syncIntervalMinutes = 0;
        o.watchNetwork = false;
        o.cacheWatchIntervalMs = 200;
        o.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
        o.cloud = [](QNetworkAccessManager &) { return std::make_unique<NoSource>(); };
        gui::MainWindow w(o, settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(gui::MainWindow::Alerts);
        QTRY_VERIFY(w.cacheWatcher()->isPrimed());
        QTRY_COMPARE(w.syncStatus()->text(), QStringLiteral("Not synced yet"));
        QCOMPARE(w.alertsPage()->model()->rowCount(), 0);
        QSignalSpy changed(w.cacheWatcher(), &gui::CacheWatcher::changed);
        QSignalSpy notified(&w, &gui::MainWindow::notified);

        const testing::ProcessRun run =
            testing::runVigie(env, {QStringLiteral("sync"), QStringLiteral("--cache"), cache,
                                    QStringLiteral("--days"), QStringLiteral("30")});
        QVERIFY2(run.code == 0, run.err.constData());

        // Within a couple of seconds, no restart: the age of the data, the
        // queue, and a notification for the new high and medium alerts.
        QTRY_VERIFY_WITH_TIMEOUT(w.syncStatus()->text() == QStringLiteral("Synced just now"), 3000);
        QVERIFY(!changed.isEmpty());
        QStringList tables;
        for (const auto &args : std::as_const(changed))
            tables << args.first().toStringList();
        QVERIFY2(tables.contains(QStringLiteral("alerts")) &&
                     tables.contains(QStringLiteral("sync_state")),
                 qPrintable(tables.join(u',')));
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        const qint64 queued = sqlValue((*db)->queryInt(
            "SELECT count(*) FROM alerts WHERE is_test = 0 AND status IN ('active', "
            "'investigating')"));
        QVERIFY(queued > 0);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(w.alertsPage()->model()->rowCount()), queued, 3000);
        const qint64 toAnnounce = sqlValue((*db)->queryInt(
            "SELECT count(*) FROM alerts WHERE is_test = 0 AND status <> 'resolved' AND "
            "severity IN ('high', 'medium')"));
        if (toAnnounce > 0) {
            QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 3000);
            QVERIFY2(notified.first().at(1).toString().contains(QStringLiteral("new alert")),
                     qPrintable(notified.first().at(1).toString()));
        }

        // A second run brings nothing new: the window refreshes, says nothing.
        QCOMPARE(testing::runVigie(env, {QStringLiteral("sync"), QStringLiteral("--cache"), cache,
                                         QStringLiteral("--days"), QStringLiteral("30")})
                     .code,
                 0);
        QTest::qWait(1000);
        QCOMPARE(notified.size(), toAnnounce > 0 ? 1 : 0);
    }
};

QTEST_MAIN(TestCliWatch)
#include "tst_cliwatch.moc"
