#include "gui/mainwindow.h"

#include "analytics/detectionservice.h"
#include "core/actor.h"
#include "core/localization.h"
#include "export/exporter.h"
#include "gui/aboutdialog.h"
#include "gui/account.h"
#include "gui/actionscontroller.h"
#include "gui/activitypage.h"
#include "gui/alertspage.h"
#include "gui/cachewatcher.h"
#include "gui/customerdrilldownpage.h"
#include "gui/customerspage.h"
#include "gui/defaultgeometry.h"
#include "gui/detectionspage.h"
#include "gui/exportactions.h"
#include "gui/exportdialog.h"
#include "gui/importdialog.h"
#include "gui/logging.h"
#include "gui/navigationfit.h"
#include "gui/notifier.h"
#include "gui/overviewpage.h"
#include "gui/resumepolicy.h"
#include "gui/settingskeys.h"
#include "gui/settingspage.h"
#include "gui/signindialog.h"
#include "gui/spendpage.h"
#include "gui/statusmessages.h"
#include "gui/storeworker.h"
#include "gui/syncstatus.h"
#include "gui/welcomepage.h"
#include "store/activitylog.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/notes.h"
#include "store/syncstate.h"
#include "sync/actions.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkInformation>
#include <QScrollArea>
#include <QSettings>
#include <algorithm>

namespace vigie::gui {

MainWindow::MainWindow(const Options &options, QSettings &settings, Localization &localization,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_options(options),
      m_settings(settings), m_localization(localization)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigie-256.png")));
    m_ui->demoBanner->setVisible(m_options.demo);
    new NavigationFit(m_ui->navigation); // as wide as its longest label, in every language

    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages,
            &QStackedWidget::setCurrentIndex);
    const QList<QAction *> pageActions{
        m_ui->actionOverview, m_ui->actionAlerts,   m_ui->actionCustomers, m_ui->actionDetections,
        m_ui->actionSpend,    m_ui->actionActivity, m_ui->actionSettings};
    for (int i = 0; i < pageActions.size(); ++i)
        connect(pageActions[i], &QAction::triggered, this, [this, i] { showPage(Page(i)); });

    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    languages->addAction(m_ui->actionEnglish);
    languages->addAction(m_ui->actionFrench);
    connect(m_ui->actionEnglish, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
    connect(m_ui->actionFrench, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("fr")); });

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_options.cachePath, this);
        dialog.exec();
    });
    m_ui->actionSignIn->setEnabled(m_options.account != nullptr);
    m_ui->actionSignOut->setEnabled(m_options.account != nullptr);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signIn);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionImport, &QAction::triggered, this, [this] {
        const QStringList files =
            m_options.pickImportFiles
                ? m_options.pickImportFiles(this)
                : QFileDialog::getOpenFileNames(
                      this, tr("Import sign-in or audit logs"), QString(),
                      tr("Log files (*.json *.jsonl *.ndjson *.csv *.txt);;All files (*)"));
        if (!files.isEmpty())
            importLogs(files);
    });
    m_ui->actionImport->setEnabled(!m_options.cachePath.isEmpty());

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    m_statusMessages = new StatusMessages(statusBar());

    if (!m_options.cachePath.isEmpty()) {
        m_worker = new StoreWorker(m_options.cachePath, this);
        connect(m_worker, &StoreWorker::failed, this,
                [this](const QString &message) { statusBar()->showMessage(message); });

        m_detections = new DetectionsPage(*m_worker, m_options.detection, this);
        m_detections->setLanguage(m_localization.language());
        m_ui->detectionsEmpty->hide();
        m_ui->detectionsLayout->removeItem(m_ui->detectionsSpacer);
        delete m_ui->detectionsSpacer;
        m_ui->detectionsSpacer = nullptr;
        m_ui->detectionsLayout->addWidget(m_detections, 1);
        connect(&m_localization, &Localization::languageChanged, m_detections,
                &DetectionsPage::setLanguage);
        setUpAlertsPage();
        setUpOverviewPage();
        setUpActions();
        setUpSpendPages();
        setUpNotifications();
        // File › Export… and File › Case report… (owned by the window).
        auto *exports = new ExportActions(m_ui->menuFile, m_ui->actionQuit, *m_worker, m_settings,
                                          m_localization, this);
        connect(m_activity, &ActivityPage::exportRequested, exports, [exports] {
            if (ExportDialog *dialog = exports->openExport())
                dialog->setDataset(exporting::Dataset::Activity);
        });
        connect(this, &MainWindow::caseReportRequested, exports,
                [exports](const QString &customerId) { exports->openCaseReport(customerId); });
        setUpCustomersPage();
        connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this](int page) {
            if (page == Detections)
                m_detections->refresh();
        });
    }
    if (m_worker && m_options.cloud) {
        m_sync = new sync::SyncEngine(m_options.cloud, this);
        m_syncStatus = new SyncStatus(*m_sync, this);
        m_syncStatus->setDemo(m_options.demo);
        statusBar()->addPermanentWidget(m_syncStatus);
        m_statusLabel->hide();
        connect(m_ui->actionSyncNow, &QAction::triggered, this, &MainWindow::startSync);
        connect(m_ui->actionCancelSync, &QAction::triggered, m_sync, &sync::SyncEngine::cancel);
        connect(m_sync, &sync::SyncEngine::started, this, [this] {
            m_ui->actionSyncNow->setEnabled(false);
            m_ui->actionCancelSync->setEnabled(true);
        });
        connect(m_sync, &sync::SyncEngine::dataChanged, this, &MainWindow::onDataChanged);
        connect(m_sync, &sync::SyncEngine::finished, this, &MainWindow::onSyncFinished);
        connect(&m_syncTimer, &QTimer::timeout, this, &MainWindow::startSync);
        if (m_options.syncIntervalMinutes > 0)
            m_syncTimer.start(m_options.syncIntervalMinutes * 60 * 1000);

        // Offline: retry with a backoff and when the OS reports the network back.
        ResumePolicy::Config resume;
        resume.firstRetryMs = m_options.retryFirstMs;
        resume.maxRetryMs = m_options.retryMaxMs > 0 ? m_options.retryMaxMs
                            : m_options.syncIntervalMinutes > 0
                                ? m_options.syncIntervalMinutes * 60 * 1000
                                : 30 * 60 * 1000;
        resume.networkDebounceMs = m_options.networkDebounceMs;
        m_resume = new ResumePolicy(resume, SystemClock::instance(), {}, this);
        connect(m_sync, &sync::SyncEngine::started, m_resume, &ResumePolicy::runStarted);
        connect(m_sync, &sync::SyncEngine::finished, m_resume, &ResumePolicy::runFinished);
        connect(m_resume, &ResumePolicy::syncRequested, this, &MainWindow::startSync);
        // Network back (or the backoff's retry): queued actions go too.
        connect(m_resume, &ResumePolicy::syncRequested, m_actions, &ActionsController::push);
        connect(m_resume, &ResumePolicy::scheduleChanged, m_syncStatus,
                [this] { m_syncStatus->setNextAttempt(m_resume->nextAttemptMs()); });
        connect(m_syncStatus, &SyncStatus::retryRequested, this, &MainWindow::startSync);
        m_syncStatus->setRetryShortcut(m_ui->actionSyncNow->shortcut());
        if (m_options.watchNetwork)
            watchNetwork();
        refreshOfflineState();
        if (m_options.syncOnStart)
            QTimer::singleShot(0, this, &MainWindow::startSync);
    } else {
        m_ui->actionSyncNow->setEnabled(false);
    }

    setUpSettingsPage();
    restoreState();
    retranslate();
    if (m_watcher && m_options.cacheWatchIntervalMs > 0)
        m_watcher->start(m_options.cacheWatchIntervalMs);
    showWelcomeIfFirstRun();
}

MainWindow::~MainWindow()
{
    if (m_sync)
        m_sync->cancel();
}

void MainWindow::signIn()
{
    if (!m_options.account)
        return;
    SignInDialog dialog(*m_options.account, this);
    connect(&dialog, &SignInDialog::signedIn, this, [this] {
        recordActivity(QStringLiteral("sign-in"),
                       QJsonObject{{QStringLiteral("result"), QStringLiteral("done")},
                                   {QStringLiteral("objectId"), m_options.account->tenant()}});
        m_statusMessages->show([] { return tr("Signed in."); }, 5000);
        if (m_welcome && m_ui->pages->currentWidget() == m_welcome)
            showPage(Alerts); // first run: on to the queue the sync fills
        startSync();
    });
    dialog.exec();
}

void MainWindow::signOut()
{
    if (!m_options.account)
        return;
    m_options.account->signOut([this](Status s) {
        recordActivity(QStringLiteral("sign-out"),
                       QJsonObject{{QStringLiteral("result"),
                                    s ? QStringLiteral("done") : QStringLiteral("failed")},
                                   {QStringLiteral("message"), s ? QString() : s.error().message}});
        statusBar()->showMessage(s ? tr("Signed out; the cached data stays available offline.")
                                   : s.error().message,
                                 8000);
    });
}

void MainWindow::importLogs(const QStringList &paths)
{
    if (!m_worker)
        return;
    auto *dialog = new ImportDialog(*m_worker, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QStringList &customers) {
        recordActivity(QStringLiteral("import"),
                       QJsonObject{{QStringLiteral("result"), QStringLiteral("done")},
                                   {QStringLiteral("customerId"), customers.value(0)},
                                   {QStringLiteral("note"), customers.join(QStringLiteral(", "))}});
        if (customers.isEmpty()) {
            Q_EMIT logsImported(0); // nothing new to detect on
            return;
        }
        // New events go through the detection rules before the page shows them.
        m_worker->run<qint64>(
            this,
            [customers, detection = m_options.detection](store::Database &db) {
                if (!detection || !detection->catalog())
                    return qint64(-1);
                qint64 created = 0;
                for (const QString &c : customers) {
                    if (auto r = detection->evaluateNew(db, c))
                        created += r->findingsCreated;
                }
                return created;
            },
            [this](qint64 created) {
                if (created >= 0)
                    m_statusMessages->show(
                        [created] {
                            return tr("%n new finding(s) from the imported logs.", nullptr,
                                      int(created));
                        },
                        10000);
                if (m_detections)
                    m_detections->refresh();
                Q_EMIT logsImported(created);
            });
    });
    dialog->show();
    dialog->start();
}

bool MainWindow::startSync()
{
    if (!m_sync || m_sync->isRunning())
        return false;
    sync::SyncOptions options;
    options.cachePath = m_options.cachePath;
    options.days = m_settings.value(QStringLiteral("sync/days"), 30).toInt();
    options.logs = m_settings.value(QLatin1String(settingskeys::kSyncLogs), true).toBool();
    options.spend = m_settings.value(QLatin1String(settingskeys::kSyncSpend), true).toBool();
    return m_sync->start(options);
}

void MainWindow::onSyncFinished(const sync::RunResult &result)
{
    m_ui->actionSyncNow->setEnabled(true);
    m_ui->actionCancelSync->setEnabled(false);
    refreshOfflineState();
    // A sync that got through: the service is reachable, send what waits.
    if (m_actions && !result.unreachable && !result.signInRequired && !result.hasFatal)
        m_actions->push();
    if (result.signInRequired)
        m_statusMessages->show(
            [] { return tr("Sign in to Microsoft to sync (vigie login, or File › Sign in)."); },
            10000);
    // New high and medium alerts and findings get a desktop notification
    // (syncFinished comes after it and after the offline state, queued
    // behind them on the store worker).
    m_notifier->check([this] { Q_EMIT syncFinished(); });
}

// Desktop notifications, the tray icon, and the watch on other processes'
// writes (a `vigie sync` in a terminal updates the window like its own).
void MainWindow::setUpNotifications()
{
    m_notifier = new Notifier(
        *m_worker, m_settings,
        [this](store::NewItem::Kind kind) {
            return isActiveWindow() && !isMinimized() &&
                   currentPage() == (kind == store::NewItem::Kind::Alert ? Alerts : Detections);
        },
        this);
    connect(m_notifier, &Notifier::notified, this,
            [this](const QString &title, const QString &message) {
                // Kept re-renderable: a language switch translates it in place.
                m_statusMessages->show([this] { return m_notifier->recomposeLast().body; }, 15000);
                Q_EMIT notified(title, message);
            });
    const auto bringUp = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    connect(m_notifier, &Notifier::showRequested, this, bringUp);
    connect(m_notifier, &Notifier::openRequested, this,
            [this, bringUp](const Notifier::Target &target) {
                bringUp();
                if (target.kind == Notifier::Target::Kind::Alert) {
                    showPage(Alerts);
                    m_alerts->openAlert(target.id);
                } else if (target.kind == Notifier::Target::Kind::Finding) {
                    showPage(Detections);
                    m_detections->openFinding(target.id.toLongLong());
                }
            });
    m_showAction = new QAction(this);
    connect(m_showAction, &QAction::triggered, this, bringUp);
    m_notifier->showTrayIcon(windowIcon(), {m_showAction, m_ui->actionSyncNow, m_ui->actionQuit});

    m_watcher = new CacheWatcher(*m_worker, this);
    connect(m_watcher, &CacheWatcher::changed, this, &MainWindow::onCacheChangedElsewhere);
}

void MainWindow::onCacheChangedElsewhere(const QStringList &tables)
{
    // The window's own sync reports its writes itself (dataChanged, then
    // finished); what it wrote is seen here too, once, and is harmless.
    if (m_sync && m_sync->isRunning())
        return;
    onDataChanged(tables);
    if (tables.contains(u"sync_state"))
        refreshOfflineState();
    if (tables.contains(u"alerts") || tables.contains(u"findings"))
        m_notifier->check();
}

// The alerts queue replaces the placeholder; acting on alerts goes through
// the action layer (outbox first, activity trail) on the store thread.
void MainWindow::setUpAlertsPage()
{
    m_alerts = new AlertsPage(*m_worker, this);
    m_alerts->setSettings(&m_settings); // saved filters
    m_ui->alertsEmpty->hide();
    m_ui->alertsLayout->removeItem(m_ui->alertsSpacer);
    delete m_ui->alertsSpacer;
    m_ui->alertsSpacer = nullptr;
    m_ui->alertsLayout->addWidget(m_alerts, 1);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this](int page) {
        if (page == Alerts)
            m_alerts->reload();
    });
    connect(m_alerts, &AlertsPage::resolveRequested, this,
            [this](const QStringList &ids, sync::Resolution resolution) {
                m_actions->queueResolve(ids, resolution);
            });
    connect(m_alerts, &AlertsPage::noteRequested, this,
            [this](const QString &alertId, const QString &text) {
                const QString author = actor::current();
                m_worker->run<Result<qint64>>(
                    this,
                    [alertId, text, author](store::Database &db) {
                        return store::NoteRepository(db).add(
                            store::Note{0, QStringLiteral("alert"), alertId, text, author,
                                        QDateTime::currentMSecsSinceEpoch()});
                    },
                    [this](Result<qint64> added) {
                        statusBar()->showMessage(added ? tr("Note saved.") : added.error().message,
                                                 5000);
                        if (added)
                            m_alerts->reload();
                    });
            });
}

// The Overview replaces its placeholder; its tiles open the filtered alerts
// queue or the Detections page.
void MainWindow::setUpOverviewPage()
{
    m_overview = new OverviewPage(*m_worker, this);
    m_ui->overviewEmpty->hide();
    m_ui->overviewLayout->removeItem(m_ui->overviewSpacer);
    delete m_ui->overviewSpacer;
    m_ui->overviewSpacer = nullptr;
    m_ui->overviewLayout->addWidget(m_overview, 1);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this](int page) {
        if (page == Overview)
            m_overview->reload();
    });
    connect(m_overview, &OverviewPage::alertsRequested, this,
            [this](const AlertQueueFilter &filter) {
                showPage(Alerts);
                m_alerts->setFilter(filter);
            });
    connect(m_overview, &OverviewPage::detectionsRequested, this, [this] { showPage(Detections); });
    m_overview->reload();
}

// Resolve and suspend dialogs, the outbox push and its status bar counts, and
// the Activity page in place of its placeholder.
void MainWindow::setUpActions()
{
    m_actions = new ActionsController(*this, *m_worker, m_options.cachePath, m_options.push, this);
    m_actions->setSelection([this] { return m_alerts->selectedAlertIds(); });
    connect(m_actions, &ActionsController::message, this,
            [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_actions, &ActionsController::activityRequested, this, [this] { showPage(Activity); });
    m_activity = new ActivityPage(*m_worker, this);
    m_ui->activityEmpty->hide();
    m_ui->activityLayout->removeItem(m_ui->activitySpacer);
    delete m_ui->activitySpacer;
    m_ui->activitySpacer = nullptr;
    m_ui->activityLayout->addWidget(m_activity, 1);
    connect(m_activity, &ActivityPage::retryRequested, m_actions, &ActionsController::retry);
    connect(m_activity, &ActivityPage::sendMineRequested, m_actions,
            &ActionsController::sendMineAgain);
    connect(m_activity, &ActivityPage::keepRemoteRequested, m_actions,
            &ActionsController::keepRemote);
    connect(m_actions, &ActionsController::actionsChanged, this, [this] {
        if (currentPage() == Activity)
            m_activity->reload();
        if (currentPage() == Alerts)
            m_alerts->reload();
    });
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this](int page) {
        if (page == Activity)
            m_activity->reload();
    });
    // What waits in the outbox from an earlier session goes out once the
    // window runs (offline: it stays queued until the network is back).
    QTimer::singleShot(0, m_actions, &ActionsController::push);
}

void MainWindow::openSuspendDialog(const QString &customerId, const QString &azureSubscriptionId)
{
    if (m_actions)
        m_actions->openSuspendDialog(customerId, azureSubscriptionId);
}

// The trail records the analyst's own acts in the window as well as actions.
void MainWindow::recordActivity(const QString &verb, const QJsonObject &detail)
{
    if (!m_worker)
        return;
    const QString actor = actor::current();
    m_worker->run<Result<qint64>>(
        this,
        [verb, detail, actor](store::Database &db) {
            store::ActivityEntry e;
            e.atMs = QDateTime::currentMSecsSinceEpoch();
            e.actor = actor;
            e.verb = verb;
            e.objectKind = detail.value(u"objectKind").toString();
            e.objectId = detail.value(u"objectId").toString();
            e.detail = detail;
            return store::ActivityLog(db).append(e);
        },
        [](Result<qint64>) {});
}

// The Spend page replaces its placeholder; the drill-down is one more page of
// the stack, shown by showCustomer() only.
void MainWindow::setUpSpendPages()
{
    m_spend = new SpendPage(*m_worker, this);
    m_ui->spendEmpty->hide();
    m_ui->spendLayout->removeItem(m_ui->spendSpacer);
    delete m_ui->spendSpacer;
    m_ui->spendSpacer = nullptr;
    m_ui->spendLayout->addWidget(m_spend, 1);
    m_customer = new CustomerDrillDownPage(*m_worker, this);
    m_ui->pages->addWidget(m_customer);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this](int page) {
        if (page == Spend)
            m_spend->reload();
    });
    connect(m_spend, &SpendPage::customerRequested, this, &MainWindow::showCustomer);
    connect(m_customer, &CustomerDrillDownPage::caseReportRequested, this,
            &MainWindow::caseReportRequested);
}

void MainWindow::showCustomer(const QString &customerId, const QDate &focusDay)
{
    if (!m_customer || customerId.isEmpty())
        return;
    {
        // Hiding the current page can move the focus to the navigation list,
        // which then makes its first row current: the list stays silent here.
        const QSignalBlocker block(m_ui->navigation);
        m_ui->navigation->setCurrentRow(-1);
        m_ui->pages->setCurrentWidget(m_customer);
        m_ui->navigation->setCurrentRow(-1);
    }
    m_customer->setFocus();
    m_customer->showCustomer(customerId, focusDay);
}

void MainWindow::onDataChanged(const QStringList &tables)
{
    if (m_overview && currentPage() == Overview)
        m_overview->dataChanged(tables);
    // A hidden Detections page reloads when it is shown (currentChanged).
    if (m_detections && currentPage() == Detections)
        m_detections->dataChanged(tables);
    if (m_alerts && tables.contains(u"alerts") && currentPage() == Alerts)
        m_alerts->reload();
    if (m_spend && currentPage() == Spend &&
        (tables.contains(u"spend") || tables.contains(u"alerts")))
        m_spend->reload();
    // The Customers page reloads when shown; while shown, on what it counts.
    static const QStringList customerTables{
        QStringLiteral("alerts"), QStringLiteral("customers"),     QStringLiteral("findings"),
        QStringLiteral("spend"),  QStringLiteral("subscriptions"), QStringLiteral("signins"),
        QStringLiteral("audits")};
    if (m_customers && currentPage() == Customers &&
        std::any_of(tables.cbegin(), tables.cend(),
                    [](const QString &t) { return customerTables.contains(t); }))
        m_customers->reload();
}

// The Customers page replaces the placeholder. Opening a customer shows its
// drill-down page.
void MainWindow::setUpCustomersPage()
{
    m_customers = new CustomersPage(*m_worker, &m_settings, this);
    m_ui->customersEmpty->hide();
    m_ui->customersLayout->removeItem(m_ui->customersSpacer);
    delete m_ui->customersSpacer;
    m_ui->customersSpacer = nullptr;
    m_ui->customersLayout->addWidget(m_customers, 1);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this](int page) {
        if (page == Customers)
            m_customers->reload();
    });
    connect(m_customers, &CustomersPage::customerActivated, this,
            [this](const QString &customerId) {
                Q_EMIT customerActivated(customerId);
                showCustomer(customerId);
            });
    connect(m_customers, &CustomersPage::tagAlertsRequested, this, [this](const QString &tag) {
        AlertQueueFilter filter = m_alerts->filter();
        filter.customerId.clear();
        filter.customerTag = tag;
        m_alerts->setFilter(filter);
        showPage(Alerts);
    });
    // Tags are a facet of the alerts queue too.
    connect(m_customers, &CustomersPage::tagsChanged, m_alerts, &AlertsPage::reload);
}

// The Settings page replaces the placeholder; language and sync interval
// apply to this window at once.
void MainWindow::setUpSettingsPage()
{
    m_settingsPage = new SettingsPage(m_settings, m_worker, m_options.cachePath, this);
    m_ui->settingsEmpty->hide();
    m_ui->settingsLayout->removeItem(m_ui->settingsSpacer);
    delete m_ui->settingsSpacer;
    m_ui->settingsSpacer = nullptr;
    // Scrolls rather than imposing its size on a smaller window.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_settingsPage);
    m_ui->settingsLayout->addWidget(scroll, 1);
    connect(m_settingsPage, &SettingsPage::languageChosen, this, &MainWindow::setLanguage);
    // The language in use (a --lang override included), not only the stored one.
    m_settingsPage->setLanguageInUse(m_localization.language());
    connect(&m_localization, &Localization::languageChanged, m_settingsPage,
            &SettingsPage::setLanguageInUse);
    connect(m_settingsPage, &SettingsPage::syncIntervalChanged, this, [this](int minutes) {
        m_options.syncIntervalMinutes = minutes;
        if (!m_sync)
            return;
        if (minutes > 0)
            m_syncTimer.start(minutes * 60 * 1000);
        else
            m_syncTimer.stop();
    });
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this](int page) {
        if (page == Settings)
            m_settingsPage->load();
    });
}

// First run: nobody signed in and an empty cache (never the demo): the window
// opens on a welcome page instead of empty tables.
void MainWindow::showWelcomeIfFirstRun()
{
    if (m_options.demo || !m_worker || !m_options.checkSignedIn)
        return;
    m_worker->run<bool>(
        this,
        [](store::Database &db) {
            return store::CustomerRepository(db).countCustomers() == 0 &&
                   store::SyncStateRepository(db).offlineState().lastSuccessfulSyncMs == 0;
        },
        [this](bool empty) {
            if (!empty)
                return;
            m_options.checkSignedIn([this](bool signedIn) {
                if (signedIn || m_welcome)
                    return;
                m_welcome = new WelcomePage(this);
                connect(m_welcome, &WelcomePage::signInRequested, this, &MainWindow::signIn);
                connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
                m_ui->pages->addWidget(m_welcome);
                m_ui->pages->setCurrentWidget(m_welcome);
                // The navigation keeps its row: clicking that same page leaves
                // the welcome page too.
                connect(
                    m_ui->navigation, &QListWidget::itemClicked, m_welcome,
                    [this](QListWidgetItem *item) { showPage(Page(m_ui->navigation->row(item))); });
                Q_EMIT welcomeShown();
            });
        });
}

void MainWindow::refreshOfflineState()
{
    if (!m_worker)
        return;
    m_worker->run<store::OfflineState>(
        this, [](store::Database &db) { return store::SyncStateRepository(db).offlineState(); },
        [this](store::OfflineState state) {
            if (m_syncStatus)
                m_syncStatus->setOfflineState(state.lastSuccessfulSyncMs, state.offlineSinceMs);
            if (m_resume)
                m_resume->setOfflineFromCache(state.offlineSinceMs > 0);
        });
}

void MainWindow::watchNetwork()
{
    using R = QNetworkInformation::Reachability;
    const auto feature = QNetworkInformation::Feature::Reachability;
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadBackendByFeatures(feature)) {
        qCInfo(lcGui) << "no network information backend; offline retries on the backoff only";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(feature))
        return;
    qCInfo(lcGui) << "network information:" << info->backendName() << info->reachability();
    auto apply = [this](R r) {
        if (r == R::Online)
            m_resume->setNetworkOnline(true);
        else if (r != R::Unknown) // disconnected, or only the local network / site
            m_resume->setNetworkOnline(false);
    };
    apply(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(int(page));
    m_ui->pages->setCurrentIndex(int(page)); // also from the welcome page, row unchanged
}

void MainWindow::setLanguage(const QString &lang)
{
    m_settings.setValue(QStringLiteral("ui/language"), lang);
    recordActivity(
        QStringLiteral("settings"),
        QJsonObject{{QStringLiteral("result"), QStringLiteral("done")},
                    {QStringLiteral("note"), QStringLiteral("ui/language=%1").arg(lang)}});
    m_localization.apply(lang); // LanguageChange reaches changeEvent()
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int row = m_ui->navigation->currentRow();
        m_ui->retranslateUi(this);
        m_ui->navigation->setCurrentRow(row);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const bool french = m_localization.language() == u"fr";
    m_ui->actionFrench->setChecked(french);
    m_ui->actionEnglish->setChecked(!french);
    if (m_actions)
        m_actions->retranslate();
    m_statusLabel->setText(m_options.demo ? tr("Demo data") : tr("Offline: not synced yet"));
    setWindowTitle(m_options.demo ? tr("Vigie (demo)") : tr("Vigie"));
    if (m_showAction)
        m_showAction->setText(tr("Show Vigie"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    m_settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("ui/windowState"), QMainWindow::saveState());
    m_settings.setValue(QStringLiteral("ui/page"), int(currentPage()));
    m_settings.sync();
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(QStringLiteral("ui/geometry")).toByteArray()))
        DefaultGeometry::apply(this); // first run: the screen's work area, up to 1280×800
    QMainWindow::restoreState(m_settings.value(QStringLiteral("ui/windowState")).toByteArray());
    const int page = m_settings.value(QStringLiteral("ui/page"), 0).toInt();
    showPage(page >= 0 && page < PageCount ? Page(page) : Overview);
}

} // namespace vigie::gui
