// Log import: every format of api.md §8 from hand-written fixtures (golden
// Graph shape), dedupe, broken and cut files, refusals, streaming memory and
// cache integrity after a crash mid-import.
#include "import/importer.h"
#include "import/mapping.h"
#include "sqlvalue.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <csignal>
#include <thread>

using namespace vigie;

namespace {

constexpr auto kTenant = "3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8";

QString dataFile(const char *name)
{
    return QStringLiteral(VIGIE_TEST_DATA "/data/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

qint64 vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A sign-in in Graph shape, ~1.2 KB, distinct per index.
QByteArray makeSignIn(int i)
{
    QJsonObject o{
        {QStringLiteral("id"),
         QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'))},
        {QStringLiteral("createdDateTime"),
         QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC).addSecs(i).toString(Qt::ISODate)},
        {QStringLiteral("userPrincipalName"), QStringLiteral("user%1@contoso.com").arg(i % 500)},
        {QStringLiteral("userId"), QStringLiteral("26be570a-ae82-4189-b4e2-a37c6808512d")},
        {QStringLiteral("appId"), QStringLiteral("de8bc8b5-d9f9-48b1-a8ad-b748da725064")},
        {QStringLiteral("appDisplayName"), QStringLiteral("Graph Explorer")},
        {QStringLiteral("ipAddress"), QStringLiteral("131.107.%1.%2").arg(i % 250).arg(i % 200)},
        {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
        {QStringLiteral("correlationId"), QStringLiteral("d79f5bee-5860-4832-928f-3133e22ae912")},
        {QStringLiteral("isInteractive"), true},
        {QStringLiteral("resourceTenantId"), QLatin1String(kTenant)},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("errorCode"), i % 7 == 0 ? 50126 : 0},
                     {QStringLiteral("failureReason"),
                      QStringLiteral("Error validating credentials due to invalid username or "
                                     "password.")}}},
        {QStringLiteral("deviceDetail"),
         QJsonObject{{QStringLiteral("operatingSystem"), QStringLiteral("Windows 10")},
                     {QStringLiteral("browser"), QStringLiteral("Edge 80.0.361")}}},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Redmond")},
                     {QStringLiteral("state"), QStringLiteral("Washington")},
                     {QStringLiteral("countryOrRegion"), QStringLiteral("US")}}},
        {QStringLiteral("userAgent"), QString(600, u'x')},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Graph JSON envelope of `count` sign-ins, written without holding it all.
void writeGraphFile(const QString &path, int count)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns\","
            "\"value\":[\n");
    for (int i = 0; i < count; ++i) {
        if (i)
            f.write(",\n");
        f.write(makeSignIn(i));
    }
    f.write("\n]}\n");
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

    Result<import::ImportReport> run(const QString &path, const QString &customer = {})
    {
        import::ImportOptions options;
        options.customerId = customer;
        return import::importFile(*m_db, path, options);
    }

    QJsonObject rawOf(const char *table, const QString &id)
    {
        auto st =
            m_db->prepare(QByteArray("SELECT raw_json(raw) FROM ") + table + " WHERE id = ?1");
        if (!st)
            return {};
        (*st)->bind(1, id);
        if ((*st)->step() != store::Statement::Step::Row)
            return {};
        return QJsonDocument::fromJson((*st)->textUtf8(0)).object();
    }

    // Compares the stored Graph shape (without `_source`) with a golden file;
    // VIGIE_UPDATE_GOLDEN=1 rewrites the golden instead.
    void compareGolden(const char *table, const QString &id, const char *golden)
    {
        QJsonObject actual = rawOf(table, id);
        QVERIFY2(!actual.isEmpty(), qPrintable(id));
        QVERIFY2(actual.contains(QLatin1String("_source")) ||
                     QByteArray(golden).startsWith("graph"),
                 "original record kept under _source");
        actual.remove(QLatin1String("_source"));
        const QByteArray text = QJsonDocument(actual).toJson(QJsonDocument::Indented);
        const QString path = dataFile(golden);
        if (qEnvironmentVariableIntValue("VIGIE_UPDATE_GOLDEN")) {
            writeFile(path, text);
            return;
        }
        const QJsonObject expected = QJsonDocument::fromJson(readAll(path)).object();
        if (expected != actual)
            qWarning().noquote() << "actual" << golden << ":\n" << text;
        QCOMPARE(actual, expected);
    }

    qint64 scalar(const QByteArray &sql) { return sqlValue(m_db->queryInt(sql)); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite-shm")));
        auto db = store::openCache(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    // One row per golden file in tests/import/data: <name>.expected.json is
    // the stored Graph shape of the record with its "id" once the data file
    // whose base name begins <name> is imported (with the file's own
    // customer, else kTenant). Audits when <name> says so, else sign-ins.
    void goldenRecord_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("input");
        const QStringList files =
            QDir(QStringLiteral(VIGIE_TEST_DATA "/data")).entryList(QDir::Files, QDir::Name);
        const QString suffix = QStringLiteral(".expected.json");
        int rows = 0;
        for (const QString &golden : files) {
            if (!golden.endsWith(suffix))
                continue;
            const QString name = golden.chopped(suffix.size());
            QString input;
            for (const QString &f : files) {
                const QString base = QFileInfo(f).completeBaseName();
                if (!f.endsWith(suffix) && (name == base || name.startsWith(base + u'_')) &&
                    base.size() > QFileInfo(input).completeBaseName().size())
                    input = f;
            }
            QVERIFY2(!input.isEmpty(), qPrintable(golden));
            QTest::newRow(qPrintable(golden)) << golden << input;
            ++rows;
        }
        QVERIFY(rows > 0);
    }
    void goldenRecord()
    {
        QFETCH(QString, golden);
        QFETCH(QString, input);
        const QString path = dataFile(qPrintable(input));
        auto r = run(path);
        if (!r.ok())
            r = run(path, QString::fromLatin1(kTenant));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const QByteArray name = golden.toUtf8();
        const QString id = QJsonDocument::fromJson(readAll(dataFile(name.constData())))
                               .object()
                               .value(QLatin1String("id"))
                               .toString();
        QVERIFY2(!id.isEmpty(), "the golden record has its id");
        compareGolden(golden.contains(QLatin1String("audit")) ? "audits" : "signins", id,
                      name.constData());
    }

    void graphJsonAndDedupe()
    {
        auto r = run(dataFile("graph_signins.json"), QString::fromLatin1(kTenant));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, import::Format::GraphJson);
        QCOMPARE(r->taken, 2);
        QCOMPARE(r->signIns, 2);
        QCOMPARE(r->rejected, 0);
        QCOMPARE(scalar("SELECT error_code FROM signins WHERE id='66ea54eb-6301-4ee5-be62-"
                        "ff5a759b0100'"),
                 50126);
        QCOMPARE(scalar("SELECT count(*) FROM signins WHERE source='import'"), 2);
        QCOMPARE(scalar("SELECT total FROM signin_daily WHERE day=20240501"), 1);
        QCOMPARE(scalar("SELECT failed FROM signin_daily WHERE day=20240501"), 1);
        QCOMPARE(scalar("SELECT failed FROM signin_daily WHERE day=20240502"), 0);

        auto again = run(dataFile("graph_signins.json"), QString::fromLatin1(kTenant));
        QVERIFY(again.ok());
        QCOMPARE(again->taken, 0);
        QCOMPARE(again->duplicates, 2);
        QCOMPARE(scalar("SELECT sum(total) FROM signin_daily"), 2); // rollups not double counted
    }

    void jsonLinesBrokenRecordAndGeneratedId()
    {
        auto r = run(dataFile("audits.jsonl"), QStringLiteral("Contoso-Customer"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, import::Format::JsonLines);
        QCOMPARE(r->taken, 3);
        QCOMPARE(r->audits, 3);
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->rejections.value(0).line, 2);
        QVERIFY(r->rejections.value(0).reason.contains(QLatin1String("JSON")));
        QCOMPARE(scalar("SELECT count(*) FROM audits WHERE id LIKE 'vigie-%'"), 1);
        QCOMPARE(scalar("SELECT failed FROM audit_daily WHERE day=20240503"), 1);
        QCOMPARE(scalar("SELECT total FROM audit_daily WHERE day=20240503"), 2);
        QCOMPARE(sqlValue(m_db->queryText(
                     "SELECT actor FROM audits WHERE category='ApplicationManagement'")),
                 QStringLiteral("Suspicious Automation"));
        auto again = run(dataFile("audits.jsonl"), QStringLiteral("contoso-customer"));
        QVERIFY(again.ok());
        QCOMPARE(again->taken, 0);
        QCOMPARE(again->duplicates, 3); // the generated id is stable
    }

    void portalCsvSignIns()
    {
        auto r = run(dataFile("portal_signins.csv")); // customer from "Resource tenant ID"
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, import::Format::PortalCsvSignIns);
        QCOMPARE(r->taken, 3);
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->rejections.value(0).line, 4);
        QCOMPARE(r->customers, QStringList{QString::fromLatin1(kTenant)});
        const QJsonObject second =
            rawOf("signins", QStringLiteral("9b8a7c6d-1111-2222-3333-444455556666"));
        QCOMPARE(second.value(QLatin1String("userDisplayName")).toString(),
                 QStringLiteral("Wilber, Alex"));
        QCOMPARE(second.value(QLatin1String("userAgent")).toString(),
                 QStringLiteral("Outlook \"desktop\", build 16.0"));
        QCOMPARE(second[QLatin1String("location")][QLatin1String("state")].toString(),
                 QStringLiteral("Île-de-France"));
        QCOMPARE(scalar("SELECT count(*) FROM signins WHERE country='FR'"), 1);
        // "Authentication Protocol" fills the column the ROPC rule (A7) reads.
        QCOMPARE(scalar("SELECT count(*) FROM signins WHERE auth_protocol='none'"), 3);
    }

    void portalCsvAudits()
    {
        auto r = run(dataFile("portal_audits.csv"), QString::fromLatin1(kTenant));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, import::Format::PortalCsvAudits);
        QCOMPARE(r->taken, 2);
        const QString id =
            sqlValue(m_db->queryText("SELECT id FROM audits WHERE activity='Add member to role'"));
        QVERIFY(id.startsWith(QLatin1String("vigie-")));
        QCOMPARE(id, QJsonDocument::fromJson(readAll(dataFile("portal_audits.expected.json")))
                         .object()
                         .value(QLatin1String("id"))
                         .toString()); // the golden record (goldenRecord)
        QCOMPARE(sqlValue(m_db->queryText("SELECT actor FROM audits WHERE result='failure'")),
                 QStringLiteral("Suspicious Automation"));
    }

    void logAnalytics()
    {
        auto r = run(dataFile("la_signins.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, import::Format::LogAnalyticsJson);
        QCOMPARE(r->taken, 1);
        QCOMPARE(r->customers, QStringList{QString::fromLatin1(kTenant)});

        auto csv = run(dataFile("la_audits.csv"));
        QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().message));
        QCOMPARE(csv->format, import::Format::LogAnalyticsCsv);
        QCOMPARE(csv->taken, 1);
        QCOMPARE(scalar("SELECT activity_at FROM audits"),
                 QDateTime(QDate(2024, 5, 5), QTime(15, 4, 5, 600), Qt::UTC).toMSecsSinceEpoch());
    }

    void azureMonitor()
    {
        auto r = run(dataFile("azure_monitor.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, import::Format::AzureMonitorJson);
        QCOMPARE(r->signIns, 1);
        QCOMPARE(r->audits, 1);
        QCOMPARE(r->rejected, 1); // ProvisioningLogs
        QVERIFY(r->rejections.value(0).reason.contains(QLatin1String("ProvisioningLogs")));
    }

    void otherContainers()
    {
        const QJsonObject envelope =
            QJsonDocument::fromJson(readAll(dataFile("graph_signins.json"))).object();
        const QJsonArray value = envelope.value(QLatin1String("value")).toArray();

        // Entra portal JSON download: a bare array of camelCase records.
        const QString array = m_dir.filePath(QStringLiteral("portal.json"));
        writeFile(array, QJsonDocument(value).toJson(QJsonDocument::Indented));
        auto a = run(array, QStringLiteral("c1"));
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QCOMPARE(a->format, import::Format::JsonArray);
        QCOMPARE(a->taken, 2);

        // One record on its own (Graph Explorer "get signIn"), pretty printed.
        const QString single = m_dir.filePath(QStringLiteral("single.json"));
        QJsonObject one = value.at(1).toObject();
        one.insert(QStringLiteral("id"), QStringLiteral("single-1"));
        writeFile(single, QJsonDocument(one).toJson(QJsonDocument::Indented));
        auto s = run(single, QStringLiteral("c1"));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->format, import::Format::GraphJson);
        QCOMPARE(s->taken, 1);

        // Azure Monitor, one record per line (storage account blobs).
        const QJsonArray records = QJsonDocument::fromJson(readAll(dataFile("azure_monitor.json")))
                                       .object()
                                       .value(QLatin1String("records"))
                                       .toArray();
        QByteArray lines;
        for (const QJsonValue &r : records)
            lines += QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) + "\r\n";
        const QString monitor = m_dir.filePath(QStringLiteral("monitor.jsonl"));
        writeFile(monitor, lines);
        auto m = run(monitor);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        QCOMPARE(m->format, import::Format::AzureMonitorJsonLines);
        QCOMPARE(m->taken, 2);
        QCOMPARE(m->rejected, 1);
        QCOMPARE(m->rejections.value(0).line, 3);
    }

    void jsonLinesWithLongFirstLine()
    {
        // The first line is longer than the 64 KiB sniffed for detection.
        QJsonObject first = QJsonDocument::fromJson(makeSignIn(1)).object();
        first.insert(QStringLiteral("userAgent"), QString(100000, u'y'));
        const QString path = m_dir.filePath(QStringLiteral("long.jsonl"));
        writeFile(path, QJsonDocument(first).toJson(QJsonDocument::Compact) + "\n" + makeSignIn(2) +
                            "\n" + makeSignIn(3) + "\n");
        auto r = run(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, import::Format::JsonLines);
        QCOMPARE(r->taken, 3);
    }

    void olderServicePrincipalCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("sp.csv"));
        writeFile(path, "Date (UTC),Request ID,Service principal ID,Service principal name,"
                        "Application,Application ID ,IP address,Location,Status,"
                        "Sign-in error code,Failure reason,Resource tenant ID,Some future column\n"
                        "2024-05-07T01:02:03Z,sp-req-1,e1e1e1e1-0000-0000-0000-000000000001,"
                        "Backup Robot,Backup Robot,aaaabbbb-0000-0000-0000-000000000001,"
                        "192.0.2.77,\"Amsterdam, Noord-Holland, NL\",Failure,7000215,"
                        "Invalid client secret provided.,C1,whatever\n");
        auto r = run(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, import::Format::PortalCsvSignIns);
        QCOMPARE(r->taken, 1);
        QCOMPARE(r->customers, QStringList{QStringLiteral("c1")});
        const QJsonObject g = rawOf("signins", QStringLiteral("sp-req-1"));
        QCOMPARE(g.value(QLatin1String("servicePrincipalName")).toString(),
                 QStringLiteral("Backup Robot"));
        QCOMPARE(g[QLatin1String("status")][QLatin1String("errorCode")].toInt(), 7000215);
        QCOMPARE(g[QLatin1String("location")][QLatin1String("city")].toString(),
                 QStringLiteral("Amsterdam"));
        QVERIFY(!g.contains(QLatin1String("userPrincipalName")));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray("\xEF\xBB\xBF \n\n") << QStringLiteral("empty");
        // The PNG signature and the start of its header chunk (20 bytes; the
        // length comes from the literal: AddressSanitizer caught a read of 24).
        static const char pngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        QByteArray png(pngHeader, sizeof pngHeader - 1);
        png += QByteArray(2000, '\x7f');
        QTest::newRow("png") << png << QStringLiteral("binary");
        QByteArray noise;
        for (int i = 0; i < 5000; ++i)
            noise += char((i * 7919 + 13) % 251 + 3);
        QTest::newRow("random") << noise << QStringLiteral("binary");
        QTest::newRow("object") << readAll(dataFile("not_logs.json"))
                                << QStringLiteral("no sign-in or audit records");
        QTest::newRow("pretty object")
            << QByteArray("{\n  \"value\": [ {\"displayName\": \"x\"} ]\n}\n")
            << QStringLiteral("no sign-in or audit records");
        QTest::newRow("text") << QByteArray("hello world\nthis is not a log\n")
                              << QStringLiteral("not a log file");
        QTest::newRow("localized") << readAll(dataFile("localized_audits.csv"))
                                   << QStringLiteral("Objetivo1NombrePrincipalDeUsuario");
    }
    void refusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("refused.bin"));
        writeFile(path, content);
        auto r = run(path, QStringLiteral("c1"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QCOMPARE(scalar("SELECT count(*) FROM signins") + scalar("SELECT count(*) FROM audits"), 0);
    }

    void localizedNamesColumnsAndAsksForEnglish()
    {
        auto r = run(dataFile("localized_audits.csv"), QStringLiteral("c1"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("\"Fecha (UTC)\"")));
        QVERIFY(r.error().message.contains(QLatin1String("English")));
    }

    void noCustomerRefused()
    {
        auto r = run(dataFile("audits.jsonl")); // directoryAudits name no tenant
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("--customer")),
                 qPrintable(r.error().message));
    }

    void truncatedKeepsWholeRecords()
    {
        QByteArray text = readAll(dataFile("graph_signins.json"));
        text.truncate(text.indexOf("Alex Wilber"));
        const QString path = m_dir.filePath(QStringLiteral("cut.json"));
        writeFile(path, text);
        auto r = run(path, QStringLiteral("c1"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->truncated);
        QVERIFY(!r->truncation.isEmpty());
        QCOMPARE(r->taken, 1);

        QByteArray lines = readAll(dataFile("audits.jsonl"));
        lines.truncate(lines.lastIndexOf("\"targetResources\""));
        const QString cutLines = m_dir.filePath(QStringLiteral("cut.jsonl"));
        writeFile(cutLines, lines);
        auto l = run(cutLines, QStringLiteral("c1"));
        QVERIFY(l.ok());
        QVERIFY(l->truncated);
        QCOMPARE(l->taken, 2);

        QByteArray csv = readAll(dataFile("portal_signins.csv"));
        csv.truncate(csv.indexOf("line two"));
        const QString cutCsv = m_dir.filePath(QStringLiteral("cut.csv"));
        writeFile(cutCsv, csv);
        auto c = run(cutCsv);
        QVERIFY(c.ok());
        QVERIFY(c->truncated);
        QCOMPARE(c->taken, 2);
    }

    void repositoryJoinsOuterTransaction()
    {
        store::LogRepository repo(*m_db);
        SignIn row;
        row.id = QStringLiteral("a");
        row.createdDateTime = QDateTime(QDate(2024, 1, 2), QTime(3, 0), Qt::UTC);
        row.errorCode = 50126;
        row.rawText = "{\"id\":\"a\"}";
        {
            store::Transaction tx(*m_db);
            auto r = repo.insertSignIns(QStringLiteral("c1"), {row, row});
            QVERIFY(r.ok());
            QCOMPARE(r->inserted, 1);
            QCOMPARE(r->duplicates, 1);
            // not committed: the outer transaction rolls back
        }
        QCOMPARE(repo.countSignIns(QStringLiteral("c1")), 0);
        QCOMPARE(scalar("SELECT count(*) FROM signin_daily"), 0);
        auto r = repo.insertSignIns(QStringLiteral("c1"), {row});
        QVERIFY(r.ok());
        QCOMPARE(repo.countSignIns(QStringLiteral("C1")), 1);
        QCOMPARE(scalar("SELECT failed FROM signin_daily WHERE day=20240102"), 1);
    }

    void streamsLargeFileInLittleMemory()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.json"));
        const int count = 40000; // ~50 MB
        writeGraphFile(path, count);
        QVERIFY(QFileInfo(path).size() > 45 * 1024 * 1024);
        const qint64 before = vmHwmKb();
        qint64 lastDone = 0;
        int calls = 0;
        import::ImportOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone && done <= total);
            lastDone = done;
            ++calls;
        };
        QElapsedTimer timer;
        timer.start();
        auto r = import::importFile(*m_db, path, options);
        const qint64 ms = timer.elapsed();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->taken, count);
        QCOMPARE(lastDone, QFileInfo(path).size());
        QVERIFY(calls > 10);
        const qint64 grownKb = vmHwmKb() - before;
        qInfo("imported %d events (%lld MB) in %lld ms = %lld events/s, peak RSS grew by %lld KB",
              count, QFileInfo(path).size() >> 20, ms, count * 1000LL / std::max<qint64>(ms, 1),
              grownKb);
        QCOMPARE(scalar("SELECT sum(total) FROM signin_daily"), count);
#if defined(__SANITIZE_ADDRESS__)
#define VIGIE_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VIGIE_TEST_ASAN 1
#endif
#endif
#ifdef VIGIE_TEST_ASAN
        // AddressSanitizer keeps freed memory in quarantine (256 MB) and adds
        // shadow memory: the bound holds for the plain build only.
        QSKIP("the memory bound is checked in the build without sanitizers");
#else
        QVERIFY2(grownKb < 64 * 1024, qPrintable(QString::number(grownKb)));
#endif
    }

    void crashMidImportLeavesWholeBatches()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.jsonl"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 20000; ++i)
                f.write(makeSignIn(i) + '\n');
        }
        const QString cache = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VIGIE_IMPORT_CRASH_FILE"), path);
        env.insert(QStringLiteral("VIGIE_IMPORT_CRASH_CACHE"), cache);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // SIGKILL halfway

        auto db = store::openCache(cache); // runs the quick check
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(sqlValue((*db)->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
        const qint64 rows = sqlValue((*db)->queryInt("SELECT count(*) FROM signins"));
        QVERIFY2(rows > 0 && rows < 20000, qPrintable(QString::number(rows)));
        QCOMPARE(rows % 500, 0); // whole batches only
        QCOMPARE(sqlValue((*db)->queryInt("SELECT sum(total) FROM signin_daily")), rows);

        // Importing again completes the file, without double counting.
        import::ImportOptions options;
        auto r = import::importFile(**db, path, options);
        QVERIFY(r.ok());
        QCOMPARE(r->taken + r->duplicates, 20000);
        QCOMPARE(r->duplicates, rows);
        QCOMPARE(sqlValue((*db)->queryInt("SELECT sum(total) FROM signin_daily")), 20000);
    }
};

// The crash test re-runs this executable as a child that imports and is
// killed (SIGKILL) halfway through the file.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString crashFile = qEnvironmentVariable("VIGIE_IMPORT_CRASH_FILE");
    if (!crashFile.isEmpty()) {
        auto db = store::openCache(qEnvironmentVariable("VIGIE_IMPORT_CRASH_CACHE"));
        if (!db)
            return 3;
        import::ImportOptions options;
        options.batchSize = 500;
        // Halfway through, a timer thread kills the process a few ms later:
        // wherever that lands (parsing, inserting, committing), only whole
        // batches may be in the cache.
        options.progress = [](qint64 done, qint64 total) {
            static bool armed = false;
            if (done > total / 2 && !armed) {
                armed = true;
                std::thread([] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(7));
                    std::raise(SIGKILL);
                }).detach();
            }
        };
        (void)import::importFile(**db, crashFile, options);
        return 4; // not reached
    }
    TestImport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_import.moc"
