// The sign-in, customer settings and import dialogs, offscreen: sign-in
// against an in-process vigie-sim (device code and browser + PKCE), settings
// form <-> JSON sync, validation and file round-trip, import with progress
// and per-file summary.

#include "analytics/detectionservice.h"
#include "analytics/settings.h"
#include "app/services.h"
#include "gui/customersettingsdialog.h"
#include "gui/importdialog.h"
#include "gui/signindialog.h"
#include "gui/storeworker.h"
#include "net/auth.h"
#include "net/tokenstore.h"
#include "sim/server.h"
#include "store/cache.h"
#include "store/database.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

constexpr auto kClientId = "11111111-2222-3333-4444-555555555555";

struct SimFixture
{
    sim::Server server;
    QNetworkAccessManager nam;
    net::Session session;

    explicit SimFixture(sim::SimOptions so)
        : server(
              [] {
                  sim::WorldConfig wc;
                  wc.seed = 5;
                  wc.customers = 1;
                  wc.signInsPerTenant = 10;
                  return wc;
              }(),
              so)
    {
        server.listen(0);
        const QUrl base(server.baseUrl());
        session.nam = &nam;
        session.endpoints.login = session.endpoints.graph = session.endpoints.partnerCenter =
            session.endpoints.arm = base;
        session.endpoints.clientId = QLatin1String(kClientId);
        session.endpoints.tenant = QStringLiteral("organizations");
        session.retry.timeScale = 0.01;
        session.retry.timeoutMs = 10000;
    }

    int tokenPolls() const
    {
        int n = 0;
        for (const QJsonValue &e : server.journal()) {
            const QJsonObject o = e.toObject();
            if (o.value(u"path").toString().endsWith(u"/oauth2/v2.0/token") &&
                o.value(u"body").toString().contains(u"device_code"))
                ++n;
        }
        return n;
    }
};

sim::SimOptions simOptions(int autoApprove)
{
    sim::SimOptions so;
    so.throttle = false;
    so.deviceInterval = 1;
    so.autoApproveAfterPolls = autoApprove;
    return so;
}

QString readToken(net::TokenStore &store)
{
    QString value;
    store.read(net::tokenkeys::refreshToken(), [&value](Result<QString> r) {
        if (r)
            value = *r;
    });
    return value;
}

QByteArray signInLine(int i, const QString &tenant)
{
    const QJsonObject o{
        {QStringLiteral("id"),
         QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'))},
        {QStringLiteral("createdDateTime"),
         QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODate)},
        {QStringLiteral("userPrincipalName"), QStringLiteral("user%1@contoso.com").arg(i)},
        {QStringLiteral("userId"), QStringLiteral("26be570a-ae82-4189-b4e2-a37c6808512d")},
        {QStringLiteral("appId"), QStringLiteral("de8bc8b5-d9f9-48b1-a8ad-b748da725064")},
        {QStringLiteral("appDisplayName"), QStringLiteral("Graph Explorer")},
        {QStringLiteral("ipAddress"), QStringLiteral("131.107.1.%1").arg(i)},
        {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
        {QStringLiteral("isInteractive"), true},
        {QStringLiteral("resourceTenantId"), tenant},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("errorCode"), 0}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QPushButton *button(QWidget *w, const char *name)
{
    return w->findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deviceCodeShowsCodeCountsDownAndSignsIn()
    {
        SimFixture sim(simOptions(0));
        net::MemoryTokenStore store;
        net::TokenManager tokens(sim.session, store);
        app::NetAccount account(sim.session, tokens);
        gui::SignInDialog dlg(account);
        QUrl opened;
        dlg.setBrowserOpener([&opened](const QUrl &u) { opened = u; });
        QSignalSpy signedIn(&dlg, &gui::SignInDialog::signedIn);
        dlg.show();
        QCOMPARE(dlg.mode(), gui::SignInDialog::Mode::Browser);
        button(&dlg, "useDeviceCodeButton")->click();
        QCOMPARE(dlg.mode(), gui::SignInDialog::Mode::DeviceCode);
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.userCode().isEmpty(), 5000);
        auto *codeLabel = dlg.findChild<QLabel *>(QStringLiteral("userCode"));
        QCOMPARE(codeLabel->text(), dlg.userCode());
        // 900 s from the sim: starts at 15:00 (or 14:59) and goes down.
        const QString first = dlg.countdownText();
        QVERIFY2(first.endsWith(u"15:00") || first.endsWith(u"14:59"), qPrintable(first));
        QTRY_VERIFY_WITH_TIMEOUT(dlg.countdownText() != first, 3000);
        QVERIFY2(dlg.countdownText().contains(u"14:5"), qPrintable(dlg.countdownText()));

        button(&dlg, "copyButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dlg.userCode());
        button(&dlg, "openButton")->click();
        QVERIFY(opened.isValid());
        QVERIFY(opened.toString().startsWith(sim.server.baseUrl()) ||
                opened.toString().contains(u"devicelogin"));

        QVERIFY(signedIn.isEmpty());
        QVERIFY(readToken(store).isEmpty());
        QCOMPARE(sim.server.service().approveDevice(dlg.userCode()), 1);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 5000);
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        QVERIFY(!readToken(store).isEmpty());
    }

    void deviceCodeDeclinedShowsError()
    {
        SimFixture sim(simOptions(0));
        net::MemoryTokenStore store;
        net::TokenManager tokens(sim.session, store);
        app::NetAccount account(sim.session, tokens);
        gui::SignInDialog dlg(account);
        QSignalSpy failed(&dlg, &gui::SignInDialog::failed);
        dlg.setMode(gui::SignInDialog::Mode::DeviceCode);
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.userCode().isEmpty(), 5000);
        sim.server.service().declineDevice();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(!dlg.statusText().isEmpty());
        QCOMPARE(dlg.statusText(), failed.first().first().toString());
        QVERIFY(button(&dlg, "newCodeButton")->isVisibleTo(&dlg));
        QVERIFY(readToken(store).isEmpty());
    }

    void deviceCodeSlowDownThenExpiredShowsStatus()
    {
        sim::SimOptions so = simOptions(0);
        so.enforceInterval = true; // polls every 10 ms here -> slow_down
        SimFixture sim(so);
        net::MemoryTokenStore store;
        net::TokenManager tokens(sim.session, store);
        app::NetAccount account(sim.session, tokens);
        gui::SignInDialog dlg(account);
        QSignalSpy failed(&dlg, &gui::SignInDialog::failed);
        dlg.setMode(gui::SignInDialog::Mode::DeviceCode);
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.userCode().isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dlg.statusText().contains(u"less often"), 5000);
        QVERIFY(failed.isEmpty());
        QVERIFY(dlg.isBusy());
        sim.server.service().expireDeviceCodes();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(!dlg.isBusy());
        QVERIFY(dlg.statusText() != QStringLiteral("Microsoft asked Vigie to check less often; "
                                                   "still waiting for your approval…"));
        QVERIFY(button(&dlg, "newCodeButton")->isVisibleTo(&dlg));
    }

    void cancelStopsPolling()
    {
        SimFixture sim(simOptions(0));
        net::MemoryTokenStore store;
        net::TokenManager tokens(sim.session, store);
        app::NetAccount account(sim.session, tokens);
        gui::SignInDialog dlg(account);
        QSignalSpy signedIn(&dlg, &gui::SignInDialog::signedIn);
        dlg.show();
        dlg.setMode(gui::SignInDialog::Mode::DeviceCode);
        QTRY_VERIFY_WITH_TIMEOUT(sim.tokenPolls() >= 2, 5000); // polls every 10 ms here
        QVERIFY(dlg.isBusy());
        QTest::keyClick(&dlg, Qt::Key_Escape);
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        QVERIFY(!dlg.isBusy());
        QTest::qWait(50);
        const int after = sim.tokenPolls();
        QTest::qWait(300);
        QCOMPARE(sim.tokenPolls(), after);
        QVERIFY(signedIn.isEmpty());
    }

    void browserPkceSignsIn()
    {
        SimFixture sim(simOptions(0));
        QTemporaryDir dir;
        net::FileTokenStore store(dir.filePath(QStringLiteral("tokens.json")));
        net::TokenManager tokens(sim.session, store);
        app::NetAccount account(sim.session, tokens);
        gui::SignInDialog dlg(account);
        // The "browser": follows the authorize URL; the sim 302s to the loopback redirect.
        QNetworkAccessManager browser;
        QUrl authorize;
        dlg.setBrowserOpener([&](const QUrl &u) {
            authorize = u;
            QNetworkReply *reply = browser.get(QNetworkRequest(u));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QSignalSpy signedIn(&dlg, &gui::SignInDialog::signedIn);
        dlg.show();
        auto *go = button(&dlg, "browserButton");
        QVERIFY(go->isDefault());
        QTest::keyClick(&dlg, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(authorize.isValid(), 3000);
        QVERIFY(authorize.path().endsWith(u"/authorize"));
        QVERIFY(authorize.query().contains(u"code_challenge_method=S256"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 8000);
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        QVERIFY(!readToken(store).isEmpty());
        QVERIFY(QFile::exists(store.path()));
    }

    void settingsLoadDefaultsEditListAndJsonSync()
    {
        QTemporaryDir dir;
        gui::StoreWorker worker(dir.filePath(QStringLiteral("c.sqlite")));
        gui::CustomerSettingsDialog dlg(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()),
            QStringLiteral("contoso"));
        QSignalSpy loaded(&dlg, &gui::CustomerSettingsDialog::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QCOMPARE(dlg.settingsJson(),
                 analytics::CustomerSettings::defaults(QStringLiteral("contoso")).toJson());
        QVERIFY(dlg.isValid());
        QCOMPARE(dlg.listKeys().size(), 20);

        dlg.listEditor(QStringLiteral("vipAccounts"))
            ->setPlainText(QStringLiteral("ceo@contoso.com\n\n  cfo@contoso.com  \n"));
        dlg.listEditor(QStringLiteral("approvedActors.appOwners"))
            ->setPlainText(QStringLiteral("it.admin@contoso.com"));
        const QJsonObject j = dlg.settingsJson();
        QCOMPARE(j.value(u"vipAccounts").toArray(),
                 (QJsonArray{u"ceo@contoso.com"_qs, u"cfo@contoso.com"_qs}));
        QCOMPARE(j.value(u"approvedActors").toObject().value(u"appOwners").toArray(),
                 QJsonArray{u"it.admin@contoso.com"_qs});
        auto *json = dlg.findChild<QPlainTextEdit *>(QStringLiteral("jsonEdit"));
        QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object(), j);

        // JSON tab -> form (thresholds kept, list shown).
        QJsonObject edited = j;
        edited.insert(QStringLiteral("ownedDomains"), QJsonArray{u"contoso.com"_qs});
        edited.insert(QStringLiteral("thresholds"),
                      QJsonObject{{u"C1"_qs, QJsonObject{{u"threshold"_qs, 50}}}});
        json->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        QCOMPARE(dlg.listEditor(QStringLiteral("ownedDomains"))->toPlainText(),
                 QStringLiteral("contoso.com"));
        QCOMPARE(dlg.settingsJson(), edited);
        // Broken JSON: error shown, Save refused, form untouched.
        json->setPlainText(QStringLiteral("{ \"vipAccounts\": ["));
        QVERIFY(!dlg.isValid());
        QVERIFY(dlg.errorText().contains(u"JSON"));
        QVERIFY(!dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        QCOMPARE(dlg.settingsJson(), edited);

        // Save and read back through a second dialog.
        json->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        QVERIFY(dlg.isValid());
        QSignalSpy saved(&dlg, &gui::CustomerSettingsDialog::saved);
        QVERIFY(dlg.save());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        gui::CustomerSettingsDialog again(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()),
            QStringLiteral("contoso"));
        QSignalSpy loaded2(&again, &gui::CustomerSettingsDialog::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded2.size(), 1, 5000);
        QCOMPARE(again.settingsJson(), edited);
    }

    void settingsApproveActorsSeenInTheLast30Days()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            auto db = store::openCache(path);
            QVERIFY(db.ok());
            const QByteArray now =
                QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 3600000);
            const QByteArray old =
                QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 40 * 86400000LL);
            auto row = [&](const char *rule, const char *subject, const char *state,
                           const QByteArray &at, const char *evidence) {
                return "('" + QByteArray(rule) + "', 'contoso', '" + subject + "', " + at +
                       ", 'high', '" + state + "', " + at + ", " + at + ", 1, '" + evidence +
                       "', 0)";
            };
            QVERIFY((*db)
                        ->exec("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                               "severity, state, first_seen, last_seen, count, evidence, "
                               "updated_at) VALUES " +
                               row("I1", "ops@contoso.com", "new", now, "[]") + ", " +
                               row("I2", "OPS@contoso.com", "acknowledged", now, "[]") + ", " +
                               row("A11", "app-7", "new", now,
                                   R"([{"id":"e7","stream":"directoryAudits","time":"x"}])") +
                               ", " + row("I4", "old@contoso.com", "new", old, "[]") + ", " +
                               row("I1", "done@contoso.com", "falsePositive", now, "[]") + ", " +
                               row("C4", "203.0.113.9", "new", now, "[]"))
                        .ok());
            QVERIFY((*db)
                        ->exec("INSERT INTO audits(id, customer_id, activity_at, raw) VALUES('e7', "
                               "'contoso', 0, '{\"initiatedBy\":{\"user\":"
                               "{\"userPrincipalName\":\"owner@contoso.com\"}}}')")
                        .ok());
        }
        gui::StoreWorker worker(path);
        gui::CustomerSettingsDialog dlg(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()),
            QStringLiteral("contoso"));
        QSignalSpy loaded(&dlg, &gui::CustomerSettingsDialog::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        dlg.show();
        QSignalSpy shown(&dlg, &gui::CustomerSettingsDialog::approvalChooserShown);
        QTest::mouseClick(button(&dlg, "approveRecentButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 5000);
        QDialog *chooser = dlg.approvalChooser();
        QVERIFY(chooser && chooser->isVisible());
        auto *list = chooser->findChild<QListWidget *>(QStringLiteral("actorList"));
        QVERIFY(list);
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts[0].startsWith(u"owner@contoso.com — App owners — rules A11"),
                 qPrintable(texts.join(u'\n')));
        QVERIFY2(texts[1].contains(u"rules I1, I2, 2 open finding"), qPrintable(texts.join(u'\n')));
        auto *ok = chooser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing ticked yet
        list->item(1)->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dlg.approvalChooser());
        // One entry whatever the spelling of the findings (matching ignores case).
        QCOMPARE(dlg.listEditor(QStringLiteral("approvedActors.conditionalAccess"))
                     ->toPlainText()
                     .toLower(),
                 QStringLiteral("ops@contoso.com"));
        QVERIFY(
            dlg.listEditor(QStringLiteral("approvedActors.appOwners"))->toPlainText().isEmpty());
        QVERIFY(dlg.isValid());

        // Save writes it; the next chooser offers only the actor left.
        QSignalSpy saved(&dlg, &gui::CustomerSettingsDialog::saved);
        QVERIFY(dlg.save());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        gui::CustomerSettingsDialog again(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()),
            QStringLiteral("contoso"));
        QSignalSpy loaded2(&again, &gui::CustomerSettingsDialog::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded2.size(), 1, 5000);
        const QJsonArray stored = again.settingsJson()
                                      .value(u"approvedActors")
                                      .toObject()
                                      .value(u"conditionalAccess")
                                      .toArray();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].toString().toLower(), u"ops@contoso.com"_qs);
        QSignalSpy shown2(&again, &gui::CustomerSettingsDialog::approvalChooserShown);
        again.approveRecentActors();
        QTRY_COMPARE_WITH_TIMEOUT(shown2.size(), 1, 5000);
        auto *list2 =
            again.approvalChooser()->findChild<QListWidget *>(QStringLiteral("actorList"));
        QCOMPARE(list2->count(), 1);
        QVERIFY(list2->item(0)->text().startsWith(u"owner@contoso.com"));
    }

    void settingsInvalidTimeZoneRefusesSave()
    {
        QTemporaryDir dir;
        gui::StoreWorker worker(dir.filePath(QStringLiteral("c.sqlite")));
        gui::CustomerSettingsDialog dlg(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()),
            QStringLiteral("fabrikam"));
        QSignalSpy loaded(&dlg, &gui::CustomerSettingsDialog::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        auto *hours = dlg.findChild<QGroupBox *>(QStringLiteral("hoursGroup"));
        auto *zone = dlg.findChild<QComboBox *>(QStringLiteral("timeZone"));
        hours->setChecked(true);
        zone->setEditText(QStringLiteral("Europe/Paris"));
        QVERIFY2(dlg.isValid(), qPrintable(dlg.errorText()));
        const QJsonObject wh = dlg.settingsJson().value(u"workingHours").toObject();
        QCOMPARE(wh.value(u"timeZone").toString(), QStringLiteral("Europe/Paris"));
        QCOMPARE(wh.value(u"days").toArray().size(), 5);

        zone->setEditText(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(!dlg.isValid());
        QVERIFY2(dlg.errorText().contains(u"Mars/Olympus_Mons"), qPrintable(dlg.errorText()));
        auto *saveButton = dlg.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!saveButton->isEnabled());
        QSignalSpy saved(&dlg, &gui::CustomerSettingsDialog::saved);
        QVERIFY(!dlg.save());
        QTest::qWait(100);
        QVERIFY(saved.isEmpty());
        QVERIFY(dlg.isVisible() || dlg.result() != QDialog::Accepted);
    }

    void settingsExportImportRoundTrip()
    {
        QTemporaryDir dir;
        gui::StoreWorker worker(dir.filePath(QStringLiteral("c.sqlite")));
        gui::CustomerSettingsDialog dlg(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()),
            QStringLiteral("contoso"));
        QSignalSpy loaded(&dlg, &gui::CustomerSettingsDialog::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        dlg.listEditor(QStringLiteral("approvedCidrs"))
            ->setPlainText(QStringLiteral("203.0.113.0/24\n2001:db8::/32"));
        dlg.listEditor(QStringLiteral("approvedDevices.browsers"))
            ->setPlainText(QStringLiteral("Edge*"));
        QVERIFY(dlg.isValid());
        const QJsonObject before = dlg.settingsJson();
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QVERIFY(dlg.exportTo(path));

        gui::CustomerSettingsDialog other(
            worker, std::make_shared<analytics::DetectionService>(SystemClock::instance()),
            QStringLiteral("contoso"));
        QSignalSpy loaded2(&other, &gui::CustomerSettingsDialog::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded2.size(), 1, 5000);
        QVERIFY(other.settingsJson() != before);
        QVERIFY(other.importFrom(path));
        QCOMPARE(other.settingsJson(), before);
        QCOMPARE(other.listEditor(QStringLiteral("approvedDevices.browsers"))->toPlainText(),
                 QStringLiteral("Edge*"));
        // A bad CIDR imported is reported inline.
        QJsonObject bad = before;
        bad.insert(QStringLiteral("approvedCidrs"), QJsonArray{u"300.1.1.1/99"_qs});
        QVERIFY(writeFile(path, QJsonDocument(bad).toJson()));
        QVERIFY(other.importFrom(path));
        QVERIFY(!other.isValid());
        QVERIFY(other.errorText().contains(u"300.1.1.1/99"));
        QVERIFY(!writeFile(path, "not json") || !other.importFrom(path));
    }

    void importJsonLinesShowsProgressAndSummary()
    {
        QTemporaryDir dir;
        gui::StoreWorker worker(dir.filePath(QStringLiteral("c.sqlite")));
        const QString tenant = QStringLiteral("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8");
        QByteArray lines;
        for (int i = 1; i <= 25; ++i)
            lines += signInLine(i, tenant);
        lines += "{\"id\":\"x\",\"note\":\"no time\"}\n"; // rejected
        const QString path = dir.filePath(QStringLiteral("signins.jsonl"));
        QVERIFY(writeFile(path, lines));

        gui::ImportDialog dlg(worker, {path});
        dlg.setCustomers({QStringLiteral("contoso"), QStringLiteral("fabrikam")});
        dlg.setCustomerId(QStringLiteral("contoso"));
        QCOMPARE(dlg.paths(), QStringList{path});
        QSignalSpy imported(&dlg, &gui::ImportDialog::imported);
        dlg.show();
        QTest::keyClick(&dlg, Qt::Key_Return); // Import is the default button
        QVERIFY(dlg.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        QCOMPARE(dlg.progressValue(), 100);
        QCOMPARE(imported.first().first().toStringList(), QStringList{u"contoso"_qs});
        QCOMPARE(dlg.results().size(), 1);
        QVERIFY(dlg.results().first().report.has_value());
        QCOMPARE(dlg.results().first().report->taken, 25);
        QCOMPARE(dlg.results().first().report->rejected, 1);
        const QString summary = dlg.summaryText();
        QVERIFY2(summary.contains(u"25 taken"), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 rejected"), qPrintable(summary));
        QVERIFY2(summary.contains(u"line 26"), qPrintable(summary));

        // Same file again: duplicates.
        dlg.start();
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, 10000);
        QVERIFY2(dlg.summaryText().contains(u"0 taken, 25 duplicates"),
                 qPrintable(dlg.summaryText()));
    }

    void importCancelStopsBeforeNextFile()
    {
        QTemporaryDir dir;
        gui::StoreWorker worker(dir.filePath(QStringLiteral("c.sqlite")));
        const QString tenant = QStringLiteral("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8");
        const QString a = dir.filePath(QStringLiteral("a.jsonl"));
        const QString b = dir.filePath(QStringLiteral("b.jsonl"));
        QVERIFY(writeFile(a, signInLine(1, tenant)));
        QVERIFY(writeFile(b, signInLine(2, tenant)));
        // Hold the worker so Cancel lands before the import job runs.
        QSemaphore hold;
        QObject receiver;
        worker.run<int>(
            &receiver,
            [&hold](store::Database &) {
                hold.acquire();
                return 0;
            },
            [](int) {});
        gui::ImportDialog dlg(worker, {a, b});
        QSignalSpy imported(&dlg, &gui::ImportDialog::imported);
        dlg.show();
        dlg.start();
        QVERIFY(dlg.isRunning());
        QTest::keyClick(&dlg, Qt::Key_Escape);
        QVERIFY(!dlg.isVisible());
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        hold.release();
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        QVERIFY(dlg.results().isEmpty());
        QVERIFY(imported.first().first().toStringList().isEmpty());
        QVERIFY2(dlg.summaryText().contains(u"Stopped before the remaining files."),
                 qPrintable(dlg.summaryText()));
    }

    void importRefusesBinaryFile()
    {
        QTemporaryDir dir;
        gui::StoreWorker worker(dir.filePath(QStringLiteral("c.sqlite")));
        const QString path = dir.filePath(QStringLiteral("photo.json"));
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 37) & 0xff);
        QVERIFY(writeFile(path, binary));
        gui::ImportDialog dlg(worker, {path});
        dlg.setCustomerId(QStringLiteral("contoso"));
        QSignalSpy imported(&dlg, &gui::ImportDialog::imported);
        dlg.start();
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        QVERIFY(imported.first().first().toStringList().isEmpty());
        QCOMPARE(dlg.results().size(), 1);
        QVERIFY(!dlg.results().first().report.has_value());
        QVERIFY(!dlg.results().first().error.isEmpty());
        QVERIFY2(dlg.summaryText().contains(QStringLiteral("photo.json — not imported: ") +
                                            dlg.results().first().error),
                 qPrintable(dlg.summaryText()));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
