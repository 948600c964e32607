// The simulator's own DateTimeOffset parser (sim/datetime.h) and what it
// means over HTTP: Graph $filter datetime literals and Cost Management time
// periods are accepted in the OData forms only; anything else is a 400 with
// the service's error body.
#include "sim/datetime.h"
#include "sim/server.h"
#include "simclient.h"

#include <QUrl>
#include <QtTest>

using namespace vigie::sim;

namespace {

const QDateTime kMay1 = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);

// Literals Graph refuses in $filter (and the sim with it).
const char *const kRefused[] = {
    "2024-05-01",                    // date without time
    "2024-05-01 00:00:00Z",          // space instead of T (one token less for the filter)
    "'2024-05-01T00:00:00Z'",        // quoted: a string, not a DateTimeOffset
    "yesterday",                     // garbage
    "2024-05-01T00:00Z",             // no seconds
    "2024-05-01T00:00:00",           // no zone
    "2024-05-01t00:00:00z",          // lower-case T and Z
    "2024-13-01T00:00:00Z",          // month 13
    "2024-02-30T00:00:00Z",          // no such day
    "2024-05-01T24:00:00Z",          // hour 24
    "2024-05-01T00:00:60Z",          // leap second
    "2024-05-01T00:00:00.Z",         // dot without digits
    "2024-05-01T00:00:00.12345678Z", // 8 fractional digits
    "2024-05-01T00:00:00,5Z",        // comma fraction
    "2024-05-01T00:00:00+0100",      // offset without colon
    "2024-05-01T00:00:00+01",        // offset without minutes
    "2024-05-01T00:00:00+15:00",     // offset beyond 14:00
    "2024-05-01T00:00:00Z+01:00",    // both
    "20240501T000000Z",              // basic ISO 8601
    "2024-5-1T00:00:00Z",            // one-digit month and day
    "1714521600",                    // epoch seconds
};

} // namespace

class TstSimDateTime : public QObject
{
    Q_OBJECT

    std::unique_ptr<Server> m_sim;
    Http m_http;
    QString B;

    QString alertsFilter(const QString &literal)
    {
        return B + QStringLiteral("/beta/security/partner/securityAlerts?$top=999&$filter=") +
               QString::fromLatin1(
                   QUrl::toPercentEncoding(QStringLiteral("detectedDateTime ge ") + literal));
    }
    QString logsFilter(const QString &path, const QString &prop, const QString &literal)
    {
        return B + path + QStringLiteral("?$filter=") +
               QString::fromLatin1(
                   QUrl::toPercentEncoding(prop + QStringLiteral(" le ") + literal));
    }

    // A Graph error body: {error: {code, message, innerError: {date, request-id,
    // client-request-id}}}, date without zone.
    static void verifyGraphError(const Reply &r, const QString &literal)
    {
        QVERIFY2(r.status == 400, qPrintable(literal + QStringLiteral(" -> %1").arg(r.status)));
        const QJsonObject e = r.obj().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("BadRequest"));
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        const QJsonObject inner = e.value(QStringLiteral("innerError")).toObject();
        QCOMPARE(inner.value(QStringLiteral("date")).toString().size(), 19);
        QVERIFY(!inner.value(QStringLiteral("request-id")).toString().isEmpty());
        QVERIFY(inner.contains(QStringLiteral("client-request-id")));
    }

private slots:
    void initTestCase()
    {
        WorldConfig wc;
        wc.seed = 5;
        wc.customers = 4;
        wc.signInsPerTenant = 300;
        wc.now = QDateTime(QDate(2024, 5, 10), QTime(0, 0), Qt::UTC);
        m_sim = std::make_unique<Server>(wc);
        QVERIFY(m_sim->listen(0) != 0);
        B = m_sim->baseUrl();
    }

    void init()
    {
        m_sim->service().reset();
        m_sim->options() = SimOptions{};
        m_sim->options().throttle = false; // many auditLogs calls in a row
    }

    // ---- the parser -----------------------------------------------------
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        QTest::newRow("Z") << "2024-05-01T00:00:00Z" << kMay1;
        QTest::newRow("1 digit") << "2024-05-01T00:00:00.5Z" << kMay1.addMSecs(500);
        QTest::newRow("3 digits") << "2024-05-01T10:11:12.345Z"
                                  << kMay1.addSecs(10 * 3600 + 11 * 60 + 12).addMSecs(345);
        QTest::newRow("7 digits, rounded") << "2024-05-01T00:00:00.8454142Z" << kMay1.addMSecs(845);
        QTest::newRow("7 digits, half up") << "2024-05-01T00:00:00.0005000Z" << kMay1.addMSecs(1);
        QTest::newRow("+01:00") << "2024-05-01T01:00:00+01:00" << kMay1;
        QTest::newRow("-05:30") << "2024-04-30T18:30:00-05:30" << kMay1;
        QTest::newRow("+14:00") << "2024-05-01T14:00:00+14:00" << kMay1;
        QTest::newRow("-00:00") << "2024-05-01T00:00:00-00:00" << kMay1;
        QTest::newRow("fraction and offset")
            << "2024-05-01T02:00:00.250+02:00" << kMay1.addMSecs(250);
        QTest::newRow("leap day") << "2024-02-29T23:59:59Z"
                                  << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const QDateTime t = parseDateTimeOffset(text);
        QVERIFY2(t.isValid(), qPrintable(text));
        QCOMPARE(t.toMSecsSinceEpoch(), utc.toMSecsSinceEpoch());
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *r : kRefused)
            QTest::newRow(r) << QString::fromLatin1(r);
        QTest::newRow("empty") << QString();
        QTest::newRow("leading blank") << QStringLiteral(" 2024-05-01T00:00:00Z");
        QTest::newRow("trailing blank") << QStringLiteral("2024-05-01T00:00:00Z ");
    }
    void refused()
    {
        QFETCH(QString, text);
        QVERIFY2(!parseDateTimeOffset(text).isValid(), qPrintable(text));
    }

    void helpers()
    {
        QCOMPARE(formatUtcMs(kMay1), QStringLiteral("2024-05-01T00:00:00.000Z"));
        QCOMPARE(formatUtcMs(QDateTime()), QString());
        QCOMPARE(dayNumber(QDate(2024, 3, 12)), 20240312);
        QCOMPARE(dayNumber(QDate()), 0);
        QVERIFY(isGuidText(u"0f9e1c2a-3b4c-4d5e-8f90-A1B2C3D4E5F6"));
        QVERIFY(!isGuidText(u"{0f9e1c2a-3b4c-4d5e-8f90-a1b2c3d4e5f6}"));
        QVERIFY(!isGuidText(u"0f9e1c2a-3b4c-4d5e-8f90-a1b2c3d4e5fg"));
        QVERIFY(!isGuidText(u"0f9e1c2a3b4c-4d5e-8f90-a1b2c3d4e5f6a"));
    }

    // ---- over HTTP ------------------------------------------------------
    void graphAcceptsValidLiterals()
    {
        const QString t =
            m_sim->issueAccessToken(QStringLiteral("organizations"), QStringLiteral("graph"));
        // Same instant in four spellings: same alerts.
        QList<int> counts;
        for (const char *lit : {"2024-03-01T00:00:00Z", "2024-03-01T00:00:00.000Z",
                                "2024-03-01T01:00:00+01:00", "2024-02-29T19:00:00.0000000-05:00"}) {
            const Reply r = m_http.get(alertsFilter(QString::fromLatin1(lit)), bearer(t));
            QVERIFY2(r.status == 200, lit);
            counts.append(r.obj().value(QStringLiteral("value")).toArray().size());
        }
        int expected = 0;
        const QDateTime march1(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
        for (const QJsonObject &a : m_sim->world().alerts())
            expected += parseDateTimeOffset(
                            a.value(QStringLiteral("detectedDateTime")).toString()) >= march1;
        QVERIFY(expected > 0);
        QCOMPARE(counts, QList<int>(4, expected));

        const Customer &c = m_sim->world().customers()[0];
        QVERIFY(c.premium);
        const QString ct = m_sim->issueAccessToken(c.id, QStringLiteral("graph"));
        for (const char *lit : {"2024-05-01T00:00:00Z", "2024-05-01T02:00:00+02:00",
                                "2024-05-01T00:00:00.1234567Z"}) {
            for (const auto &[path, prop] :
                 {std::pair{"/v1.0/auditLogs/signIns", "createdDateTime"},
                  std::pair{"/v1.0/auditLogs/directoryAudits", "activityDateTime"}}) {
                const Reply r =
                    m_http.get(logsFilter(QString::fromLatin1(path), QString::fromLatin1(prop),
                                          QString::fromLatin1(lit)),
                               bearer(ct));
                QVERIFY2(r.status == 200, lit);
                const QJsonArray v = r.obj().value(QStringLiteral("value")).toArray();
                QVERIFY(!v.isEmpty());
                for (const QJsonValue &e : v)
                    QVERIFY(parseDateTimeOffset(
                                e.toObject().value(QString::fromLatin1(prop)).toString()) <=
                            parseDateTimeOffset(QString::fromLatin1(lit)));
            }
        }
    }

    void graphRefusesOtherLiterals()
    {
        const QString t =
            m_sim->issueAccessToken(QStringLiteral("organizations"), QStringLiteral("graph"));
        const Customer &c = m_sim->world().customers()[0];
        const QString ct = m_sim->issueAccessToken(c.id, QStringLiteral("graph"));
        for (const char *lit : kRefused) {
            const QString l = QString::fromLatin1(lit);
            verifyGraphError(m_http.get(alertsFilter(l), bearer(t)), l);
            verifyGraphError(m_http.get(logsFilter(QStringLiteral("/v1.0/auditLogs/signIns"),
                                                   QStringLiteral("createdDateTime"), l),
                                        bearer(ct)),
                             l);
            verifyGraphError(
                m_http.get(logsFilter(QStringLiteral("/v1.0/auditLogs/directoryAudits"),
                                      QStringLiteral("activityDateTime"), l),
                           bearer(ct)),
                l);
        }
        // A raw '+' in the query is a space: the offset is lost, the filter refused.
        verifyGraphError(m_http.get(B + QStringLiteral("/v1.0/auditLogs/signIns?$filter="
                                                       "createdDateTime%20le%20"
                                                       "2024-05-01T01:00:00+01:00"),
                                    bearer(ct)),
                         QStringLiteral("raw +"));
        // The message names the literal.
        const Reply r = m_http.get(alertsFilter(QStringLiteral("2024-05-01")), bearer(t));
        QVERIFY(r.obj()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("'2024-05-01'")));
    }

    void costTimePeriod()
    {
        const Entitlement e = m_sim->world().allEntitlements()[0];
        const QString t = m_sim->issueAccessToken(e.customerId, QStringLiteral("arm"));
        const QString url =
            B +
            QStringLiteral(
                "/subscriptions/%1/providers/Microsoft.CostManagement/query?api-version=2023-03-01")
                .arg(e.id);
        auto body = [](const char *from, const char *to) {
            const QJsonObject sum{{QStringLiteral("name"), QStringLiteral("Cost")},
                                  {QStringLiteral("function"), QStringLiteral("Sum")}};
            const QJsonObject q{
                {QStringLiteral("type"), QStringLiteral("ActualCost")},
                {QStringLiteral("timeframe"), QStringLiteral("Custom")},
                {QStringLiteral("timePeriod"),
                 QJsonObject{{QStringLiteral("from"), QString::fromLatin1(from)},
                             {QStringLiteral("to"), QString::fromLatin1(to)}}},
                {QStringLiteral("dataset"),
                 QJsonObject{{QStringLiteral("granularity"), QStringLiteral("Daily")},
                             {QStringLiteral("aggregation"),
                              QJsonObject{{QStringLiteral("totalCost"), sum}}}}}};
            return QJsonDocument(q).toJson(QJsonDocument::Compact);
        };
        QCOMPARE(m_http.post(url, body("2024-04-01T00:00:00Z", "2024-04-30T23:59:59Z"), bearer(t))
                     .status,
                 200);
        QCOMPARE(m_http
                     .post(url,
                           body("2024-04-01T00:00:00.000+00:00", "2024-04-30T23:59:59.9999999Z"),
                           bearer(t))
                     .status,
                 200);
        for (const auto &[from, to] : {std::pair{"2024-04-01", "2024-04-30"},
                                       std::pair{"2024-04-01 00:00:00Z", "2024-04-30T23:59:59Z"},
                                       std::pair{"2024-04-01T00:00:00Z", "soon"}}) {
            const Reply r = m_http.post(url, body(from, to), bearer(t));
            QCOMPARE(r.status, 400);
            const QJsonObject err = r.obj().value(QStringLiteral("error")).toObject();
            QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("BadRequest"));
            QVERIFY(!err.value(QStringLiteral("message")).toString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TstSimDateTime)
#include "tst_sim_datetime.moc"
