// bench_import [COUNT] [DIR]: generates COUNT sign-ins (default 1,000,000) as
// JSON Lines and as one Graph JSON document, imports each into a fresh cache
// and prints the import rate next to the raw LogRepository insert rate (same
// rows, pre-built, batches of 2000). Not a test: run it by hand.
#include "import/importer.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/logrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace vigie;

namespace {

QByteArray signIn(int i)
{
    const QJsonObject o{
        {QStringLiteral("id"),
         QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'))},
        {QStringLiteral("createdDateTime"),
         QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC).addSecs(i * 3).toString(Qt::ISODate)},
        {QStringLiteral("userDisplayName"), QStringLiteral("User %1").arg(i % 5000)},
        {QStringLiteral("userPrincipalName"), QStringLiteral("user%1@contoso.com").arg(i % 5000)},
        {QStringLiteral("userId"),
         QStringLiteral("26be570a-ae82-4189-b4e2-%1").arg(i % 5000, 12, 10, QChar(u'0'))},
        {QStringLiteral("appId"), QStringLiteral("de8bc8b5-d9f9-48b1-a8ad-b748da725064")},
        {QStringLiteral("appDisplayName"), QStringLiteral("Graph Explorer")},
        {QStringLiteral("ipAddress"), QStringLiteral("131.107.%1.%2").arg(i % 250).arg(i % 199)},
        {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
        {QStringLiteral("correlationId"), QStringLiteral("d79f5bee-5860-4832-928f-3133e22ae912")},
        {QStringLiteral("conditionalAccessStatus"), QStringLiteral("notApplied")},
        {QStringLiteral("isInteractive"), true},
        {QStringLiteral("riskDetail"), QStringLiteral("none")},
        {QStringLiteral("riskLevelAggregated"), QStringLiteral("none")},
        {QStringLiteral("riskLevelDuringSignIn"), QStringLiteral("none")},
        {QStringLiteral("riskState"), QStringLiteral("none")},
        {QStringLiteral("resourceDisplayName"), QStringLiteral("Microsoft Graph")},
        {QStringLiteral("resourceId"), QStringLiteral("00000003-0000-0000-c000-000000000000")},
        {QStringLiteral("resourceTenantId"),
         QStringLiteral("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8")},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("errorCode"), i % 9 == 0 ? 50126 : 0},
                     {QStringLiteral("failureReason"), QStringLiteral("Other.")},
                     {QStringLiteral("additionalDetails"), QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("deviceDetail"),
         QJsonObject{{QStringLiteral("deviceId"), QString()},
                     {QStringLiteral("operatingSystem"), QStringLiteral("Windows 10")},
                     {QStringLiteral("browser"), QStringLiteral("Edge 80.0.361")},
                     {QStringLiteral("isCompliant"), QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("isManaged"), QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Redmond")},
                     {QStringLiteral("state"), QStringLiteral("Washington")},
                     {QStringLiteral("countryOrRegion"), QStringLiteral("US")},
                     {QStringLiteral("geoCoordinates"),
                      QJsonObject{{QStringLiteral("latitude"), 47.68050003051758},
                                  {QStringLiteral("longitude"), -122.12094116210938}}}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
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

std::unique_ptr<store::Database> freshCache(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto db = store::openCache(path);
    if (!db) {
        std::fprintf(stderr, "cannot open cache: %s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    return std::move(db.value());
}

void importOne(const QString &file, const QString &cache, int count)
{
    auto db = freshCache(cache);
    const qint64 hwm = vmHwmKb();
    QElapsedTimer t;
    t.start();
    auto r = import::importFile(*db, file, {});
    const qint64 ms = std::max<qint64>(1, t.elapsed());
    if (!r) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error().message));
        std::exit(1);
    }
    std::printf(
        "import %-28s %8lld MB  %9lld events in %7.1f s = %8.0f events/s  (peak RSS +%lld MB)\n",
        qPrintable(import::formatId(r->format)), QFileInfo(file).size() >> 20, r->taken,
        ms / 1000.0, r->taken * 1000.0 / ms, (vmHwmKb() - hwm) >> 10);
    if (r->taken != count)
        std::printf("  (expected %d)\n", count);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    const QString jsonl = dir + QStringLiteral("/signins.jsonl");
    const QString graph = dir + QStringLiteral("/signins.json");
    const QString cache = dir + QStringLiteral("/bench.sqlite");

    QElapsedTimer t;
    t.start();
    {
        QFile a(jsonl), b(graph);
        if (!a.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
            return 1;
        b.write("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#auditLogs/"
                "signIns\",\"value\":[\n");
        for (int i = 0; i < count; ++i) {
            const QByteArray s = signIn(i);
            a.write(s + '\n');
            if (i)
                b.write(",\n");
            b.write(s);
        }
        b.write("\n]}\n");
    }
    std::printf("generated %d sign-ins (%lld MB each file) in %.1f s\n", count,
                QFileInfo(jsonl).size() >> 20, t.elapsed() / 1000.0);

    importOne(jsonl, cache, count);
    importOne(graph, cache, count);

    // Raw LogRepository rate: the same rows, already built.
    {
        auto db = freshCache(cache);
        const int rows = std::min(count, 200000);
        QList<SignIn> all;
        all.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            SignIn r;
            r.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'));
            r.createdDateTime = QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC).addSecs(i * 3);
            r.userPrincipalName = QStringLiteral("user%1@contoso.com").arg(i % 5000);
            r.appId = QStringLiteral("de8bc8b5-d9f9-48b1-a8ad-b748da725064");
            r.appDisplayName = QStringLiteral("Graph Explorer");
            r.ipAddress = QStringLiteral("131.107.1.2");
            r.countryOrRegion = QStringLiteral("US");
            r.errorCode = i % 9 == 0 ? 50126 : 0;
            r.rawText = signIn(i);
            all.append(std::move(r));
        }
        store::LogRepository repo(*db);
        t.restart();
        for (int i = 0; i < rows; i += 2000) {
            auto res = repo.insertSignIns(QStringLiteral("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8"),
                                          all.mid(i, 2000), QStringLiteral("import"));
            if (!res) {
                std::fprintf(stderr, "insert failed: %s\n", qPrintable(res.error().message));
                return 1;
            }
        }
        const qint64 ms = std::max<qint64>(1, t.elapsed());
        std::printf("LogRepository insert (raw %lld B/row, batches of 2000): %d rows in %.1f s = "
                    "%.0f rows/s\n",
                    qint64(all.value(0).rawText.size()), rows, ms / 1000.0, rows * 1000.0 / ms);
    }
    return 0;
}
