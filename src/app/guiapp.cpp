#include "app/guiapp.h"

#include "analytics/detectionservice.h"
#include "app/appsettings.h"
#include "app/democloud.h"
#include "app/quitonsignal.h"
#include "app/services.h"
#include "app/startupprobe.h"
#include "cli/cli.h"
#include "core/localization.h"
#include "core/paths.h"
#include "gui/logging.h"
#include "gui/mainwindow.h"
#include "net/tokenstore.h"
#include "store/cache.h"
#include "store/instancelock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>

namespace vigie::app {

int runGui(const QStringList &arguments)
{
    // kill / Ctrl+C: as File > Quit, so the stack unwinds and cleans up (the
    // demo's temporary folder included). Served once the event loop runs.
    QuitOnSignal quitOnSignal([] {
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption cache(QStringLiteral("cache"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    parser.addOptions({demo, cache, lang});
    parser.parse(arguments);

    QSettings settings(paths::settingsFile(), QSettings::IniFormat);
    Localization localization;
    QString language = Localization::normalize(parser.value(lang));
    if (language.isEmpty())
        language =
            Localization::normalize(settings.value(QStringLiteral("ui/language")).toString());
    if (language.isEmpty()) {
        language = Localization::systemLanguage(); // first run: follow the system
        settings.setValue(QStringLiteral("ui/language"), language);
    }
    localization.apply(language);

    // The demo never touches the analyst's real cache.
    QTemporaryDir demoDir;
    const QString chosenCache = cacheFromSettings(settings); // Settings › Cache file
    QString cachePath = parser.isSet(cache)      ? parser.value(cache)
                        : !chosenCache.isEmpty() ? chosenCache
                                                 : paths::defaultCacheFile();
    if (parser.isSet(demo) && !parser.isSet(cache))
        cachePath = QDir(demoDir.path()).filePath(QStringLiteral("demo.sqlite"));

    // One dashboard per cache: a second one would fight over sync and the outbox.
    auto lock = store::InstanceLock::acquire(cachePath);
    if (!lock) {
        QTextStream(stderr) << lock.error().message << Qt::endl;
        QMessageBox::critical(nullptr, QApplication::translate("App", "Vigie"),
                              lock.error().message);
        return 1;
    }
    auto db = store::openCache(cachePath);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("App", "Vigie"), db.error().message);
        return 1;
    }

    gui::MainWindow::Options options;
    options.demo = parser.isSet(demo);
    options.cachePath = cachePath;
    options.syncIntervalMinutes =
        settings.value(QStringLiteral("sync/intervalMinutes"), 30).toInt();
    options.syncOnStart = settings.value(QStringLiteral("sync/onStart"), false).toBool();
    options.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());

    // The demo signs in to a simulated cloud and syncs through the real code
    // path. The window comes first: the world is generated (seconds) on the
    // simulator's thread while the window says so.
    std::unique_ptr<DemoCloud> cloud;
    std::unique_ptr<Services> services;
    if (options.demo) {
        cloud = std::make_unique<DemoCloud>(demoDir.path());
        options.cloud = cloud->deferredSourceFactory();
        options.push = cloud->pushFactory();
        options.syncOnStart = false;
    } else {
        // Settings › Microsoft services, under the environment's variables.
        const QProcessEnvironment env =
            withSettings(settings, QProcessEnvironment::systemEnvironment());
        if (env.contains(QStringLiteral("VIGIE_TOKEN_STORE")))
            qputenv("VIGIE_TOKEN_STORE", env.value(QStringLiteral("VIGIE_TOKEN_STORE")).toUtf8());
        services = Services::fromEnvironment(env);
        options.cloud = services->sourceFactory();
        options.account = &services->account();
        options.push = services->pushFactory();
        // First run: the window asks whether a refresh token is stored.
        options.checkSignedIn = [store = &services->tokenStore()](std::function<void(bool)> done) {
            store->read(net::tokenkeys::refreshToken(),
                        [done](Result<QString> token) { done(token.ok() && !token->isEmpty()); });
        };
    }
    gui::MainWindow window(options, settings, localization);
    QObject::connect(&window, &gui::MainWindow::demoRequested, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--demo")});
    });
    // First paint and the demo's memory (targets ≤ 1 s, ≤ 300 MB): logged,
    // and printed for tools/bench-demo.sh.
    StartupProbe probe(&window);
    window.show();
    if (cloud) {
        window.statusBar()->showMessage(
            QApplication::translate("App", "Building the demo world (40 customers)…"));
        cloud->startInBackground(cachePath, [&window, &cloud, &probe](bool ok) {
            if (!ok) {
                window.statusBar()->showMessage(cloud->error());
                return;
            }
            window.statusBar()->showMessage(
                QApplication::translate("App", "Signing in to the demo cloud…"));
            cloud->signIn([&window, &probe](Status s) {
                if (!s) {
                    window.statusBar()->showMessage(
                        QApplication::translate("App", "Demo sign-in failed: %1")
                            .arg(s.error().message));
                    return;
                }
                window.statusBar()->clearMessage();
                probe.demoReady();
                QObject::connect(&window, &gui::MainWindow::syncFinished, &probe,
                                 &StartupProbe::demoSynced);
                window.startSync();
            });
        });
    }
    return QApplication::exec();
}

} // namespace vigie::app
