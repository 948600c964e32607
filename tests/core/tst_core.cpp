#include "core/displaytext.h"
#include "core/enums.h"
#include "core/localization.h"
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
    // Hostile names from an API or a file: shown neutralised, on one line.
    void displayTextNeutralisesHostileText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("Contoso Ltd") << QStringLiteral("Contoso Ltd");
        QTest::newRow("accents kept")
            << QStringLiteral("Société Générale") << QStringLiteral("Société Générale");
        QTest::newRow("RTL override")
            << QStringLiteral("invoice\u202Egpj.exe") << QStringLiteral("invoicegpj.exe");
        QTest::newRow("isolates and marks")
            << QStringLiteral("a\u2066b\u2069c\u200Fd\u061C") << QStringLiteral("abcd");
        QTest::newRow("line breaks and tabs")
            << QStringLiteral("two\r\nlines\tand tab") << QStringLiteral("two lines and tab");
        QTest::newRow("terminal escape")
            << QStringLiteral("\x1b[31mred\x1b[0m") << QStringLiteral(" [31mred [0m");
        QTest::newRow("C1 and DEL") << QStringLiteral("a\u0085b\u007Fc") << QStringLiteral("a b c");
        QTest::newRow("html stays text")
            << QStringLiteral("<b>bold</b>") << QStringLiteral("<b>bold</b>");
    }
    void displayTextNeutralisesHostileText()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(displayText(in), out);
    }
    void displayTextCutsHugeText()
    {
        const QString huge(1'000'000, u'x');
        const QString shown = displayText(huge, 100);
        QCOMPARE(shown.size(), 100);
        QCOMPARE(shown.back(), QChar(0x2026));
        // A cut never splits a surrogate pair.
        QString emoji;
        for (int i = 0; i < 80; ++i)
            emoji += QStringLiteral("\U0001F600");
        const QString cut = displayText(emoji, 11);
        QVERIFY(!cut.chopped(1).back().isHighSurrogate());
        QVERIFY(cut.size() <= 11);
    }

    void durationsInWords()
    {
        Localization english;
        english.apply(QStringLiteral("en"));
        QCOMPARE(durationText(3'600'000), QStringLiteral("1 hour"));
        QCOMPARE(durationText(15 * 60'000), QStringLiteral("15 minutes"));
        QCOMPARE(durationText(86'400'000), QStringLiteral("1 day"));
        QCOMPARE(durationText(7 * 86'400'000LL), QStringLiteral("7 days"));
        QCOMPARE(durationText(90'000), QStringLiteral("90 seconds"));
    }

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
        QVERIFY(!isSafePathId(u"%2e%2e"));
        QVERIFY(!isSafePathId(u"a%2fb"));
        QVERIFY(!isSafePathId(u"a\\b"));
        QVERIFY(!isSafePathId(QString(300, u'a')));
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
