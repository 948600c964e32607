// The generated world's answer key (manifest "detections" + "settings")
// against the detection engine: logs go through store::LogRepository like a
// sync would, each customer's manifest settings are saved, one pass runs, and
// every label is checked (detections.md §7).

#include "analytics/engine.h"
#include "analytics/findingstore.h"
#include "analytics/rules.h"
#include "analytics/settings.h"
#include "core/jsonutil.h"
#include "core/logevents.h"
#include "core/timeutil.h"
#include "sim/world.h"
#include "store/cache.h"
#include "store/database.h"
#include "store/logrepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace vigie;
using namespace vigie::analytics;

class TestWorldAnswerKey : public QObject
{
    Q_OBJECT

private slots:
    void answerKey()
    {
        QElapsedTimer total;
        total.start();
        sim::WorldConfig wc; // default world, lighter background volume
        wc.seed = 7;
        wc.customers = 12;
        wc.signInsPerTenant = 1500;
        wc.now = QDateTime(QDate(2026, 4, 20), QTime(0, 0), Qt::UTC);
        const sim::World world(wc);
        const QJsonObject manifest = world.manifest();
        const QJsonArray labels = manifest.value(u"detections").toArray();
        const QJsonObject settings = manifest.value(u"settings").toObject();
        QSet<QString> caseCustomers;
        for (const QJsonValue &l : labels)
            caseCustomers.insert(l.toObject().value(u"customer").toString());
        QVERIFY(caseCustomers.size() >= 2);
        qInfo("world: %d customers, %d with cases, %lld labels (%lld ms)",
              int(world.customers().size()), int(caseCustomers.size()), qint64(labels.size()),
              total.elapsed());

        QTemporaryDir dir;
        auto opened = store::openCache(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        store::Database &db = **opened;
        store::LogRepository repo(db);
        const QDateTime now = world.now();
        FixedClock clock(now);

        // Logs, tenant by tenant, through the repository (newest-first pages).
        qint64 events = 0;
        for (const sim::Customer &c : world.customers()) {
            for (sim::LogStream stream :
                 {sim::LogStream::SignIns, sim::LogStream::DirectoryAudits}) {
                if (stream == sim::LogStream::SignIns && !c.premium)
                    continue; // no P1/P2: the sign-in log is not readable
                std::optional<sim::LogCursor> cursor;
                do {
                    const sim::LogPage page =
                        world.logPage(c.index, stream, std::numeric_limits<qint64>::min(),
                                      std::numeric_limits<qint64>::max(), cursor, 5000);
                    if (stream == sim::LogStream::SignIns) {
                        QList<SignIn> rows;
                        rows.reserve(page.items.size());
                        for (const QJsonObject &e : page.objects()) {
                            if (auto v = signInFromJson(e))
                                rows.append(std::move(*v));
                        }
                        auto r = repo.insertSignIns(c.id, rows);
                        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
                    } else {
                        QList<AuditEvent> rows;
                        rows.reserve(page.items.size());
                        for (const QJsonObject &e : page.objects()) {
                            if (auto v = auditFromJson(e))
                                rows.append(std::move(*v));
                        }
                        auto r = repo.insertAudits(c.id, rows);
                        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
                    }
                    events += page.items.size();
                    cursor = page.next;
                } while (cursor);
            }
            // Manifest settings of every customer.
            QJsonObject s = settings.value(c.id).toObject();
            QVERIFY2(!s.isEmpty(), qPrintable(c.id));
            s.insert(QStringLiteral("customerId"), c.id);
            auto cs = CustomerSettings::fromJson(s);
            QVERIFY2(cs, cs ? "" : qPrintable(c.id + QStringLiteral(": ") + cs.error().message));
            QVERIFY(cs->save(db, now).ok());
        }
        qInfo("loaded %lld events (%lld ms)", events, total.elapsed());

        auto catalog = RuleCatalog::loadBuiltin();
        QVERIFY(catalog);
        DetectionEngine engine(db, *catalog, clock);
        auto run = engine.evaluateNewAll();
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
        qInfo("engine: %lld events, %lld findings, %lld ms", run->events, run->findingsCreated,
              run->elapsedMs);

        FindingStore fs(db);
        auto all = fs.list(FindingFilter{});
        QVERIFY(all);
        // evidence id -> rules whose findings contain it, per customer
        QHash<QString, QHash<QString, int>> hits; // rule|customer -> id -> findings
        QHash<QString, int> findingsPerCustomer;
        QStringList failures;
        for (const Finding &f : *all) {
            findingsPerCustomer[f.customerId]++;
            if (!caseCustomers.contains(f.customerId)) {
                if (failures.size() < 20)
                    failures << QStringLiteral("background finding %1 on %2 (subject %3)")
                                    .arg(f.ruleId, f.customerId, f.subject);
                continue;
            }
            QHash<QString, int> &h = hits[f.ruleId + u'|' + f.customerId];
            for (const EvidenceRef &e : f.evidence)
                h[e.eventId]++;
        }

        struct Stat
        {
            int fire = 0, found = 0, decoy = 0, falsePos = 0;
        };
        QMap<QString, Stat> stats;
        for (const auto &rule : catalog->rules())
            stats[rule->id];
        for (const QJsonValue &v : labels) {
            const QJsonObject l = v.toObject();
            const QString rule = l.value(u"ruleId").toString();
            const QString customer = l.value(u"customer").toString();
            const QHash<QString, int> h = hits.value(rule + u'|' + customer);
            Stat &s = stats[rule];
            for (const QJsonValue &idv : l.value(u"eventIds").toArray()) {
                const QString id = idv.toString();
                const int n = h.value(id);
                if (l.value(u"fire").toBool()) {
                    ++s.fire;
                    if (n == 1)
                        ++s.found;
                    else
                        failures << QStringLiteral("%1 missed %2 on %3 (%4 findings)")
                                        .arg(rule, id, customer)
                                        .arg(n);
                } else {
                    ++s.decoy;
                    if (n) {
                        ++s.falsePos;
                        failures
                            << QStringLiteral("%1 fired on decoy %2 on %3").arg(rule, id, customer);
                    }
                }
            }
        }
        qInfo("rule  fire decoy recall precision");
        int rulesCovered = 0;
        for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
            const Stat &s = *it;
            const double recall = s.fire ? double(s.found) / s.fire : 0;
            const double precision =
                (s.found + s.falsePos) ? double(s.found) / (s.found + s.falsePos) : 0;
            qInfo("%-4s %5d %5d %6.2f %9.2f", qPrintable(it.key()), s.fire, s.decoy, recall,
                  precision);
            if (s.fire && s.decoy)
                ++rulesCovered;
            if (s.fire == 0)
                failures << QStringLiteral("%1 has no fire case in the manifest").arg(it.key());
        }
        for (const sim::Customer &c : world.customers())
            if (!caseCustomers.contains(c.id))
                QCOMPARE(findingsPerCustomer.value(c.id), 0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(rulesCovered, int(catalog->rules().size()));
        qInfo("total %lld ms", total.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestWorldAnswerKey)
#include "tst_world_answerkey.moc"
