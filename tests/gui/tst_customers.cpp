// The Customers page, customer tags, the Settings page and the first-run page,
// driven with keys as the analyst does: sort and filter by tag, tag many
// customers at once, a licence-limited tenant's message, settings refused
// with the reason, "compact now"; every model under QAbstractItemModelTester;
// each page grabbed to PNG in English and French at 1280x800.

#include "analytics/detectionservice.h"
#include "analytics/tagsettings.h"
#include "core/localization.h"
#include "core/timeutil.h"
#include "gui/alertspage.h"
#include "gui/customerdrilldownpage.h"
#include "gui/customersmodel.h"
#include "gui/customerspage.h"
#include "gui/mainwindow.h"
#include "gui/settingskeys.h"
#include "gui/settingspage.h"
#include "gui/storeworker.h"
#include "gui/syncstatus.h"
#include "gui/tagsdialog.h"
#include "gui/tagsettingsdialog.h"
#include "gui/welcomepage.h"
#include "net/parsers.h"
#include "sqlvalue.h"
#include "store/activitylog.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/customerrepository.h"
#include "store/customertags.h"
#include "store/database.h"
#include "store/logavailability.h"
#include "store/logrepository.h"
#include "store/spendrepository.h"
#include "store/syncstate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

const QString kContoso = QStringLiteral("1889e718-414b-4bad-8bbe-c1135bd39a41");
const QString kFabrikam = QStringLiteral("2889e718-414b-4bad-8bbe-c1135bd39a42");
const QString kNorthwind = QStringLiteral("3889e718-414b-4bad-8bbe-c1135bd39a43");
constexpr qint64 kDayMs = 86'400'000;

QJsonObject alertJson(const QString &id, const QString &customer, const QString &status,
                      const QDateTime &detected)
{
    const QString t = detected.toString(Qt::ISODateWithMs);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("displayName"), QStringLiteral("Mining ") + id},
                       {QStringLiteral("alertType"), QStringLiteral("CryptoMining")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("severity"), QStringLiteral("high")},
                       {QStringLiteral("customerTenantId"), customer},
                       {QStringLiteral("subscriptionId"),
                        QStringLiteral("aaaaaaaa-0000-0000-0000-00000000000") + id.right(1)},
                       {QStringLiteral("detectedDateTime"), t},
                       {QStringLiteral("firstObservedDateTime"), t},
                       {QStringLiteral("lastObservedDateTime"), t},
                       {QStringLiteral("isTest"), false}};
}

// Three customers: Contoso (managed, 2 active alerts, flat spend), Fabrikam
// (break-fix, 1 active alert, spend doubled), Northwind (no tag, a tenant
// without P1/P2: sign-ins not available).
void seed(const QString &path)
{
    auto db = store::openCache(path);
    QVERIFY(db.ok());
    QList<Customer> customers;
    for (const auto &[id, name] : {std::pair{kContoso, QStringLiteral("Contoso Ltd")},
                                   std::pair{kFabrikam, QStringLiteral("Fabrikam SAS")},
                                   std::pair{kNorthwind, QStringLiteral("Northwind Traders")}}) {
        Customer c;
        c.id = id;
        c.companyName = name;
        c.domain = name.section(u' ', 0, 0).toLower() + QStringLiteral(".onmicrosoft.com");
        c.raw = QJsonObject{{QStringLiteral("id"), id}};
        customers << c;
    }
    QVERIFY(store::CustomerRepository(**db).upsertCustomers(customers, 1).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Alert> alerts;
    for (const QJsonObject &o :
         {alertJson(QStringLiteral("a1"), kContoso, QStringLiteral("active"), now.addSecs(-3600)),
          alertJson(QStringLiteral("a2"), kContoso, QStringLiteral("investigating"),
                    now.addDays(-1)),
          alertJson(QStringLiteral("a3"), kContoso, QStringLiteral("resolved"), now.addDays(-3)),
          alertJson(QStringLiteral("a4"), kFabrikam, QStringLiteral("active"), now.addDays(-2))}) {
        auto a = net::parseAlert(o);
        QVERIFY(a);
        alerts << *a;
    }
    QVERIFY(store::AlertRepository(**db).upsert(alerts, 1).ok());
    QList<SpendDay> spend;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (int d = 0; d < 35; ++d) {
        const int day = store::rollupDayOf(nowMs - d * kDayMs);
        spend << SpendDay{QStringLiteral("11111111-0000-0000-0000-000000000001"), kContoso, day,
                          100.0, QStringLiteral("EUR")};
        spend << SpendDay{QStringLiteral("22222222-0000-0000-0000-000000000002"), kFabrikam, day,
                          d < 7 ? 200.0 : 100.0, QStringLiteral("EUR")};
    }
    QVERIFY(store::SpendRepository(**db).upsert(spend, nowMs).ok());
    store::LogAvailabilityRepository availability(**db);
    for (const QString &c : {kContoso, kFabrikam})
        for (const char *s : {"signins", "audits"})
            QVERIFY(availability.record(c, QLatin1String(s), true, {}, nowMs).ok());
    QVERIFY(availability
                .record(kNorthwind, QStringLiteral("signins"), false,
                        QStringLiteral("Sign-in logs of tenant are not available"), nowMs)
                .ok());
    QVERIFY(availability.record(kNorthwind, QStringLiteral("audits"), true, {}, nowMs).ok());
    store::SyncStateRepository states(**db);
    QVERIFY(
        states.markSuccess(QStringLiteral("signins:") + kContoso, nowMs, nowMs - 7'200'000).ok());
    QVERIFY(store::CustomerTagRepository(**db)
                .change({kContoso}, {QStringLiteral("managed")}, {}, nowMs)
                .ok());
    QVERIFY(store::CustomerTagRepository(**db)
                .change({kFabrikam}, {QStringLiteral("break-fix")}, {}, nowMs)
                .ok());
}

gui::MainWindow::Options opts(const QString &cache)
{
    gui::MainWindow::Options o;
    o.cachePath = cache;
    o.syncIntervalMinutes = 0;
    o.detection = std::make_shared<analytics::DetectionService>(SystemClock::instance());
    return o;
}

QStringList column(const QAbstractItemModel &m, int column)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, column).data().toString();
    return out;
}

void grab(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts");
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

// Picks `text` in a combo box with the keyboard (Down until it is current);
// the alerts queue's facets show a count after the text ("managed (2)").
void chooseWithKeys(QComboBox *combo, const QString &text)
{
    const auto shown = [combo, &text] {
        return combo->currentText() == text ||
               combo->currentText().startsWith(text + QStringLiteral(" ("));
    };
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && !shown(); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY2(shown(), qPrintable(combo->currentText()));
}

} // namespace

class TestCustomers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_cache;
    int m_no = 0;

    QString freshCache()
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_no));
        seed(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void customersPageSortsFiltersByTagAndShowsTheLicence()
    {
        const QString cache = freshCache();
        gui::StoreWorker worker(cache);
        QSettings settings(m_dir.filePath(QStringLiteral("p.conf")), QSettings::IniFormat);
        gui::CustomersPage page(worker, &settings);
        QAbstractItemModelTester t1(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page.filter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &gui::CustomersPage::loaded);
        page.resize(1280, 700);
        page.show();
        page.reload();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(page.model()->rowCount(), 3);
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        // Default order: most active alerts first.
        QCOMPARE(column(*page.filter(), gui::CustomersModel::Name),
                 (QStringList{QStringLiteral("Contoso Ltd"), QStringLiteral("Fabrikam SAS"),
                              QStringLiteral("Northwind Traders")}));
        QCOMPARE(column(*page.filter(), gui::CustomersModel::ActiveAlerts),
                 (QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0")}));
        // Spend against the baseline: Fabrikam doubled, Contoso flat.
        QCOMPARE(page.filter()->index(1, gui::CustomersModel::SpendVsBaseline).data().toString(),
                 QStringLiteral("+100 %"));
        QCOMPARE(page.filter()->index(0, gui::CustomersModel::SpendVsBaseline).data().toString(),
                 QStringLiteral("±0 %"));
        // The licence-limited tenant: a property of the tenant, said as such
        // (in a few words in the cell, in full in the tooltip).
        QCOMPARE(page.filter()->index(2, gui::CustomersModel::LogAvailability).data().toString(),
                 QStringLiteral("sign-ins: no P1/P2"));
        const QString logsTip = page.filter()
                                    ->index(2, gui::CustomersModel::LogAvailability)
                                    .data(Qt::ToolTipRole)
                                    .toString();
        QVERIFY(
            logsTip.startsWith(QStringLiteral("sign-in logs not available (no P1/P2 licence)")));
        QVERIFY(logsTip.contains(QStringLiteral("asked again after")));
        // Freshness: the stalest stream in the cell (the age alone when all
        // say the same), every stream in the tooltip.
        QCOMPARE(page.filter()->index(0, gui::CustomersModel::Freshness).data().toString(),
                 QStringLiteral("audits: never"));
        QCOMPARE(page.filter()->index(2, gui::CustomersModel::Freshness).data().toString(),
                 QStringLiteral("never"));
        QVERIFY(page.filter()
                    ->index(2, gui::CustomersModel::Freshness)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("sign-ins never · audits never · spend")));
        // Names shown, the tenant id in the tooltip.
        QVERIFY(page.filter()
                    ->index(0, gui::CustomersModel::Name)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(kContoso));

        // Sort by name with a click on its header, then again descending.
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(gui::CustomersModel::Name) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        const QStringList byName = column(*page.filter(), gui::CustomersModel::Name);
        QCOMPARE(byName.first(), header->sortIndicatorOrder() == Qt::AscendingOrder
                                     ? QStringLiteral("Contoso Ltd")
                                     : QStringLiteral("Northwind Traders"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(column(*page.filter(), gui::CustomersModel::Name).first(), byName.last());

        // Filter by tag with the keyboard.
        auto *tagCombo = page.findChild<QComboBox *>(QStringLiteral("tagCombo"));
        chooseWithKeys(tagCombo, QStringLiteral("break-fix"));
        QCOMPARE(column(*page.filter(), gui::CustomersModel::Name),
                 QStringList{QStringLiteral("Fabrikam SAS")});
        chooseWithKeys(tagCombo, QStringLiteral("All tags"));
        QCOMPARE(page.filter()->rowCount(), 3);
        // "/" then text searches name, domain, id, reseller and tags.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Slash);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("northwind"));
        QCOMPARE(column(*page.filter(), gui::CustomersModel::Name),
                 QStringList{QStringLiteral("Northwind Traders")});
        search->clear();

        // The column layout is remembered.
        header->moveSection(header->visualIndex(gui::CustomersModel::Tags), 0);
        QTRY_VERIFY(!settings.value(QStringLiteral("customers/header")).toByteArray().isEmpty());
        gui::CustomersPage again(worker, &settings);
        QCOMPARE(again.findChild<QTableView *>(QStringLiteral("table"))
                     ->horizontalHeader()
                     ->visualIndex(gui::CustomersModel::Tags),
                 0);
    }

    // The status bar after a run where one tenant's sign-ins are not
    // licensed: a sync, not a failure; the detail names the stream.
    void statusBarDoesNotCountALicenceLimitedTenant()
    {
        sync::SyncEngine engine([](QNetworkAccessManager &) { return nullptr; });
        gui::SyncStatus status(engine);
        sync::RunResult r;
        sync::StreamProgress done;
        done.stream = QStringLiteral("audits:") + kNorthwind;
        done.state = sync::StreamProgress::State::Done;
        sync::StreamProgress unlicensed;
        unlicensed.stream = QStringLiteral("signins:") + kNorthwind;
        unlicensed.state = sync::StreamProgress::State::Unavailable;
        unlicensed.error =
            QStringLiteral("Sign-in logs of tenant %1 are not available").arg(kNorthwind);
        r.streams = {done, unlicensed};
        QVERIFY(r.ok());
        QCOMPARE(r.failedCount(), 0);
        QCOMPARE(r.unavailableCount(), 1);
        Q_EMIT engine.finished(r);
        QVERIFY2(!status.text().contains(QStringLiteral("failed")), qPrintable(status.text()));
        QVERIFY2(status.text().contains(QStringLiteral("Synced")), qPrintable(status.text()));
        QVERIFY(status.detail().contains(QStringLiteral("signins:") + kNorthwind +
                                         QStringLiteral(": not available (licence)")));
        // The same run with the stream failed does say so (the check can fail).
        unlicensed.state = sync::StreamProgress::State::Failed;
        r.streams = {done, unlicensed};
        Q_EMIT engine.finished(r);
        QVERIFY(status.text().contains(QStringLiteral("failed")));
    }

    void tagsManyCustomersWithKeysAndTheyRoundTrip()
    {
        const QString cache = freshCache();
        gui::StoreWorker worker(cache);
        gui::CustomersPage page(worker, nullptr);
        QSignalSpy loaded(&page, &gui::CustomersPage::loaded);
        page.resize(1280, 700);
        page.show();
        page.reload();
        QTRY_COMPARE(loaded.size(), 1);
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier); // every customer
        QCOMPARE(page.selectedCustomerIds().size(), 3);
        QSignalSpy shown(&page, &gui::CustomersPage::dialogShown);
        QTest::keyClick(table, Qt::Key_T);
        QCOMPARE(shown.size(), 1);
        auto *dialog = qobject_cast<gui::TagsDialog *>(shown.first().first().value<QDialog *>());
        QVERIFY(dialog);
        // managed is on one of three: partly ticked, left alone.
        QCOMPARE(dialog->tagState(QStringLiteral("managed")), Qt::PartiallyChecked);
        auto *newTag = dialog->findChild<QLineEdit *>(QStringLiteral("newTag"));
        newTag->setFocus();
        QTest::keyClicks(newTag, QStringLiteral("priority"));
        QTest::keyClick(newTag, Qt::Key_Return); // adds, ticked; the dialog stays
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->tagState(QStringLiteral("priority")), Qt::Checked);
        dialog->setTagState(QStringLiteral("break-fix"), Qt::Unchecked);
        QCOMPARE(dialog->toAdd(), QStringList{QStringLiteral("priority")});
        QCOMPARE(dialog->toRemove(), QStringList{QStringLiteral("break-fix")});
        QSignalSpy changed(&page, &gui::CustomersPage::tagsChanged);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(changed.size(), 1);
        QTRY_COMPARE(loaded.size(), 2);

        // In the cache, each customer as asked, "managed" untouched.
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        store::CustomerTagRepository tags(**db);
        QCOMPARE(tags.tagsOf(kContoso).value(),
                 (QStringList{QStringLiteral("managed"), QStringLiteral("priority")}));
        QCOMPARE(tags.tagsOf(kFabrikam).value(), QStringList{QStringLiteral("priority")});
        QCOMPARE(tags.tagsOf(kNorthwind).value(), QStringList{QStringLiteral("priority")});
        QCOMPARE(sqlValue((*db)->queryInt(
                     "SELECT count(*) FROM activity WHERE verb = 'tag' AND object_kind = "
                     "'customer'")),
                 qint64(3));
        // The page shows them and filters on the new tag.
        page.setTagFilter(QStringLiteral("managed"));
        QCOMPARE(page.filter()->rowCount(), 1);
        page.setTagFilter(QStringLiteral("priority"));
        QCOMPARE(page.filter()->rowCount(), 3);
    }

    void alertsQueueFiltersByTag()
    {
        const QString cache = freshCache();
        gui::StoreWorker worker(cache);
        gui::AlertsPage page(worker);
        QSignalSpy loaded(&page, &gui::AlertsPage::loaded);
        page.show();
        page.reload();
        QTRY_VERIFY(loaded.size() >= 1);
        const int open = page.model()->rowCount();
        QCOMPARE(open, 3); // a1, a2 of Contoso, a4 of Fabrikam
        auto *tagCombo = page.findChild<QComboBox *>(QStringLiteral("tagCombo"));
        QVERIFY(tagCombo);
        chooseWithKeys(tagCombo, QStringLiteral("break-fix"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, 0).data(gui::AlertsModel::CustomerIdRole).toString(),
                 kFabrikam);
        chooseWithKeys(tagCombo, QStringLiteral("managed"));
        QTRY_COMPARE(page.model()->rowCount(), 2);
        chooseWithKeys(tagCombo, QStringLiteral("All tags"));
        QTRY_COMPARE(page.model()->rowCount(), 3);
    }

    void tagSettingsApplyAndTheCustomerWins()
    {
        const QString cache = freshCache();
        {
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
            // Contoso has its own approved countries; Fabrikam nothing of its own.
            auto own = analytics::CustomerSettings::fromJson(
                QJsonObject{{QStringLiteral("customerId"), kContoso},
                            {QStringLiteral("approvedCountries"), QJsonArray{QStringLiteral("FR")}},
                            {QStringLiteral("vipAccounts"), QJsonArray()}});
            QVERIFY(own);
            QVERIFY(own->save(**db, QDateTime::currentDateTimeUtc()).ok());
            QVERIFY(store::CustomerTagRepository(**db)
                        .change({kContoso, kFabrikam}, {QStringLiteral("priority")}, {}, 1)
                        .ok());
        }
        gui::StoreWorker worker(cache);
        gui::TagSettingsDialog dialog(worker, QStringLiteral("priority"));
        QSignalSpy loaded(&dialog, &gui::TagSettingsDialog::loaded);
        dialog.show();
        QTRY_COMPARE(loaded.size(), 1);
        // Invalid JSON and invalid settings are refused with the reason.
        dialog.setJsonText(QStringLiteral("{\"approvedCountries\": "));
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!dialog.save());
        dialog.setJsonText(QStringLiteral("{\"approvedCidrs\": [\"not a cidr\"]}"));
        QVERIFY(dialog.errorText().contains(QStringLiteral("approvedCidrs")));
        QVERIFY(!dialog.save());
        dialog.setJsonText(QStringLiteral(
            R"({"approvedCountries": ["BE", "LU"], "vipAccounts": ["ceo@contoso.com"],
                "thresholds": {"C1": {"threshold": 50}}})"));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QSignalSpy saved(&dialog, &gui::TagSettingsDialog::saved);
        QVERIFY(dialog.save());
        QTRY_COMPARE(saved.size(), 1);

        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        auto contoso = analytics::TagSettings::effective(**db, kContoso);
        QVERIFY(contoso);
        // Contoso's own list wins; its empty VIP list leaves the tag's.
        QCOMPARE(contoso->json().value(u"approvedCountries").toArray(),
                 QJsonArray{QStringLiteral("FR")});
        QCOMPARE(contoso->json().value(u"vipAccounts").toArray(),
                 QJsonArray{QStringLiteral("ceo@contoso.com")});
        QCOMPARE(contoso->customerId(), kContoso);
        auto fabrikam = analytics::TagSettings::effective(**db, kFabrikam);
        QVERIFY(fabrikam);
        QCOMPARE(fabrikam->json().value(u"approvedCountries").toArray(),
                 (QJsonArray{QStringLiteral("BE"), QStringLiteral("LU")}));
        QCOMPARE(fabrikam->json()
                     .value(u"thresholds")
                     .toObject()
                     .value(u"C1")
                     .toObject()
                     .value(u"threshold")
                     .toInt(),
                 50);
        // Northwind does not carry the tag: nothing of it.
        auto northwind = analytics::TagSettings::effective(**db, kNorthwind);
        QVERIFY(northwind);
        QVERIFY(northwind->json().value(u"approvedCountries").toArray().isEmpty());
        // The customer's stored settings stay its own (editing them never
        // copies the tag's in).
        auto stored = analytics::CustomerSettings::load(**db, kFabrikam);
        QVERIFY(stored);
        QVERIFY(stored->json().value(u"approvedCountries").toArray().isEmpty());
        QCOMPARE(
            sqlValue((*db)->queryInt("SELECT count(*) FROM activity WHERE verb = 'tagSettings'")),
            qint64(1));
    }

    void settingsRefuseBadEndpointsWithTheReason()
    {
        QVERIFY(!gui::SettingsPage::urlProblem(QStringLiteral("http://example.com")).isEmpty());
        QVERIFY(!gui::SettingsPage::urlProblem(QStringLiteral("not a url")).isEmpty());
        QVERIFY(!gui::SettingsPage::urlProblem(QStringLiteral("ftp://graph.example")).isEmpty());
        QVERIFY(gui::SettingsPage::urlProblem(QStringLiteral("http://127.0.0.1:8443")).isEmpty());
        QVERIFY(gui::SettingsPage::urlProblem(QStringLiteral("http://[::1]:8443/")).isEmpty());
        QVERIFY(
            gui::SettingsPage::urlProblem(QStringLiteral("https://graph.microsoft.com")).isEmpty());
        QVERIFY(gui::SettingsPage::urlProblem(QString()).isEmpty()); // the default

        const QString cache = freshCache();
        gui::StoreWorker worker(cache);
        QSettings settings(m_dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
        gui::SettingsPage page(settings, &worker, cache);
        page.resize(1280, 700);
        page.show();
        auto *graph = page.findChild<QLineEdit *>(QStringLiteral("graphUrl"));
        auto *apply = page.findChild<QPushButton *>(QStringLiteral("applyButton"));
        auto *message = page.findChild<QLabel *>(QStringLiteral("message"));
        graph->setFocus();
        QTest::keyClicks(graph, QStringLiteral("http://example.com"));
        QSignalSpy applied(&page, &gui::SettingsPage::applied);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.size(), 0);
        QVERIFY2(message->text().contains(QStringLiteral("unencrypted")),
                 qPrintable(message->text()));
        QVERIFY(!settings.contains(QLatin1String(gui::settingskeys::kGraphUrl)));

        // http to this computer (the simulator) is accepted; the change is
        // recorded and said to need a restart.
        graph->selectAll();
        QTest::keyClicks(graph, QStringLiteral("http://127.0.0.1:45678"));
        auto *interval = page.findChild<QSpinBox *>(QStringLiteral("interval"));
        interval->setFocus();
        interval->selectAll();
        QTest::keyClicks(interval, QStringLiteral("15"));
        QSignalSpy intervalChanged(&page, &gui::SettingsPage::syncIntervalChanged);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(settings.value(QLatin1String(gui::settingskeys::kGraphUrl)).toString(),
                 QStringLiteral("http://127.0.0.1:45678"));
        QCOMPARE(settings.value(QLatin1String(gui::settingskeys::kSyncInterval)).toInt(), 15);
        QCOMPARE(intervalChanged.size(), 1);
        QVERIFY(page.restartNeeded().size() == 1);
        QVERIFY(message->text().contains(QStringLiteral("restarts")));
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        QTRY_COMPARE(sqlValue((*db)->queryInt("SELECT count(*) FROM activity WHERE verb = "
                                              "'setting'")),
                     qint64(2));
        QCOMPARE(sqlValue((*db)->queryText("SELECT group_concat(object_id, ',') FROM (SELECT "
                                           "object_id FROM activity WHERE verb = 'setting' "
                                           "ORDER BY object_id)")),
                 QStringLiteral("endpoints/graph,sync/intervalMinutes"));
    }

    void settingsWorkingHoursReachDetectionAndCompactNow()
    {
        const QString cache = freshCache();
        gui::StoreWorker worker(cache);
        QSettings settings(m_dir.filePath(QStringLiteral("w.conf")), QSettings::IniFormat);
        gui::SettingsPage page(settings, &worker, cache);
        page.show();
        QSignalSpy size(&page, &gui::SettingsPage::cacheSizeKnown);
        QTRY_VERIFY(size.size() >= 1);
        QVERIFY(size.last().first().toLongLong() > 0);
        auto *enabled = page.findChild<QCheckBox *>(QStringLiteral("hoursEnabled"));
        QTest::keyClick(enabled, Qt::Key_Space);
        QVERIFY(enabled->isChecked());
        auto *zone = page.findChild<QComboBox *>(QStringLiteral("timeZone"));
        zone->setCurrentText(QStringLiteral("Mars/Olympus"));
        QVERIFY(!page.apply());
        QVERIFY(page.errorText().contains(QStringLiteral("Mars/Olympus")));
        zone->setCurrentText(QStringLiteral("Europe/Paris"));
        QVERIFY2(page.apply(), qPrintable(page.errorText()));
        // Every customer without hours of its own gets them in detection.
        QTRY_VERIFY([&] {
            auto db = store::openCache(cache);
            auto s = analytics::TagSettings::effective(**db, kNorthwind);
            return s && s->workingHours().configured &&
                   s->json().value(u"workingHours").toObject().value(u"timeZone").toString() ==
                       u"Europe/Paris";
        }());

        QSignalSpy compacted(&page, &gui::SettingsPage::compacted);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("compactButton")),
                          Qt::LeftButton);
        QVERIFY(page.isCompacting());
        QTRY_COMPARE_WITH_TIMEOUT(compacted.size(), 1, 20000);
        QVERIFY(compacted.first().at(1).toLongLong() > 0);
        QVERIFY(!page.isCompacting());
    }

    void firstRunShowsTheWelcomePage()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("f.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        auto o = opts(m_dir.filePath(QStringLiteral("empty.sqlite")));
        int asked = 0;
        o.checkSignedIn = [&](std::function<void(bool)> done) {
            ++asked;
            done(false);
        };
        gui::MainWindow w(o, settings, loc);
        QSignalSpy welcome(&w, &gui::MainWindow::welcomeShown);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(welcome.size(), 1);
        QCOMPARE(asked, 1);
        QVERIFY(w.welcomePage() && w.welcomePage()->isVisible());
        QSignalSpy demo(&w, &gui::MainWindow::demoRequested);
        auto *demoButton = w.welcomePage()->findChild<QPushButton *>(QStringLiteral("demoButton"));
        demoButton->setFocus();
        QTest::keyClick(demoButton, Qt::Key_Space);
        QCOMPARE(demo.size(), 1);
        // Any page chosen leaves the welcome page.
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Customers);

        // Signed in, or a cache with data: no welcome page.
        auto signedIn = opts(m_dir.filePath(QStringLiteral("empty2.sqlite")));
        signedIn.checkSignedIn = [](std::function<void(bool)> done) { done(true); };
        gui::MainWindow w2(signedIn, settings, loc);
        QSignalSpy welcome2(&w2, &gui::MainWindow::welcomeShown);
        auto withData = opts(freshCache());
        withData.checkSignedIn = [](std::function<void(bool)> done) { done(false); };
        gui::MainWindow w3(withData, settings, loc);
        QSignalSpy welcome3(&w3, &gui::MainWindow::welcomeShown);
        QTest::qWait(300);
        QCOMPARE(welcome2.size(), 0);
        QCOMPARE(welcome3.size(), 0);
    }

    void openingACustomerShowsItsDrillDown()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("o.conf")), QSettings::IniFormat);
        Localization loc;
        loc.apply(QStringLiteral("en"));
        gui::MainWindow w(opts(freshCache()), settings, loc);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), gui::MainWindow::Customers);
        gui::CustomersPage *page = w.customersPage();
        QTRY_COMPARE(page->model()->rowCount(), 3);
        auto *table = page->findChild<QTableView *>(QStringLiteral("table"));
        table->setFocus();
        QTRY_VERIFY(table->currentIndex().isValid());
        QTest::keyClick(table, Qt::Key_Down); // Fabrikam
        QSignalSpy activated(&w, &gui::MainWindow::customerActivated);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), kFabrikam);
        // The customer's drill-down page, on that customer.
        QVERIFY(w.customerPage()->isVisible());
        QCOMPARE(w.customerPage()->customerId(), kFabrikam);
    }

    // The pages for review, in both languages, at the size they are laid out for.
    void grabPagesInBothLanguages()
    {
        const QString cache = freshCache();
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
            QSettings settings(m_dir.filePath(QStringLiteral("g-%1.conf").arg(lang)),
                               QSettings::IniFormat);
            Localization loc;
            loc.apply(lang);
            auto o = opts(cache);
            gui::MainWindow w(o, settings, loc);
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showPage(gui::MainWindow::Customers);
            QTRY_COMPARE(w.customersPage()->model()->rowCount(), 3);
            QCOMPARE(w.width(), 1280); // no page asks for more, in either language
            // At 1280×800, French included, every column fits: no sideways scroll,
            // every header readable in full, the name column still usable.
            auto *table = w.customersPage()->findChild<QTableView *>(QStringLiteral("table"));
            QTRY_VERIFY(table->isVisible());
            QCoreApplication::processEvents();
            QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
            QHeaderView *header = table->horizontalHeader();
            for (int c = 0; c < gui::CustomersModel::ColumnCount; ++c) {
                const QString label = table->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(label),
                         qPrintable(lang + u' ' + label));
            }
            QVERIFY(header->sectionSize(gui::CustomersModel::Name) >= 120);
            // Freshness and Logs say what they say whole, no "…" (the
            // details are in their tooltips).
            const QFontMetrics fm(table->font());
            const int margins =
                2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            for (int c :
                 {int(gui::CustomersModel::Freshness), int(gui::CustomersModel::LogAvailability)})
                for (int r = 0; r < table->model()->rowCount(); ++r) {
                    const QString text = table->model()->index(r, c).data().toString();
                    QVERIFY2(fm.horizontalAdvance(text) + margins <= header->sectionSize(c),
                             qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, the column has %4")
                                            .arg(lang, text)
                                            .arg(fm.horizontalAdvance(text) + margins)
                                            .arg(header->sectionSize(c))));
                }
            grab(w, QStringLiteral("customers-") + lang);
            w.showPage(gui::MainWindow::Alerts);
            QTRY_COMPARE(w.alertsPage()->model()->rowCount(), 3);
            auto *alerts = w.alertsPage()->findChild<QTableView *>(QStringLiteral("table"));
            alerts->setFocus();
            alerts->setCurrentIndex(w.alertsPage()->model()->index(0, 0));
            QTRY_VERIFY(
                w.alertsPage()->findChild<QWidget *>(QStringLiteral("contextCharts"))->isVisible());
            QCOMPARE(w.width(), 1280);
            grab(w, QStringLiteral("alerts-") + lang);
            w.showPage(gui::MainWindow::Settings);
            QTest::qWait(200);
            grab(w, QStringLiteral("settings-") + lang);

            auto first = opts(m_dir.filePath(QStringLiteral("welcome-%1.sqlite").arg(lang)));
            first.checkSignedIn = [](std::function<void(bool)> done) { done(false); };
            gui::MainWindow fw(first, settings, loc);
            QSignalSpy welcome(&fw, &gui::MainWindow::welcomeShown);
            fw.resize(1280, 800);
            fw.show();
            QTRY_COMPARE(welcome.size(), 1);
            grab(fw, QStringLiteral("welcome-") + lang);
        }
    }
};

QTEST_MAIN(TestCustomers)
#include "tst_customers.moc"
