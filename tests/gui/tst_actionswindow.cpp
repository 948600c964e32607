// The window's actions end to end, offscreen, against an in-process
// vigie-sim and its request journal: resolve from the keyboard reaches the
// outbox and is pushed once; an offline queue goes when the network is back;
// the suspend dialog (typed name, cancel -> pending -> done, 412 -> ask
// again); conflicts with local vs remote and both choices; the response
// checklist; the Activity page's filters and model. Every dialog and the
// page are grabbed to PNG.

#include "../sync/simharness.h"
#include "analytics/detectionservice.h"
#include "core/localization.h"
#include "core/responsechecklist.h"
#include "gui/actionscontroller.h"
#include "gui/activitymodel.h"
#include "gui/activitypage.h"
#include "gui/alertspage.h"
#include "gui/checklistdialog.h"
#include "gui/mainwindow.h"
#include "gui/resolvedialog.h"
#include "gui/resumepolicy.h"
#include "gui/storeworker.h"
#include "gui/suspenddialog.h"
#include "store/activitylog.h"
#include "store/checklist.h"
#include "sync/pushengine.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>
#include <QTreeWidget>

using namespace vigie;
using namespace vigie::synctest;

namespace {

// Listens on a fixed loopback port and pipes every connection to the
// simulator: "the network comes back" at the address the window uses.
class Relay : public QObject
{
public:
    explicit Relay(quint16 target) : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Relay::accept);
    }
    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }

private:
    void accept()
    {
        while (QTcpSocket *in = m_server.nextPendingConnection()) {
            auto *out = new QTcpSocket(in);
            auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                if (to->state() == QAbstractSocket::ConnectedState)
                    to->write(from->readAll());
            };
            connect(in, &QTcpSocket::readyRead, out, [=] { pipe(in, out); });
            connect(out, &QTcpSocket::readyRead, in, [=] { pipe(out, in); });
            connect(out, &QTcpSocket::connected, in, [=] { pipe(in, out); });
            connect(in, &QTcpSocket::disconnected, out, [=] {
                out->disconnectFromHost();
                in->deleteLater();
            });
            connect(out, &QTcpSocket::disconnected, in, [=] {
                in->write(out->readAll());
                in->disconnectFromHost();
            });
            connect(out, &QTcpSocket::errorOccurred, in, [=] { in->disconnectFromHost(); });
            out->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
};

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString artifacts()
{
    const QString dir = QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts");
    QDir().mkpath(dir);
    return dir;
}

QString one(store::Database &db, const QByteArray &sql)
{
    return sqlValue(db.queryText(sql));
}

// A comma-separated column as stored (ids keep their case).
QStringList list(store::Database &db, const QByteArray &sql)
{
    return sqlValue(db.queryText(sql)).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class TestActionsWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_sim;
    QTemporaryDir m_dir;
    QString m_seeded; // a cache synced once from the simulator, copied per test
    int m_cacheNo = 0;

    // The changes (PATCH, POST) the simulator received, sign-in excluded.
    QList<QJsonObject> changes() const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_sim->journal()) {
            const QJsonObject e = v.toObject();
            const QString m = e.value(u"method").toString();
            if ((m == u"PATCH" || m == u"POST") && !e.value(u"path").toString().contains(u"oauth2"))
                out << e;
        }
        return out;
    }

    // A fresh copy of the synced cache (the world is reset at init()).
    QString freshCache()
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_cacheNo));
        QFile::copy(m_seeded, path);
        return path;
    }

    gui::MainWindow::Options options(const QString &cache, quint16 port)
    {
        gui::MainWindow::Options o;
        o.cachePath = cache;
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        o.cloud = sync::netSourceFactory(simEndpoints(base), fastRetry());
        o.push = sync::netPushChannelFactory(simEndpoints(base), fastRetry());
        o.syncIntervalMinutes = 0;
        o.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
        o.retryFirstMs = 60000;
        o.networkDebounceMs = 100;
        o.watchNetwork = false;
        return o;
    }

    // Ctrl+2, the first alert of the queue (newest first) selected, focus in the table.
    QString selectFirstAlert(gui::MainWindow &w, QTableView **tableOut = nullptr)
    {
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        gui::AlertsPage *page = w.alertsPage();
        if (!QTest::qWaitFor([&] { return page->model()->rowCount() > 0; }, 10000))
            return {};
        auto *table = page->findChild<QTableView *>(QStringLiteral("table"));
        table->setFocus();
        table->selectRow(0);
        if (tableOut)
            *tableOut = table;
        return page->model()->rowAt(0)->id;
    }

    // Generous: a push waits for the window's start-up work (store worker,
    // first loads) and ran past 20 s once beside a parallel build; it
    // returns as soon as the push has finished.
    bool waitPush(QSignalSpy &spy, int count, int ms = 60000)
    {
        return QTest::qWaitFor([&] { return spy.size() >= count; }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::WorldConfig wc;
        wc.seed = 20;
        wc.customers = 3;
        wc.signInsPerTenant = 10;
        wc.auditsPerWeekday = 1;
        wc.logDays = 7;
        wc.scenarioCustomers = 0;
        sim::SimOptions so;
        so.throttle = false;
        so.deviceInterval = 1;
        so.autoApproveAfterPolls = 1;
        m_sim = std::make_unique<sim::Server>(wc, so);
        QVERIFY(m_sim->listen(0) > 0);
        QString why;
        QVERIFY2(signIn(m_sim->baseUrl(), &why), qPrintable(why));
        m_seeded = m_dir.filePath(QStringLiteral("seeded.sqlite"));
        sync::SyncEngine engine(
            sync::netSourceFactory(simEndpoints(m_sim->baseUrl()), fastRetry()));
        sync::SyncOptions so2;
        so2.cachePath = m_seeded;
        so2.days = 90;
        so2.logs = false;
        const sync::RunResult r = runSync(engine, so2);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        auto db = openDb(m_seeded);
        QVERIFY(sqlValue(db->queryInt("SELECT count(*) FROM alerts WHERE status='active'")) > 3);
        QVERIFY(sqlValue(db->queryInt("SELECT count(*) FROM entitlements")) > 0);
    }

    void init()
    {
        m_sim->service().reset();
        m_sim->service().clearFaults();
        m_sim->service().clearJournal();
    }

    // The analyst's path: Ctrl+2, F on the selected alert. The action goes
    // through the outbox and is pushed off the GUI thread: exactly one PATCH.
    // A fraud offers the response checklist; ticking it is stored and traced.
    void resolveFromTheKeyboardIsPushedOnce()
    {
        const QString cache = freshCache();
        QSettings settings(m_dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(options(cache, m_sim->port()), settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        gui::ActionsController *actions = w.actions();
        QVERIFY(actions && actions->pushEngine());
        QSignalSpy pushed(actions, &gui::ActionsController::pushFinished);
        QVERIFY(waitPush(pushed, 1)); // the start-up push of an empty outbox
        m_sim->service().clearJournal();

        QTableView *table = nullptr;
        const QString id = selectFirstAlert(w, &table);
        QVERIFY(!id.isEmpty());
        QTest::keyClick(table, Qt::Key_F);
        QVERIFY(waitPush(pushed, 2));
        const sync::PushReport report = pushed.last().first().value<sync::PushReport>();
        QCOMPARE(report.outcomes.size(), 1);
        QCOMPARE(report.outcomes.first().targetId, id);
        QCOMPARE(report.outcomes.first().state, ActionState::Enum::Done);

        const QList<QJsonObject> sent = changes();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().value(u"method").toString(), QStringLiteral("PATCH"));
        QVERIFY(sent.first().value(u"path").toString().endsWith(id));
        const QJsonObject body =
            QJsonDocument::fromJson(sent.first().value(u"body").toString().toUtf8()).object();
        QCOMPARE(body.value(u"resolvedReason").toString(), QStringLiteral("fraud"));
        auto db = openDb(cache);
        QCOMPARE(one(*db, "SELECT state FROM outbox"), QStringLiteral("done"));
        QCOMPARE(sent.first().value(u"headers").toObject().value(u"client-request-id").toString(),
                 one(*db, "SELECT idempotency_key FROM outbox"));
        QCOMPARE(m_sim->service().world().alert(id)->value(u"status").toString(),
                 QStringLiteral("resolved"));

        // Fraud: the response checklist of that customer is offered.
        QTRY_VERIFY(actions->checklistDialog() && actions->checklistDialog()->isVisible());
        gui::ChecklistDialog *checklist = actions->checklistDialog();
        const QString customer =
            one(*db, "SELECT customer_id FROM alerts WHERE id='" + id.toLatin1() + "'");
        QCOMPARE(checklist->customerId(), customer);
        QTRY_COMPARE(checklist->list()->count(), int(responseChecklistItems().size()));
        checklist->list()->setFocus();
        checklist->list()->setCurrentRow(1);
        QTest::keyClick(checklist->list(), Qt::Key_Space);
        QTRY_VERIFY(store::checklistTicks(*db, customer).ok() &&
                    store::checklistTicks(*db, customer)->size() == 1);
        const store::ChecklistTick tick = store::checklistTicks(*db, customer)->first();
        QCOMPARE(tick.itemKey, responseChecklistItems().at(1).key);
        QVERIFY(tick.done);
        QCOMPARE(one(*db, "SELECT count(*) FROM activity WHERE verb='checklist'"),
                 QStringLiteral("1"));
        QTRY_COMPARE(checklist->doneCount(), 1);
        QVERIFY(checklist->grab().save(artifacts() + QStringLiteral("/checklist-dialog.png")));

        // A second push sends nothing again.
        m_sim->service().clearJournal();
        QVERIFY(actions->push());
        QVERIFY(waitPush(pushed, 3));
        QVERIFY(changes().isEmpty());
    }

    // Offline: the action stays queued (the status bar says so); when the
    // OS reports the network back, the window pushes it.
    void offlineQueueIsPushedWhenTheNetworkReturns()
    {
        const quint16 port = closedPort();
        QVERIFY(port > 0);
        const QString cache = freshCache();
        QSettings settings(m_dir.filePath(QStringLiteral("b.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(options(cache, port), settings, loc);
        w.resize(1280, 800);
        w.show();
        gui::ActionsController *actions = w.actions();
        QSignalSpy pushed(actions, &gui::ActionsController::pushFinished);
        QSignalSpy synced(w.syncEngine(), &sync::SyncEngine::finished);
        QVERIFY(waitPush(pushed, 1));
        QVERIFY(w.startSync());
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        QVERIFY(w.resumePolicy()->isOffline());

        QTableView *table = nullptr;
        const QString id = selectFirstAlert(w, &table);
        QTest::keyClick(table, Qt::Key_I);
        QVERIFY(waitPush(pushed, 2));
        QVERIFY(pushed.last().first().value<sync::PushReport>().offline);
        QTRY_VERIFY2(actions->outboxStatus()->text().startsWith(u"1 action") &&
                         actions->outboxStatus()->text().endsWith(u"queued"),
                     qPrintable(actions->outboxStatus()->text()));
        QVERIFY(actions->outboxStatus()->isVisibleTo(&w));
        QVERIFY(changes().isEmpty());
        auto db = openDb(cache);
        QCOMPARE(one(*db, "SELECT state FROM outbox"), QStringLiteral("queued"));

        // The status bar's count opens the Activity page.
        QTest::mouseClick(actions->outboxStatus(), Qt::LeftButton);
        QCOMPARE(w.currentPage(), gui::MainWindow::Activity);

        Relay relay(m_sim->port());
        QVERIFY(relay.listen(port));
        w.resumePolicy()->setNetworkOnline(false);
        w.resumePolicy()->setNetworkOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(one(*db, "SELECT state FROM outbox"), QStringLiteral("done"),
                                  20000);
        const QList<QJsonObject> sent = changes();
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().value(u"path").toString().endsWith(id));
        QTRY_VERIFY(!actions->outboxStatus()->isVisibleTo(&w));
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 20000); // the sync ran too
    }

    // The suspend dialog from the selected alert: the alert's Azure
    // subscription preselected, nothing possible until the company name is
    // typed exactly; cancel -> pending -> done once polling sees the change.
    void suspendDialogRefusesUntilTheNameIsTypedThenCancels()
    {
        const QString cache = freshCache();
        auto db = openDb(cache);
        const QString alertId = one(*db, "SELECT a.id FROM alerts a JOIN entitlements e ON "
                                         "e.id = a.subscription_id AND e.status='active' "
                                         "ORDER BY a.last_observed_at DESC LIMIT 1");
        QVERIFY(!alertId.isEmpty());
        const QString entitlement =
            one(*db, "SELECT subscription_id FROM alerts WHERE id='" + alertId.toLatin1() + "'");
        const QString customer =
            one(*db, "SELECT customer_id FROM alerts WHERE id='" + alertId.toLatin1() + "'");
        const QString name =
            one(*db, "SELECT company_name FROM customers WHERE id='" + customer.toLatin1() + "'");
        QVERIFY(!name.isEmpty());

        QSettings settings(m_dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(options(cache, m_sim->port()), settings, loc);
        w.resize(1280, 800);
        w.show();
        gui::ActionsController *actions = w.actions();
        actions->pushEngine()->setCancelPolling(300, 10);
        QSignalSpy pushed(actions, &gui::ActionsController::pushFinished);
        QVERIFY(waitPush(pushed, 1));
        m_sim->service().clearJournal();

        actions->openSuspendForAlert(alertId);
        QTRY_VERIFY(actions->suspendDialog() && actions->suspendDialog()->isVisible());
        gui::SuspendDialog *dialog = actions->suspendDialog();
        QTreeWidgetItem *current = dialog->subscriptionList()->currentItem();
        QVERIFY(current);
        QCOMPARE(current->toolTip(0).toLower(), entitlement.toLower());
        QVERIFY(dialog->windowTitle().contains(name));
        QVERIFY(!dialog->cancelAzureButton()->isEnabled());
        QVERIFY(!dialog->suspendPlanButton()->isEnabled());

        // Wrong case, then one letter short: still refused, nothing sent.
        dialog->confirmField()->setFocus();
        QTest::keyClicks(dialog->confirmField(),
                         name.toUpper() == name ? name.toLower() : name.toUpper());
        QVERIFY(!dialog->cancelAzureButton()->isEnabled());
        dialog->confirmField()->clear();
        QTest::keyClicks(dialog->confirmField(), name.chopped(1));
        QVERIFY(!dialog->cancelAzureButton()->isEnabled());
        QTest::mouseClick(dialog->cancelAzureButton(), Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(one(*db, "SELECT count(*) FROM outbox"), QStringLiteral("0"));
        QVERIFY(dialog->grab().save(artifacts() + QStringLiteral("/suspend-dialog-refused.png")));

        QTest::keyClicks(dialog->confirmField(), name.right(1));
        QVERIFY(dialog->cancelAzureButton()->isEnabled());
        dialog->cancelAzureButton()->setFocus();
        QTest::keyClick(dialog->cancelAzureButton(), Qt::Key_Space);
        QTRY_VERIFY(dialog->statusText().startsWith(u"Pending"));
        QCOMPARE(dialog->subscriptionList()->currentItem()->text(1), QStringLiteral("Pending"));
        QVERIFY(dialog->grab().save(artifacts() + QStringLiteral("/suspend-dialog-pending.png")));

        QVERIFY(waitPush(pushed, 2));
        QTRY_VERIFY2(dialog->statusText().startsWith(u"Done"), qPrintable(dialog->statusText()));
        const QList<QJsonObject> sent = changes();
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().value(u"path").toString().toLower().endsWith(
            entitlement.toLower() + QStringLiteral("/cancel")));
        QCOMPARE(sent.first().value(u"status").toInt(), 202);
        const QString status =
            one(*db, "SELECT status FROM entitlements WHERE id='" + entitlement.toLatin1() + "'");
        QVERIFY2(status != u"active" && status != u"pending", qPrintable(status));
        QTRY_VERIFY(dialog->subscriptionList()->currentItem() &&
                    dialog->subscriptionList()->currentItem()->text(1).startsWith(u"Cancelled"));
        QVERIFY(dialog->grab().save(artifacts() + QStringLiteral("/suspend-dialog-done.png")));
        // Done: the customer's response checklist is offered.
        QTRY_VERIFY(actions->checklistDialog() && actions->checklistDialog()->isVisible());
        QCOMPARE(actions->checklistDialog()->customerId(), customer);
    }

    // Suspending a whole plan that keeps changing on the service (412 twice):
    // the action ends in conflict, the dialog reads again and asks again; the
    // Activity page shows it local vs remote and "send mine again" sends it.
    void suspendConflictAsksAgainAndCanBeSentAgain()
    {
        const QString cache = freshCache();
        auto db = openDb(cache);
        const QString plan = one(*db, "SELECT s.id FROM subscriptions s WHERE s.status='active' "
                                      "AND EXISTS(SELECT 1 FROM entitlements e WHERE "
                                      "e.subscription_id = s.id) ORDER BY s.id LIMIT 1");
        QVERIFY(!plan.isEmpty());
        const QString customer =
            one(*db, "SELECT customer_id FROM subscriptions WHERE id='" + plan.toLatin1() + "'");
        const QString name =
            one(*db, "SELECT company_name FROM customers WHERE id='" + customer.toLatin1() + "'");
        QSettings settings(m_dir.filePath(QStringLiteral("d.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(options(cache, m_sim->port()), settings, loc);
        w.resize(1280, 800);
        w.show();
        gui::ActionsController *actions = w.actions();
        QSignalSpy pushed(actions, &gui::ActionsController::pushFinished);
        QVERIFY(waitPush(pushed, 1));
        m_sim->service().clearJournal();
        sim::Fault f;
        f.kind = QStringLiteral("etagConflict");
        f.count = 2;
        m_sim->service().addFault(f);

        w.openSuspendDialog(customer, plan);
        QTRY_VERIFY(actions->suspendDialog() && actions->suspendDialog()->isVisible());
        gui::SuspendDialog *dialog = actions->suspendDialog();
        QCOMPARE(dialog->subscriptionList()->currentItem()->toolTip(0), plan);
        QTest::keyClicks(dialog->confirmField(), name);
        QVERIFY(dialog->suspendPlanButton()->isEnabled());
        QVERIFY(!dialog->cancelAzureButton()->isEnabled()); // a plan is not an Azure subscription
        dialog->suspendPlanButton()->setFocus();
        QTest::keyClick(dialog->suspendPlanButton(), Qt::Key_Space);
        QVERIFY(waitPush(pushed, 2));
        QTRY_VERIFY2(dialog->statusText().contains(u"changed on the service"),
                     qPrintable(dialog->statusText()));
        QVERIFY(dialog->confirmField()->text().isEmpty());
        QVERIFY(!dialog->suspendPlanButton()->isEnabled()); // asked again
        QCOMPARE(one(*db, "SELECT state FROM outbox"), QStringLiteral("conflict"));
        QVERIFY(dialog->grab().save(artifacts() + QStringLiteral("/suspend-dialog-conflict.png")));
        dialog->reject();

        // The Activity page: local vs remote, then "send mine again".
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Activity);
        gui::ActivityPage *page = w.activityPage();
        QTRY_COMPARE(page->attentionList()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = page->attentionList()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Conflict"));
        QCOMPARE(row->text(3), QStringLiteral("Suspended"));
        QCOMPARE(row->text(4), QStringLiteral("active"));
        QVERIFY(page->attentionDetail().contains(u"local (Vigie): Suspended"));
        auto *sendMine = page->findChild<QPushButton *>(QStringLiteral("sendMine"));
        QVERIFY(sendMine->isEnabled());
        m_sim->service().clearJournal();
        sendMine->setFocus();
        QTest::keyClick(sendMine, Qt::Key_Space);
        QVERIFY(waitPush(pushed, 3));
        QTRY_COMPARE(page->attentionList()->topLevelItemCount(), 0);
        const QList<QJsonObject> sent = changes();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().value(u"status").toInt(), 200);
        QCOMPARE(one(*db, "SELECT status FROM subscriptions WHERE id='" + plan.toLatin1() + "'"),
                 QStringLiteral("suspended"));
        QCOMPARE(one(*db, "SELECT group_concat(state, ',') FROM (SELECT state FROM outbox "
                          "ORDER BY id)"),
                 QStringLiteral("done,done"));
    }

    // Someone resolved the alert differently on the service: a conflict,
    // shown local vs remote; "keep the remote state" sends nothing, "send
    // mine again" sends exactly one PATCH with the analyst's reason.
    void resolveConflictEachChoiceDoesWhatItSays()
    {
        const QString cache = freshCache();
        auto db = openDb(cache);
        const QStringList ids =
            list(*db, "SELECT group_concat(id) FROM (SELECT id FROM alerts WHERE "
                      "status='active' ORDER BY id LIMIT 2)");
        QCOMPARE(ids.size(), 2);
        QSettings settings(m_dir.filePath(QStringLiteral("e.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(options(cache, m_sim->port()), settings, loc);
        w.resize(1280, 800);
        w.show();
        gui::ActionsController *actions = w.actions();
        QSignalSpy pushed(actions, &gui::ActionsController::pushFinished);
        QVERIFY(waitPush(pushed, 1));
        for (const QString &id : ids) {
            QJsonObject *remote = m_sim->service().world().alert(id);
            QVERIFY(remote);
            remote->insert(QStringLiteral("status"), QStringLiteral("resolved"));
            remote->insert(QStringLiteral("resolvedReason"), QStringLiteral("legitimate"));
        }
        m_sim->service().clearJournal();
        actions->queueResolve(ids, sync::Resolution::Fraud);
        QVERIFY(waitPush(pushed, 2));
        QVERIFY(changes().isEmpty()); // never overwritten silently
        QCOMPARE(one(*db, "SELECT group_concat(state) FROM outbox"),
                 QStringLiteral("conflict,conflict"));

        w.showPage(gui::MainWindow::Activity);
        gui::ActivityPage *page = w.activityPage();
        QTRY_COMPARE(page->attentionList()->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem *row = page->attentionList()->topLevelItem(i);
            QCOMPARE(row->text(3), QStringLiteral("Resolved as Fraud"));
            QVERIFY2(row->text(4).contains(u"Legitimate"), qPrintable(row->text(4)));
        }
        QVERIFY(page->grab().save(artifacts() + QStringLiteral("/activity-conflicts.png")));
        const qint64 first =
            one(*db, "SELECT id FROM outbox WHERE target_id='" + ids.at(0).toLatin1() + "'")
                .toLongLong();
        const qint64 second =
            one(*db, "SELECT id FROM outbox WHERE target_id='" + ids.at(1).toLatin1() + "'")
                .toLongLong();

        QVERIFY(page->selectAction(first));
        auto *keep = page->findChild<QPushButton *>(QStringLiteral("keepRemote"));
        keep->setFocus();
        QTest::keyClick(keep, Qt::Key_Space);
        QTRY_COMPARE(page->attentionList()->topLevelItemCount(), 1);
        QCOMPARE(one(*db, "SELECT state FROM outbox WHERE id=" + QByteArray::number(first)),
                 QStringLiteral("done"));
        QCOMPARE(one(*db, "SELECT count(*) FROM activity WHERE verb='keep-remote'"),
                 QStringLiteral("1"));
        QVERIFY(changes().isEmpty());

        QVERIFY(page->selectAction(second));
        auto *sendMine = page->findChild<QPushButton *>(QStringLiteral("sendMine"));
        sendMine->setFocus();
        QTest::keyClick(sendMine, Qt::Key_Space);
        QVERIFY(waitPush(pushed, 3));
        const QList<QJsonObject> sent = changes();
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().value(u"path").toString().endsWith(ids.at(1)));
        QCOMPARE(m_sim->service().world().alert(ids.at(1))->value(u"resolvedReason").toString(),
                 QStringLiteral("fraud"));
        QCOMPARE(m_sim->service().world().alert(ids.at(0))->value(u"resolvedReason").toString(),
                 QStringLiteral("legitimate"));
        QTRY_COMPARE(page->attentionList()->topLevelItemCount(), 0);
    }

    // The resolve dialog for a selection (Ctrl+Shift+L) and the backlog
    // ("older than N days" as Ignore, one confirmation with the count per
    // customer by company name).
    void resolveDialogsForASelectionAndTheBacklog()
    {
        const QString cache = freshCache();
        auto db = openDb(cache);
        QSettings settings(m_dir.filePath(QStringLiteral("f.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        auto o = options(cache, m_sim->port());
        o.push = {}; // queue only: what the dialogs queue is what is checked
        gui::MainWindow w(o, settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        gui::ActionsController *actions = w.actions();
        QTableView *table = nullptr;
        QVERIFY(!selectFirstAlert(w, &table).isEmpty());
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QStringList selected = w.alertsPage()->selectedAlertIds();
        QCOMPARE(selected.size(), 3);
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(actions->resolveDialog() && actions->resolveDialog()->isVisible());
        gui::ResolveDialog *dialog = actions->resolveDialog();
        QCOMPARE(dialog->alertIds().size(), 3);
        auto *fraud = dialog->findChild<QRadioButton *>(QStringLiteral("fraud"));
        fraud->setFocus();
        QTest::keyClick(fraud, Qt::Key_Space);
        QCOMPARE(dialog->resolution(), sync::Resolution::Fraud);
        auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("note"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("crypto mining"));
        QVERIFY(dialog->grab().save(artifacts() + QStringLiteral("/resolve-dialog.png")));
        dialog->accept();
        QTRY_COMPARE(one(*db, "SELECT count(*) FROM outbox"), QStringLiteral("3"));
        QCOMPARE(one(*db, "SELECT count(DISTINCT json_extract(payload, '$.resolvedReason')) || "
                          "json_extract(payload, '$.resolvedReason') FROM outbox"),
                 QStringLiteral("1fraud"));
        QCOMPARE(one(*db, "SELECT count(*) FROM notes WHERE text='crypto mining'"),
                 QStringLiteral("3"));

        // The backlog: the counts per customer name come from the cache.
        const int days = 20;
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 86400000;
        const QString expected =
            one(*db, "SELECT group_concat(n || '@' || name, ';') FROM (SELECT c.company_name name, "
                     "count(*) n FROM alerts a JOIN customers c ON c.id = a.customer_id WHERE "
                     "a.status IN ('active','investigating') AND a.detected_at < " +
                         QByteArray::number(before) + " GROUP BY 1 ORDER BY 1)");
        QVERIFY(!expected.isEmpty());
        actions->openBacklogDialog(days);
        QTRY_VERIFY(actions->resolveDialog() &&
                    actions->resolveDialog()->mode() == gui::ResolveDialog::Mode::Backlog);
        gui::ResolveDialog *backlog = actions->resolveDialog();
        QCOMPARE(backlog->mode(), gui::ResolveDialog::Mode::Backlog);
        QCOMPARE(backlog->resolution(), sync::Resolution::Ignore);
        QVERIFY(!backlog->findChild<QWidget *>(QStringLiteral("fraud"))->isEnabled());
        QTRY_VERIFY(!backlog->alertIds().isEmpty());
        auto *perCustomer = backlog->findChild<QPlainTextEdit *>(QStringLiteral("perCustomer"));
        int total = 0;
        for (const QString &entry : expected.split(u';')) {
            const int n = entry.section(u'@', 0, 0).toInt();
            const QString name = entry.section(u'@', 1);
            total += n;
            QVERIFY2(perCustomer->toPlainText().contains(
                         QStringLiteral("%1: %2 alert").arg(name).arg(n)),
                     qPrintable(perCustomer->toPlainText() + QStringLiteral(" / ") + expected));
        }
        QCOMPARE(backlog->alertIds().size(), total);
        QVERIFY(backlog->grab().save(artifacts() + QStringLiteral("/resolve-backlog-dialog.png")));
        const qint64 queuedBefore = one(*db, "SELECT count(*) FROM outbox").toLongLong();
        QTest::keyClick(backlog, Qt::Key_Return);
        QTRY_VERIFY(one(*db, "SELECT count(*) FROM outbox WHERE json_extract(payload, "
                             "'$.resolvedReason') = 'ignore'")
                        .toInt() > 0);
        const qint64 ignored = one(*db, "SELECT count(*) FROM outbox WHERE json_extract(payload, "
                                        "'$.resolvedReason') = 'ignore'")
                                   .toLongLong();
        // An alert of the selection already queued keeps its action.
        QVERIFY(ignored <= total && ignored >= total - 3);
        QVERIFY(one(*db, "SELECT count(*) FROM outbox").toLongLong() > queuedBefore);
    }

    // The Activity page over a trail with known entries: each filter keeps
    // exactly the entries that match it; the model passes the tester.
    void activityPageFilters()
    {
        const QString cache = freshCache();
        auto db = openDb(cache);
        const QStringList customers =
            list(*db, "SELECT group_concat(id) FROM (SELECT id FROM customers ORDER BY id)");
        QVERIFY(customers.size() >= 2);
        QVERIFY(db->exec("DELETE FROM activity")); // the sync's entries: only known ones below
        const qint64 day = 86400000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        struct Seed
        {
            const char *verb;
            const char *result;
            int customer;
            qint64 ago;
            const char *note;
        };
        const QList<Seed> seeds{{"resolve", "done", 0, 1, "first"},
                                {"resolve", "conflict", 1, 2, "second"},
                                {"suspend", "failed", 0, 3, "third"},
                                {"checklist", "done", 1, 10, "fourth"},
                                {"sign-in", "done", -1, 40, "fifth"}};
        for (const Seed &s : seeds) {
            store::ActivityEntry e;
            e.atMs = now - s.ago * day;
            e.actor = QStringLiteral("analyst");
            e.verb = QString::fromLatin1(s.verb);
            e.objectKind = QStringLiteral("customer");
            e.objectId = s.customer >= 0 ? customers.at(s.customer) : QString();
            e.detail = QJsonObject{{QStringLiteral("result"), QString::fromLatin1(s.result)},
                                   {QStringLiteral("note"), QString::fromLatin1(s.note)}};
            if (s.customer >= 0)
                e.detail.insert(QStringLiteral("customerId"), customers.at(s.customer));
            QVERIFY(store::ActivityLog(*db).append(e).ok());
        }
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::StoreWorker worker(cache);
        gui::ActivityPage page(worker);
        page.resize(1280, 700);
        page.show();
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &gui::ActivityPage::loaded);
        auto reloadAndCount = [&] {
            loaded.clear();
            if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 5000))
                return -1;
            return loaded.last().first().toInt();
        };
        page.reload();
        QCOMPARE(reloadAndCount(), 5);
        // Newest first; names, not ids.
        QCOMPARE(page.model()->index(0, gui::ActivityModel::Note).data().toString(),
                 QStringLiteral("first"));
        const QString name0 = one(*db, "SELECT company_name FROM customers WHERE id='" +
                                           customers.at(0).toLatin1() + "'");
        QCOMPARE(page.model()->index(0, gui::ActivityModel::Customer).data().toString(), name0);
        QCOMPARE(
            page.model()->index(0, gui::ActivityModel::Customer).data(Qt::ToolTipRole).toString(),
            customers.at(0));

        auto *kind = page.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("resolve")));
        QCOMPARE(reloadAndCount(), 2);
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->rowAt(r)->verb, QStringLiteral("resolve"));
        auto *result = page.findChild<QComboBox *>(QStringLiteral("resultCombo"));
        result->setCurrentIndex(result->findData(QStringLiteral("conflict")));
        QCOMPARE(reloadAndCount(), 1);
        QCOMPARE(page.model()->rowAt(0)->note, QStringLiteral("second"));
        kind->setCurrentIndex(0);
        result->setCurrentIndex(0);
        QCOMPARE(reloadAndCount(), 5);

        auto *customer = page.findChild<QComboBox *>(QStringLiteral("customerCombo"));
        QTRY_VERIFY(customer->findData(customers.at(1)) > 0);
        customer->setCurrentIndex(customer->findData(customers.at(1)));
        QCOMPARE(reloadAndCount(), 2);
        customer->setCurrentIndex(0);
        QCOMPARE(reloadAndCount(), 5);

        auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("THIRD"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rowAt(0)->verb, QStringLiteral("suspend"));
        search->clear();
        QCOMPARE(reloadAndCount(), 5);

        // Date range: the last 5 days, then 5 to 30 days ago.
        auto *fromCheck = page.findChild<QCheckBox *>(QStringLiteral("fromCheck"));
        auto *fromDate = page.findChild<QDateEdit *>(QStringLiteral("fromDate"));
        auto *toCheck = page.findChild<QCheckBox *>(QStringLiteral("toCheck"));
        auto *toDate = page.findChild<QDateEdit *>(QStringLiteral("toDate"));
        fromDate->setDate(QDate::currentDate().addDays(-5));
        fromCheck->setChecked(true);
        QCOMPARE(reloadAndCount(), 3);
        fromDate->setDate(QDate::currentDate().addDays(-30));
        toDate->setDate(QDate::currentDate().addDays(-5));
        toCheck->setChecked(true);
        QCOMPARE(reloadAndCount(), 1);
        QCOMPARE(page.model()->rowAt(0)->verb, QStringLiteral("checklist"));
        fromCheck->setChecked(false);
        toCheck->setChecked(false);
        QCOMPARE(reloadAndCount(), 5);

        QSignalSpy exported(&page, &gui::ActivityPage::exportRequested);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportButton")),
                          Qt::LeftButton);
        QCOMPARE(exported.size(), 1);
        QVERIFY(page.grab().save(artifacts() + QStringLiteral("/activity-page.png")));
    }
};

QTEST_MAIN(TestActionsWindow)
#include "tst_actionswindow.moc"
