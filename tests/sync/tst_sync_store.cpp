#include "net/parsers.h"
#include "store/activitylog.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/customerrepository.h"
#include "store/outbox.h"
#include "store/spendrepository.h"
#include "store/syncstate.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::store;

namespace {

Alert makeAlert(const QString &id, const QString &status)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("severity"), QStringLiteral("high")},
                  {QStringLiteral("customerTenantId"), QStringLiteral("c1")},
                  {QStringLiteral("detectedDateTime"), QStringLiteral("2024-01-23T16:03:33.05Z")},
                  {QStringLiteral("futureThing"), QStringLiteral("kept")}};
    return *net::parseAlert(o);
}

} // namespace

class TestSyncStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto db = openCache(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }

    void alertUpsertDedupesByIdAndRecordsStatusChanges()
    {
        AlertRepository repo(*m_db);
        auto r1 = repo.upsert({makeAlert(QStringLiteral("a-1"), QStringLiteral("active")),
                               makeAlert(QStringLiteral("a-2"), QStringLiteral("investigating"))},
                              1000);
        QVERIFY(r1.ok());
        QCOMPARE(r1->inserted, 2);
        // Same id in another case, new status: one row, one change.
        auto r2 = repo.upsert({makeAlert(QStringLiteral("A-1"), QStringLiteral("resolved")),
                               makeAlert(QStringLiteral("a-2"), QStringLiteral("investigating"))},
                              2000);
        QVERIFY(r2.ok());
        QCOMPARE(r2->statusChanged, 1);
        QCOMPARE(r2->unchanged, 1);
        QCOMPARE(repo.count(), qint64(2));
        auto ev = repo.events(QStringLiteral("a-1"));
        QVERIFY(ev.ok());
        QCOMPARE(ev->size(), 2);
        QCOMPARE(ev->at(1).oldStatus, QStringLiteral("active"));
        QCOMPARE(ev->at(1).newStatus, QStringLiteral("resolved"));
        auto unresolved = repo.unresolvedIds();
        QCOMPARE(*unresolved, QStringList{QStringLiteral("a-2")});
        // Raw JSON keeps unknown properties.
        auto rows = repo.list(AlertFilter{});
        QCOMPARE(rows->size(), 2);
        QVERIFY(rows->first().raw.contains("futureThing"));
    }

    void alertListFilters()
    {
        AlertRepository repo(*m_db);
        QVERIFY(repo.upsert({makeAlert(QStringLiteral("x1"), QStringLiteral("active")),
                             makeAlert(QStringLiteral("x2"), QStringLiteral("resolved")),
                             makeAlert(QStringLiteral("x3"), QStringLiteral("dismissed"))},
                            1)
                    .ok());
        AlertFilter f;
        f.status = QStringLiteral("ACTIVE");
        QCOMPARE(repo.list(f)->size(), 1);
        f.status = QStringLiteral("dismissed"); // unknown enum kept raw and filterable
        QCOMPARE(repo.list(f)->size(), 1);
        f = {};
        f.customerId = QStringLiteral("C1");
        QCOMPARE(repo.list(f)->size(), 3);
        f.customerId = QStringLiteral("other");
        QCOMPARE(repo.list(f)->size(), 0);
    }

    void spendUpsertReplacesSettlingDays()
    {
        SpendRepository repo(*m_db);
        const QString sub = QStringLiteral("s1");
        QVERIFY(repo.upsert({{sub, QStringLiteral("c"), 20240501, 1.0, QStringLiteral("EUR")},
                             {sub, QStringLiteral("c"), 20240502, 2.0, QStringLiteral("EUR")}},
                            1)
                    .ok());
        QVERIFY(repo.upsert({{sub, QStringLiteral("c"), 20240502, 2.5, QStringLiteral("EUR")}}, 2)
                    .ok());
        auto days = repo.days(sub);
        QCOMPARE(days->size(), 2);
        QCOMPARE(days->at(1).cost, 2.5);
        QCOMPARE(repo.lastDay(sub), 20240502);
    }

    void pageAndCursorCommitTogetherOrNotAtAll()
    {
        AlertRepository alerts(*m_db);
        SyncStateRepository states(*m_db);
        {
            Transaction tx(*m_db);
            QVERIFY(
                alerts.upsert({makeAlert(QStringLiteral("p1"), QStringLiteral("active"))}, 5).ok());
            QVERIFY(
                states.setCursor(QStringLiteral("alerts"), QStringLiteral("{\"next\":\"2\"}"), 5)
                    .ok());
            // no commit: a crash here
        }
        QCOMPARE(alerts.count(), qint64(0));
        QVERIFY(!states.get(QStringLiteral("alerts")).exists);
        {
            Transaction tx(*m_db);
            QVERIFY(
                alerts.upsert({makeAlert(QStringLiteral("p1"), QStringLiteral("active"))}, 5).ok());
            QVERIFY(
                states.setCursor(QStringLiteral("alerts"), QStringLiteral("{\"next\":\"2\"}"), 5)
                    .ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(alerts.count(), qint64(1));
        QCOMPARE(states.get(QStringLiteral("alerts")).cursor, QStringLiteral("{\"next\":\"2\"}"));
        QVERIFY(states.markSuccess(QStringLiteral("alerts"), 77, 9).ok());
        const StreamState st = states.get(QStringLiteral("alerts"));
        QVERIFY(st.cursor.isEmpty());
        QCOMPARE(st.watermark, qint64(77));
        QCOMPARE(st.lastSuccessMs, qint64(9));
        QVERIFY(states.markError(QStringLiteral("alerts"), QStringLiteral("boom"), 10).ok());
        QCOMPARE(states.get(QStringLiteral("alerts")).watermark, qint64(77));
        QCOMPARE(states.get(QStringLiteral("alerts")).lastError, QStringLiteral("boom"));
    }

    void offlineStateTracksRuns()
    {
        SyncStateRepository states(*m_db);
        QVERIFY(states.recordRun(true, false, {}, 100).ok());
        QCOMPARE(states.offlineState().lastSuccessfulSyncMs, qint64(100));
        QCOMPARE(states.offlineState().offlineSinceMs, qint64(0));
        QVERIFY(states.recordRun(false, true, QStringLiteral("no network"), 200).ok());
        QVERIFY(states.recordRun(false, true, QStringLiteral("no network"), 300).ok());
        QCOMPARE(states.offlineState().offlineSinceMs, qint64(200));
        QCOMPARE(states.offlineState().lastSuccessfulSyncMs, qint64(100));
        QVERIFY(states.recordRun(true, false, {}, 400).ok());
        QCOMPARE(states.offlineState().offlineSinceMs, qint64(0));
        QCOMPARE(states.offlineState().lastSuccessfulSyncMs, qint64(400));
        QVERIFY(states.all().isEmpty()); // the run row is not a stream
    }

    void outboxIdempotencyAndTransitions()
    {
        Outbox box(*m_db);
        const QJsonObject payload{{QStringLiteral("reason"), QStringLiteral("fraud")}};
        auto id = box.enqueue(Action::Kind::ResolveAlert, QStringLiteral("a-1"), payload,
                              QStringLiteral("key-1"), 10);
        QVERIFY(id.ok());
        auto again = box.enqueue(Action::Kind::ResolveAlert, QStringLiteral("a-1"), payload,
                                 QStringLiteral("key-1"), 11);
        QCOMPARE(*again, *id);
        QCOMPARE(box.pending()->size(), 1);
        QVERIFY(box.transition(*id, ActionState::Enum::Sending, {}, 12).ok());
        QVERIFY(box.requeueInterrupted(13).ok());
        QCOMPARE(box.countInState(ActionState::Enum::Queued), qint64(1));
        QVERIFY(box.transition(*id, ActionState::Enum::Sending, {}, 14).ok());
        QVERIFY(box.transition(*id, ActionState::Enum::Done, {}, 15).ok());
        const auto a = box.find(*id);
        QCOMPARE(a->attempts, 2);
        QCOMPARE(a->state.value(), ActionState::Enum::Done);
        QCOMPARE(a->payload, payload);
        QVERIFY(!box.transition(*id, ActionState::Enum::Queued, {}, 16).ok());
    }

    void activityLogAppends()
    {
        ActivityLog log(*m_db);
        ActivityEntry e;
        e.atMs = 5;
        e.actor = QStringLiteral("ana@partner.example");
        e.verb = QStringLiteral("resolve");
        e.objectKind = QStringLiteral("alert");
        e.objectId = QStringLiteral("a-1");
        e.detail = QJsonObject{{QStringLiteral("reason"), QStringLiteral("fraud")}};
        QVERIFY(log.append(e).ok());
        auto recent = log.recent();
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first().detail, e.detail);
        QCOMPARE(recent->first().actor, e.actor);
    }

    void customersUpsertAndSpendTargets()
    {
        CustomerRepository repo(*m_db);
        Customer c;
        c.id = QStringLiteral("c1");
        c.companyName = QStringLiteral("Contoso");
        QVERIFY(repo.upsertCustomers({c}, 1).ok());
        c.companyName = QStringLiteral("Contoso SA");
        QVERIFY(repo.upsertCustomers({c}, 2).ok());
        QCOMPARE(repo.countCustomers(), qint64(1));
        QCOMPARE(repo.companyName(QStringLiteral("C1")), QStringLiteral("Contoso SA"));
        Entitlement e;
        e.id = QStringLiteral("az-1");
        e.subscriptionId = QStringLiteral("plan");
        e.customerId = QStringLiteral("c1");
        QVERIFY(repo.upsertEntitlements({e}, 1).ok());
        QCOMPARE(repo.spendTargets()->size(), 1);
        QCOMPARE(repo.spendTargets({QStringLiteral("other")})->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_sync_store.moc"
