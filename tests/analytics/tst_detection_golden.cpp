// Detection golden files: each tests/analytics/golden/<name>.json holds an
// event set (customer settings, Graph sign-ins and directory audits) and
// <name>.expected.json the findings the engine must produce from it. One test
// row per file found in the folder; VIGIE_UPDATE_GOLDEN=1 rewrites the
// expected files instead.
//
// Input format:
//   {"description": "...", "now": "<ISO time of the clock>",
//    "run": "evaluateNewAll" | "rerunAll", "since": "<ISO time, rerunAll only>",
//    "customers": [{"id": "...", "settings": {...},
//                   "signIns": [<Graph signIn>...], "directoryAudits": [<Graph
//                   directoryAudit>...]}]}
// An event may carry "repeat": {"count": n, "everySeconds": s}: it stands for n
// events, ids suffixed -1..-n, each s seconds after the previous one.
#include "analytics/engine.h"
#include "analytics/findingstore.h"
#include "analytics/rules.h"
#include "analytics/settings.h"
#include "eventstore.h"
#include "store/cache.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace vigie;
using namespace vigie::analytics;

namespace {

QString goldenDir()
{
    return QStringLiteral(VIGIE_TEST_DATA "/golden");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The events an entry stands for (see "repeat" above).
QList<QJsonObject> expand(QJsonObject e, const QString &timeKey)
{
    const QJsonObject repeat = e.take(QStringLiteral("repeat")).toObject();
    const int count = repeat.value(u"count").toInt(1);
    if (repeat.isEmpty())
        return {e};
    const qint64 stepMs = qint64(repeat.value(u"everySeconds").toDouble()) * 1000;
    const QDateTime t0 = parseWireDateTime(e.value(timeKey).toString());
    const QString id = e.value(u"id").toString();
    QList<QJsonObject> out;
    for (int i = 0; i < count; ++i) {
        QJsonObject copy = e;
        copy.insert(QStringLiteral("id"), id + u'-' + QString::number(i + 1));
        copy.insert(timeKey, formatWireDateTime(t0.addMSecs(stepMs * i)));
        out << copy;
    }
    return out;
}

QJsonObject findingJson(const Finding &f, const RuleCatalog &catalog)
{
    const Rule *rule = catalog.find(f.ruleId);
    return QJsonObject{
        {QStringLiteral("rule"), f.ruleId},
        {QStringLiteral("customer"), f.customerId},
        {QStringLiteral("subject"), f.subject},
        {QStringLiteral("severity"), f.severity.raw()},
        {QStringLiteral("count"), f.count},
        {QStringLiteral("firstSeen"), formatWireDateTime(f.firstSeen)},
        {QStringLiteral("lastSeen"), formatWireDateTime(f.lastSeen)},
        {QStringLiteral("unconfigured"), f.unconfigured},
        {QStringLiteral("title"), rule ? rule->title(QStringLiteral("en")) : QString()},
        {QStringLiteral("text"), rule ? rule->explanation(QStringLiteral("en")) : QString()},
    };
}

} // namespace

class TestDetectionGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("input");
        const QStringList files =
            QDir(goldenDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        int rows = 0;
        for (const QString &name : files) {
            if (name.endsWith(QLatin1String(".expected.json")))
                continue;
            QTest::newRow(qPrintable(name)) << QDir(goldenDir()).filePath(name);
            ++rows;
        }
        QVERIFY2(rows >= 6, "the golden folder holds at least six event sets");
    }

    void findings()
    {
        QFETCH(QString, input);
        QJsonParseError parseError;
        const QJsonObject spec = QJsonDocument::fromJson(readAll(input), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));

        QTemporaryDir dir;
        auto opened = store::openCache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        store::Database &db = **opened;
        auto loaded = RuleCatalog::loadBuiltin();
        QVERIFY(loaded);
        const RuleCatalog catalog = std::move(*loaded);
        const QDateTime now = parseWireDateTime(spec.value(u"now").toString());
        QVERIFY2(now.isValid(), "\"now\" is an ISO time");
        FixedClock clock(now);

        {
            store::Transaction tx(db);
            for (const QJsonValue &c : spec.value(u"customers").toArray()) {
                const QJsonObject customer = c.toObject();
                const QString id = customer.value(u"id").toString();
                QVERIFY(!id.isEmpty());
                if (customer.contains(u"settings")) {
                    QJsonObject s = customer.value(u"settings").toObject();
                    s.insert(QStringLiteral("customerId"), id);
                    auto settings = CustomerSettings::fromJson(s);
                    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().message));
                    QVERIFY(settings->save(db, now).ok());
                }
                for (const QJsonValue &e : customer.value(u"signIns").toArray())
                    for (const QJsonObject &event :
                         expand(e.toObject(), QStringLiteral("createdDateTime")))
                        QVERIFY(testing::insertEvent(db, id, QStringLiteral("signIns"), event));
                for (const QJsonValue &e : customer.value(u"directoryAudits").toArray())
                    for (const QJsonObject &event :
                         expand(e.toObject(), QStringLiteral("activityDateTime")))
                        QVERIFY(
                            testing::insertEvent(db, id, QStringLiteral("directoryAudits"), event));
            }
            QVERIFY(tx.commit().ok());
        }

        DetectionEngine engine(db, catalog, clock);
        const QString run = spec.value(u"run").toString(QStringLiteral("evaluateNewAll"));
        Result<DetectionStats> stats = Error::make(Error::Kind::Usage, QStringLiteral("no run"));
        if (run == u"rerunAll")
            stats = engine.rerunAll(parseWireDateTime(spec.value(u"since").toString()));
        else
            stats = engine.evaluateNewAll();
        QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().message));

        auto found = FindingStore(db).list();
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QList<QJsonObject> objects;
        for (const Finding &f : *found)
            objects << findingJson(f, catalog);
        std::sort(objects.begin(), objects.end(), [](const QJsonObject &a, const QJsonObject &b) {
            const auto key = [](const QJsonObject &o) {
                return QStringList{o.value(u"rule").toString(), o.value(u"customer").toString(),
                                   o.value(u"subject").toString(),
                                   o.value(u"firstSeen").toString()};
            };
            return key(a) < key(b);
        });
        QJsonArray findings;
        for (const QJsonObject &o : objects)
            findings.append(o);
        const QJsonObject actual{{QStringLiteral("findings"), findings}};
        const QByteArray text = QJsonDocument(actual).toJson(QJsonDocument::Indented);

        const QString expectedPath =
            QString(input).replace(QStringLiteral(".json"), QStringLiteral(".expected.json"));
        if (qEnvironmentVariableIntValue("VIGIE_UPDATE_GOLDEN")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
            return;
        }
        const QByteArray expectedText = readAll(expectedPath);
        QVERIFY2(!expectedText.isEmpty(), qPrintable(expectedPath + QStringLiteral(" is missing")));
        const QJsonObject expected = QJsonDocument::fromJson(expectedText).object();
        if (actual != expected)
            qWarning().noquote() << "actual findings of" << input << ":\n" << text;
        const QJsonArray want = expected.value(u"findings").toArray();
        QCOMPARE(findings.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i)
            QCOMPARE(findings.at(i).toObject(), want.at(i).toObject());
    }
};

QTEST_GUILESS_MAIN(TestDetectionGolden)
#include "tst_detection_golden.moc"
