// End to end, offscreen: the window syncs against a 127.0.0.1 port where
// nothing listens, goes offline and schedules a retry; when the port starts
// answering (a TCP relay to an in-process vigie-sim), the retry brings the
// window online with data. Also: the network-back trigger, and no automatic
// retry when sign-in is required.

#include "../sync/simharness.h"
#include "analytics/detectionservice.h"
#include "core/localization.h"
#include "gui/mainwindow.h"
#include "gui/resumepolicy.h"
#include "gui/syncstatus.h"
#include "net/tokenstore.h"
#include "sqlvalue.h"

#include <QSettings>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>

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

// A loopback port nobody listens on (connection refused).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

sync::RunResult resultAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).first().value<sync::RunResult>();
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_sim;
    QTemporaryDir m_dir;
    int m_cacheNo = 0;

    gui::MainWindow::Options options(quint16 port)
    {
        gui::MainWindow::Options o;
        o.cachePath = m_dir.filePath(QStringLiteral("offline%1.sqlite").arg(++m_cacheNo));
        o.cloud = sync::netSourceFactory(
            simEndpoints(QStringLiteral("http://127.0.0.1:%1").arg(port)), fastRetry());
        o.syncIntervalMinutes = 0;
        o.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
        o.retryFirstMs = 1500;
        o.retryMaxMs = 60000;
        o.networkDebounceMs = 200;
        o.watchNetwork = false; // the OS network state is driven by hand below
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sim::WorldConfig wc;
        wc.seed = 5;
        wc.customers = 2;
        wc.signInsPerTenant = 20;
        wc.auditsPerWeekday = 1;
        wc.scenarioCustomers = 0;
        sim::SimOptions so;
        so.throttle = false;
        so.deviceInterval = 1;
        so.autoApproveAfterPolls = 1;
        m_sim = std::make_unique<sim::Server>(wc, so);
        QVERIFY(m_sim->listen(0) > 0);
        // The refresh token goes to the file store the window's source reads.
        QString why;
        QVERIFY2(signIn(m_sim->baseUrl(), &why), qPrintable(why));
    }

    void backoffRetryBringsTheWindowOnline()
    {
        const quint16 port = closedPort();
        QVERIFY(port > 0);
        QSettings settings(m_dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        const auto o = options(port);
        gui::MainWindow w(o, settings, loc);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        gui::ResumePolicy *policy = w.resumePolicy();
        gui::SyncStatus *status = w.syncStatus();
        QVERIFY(policy && status);
        QSignalSpy finished(w.syncEngine(), &sync::SyncEngine::finished);

        // Nothing listens: the run reaches nothing, a retry is scheduled.
        QVERIFY(w.startSync());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        sync::RunResult r = resultAt(finished, 0);
        QVERIFY2(r.unreachable && !r.signInRequired, qPrintable(describe(r)));
        QVERIFY(policy->isOffline());
        QCOMPARE(policy->failures(), 1);
        qint64 wait = policy->nextAttemptMs() - QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(wait > 0 && wait <= 1500, qPrintable(QString::number(wait)));
        QTRY_VERIFY2(status->text().contains(u"Offline since"), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"retrying in"), qPrintable(status->text()));
        QVERIFY(status->retryButton()->isVisibleTo(&w));
        QCOMPARE(status->retryButton()->text(), QStringLiteral("Retry now"));

        // The window retries by itself, then waits twice as long.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        r = resultAt(finished, 1);
        QVERIFY2(r.unreachable, qPrintable(describe(r)));
        QCOMPARE(policy->failures(), 2);
        wait = policy->nextAttemptMs() - QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(wait > 1500 && wait <= 3000, qPrintable(QString::number(wait)));

        // The port answers now: the next retry gets through.
        Relay relay(m_sim->port());
        QVERIFY(relay.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
        r = resultAt(finished, 2);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(!policy->isOffline());
        QCOMPARE(policy->failures(), 0);
        QCOMPARE(policy->nextAttemptMs(), qint64(0));
        QTRY_VERIFY2(status->text().startsWith(u"Synced"), qPrintable(status->text()));
        QVERIFY2(!status->text().contains(u"retrying"), qPrintable(status->text()));
        QVERIFY(!status->retryButton()->isVisibleTo(&w));

        auto db = openDb(o.cachePath);
        QVERIFY(db);
        QCOMPARE(sqlValue(db->queryInt("SELECT count(*) FROM customers")), qint64(2));
        QVERIFY(sqlValue(db->queryInt("SELECT count(*) FROM alerts")) > 0);
        QVERIFY(sqlValue(db->queryInt("SELECT count(*) FROM signins")) > 0);
        QCOMPARE(store::SyncStateRepository(*db).offlineState().offlineSinceMs, qint64(0));
        QTest::qWait(500);
        QCOMPARE(finished.size(), 3); // and no further automatic run
    }

    // QNetworkInformation says Online (driven by hand here): the window does
    // not wait for its backoff.
    void networkBackSyncsRightAway()
    {
        const quint16 port = closedPort();
        QVERIFY(port > 0);
        QSettings settings(m_dir.filePath(QStringLiteral("b.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        auto o = options(port);
        o.retryFirstMs = 60000;
        gui::MainWindow w(o, settings, loc);
        w.show();
        gui::ResumePolicy *policy = w.resumePolicy();
        QSignalSpy finished(w.syncEngine(), &sync::SyncEngine::finished);
        QVERIFY(w.startSync());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(resultAt(finished, 0).unreachable);
        policy->setNetworkOnline(false);
        QVERIFY(policy->nextAttemptMs() > QDateTime::currentMSecsSinceEpoch() + 50000);

        Relay relay(m_sim->port());
        QVERIFY(relay.listen(port));
        policy->setNetworkOnline(true);
        QVERIFY(policy->nextAttemptMs() <= QDateTime::currentMSecsSinceEpoch() + 200);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        const sync::RunResult r = resultAt(finished, 1);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(!policy->isOffline());
        QTRY_VERIFY2(w.syncStatus()->text().startsWith(u"Synced"),
                     qPrintable(w.syncStatus()->text()));
    }

    // Last: revokes the simulator's refresh tokens.
    void signInRequiredIsNotRetried()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        auto o = options(m_sim->port());
        o.retryFirstMs = 300;
        gui::MainWindow w(o, settings, loc);
        w.show();
        QVERIFY(m_sim->service().revokeRefreshTokens() > 0);
        QSignalSpy finished(w.syncEngine(), &sync::SyncEngine::finished);
        QVERIFY(w.startSync());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const sync::RunResult r = resultAt(finished, 0);
        QVERIFY2(r.signInRequired, qPrintable(describe(r)));
        QVERIFY(w.resumePolicy()->isPaused());
        QCOMPARE(w.resumePolicy()->nextAttemptMs(), qint64(0));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"Sign in"),
                 qPrintable(w.statusBar()->currentMessage()));
        QTest::qWait(1000);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!w.syncStatus()->text().contains(u"retrying"));
        QVERIFY(!w.syncStatus()->retryButton()->isVisibleTo(&w));
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
