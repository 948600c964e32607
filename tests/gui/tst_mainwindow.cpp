#include "analytics/detectionservice.h"
#include "core/localization.h"
#include "core/logevents.h"
#include "gui/alertspage.h"
#include "gui/detectionspage.h"
#include "gui/findingsmodel.h"
#include "gui/importdialog.h"
#include "gui/mainwindow.h"
#include "net/parsers.h"
#include "sqlvalue.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/database.h"
#include "sync/source.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vigie;

namespace {
gui::MainWindow::Options opts(bool demo, const QString &cache)
{
    gui::MainWindow::Options o;
    o.demo = demo;
    o.cachePath = cache;
    o.syncIntervalMinutes = 0;
    o.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
    // No cloud and no account here: nothing reaches a network or the keychain.
    return o;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QString kTenant = QStringLiteral("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8");

// JSON Lines of directory audits: a Conditional Access policy added by an
// actor nobody approved (I1 fires, unconfigured) and a harmless read.
QByteArray auditLines(const QDateTime &t)
{
    QByteArray out;
    const QList<QPair<QString, QString>> events{
        {QStringLiteral("Add conditional access policy"), QStringLiteral("ops@contoso.com")},
        {QStringLiteral("Get user"), QStringLiteral("reader@contoso.com")}};
    int i = 0;
    for (const auto &[activity, actor] : events) {
        const QJsonObject e{
            {QStringLiteral("id"), QStringLiteral("Directory_import-e2e-%1").arg(++i)},
            {QStringLiteral("tenantId"), kTenant},
            {QStringLiteral("category"), QStringLiteral("Policy")},
            {QStringLiteral("correlationId"),
             QStringLiteral("da159bfb-54fa-4092-8a38-6e1fa787%1").arg(i, 4, 10, QChar(u'0'))},
            {QStringLiteral("result"), QStringLiteral("success")},
            {QStringLiteral("activityDisplayName"), activity},
            {QStringLiteral("activityDateTime"), t.addSecs(i).toString(Qt::ISODateWithMs)},
            {QStringLiteral("loggedByService"), QStringLiteral("Core Directory")},
            {QStringLiteral("initiatedBy"),
             QJsonObject{{QStringLiteral("user"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("oid-%1").arg(i)},
                                      {QStringLiteral("userPrincipalName"), actor}}}}},
            {QStringLiteral("targetResources"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("policy-1")},
                                    {QStringLiteral("type"), QStringLiteral("Policy")}}}}};
        out += QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

// A Graph signIns page: 12 wrong-password failures from one address on the
// B2C sign-in app within a few minutes (C4: 10 in 15 minutes).
QByteArray signInPage(const QDateTime &t)
{
    QJsonArray value;
    for (int i = 0; i < 12; ++i) {
        value.append(QJsonObject{
            {QStringLiteral("id"),
             QStringLiteral("0000aaaa-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'))},
            {QStringLiteral("createdDateTime"), t.addSecs(i * 20).toString(Qt::ISODateWithMs)},
            {QStringLiteral("userPrincipalName"), QStringLiteral("user%1@contoso.com").arg(i)},
            {QStringLiteral("userId"),
             QStringLiteral("26be570a-ae82-4189-b4e2-a37c68085%1").arg(i, 3, 10, QChar(u'0'))},
            {QStringLiteral("appId"), QStringLiteral("de8bc8b5-d9f9-48b1-a8ad-b748da725064")},
            {QStringLiteral("appDisplayName"), QStringLiteral("ProxyIdentityExperienceFramework")},
            {QStringLiteral("ipAddress"), QStringLiteral("198.51.100.23")},
            {QStringLiteral("resourceTenantId"), kTenant},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("errorCode"), 50126}}},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("countryOrRegion"), QStringLiteral("FR")}}}});
    }
    const QJsonObject page{
        {QStringLiteral("@odata.context"),
         QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns")},
        {QStringLiteral("value"), value}};
    return QJsonDocument(page).toJson();
}
// A partner cloud of one customer (kTenant): a new high and a new medium
// alert, and the sign-ins of signInPage() (C4 fires on them).
class OneTenantSource final : public sync::Source
{
public:
    explicit OneTenantSource(QDateTime t) : m_t(std::move(t)) {}

    void fetch(const sync::PageRequest &r, std::function<void(Result<sync::Page>)> done) override
    {
        sync::Page p;
        switch (r.kind) {
        case sync::RequestKind::Customers:
            if (auto c = net::parseCustomer(QJsonObject{
                    {QStringLiteral("id"), kTenant},
                    {QStringLiteral("companyProfile"),
                     QJsonObject{{QStringLiteral("companyName"), QStringLiteral("Contoso")}}}}))
                p.customers << *c;
            break;
        case sync::RequestKind::Alerts:
            for (const QJsonObject &o :
                 {alert(QStringLiteral("alert-high"), QStringLiteral("high")),
                  alert(QStringLiteral("alert-medium"), QStringLiteral("medium"))})
                if (auto a = net::parseAlert(o))
                    p.alerts << *a;
            break;
        case sync::RequestKind::SignIns:
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(signInPage(m_t)).object().value(u"value").toArray())
                if (auto e = signInFromJson(v.toObject(), r.customerId))
                    p.signIns << *e;
            break;
        default: // no resellers, subscriptions, audits or spend
            break;
        }
        QTimer::singleShot(0, [done = std::move(done), p] { done(p); });
    }
    void abort() override {}

private:
    QJsonObject alert(const QString &id, const QString &severity) const
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("displayName"), id},
                           {QStringLiteral("status"), QStringLiteral("active")},
                           {QStringLiteral("severity"), severity},
                           {QStringLiteral("customerTenantId"), kTenant},
                           {QStringLiteral("detectedDateTime"), m_t.toString(Qt::ISODateWithMs)}};
    }

    QDateTime m_t;
};

sync::SourceFactory oneTenantCloud(const QDateTime &t)
{
    return [t](QNetworkAccessManager &) { return std::make_unique<OneTenantSource>(t); };
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void opensWithAllPages()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(false, m_dir.filePath(QStringLiteral("x.sqlite"))), settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), int(gui::MainWindow::PageCount));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Overview"));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisible());
        // Keyboard: Ctrl+4 goes to Detections.
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Detections);
    }

    void demoShowsBanner()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(true, m_dir.filePath(QStringLiteral("x.sqlite"))), settings, loc);
        w.show();
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisible());
        QVERIFY(w.windowTitle().contains(QStringLiteral("demo")));
    }

    void languageSwitchChangesVisibleTextsAndPersists()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(false, m_dir.filePath(QStringLiteral("x.sqlite"))), settings, loc);
        w.show();
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        w.showPage(gui::MainWindow::Spend);
        const QString englishMenu = w.menuBar()->actions().first()->text();
        w.findChild<QAction *>(QStringLiteral("actionFrench"))->trigger();
        QCOMPARE(loc.language(), QStringLiteral("fr"));
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Vue d’ensemble"));
        QVERIFY(w.menuBar()->actions().first()->text() != englishMenu);
        QCOMPARE(w.currentPage(), gui::MainWindow::Spend); // switching language keeps the page
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        w.findChild<QAction *>(QStringLiteral("actionEnglish"))->trigger();
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Overview"));
    }

    void fileImportRunsDetectionAndShowsTheFindings()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString audits = m_dir.filePath(QStringLiteral("e2e-audits.jsonl"));
        const QString signIns = m_dir.filePath(QStringLiteral("e2e-signins.json"));
        QVERIFY(writeFile(audits, auditLines(t)));
        QVERIFY(writeFile(signIns, signInPage(t)));
        QSettings settings(m_dir.filePath(QStringLiteral("e.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        auto o = opts(false, m_dir.filePath(QStringLiteral("import-e2e.sqlite")));
        int picked = 0;
        o.pickImportFiles = [&](QWidget *) {
            ++picked;
            return QStringList{audits, signIns};
        };
        gui::MainWindow w(o, settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(gui::MainWindow::Detections);
        gui::DetectionsPage *page = w.detectionsPage();
        QVERIFY(page);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->findingsModel()->rowCount(), 0);

        QSignalSpy imported(&w, &gui::MainWindow::logsImported);
        QSignalSpy refreshed(page, &gui::DetectionsPage::refreshed);
        // File › Import, as the menu does it (Ctrl+I).
        QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(picked, 1);
        auto *dialog = w.findChild<gui::ImportDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QCOMPARE(imported.first().first().toLongLong(), qint64(2));
        QVERIFY2(dialog->summaryText().contains(u"2 taken"), qPrintable(dialog->summaryText()));
        QVERIFY2(dialog->summaryText().contains(u"12 taken"), qPrintable(dialog->summaryText()));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !page->isLoading(), 10000);

        const gui::FindingsModel *model = page->findingsModel();
        QCOMPARE(model->rowCount(), 2);
        QHash<QString, const Finding *> byRule;
        for (int r = 0; r < model->rowCount(); ++r)
            byRule.insert(model->findingAt(r)->ruleId, model->findingAt(r));
        QVERIFY2(byRule.contains(QStringLiteral("I1")) && byRule.contains(QStringLiteral("C4")),
                 qPrintable(QStringList(byRule.keys()).join(u',')));
        const Finding *i1 = byRule.value(QStringLiteral("I1"));
        QCOMPARE(i1->subject, QStringLiteral("ops@contoso.com"));
        QCOMPARE(i1->customerId.toLower(), kTenant);
        QVERIFY(i1->unconfigured);
        QCOMPARE(i1->state.value(), FindingState::Enum::New);
        const Finding *c4 = byRule.value(QStringLiteral("C4"));
        QCOMPARE(c4->subject, QStringLiteral("198.51.100.23"));
        QCOMPARE(c4->count, 12);

        // Close the summary (the dialog goes away), then import the same
        // files again: no event, no finding added.
        QPointer<gui::ImportDialog> first(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(first.isNull());
        w.activateWindow(); // the offscreen platform does not give it back by itself
        QVERIFY(QTest::qWaitForWindowActive(&w));
        imported.clear();
        QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(picked, 2);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QCOMPARE(imported.first().first().toLongLong(), qint64(0));
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->findingsModel()->rowCount(), 2);
    }

    void closingTheImportWhileItRunsStillDetectsWhatWasImported()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString audits = m_dir.filePath(QStringLiteral("close-audits.jsonl"));
        const QString signIns = m_dir.filePath(QStringLiteral("close-signins.json"));
        QVERIFY(writeFile(audits, auditLines(t)));
        QVERIFY(writeFile(signIns, signInPage(t)));
        const QString cache = m_dir.filePath(QStringLiteral("import-close.sqlite"));
        QSettings settings(m_dir.filePath(QStringLiteral("f.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        auto o = opts(false, cache);
        o.pickImportFiles = [&](QWidget *) { return QStringList{audits, signIns}; };
        gui::MainWindow w(o, settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(gui::MainWindow::Detections);
        gui::DetectionsPage *page = w.detectionsPage();
        QTRY_VERIFY(!page->isLoading());

        // Another writer holds the cache: the import waits inside the first file.
        auto other = store::openCache(cache);
        QVERIFY(other.ok());
        QVERIFY((*other)->exec("BEGIN IMMEDIATE").ok());
        QSignalSpy imported(&w, &gui::MainWindow::logsImported);
        QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier);
        QPointer<gui::ImportDialog> dialog(w.findChild<gui::ImportDialog *>());
        QVERIFY(dialog && dialog->isRunning());
        QTest::qWait(1000); // let the worker reach the first file
        // The analyst closes the window: the current file finishes, the next is skipped.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        QVERIFY((*other)->exec("COMMIT").ok());

        // What was imported still goes through detection and shows up.
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QCOMPARE(imported.first().first().toLongLong(), qint64(1));
        QTRY_VERIFY(!page->isLoading());
        QTRY_COMPARE(page->findingsModel()->rowCount(), 1);
        QCOMPARE(page->findingsModel()->findingAt(0)->ruleId, QStringLiteral("I1"));
        QCOMPARE(sqlValue((*other)->queryInt("SELECT count(*) FROM signins")),
                 qint64(0));          // skipped
        QTRY_VERIFY(dialog.isNull()); // and the dialog is gone
    }

    // The sync worker's dataChanged brings the new findings to the Detections
    // page (the window does not re-query after the run) and the new alerts to
    // the desktop notification.
    void syncReachesTheDetectionsPageAndTheNotification()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QSettings settings(m_dir.filePath(QStringLiteral("g.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        auto o = opts(false, m_dir.filePath(QStringLiteral("sync-e2e.sqlite")));
        o.cloud = oneTenantCloud(t);
        gui::MainWindow w(o, settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(gui::MainWindow::Detections);
        gui::DetectionsPage *page = w.detectionsPage();
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->findingsModel()->rowCount(), 0);

        QSet<QString> tables;
        connect(w.syncEngine(), &sync::SyncEngine::dataChanged, this,
                [&tables](const QStringList &t) {
                    for (const QString &name : t)
                        tables.insert(name);
                });
        QSignalSpy notified(&w, &gui::MainWindow::notified);
        QSignalSpy finished(&w, &gui::MainWindow::syncFinished);
        QVERIFY(w.startSync());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(tables.contains(QStringLiteral("findings")) &&
                     tables.contains(QStringLiteral("alerts")),
                 qPrintable(QStringList(tables.begin(), tables.end()).join(u',')));

        QCOMPARE(notified.size(), 1);
        // Grouped: one notification for the run (the C4 finding is on the
        // page the analyst looks at, so only when the window is not active).
        QVERIFY2(notified.first().at(1).toString().startsWith(
                     QStringLiteral("2 new alerts from 1 customer (1 high, 1 medium)")),
                 qPrintable(notified.first().at(1).toString()));
        QTRY_VERIFY(!page->isLoading());
        QTRY_COMPARE(page->findingsModel()->rowCount(), 1);
        QCOMPARE(page->findingsModel()->findingAt(0)->ruleId, QStringLiteral("C4"));

        // The same cloud again: nothing new, so no notification.
        QVERIFY(w.startSync());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(page->findingsModel()->rowCount(), 1);
    }

    // The analyst's path: a sync brings alerts, Ctrl+2 opens the queue, F on
    // the selected alert queues the resolution in the outbox (action layer).
    void alertsQueueResolvesFromTheKeyboardIntoTheOutbox()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QSettings settings(m_dir.filePath(QStringLiteral("q.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        const QString cache = m_dir.filePath(QStringLiteral("queue-e2e.sqlite"));
        auto o = opts(false, cache);
        o.cloud = oneTenantCloud(t);
        gui::MainWindow w(o, settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(&w, &gui::MainWindow::syncFinished);
        QVERIFY(w.startSync());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Alerts);
        gui::AlertsPage *page = w.alertsPage();
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        auto *table = page->findChild<QTableView *>(QStringLiteral("table"));
        table->setFocus();
        table->selectRow(0);
        const QString id = page->model()->rowAt(0)->id;
        QTest::keyClick(table, Qt::Key_F);
        QTRY_VERIFY(page->model()->rowAt(page->model()->rowOf(id)) &&
                    page->model()->rowAt(page->model()->rowOf(id))->pendingAction ==
                        QStringLiteral("queued"));
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        QCOMPARE(sqlValue((*db)->queryText(
                     "SELECT target_id || '/' || json_extract(payload, '$.resolvedReason') FROM "
                     "outbox")),
                 id + QStringLiteral("/fraud"));
        const QString dir = QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts");
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + QStringLiteral("/window-alerts.png")));
    }

    // Each new alert is announced once, whoever wrote it: what was in the
    // cache when the window opened is not news, a run that brought nothing
    // says nothing, and an alert another connection wrote is announced at
    // the next check, by its customer's name, then never again.
    void newAlertsAreAnnouncedOnce()
    {
        const QString cache = m_dir.filePath(QStringLiteral("notify-once.sqlite"));
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        const auto alert = [](const QString &id, const char *severity) {
            Alert a;
            a.id = id;
            a.displayName = QStringLiteral("Crypto mining on %1").arg(id);
            a.status = AlertStatus::parse(QStringLiteral("active"));
            a.severity = AlertSeverity::parse(QLatin1String(severity));
            a.customerTenantId = kTenant;
            return a;
        };
        QVERIFY(
            store::AlertRepository(**db).upsert({alert(QStringLiteral("old"), "high")}, 5000).ok());
        QVERIFY((*db)
                    ->exec("INSERT INTO customers(id, company_name, raw, synced_at) VALUES('" +
                           kTenant.toUtf8() + "', 'Contoso', '{}', 1)")
                    .ok());
        QSettings settings(m_dir.filePath(QStringLiteral("h.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        auto o = opts(false, cache);
        o.cloud = oneTenantCloud(QDateTime::currentDateTimeUtc());
        o.cacheWatchIntervalMs = 0; // the checks below come from the run's end only
        gui::MainWindow w(o, settings, loc);
        sync::SyncEngine *engine = w.syncEngine();
        QVERIFY(engine);
        QSignalSpy notified(&w, &gui::MainWindow::notified);
        QSignalSpy finished(&w, &gui::MainWindow::syncFinished);

        Q_EMIT engine->finished(sync::RunResult{});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(notified.size(), 0); // "old" was there before the window

        QVERIFY(
            store::AlertRepository(**db).upsert({alert(QStringLiteral("new"), "high")}, 9000).ok());
        Q_EMIT engine->finished(sync::RunResult{});
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("New security alert"));
        QCOMPARE(notified.first().at(1).toString(),
                 QStringLiteral("High · Contoso · Crypto mining on new"));
        // Shown in the status bar, and re-rendered there by a language switch.
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("High · Contoso · Crypto mining on new"));
        w.findChild<QAction *>(QStringLiteral("actionFrench"))->trigger();
        const QString french = gui::AlertsModel::severityLabel(QStringLiteral("high"));
        QVERIFY(french != QStringLiteral("High"));
        QTRY_COMPARE(w.statusBar()->currentMessage(),
                     french + QStringLiteral(" · Contoso · Crypto mining on new"));
        w.findChild<QAction *>(QStringLiteral("actionEnglish"))->trigger();
        QTRY_COMPARE(w.statusBar()->currentMessage(),
                     QStringLiteral("High · Contoso · Crypto mining on new"));

        Q_EMIT engine->finished(sync::RunResult{});
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(notified.size(), 1);

        // The level setting, read at notify time: "none" says nothing.
        settings.setValue(QStringLiteral("notifications/level"), QStringLiteral("none"));
        QVERIFY(store::AlertRepository(**db)
                    .upsert({alert(QStringLiteral("third"), "high")}, 9500)
                    .ok());
        Q_EMIT engine->finished(sync::RunResult{});
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(notified.size(), 1);
    }

    void windowStateIsRemembered()
    {
        const QString conf = m_dir.filePath(QStringLiteral("d.conf"));
        Localization loc;
        loc.apply(QStringLiteral("en"));
        {
            QSettings settings(conf, QSettings::IniFormat);
            gui::MainWindow w(opts(false, QString()), settings, loc);
            w.show();
            w.resize(900, 640);
            w.showPage(gui::MainWindow::Customers);
            w.close();
        }
        QSettings settings(conf, QSettings::IniFormat);
        gui::MainWindow w(opts(false, QString()), settings, loc);
        w.show();
        QCOMPARE(w.currentPage(), gui::MainWindow::Customers);
        QCOMPARE(w.size(), QSize(900, 640));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
