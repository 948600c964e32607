// bench_import [COUNT] [DIR] [--sequential-ids]: generates COUNT sign-ins
// (default 1,000,000) of one customer as JSON Lines, ~1.2 KB each, with ids
// as Graph sends them (random v4 GUIDs; --sequential-ids for the old,
// append-only case), and runs `vigie import` on them as a user would (a
// child process: its wall time, its peak RSS, the cache's bytes per event).
// Then, in the same run, the naive ceiling: a plain sqlite3 program inserting
// the same rows with the same ids (typed columns + raw JSON text, a unique
// (customer, id) index for dedupe, 1,000-row transactions, rows built before
// the clock starts). Not a test: run it by hand, under `nice -n 10`.
#include "core/timeutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>

namespace {

bool g_sequential = false;
const QString kTenant = QStringLiteral("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8");

// Event i's id: a v4 GUID from a hash of i (the same in the file and in the
// naive program), or the old bench's sequential ids.
QString idOf(qint64 i, quint8 salt = 0)
{
    if (g_sequential && salt == 0)
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'));
    QByteArray seed = QByteArray::number(i);
    seed.append(char(salt));
    QByteArray h = QCryptographicHash::hash(seed, QCryptographicHash::Md5);
    h[6] = char((h[6] & 0x0f) | 0x40);
    h[8] = char((h[8] & 0x3f) | 0x80);
    const QByteArray x = h.toHex();
    return QString::fromLatin1(x.left(8) + '-' + x.mid(8, 4) + '-' + x.mid(12, 4) + '-' +
                               x.mid(16, 4) + '-' + x.mid(20));
}

QDateTime timeOf(qint64 i)
{
    return QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC).addMSecs(i * 2600);
}

struct Row
{
    QString id;
    qint64 createdAtMs;
    QString userId, upn, ip;
    int errorCode;
    QByteArray raw;
};

Row rowOf(qint64 i)
{
    Row r;
    r.id = idOf(i);
    r.createdAtMs = timeOf(i).toMSecsSinceEpoch();
    r.userId = idOf(i % 5000, 1);
    r.upn = QStringLiteral("user%1@contoso.com").arg(i % 5000);
    r.ip = QStringLiteral("131.107.%1.%2").arg(i % 250).arg(i % 199);
    r.errorCode = i % 9 == 0 ? 50126 : 0;
    const QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("createdDateTime"), timeOf(i).toString(Qt::ISODate)},
        {QStringLiteral("userDisplayName"), QStringLiteral("User %1").arg(i % 5000)},
        {QStringLiteral("userPrincipalName"), r.upn},
        {QStringLiteral("userId"), r.userId},
        {QStringLiteral("appId"), QStringLiteral("de8bc8b5-d9f9-48b1-a8ad-b748da725064")},
        {QStringLiteral("appDisplayName"), QStringLiteral("Graph Explorer")},
        {QStringLiteral("ipAddress"), r.ip},
        {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
        {QStringLiteral("correlationId"), idOf(i, 2)},
        {QStringLiteral("conditionalAccessStatus"), QStringLiteral("notApplied")},
        {QStringLiteral("isInteractive"), true},
        {QStringLiteral("authenticationProtocol"), QStringLiteral("none")},
        {QStringLiteral("riskDetail"), QStringLiteral("none")},
        {QStringLiteral("riskLevelAggregated"), QStringLiteral("none")},
        {QStringLiteral("riskLevelDuringSignIn"), QStringLiteral("none")},
        {QStringLiteral("riskState"), QStringLiteral("none")},
        {QStringLiteral("resourceDisplayName"), QStringLiteral("Microsoft Graph")},
        {QStringLiteral("resourceId"), QStringLiteral("00000003-0000-0000-c000-000000000000")},
        {QStringLiteral("resourceTenantId"), kTenant},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("errorCode"), r.errorCode},
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
    r.raw = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

qint64 fileBytes(const QString &path)
{
    qint64 n = 0;
    for (const char *suffix : {"", "-wal"})
        n += QFileInfo(path + QLatin1String(suffix)).size();
    return n;
}

void removeCache(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// The naive ceiling: what a plain sqlite3 program gets for the same rows.
double naiveRate(const QString &path, qint64 count)
{
    removeCache(path);
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                 "CREATE TABLE signins(id TEXT NOT NULL, customer_id TEXT NOT NULL, "
                 "created_at INTEGER NOT NULL, user_id TEXT, upn TEXT, app_id TEXT, app_name TEXT, "
                 "ip TEXT, country TEXT, error_code INTEGER, source TEXT, raw TEXT NOT NULL);"
                 "CREATE UNIQUE INDEX signins_id ON signins(customer_id, id);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        db, "INSERT OR IGNORE INTO signins VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)", -1, &st,
        nullptr);
    qint64 ns = 0;
    QElapsedTimer t;
    const QByteArray tenant = kTenant.toUtf8();
    for (qint64 first = 0; first < count; first += 1000) {
        QList<Row> rows;
        QList<QByteArray> ids, upns, users, ips;
        for (qint64 i = first; i < std::min(count, first + 1000); ++i) {
            rows << rowOf(i);
            ids << rows.last().id.toUtf8();
            upns << rows.last().upn.toUtf8();
            users << rows.last().userId.toUtf8();
            ips << rows.last().ip.toUtf8();
        }
        t.start();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (qsizetype k = 0; k < rows.size(); ++k) {
            sqlite3_bind_text(st, 1, ids[k].constData(), int(ids[k].size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 2, tenant.constData(), int(tenant.size()), SQLITE_STATIC);
            sqlite3_bind_int64(st, 3, rows[k].createdAtMs);
            sqlite3_bind_text(st, 4, users[k].constData(), int(users[k].size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 5, upns[k].constData(), int(upns[k].size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 6, "de8bc8b5-d9f9-48b1-a8ad-b748da725064", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 7, "Graph Explorer", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 8, ips[k].constData(), int(ips[k].size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 9, "US", -1, SQLITE_STATIC);
            sqlite3_bind_int(st, 10, rows[k].errorCode);
            sqlite3_bind_text(st, 11, "import", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 12, rows[k].raw.constData(), int(rows[k].raw.size()),
                              SQLITE_STATIC);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        ns += t.nsecsElapsed();
    }
    sqlite3_finalize(st);
    sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_close(db);
    std::printf("naive sqlite3 program: %lld rows in %.1f s = %.0f rows/s, %.0f bytes/event "
                "(load %s)\n",
                qlonglong(count), ns / 1e9, count * 1e9 / double(std::max<qint64>(1, ns)),
                double(fileBytes(path)) / double(count), qPrintable(loadAverage()));
    std::fflush(stdout);
    return count * 1e9 / double(std::max<qint64>(1, ns));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList pos;
    for (const QString &a : app.arguments().mid(1)) {
        if (a == u"--sequential-ids")
            g_sequential = true;
        else
            pos << a;
    }
    const qint64 count = pos.value(0, QStringLiteral("1000000")).toLongLong();
    QTemporaryDir tmp;
    const QString dir = pos.size() > 1 ? pos[1] : tmp.path();
    const QString jsonl = dir + QStringLiteral("/signins.jsonl");
    const QString cache = dir + QStringLiteral("/bench.sqlite");

    QElapsedTimer t;
    t.start();
    {
        QFile a(jsonl);
        if (!a.open(QIODevice::WriteOnly))
            return 1;
        for (qint64 i = 0; i < count; ++i)
            a.write(rowOf(i).raw + '\n');
    }
    std::printf("generated %lld sign-ins, %s ids (%lld MB of JSON Lines) in %.1f s\n",
                qlonglong(count), g_sequential ? "sequential" : "random GUID",
                QFileInfo(jsonl).size() >> 20, t.elapsed() / 1000.0);
    std::fflush(stdout);

    // `vigie import` end to end, as a user runs it (it then runs detection on the new events).
    removeCache(cache);
    QProcess vigie;
    vigie.setProgram(QStringLiteral(VIGIE_BINARY_DIR "/src/app/vigie"));
    vigie.setArguments({QStringLiteral("--cache"), cache, QStringLiteral("import"), jsonl,
                        QStringLiteral("--customer"), kTenant});
    vigie.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    t.restart();
    vigie.start();
    if (!vigie.waitForFinished(-1) || vigie.exitCode() != 0) {
        std::fprintf(stderr, "vigie import failed: %s\n", vigie.readAllStandardOutput().data());
        return 1;
    }
    const qint64 ms = std::max<qint64>(1, t.elapsed());
    struct rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    {
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(cache).constData(), &db);
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_close(db);
    }
    const double importRate = count * 1000.0 / double(ms);
    std::printf("vigie import: %lld events in %.1f s = %.0f events/s, %.0f bytes/event, peak RSS "
                "%ld MB (load %s)\n",
                qlonglong(count), ms / 1000.0, importRate, double(fileBytes(cache)) / double(count),
                usage.ru_maxrss >> 10, qPrintable(loadAverage()));
    std::fflush(stdout);

    const double naive = naiveRate(dir + QStringLiteral("/naive.sqlite"), count);
    std::printf("ratio vigie import / naive program: %.2f (target >= 1.5)\n", importRate / naive);
    return 0;
}
