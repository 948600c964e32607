// Detection engine figures: full pass over N events (default 1,000,000) and the
// incremental cost per 1,000 new events. Not a test; run by hand:
//   bench_detect [N] [cache-file]
#include "analytics/engine.h"
#include "analytics/rules.h"
#include "analytics/settings.h"
#include "core/timeutil.h"
#include "store/cache.h"
#include "store/logrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace vigie;

namespace {

const QString kCustomer = QStringLiteral("bench-customer");

struct Gen
{
    quint64 s = 88172645463325252ull;
    quint64 next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
};

// Writes the events as sync and import do (LogRepository: typed columns, raw
// JSON and the daily rollups), in batches of 5,000.
bool fill(store::Database &db, qint64 from, qint64 n, qint64 t0, Gen &g)
{
    store::LogRepository repo(db);
    QList<SignIn> signIns;
    QList<AuditEvent> audits;
    auto flush = [&] {
        const bool ok = repo.insertSignIns(kCustomer, signIns, QStringLiteral("bench")) &&
                        repo.insertAudits(kCustomer, audits, QStringLiteral("bench"));
        signIns.clear();
        audits.clear();
        return ok;
    };
    static const char *activities[] = {"Update user", "Add user", "Get user flows",
                                       "Update application", "Add conditional access policy"};
    for (qint64 i = from; i < from + n; ++i) {
        if (signIns.size() + audits.size() == 5000 && !flush())
            return false;
        const qint64 t = t0 + i * 2000; // one event every 2 s: 1M ≈ 23 days
        const quint64 r = g.next();
        const QString id = QStringLiteral("ev-%1").arg(i);
        if (r % 20 == 0) {
            const char *act = activities[(r >> 8) % 5];
            const QString actor = QStringLiteral("staff%1@contoso.com").arg((r >> 16) % 50);
            const QJsonObject raw{
                {QStringLiteral("id"), id},
                {QStringLiteral("activityDateTime"), formatWireDateTime(fromEpochMs(t))},
                {QStringLiteral("activityDisplayName"), QLatin1String(act)},
                {QStringLiteral("result"), QStringLiteral("success")},
                {QStringLiteral("loggedByService"), QStringLiteral("Core Directory")},
                {QStringLiteral("initiatedBy"),
                 QJsonObject{{QStringLiteral("user"),
                              QJsonObject{{QStringLiteral("userPrincipalName"), actor}}}}},
                {QStringLiteral("targetResources"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("obj-%1").arg(r % 997)},
                                 {QStringLiteral("type"), QStringLiteral("User")}}}}};
            AuditEvent a;
            a.id = id;
            a.activityDateTime = fromEpochMs(t);
            a.category = QStringLiteral("UserManagement");
            a.activityDisplayName = QLatin1String(act);
            a.result = QStringLiteral("success");
            a.loggedByService = QStringLiteral("Core Directory");
            a.actor = actor;
            a.rawText = QJsonDocument(raw).toJson(QJsonDocument::Compact);
            audits.append(std::move(a));
            continue;
        }
        const int error = (r >> 8) % 100 < 3 ? 50126 : ((r >> 8) % 100 == 3 ? 50053 : 0);
        const QString upn = QStringLiteral("c%1@consumers.contoso.com").arg((r >> 20) % 200000);
        const QString ip = QStringLiteral("10.%1.%2.%3")
                               .arg((r >> 24) % 256)
                               .arg((r >> 32) % 256)
                               .arg((r >> 40) % 256);
        const QString app = (r >> 48) % 10 == 0
                                ? QStringLiteral("Contoso Portal")
                                : QStringLiteral("ProxyIdentityExperienceFramework");
        const QJsonObject raw{
            {QStringLiteral("id"), id},
            {QStringLiteral("createdDateTime"), formatWireDateTime(fromEpochMs(t))},
            {QStringLiteral("userPrincipalName"), upn},
            {QStringLiteral("userId"), QStringLiteral("id-") + upn},
            {QStringLiteral("appDisplayName"), app},
            {QStringLiteral("appId"), QStringLiteral("app-") + app},
            {QStringLiteral("ipAddress"), ip},
            {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("errorCode"), error},
                         {QStringLiteral("additionalDetails"), QJsonValue()}}},
            {QStringLiteral("deviceDetail"),
             QJsonObject{{QStringLiteral("browser"), QStringLiteral("Chrome 122")},
                         {QStringLiteral("operatingSystem"), QStringLiteral("Android")}}},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("city"), QStringLiteral("Lyon")},
                         {QStringLiteral("countryOrRegion"), QStringLiteral("FR")}}}};
        SignIn si;
        si.id = id;
        si.createdDateTime = fromEpochMs(t);
        si.userId = QStringLiteral("id-") + upn;
        si.userPrincipalName = upn;
        si.appId = QStringLiteral("app-") + app;
        si.appDisplayName = app;
        si.ipAddress = ip;
        si.countryOrRegion = QStringLiteral("FR");
        si.errorCode = error;
        si.rawText = QJsonDocument(raw).toJson(QJsonDocument::Compact);
        signIns.append(std::move(si));
    }
    return flush();
}

double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = argc > 2 && QFile::exists(path); // profile the pass alone
    auto db = store::openCache(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto catalog = analytics::RuleCatalog::loadBuiltin();
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error().message));
        return 1;
    }
    const qint64 t0 = toEpochMs(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    // A configured customer: every rule runs.
    QJsonObject s{
        {QStringLiteral("customerId"), kCustomer},
        {QStringLiteral("privilegedAccounts"), QJsonArray{QStringLiteral("admin1@contoso.com")}},
        {QStringLiteral("approvedCountries"), QJsonArray{QStringLiteral("FR")}},
        {QStringLiteral("ownedDomains"), QJsonArray{QStringLiteral("contoso.com")}},
        {QStringLiteral("workingHours"),
         QJsonObject{{QStringLiteral("timeZone"), QStringLiteral("Europe/Paris")}}}};
    (void)analytics::CustomerSettings::fromJson(s)->save(**db, QDateTime::currentDateTimeUtc());

    Gen g;
    QElapsedTimer timer;
    timer.start();
    if (!reuse && !fill(**db, 0, n, t0, g)) {
        std::fprintf(stderr, "fill failed\n");
        return 1;
    }
    std::printf("generated %lld events in %.1f s (not part of the figures)\n", n,
                timer.elapsed() / 1000.0);

    FixedClock clock(fromEpochMs(t0 + n * 2000));
    analytics::DetectionEngine engine(**db, *catalog, clock);
    timer.restart();
    const double cpu0 = cpuMs(CLOCK_PROCESS_CPUTIME_ID), main0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    auto full = engine.rerun(kCustomer, fromEpochMs(t0));
    const double cpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpu0,
                 mainCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID) - main0;
    if (!full) {
        std::fprintf(stderr, "%s\n", qPrintable(full.error().message));
        return 1;
    }
    std::printf("full pass: %lld events in %lld ms (%.0f events/s), %lld findings\n", full->events,
                qint64(timer.elapsed()),
                full->events * 1000.0 / std::max<qint64>(1, timer.elapsed()),
                full->findingsCreated);
    std::printf("full pass phases: prepare %lld ms, read+evaluate %lld ms (%lld sign-in chunks), "
                "save %lld ms, commit %lld ms\n",
                full->prepareMs, full->scanMs, full->signInChunks, full->saveMs, full->commitMs);
    // Wall time depends on a free second core for the reader thread; CPU
    // time per thread shows each side's cost on a busy machine too.
    std::printf("full pass CPU: evaluating thread %.0f ms, reader thread %.0f ms\n", mainCpu,
                cpu - mainCpu);
    if (reuse)
        return 0; // the cache's next event ids may be taken: no incremental figures
    timer.restart();
    (void)engine.evaluateNew(kCustomer);
    std::printf("incremental, nothing new: %lld ms\n", qint64(timer.elapsed()));
    qint64 total = 0;
    const int rounds = 5;
    for (int i = 0; i < rounds; ++i) {
        if (!fill(**db, n + i * 1000, 1000, t0, g))
            return 1;
        timer.restart();
        auto r = engine.evaluateNew(kCustomer);
        total += timer.elapsed();
        if (!r || r->events != 1000) {
            std::fprintf(stderr, "incremental evaluated %lld\n", r ? r->events : -1);
            return 1;
        }
    }
    std::printf("incremental: %.1f ms per 1,000 new events (mean of %d batches)\n",
                double(total) / rounds, rounds);
    return 0;
}
