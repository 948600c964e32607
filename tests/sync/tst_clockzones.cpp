// "Older than N days" (vigie resolve --older-than, the backlog) for an analyst
// in any time zone. ctest runs this file once per zone (TZ=...); the expected
// cut-offs below are worked out by hand for each.
//
// N days are N calendar days back from now on the analyst's own clock (what
// the alert list, which shows local dates, makes them count), so the
// cut-off moves by the DST shifts between then and now: it is not N × 24 h.
#include "core/timeutil.h"
#include "net/parsers.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "sync/actions.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace vigie;

namespace {

Alert alertDetectedAt(const QString &id, const QString &when)
{
    const QJsonObject o{{QStringLiteral("id"), id},
                        {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("severity"), QStringLiteral("high")},
                        {QStringLiteral("customerTenantId"), QStringLiteral("c1")},
                        {QStringLiteral("detectedDateTime"), when}};
    return *net::parseAlert(o);
}

} // namespace

class TestClockZones : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void zoneIsTheOneCtestSet()
    {
        // The run under TZ=X must really be in X, or the rows below test nothing.
        const QByteArray tz = qgetenv("TZ");
        if (tz.isEmpty())
            QSKIP("run by ctest with TZ set");
        const QDateTime winter(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(winter.toLocalTime().offsetFromUtc(), QTimeZone(tz).offsetFromUtc(winter));
    }

    // now = 2026-05-10 08:00Z. Sixty calendar days back on the analyst's clock:
    //   UTC, Asia/Kolkata (+05:30, no DST) ........... 2026-03-11 08:00Z
    //   Europe/Paris: 10:00 CEST now, 10:00 CET then .. 2026-03-11 09:00Z
    //   America/Los_Angeles: PDT now and then (US DST began 8 March) 08:00Z
    //   Pacific/Chatham: 20:45 +12:45 now, +13:45 then 2026-03-11 07:00Z
    void backlogCountsCalendarDaysOnTheAnalystsClock()
    {
        const QByteArray tz = qgetenv("TZ");
        const QString o = QStringLiteral("old"), a = QStringLiteral("t0630"),
                      b = QStringLiteral("t0730"), c = QStringLiteral("t0830");
        const QHash<QByteArray, QStringList> expected{
            {"UTC", {o, a, b}},
            {"Asia/Kolkata", {o, a, b}},
            {"America/Los_Angeles", {o, a, b}},
            {"Europe/Paris", {o, a, b, c}},
            {"Pacific/Chatham", {o, a}},
        };
        if (!expected.contains(tz))
            QSKIP("no hand-worked cut-off for this TZ");
        auto db = store::openCache(m_dir.filePath(QStringLiteral("backlog.sqlite")));
        QVERIFY(db);
        store::AlertRepository alerts(**db);
        QVERIFY(alerts
                    .upsert({alertDetectedAt(QStringLiteral("old"),
                                             QStringLiteral("2026-01-02T00:00:00Z")),
                             alertDetectedAt(QStringLiteral("t0630"),
                                             QStringLiteral("2026-03-11T06:30:00Z")),
                             alertDetectedAt(QStringLiteral("t0730"),
                                             QStringLiteral("2026-03-11T07:30:00Z")),
                             alertDetectedAt(QStringLiteral("t0830"),
                                             QStringLiteral("2026-03-11T08:30:00Z")),
                             alertDetectedAt(QStringLiteral("t0930"),
                                             QStringLiteral("2026-03-11T09:30:00Z")),
                             alertDetectedAt(QStringLiteral("recent"),
                                             QStringLiteral("2026-05-09T08:00:00Z"))},
                            1)
                    .ok());
        FixedClock clock(QDateTime(QDate(2026, 5, 10), QTime(8, 0), QTimeZone::utc()));
        sync::ActionQueue queue(**db, clock, QStringLiteral("analyst"));
        const auto backlog = queue.backlog(60);
        QVERIFY(backlog);
        QStringList ids;
        for (const store::AlertTarget &a : *backlog)
            ids << a.id;
        QCOMPARE(ids, expected.value(tz));
        // One day: everything but the alert of yesterday 08:00Z... which is
        // exactly one calendar day old on every clock, so not "older".
        const auto day = queue.backlog(1);
        QVERIFY(day);
        QCOMPARE(day->size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestClockZones)
#include "tst_clockzones.moc"
