// The window as the analyst keeps it open: the data's age ages, a language
// switch rewords what is already on screen, notifications group and open
// what they announce, and writes by another connection reach the pages.
#include "analytics/detectionservice.h"
#include "core/localization.h"
#include "gui/alertspage.h"
#include "gui/cachewatcher.h"
#include "gui/detectionspage.h"
#include "gui/findingsmodel.h"
#include "gui/mainwindow.h"
#include "gui/notifier.h"
#include "gui/rulesmodel.h"
#include "gui/syncstatus.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "sync/source.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

const QString kContoso = QStringLiteral("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8");

// A cloud that is never reached: the window needs one for its sync status.
class NoSource final : public sync::Source
{
public:
    void fetch(const sync::PageRequest &, std::function<void(Result<sync::Page>)> done) override
    {
        done(Error::make(Error::Kind::Network, QStringLiteral("offline")));
    }
    void abort() override {}
};

gui::MainWindow::Options opts(const QString &cache, int watchMs = 50)
{
    gui::MainWindow::Options o;
    o.cachePath = cache;
    o.syncIntervalMinutes = 0;
    o.watchNetwork = false;
    o.cacheWatchIntervalMs = watchMs;
    o.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
    o.cloud = [](QNetworkAccessManager &) { return std::make_unique<NoSource>(); };
    return o;
}

Alert alert(const QString &id, const QString &customer, const char *severity)
{
    Alert a;
    a.id = id;
    a.displayName = QStringLiteral("Suspicious operations %1").arg(id);
    a.status = AlertStatus::parse(QStringLiteral("active"));
    a.severity = AlertSeverity::parse(QLatin1String(severity));
    a.customerTenantId = customer;
    a.detectedDateTime = QDateTime::currentDateTimeUtc().addSecs(-600);
    return a;
}

QString customerId(int i)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'));
}

bool addCustomer(store::Database &db, const QString &id, const QString &name)
{
    auto st = db.prepare("INSERT OR REPLACE INTO customers(id, company_name, raw, synced_at) "
                         "VALUES(?1, ?2, '{}', 1)");
    return st && (*st)->bind(1, id).bind(2, name).exec().ok();
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    // "Synced just now" is worded from a clock, again and again while idle.
    void syncAgeAgesWithTheClock()
    {
        Localization loc;
        loc.apply(QStringLiteral("en"));
        sync::SyncEngine engine(
            [](QNetworkAccessManager &) { return std::make_unique<NoSource>(); });
        gui::SyncStatus status(engine);
        FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        status.setClock(clock);
        status.setAgeRefreshInterval(20);
        status.setOfflineState(clock.now().toMSecsSinceEpoch() - 5000, 0);
        QCOMPARE(status.text(), QStringLiteral("Synced just now"));
        clock.advance(14 * 60 * 1000);
        QTRY_COMPARE(status.text(), QStringLiteral("Synced 14 minutes ago"));
        clock.advance(3 * 3600 * 1000);
        QTRY_COMPARE(status.text(), QStringLiteral("Synced 3 hours ago"));
        // A newer success (a CLI sync read from the cache) resets the age.
        status.setOfflineState(clock.now().toMSecsSinceEpoch(), 0);
        QCOMPARE(status.text(), QStringLiteral("Synced just now"));
    }

    // The status bar, the findings count and the column headers switch
    // language at once, not at the next sync.
    void languageSwitchRewordsTheOpenWindow()
    {
        const QString cache = m_dir.filePath(QStringLiteral("lang.sqlite"));
        QSettings settings(m_dir.filePath(QStringLiteral("lang.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(cache, 0), settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(gui::MainWindow::Detections);
        QTRY_VERIFY(!w.detectionsPage()->isLoading());
        sync::RunResult run;
        sync::StreamProgress failed;
        failed.stream = QStringLiteral("signins:x");
        failed.state = sync::StreamProgress::State::Failed;
        run.streams << failed;
        Q_EMIT w.syncEngine()->finished(run);
        QTRY_VERIFY2(w.syncStatus()->text().contains(QStringLiteral("1 stream failed")),
                     qPrintable(w.syncStatus()->text()));
        auto *count = w.detectionsPage()->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("0 findings"));

        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Alerts);
        w.findChild<QAction *>(QStringLiteral("actionFrench"))->trigger();
        QCOMPARE(loc.language(), QStringLiteral("fr"));
        // LanguageChange is posted to the window: the next turn of the loop.
        QTRY_VERIFY2(w.syncStatus()->text().contains(QStringLiteral("flux en échec")),
                     qPrintable(w.syncStatus()->text()));
        QVERIFY2(count->text().startsWith(QStringLiteral("0 détection")),
                 qPrintable(count->text()));
        QCOMPARE(w.alertsPage()
                     ->model()
                     ->headerData(gui::AlertsModel::Severity, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Gravité"));
        QCOMPARE(w.detectionsPage()
                     ->findingsModel()
                     ->headerData(gui::FindingsModel::FirstSeen, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Première occurrence"));
        grab(w, QStringLiteral("window-alerts-fr.png"));
        w.findChild<QAction *>(QStringLiteral("actionEnglish"))->trigger();
        QTRY_VERIFY(w.syncStatus()->text().contains(QStringLiteral("1 stream failed")));
    }

    // Twelve alerts of five customers written beside the window (another
    // connection, as `vigie sync` in a terminal): one grouped notification;
    // clicking it opens the newest alert in the queue.
    void manyNewAlertsMakeOneNotificationThatOpensTheAlert()
    {
        const QString cache = m_dir.filePath(QStringLiteral("group.sqlite"));
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        QSettings settings(m_dir.filePath(QStringLiteral("group.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(cache), settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(gui::MainWindow::Overview);
        QSignalSpy polled(w.cacheWatcher(), &gui::CacheWatcher::polled);
        QTRY_VERIFY(w.cacheWatcher()->isPrimed());
        QSignalSpy notified(&w, &gui::MainWindow::notified);

        QList<Alert> alerts;
        for (int i = 0; i < 12; ++i)
            alerts << alert(QStringLiteral("alert-%1").arg(i), customerId(i % 5),
                            i < 4 ? "high" : "medium");
        QVERIFY(store::AlertRepository(**db).upsert(alerts, 1000).ok());
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 10000);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("New security alerts"));
        QCOMPARE(notified.first().at(1).toString(),
                 QStringLiteral("12 new alerts from 5 customers (4 high, 8 medium)"));

        w.notifier()->activateLast(); // what clicking the notification does
        QCOMPARE(w.currentPage(), gui::MainWindow::Alerts);
        QTRY_COMPARE(w.alertsPage()->currentAlertId(), QStringLiteral("alert-11"));
        QAbstractItemModelTester tester(w.alertsPage()->model());

        // Nothing more to say on the next polls.
        polled.clear();
        QTRY_VERIFY(polled.size() >= 3);
        QCOMPARE(notified.size(), 1);
    }

    // One new finding announced by its customer's name opens on the
    // Detections page, even when the queue is filtered to another customer.
    void aNewFindingOpensOnTheDetectionsPage()
    {
        const QString cache = m_dir.filePath(QStringLiteral("finding.sqlite"));
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        QVERIFY(addCustomer(**db, kContoso, QStringLiteral("Contoso")));
        QSettings settings(m_dir.filePath(QStringLiteral("finding.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(cache), settings, loc);
        w.show();
        QTRY_VERIFY(w.cacheWatcher()->isPrimed());
        QSignalSpy notified(&w, &gui::MainWindow::notified);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto st = (*db)->prepare(
            "INSERT INTO findings(rule_id, customer_id, subject, bucket_start, severity, state, "
            "first_seen, last_seen, count, updated_at) VALUES('C4', ?1, 'tenant', ?2, 'high', "
            "'new', ?2, ?2, 12, ?2)");
        QVERIFY(st.ok());
        QVERIFY((*st)->bind(1, kContoso).bind(2, now).exec().ok());
        const qint64 findingId = (*db)->lastInsertRowId();
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 10000);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("New detection finding"));
        QVERIFY2(
            notified.first().at(1).toString().startsWith(QStringLiteral("High · Contoso · C4")),
            qPrintable(notified.first().at(1).toString()));
        w.notifier()->activateLast();
        QCOMPARE(w.currentPage(), gui::MainWindow::Detections);
        QTRY_COMPARE(w.detectionsPage()->selectedFindingId(), findingId);
    }

    // What the notification says, and when it says nothing.
    void composeGroupsAndFilters()
    {
        Localization loc;
        loc.apply(QStringLiteral("en"));
        using K = store::NewItem::Kind;
        store::NewItems items;
        items.items << store::NewItem{K::Alert,
                                      QStringLiteral("a1"),
                                      QStringLiteral("medium"),
                                      QStringLiteral("c1"),
                                      QStringLiteral("Contoso"),
                                      QStringLiteral("Mining")}
                    << store::NewItem{K::Finding,
                                      QStringLiteral("7"),
                                      QStringLiteral("high"),
                                      QStringLiteral("c2"),
                                      QStringLiteral("Fabrikam"),
                                      QStringLiteral("A1 · admin@fabrikam.com")};
        const auto nothingShown = [](K) { return false; };
        auto m = gui::Notifier::compose(items, QStringLiteral("all"), nothingShown);
        QCOMPARE(m.title, QStringLiteral("New alerts and findings"));
        QCOMPARE(m.body, QStringLiteral("1 new alert from 1 customer (0 high, 1 medium); "
                                        "1 new finding from 1 customer (1 high, 0 medium)"));
        QCOMPARE(m.target.kind, gui::Notifier::Target::Kind::Alert);
        // "high" leaves the medium alert out: one finding, opened as such.
        m = gui::Notifier::compose(items, QStringLiteral("high"), nothingShown);
        QCOMPARE(m.title, QStringLiteral("New detection finding"));
        QCOMPARE(m.target.kind, gui::Notifier::Target::Kind::Finding);
        QCOMPARE(m.target.id, QStringLiteral("7"));
        // The analyst is looking at the alerts queue: only the finding.
        m = gui::Notifier::compose(items, QStringLiteral("all"), [](K k) { return k == K::Alert; });
        QCOMPARE(m.title, QStringLiteral("New detection finding"));
        QVERIFY(gui::Notifier::compose(items, QStringLiteral("none"), nothingShown).isEmpty());
        QVERIFY(
            gui::Notifier::compose(items, QStringLiteral("all"), [](K) { return true; }).isEmpty());
    }

    // A sync written by another process: the status bar reads it from the
    // cache within a couple of seconds.
    void syncStateWrittenBesideTheWindowIsShown()
    {
        const QString cache = m_dir.filePath(QStringLiteral("state.sqlite"));
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        QSettings settings(m_dir.filePath(QStringLiteral("state.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(cache), settings, loc);
        w.show();
        QTRY_VERIFY(w.cacheWatcher()->isPrimed());
        QTRY_COMPARE(w.syncStatus()->text(), QStringLiteral("Not synced yet"));
        QVERIFY(store::SyncStateRepository(**db)
                    .recordRun(true, false, QString(), QDateTime::currentMSecsSinceEpoch())
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.syncStatus()->text(), QStringLiteral("Synced just now"), 5000);
    }

    // The rule catalog: A2 before A10, kinds in words, and the Enabled
    // column for every customer when none is chosen.
    void ruleCatalogOrderAndEnabledAcrossCustomers()
    {
        Localization loc;
        loc.apply(QStringLiteral("en"));
        QCOMPARE(gui::RulesModel::kindLabel(QStringLiteral("baseline-delta")),
                 QStringLiteral("baseline change"));
        QVERIFY(gui::RulesModel::naturalKey(QStringLiteral("A2")) <
                gui::RulesModel::naturalKey(QStringLiteral("A10")));
        QVERIFY(gui::RulesModel::naturalKey(QStringLiteral("A10")) <
                gui::RulesModel::naturalKey(QStringLiteral("B1")));
        gui::RulesModel model;
        QAbstractItemModelTester tester(&model);
        QList<gui::RuleRow> rows;
        for (const auto &[id, on] : QList<QPair<QString, int>>{{QStringLiteral("A10"), 3},
                                                               {QStringLiteral("A2"), 0},
                                                               {QStringLiteral("A1"), 2}}) {
            gui::RuleRow r;
            r.id = id;
            r.kind = QStringLiteral("threshold");
            r.customers = 3;
            r.enabledCustomers = on;
            rows << r;
        }
        model.setRows(rows, false);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(gui::RulesModel::SortRole);
        proxy.sort(gui::RulesModel::Id);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, gui::RulesModel::Id).data().toString();
        QCOMPARE(order,
                 (QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A10")}));
        const auto enabled = [&](int row) {
            return proxy.index(row, gui::RulesModel::Enabled).data().toString();
        };
        QCOMPARE(enabled(0), QStringLiteral("mixed (2 of 3)"));
        QCOMPARE(enabled(1), QStringLiteral("disabled"));
        QCOMPARE(enabled(2), QStringLiteral("enabled"));
        QCOMPARE(proxy.index(0, gui::RulesModel::Kind).data().toString(),
                 QStringLiteral("threshold"));
    }

private:
    void grab(QWidget &w, const QString &name)
    {
        const QString dir = QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts");
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + u'/' + name));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
