#pragma once

#include "sync/engine.h"
#include "sync/pushengine.h"

#include <QDate>
#include <QMainWindow>
#include <QTimer>
#include <functional>
#include <memory>

class QJsonObject;
class QLabel;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace vigie {
class Localization;
}
namespace vigie::analytics {
class DetectionService;
}

namespace vigie::gui {

class Account;
class ActionsController;
class ActivityPage;
class DetectionsPage;
class ResumePolicy;
class StoreWorker;
class AlertsPage;
class OverviewPage;
class CacheWatcher;
class Notifier;
class CustomersPage;
class SettingsPage;
class SyncStatus;
class StatusMessages;
class SpendPage;
class CustomerDrillDownPage;
class WelcomePage;

// The dashboard's shell: navigation between the pages of DESIGN.md, menus,
// status bar, run-time language switch and remembered window state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        Overview,
        Alerts,
        Customers,
        Detections,
        Spend,
        Activity,
        Settings,
        PageCount
    };

    struct Options
    {
        bool demo = false;
        QString cachePath; // empty: no cache (the window shows empty pages)
        // Where sync reads from (src/app builds it); empty: no sync.
        sync::SourceFactory cloud;
        bool syncOnStart = false;
        int syncIntervalMinutes = 30; // 0: no periodic sync
        // After a run that reached nothing: retry after retryFirstMs, doubling,
        // capped at retryMaxMs (0: the periodic interval, 30 min without one).
        int retryFirstMs = 15000;
        int retryMaxMs = 0;
        // Sync this long after the OS reports the network back (QNetworkInformation).
        int networkDebounceMs = 2000;
        bool watchNetwork = true; // false: the backoff alone (tests)
        // File › Sign in / Sign out (src/app builds it; not owned, must outlive
        // the window); null: the two actions stay disabled.
        Account *account = nullptr;
        // File › Import asks this for the files; empty: a QFileDialog.
        std::function<QStringList(QWidget *parent)> pickImportFiles;
        // Rules and engine for the detection page and imports; required with
        // a cache (created by the application with the system clock).
        std::shared_ptr<analytics::DetectionService> detection;
        // Pushes the outbox from the window (src/app builds it); empty: actions
        // stay queued for "vigie push".
        sync::PushChannelFactory push;
        // How often the window looks for what other processes (vigie sync,
        // import, detect, resolve, push) committed to the cache; 0: never.
        int cacheWatchIntervalMs = 1000;
        // Answers whether an account is signed in (src/app asks the token
        // store); with an empty cache and no account, the window opens on the
        // welcome page. Null: never the welcome page.
        std::function<void(std::function<void(bool signedIn)>)> checkSignedIn;
    };

    MainWindow(const Options &options, QSettings &settings, Localization &localization,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);

    // Starts a background sync; false when one is running or there is no cache.
    bool startSync();
    sync::SyncEngine *syncEngine() const { return m_sync; }
    DetectionsPage *detectionsPage() const { return m_detections; }
    AlertsPage *alertsPage() const { return m_alerts; }
    OverviewPage *overviewPage() const { return m_overview; }
    CustomersPage *customersPage() const { return m_customers; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    // The first-run page, once the window decided to show it (else null).
    WelcomePage *welcomePage() const { return m_welcome; }
    SyncStatus *syncStatus() const { return m_syncStatus; }
    // When the window syncs again by itself after an unreachable run.
    ResumePolicy *resumePolicy() const { return m_resume; }
    // Resolve, suspend, the outbox and its status; null without a cache.
    ActionsController *actions() const { return m_actions; }
    // Its exportRequested() asks for `vigie export activity`'s GUI twin.
    ActivityPage *activityPage() const { return m_activity; }
    // The suspend dialog for a customer, its Azure subscription preselected
    // (another page, e.g. a customer's, opens it).
    void openSuspendDialog(const QString &customerId, const QString &azureSubscriptionId = {});
    // Desktop notifications and the tray icon; null without a cache.
    Notifier *notifier() const { return m_notifier; }
    // Notices other processes' writes; null without a cache.
    CacheWatcher *cacheWatcher() const { return m_watcher; }
    SpendPage *spendPage() const { return m_spend; }
    CustomerDrillDownPage *customerPage() const { return m_customer; }

public Q_SLOTS:
    // The customer drill-down (a page outside the navigation list), at a day
    // when given: from the Spend page, and for customers, alerts and findings.
    void showCustomer(const QString &customerId, const QDate &focusDay = {});

Q_SIGNALS:
    // A desktop notification was shown (also for tests).
    void notified(const QString &title, const QString &message);
    void syncFinished();
    // File › Import finished: the imported events went through detection
    // (`newFindings` created, -1 when the rules could not be loaded) and the
    // Detections page was asked to refresh.
    void logsImported(qint64 newFindings);
    // The drill-down's "Case report…" button.
    void caseReportRequested(const QString &customerId);
    // A customer opened on the Customers page (its drill-down page, once it
    // exists; until then the window shows its alerts).
    void customerActivated(const QString &customerId);
    // "Explore the demo" on the welcome page (src/app starts `vigie --demo`).
    void demoRequested();
    // The welcome page is shown (first run).
    void welcomeShown();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setLanguage(const QString &lang);
    void signIn();
    void signOut();
    void importLogs(const QStringList &paths);
    void onSyncFinished(const sync::RunResult &result);
    void onDataChanged(const QStringList &tables);
    // Another process wrote to the cache (CacheWatcher).
    void onCacheChangedElsewhere(const QStringList &tables);
    void setUpNotifications();
    void setUpAlertsPage();
    void setUpOverviewPage();
    void setUpActions();
    void recordActivity(const QString &verb, const QJsonObject &detail);
    void setUpSpendPages();
    void setUpCustomersPage();
    void setUpSettingsPage();
    void showWelcomeIfFirstRun();
    void refreshOfflineState();
    void watchNetwork();
    void retranslate();
    void saveState();
    void restoreState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Options m_options;
    QSettings &m_settings;
    Localization &m_localization;
    QLabel *m_statusLabel = nullptr;
    StoreWorker *m_worker = nullptr;
    sync::SyncEngine *m_sync = nullptr;
    DetectionsPage *m_detections = nullptr;
    AlertsPage *m_alerts = nullptr;
    OverviewPage *m_overview = nullptr;
    CustomersPage *m_customers = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    WelcomePage *m_welcome = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    StatusMessages *m_statusMessages = nullptr; // re-translated on a language switch
    ResumePolicy *m_resume = nullptr;
    ActionsController *m_actions = nullptr;
    ActivityPage *m_activity = nullptr;
    SpendPage *m_spend = nullptr;
    CustomerDrillDownPage *m_customer = nullptr;
    Notifier *m_notifier = nullptr;
    CacheWatcher *m_watcher = nullptr;
    QAction *m_showAction = nullptr; // tray menu
    QTimer m_syncTimer;
};

} // namespace vigie::gui
