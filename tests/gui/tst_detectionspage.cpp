#include "analytics/detectionservice.h"
#include "gui/detectionspage.h"
#include "gui/findingsmodel.h"
#include "gui/rulesmodel.h"
#include "gui/storeworker.h"
#include "sqlvalue.h"
#include "store/cache.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

const char *kCustomer = "1889e718-414b-4bad-8bbe-c1135bd39a41";

void seed(const QString &path)
{
    auto db = store::openCache(path);
    QVERIFY(db.ok());
    const qint64 t = QDateTime::currentDateTimeUtc().addSecs(-3600).toMSecsSinceEpoch();
    auto *ins = (*db)->cached(
        "INSERT INTO findings(rule_id, customer_id, subject, bucket_start, severity, state, "
        "first_seen, last_seen, count, evidence, detail, updated_at) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    QVERIFY(ins);
    QVERIFY(
        ins->bind(1, u"C4")
            .bind(2, QString::fromLatin1(kCustomer))
            .bind(3, u"198.51.100.7")
            .bind(4, t)
            .bind(5, u"high")
            .bind(6, u"new")
            .bind(7, t)
            .bind(8, t + 1000)
            .bind(9, 12)
            .bind(10, u"[{\"id\":\"s1\",\"stream\":\"signIns\",\"time\":\"2026-11-23T08:00:00Z\"}]")
            .bind(11, u"{\"windowCount\":12,\"threshold\":10,\"window\":\"PT15M\"}")
            .bind(12, t)
            .exec()
            .ok());
    QVERIFY(ins->bind(1, u"C7")
                .bind(2, QString::fromLatin1(kCustomer))
                .bind(3, u"tenant")
                .bind(4, t - 86400000)
                .bind(5, u"medium")
                .bind(6, u"new")
                .bind(7, t - 86400000)
                .bind(8, t - 86000000)
                .bind(9, 1150)
                .bind(10, u"[]")
                .bind(11, u"{\"current\":1150,\"baseline\":1000,\"limit\":1100,\"percent\":10,"
                          u"\"minVolume\":100,"
                          "\"window\":\"P1D\",\"history\":[{\"start\":\"2026-11-20T00:00:00Z\","
                          "\"count\":1000},"
                          "{\"start\":\"2026-11-21T00:00:00Z\",\"count\":990},{\"start\":\"2026-11-"
                          "22T00:00:00Z\","
                          "\"count\":1010}]}")
                .bind(12, t)
                .exec()
                .ok());
    QVERIFY((*db)
                ->exec("INSERT INTO customers(id, company_name, raw, synced_at) VALUES('" +
                       QByteArray(kCustomer) + "', 'Contoso SA', '{}', 1)")
                .ok());
}

// Two open findings of allowlist rules with an approved-actor list: I1 groups
// by actor (subject), A1 by target app (actor read from its audit event).
void seedApprovable(const QString &path)
{
    auto db = store::openCache(path);
    QVERIFY(db.ok());
    const qint64 t = QDateTime::currentDateTimeUtc().addSecs(-3600).toMSecsSinceEpoch();
    const QByteArray c(kCustomer);
    QVERIFY((*db)
                ->exec("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                       "severity, state, first_seen, last_seen, count, evidence, unconfigured, "
                       "updated_at) VALUES "
                       "('I1', '" +
                       c + "', 'ops@contoso.com', 0, 'high', 'new', " + QByteArray::number(t) +
                       ", " + QByteArray::number(t) +
                       ", 1, '[]', 1, 0), "
                       "('A1', '" +
                       c + "', 'app-42', 0, 'high', 'new', " + QByteArray::number(t) + ", " +
                       QByteArray::number(t - 1000) +
                       ", 1, '[{\"id\":\"a1\",\"stream\":\"directoryAudits\","
                       "\"time\":\"2026-01-01T00:00:00Z\"}]', 1, 0)")
                .ok());
    QVERIFY((*db)
                ->exec("INSERT INTO audits(id, customer_id, activity_at, actor, raw) VALUES('a1', "
                       "'" +
                       c +
                       "', 0, 'dev@contoso.com', "
                       "'{\"id\":\"a1\",\"initiatedBy\":{\"user\":{\"id\":\"oid-dev\","
                       "\"userPrincipalName\":\"dev@contoso.com\"}}}')")
                .ok());
}

int rowOfRule(QTableView *view, const QString &rule)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, gui::FindingsModel::Rule).data().toString() == rule)
            return r;
    return -1;
}

QString query(gui::StoreWorker &worker, QObject *context, const QByteArray &sql)
{
    QString out;
    bool done = false;
    worker.run<QString>(
        context, [sql](store::Database &db) { return sqlValue(db.queryText(sql)); },
        [&](QString s) {
            out = s;
            done = true;
        });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        qWarning("query timed out: %s", sql.constData());
    return out;
}

} // namespace

class TestDetectionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsFindingsAndRulesAndActsOnKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        seed(path);
        if (QTest::currentTestFailed())
            return;
        gui::StoreWorker worker(path);
        gui::DetectionsPage page(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()));
        QAbstractItemModelTester findingsTester(page.findingsModel());
        QAbstractItemModelTester rulesTester(page.rulesModel());
        page.setUser(QStringLiteral("analyst@partner.example"));
        page.resize(1200, 700);
        page.show();
        page.refresh();
        QTRY_COMPARE(page.findingsModel()->rowCount(), 2);
        QCOMPARE(page.rulesModel()->rowCount(), 49);
        QCOMPARE(page.findingsModel()->index(0, gui::FindingsModel::Customer).data().toString(),
                 QStringLiteral("Contoso SA"));

        // Rule stats: C4 has one finding.
        bool sawC4 = false;
        for (int r = 0; r < page.rulesModel()->rowCount(); ++r) {
            const gui::RuleRow *row = page.rulesModel()->rowAt(r);
            if (row->id == u"C4") {
                sawC4 = true;
                QCOMPARE(row->findings, qint64(1));
                QCOMPARE(row->daily.size(), 30);
            }
        }
        QVERIFY(sawC4);

        // Select the C4 finding and acknowledge it with the keyboard.
        auto *view = page.findChild<QTableView *>(QStringLiteral("findingsView"));
        QVERIFY(view);
        int c4Row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, gui::FindingsModel::Rule).data().toString() == u"C4")
                c4Row = r;
        }
        QVERIFY(c4Row >= 0);
        view->setFocus();
        view->selectRow(c4Row);
        view->setCurrentIndex(view->model()->index(c4Row, 0));
        QTest::keyClick(view, Qt::Key_A);
        QTRY_COMPARE(view->model()->index(c4Row, gui::FindingsModel::State).data().toString(),
                     QStringLiteral("Acknowledged"));
        bool checked = false;
        worker.run<QString>(
            this,
            [](store::Database &db) {
                return sqlValue(db.queryText("SELECT state FROM findings WHERE rule_id='C4'")) +
                       u'|' +
                       sqlValue(
                           db.queryText("SELECT actor FROM activity ORDER BY id DESC LIMIT 1"));
            },
            [&checked](QString s) {
                QCOMPARE(s, QStringLiteral("acknowledged|analyst@partner.example"));
                checked = true;
            });
        QTRY_VERIFY(checked);
    }

    void approveActorButtonAndKeyApproveAndMarkFalsePositive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        seed(path);
        seedApprovable(path);
        if (QTest::currentTestFailed())
            return;
        gui::StoreWorker worker(path);
        gui::DetectionsPage page(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()));
        page.setUser(QStringLiteral("analyst@partner.example"));
        page.resize(1200, 700);
        page.show();
        page.refresh();
        QTRY_COMPARE(page.findingsModel()->rowCount(), 4);
        auto *view = page.findChild<QTableView *>(QStringLiteral("findingsView"));
        auto *approve = page.findChild<QPushButton *>(QStringLiteral("approveActorButton"));
        QVERIFY(view && approve);
        QSignalSpy shown(&page, &gui::DetectionsPage::detailShown);

        // Not offered for a rule without an approved-actor list.
        const int c4 = rowOfRule(view, QStringLiteral("C4"));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(c4, 0));
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY(!approve->isEnabled());

        // I1: the button adds the subject to approvedActors.conditionalAccess.
        shown.clear();
        const int i1 = rowOfRule(view, QStringLiteral("I1"));
        view->setCurrentIndex(view->model()->index(i1, 0));
        QTRY_VERIFY(!shown.isEmpty());
        QTRY_VERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(view->model()
                         ->index(rowOfRule(view, QStringLiteral("I1")), gui::FindingsModel::State)
                         .data()
                         .toString(),
                     QStringLiteral("False positive"));
        QCOMPARE(query(worker, this, "SELECT state FROM findings WHERE rule_id='I1'"),
                 QStringLiteral("falsePositive"));
        const QJsonObject settings =
            QJsonDocument::fromJson(
                query(worker, this, "SELECT settings FROM rule_settings").toUtf8())
                .object();
        QCOMPARE(settings.value(u"approvedActors").toObject().value(u"conditionalAccess").toArray(),
                 QJsonArray{QStringLiteral("ops@contoso.com")});
        QVERIFY(query(worker, this, "SELECT text FROM notes").contains(u"ops@contoso.com"));
        QTRY_VERIFY(!approve->isEnabled()); // no longer open

        // A1 with the keyboard (P): the actor comes from the audit event.
        shown.clear();
        const int a1 = rowOfRule(view, QStringLiteral("A1"));
        view->setCurrentIndex(view->model()->index(a1, 0));
        QTRY_VERIFY(!shown.isEmpty());
        QTRY_VERIFY(approve->isEnabled());
        view->setFocus(); // the click left it on the button
        QTest::keyClick(view, Qt::Key_P);
        QTRY_COMPARE(query(worker, this, "SELECT state FROM findings WHERE rule_id='A1'"),
                     QStringLiteral("falsePositive"));
        const QJsonObject after =
            QJsonDocument::fromJson(
                query(worker, this, "SELECT settings FROM rule_settings").toUtf8())
                .object();
        QCOMPARE(after.value(u"approvedActors").toObject().value(u"appCredentials").toArray(),
                 QJsonArray{QStringLiteral("dev@contoso.com")});
        QCOMPARE(after.value(u"approvedActors").toObject().value(u"conditionalAccess").toArray(),
                 QJsonArray{QStringLiteral("ops@contoso.com")});
    }

    void findingsSharingACorrelationIdAreGrouped()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        auto finding = [&t](qint64 id, const char *rule, int agoSecs, QStringList corr) {
            Finding f;
            f.id = id;
            f.ruleId = QLatin1String(rule);
            f.customerId = QStringLiteral("c");
            f.subject = QStringLiteral("s%1").arg(id);
            f.severity = Risk::parse(id % 2 ? u"high"_qs : u"low"_qs);
            f.state = FindingState(FindingState::Enum::New);
            f.firstSeen = f.lastSeen = t.addSecs(-agoSecs);
            f.count = int(id);
            f.correlationIds = std::move(corr);
            return f;
        };
        const QString x = QStringLiteral("aaaabbbb-0000-4000-8000-000000000001");
        const QString y = QStringLiteral("ccccdddd-0000-4000-8000-000000000002");
        gui::FindingsModel model;
        gui::FindingsProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(gui::FindingsModel::SortRole);
        QAbstractItemModelTester modelTester(&model);
        QAbstractItemModelTester proxyTester(&proxy);
        // 1 and 3 come from one consent (x); 4 has its own correlation (y); 2 has none.
        model.setFindings({finding(1, "A4", 10, {x}), finding(2, "C4", 5, {}),
                           finding(3, "A5", 100, {x}), finding(4, "I1", 50, {y})});
        auto order = [&proxy] {
            QList<qint64> ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids << proxy.index(r, 0).data(gui::FindingsModel::FindingIdRole).toLongLong();
            return ids;
        };
        QCOMPARE(model.groupOf(0), model.groupOf(2));
        QVERIFY(model.groupOf(0) >= 0);
        QCOMPARE(model.groupOf(1), -1);
        QCOMPARE(model.groupOf(3), -1); // a correlation of its own is no group
        QCOMPARE(model.groupCorrelationId(model.groupOf(0)), x);
        const QString label = model.index(0, gui::FindingsModel::Group).data().toString();
        QVERIFY2(label.startsWith(u"2 finding") && label.endsWith(u"correlation aaaabbbb"),
                 qPrintable(label));
        QCOMPARE(model.index(2, gui::FindingsModel::Group).data().toString(), label);
        QVERIFY(model.index(1, gui::FindingsModel::Group).data().toString().isEmpty());
        QVERIFY(model.index(3, gui::FindingsModel::Group).data().toString().isEmpty());

        // Newest first: 3 (oldest) follows 1, its group's newest member.
        proxy.sort(gui::FindingsModel::LastSeen, Qt::DescendingOrder);
        QCOMPARE(order(), (QList<qint64>{2, 1, 3, 4}));
        // Oldest first: the group sits where 3 is, with 1 right after it.
        proxy.sort(gui::FindingsModel::LastSeen, Qt::AscendingOrder);
        QCOMPARE(order(), (QList<qint64>{3, 1, 4, 2}));
        // Any column: the two stay adjacent.
        for (int column : {int(gui::FindingsModel::Severity), int(gui::FindingsModel::Rule),
                           int(gui::FindingsModel::Count), int(gui::FindingsModel::Subject)}) {
            for (Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, o);
                const QList<qint64> ids = order();
                QCOMPARE(qAbs(ids.indexOf(1) - ids.indexOf(3)), 1);
            }
        }
        // Without the shared id nothing is grouped: plain sort order.
        model.setFindings({finding(1, "A4", 10, {x}), finding(2, "C4", 5, {}),
                           finding(3, "A5", 100, {y}), finding(4, "I1", 50, {})});
        proxy.sort(gui::FindingsModel::LastSeen, Qt::DescendingOrder);
        QCOMPARE(order(), (QList<qint64>{2, 1, 4, 3}));
    }

    void queueShowsCorrelatedFindingsTogetherAndKeysActOnTheSelectedOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        seed(path);
        if (QTest::currentTestFailed())
            return;
        {
            auto db = store::openCache(path);
            QVERIFY(db.ok());
            const qint64 t = QDateTime::currentDateTimeUtc().addSecs(-60).toMSecsSinceEpoch();
            const QByteArray c(kCustomer);
            // A4 stores the correlationId on its evidence; A5's is read from its event.
            // The C4 seeded by seed() (an hour old) sorts between them by last seen.
            QVERIFY((*db)
                        ->exec("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                               "severity, state, first_seen, last_seen, count, evidence, "
                               "updated_at) VALUES ('A4', '" +
                               c +
                               "', 'admin@x.com', 0, 'high', "
                               "'new', " +
                               QByteArray::number(t) + ", " + QByteArray::number(t) +
                               ", 1, '[{\"id\":\"e1\",\"stream\":\"directoryAudits\","
                               "\"time\":\"2026-01-01T00:00:00Z\",\"correlationId\":"
                               "\"feedface-0000-4000-8000-000000000009\"}]', 0), ('A5', '" +
                               c + "', 'sp-graph', 0, 'medium', 'new', 0, " +
                               QByteArray::number(t - 7200000) +
                               ", 1, '[{\"id\":\"e2\",\"stream\":\"directoryAudits\","
                               "\"time\":\"2026-01-01T00:00:00Z\"}]', 0)")
                        .ok());
            QVERIFY((*db)
                        ->exec("INSERT INTO audits(id, customer_id, activity_at, raw) VALUES('e2', "
                               "'" +
                               c +
                               "', 0, '{\"id\":\"e2\",\"correlationId\":"
                               "\"FEEDFACE-0000-4000-8000-000000000009\"}')")
                        .ok());
        }
        gui::StoreWorker worker(path);
        gui::DetectionsPage page(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()));
        page.resize(1200, 700);
        page.show();
        page.refresh();
        QTRY_COMPARE(page.findingsModel()->rowCount(), 4);
        auto *view = page.findChild<QTableView *>(QStringLiteral("findingsView"));
        const int a4 = rowOfRule(view, QStringLiteral("A4"));
        const int a5 = rowOfRule(view, QStringLiteral("A5"));
        QCOMPARE(a5, a4 + 1); // newest first, but A5 (2 h old) stays with A4 ahead of C4 (1 h)
        QVERIFY(view->model()
                    ->index(a4, gui::FindingsModel::Group)
                    .data()
                    .toString()
                    .endsWith(u"correlation feedface"));
        QVERIFY(view->model()
                    ->index(rowOfRule(view, QStringLiteral("C4")), gui::FindingsModel::Group)
                    .data()
                    .toString()
                    .isEmpty());

        // Triage keys act on the selected finding only, not on its group.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(a5, 0));
        QTest::keyClick(view, Qt::Key_A);
        QTRY_COMPARE(query(worker, this, "SELECT state FROM findings WHERE rule_id='A5'"),
                     QStringLiteral("acknowledged"));
        QCOMPARE(query(worker, this, "SELECT state FROM findings WHERE rule_id='A4'"),
                 QStringLiteral("new"));
        QCOMPARE(rowOfRule(view, QStringLiteral("A5")), rowOfRule(view, QStringLiteral("A4")) + 1);
    }

    void rulesSwitchPerCustomerAndFollowTheLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        seed(path);
        if (QTest::currentTestFailed())
            return;
        gui::StoreWorker worker(path);
        gui::DetectionsPage page(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()));
        page.show();
        page.refresh();
        QTRY_COMPARE(page.rulesModel()->rowCount(), 49);
        QVERIFY(!page.rulesModel()->isPerCustomer());
        const QString english = page.rulesModel()->rowAt(0)->title;
        page.setLanguage(QStringLiteral("fr"));
        QVERIFY(page.rulesModel()->rowAt(0)->title != english);

        auto *customers = page.findChild<QComboBox *>(QStringLiteral("customerCombo"));
        const int index = customers->findData(QString::fromLatin1(kCustomer));
        QVERIFY(index > 0);
        customers->setCurrentIndex(index);
        QTRY_VERIFY(page.rulesModel()->isPerCustomer());
        int i2 = -1;
        for (int r = 0; r < page.rulesModel()->rowCount(); ++r) {
            if (page.rulesModel()->rowAt(r)->id == u"I2")
                i2 = r;
        }
        QVERIFY(i2 >= 0);
        QVERIFY(page.rulesModel()->setData(page.rulesModel()->index(i2, gui::RulesModel::Enabled),
                                           Qt::Unchecked, Qt::CheckStateRole));
        bool checked = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                worker.run<QString>(
                    this,
                    [](store::Database &db) {
                        return sqlValue(db.queryText("SELECT settings FROM rule_settings"));
                    },
                    [&checked](QString s) {
                        checked = QJsonDocument::fromJson(s.toUtf8())
                                      .object()
                                      .value(u"disabledRules")
                                      .toArray()
                                      .contains(QStringLiteral("I2"));
                    });
                QTest::qWait(50);
                return checked;
            }(),
            5000);
    }
};

QTEST_MAIN(TestDetectionsPage)
#include "tst_detectionspage.moc"
