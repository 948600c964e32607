#include "analytics/settings.h"
#include "cli/cli.h"
#include "eventstore.h"
#include "sim/scenarios.h"
#include "store/cache.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

const QString kCustomer = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

struct Run
{
    int code = -1;
    QString out, err;
};

Run runVigie(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    cli::Io io{out, err, false};
    r.code = cli::run(QStringList{QStringLiteral("vigie")} + args, io);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestDetectCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cache;

private slots:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        auto db = store::openCache(m_cache);
        QVERIFY(db.ok());
        const sim::ScenarioSet set =
            sim::generateScenarios(3, kCustomer, QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC),
                                   QDateTime(QDate(2026, 3, 20), QTime(0, 0), Qt::UTC));
        auto settings = analytics::CustomerSettings::fromJson(set.settings);
        QVERIFY(settings.ok());
        QVERIFY(settings->save(**db, QDateTime::currentDateTimeUtc()).ok());
        store::Transaction tx(**db);
        for (const auto &e : set.events)
            QVERIFY(testing::insertEvent(**db, kCustomer, e.stream, e.event));
        // A subject a spreadsheet would run as a formula (I1 by a non-approved actor).
        QJsonObject evil{
            {QStringLiteral("id"), QStringLiteral("evil-1")},
            {QStringLiteral("activityDateTime"), QStringLiteral("2026-03-10T10:00:00Z")},
            {QStringLiteral("activityDisplayName"),
             QStringLiteral("Add conditional access policy")},
            {QStringLiteral("result"), QStringLiteral("success")},
            {QStringLiteral("initiatedBy"),
             QJsonObject{{QStringLiteral("user"),
                          QJsonObject{{QStringLiteral("userPrincipalName"),
                                       QStringLiteral("=HYPERLINK(\"http://x\")")}}}}}};
        QVERIFY(testing::insertEvent(**db, kCustomer, QStringLiteral("directoryAudits"), evil));
        QVERIFY(tx.commit().ok());
    }

    void jsonListsFindingsOfEveryRule()
    {
        const Run r = runVigie({QStringLiteral("detect"), QStringLiteral("--cache"), m_cache,
                                QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("events evaluated")), qPrintable(r.err));
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!a.isEmpty());
        QSet<QString> rules;
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            rules.insert(o.value(u"ruleId").toString());
            QCOMPARE(o.value(u"customerTenantId").toString(), kCustomer);
            for (const char *k :
                 {"severity", "subject", "firstSeen", "lastSeen", "count", "evidence"})
                QVERIFY2(o.contains(QLatin1String(k)), k);
            QVERIFY(o.value(u"evidence").toArray().size() >= 1);
        }
        QCOMPARE(rules.size(), 49);
        // A second run evaluates nothing new and lists the same findings.
        const Run again = runVigie({QStringLiteral("detect"), QStringLiteral("--cache"), m_cache,
                                    QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--customer"), kCustomer});
        QCOMPARE(again.code, 0);
        QVERIFY(again.err.contains(QStringLiteral(" 0 ")));
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).array().size(), a.size());
    }

    void csvNeutralisesFormulas()
    {
        const Run r = runVigie({QStringLiteral("detect"), QStringLiteral("--cache"), m_cache,
                                QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("ruleId,severity,")));
        QVERIFY2(r.out.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")),
                 qPrintable(r.out.left(2000)));
        for (const QString &line : r.out.split(u'\n'))
            QVERIFY(!line.contains(QStringLiteral(",=")));
    }

    void sinceRerunsAndFilters()
    {
        const Run r = runVigie({QStringLiteral("detect"), QStringLiteral("--cache"), m_cache,
                                QStringLiteral("--since"), QStringLiteral("2026-03-01"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("since 2026-03-01")));
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!a.isEmpty());
        for (const QJsonValue &v : a)
            QVERIFY(v.toObject().value(u"lastSeen").toString() >= QStringLiteral("2026-03-01"));
        const Run bad = runVigie({QStringLiteral("detect"), QStringLiteral("--cache"), m_cache,
                                  QStringLiteral("--since"), QStringLiteral("yesterday")});
        QCOMPARE(bad.code, 2);
    }

    void tableInFrench()
    {
        const Run r = runVigie({QStringLiteral("detect"), QStringLiteral("--cache"), m_cache,
                                QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Échec MFA d'un admin (interruption)")));
        const Run none = runVigie({QStringLiteral("detect"), QStringLiteral("--cache"), m_cache,
                                   QStringLiteral("--customer"), QStringLiteral("nobody"),
                                   QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.contains(QStringLiteral("No findings.")));
    }
};

QTEST_GUILESS_MAIN(TestDetectCli)
#include "tst_detect_cli.moc"
