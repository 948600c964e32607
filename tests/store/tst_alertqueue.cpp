// The alerts queue read model and the alert's context (±24 h of the same
// customer) equal direct counts over the rows they summarise.

#include "store/alertqueue.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/logrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::store;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kAlertAt = 1'764'547'200'000; // 2025-12-01T00:00:00Z

void exec(Database &db, const QByteArray &sql)
{
    const Status s = db.exec(sql);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
}

} // namespace

class TestAlertQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndContext()
    {
        QTemporaryDir dir;
        auto opened = openCache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(opened.ok());
        Database &db = **opened;
        exec(db, "INSERT INTO customers(id, company_name, raw, synced_at) VALUES "
                 "('c1', 'Contoso', '{}', 1), ('c2', 'Fabrikam', '{}', 1)");
        exec(db, "INSERT INTO resellers(customer_id, id, name, raw, synced_at) VALUES "
                 "('c1', 'r1', 'Reseller One', '{}', 1)");
        exec(db, "INSERT INTO alerts(id, display_name, alert_type, status, severity, customer_id, "
                 "subscription_id, reseller_tenant_id, detected_at, raw, synced_at) VALUES "
                 "('a1', 'Mining', 'CryptoMining', 'active', 'high', 'c1', 's1', 'r1', " +
                     QByteArray::number(kAlertAt) +
                     ", '{\"description\":\"d\"}', 1), "
                     "('a2', 'Other', 'CryptoMining', 'resolved', 'low', 'c1', 's1', NULL, " +
                     QByteArray::number(kAlertAt - 10 * kHour) +
                     ", '{}', 1), "
                     "('t1', 'Test', 'x', 'active', "
                     "'low', 'c2', 's2', NULL, 0, "
                     "'{}', 1)");
        exec(db, "UPDATE alerts SET is_test = 1 WHERE id = 't1'");
        exec(db,
             "INSERT INTO outbox(idempotency_key, kind, target_id, payload, state, "
             "created_at, updated_at) VALUES ('k', 'resolveAlert', 'a1', '{}', 'queued', 1, 1)");
        // Sign-ins around the alert: inside and outside the ±24 h window, another
        // customer; written as sync and import write them (the context reads the
        // hourly rollups the writer keeps).
        QList<SignIn> events;
        const qint64 offsets[] = {-30, -24, -23, -1, 0, 0, 5, 23, 24, 40};
        int n = 0;
        auto signIn = [](const QString &id, const QString &customer, qint64 ms, int errorCode) {
            SignIn s;
            s.id = id;
            s.customerId = customer;
            s.createdDateTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            s.errorCode = errorCode;
            s.rawText = "{}";
            return s;
        };
        for (qint64 h : offsets) {
            events << signIn(QStringLiteral("s%1").arg(n), QStringLiteral("c1"),
                             kAlertAt + h * kHour + 60'000, n % 2 ? 50126 : 0);
            ++n;
        }
        events << signIn(QStringLiteral("x"), QStringLiteral("c2"), kAlertAt, 50126);
        LogRepository logs(db);
        QVERIFY(logs.insertSignIns(events));
        AuditEvent audit;
        audit.id = QStringLiteral("u1");
        audit.activityDateTime = QDateTime::fromMSecsSinceEpoch(kAlertAt + 2 * kHour, Qt::UTC);
        audit.rawText = "{}";
        QVERIFY(logs.insertAudits(QStringLiteral("c1"), {audit}));
        exec(db, "INSERT INTO spend_daily(subscription_id, customer_id, day, cost, currency, "
                 "synced_at) VALUES ('s1', 'c1', 20251130, 12.5, 'EUR', 1), "
                 "('s1', 'c1', 20251201, 310.0, 'EUR', 1), ('s1', 'c1', 20251120, 9, 'EUR', 1)");
        exec(db, "INSERT INTO findings(rule_id, customer_id, subject, bucket_start, severity, "
                 "state, first_seen, last_seen, count, updated_at) VALUES "
                 "('A7', 'c1', 'alice', 0, 'high', 'new', 0, 0, 1, 0), "
                 "('A8', 'c1', 'bob', 0, 'high', 'closed', 0, 0, 1, 0)");
        exec(db, "INSERT INTO notes(object_kind, object_id, text, author, created_at) VALUES "
                 "('alert', 'a1', 'called the customer', 'ana', 5)");

        auto rows = AlertQueueReadModel(db).all();
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().detail));
        QCOMPARE(rows->size(), 2); // the test alert is not in the queue
        QCOMPARE(rows->at(0).id, QStringLiteral("a1"));
        QCOMPARE(rows->at(0).customerName, QStringLiteral("Contoso"));
        QCOMPARE(rows->at(0).resellerName, QStringLiteral("Reseller One"));
        QCOMPARE(rows->at(0).pendingAction, QStringLiteral("queued"));
        QCOMPARE(rows->at(1).pendingAction, QString());

        auto c = AlertQueueReadModel(db).context(QStringLiteral("a1"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message + c.error().detail));
        QCOMPARE(c->windowStartMs, kAlertAt - 24 * kHour);
        // Hours -24 … +23 are inside: offsets -24, -23, -1, 0, 0, 5, 23.
        int signIns = 0, failed = 0;
        for (int v : c->signInsPerHour)
            signIns += v;
        for (int v : c->failedSignInsPerHour)
            failed += v;
        QCOMPARE(signIns, 7);
        QCOMPARE(failed, 4); // the odd ones inside: offsets -24, -1, 0 and 23
        QCOMPARE(c->signInsPerHour.at(24), 2);
        QCOMPARE(c->auditChangesPerHour.at(26), 1);
        QCOMPARE(c->spend.size(), 2); // ±3 days
        QCOMPARE(c->currency, QStringLiteral("EUR"));
        QCOMPARE(c->openFindings.size(), 1);
        QCOMPARE(c->sameSubscriptionAlerts.size(), 1);
        QCOMPARE(c->notes.size(), 1);
        QVERIFY(c->raw.contains("description"));
        QVERIFY(!AlertQueueReadModel(db).context(QStringLiteral("nope")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAlertQueue)
#include "tst_alertqueue.moc"
