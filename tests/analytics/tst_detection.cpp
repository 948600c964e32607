#include "analytics/detectionstatestore.h"
#include "analytics/engine.h"
#include "analytics/findingstore.h"
#include "analytics/rules.h"
#include "analytics/settings.h"
#include "eventstore.h"
#include "sim/scenarios.h"
#include "sqlvalue.h"
#include "store/cache.h"
#include "store/logrepository.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vigie;
using namespace vigie::analytics;

namespace {

const QString kCustomer = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QDateTime kStart(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
const QDateTime kEnd(QDate(2026, 4, 15), QTime(0, 0), Qt::UTC);

struct Env
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    RuleCatalog catalog;
    FixedClock clock{kEnd};
    explicit Env(const QString &path = {})
    {
        auto d =
            store::openCache(path.isEmpty() ? dir.filePath(QStringLiteral("cache.sqlite")) : path);
        if (!d)
            qFatal("cache: %s", qPrintable(d.error().message));
        db = std::move(*d);
        auto c = RuleCatalog::loadBuiltin();
        if (!c)
            qFatal("catalog: %s", qPrintable(c.error().message));
        catalog = std::move(*c);
    }
    bool insert(const QString &customer, const QString &stream, const QJsonObject &e)
    {
        return testing::insertEvent(*db, customer, stream, e);
    }
    bool insertAll(const QString &customer, const QList<sim::LabeledEvent> &events)
    {
        store::Transaction tx(*db);
        for (const auto &e : events)
            if (!insert(customer, e.stream, e.event))
                return false;
        return tx.commit().ok();
    }
    bool setSettings(const QString &customer, QJsonObject s)
    {
        s.insert(QStringLiteral("customerId"), customer);
        auto cs = CustomerSettings::fromJson(s);
        return cs && cs->save(*db, clock.now()).ok();
    }
    QList<Finding> findings(const QString &customer, const QString &rule = {})
    {
        FindingStore fs(*db);
        FindingFilter f;
        f.customerId = customer;
        f.ruleId = rule;
        auto r = fs.list(f);
        return r ? *r : QList<Finding>{};
    }
};

// Data rows: a cache file, whose events reader threads read on their own
// connections, and an in-memory cache, read on the engine's connection.
void bothCacheKinds()
{
    QTest::addColumn<bool>("inMemory");
    QTest::newRow("file cache") << false;
    QTest::newRow("in-memory cache") << true;
}

QJsonObject signIn(const QString &id, const QDateTime &t, const QString &upn, int error,
                   const QString &app = QStringLiteral("ProxyIdentityExperienceFramework"))
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("createdDateTime"), formatWireDateTime(t)},
        {QStringLiteral("userId"), QStringLiteral("id-") + upn},
        {QStringLiteral("userPrincipalName"), upn},
        {QStringLiteral("appId"), QStringLiteral("app-") + app},
        {QStringLiteral("appDisplayName"), app},
        {QStringLiteral("ipAddress"), QStringLiteral("198.51.100.1")},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("errorCode"), error}}},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("countryOrRegion"), QStringLiteral("FR")}}}};
}

QJsonObject audit(const QString &id, const QDateTime &t, const QString &activity,
                  const QString &actor, bool b2c = true)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("activityDateTime"), formatWireDateTime(t)},
        {QStringLiteral("activityDisplayName"), activity},
        {QStringLiteral("result"), QStringLiteral("success")},
        {QStringLiteral("category"), QStringLiteral("Policy")},
        {QStringLiteral("loggedByService"),
         b2c ? QStringLiteral("B2C") : QStringLiteral("Core Directory")},
        {QStringLiteral("initiatedBy"),
         QJsonObject{{QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("id-") + actor},
                                  {QStringLiteral("userPrincipalName"), actor}}}}},
        {QStringLiteral("targetResources"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("policy-1")},
                                {QStringLiteral("type"), QStringLiteral("Policy")}}}}};
}

QStringList evidenceIds(const Finding &f)
{
    QStringList ids;
    for (const EvidenceRef &e : f.evidence)
        ids << e.eventId;
    return ids;
}

RuleStatus::State stateOf(const QList<RuleStatus> &list, const QString &id)
{
    for (const RuleStatus &s : list)
        if (s.ruleId == id)
            return s.state;
    return RuleStatus::State::Disabled;
}

} // namespace

class TestDetection : public QObject
{
    Q_OBJECT

private slots:
    // Each step of the rule parser reports the first bad field of its part,
    // in the order the steps run; every built-in rule parses back.
    void ruleParseStepsReportTheirField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("header: id") << "id" << QJsonValue(QStringLiteral("9bad")) << "id";
        QTest::newRow("header: risk") << "risk" << QJsonValue(QStringLiteral("huge")) << "risk";
        QTest::newRow("header: kind") << "kind" << QJsonValue(QStringLiteral("guess")) << "kind";
        QTest::newRow("conditions")
            << "conditions" << QJsonValue(QJsonObject{{"op", "like"}}) << "conditions";
        QTest::newRow("subject") << "subject" << QJsonValue(QJsonArray{42}) << "subject";
        QTest::newRow("window") << "window" << QJsonValue(QStringLiteral("soon")) << "window";
        QTest::newRow("escalate") << "escalate"
                                  << QJsonValue(QJsonArray{QJsonObject{{"risk", "x"}}})
                                  << "escalate[0].risk";
        QTest::newRow("allow") << "allow" << QJsonValue(QJsonArray{QJsonObject{}}) << "allow[0]";
        QTest::newRow("mode") << "mode" << QJsonValue(QStringLiteral("some")) << "mode";
        QTest::newRow("lists") << "requiresFields" << QJsonValue(QStringLiteral("x"))
                               << "requiresFields";
    }
    void ruleParseStepsReportTheirField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        auto builtin = RuleCatalog::loadBuiltin();
        QVERIFY(builtin.ok());
        QVERIFY(builtin->rules().size() > 1);
        for (const auto &rule : builtin->rules()) {
            RuleCatalog back;
            QVERIFY2(
                back.addJson(QJsonDocument(rule->json).toJson(), QStringLiteral("t.json")).ok(),
                qPrintable(rule->id));
        }
        QJsonObject o = builtin->rules().first()->json;
        o.insert(key, value);
        RuleCatalog bad;
        const Status s = bad.addJson(QJsonDocument(o).toJson(), QStringLiteral("t.json"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("field \"%1\"").arg(field)),
                 qPrintable(s.error().message));
    }

    void catalogHasAllRules()
    {
        auto c = RuleCatalog::loadBuiltin();
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->rules().size(), 49);
        QStringList ids;
        for (const auto &r : c->rules())
            ids << r->id;
        QCOMPARE(ids.first(), QStringLiteral("C1"));
        QCOMPARE(ids.last(), QStringLiteral("I15"));
        for (const char *id : {"C9", "P13", "A12", "I1"})
            QVERIFY(ids.contains(QString::fromLatin1(id)));
        QCOMPARE(c->find(QStringLiteral("C4"))->windowMs, qint64(15 * 60 * 1000));
        QCOMPARE(c->find(QStringLiteral("P3"))->title(QStringLiteral("fr")),
                 QStringLiteral("Échec MFA d'un admin (interruption)"));
        // The directory loader reads the same files.
        auto d = RuleCatalog::loadDirectory(QStringLiteral(VIGIE_SOURCE_DIR "/resources/rules"));
        QVERIFY(d.ok());
        QCOMPARE(d->rules().size(), 49);
    }

    void brokenRuleFilesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray ok =
            R"({"id":"X1","title":{"en":"t","fr":"t"},"explanation":{"en":"e","fr":"e"},
            "risk":"high","source":"signIns","kind":"match","subject":"userId","window":"PT1H",
            "conditions":{"path":"status.errorCode","op":"eq","value":1}})";
        auto broken = [&](const char *from, const char *to) {
            QByteArray b = ok;
            b.replace(from, to);
            return b;
        };
        QTest::newRow("operator") << broken("\"op\":\"eq\"", "\"op\":\"like\"")
                                  << QStringLiteral("X1 (x.json): field \"conditions.op\"");
        QTest::newRow("window") << broken("PT1H", "1 hour")
                                << QStringLiteral("X1 (x.json): field \"window\"");
        QTest::newRow("title") << broken("\"title\":{\"en\":\"t\",\"fr\":\"t\"}",
                                         "\"title\":{\"en\":\"t\"}")
                               << QStringLiteral("X1 (x.json): field \"title.fr\"");
        QTest::newRow("risk") << broken("\"high\"", "\"severe\"")
                              << QStringLiteral("X1 (x.json): field \"risk\"");
        QTest::newRow("kind") << broken("\"match\"", "\"regex\"")
                              << QStringLiteral("X1 (x.json): field \"kind\"");
        QTest::newRow("threshold") << broken("\"match\"", "\"threshold\"")
                                   << QStringLiteral("X1 (x.json): field \"params.threshold\"");
        QTest::newRow("nested")
            << broken(
                   R"({"path":"status.errorCode","op":"eq","value":1})",
                   R"({"all":[{"path":"a","op":"eq","value":1},{"path":"b","op":"cidrIn","value":["nope"]}]})")
            << QStringLiteral("field \"conditions.all[1].value\"");
        QTest::newRow("json") << QByteArray("{\"id\":")
                              << QStringLiteral("x.json is not valid JSON");
        QTest::newRow("superseded") << broken("\"window\"", "\"supersededBy\":[\"Z9\"],\"window\"")
                                    << QStringLiteral("field \"supersededBy\"");
    }

    void brokenRuleFilesAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        auto c = RuleCatalog::loadDirectory(dir.path());
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
    }

    void foldingAndCidr()
    {
        QCOMPARE(fold(QString::fromUtf8(
                     "  Update application \u2013 Certificates  and secrets management ")),
                 QStringLiteral("update application - certificates and secrets management"));
        QVERIFY(Cidr::parse(u"2001:db8::/32").contains(u"2001:db8:ffff::1"));
        QVERIFY(!Cidr::parse(u"2001:db8::/32").contains(u"2001:db9::1"));
        QVERIFY(Cidr::parse(u"192.0.2.77/32").contains(u"192.0.2.77"));
        QVERIFY(!Cidr::parse(u"192.0.2.77/32").contains(u"192.0.2.78"));
        QVERIFY(!Cidr::parse(u"203.0.113.0/24").contains(u"2001:db8::1"));
        QCOMPARE(parseIsoDuration(u"P1D"), qint64(86400000));
        QCOMPARE(parseIsoDuration(u"PT15M"), qint64(900000));
        QCOMPARE(urlHost(u"https://*.contoso.com/cb"), QStringLiteral("*.contoso.com"));
        QCOMPARE(signInErrorMeaning(50053, QStringLiteral("fr")).left(16),
                 QStringLiteral("compte verrouill"));
    }

    void settingsValidation()
    {
        QVERIFY(!CustomerSettings::fromJson(QJsonObject{{QStringLiteral("approvedCidrs"),
                                                         QJsonArray{QStringLiteral("1.2.3.4/99")}}})
                     .ok());
        auto bad = CustomerSettings::fromJson(QJsonObject{
            {QStringLiteral("workingHours"),
             QJsonObject{{QStringLiteral("timeZone"), QStringLiteral("Mars/Olympus")}}}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("workingHours.timeZone")));
        auto ok = CustomerSettings::fromJson(
            QJsonObject{{QStringLiteral("workingHours"),
                         QJsonObject{{QStringLiteral("timeZone"), QStringLiteral("Europe/Paris")},
                                     {QStringLiteral("days"), QJsonArray{QStringLiteral("Mon")}},
                                     {QStringLiteral("start"), QStringLiteral("07:30")},
                                     {QStringLiteral("end"), QStringLiteral("19:30")}}}});
        QVERIFY(ok.ok());
        // 2026-03-30 is a Monday in CEST: 06:00Z = 08:00 local (inside); 05:00Z = 07:00 (outside).
        QVERIFY(ok->workingHours().contains(QDateTime(QDate(2026, 3, 30), QTime(6, 0), Qt::UTC)));
        QVERIFY(!ok->workingHours().contains(QDateTime(QDate(2026, 3, 30), QTime(5, 0), Qt::UTC)));
        // Round trip through the store.
        Env env;
        QVERIFY(ok->toJson().value(u"workingHours").isObject());
        CustomerSettings s = *ok;
        QJsonObject j = s.toJson();
        j.insert(QStringLiteral("customerId"), QStringLiteral("c1"));
        QVERIFY(CustomerSettings::fromJson(j)->save(*env.db, env.clock.now()).ok());
        auto back = CustomerSettings::load(*env.db, QStringLiteral("c1"));
        QVERIFY(back.ok());
        QCOMPARE(back->json(), j);
    }

    // detections.md §7: every fire label -> exactly one finding of that rule with the
    // event; no finding of a rule contains one of its decoys. Prints recall/precision.
    void scenariosRecallAndPrecision()
    {
        Env env;
        const sim::ScenarioSet set = sim::generateScenarios(42, kCustomer, kStart, kEnd);
        QVERIFY(set.events.size() > 98);
        QVERIFY(env.setSettings(kCustomer, set.settings));
        QVERIFY(env.insertAll(kCustomer, set.events));
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        auto r = engine.evaluateNew(kCustomer);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        qInfo("evaluated %lld events in %lld ms, %lld findings", r->events, r->elapsedMs,
              r->findingsCreated);

        QHash<QString, QList<Finding>> byRule;
        for (const Finding &f : env.findings(kCustomer))
            byRule[f.ruleId].append(f);
        int totalFire = 0, totalDecoy = 0;
        QStringList failures;
        QSet<QString> rulesWithCases;
        for (const auto &rule : env.catalog.rules()) {
            int fire = 0, found = 0, decoys = 0, falsePos = 0;
            for (const sim::LabeledEvent &e : set.events) {
                if (e.ruleId != rule->id)
                    continue;
                const QString id = e.event.value(u"id").toString();
                int hits = 0;
                for (const Finding &f : byRule.value(rule->id))
                    if (evidenceIds(f).contains(id))
                        ++hits;
                if (e.fire) {
                    ++fire;
                    if (hits == 1)
                        ++found;
                    else
                        failures << QStringLiteral("%1 missed %2 (%3 findings)")
                                        .arg(rule->id, id)
                                        .arg(hits);
                } else {
                    ++decoys;
                    if (hits) {
                        ++falsePos;
                        failures << QStringLiteral("%1 fired on decoy %2").arg(rule->id, id);
                    }
                }
            }
            if (fire && decoys)
                rulesWithCases.insert(rule->id);
            totalFire += fire;
            totalDecoy += decoys;
            const double recall = fire ? double(found) / fire : 0;
            const double precision = (found + falsePos) ? double(found) / (found + falsePos) : 0;
            qInfo("%-4s fire %3d decoy %3d recall %.2f precision %.2f", qPrintable(rule->id), fire,
                  decoys, recall, precision);
        }
        qInfo("labels: %d fire, %d decoy", totalFire, totalDecoy);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(rulesWithCases.size(), 49);
        QVERIFY(totalFire + totalDecoy >= 98);

        // Escalation: C4's 8 distinct users -> high; P3 three in the bucket -> high.
        bool c4High = false;
        for (const Finding &f : byRule.value(QStringLiteral("C4")))
            c4High = c4High || f.severity == Risk::Enum::High;
        QVERIFY(c4High);
        int p3High = 0, p3Medium = 0;
        for (const Finding &f : byRule.value(QStringLiteral("P3")))
            (f.severity == Risk::Enum::High ? p3High : p3Medium)++;
        QCOMPARE(p3High, 1);
        QCOMPARE(p3Medium, 1);
        // Threshold evidence carries the figures; baseline findings carry current vs baseline.
        const Finding c1 = byRule.value(QStringLiteral("C1")).value(0);
        QCOMPARE(c1.count, 120);
        QCOMPARE(c1.evidence.size(), 120);
        QCOMPARE(c1.detail.value(u"threshold").toInt(), 100);
        const Finding c7 = byRule.value(QStringLiteral("C7")).value(0);
        QVERIFY(c7.detail.value(u"current").toInt() >
                c7.detail.value(u"baseline").toDouble() * 1.1);
        QCOMPARE(c7.detail.value(u"history").toArray().size(), 7);
        // Name forms: en dash + trailing space (A1) and "Create Identity Provider" (I13) matched.
        QVERIFY(!byRule.value(QStringLiteral("A1")).isEmpty());
        QVERIFY(!byRule.value(QStringLiteral("I13")).isEmpty());
        // Rule statuses: A7 has its beta field, nothing needs setup.
        auto st = engine.ruleStatuses(kCustomer);
        QVERIFY(st.ok());
        for (const RuleStatus &s : *st)
            QVERIFY2(s.state == RuleStatus::State::Active ||
                         s.state == RuleStatus::State::NotSupported,
                     qPrintable(s.ruleId + u' ' + RuleStatus::stateName(s.state)));
        QCOMPARE(stateOf(*st, QStringLiteral("A7")), RuleStatus::State::Active);
    }

    // Three ingest batches give the same findings as one back-test run.
    // The incremental walk (schema 14: log_batches, no rowid index) reads
    // exactly a customer's rows after a watermark, in time order, whatever
    // order the pages came in: newest first as Graph sends them, a late page
    // of old events, several customers in one write, a row written again.
    void incrementalWalkReadsExactlyTheNewRows()
    {
        QTemporaryDir dir;
        auto opened = store::openCache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened);
        store::Database &db = **opened;
        QCOMPARE(sqlValue(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                      "('signins_seq', 'audits_seq')")),
                 qint64(0));
        const QStringList customers{QStringLiteral("c0c0c0c0-0000-4000-8000-000000000001"),
                                    QStringLiteral("C1C1C1C1-0000-4000-8000-000000000002"),
                                    QStringLiteral("c2c2c2c2-0000-4000-8000-000000000003")};
        QRandomGenerator rng(20261207);
        const qint64 t0 = 1767225600000;
        QList<SignIn> written;
        store::LogRepository logs(db);
        for (int batch = 0; batch < 40; ++batch) {
            QList<SignIn> page;
            const int n = 1 + int(rng.bounded(60));
            // Mostly newer pages, every fifth one late (older than the rest).
            const qint64 base = batch % 5 == 4 ? t0 + rng.bounded(1000) * 1000LL
                                               : t0 + (1000 + batch * 100) * 1000LL;
            for (int i = 0; i < n; ++i) {
                SignIn s;
                if (!written.isEmpty() && rng.bounded(20) == 0) {
                    s = written[rng.bounded(written.size())]; // the same event again
                } else {
                    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    s.customerId = customers[rng.bounded(customers.size())];
                    s.createdDateTime =
                        QDateTime::fromMSecsSinceEpoch(base - i * 997LL, Qt::UTC); // newest first
                    s.rawText = "{\"id\":\"" + s.id.toUtf8() + "\"}";
                    written << s;
                }
                page << s;
            }
            QHash<QString, qint64> before;
            for (const QString &customer : customers)
                before[customer.toLower()] = sqlValue(
                    db.queryInt("SELECT coalesce(max(rowid), 0) FROM signins WHERE customer_id='" +
                                customer.toUtf8() + "'"));
            QVERIFY(logs.insertSignIns(page).ok());

            for (const QString &customer : customers) {
                auto all = db.prepare("SELECT rowid, id, created_at FROM signins WHERE "
                                      "customer_id=?1 ORDER BY created_at, id");
                QVERIFY(all);
                (*all)->bind(1, customer.toLower());
                QList<std::tuple<qint64, QString, qint64>> rows;
                QVERIFY((*all)->forEachRow([&](const store::Statement &r) {
                    rows.append({r.int64(0), r.text(1), r.int64(2)});
                }));
                // Watermarks: none, where a pass before this batch stopped,
                // and a few rows' own.
                QList<qint64> marks{0, before.value(customer.toLower())};
                for (int k = 0; k < 4 && !rows.isEmpty(); ++k)
                    marks << std::get<0>(rows[rng.bounded(rows.size())]);
                for (const qint64 mark : marks) {
                    const auto q = analytics::detail::DetectionStateStore::eventQuery(
                        false, analytics::detail::DetectionStateStore::Walk::Incremental);
                    auto st = db.prepare(q.sql);
                    QVERIFY2(st, q.sql.constData());
                    (*st)->bind(1, customer).bind(2, mark);
                    QStringList got;
                    QVERIFY(
                        (*st)->forEachRow([&](const store::Statement &r) { got << r.text(1); }));
                    QStringList want;
                    for (const auto &r : rows)
                        if (std::get<0>(r) > mark)
                            want << std::get<1>(r);
                    QCOMPARE(got, want);
                }
            }
        }
        // Every batch's rows got fresh rowids after the last one.
        QCOMPARE(sqlValue(db.queryInt("SELECT count(DISTINCT rowid) FROM signins")),
                 sqlValue(db.queryInt("SELECT count(*) FROM signins")));
        QCOMPARE(sqlValue(db.queryInt("SELECT max(rowid) FROM signins")),
                 sqlValue(db.queryInt("SELECT max(last_rowid) FROM log_batches WHERE "
                                      "stream='signins'")));
    }

    void incrementalMatchesRerun_data()
    {
        QTest::addColumn<int>("background");
        QTest::newRow("scenarios") << 0;
        // Enough sign-ins for a re-run to split them into time chunks read by
        // two threads in turn (16,384 rows a chunk), while each incremental
        // batch is read whole.
        QTest::newRow("scenarios among 40,000 sign-ins") << 40000;
    }
    void incrementalMatchesRerun()
    {
        QFETCH(int, background);
        Env env;
        sim::ScenarioSet set = sim::generateScenarios(7, kCustomer, kStart, kEnd);
        const qint64 span = kStart.secsTo(kEnd);
        for (int i = 0; i < background; ++i) {
            // Mostly B2C traffic, a few failures, and successful sign-ins of
            // a non-B2C app, whose raw JSON the ROPC rule (A7) must read.
            const bool ropc = i % 997 == 0;
            const QString app = i % 9 == 0 || ropc
                                    ? QStringLiteral("Legacy App")
                                    : QStringLiteral("ProxyIdentityExperienceFramework");
            QJsonObject e =
                signIn(QStringLiteral("bg-%1").arg(i), kStart.addSecs(span * i / background),
                       QStringLiteral("c%1@consumers.example").arg(i % 5000),
                       i % 31 == 0 ? 50126 : 0, app);
            if (ropc)
                e.insert(QStringLiteral("authenticationProtocol"), QStringLiteral("ropc"));
            set.events.append(sim::LabeledEvent{QStringLiteral("signIns"), e, QString(), false});
        }
        std::stable_sort(set.events.begin(), set.events.end(), [](const auto &a, const auto &b) {
            auto at = [](const sim::LabeledEvent &e) {
                return e.event.value(u"createdDateTime")
                    .toString(e.event.value(u"activityDateTime").toString());
            };
            return at(a) < at(b);
        });
        QVERIFY(env.setSettings(kCustomer, set.settings));
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        const qsizetype n = set.events.size();
        const QList<qsizetype> cuts{n / 3, 2 * n / 3 + 5, n};
        qsizetype from = 0;
        qint64 evaluated = 0;
        for (qsizetype cut : cuts) {
            QVERIFY(env.insertAll(kCustomer, set.events.mid(from, cut - from)));
            auto r = engine.evaluateNew(kCustomer);
            QVERIFY(r.ok());
            evaluated += r->events;
            from = cut;
        }
        QCOMPARE(evaluated, qint64(n)); // each event evaluated once
        auto again = engine.evaluateNew(kCustomer);
        QVERIFY(again.ok());
        QCOMPARE(again->events, qint64(0));
        auto summary = [&]() {
            QStringList out;
            for (const Finding &f : env.findings(kCustomer)) {
                QStringList ids = evidenceIds(f);
                ids.sort();
                out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                           .arg(f.ruleId, f.subject)
                           .arg(toEpochMs(f.bucketStart))
                           .arg(f.count)
                           .arg(f.severity.raw(), ids.join(u','));
            }
            out.sort();
            return out;
        };
        const QStringList incremental = summary();
        QVERIFY(incremental.size() > 49);
        if (background > 0) { // the background's own ROPC sign-ins were found
            QStringList ropc;
            for (const Finding &f : env.findings(kCustomer, QStringLiteral("A7")))
                ropc << evidenceIds(f);
            QVERIFY(ropc.contains(QStringLiteral("bg-997")));
        }
        auto r = engine.rerun(kCustomer, kStart);
        QVERIFY(r.ok());
        QCOMPARE(r->events, qint64(n)); // each event once, whatever chunk it fell in
        // Chunks planned from the daily rollups; the scenarios alone are one walk.
        QCOMPARE(r->signInChunks > 1, background > 0);
        QCOMPARE(summary(), incremental);

        // The re-run kept only the threshold windows that can still count a
        // later sign-in (their last event within their length of the newest);
        // the incremental batches above, which loaded and pruned them, gave
        // the same findings.
        const qint64 newest = sqlValue(env.db->queryInt("SELECT max(created_at) FROM signins"));
        const QJsonObject overridden = set.settings.value(u"thresholds").toObject();
        auto windows = env.db->prepare("SELECT rule_id, events FROM detection_windows");
        QVERIFY(windows);
        int kept = 0;
        QVERIFY((*windows)->forEachRow([&](const store::Statement &row) {
            const Rule *rule = env.catalog.find(row.text(0));
            QVERIFY(rule);
            if (rule->source != u"signIns" || overridden.contains(rule->id))
                return;
            const QJsonArray events = QJsonDocument::fromJson(row.textUtf8(1)).array();
            QVERIFY(!events.isEmpty());
            const qint64 last = qint64(events.last().toArray().first().toDouble());
            QVERIFY2(last > newest - rule->windowMs, qPrintable(row.text(0)));
            ++kept;
        }));
        if (background > 0) { // thousands of users' windows, most of them long over
            const qint64 users = 5000;
            QVERIFY2(kept < users / 10, qPrintable(QString::number(kept)));
        }
    }

    void needsSetupAndUnconfigured()
    {
        Env env;
        const QString c = QStringLiteral("fresh-customer");
        const QDateTime t(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        QVERIFY(env.insert(c, QStringLiteral("directoryAudits"),
                           audit(QStringLiteral("a1"), t,
                                 QStringLiteral("Add conditional access policy"),
                                 QStringLiteral("ops@contoso.com"), false)));
        QVERIFY(env.insert(c, QStringLiteral("signIns"),
                           signIn(QStringLiteral("s1"), t, QStringLiteral("admin1@contoso.com"),
                                  53003, QStringLiteral("Azure Portal"))));
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        QVERIFY(engine.evaluateNew(c).ok());
        const QList<Finding> all = env.findings(c);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].ruleId, QStringLiteral("I1"));
        QVERIFY(all[0].unconfigured);
        auto st = engine.ruleStatuses(c);
        QVERIFY(st.ok());
        for (const char *id : {"C6", "P1", "P2", "P8", "P9", "A8", "P12"})
            QCOMPARE(stateOf(*st, QString::fromLatin1(id)), RuleStatus::State::NeedsSetup);
        QCOMPARE(stateOf(*st, QStringLiteral("P6")), RuleStatus::State::NotSupported);
        QCOMPARE(stateOf(*st, QStringLiteral("A7")), RuleStatus::State::NotSupported);
        QCOMPARE(stateOf(*st, QStringLiteral("C7")), RuleStatus::State::Learning);
        QCOMPARE(stateOf(*st, QStringLiteral("I1")), RuleStatus::State::Active);
        for (const RuleStatus &s : *st)
            if (s.ruleId == u"I1")
                QVERIFY(s.unconfigured);
        // Disabled rules are skipped.
        QVERIFY(env.setSettings(
            c, QJsonObject{{QStringLiteral("disabledRules"), QJsonArray{QStringLiteral("I1")}}}));
        auto st2 = engine.ruleStatuses(c);
        QCOMPARE(stateOf(*st2, QStringLiteral("I1")), RuleStatus::State::Disabled);
    }

    void dedupPerKind()
    {
        Env env;
        const QString c = QStringLiteral("dedup");
        QVERIFY(env.setSettings(c, QJsonObject{{QStringLiteral("privilegedAccounts"),
                                                QJsonArray{QStringLiteral("admin1@contoso.com")}},
                                               {QStringLiteral("vipAccounts"),
                                                QJsonArray{QStringLiteral("vip@x.com")}}}));
        const QDateTime h(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        const QString ad = QStringLiteral("admin1@contoso.com");
        // match (P2): two in one hour bucket, one in the next.
        env.insert(
            c, QStringLiteral("signIns"),
            signIn(QStringLiteral("m1"), h.addSecs(60), ad, 53003, QStringLiteral("Portal")));
        env.insert(
            c, QStringLiteral("signIns"),
            signIn(QStringLiteral("m2"), h.addSecs(1200), ad, 53003, QStringLiteral("Portal")));
        env.insert(
            c, QStringLiteral("signIns"),
            signIn(QStringLiteral("m3"), h.addSecs(3700), ad, 53003, QStringLiteral("Portal")));
        // allowlist (I2): two by ops in one bucket.
        env.insert(c, QStringLiteral("directoryAudits"),
                   audit(QStringLiteral("i1"), h.addSecs(100),
                         QStringLiteral("Delete conditional access policy"),
                         QStringLiteral("ops@x.com"), false));
        env.insert(c, QStringLiteral("directoryAudits"),
                   audit(QStringLiteral("i2"), h.addSecs(200),
                         QStringLiteral("Delete conditional access policy"),
                         QStringLiteral("ops@x.com"), false));
        // threshold (C5): 5 lockouts, then a quiet 2 h, then 5 more -> two findings; VIP escalates
        // the second.
        for (int i = 0; i < 5; ++i)
            env.insert(c, QStringLiteral("signIns"),
                       signIn(QStringLiteral("t%1").arg(i), h.addSecs(i * 60),
                              QStringLiteral("u%1@x.com").arg(i), 50053));
        for (int i = 0; i < 5; ++i)
            env.insert(
                c, QStringLiteral("signIns"),
                signIn(QStringLiteral("v%1").arg(i), h.addSecs(3 * 3600 + i * 60),
                       i == 4 ? QStringLiteral("vip@x.com") : QStringLiteral("w%1@x.com").arg(i),
                       50053));
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        QVERIFY(engine.evaluateNew(c).ok());
        const QList<Finding> p2 = env.findings(c, QStringLiteral("P2"));
        QCOMPARE(p2.size(), 2);
        QCOMPARE(p2[1].count, 2); // oldest last
        QCOMPARE(evidenceIds(p2[1]), (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
        QCOMPARE(evidenceIds(p2[0]), QStringList{QStringLiteral("m3")});
        const QList<Finding> i2 = env.findings(c, QStringLiteral("I2"));
        QCOMPARE(i2.size(), 1);
        QCOMPARE(i2[0].count, 2);
        QCOMPARE(i2[0].subject, QStringLiteral("ops@x.com"));
        const QList<Finding> c5 = env.findings(c, QStringLiteral("C5"));
        QCOMPARE(c5.size(), 2);
        QCOMPARE(c5[0].severity.value(), Risk::Enum::High); // VIP
        QCOMPARE(c5[1].severity.value(), Risk::Enum::Medium);
        QCOMPARE(c5[1].count, 5);
    }

    void lifecycle()
    {
        Env env;
        const QString c = QStringLiteral("life");
        const QDateTime h(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        const QString ops = QStringLiteral("ops@x.com");
        env.insert(c, QStringLiteral("directoryAudits"),
                   audit(QStringLiteral("e1"), h, QStringLiteral("Add conditional access policy"),
                         ops, false));
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        QVERIFY(engine.evaluateNew(c).ok());
        QList<Finding> f = env.findings(c);
        QCOMPARE(f.size(), 1);
        FindingStore store(*env.db);
        const qint64 id = f[0].id;
        QVERIFY(!store
                     .transition(id, FindingState(FindingState::Enum::New), QStringLiteral("ana"),
                                 {}, h)
                     .ok());
        QVERIFY(store
                    .transition(id, FindingState(FindingState::Enum::Acknowledged),
                                QStringLiteral("ana"), QStringLiteral("looking"), h)
                    .ok());
        QVERIFY(store
                    .transition(id, FindingState(FindingState::Enum::Closed), QStringLiteral("ana"),
                                QStringLiteral("change ticket 42"), h.addSecs(60))
                    .ok());
        QVERIFY(!store
                     .transition(id, FindingState(FindingState::Enum::FalsePositive),
                                 QStringLiteral("ana"), {}, h)
                     .ok());
        auto notes = store.notes(id);
        QCOMPARE(notes->size(), 2);
        QCOMPARE(notes->at(1).text, QStringLiteral("change ticket 42"));
        QCOMPARE(
            sqlValue(env.db->queryInt("SELECT count(*) FROM activity WHERE verb='finding.state'")),
            qint64(2));
        // A later event in the same bucket does not reopen; the next bucket creates a new finding.
        env.insert(c, QStringLiteral("directoryAudits"),
                   audit(QStringLiteral("e2"), h.addSecs(600),
                         QStringLiteral("Add conditional access policy"), ops, false));
        env.insert(c, QStringLiteral("directoryAudits"),
                   audit(QStringLiteral("e3"), h.addSecs(3700),
                         QStringLiteral("Add conditional access policy"), ops, false));
        QVERIFY(engine.evaluateNew(c).ok());
        f = env.findings(c);
        QCOMPARE(f.size(), 2);
        auto closed = store.get(id);
        QCOMPARE(closed->state.value(), FindingState::Enum::Closed);
        QCOMPARE(closed->count, 1);
        QCOMPARE(evidenceIds(f[0]), QStringList{QStringLiteral("e3")});
        // Rerun keeps the analyst's decision.
        QVERIFY(engine.rerun(c, h.addDays(-1)).ok());
        QCOMPARE(store.get(id)->state.value(), FindingState::Enum::Closed);
        QCOMPARE(env.findings(c).size(), 2);
        // Stats for sparklines.
        auto stats = store.ruleStats(c, h.addDays(1), 7);
        QVERIFY(stats.ok());
        QCOMPARE(stats->size(), 1);
        QCOMPARE(stats->at(0).findings, qint64(2));
        QCOMPARE(stats->at(0).daily.value(h.date()), 2);
    }

    // A re-run recomputes the new and acknowledged findings from `since` on,
    // in place: a re-found finding keeps its id (and so its notes) and is
    // not rewritten when it comes out the same; one whose events are gone is
    // deleted (new) or left without events (acknowledged); closed ones stay.
    void rerunReconcilesFindingsInPlace()
    {
        Env env;
        const QString c = QStringLiteral("reconcile");
        const QDateTime h(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        auto policy = [&](const QString &id, int hour, int minute) {
            return audit(id, h.addSecs(hour * 3600 + minute * 60),
                         QStringLiteral("Add conditional access policy"),
                         QStringLiteral("ops@x.com"), false);
        };
        // One finding per hour: kept, grows, gone, acknowledged and kept,
        // acknowledged and gone, closed and gone.
        {
            store::Transaction tx(*env.db);
            for (int hour = 0; hour < 6; ++hour)
                QVERIFY(env.insert(c, QStringLiteral("directoryAudits"),
                                   policy(QStringLiteral("e%1").arg(hour), hour, 5)));
            QVERIFY(tx.commit().ok());
        }
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        QVERIFY(engine.evaluateNew(c).ok());
        QHash<int, qint64> idAt; // hour -> finding id
        for (const Finding &f : env.findings(c))
            idAt.insert(int(h.secsTo(f.bucketStart) / 3600), f.id);
        QCOMPARE(idAt.size(), 6);
        FindingStore store(*env.db);
        const QDateTime later = h.addDays(1);
        QVERIFY(store.addNote(idAt[0], QStringLiteral("ana"), QStringLiteral("seen"), later).ok());
        for (int hour : {3, 4})
            QVERIFY(store
                        .transition(idAt[hour], FindingState(FindingState::Enum::Acknowledged),
                                    QStringLiteral("ana"), {}, later)
                        .ok());
        QVERIFY(store
                    .transition(idAt[5], FindingState(FindingState::Enum::Closed),
                                QStringLiteral("ana"), {}, later)
                    .ok());
        auto updatedAt = [&](qint64 id) {
            return sqlValue(env.db->queryInt("SELECT updated_at FROM findings WHERE id=" +
                                             QByteArray::number(id)));
        };
        const qint64 keptUpdatedAt = updatedAt(idAt[0]);
        // The events change under the findings.
        QVERIFY(
            env.insert(c, QStringLiteral("directoryAudits"), policy(QStringLiteral("e1b"), 1, 30)));
        QVERIFY(
            env.db
                ->exec(
                    "DELETE FROM audits WHERE customer_id='reconcile' AND id IN ('e2','e4','e5')")
                .ok());
        env.clock.advance(3'600'000);

        auto r = engine.rerun(c, h.addDays(-1));
        QVERIFY(r.ok());
        QCOMPARE(r->findingsCreated, qint64(2)); // the new ones found again
        QCOMPARE(r->findingsUpdated, qint64(1)); // the acknowledged one found again
        auto kept = store.get(idAt[0]);
        QVERIFY(kept.ok());
        QCOMPARE(kept->count, 1);
        QCOMPARE(updatedAt(idAt[0]), keptUpdatedAt); // unchanged: not rewritten
        QCOMPARE(store.notes(idAt[0])->size(), 1);
        auto grown = store.get(idAt[1]);
        QVERIFY(grown.ok());
        QCOMPARE(grown->count, 2);
        QStringList ids = evidenceIds(*grown);
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("e1"), QStringLiteral("e1b")}));
        QVERIFY(updatedAt(idAt[1]) > keptUpdatedAt);
        QVERIFY(!store.get(idAt[2]).ok());
        auto ack = store.get(idAt[3]);
        QCOMPARE(ack->state.value(), FindingState::Enum::Acknowledged);
        QCOMPARE(ack->count, 1);
        auto emptied = store.get(idAt[4]);
        QCOMPARE(emptied->state.value(), FindingState::Enum::Acknowledged);
        QCOMPARE(emptied->count, 0);
        QVERIFY(evidenceIds(*emptied).isEmpty());
        auto closed = store.get(idAt[5]);
        QCOMPARE(closed->state.value(), FindingState::Enum::Closed);
        QCOMPARE(closed->count, 1);
        QCOMPARE(env.findings(c).size(), 5);

        // A second re-run over the same events writes no finding.
        env.clock.advance(3'600'000);
        QVERIFY(engine.rerun(c, h.addDays(-1)).ok());
        QCOMPARE(sqlValue(env.db->queryInt("SELECT count(*) FROM findings WHERE updated_at > " +
                                           QByteArray::number(toEpochMs(env.clock.now()) - 1))),
                 qint64(0));
        QCOMPARE(env.findings(c).size(), 5);
    }

    // P6 looks for "fraud" in the raw text before parsing it: the shortcut
    // must not lose a match spelled in capitals or escaped, and must give
    // the same answer whether events are read on a second connection (file
    // cache) or on the engine's own (in-memory cache).
    void rawTextShortcutKeepsMatches_data() { bothCacheKinds(); }
    void rawTextShortcutKeepsMatches()
    {
        QFETCH(bool, inMemory);
        Env env(inMemory ? QStringLiteral(":memory:") : QString());
        const QString c = QStringLiteral("fraud");
        const QDateTime t(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        auto denied = [&](const QString &id, int minute, const QString &detail,
                          const QString &city) {
            QJsonObject e = signIn(id, t.addSecs(minute * 60), id + QStringLiteral("@x.com"),
                                   500121, QStringLiteral("Legacy App"));
            e.insert(QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("errorCode"), 500121},
                                 {QStringLiteral("additionalDetails"), detail}});
            e.insert(QStringLiteral("location"),
                     QJsonObject{{QStringLiteral("countryOrRegion"), QStringLiteral("FR")},
                                 {QStringLiteral("city"), city}});
            return e;
        };
        store::Transaction tx(*env.db);
        const char *const cases[][3] = {
            {"caps", "MFA denied; user reported FRAUD", "Lyon"},
            {"accent", "MFA refusée : fraude signalée", "Zürich"}, // raw text not ASCII
            {"decoy", "MFA denied; user declined the authentication", "Lyon"},
            {"escaped", "MFA denied; user reported fraud", "Lyon"}};
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                env.insert(c, QStringLiteral("signIns"),
                           denied(QString::fromUtf8(cases[i][0]), i, QString::fromUtf8(cases[i][1]),
                                  QString::fromUtf8(cases[i][2]))));
        // JSON may escape any character: "fr\u0061ud" is "fraud".
        QVERIFY(env.db
                    ->exec("UPDATE signins SET raw=replace(raw, 'fraud', 'fr\\u0061ud') "
                           "WHERE id='escaped'")
                    .ok());
        QCOMPARE(sqlValue(env.db->queryInt(
                     "SELECT count(*) FROM signins WHERE raw_json(raw) LIKE '%fr\\u0061ud%'")),
                 qint64(1));
        QVERIFY(tx.commit().ok());
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        QVERIFY(engine.evaluateNew(c).ok());
        QStringList fired;
        for (const Finding &f : env.findings(c, QStringLiteral("P6")))
            fired << evidenceIds(f);
        fired.sort();
        QCOMPARE(fired, (QStringList{QStringLiteral("accent"), QStringLiteral("caps"),
                                     QStringLiteral("escaped")}));
    }

    // A7 reads the authentication protocol from its column (kept at insert),
    // without the raw JSON: the same answer in any case, and a sign-in
    // without the field never matches.
    // Regression (#18): a C5 finding read "6 matching events within PT1H"
    // over one lockout a day for a month. Incremental batches that bring
    // OLDER events (a sync resumed on older pages) were appended to window
    // state built from later ones, which never trimmed. A window now only
    // ever holds events within its length, whatever the delivery order.
    void thresholdWindowsHoldOnlyTheirEventsWhateverTheOrder()
    {
        Env env;
        const QDateTime day0 = kEnd.addDays(-30);
        QList<sim::LabeledEvent> daily, burst;
        for (int d = 0; d < 30; ++d)
            daily << sim::LabeledEvent{
                QStringLiteral("signIns"),
                signIn(QStringLiteral("lock-%1").arg(d), day0.addDays(d).addSecs(3600 * 10),
                       QStringLiteral("u%1@consumers.example").arg(d), 50053),
                QString(), false};
        // A real burst: six lockouts of six users within 40 minutes, on day 12.
        for (int i = 0; i < 6; ++i)
            burst << sim::LabeledEvent{QStringLiteral("signIns"),
                                       signIn(QStringLiteral("burst-%1").arg(i),
                                              day0.addDays(12).addSecs(3600 * 14 + i * 480),
                                              QStringLiteral("b%1@consumers.example").arg(i),
                                              50053),
                                       QString(), false};
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        // Newest days first, then the older ones, then the burst's second
        // half before its first: the order a resumed backfill brings them in.
        QVERIFY(env.insertAll(kCustomer, daily.mid(20)));
        QVERIFY(engine.evaluateNew(kCustomer).ok());
        QVERIFY(env.insertAll(kCustomer, daily.mid(0, 20)));
        QVERIFY(engine.evaluateNew(kCustomer).ok());
        QVERIFY(env.insertAll(kCustomer, burst.mid(3)));
        QVERIFY(engine.evaluateNew(kCustomer).ok());
        QVERIFY(env.insertAll(kCustomer, burst.mid(0, 3)));
        QVERIFY(engine.evaluateNew(kCustomer).ok());
        const QList<Finding> c5 = env.findings(kCustomer, QStringLiteral("C5"));
        QCOMPARE(c5.size(), 1);
        const Finding &f = c5.first();
        QStringList ids = evidenceIds(f);
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("burst-0"), QStringLiteral("burst-1"),
                                   QStringLiteral("burst-2"), QStringLiteral("burst-3"),
                                   QStringLiteral("burst-4"), QStringLiteral("burst-5")}));
        // Its text is true: six events, within one hour, in 40 minutes.
        QCOMPARE(f.detail.value(u"windowCount").toInteger(), 6);
        QCOMPARE(f.detail.value(u"windowMs").toInteger(), qint64(3'600'000));
        QVERIFY(f.firstSeen.secsTo(f.lastSeen) <= 3600);
        // And the same as a re-run over everything.
        QVERIFY(engine.rerun(kCustomer, day0).ok());
        const QList<Finding> again = env.findings(kCustomer, QStringLiteral("C5"));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().count, f.count);
    }

    void ropcFromTheProtocolColumn_data() { bothCacheKinds(); }
    void ropcFromTheProtocolColumn()
    {
        QFETCH(bool, inMemory);
        Env env(inMemory ? QStringLiteral(":memory:") : QString());
        const QString c = QStringLiteral("ropc");
        const QDateTime t(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        auto signInWith = [&](const QString &id, int minute, const QString &protocol) {
            QJsonObject e = signIn(id, t.addSecs(minute * 60), QStringLiteral("u@x.com"), 0,
                                   QStringLiteral("Legacy App"));
            if (!protocol.isNull())
                e.insert(QStringLiteral("authenticationProtocol"), protocol);
            return e;
        };
        store::Transaction tx(*env.db);
        const char *const cases[][2] = {
            {"caps", "ROPC"}, {"lower", "ropc"}, {"oauth", "oAuth2"}, {"absent", nullptr}};
        for (int i = 0; i < 4; ++i)
            QVERIFY(env.insert(
                c, QStringLiteral("signIns"),
                signInWith(QString::fromUtf8(cases[i][0]), i, QString::fromUtf8(cases[i][1]))));
        QVERIFY(tx.commit().ok());
        QCOMPARE(
            sqlValue(env.db->queryInt("SELECT count(*) FROM signins WHERE auth_protocol IS NULL")),
            qint64(1));
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        QVERIFY(engine.evaluateNew(c).ok());
        auto fired = [&] {
            QStringList ids;
            for (const Finding &f : env.findings(c, QStringLiteral("A7")))
                ids << evidenceIds(f);
            ids.sort();
            return ids;
        };
        QCOMPARE(fired(), (QStringList{QStringLiteral("caps"), QStringLiteral("lower")}));
        // The column decides: a re-run reads no raw JSON for A7 and agrees.
        QVERIFY(env.db->exec("UPDATE signins SET raw='{}' WHERE customer_id='ropc'").ok());
        QVERIFY(engine.rerun(c, t.addDays(-1)).ok());
        QCOMPARE(fired(), (QStringList{QStringLiteral("caps"), QStringLiteral("lower")}));
    }

    void auditEvidenceCarriesCorrelationId()
    {
        Env env;
        const QString c = QStringLiteral("corr");
        const QDateTime h(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        QJsonObject e =
            audit(QStringLiteral("a1"), h, QStringLiteral("Add conditional access policy"),
                  QStringLiteral("ops@x.com"), false);
        e.insert(QStringLiteral("correlationId"), QStringLiteral("corr-42"));
        QVERIFY(env.insert(c, QStringLiteral("directoryAudits"), e));
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        QVERIFY(engine.evaluateNew(c).ok());
        QCOMPARE(
            sqlValue(env.db->queryText("SELECT json_extract(evidence, '$[0].correlationId') FROM "
                                       "findings WHERE customer_id='corr'")),
            QStringLiteral("corr-42"));
    }

    void evidenceIsCapped()
    {
        Env env;
        const QString c = QStringLiteral("cap");
        const QDateTime h(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        store::Transaction tx(*env.db);
        for (int i = 0; i < 250; ++i)
            env.insert(c, QStringLiteral("directoryAudits"),
                       audit(QStringLiteral("x%1").arg(i), h.addSecs(i),
                             QStringLiteral("Add conditional access policy"),
                             QStringLiteral("ops@x.com"), false));
        QVERIFY(tx.commit().ok());
        DetectionEngine engine(*env.db, env.catalog, env.clock);
        QVERIFY(engine.evaluateNew(c).ok());
        const QList<Finding> f = env.findings(c);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].count, 250);
        QCOMPARE(f[0].evidence.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestDetection)
#include "tst_detection.moc"
