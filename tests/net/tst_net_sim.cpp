// End to end against vigie-sim in-process (real QNetworkAccessManager, real
// HTTP on 127.0.0.1): device code sign-in, token refresh per resource,
// paging of alerts and customers, 429 retry.

#include "net/auth.h"
#include "net/clients.h"
#include "sim/server.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace vigie;
using namespace vigie::net;

namespace {

bool waitJob(Job *job, int ms = 20000)
{
    if (job->isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return job->isFinished();
}

QString why(const Job *job)
{
    return job->error() ? job->error()->message + QStringLiteral(" / ") + job->error()->detail
                        : QString();
}

} // namespace

class TestNetSim : public QObject
{
    Q_OBJECT

private slots:
    void signInAndSync()
    {
        sim::WorldConfig wc;
        wc.seed = 3;
        wc.customers = 5;
        wc.signInsPerTenant = 50;
        sim::SimOptions so;
        so.throttle = false;
        so.alertPageSize = 7;
        so.deviceInterval = 1;
        so.autoApproveAfterPolls = 1;
        sim::Server server(wc, so);
        QVERIFY(server.listen(0) > 0);
        const QUrl base(server.baseUrl());

        QNetworkAccessManager nam;
        Session s;
        s.nam = &nam;
        s.endpoints.login = s.endpoints.graph = s.endpoints.partnerCenter = s.endpoints.arm = base;
        s.endpoints.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        s.endpoints.tenant = QStringLiteral("organizations");
        s.retry.timeScale = 0.01;
        s.retry.timeoutMs = 10000;

        MemoryTokenStore store;
        TokenManager tokens(s, store);
        s.tokens = &tokens;

        DeviceCodeFlow flow(s);
        QString message;
        connect(&flow, &DeviceCodeFlow::userCodeReady, this,
                [&message](const DeviceCode &c) { message = c.message; });
        flow.start();
        QVERIFY(waitJob(&flow));
        QVERIFY2(flow.ok(), qPrintable(why(&flow)));
        QVERIFY(!message.isEmpty());
        QVERIFY(!flow.value().refreshToken.isEmpty());
        bool stored = false;
        tokens.acceptSignIn(flow.value(), s.endpoints.tenant, Resource::Graph,
                            [&stored](Status st) { stored = st.ok(); });
        QVERIFY(stored);

        // Alerts, several pages, with a 429 (delta seconds) on the way.
        sim::Fault f;
        f.kind = QStringLiteral("status");
        f.service = QStringLiteral("graph");
        f.status = 429;
        f.retryAfter = 1;
        server.addFault(f);
        auto *alerts = graph::listAlerts(s, {}, this);
        int pages = 0;
        QSet<QString> ids;
        alerts->setPageHandler([&](const QList<Alert> &items, const PageInfo &) {
            ++pages;
            for (const Alert &a : items)
                ids.insert(a.id);
            return Status();
        });
        alerts->start();
        QVERIFY(waitJob(alerts));
        QVERIFY2(alerts->ok(), qPrintable(why(alerts)));
        QCOMPARE(alerts->retryDelays(), QList<qint64>{1000});
        QVERIFY(pages >= 2);
        QCOMPARE(ids.size(), alerts->itemCount());

        // Customers through Partner Center (refresh grant for another resource).
        auto *customers = partnercenter::listCustomers(s, 2, this);
        customers->start();
        QVERIFY(waitJob(customers));
        QVERIFY2(customers->ok(), qPrintable(why(customers)));
        QCOMPARE(customers->items().size(), 5);
        QVERIFY(customers->pageCount() >= 3);
        QVERIFY(tokens.refreshCount() >= 1);
        QVERIFY(!store.values.value(tokenkeys::refreshToken()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetSim)
#include "tst_net_sim.moc"
