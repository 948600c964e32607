#include "core/localization.h"
#include "gui/mainwindow.h"
#include "net/tokenstore.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {
gui::MainWindow::Options opts(bool demo, const QString &cache)
{
    gui::MainWindow::Options o;
    o.demo = demo;
    o.cachePath = cache;
    o.syncIntervalMinutes = 0;
    // No cloud here: a memory token store keeps the real keychain out of tests.
    o.tokenStore = [] { return std::unique_ptr<net::TokenStore>(new net::MemoryTokenStore); };
    return o;
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
