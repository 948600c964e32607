#include "core/enums.h"
#include "core/ids.h"
#include "core/jsonutil.h"
#include "core/timeutil.h"

#include <QJsonDocument>
#include <QTest>

using namespace vigie;

class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownEnumValuesParse()
    {
        QCOMPARE(AlertStatus::parse(QStringLiteral("resolved")).value(),
                 AlertStatus::Enum::Resolved);
        QCOMPARE(AlertSeverity::parse(QStringLiteral("High")).value(), AlertSeverity::Enum::High);
        QCOMPARE(SubscriptionStatus::parse(QStringLiteral("suspended")).value(),
                 SubscriptionStatus::Enum::Suspended);
        QCOMPARE(ResolvedReason::parse(QStringLiteral("fraud")).raw(), QStringLiteral("fraud"));
    }

    void unknownEnumValuesKeepRawString()
    {
        const auto status = AlertStatus::parse(QStringLiteral("dismissed"));
        QVERIFY(status.isUnknown());
        QCOMPARE(status.raw(), QStringLiteral("dismissed"));
        QCOMPARE(displayName(status), QStringLiteral("dismissed"));

        const auto sev = AlertSeverity::parse(QStringLiteral("critical"));
        QCOMPARE(sev.value(), AlertSeverity::Enum::Unknown);
        QCOMPARE(sev.raw(), QStringLiteral("critical"));
        QVERIFY(!(sev == AlertSeverity::parse(QStringLiteral("catastrophic"))));
        QVERIFY(sev == AlertSeverity::parse(QStringLiteral("CRITICAL")));
    }

    void sentinelIsNotUnknown()
    {
        const auto s = AlertStatus::parse(QStringLiteral("unknownFutureValue"));
        QCOMPARE(s.value(), AlertStatus::Enum::UnknownFutureValue);
        QVERIFY(!s.isUnknown());
    }

    void timestampsWithAnyFractionDigits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        const qint64 base =
            QDateTime(QDate(2024, 1, 23), QTime(16, 3, 33), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("0 digits") << "2024-01-23T16:03:33Z" << base;
        QTest::newRow("2 digits") << "2024-01-23T16:03:33.05Z" << base + 50;
        QTest::newRow("3 digits") << "2024-01-23T16:03:33.123Z" << base + 123;
        QTest::newRow("7 digits") << "2024-01-23T16:03:33.8454142Z" << base + 845;
        QTest::newRow("no zone = UTC") << "2024-01-23T16:03:33.69" << base + 690;
        QTest::newRow("space, identity") << "2024-01-23 16:03:33Z" << base;
        QTest::newRow("offset") << "2024-01-23T18:03:33+02:00" << base;
    }
    void timestampsWithAnyFractionDigits()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const QDateTime t = parseWireDateTime(text);
        QVERIFY2(t.isValid(), qPrintable(text));
        QCOMPARE(t.toMSecsSinceEpoch(), ms);
    }

    void badTimestampsAreInvalid()
    {
        QVERIFY(!parseWireDateTime(u"yesterday").isValid());
        QVERIFY(!parseWireDateTime(u"2024-13-01T00:00:00Z").isValid());
        QVERIFY(!parseWireDateTime(u"2024-01-01T00:00:00Zjunk").isValid());
        QVERIFY(!parseWireDateTime(u"").isValid());
    }

    void dayNumbers()
    {
        QCOMPARE(toDayNumber(QDate(2024, 5, 1)), 20240501);
        QCOMPARE(fromDayNumber(20240501), QDate(2024, 5, 1));
    }

    void idsAreValidatedBeforeUrls()
    {
        QVERIFY(isGuid(u"1889e718-414b-4bad-8bbe-c1135bd39a41"));
        QVERIFY(!isGuid(u"1889e718-414b-4bad-8bbe-c1135bd39a4"));
        QVERIFY(isSafePathId(u"Directory_7f0e5d1a-93b4_ZP3LQ_12345678"));
        QVERIFY(!isSafePathId(u"../customers"));
        QVERIFY(!isSafePathId(u"a/b"));
        QVERIFY(!isSafePathId(u"a?b=c"));
        QVERIFY(!isSafePathId(u".."));
        QVERIFY(!isSafePathId(u""));
        QVERIFY(isGuid(newGuid()));
    }

    void booleansAsStrings()
    {
        QCOMPARE(json::toBool(QJsonValue(QStringLiteral("false"))), std::optional<bool>(false));
        QCOMPARE(json::toBool(QJsonValue(QStringLiteral("TRUE"))), std::optional<bool>(true));
        QCOMPARE(json::toBool(QJsonValue(true)), std::optional<bool>(true));
        QVERIFY(!json::toBool(QJsonValue(QStringLiteral("maybe"))).has_value());
        QCOMPARE(json::toInt(QJsonValue(QStringLiteral("2000"))), std::optional<qint64>(2000));
    }

    void dottedPathsAndCaseInsensitiveKeys()
    {
        const auto obj =
            QJsonDocument::fromJson(R"({"location":{"countryOrRegion":"FR"},"Status":"active"})")
                .object();
        QCOMPARE(json::at(obj, u"location.countryOrRegion").toString(), QStringLiteral("FR"));
        QVERIFY(json::at(obj, u"location.city.name").isUndefined());
        QCOMPARE(json::valueCi(obj, u"status").toString(), QStringLiteral("active"));
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
