// The window on a 1280×800 screen, in English and French, as the analyst
// first sees it: the page list as wide as its labels, the first-run geometry,
// the language in use in Settings, titles that follow a dark palette, the
// Activity table without a sideways scroll, names instead of GUIDs
// (subscriptions, users) and French plurals without "(s)". Pages are grabbed
// to PNG under the build's test-artifacts/.
#include "analytics/detectionservice.h"
#include "core/localization.h"
#include "gui/activitypage.h"
#include "gui/alertsmodel.h"
#include "gui/alertspage.h"
#include "gui/charts/alertcontextcharts.h"
#include "gui/charts/chartview.h"
#include "gui/defaultgeometry.h"
#include "gui/detectionspage.h"
#include "gui/findingsmodel.h"
#include "gui/mainwindow.h"
#include "gui/navigationfit.h"
#include "gui/notifier.h"
#include "gui/settingspage.h"
#include "store/activitylog.h"
#include "store/alertqueue.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/changeprobe.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "sync/source.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

using namespace vigie;

namespace {

const QString kContoso = QStringLiteral("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8");
const QString kAzureSub = QStringLiteral("9b0e6a51-7c1d-4e2f-8a3b-5c6d7e8f9012");
const QString kUnknownSub = QStringLiteral("0d4c2b1a-9e8f-4a7b-b6c5-d4e3f2a1b0c9");
const QString kAdminId = QStringLiteral("7e1f2a3b-4c5d-4e6f-9a0b-1c2d3e4f5a6b");
const QString kStrangerId = QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");

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

gui::MainWindow::Options opts(const QString &cache)
{
    gui::MainWindow::Options o;
    o.cachePath = cache;
    o.syncIntervalMinutes = 0;
    o.watchNetwork = false;
    o.cacheWatchIntervalMs = 0;
    o.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
    o.cloud = [](QNetworkAccessManager &) { return std::make_unique<NoSource>(); };
    return o;
}

void grab(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts");
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x20, 0x22), text(0xf0, 0xf0, 0xf0), base(0x18, 0x18, 0x1a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(130));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

// The lightest pixel of an image (HSL lightness, 0-255).
int lightest(const QImage &image)
{
    int best = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, QColor(image.pixel(x, y)).lightness());
    return best;
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // main() configured the offscreen screen: what a 1280×800 laptop has.
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1280, 800));
    }

    // The page list: every label whole in English and in French, also after
    // a switch at run time, and never a sideways scroll bar.
    void navigationFitsItsLongestItemInEveryLanguage()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("nav.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("fr"));
        gui::MainWindow w(opts(m_dir.filePath(QStringLiteral("nav.sqlite"))), settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(list);
        const auto check = [&](const QString &lang) {
            const QFontMetrics fm(list->font());
            // The delegate's text margins on both sides.
            const int margins =
                2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
            for (int i = 0; i < list->count(); ++i) {
                const QString text = list->item(i)->text();
                QVERIFY2(fm.horizontalAdvance(text) + margins <= list->viewport()->width(),
                         qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, the list shows %4")
                                        .arg(lang, text)
                                        .arg(fm.horizontalAdvance(text) + margins)
                                        .arg(list->viewport()->width())));
            }
            QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
            QVERIFY(!list->horizontalScrollBar()->isVisible());
        };
        QCOMPARE(list->item(0)->text(), QStringLiteral("Vue d’ensemble"));
        check(QStringLiteral("fr"));
        grab(w, QStringLiteral("window2-navigation-fr"));
        QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
        w.findChild<QAction *>(QStringLiteral("actionEnglish"))->trigger();
        QTRY_COMPARE(list->item(0)->text(), QStringLiteral("Overview"));
        QTRY_VERIFY(list->width() == gui::NavigationFit::neededWidth(list));
        check(QStringLiteral("en"));
        w.findChild<QAction *>(QStringLiteral("actionFrench"))->trigger();
        QTRY_COMPARE(list->item(6)->text(), QStringLiteral("Paramètres"));
        QTRY_VERIFY(list->width() == gui::NavigationFit::neededWidth(list));
        check(QStringLiteral("fr, after a switch"));
        grab(w, QStringLiteral("window2-settings-fr"));
    }

    // First run on a 1280×800 screen: the whole work area, centred; then
    // what the analyst left wins.
    void firstRunFillsTheScreenThenTheSavedGeometryWins()
    {
        const QString conf = m_dir.filePath(QStringLiteral("geometry.conf"));
        QFile::remove(conf);
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QSize left;
        QCOMPARE(gui::DefaultGeometry::compute(QRect(0, 0, 1920, 1080)),
                 QRect(320, 140, 1280, 800));
        // A 1280×800 laptop with a 30 px panel and a 28 px title bar.
        QCOMPARE(gui::DefaultGeometry::compute(QRect(0, 30, 1280, 770), QMargins(2, 28, 2, 2)),
                 QRect(2, 58, 1276, 740));
        {
            QSettings settings(conf, QSettings::IniFormat);
            QVERIFY(!settings.contains(QStringLiteral("ui/geometry")));
            Localization loc;
            loc.apply(QStringLiteral("fr"));
            gui::MainWindow w(opts(m_dir.filePath(QStringLiteral("geometry.sqlite"))), settings,
                              loc);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // The frame inside the work area, and the window as large as it allows.
            QTRY_VERIFY2(available.contains(w.frameGeometry()),
                         qPrintable(QStringLiteral("%1,%2 %3x%4")
                                        .arg(w.frameGeometry().x())
                                        .arg(w.frameGeometry().y())
                                        .arg(w.frameGeometry().width())
                                        .arg(w.frameGeometry().height())));
            QCOMPARE(w.frameGeometry().size(), available.size());
            QCOMPARE(w.frameGeometry().center(), available.center());
            grab(w, QStringLiteral("window2-first-run-fr"));
            w.resize(1260, 700);
            left = w.size(); // at least the window's minimum width
            w.move(8, 30);
            QVERIFY(w.close()); // remembers it
        }
        QSettings settings(conf, QSettings::IniFormat);
        QVERIFY(settings.contains(QStringLiteral("ui/geometry")));
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(m_dir.filePath(QStringLiteral("geometry.sqlite"))), settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50); // a late first-run fit would land here
        QCOMPARE(w.size(), left);
        QVERIFY(left != QSize(1276, 796));
    }

    // `--lang fr` with "en" in the settings file: Settings › Language says
    // French; choosing English there switches the window at once.
    void settingsShowTheLanguageInUse()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("lang.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        Localization loc;
        loc.apply(QStringLiteral("fr")); // what src/app does for --lang fr
        gui::MainWindow w(opts(m_dir.filePath(QStringLiteral("lang.sqlite"))), settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Settings);
        auto *combo = w.settingsPage()->findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("fr"));
        QCOMPARE(combo->currentText(), QStringLiteral("Français"));

        // English, by keyboard, then Apply.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
        auto *apply = w.settingsPage()->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply);
        apply->setFocus();
        QTest::keyClick(apply, Qt::Key_Space);
        QCOMPARE(loc.language(), QStringLiteral("en"));
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QTRY_COMPARE(w.findChild<QListWidget *>(QStringLiteral("navigation"))->item(6)->text(),
                     QStringLiteral("Settings"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));

        // The Language menu: the combo follows it.
        w.findChild<QAction *>(QStringLiteral("actionFrench"))->trigger();
        QTRY_COMPARE(combo->currentData().toString(), QStringLiteral("fr"));
        w.settingsPage()->load(); // as when the page is shown again
        QCOMPARE(combo->currentData().toString(), QStringLiteral("fr"));
    }

    // A dark palette at run time (the OS theme): every page title is drawn
    // in the palette's text colour, not the light theme's dark text.
    void pageTitlesFollowTheSystemPalette()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("palette.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        const QPalette light = QApplication::palette();
        gui::MainWindow w(opts(m_dir.filePath(QStringLiteral("palette.sqlite"))), settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        auto *title = w.findChild<QLabel *>(QStringLiteral("overviewTitle"));
        QVERIFY(title);
        QCOMPARE(title->palette().color(QPalette::WindowText), light.color(QPalette::WindowText));
        QVERIFY(title->font().pointSize() > QApplication::font().pointSize());
        QVERIFY(title->font().bold());

        const QPalette dark = darkPalette();
        QApplication::setPalette(dark);
        const QStringList titles{
            QStringLiteral("overviewTitle"),  QStringLiteral("alertsTitle"),
            QStringLiteral("customersTitle"), QStringLiteral("detectionsTitle"),
            QStringLiteral("spendTitle"),     QStringLiteral("activityTitle"),
            QStringLiteral("settingsTitle")};
        for (const QString &name : titles) {
            auto *t = w.findChild<QLabel *>(name);
            QVERIFY2(t, qPrintable(name));
            QTRY_COMPARE(t->palette().color(t->foregroundRole()), dark.color(QPalette::WindowText));
        }
        // Drawn light on dark: the title's lightest pixels are its text.
        QTRY_VERIFY(lightest(title->grab().toImage()) > 200);
        grab(w, QStringLiteral("window2-overview-dark"));
        QApplication::setPalette(light);
        QTRY_COMPARE(title->palette().color(QPalette::WindowText),
                     light.color(QPalette::WindowText));
    }

    // The Activity table at 1280×800 in both languages: every column on
    // screen, long texts elided on one line.
    void activityTableFitsWithoutASidewaysScroll()
    {
        const QString cache = m_dir.filePath(QStringLiteral("activity.sqlite"));
        {
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
            QVERIFY(store::CustomerRepository(**db)
                        .upsertCustomers({Customer{kContoso,
                                                   QStringLiteral("Contoso Pharmaceuticals Europe"),
                                                   {},
                                                   {},
                                                   {},
                                                   {}}},
                                         1)
                        .ok());
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int i = 0; i < 6; ++i) {
                store::ActivityEntry e;
                e.atMs = now - i * 60'000;
                e.actor =
                    QStringLiteral("analyst.with.a.long.name@partner-example.onmicrosoft.com");
                e.verb = i % 2 ? QStringLiteral("resolve") : QStringLiteral("cancel");
                e.objectKind = QStringLiteral("alert");
                e.objectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                e.detail = QJsonObject{
                    {QStringLiteral("customerId"), kContoso},
                    {QStringLiteral("result"), QStringLiteral("failed")},
                    {QStringLiteral("reason"), QStringLiteral("fraud")},
                    {QStringLiteral("note"),
                     QStringLiteral("Confirmed with the customer's IT lead by phone; the "
                                    "subscription owner did not start these deployments.")},
                    {QStringLiteral("message"),
                     QStringLiteral("The service refused the change: 409 conflict on the "
                                    "alert state")},
                    {QStringLiteral("requestId"),
                     QUuid::createUuid().toString(QUuid::WithoutBraces)}};
                QVERIFY(store::ActivityLog(**db).append(e).ok());
            }
        }
        QSettings settings(m_dir.filePath(QStringLiteral("activity.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(cache), settings, loc);
        w.resize(1276, 796); // 1280×800 with the offscreen frame
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.frameGeometry().size(), QSize(1280, 800));
        QSignalSpy loaded(w.activityPage(), &gui::ActivityPage::loaded);
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Activity);
        QTRY_VERIFY(!loaded.isEmpty());
        auto *table = w.activityPage()->findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model());
        const auto check = [&](const QString &lang) {
            // Ours, and what the window itself records (the language switch).
            QTRY_VERIFY(table->model()->rowCount() >= 6);
            QHeaderView *header = table->horizontalHeader();
            QVERIFY2(header->length() <= table->viewport()->width(),
                     qPrintable(QStringLiteral("%1: columns %2 px in %3 px")
                                    .arg(lang)
                                    .arg(header->length())
                                    .arg(table->viewport()->width())));
            QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
            QVERIFY(!table->wordWrap());
            // Every label whole.
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                const QString label = table->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(label),
                         qPrintable(lang + QStringLiteral(": ") + label));
            }
            // The request id is elided, and whole in the tooltip.
            const QModelIndex id = table->model()->index(0, gui::ActivityModel::RequestId);
            QCOMPARE(id.data(Qt::ToolTipRole).toString(), id.data().toString());
        };
        check(QStringLiteral("en"));
        grab(w, QStringLiteral("window2-activity-en"));
        loaded.clear();
        w.findChild<QAction *>(QStringLiteral("actionFrench"))->trigger();
        QTRY_VERIFY(!loaded.isEmpty());
        QTRY_COMPARE(table->model()->headerData(0, Qt::Horizontal).toString(),
                     QStringLiteral("Heure"));
        check(QStringLiteral("fr"));
        grab(w, QStringLiteral("window2-activity-fr"));
    }

    // The queue and the alert's detail name the Azure subscription; its id
    // is in the tooltip (and beside the name in the detail). Unknown: the id.
    void alertsShowTheSubscriptionName()
    {
        const QString cache = m_dir.filePath(QStringLiteral("subs.sqlite"));
        {
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
            store::CustomerRepository customers(**db);
            QVERIFY(customers
                        .upsertCustomers(
                            {Customer{kContoso, QStringLiteral("Contoso"), {}, {}, {}, {}}}, 1)
                        .ok());
            Entitlement e;
            e.id = kAzureSub;
            e.subscriptionId = QStringLiteral("plan-1");
            e.customerId = kContoso;
            e.friendlyName = QStringLiteral("Contoso Production");
            QVERIFY(customers.upsertEntitlements({e}, 1).ok());
            QList<Alert> alerts;
            for (const auto &[id, sub] :
                 {qMakePair(QStringLiteral("alert-named"), kAzureSub),
                  qMakePair(QStringLiteral("alert-unknown"), kUnknownSub)}) {
                Alert a;
                a.id = id;
                a.displayName = QStringLiteral("Suspicious operations");
                a.alertType = QStringLiteral("CryptoMining");
                a.status = AlertStatus::parse(QStringLiteral("active"));
                a.severity = AlertSeverity::parse(QStringLiteral("high"));
                a.customerTenantId = kContoso;
                // Upper case in the alert, lower in the entitlement: one subscription.
                a.subscriptionId = sub.toUpper();
                a.detectedDateTime = QDateTime::currentDateTimeUtc().addSecs(-600);
                alerts << a;
            }
            QVERIFY(store::AlertRepository(**db).upsert(alerts, 1).ok());
        }
        QSettings settings(m_dir.filePath(QStringLiteral("subs.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(cache), settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        gui::AlertsModel *model = w.alertsPage()->model();
        QAbstractItemModelTester tester(model);
        QTRY_COMPARE(model->rowCount(), 2);
        QHash<QString, QModelIndex> byId;
        for (int r = 0; r < model->rowCount(); ++r)
            byId.insert(model->rowAt(r)->id, model->index(r, gui::AlertsModel::Subscription));
        QCOMPARE(byId.value(QStringLiteral("alert-named")).data().toString(),
                 QStringLiteral("Contoso Production"));
        QVERIFY(byId.value(QStringLiteral("alert-named"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(kAzureSub, Qt::CaseInsensitive));
        QCOMPARE(byId.value(QStringLiteral("alert-unknown")).data().toString().toLower(),
                 kUnknownSub);

        // The search finds an alert by its subscription's name.
        auto *table = w.alertsPage()->findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(table);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Slash);
        QWidget *search = QApplication::focusWidget();
        QVERIFY(search && search != table);
        QTest::keyClicks(search, QStringLiteral("production"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0)->id, QStringLiteral("alert-named"));

        // Its detail, opened from the keyboard.
        table->setFocus();
        table->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *detail = w.alertsPage()->findChild<QTextBrowser *>(QStringLiteral("detail"));
        QVERIFY(detail);
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("Contoso Production")));
        QVERIFY(detail->toPlainText().contains(kAzureSub, Qt::CaseInsensitive));
        grab(w, QStringLiteral("window2-alert-subscription-en"));
    }

    // The queue at 1280×800 in French and English: every filter combo shows
    // its text whole ("Actives et en examen (150)", "Toutes les étiquettes
    // (150)", "Tous les revendeurs (150)"), the page asks for no more than
    // the window gives it, the Type and Subscription cells are not elided at
    // the default widths (the longest French type label included), and the
    // context charts' titles are whole.
    void queueFitsInFrenchAndEnglish()
    {
        const QString cache = m_dir.filePath(QStringLiteral("queuefit.sqlite"));
        {
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
            store::CustomerRepository customers(**db);
            QVERIFY(
                customers
                    .upsertCustomers(
                        {Customer{
                            kContoso, QStringLiteral("Contoso Pharmaceuticals"), {}, {}, {}, {}}},
                        1)
                    .ok());
            Entitlement e;
            e.id = kAzureSub;
            e.subscriptionId = QStringLiteral("plan-1");
            e.customerId = kContoso;
            e.friendlyName = QStringLiteral("Contoso Production Europe West");
            QVERIFY(customers.upsertEntitlements({e}, 1).ok());
            QList<Alert> alerts;
            const QStringList types{QStringLiteral("AzureMachineLearning_AnomalousDeployment"),
                                    QStringLiteral("AzureContainerInstances_AnomalousDeployment"),
                                    QStringLiteral("networkConnectionsToCryptoMiningPools"),
                                    QStringLiteral("CryptoMining")};
            for (int i = 0; i < 150; ++i) {
                Alert a;
                a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                a.displayName = QStringLiteral("Suspicious operations %1").arg(i);
                a.alertType = types.at(i % types.size());
                a.status = AlertStatus::parse(i % 3 ? QStringLiteral("active")
                                                    : QStringLiteral("investigating"));
                a.severity = AlertSeverity::parse(QStringLiteral("informational"));
                a.customerTenantId = kContoso;
                a.subscriptionId = kAzureSub;
                a.detectedDateTime = QDateTime::currentDateTimeUtc().addSecs(-600 - i * 60);
                alerts << a;
            }
            QVERIFY(store::AlertRepository(**db).upsert(alerts, 1).ok());
        }
        for (const QString &lang : {QStringLiteral("fr"), QStringLiteral("en")}) {
            QSettings settings(m_dir.filePath(QStringLiteral("queuefit-%1.conf").arg(lang)),
                               QSettings::IniFormat);
            Localization loc;
            loc.apply(lang);
            gui::MainWindow w(opts(cache), settings, loc);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
            gui::AlertsPage *page = w.alertsPage();
            QTRY_COMPARE(page->model()->rowCount(), 150);
            auto *table = page->findChild<QTableView *>(QStringLiteral("table"));
            table->setFocus();
            table->setCurrentIndex(page->model()->index(0, 0));
            auto *charts = page->findChild<gui::AlertContextCharts *>();
            QVERIFY(charts);
            QTRY_VERIFY(charts->isVisible());
            QCoreApplication::processEvents();
            QVERIFY2(w.frameGeometry().width() <= 1280,
                     qPrintable(QStringLiteral("%1: the window is %2 px wide")
                                    .arg(lang)
                                    .arg(w.frameGeometry().width())));
            QVERIFY2(page->width() >= page->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1: the page needs %2 px, has %3")
                                    .arg(lang)
                                    .arg(page->minimumSizeHint().width())
                                    .arg(page->width())));

            // Filter combos: the text shown fits the box (status and severity:
            // every entry).
            for (const char *name : {"statusCombo", "severityCombo", "customerCombo", "tagCombo",
                                     "typeCombo", "resellerCombo"}) {
                auto *combo = page->findChild<QComboBox *>(QLatin1String(name));
                QVERIFY2(combo, name);
                QStyleOptionComboBox option;
                option.initFrom(combo);
                const QRect field = combo->style()->subControlRect(
                    QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                const bool every =
                    qstrcmp(name, "statusCombo") == 0 || qstrcmp(name, "severityCombo") == 0;
                for (int i = every ? 0 : combo->currentIndex();
                     i < (every ? combo->count() : combo->currentIndex() + 1); ++i) {
                    const QString text = combo->itemText(i);
                    QVERIFY2(combo->fontMetrics().horizontalAdvance(text) <= field.width() - 2,
                             qPrintable(QStringLiteral("%1 %2: \"%3\" needs %4 px, shows %5")
                                            .arg(lang, QLatin1String(name), text)
                                            .arg(combo->fontMetrics().horizontalAdvance(text))
                                            .arg(field.width() - 2)));
                }
            }

            // Type and Subscription cells whole at the default widths.
            const QFontMetrics fm(table->font());
            const int margins =
                2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            int elided = 0;
            QString example;
            for (int c : {int(gui::AlertsModel::Type), int(gui::AlertsModel::Subscription)})
                for (int r = 0; r < page->model()->rowCount(); ++r) {
                    const QString text = page->model()->index(r, c).data().toString();
                    if (fm.horizontalAdvance(text) + margins > table->columnWidth(c)) {
                        ++elided;
                        example = text;
                    }
                }
            QVERIFY2(elided == 0, qPrintable(QStringLiteral("%1: %2 cells elided, e.g. \"%3\"")
                                                 .arg(lang)
                                                 .arg(elided)
                                                 .arg(example)));

            // The context charts' titles, whole.
            for (gui::ChartView *view :
                 {charts->failedSignIns(), charts->auditChanges(), charts->spend()}) {
                QChart *chart = view->chart();
                // The title has the chart's width less its layout's and its own margins.
                qreal left = 0, top = 0, right = 0, bottom = 0;
                chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
                const int room = int(chart->size().width() - left - right) -
                                 chart->margins().left() - chart->margins().right();
                const int needed =
                    QFontMetrics(chart->titleFont()).horizontalAdvance(chart->title());
                QVERIFY2(needed <= room, qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                                        .arg(lang, chart->title())
                                                        .arg(needed)
                                                        .arg(room)));
            }
            grab(w, QStringLiteral("window3-queue-") + lang);
            if (lang != u"en")
                continue;
            // A width the analyst sets wins over the content's, next time too.
            table->horizontalHeader()->resizeSection(gui::AlertsModel::Type, 101);
            QTest::qWait(700); // saved shortly after the change
            gui::MainWindow again(opts(cache), settings, loc);
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            QTest::keyClick(&again, Qt::Key_2, Qt::ControlModifier);
            QTRY_COMPARE(again.alertsPage()->model()->rowCount(), 150);
            QCOMPARE(again.alertsPage()
                         ->findChild<QTableView *>(QStringLiteral("table"))
                         ->columnWidth(gui::AlertsModel::Type),
                     101);
        }
    }

    // A P9 finding keyed on a user id: the Detections page names the user by
    // the UPN its sign-in carries; the id is in the tooltip and the detail.
    void userFindingsShowTheUpn()
    {
        const QString cache = m_dir.filePath(QStringLiteral("upn.sqlite"));
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QDateTime atSecond = at.addMSecs(-at.time().msec());
        {
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
            QVERIFY(store::CustomerRepository(**db)
                        .upsertCustomers(
                            {Customer{kContoso, QStringLiteral("Contoso"), {}, {}, {}, {}}}, 1)
                        .ok());
            auto signIn = (*db)->prepare(
                "INSERT INTO signins(id, customer_id, created_at, user_id, upn, raw) "
                "VALUES(?1, ?2, ?3, ?4, ?5, '{}')");
            QVERIFY(signIn.ok());
            QVERIFY((*signIn)
                        ->bind(1, QStringLiteral("si-1"))
                        .bind(2, kContoso)
                        .bind(3, at.toMSecsSinceEpoch())
                        .bind(4, kAdminId)
                        .bind(5, QStringLiteral("admin@contoso.example"))
                        .exec()
                        .ok());
            auto finding = (*db)->prepare(
                "INSERT INTO findings(rule_id, customer_id, subject, bucket_start, severity, "
                "state, "
                "first_seen, last_seen, count, evidence, updated_at) VALUES('P9', ?1, ?2, ?3, "
                "'high', 'new', ?3, ?3, 1, ?4, ?3)");
            QVERIFY(finding.ok());
            const QString evidence =
                QStringLiteral("[{\"id\":\"si-1\",\"stream\":\"signIns\",\"time\":\"%1\"}]")
                    .arg(atSecond.toString(Qt::ISODate));
            QVERIFY((*finding)
                        ->bind(1, kContoso)
                        .bind(2, kAdminId)
                        .bind(3, at.toMSecsSinceEpoch())
                        .bind(4, evidence)
                        .exec()
                        .ok());
            // A user the cache has no sign-in of: the id stays.
            QVERIFY((*finding)
                        ->bind(1, kContoso)
                        .bind(2, kStrangerId)
                        .bind(3, at.toMSecsSinceEpoch() - 1000)
                        .bind(4, QStringLiteral("[]"))
                        .exec()
                        .ok());
        }
        {
            // The same name in the alert's context and in the notification
            // (read models of the store, as the window's pages use them).
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
            Alert a;
            a.id = QStringLiteral("alert-1");
            a.displayName = QStringLiteral("Suspicious operations");
            a.status = AlertStatus::parse(QStringLiteral("active"));
            a.severity = AlertSeverity::parse(QStringLiteral("high"));
            a.customerTenantId = kContoso;
            a.detectedDateTime = at;
            QVERIFY(store::AlertRepository(**db).upsert({a}, 1).ok());
            auto context = store::AlertQueueReadModel(**db).context(a.id);
            QVERIFY(context.ok());
            QStringList subjects;
            for (const auto &[rule, subject] : context->openFindings)
                subjects << rule + u' ' + subject;
            subjects.sort();
            QCOMPARE(subjects, (QStringList{QStringLiteral("P9 ") + kStrangerId,
                                            QStringLiteral("P9 admin@contoso.example")}));
            auto fresh = store::NewItemsReadModel(**db).since(store::NewItemMarks{});
            QVERIFY(fresh.ok());
            QStringList titles;
            for (const store::NewItem &item : fresh->items)
                if (item.kind == store::NewItem::Kind::Finding)
                    titles << item.title;
            titles.sort();
            QCOMPARE(titles, (QStringList{QStringLiteral("P9 · ") + kStrangerId,
                                          QStringLiteral("P9 · admin@contoso.example")}));
        }
        QSettings settings(m_dir.filePath(QStringLiteral("upn.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(cache), settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Detections);
        QTRY_VERIFY(!w.detectionsPage()->isLoading());
        gui::FindingsModel *model = w.detectionsPage()->findingsModel();
        QAbstractItemModelTester tester(model);
        QTRY_COMPARE(model->rowCount(), 2);
        QHash<QString, QModelIndex> bySubject;
        for (int r = 0; r < model->rowCount(); ++r)
            bySubject.insert(model->findingAt(r)->subject,
                             model->index(r, gui::FindingsModel::Subject));
        QCOMPARE(bySubject.value(kAdminId).data().toString(),
                 QStringLiteral("admin@contoso.example"));
        QVERIFY(bySubject.value(kAdminId).data(Qt::ToolTipRole).toString().contains(kAdminId));
        QCOMPARE(bySubject.value(kStrangerId).data().toString(), kStrangerId);

        // The detail of the named one, selected from the keyboard.
        qint64 namedId = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->findingAt(r)->subject == kAdminId)
                namedId = model->findingAt(r)->id;
        auto *view = w.detectionsPage()->findChild<QTableView *>(QStringLiteral("findingsView"));
        QVERIFY(view);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        for (int i = 0; i < 2 && w.detectionsPage()->selectedFindingId() != namedId; ++i)
            QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(w.detectionsPage()->selectedFindingId(), namedId);
        auto *detail = w.detectionsPage()->findChild<QTextBrowser *>(QStringLiteral("detailText"));
        QVERIFY(detail);
        QTRY_VERIFY2(detail->toPlainText().contains(QStringLiteral("admin@contoso.example")),
                     qPrintable(detail->toPlainText()));
        QVERIFY(detail->toPlainText().contains(kAdminId));
        grab(w, QStringLiteral("window2-findings-upn-en"));
    }

    // French counts agree with their number; no "(s)" left in any French text.
    void frenchPluralsAgreeWithTheirCount()
    {
        Localization loc;
        loc.apply(QStringLiteral("fr"));
        using K = store::NewItem::Kind;
        store::NewItems items;
        for (int i = 0; i < 4; ++i)
            items.items << store::NewItem{K::Alert,
                                          QStringLiteral("a%1").arg(i),
                                          i == 0 ? QStringLiteral("high")
                                                 : QStringLiteral("medium"),
                                          QStringLiteral("c1"),
                                          QStringLiteral("Contoso"),
                                          QStringLiteral("Mining")};
        const auto m =
            gui::Notifier::compose(items, QStringLiteral("all"), [](K) { return false; });
        QVERIFY2(m.body.contains(QStringLiteral("(1 élevée, 3 moyennes)")), qPrintable(m.body));
        QCOMPARE(QCoreApplication::translate("Actions", "%n day(s)", nullptr, 1),
                 QStringLiteral("1 jour"));
        QCOMPARE(QCoreApplication::translate("Actions", "%n day(s)", nullptr, 30),
                 QStringLiteral("30 jours"));
        QCOMPARE(QCoreApplication::translate("Detect", "%n finding(s)", nullptr, 1),
                 QStringLiteral("1 détection"));
        loc.apply(QStringLiteral("en"));
        const auto en =
            gui::Notifier::compose(items, QStringLiteral("all"), [](K) { return false; });
        QVERIFY2(en.body.contains(QStringLiteral("(1 high, 3 medium)")), qPrintable(en.body));

        // Every French text shipped: no "(s)", "(e)", "(es)" endings.
        QFile ts(QStringLiteral(VIGIE_SOURCE_DIR "/translations/vigie_fr.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString all = QString::fromUtf8(ts.readAll());
        static const QRegularExpression translation(
            QStringLiteral("<(?:translation|numerusform)>([^<]*)</"));
        static const QRegularExpression bracketed(QStringLiteral("\\w\\((?:s|e|es|x)\\)"));
        QStringList offenders;
        for (auto it = translation.globalMatch(all); it.hasNext();) {
            const QString text = it.next().captured(1);
            if (bracketed.match(text).hasMatch())
                offenders << text;
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral("\n"))));
    }

private:
    QTemporaryDir m_dir;
};

// The offscreen platform with one 1280×800 screen (its default is 800×600),
// window frames included: the size the window is laid out for.
int main(int argc, char **argv)
{
    QTemporaryDir config;
    const QString path = config.filePath(QStringLiteral("screen.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"windowFrameMargins": true, "screens": [{"name": "laptop", "x": 0, "y": 0,
        "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + path.toUtf8());
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestWindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
