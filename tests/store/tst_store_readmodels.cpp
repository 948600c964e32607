// Read models and repository reads the dashboard uses instead of SQL of its
// own: new alerts since a sync started, customer names, the raw evidence
// events of a finding.
#include "core/types.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/logrepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::store;

namespace {

Alert alert(const QString &id, const QString &status, const QString &severity)
{
    Alert a;
    a.id = id;
    a.displayName = id;
    a.status = AlertStatus::parse(status);
    a.severity = AlertSeverity::parse(severity);
    a.customerTenantId = QStringLiteral("tenant-a");
    a.raw = QJsonObject{{QStringLiteral("id"), id}};
    return a;
}

} // namespace

class TestStoreReadModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_no = 0;

    std::unique_ptr<Database> open()
    {
        auto db = openCache(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_no)));
        if (!db)
            qWarning("%s", qPrintable(db.error().message));
        return db ? std::move(db).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newAlertsSinceCountHighAndMediumStillOpen()
    {
        auto db = open();
        QVERIFY(db);
        AlertRepository alerts(*db);
        // Before the run: an open high alert already known.
        QVERIFY(alerts
                    .upsert({alert(QStringLiteral("old-high"), QStringLiteral("active"),
                                   QStringLiteral("high"))},
                            1000)
                    .ok());
        QCOMPARE(alerts.newSince(2000).value().high, 0);

        // The run (started at 2000) discovers these at 2500.
        QVERIFY(
            alerts
                .upsert(
                    {alert(QStringLiteral("h1"), QStringLiteral("active"), QStringLiteral("high")),
                     alert(QStringLiteral("h2"), QStringLiteral("investigating"),
                           QStringLiteral("high")),
                     alert(QStringLiteral("m1"), QStringLiteral("active"),
                           QStringLiteral("medium")),
                     alert(QStringLiteral("low"), QStringLiteral("active"), QStringLiteral("low")),
                     alert(QStringLiteral("gone"), QStringLiteral("resolved"),
                           QStringLiteral("high"))},
                    2500)
                .ok());
        // A status change of the old alert is no discovery.
        QVERIFY(alerts
                    .upsert({alert(QStringLiteral("old-high"), QStringLiteral("investigating"),
                                   QStringLiteral("high"))},
                            2600)
                    .ok());

        auto counts = alerts.newSince(2000);
        QVERIFY(counts.ok());
        QCOMPARE(counts->high, 2);
        QCOMPARE(counts->medium, 1);
        // A later start sees none; an earlier one also counts the old alert.
        QCOMPARE(alerts.newSince(2501).value().high, 0);
        QCOMPARE(alerts.newSince(0).value().high, 3);

        // Resolved since it was discovered: no longer new.
        QVERIFY(alerts
                    .upsert({alert(QStringLiteral("h2"), QStringLiteral("resolved"),
                                   QStringLiteral("high"))},
                            2700)
                    .ok());
        QCOMPARE(alerts.newSince(2000).value().high, 1);
    }

    void customerNamesById()
    {
        auto db = open();
        QVERIFY(db);
        CustomerRepository customers(*db);
        QVERIFY(customers.names().value().isEmpty());
        Customer a;
        a.id = QStringLiteral("AAAA-1");
        a.companyName = QStringLiteral("Contoso");
        Customer b;
        b.id = QStringLiteral("bbbb-2"); // no company name yet
        QVERIFY(customers.upsertCustomers({a, b}, 1000).ok());
        auto names = customers.names();
        QVERIFY(names.ok());
        QCOMPARE(names->size(), 2);
        QCOMPARE(names->value(QStringLiteral("AAAA-1")), QStringLiteral("Contoso"));
        QVERIFY(names->contains(QStringLiteral("bbbb-2")));
        QVERIFY(names->value(QStringLiteral("bbbb-2")).isEmpty());
    }

    void rawEvidenceEventsOfOneCustomer()
    {
        auto db = open();
        QVERIFY(db);
        LogRepository logs(*db);
        SignIn s;
        s.id = QStringLiteral("s-1");
        s.createdDateTime = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
        s.rawText = R"({"id":"s-1","ipAddress":"198.51.100.23"})";
        QVERIFY(logs.insertSignIns(QStringLiteral("tenant-a"), {s}).ok());
        AuditEvent a;
        a.id = QStringLiteral("a-1");
        a.activityDateTime = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
        a.rawText = R"({"id":"a-1","activityDisplayName":"Add member to role"})";
        QVERIFY(logs.insertAudits(QStringLiteral("tenant-a"), {a}).ok());

        const QJsonObject signIn =
            QJsonDocument::fromJson(logs.signInRaw(QStringLiteral("tenant-a"), s.id)).object();
        QCOMPARE(signIn.value(u"ipAddress").toString(), QStringLiteral("198.51.100.23"));
        const QJsonObject audit =
            QJsonDocument::fromJson(logs.auditRaw(QStringLiteral("tenant-a"), a.id)).object();
        QCOMPARE(audit.value(u"activityDisplayName").toString(),
                 QStringLiteral("Add member to role"));
        // Another customer's, the other stream's, or a purged event: nothing.
        QVERIFY(logs.signInRaw(QStringLiteral("tenant-b"), s.id).isEmpty());
        QVERIFY(logs.signInRaw(QStringLiteral("tenant-a"), a.id).isEmpty());
        QVERIFY(logs.auditRaw(QStringLiteral("tenant-a"), s.id).isEmpty());
        QVERIFY(logs.auditRaw(QStringLiteral("tenant-a"), QStringLiteral("missing")).isEmpty());
    }
};

QTEST_MAIN(TestStoreReadModels)
#include "tst_store_readmodels.moc"
