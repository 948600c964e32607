#include "gui/settingspage.h"

#include "analytics/tagsettings.h"
#include "core/actor.h"
#include "core/ids.h"
#include "core/localization.h"
#include "gui/settingskeys.h"
#include "gui/storeworker.h"
#include "net/endpoints.h"
#include "store/activitylog.h"
#include "store/maintenance.h"
#include "store/transaction.h"
#include "ui_settingspage.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>
#include <QUrl>

namespace vigie::gui {

namespace keys = settingskeys;

namespace {

constexpr int kDays = 7;
const char *const kDayNames[kDays] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

struct UrlField
{
    const char *key;
    const char *environment;
    const char *defaultUrl; // placeholder only: src/net owns the defaults
};
const UrlField kUrlFields[] = {
    {keys::kLoginUrl, "VIGIE_LOGIN_URL", "https://login.microsoftonline.com"},
    {keys::kGraphUrl, "VIGIE_GRAPH_URL", "https://graph.microsoft.com"},
    {keys::kPartnerCenterUrl, "VIGIE_PARTNER_CENTER_URL",
     "https://api.partnercenter.microsoft.com"},
    {keys::kArmUrl, "VIGIE_ARM_URL", "https://management.azure.com"},
};

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

bool isDomainName(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return re.match(s).hasMatch();
}

} // namespace

SettingsPage::SettingsPage(QSettings &settings, StoreWorker *worker, const QString &cachePath,
                           QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_settings(settings),
      m_worker(worker), m_cachePath(cachePath)
{
    m_ui->setupUi(this);
    for (int d = 0; d < kDays; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d + 1, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("day_") + QLatin1String(kDayNames[d]));
        m_ui->hoursDays->addWidget(box);
    }
    QStringList zones;
    for (const QByteArray &z : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(z);
    m_ui->timeZone->addItems(zones);
    fillCombos();
    // Long entries (time zones, French labels) do not widen the page.
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    // Except the notification levels: half the page is free beside them, and
    // 18 characters cut "Nouvelles alertes élevées et moyennes".
    m_ui->notifications->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->compactProgress->hide();
    connect(m_ui->applyButton, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsPage::load);
    connect(m_ui->compactButton, &QPushButton::clicked, this, &SettingsPage::compactNow);
    connect(m_ui->hoursEnabled, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *w :
             {static_cast<QWidget *>(m_ui->hoursStart), static_cast<QWidget *>(m_ui->hoursEnd),
              static_cast<QWidget *>(m_ui->timeZone)})
            w->setEnabled(on);
        for (int d = 0; d < kDays; ++d)
            m_ui->hoursDays->itemAt(d)->widget()->setEnabled(on);
    });
    m_ui->compactButton->setEnabled(m_worker != nullptr);
    load();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::fillCombos()
{
    auto refill = [](QComboBox *combo, const QList<QPair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto &[label, value] : items)
            combo->addItem(label, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_ui->tokenStore, {{tr("System keychain"), QStringLiteral("keychain")},
                              {tr("File (0600; headless machines)"), QStringLiteral("file")}});
    refill(m_ui->language, {{QStringLiteral("English"), QStringLiteral("en")},
                            {QStringLiteral("Français"), QStringLiteral("fr")}});
    refill(m_ui->notifications, {{tr("New high and medium alerts"), QStringLiteral("all")},
                                 {tr("New high alerts only"), QStringLiteral("high")},
                                 {tr("None"), QStringLiteral("none")}});
}

void SettingsPage::showEnvironmentOverrides()
{
    auto lineFor = [this](const char *k) -> QLineEdit * {
        const QString s = key(k);
        if (s == key(keys::kLoginUrl))
            return m_ui->loginUrl;
        if (s == key(keys::kGraphUrl))
            return m_ui->graphUrl;
        if (s == key(keys::kPartnerCenterUrl))
            return m_ui->partnerCenterUrl;
        return m_ui->armUrl;
    };
    for (const UrlField &f : kUrlFields) {
        QLineEdit *edit = lineFor(f.key);
        edit->setPlaceholderText(QString::fromLatin1(f.defaultUrl));
        const bool env = qEnvironmentVariableIsSet(f.environment);
        edit->setToolTip(env ? tr("%1 is set in the environment and overrides this value.")
                                   .arg(QString::fromLatin1(f.environment))
                             : tr("Empty: %1").arg(QString::fromLatin1(f.defaultUrl)));
    }
}

void SettingsPage::load()
{
    showEnvironmentOverrides();
    m_ui->loginUrl->setText(m_settings.value(key(keys::kLoginUrl)).toString());
    m_ui->graphUrl->setText(m_settings.value(key(keys::kGraphUrl)).toString());
    m_ui->partnerCenterUrl->setText(m_settings.value(key(keys::kPartnerCenterUrl)).toString());
    m_ui->armUrl->setText(m_settings.value(key(keys::kArmUrl)).toString());
    m_ui->clientId->setText(m_settings.value(key(keys::kClientId)).toString());
    m_ui->tenant->setText(m_settings.value(key(keys::kTenant)).toString());
    m_ui->tokenStore->setCurrentIndex(std::max(
        0, m_ui->tokenStore->findData(
               m_settings.value(key(keys::kTokenStore), QStringLiteral("keychain")).toString())));
    m_ui->interval->setValue(m_settings.value(key(keys::kSyncInterval), 30).toInt());
    m_ui->interval->setSpecialValueText(tr("never (by hand only)"));
    m_ui->days->setValue(m_settings.value(key(keys::kSyncDays), 30).toInt());
    m_ui->syncOnStart->setChecked(m_settings.value(key(keys::kSyncOnStart), false).toBool());
    m_ui->syncLogs->setChecked(m_settings.value(key(keys::kSyncLogs), true).toBool());
    m_ui->syncSpend->setChecked(m_settings.value(key(keys::kSyncSpend), true).toBool());
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(languageShown())));
    m_ui->notifications->setCurrentIndex(std::max(
        0, m_ui->notifications->findData(
               m_settings.value(key(keys::kNotifications), QStringLiteral("all")).toString())));
    m_ui->cachePath->setText(m_settings.value(key(keys::kCachePath), m_cachePath).toString());
    m_ui->cachePath->setToolTip(tr("In use: %1").arg(m_cachePath));
    m_ui->message->clear();
    m_error.clear();
    showWorkingHours({});
    if (m_worker) {
        m_worker->run<Result<QJsonObject>>(
            this,
            [](store::Database &db) {
                return analytics::TagSettings::load(db, analytics::TagSettings::allCustomers());
            },
            [this](Result<QJsonObject> defaults) {
                m_storedHours =
                    defaults ? defaults->value(u"workingHours").toObject() : QJsonObject();
                showWorkingHours(m_storedHours);
            });
        refreshCacheSize();
    }
}

void SettingsPage::setLanguageInUse(const QString &language)
{
    m_languageInUse = Localization::normalize(language);
    const int index = m_ui->language->findData(m_languageInUse);
    if (index >= 0)
        m_ui->language->setCurrentIndex(index);
}

QString SettingsPage::languageShown() const
{
    if (!m_languageInUse.isEmpty())
        return m_languageInUse;
    // English when none is stored.
    return Localization::normalize(
        m_settings.value(key(keys::kLanguage), QStringLiteral("en")).toString());
}

void SettingsPage::showWorkingHours(const QJsonObject &hours)
{
    m_ui->hoursEnabled->setChecked(!hours.isEmpty());
    m_ui->hoursStart->setTime(QTime::fromString(
        hours.value(u"start").toString(QStringLiteral("08:00")), QStringLiteral("HH:mm")));
    m_ui->hoursEnd->setTime(QTime::fromString(hours.value(u"end").toString(QStringLiteral("18:00")),
                                              QStringLiteral("HH:mm")));
    QStringList days;
    for (const QJsonValue &d : hours.value(u"days").toArray())
        days << d.toString().left(3).toLower();
    if (hours.isEmpty())
        days = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                QStringLiteral("thu"), QStringLiteral("fri")};
    for (int d = 0; d < kDays; ++d)
        static_cast<QCheckBox *>(m_ui->hoursDays->itemAt(d)->widget())
            ->setChecked(days.contains(QLatin1String(kDayNames[d])));
    const QString zone =
        hours.value(u"timeZone").toString(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_ui->timeZone->setCurrentText(zone);
    Q_EMIT m_ui->hoursEnabled->toggled(m_ui->hoursEnabled->isChecked());
}

QJsonObject SettingsPage::workingHoursFromForm() const
{
    if (!m_ui->hoursEnabled->isChecked())
        return {};
    QJsonArray days;
    for (int d = 0; d < kDays; ++d) {
        if (static_cast<QCheckBox *>(m_ui->hoursDays->itemAt(d)->widget())->isChecked()) {
            QString name = QLatin1String(kDayNames[d]);
            name[0] = name[0].toUpper();
            days << name;
        }
    }
    return QJsonObject{{QStringLiteral("timeZone"), m_ui->timeZone->currentText().trimmed()},
                       {QStringLiteral("days"), days},
                       {QStringLiteral("start"), m_ui->hoursStart->time().toString(u"HH:mm")},
                       {QStringLiteral("end"), m_ui->hoursEnd->time().toString(u"HH:mm")}};
}

QString SettingsPage::urlProblem(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return tr("\"%1\" is not a valid https address.").arg(t);
    if (!net::isAllowedScheme(url))
        return tr("\"%1\" is refused: plain http would send tokens and customer data unencrypted; "
                  "only https is allowed, or http to this computer (127.0.0.1, ::1, localhost) "
                  "for the simulator.")
            .arg(t);
    return {};
}

bool SettingsPage::apply()
{
    // 1. Validate everything before writing anything.
    QStringList problems;
    const QList<QPair<QLineEdit *, QString>> urls{
        {m_ui->loginUrl, m_ui->loginLabel->text()},
        {m_ui->graphUrl, m_ui->graphLabel->text()},
        {m_ui->partnerCenterUrl, m_ui->partnerCenterLabel->text()},
        {m_ui->armUrl, m_ui->armLabel->text()}};
    for (const auto &[edit, label] : urls) {
        if (const QString p = urlProblem(edit->text()); !p.isEmpty())
            problems << QString(label).remove(u'&') + u' ' + p;
    }
    const QString clientId = m_ui->clientId->text().trimmed();
    if (!clientId.isEmpty() && !isGuid(clientId))
        problems << tr("The app (client) id is a GUID, as shown in the app registration.");
    const QString tenant = m_ui->tenant->text().trimmed();
    if (!tenant.isEmpty() && !isGuid(tenant) && !isDomainName(tenant))
        problems << tr("The partner tenant is a tenant id (GUID) or a domain such as "
                       "contoso.onmicrosoft.com.");
    const QJsonObject hours = workingHoursFromForm();
    if (!hours.isEmpty()) {
        if (!QTimeZone(hours.value(u"timeZone").toString().toUtf8()).isValid())
            problems << tr("Unknown time zone \"%1\" (an IANA name such as Europe/Paris).")
                            .arg(hours.value(u"timeZone").toString());
        if (hours.value(u"days").toArray().isEmpty())
            problems << tr("Working hours need at least one day.");
        if (hours.value(u"start") == hours.value(u"end"))
            problems << tr("Working hours start and end at the same time.");
    }
    if (m_ui->cachePath->text().trimmed().isEmpty())
        problems << tr("The cache file cannot be empty.");
    if (!problems.isEmpty()) {
        m_error = problems.join(u'\n');
        m_ui->message->setText(m_error);
        return false;
    }
    m_error.clear();

    // 2. Write what changed.
    struct Change
    {
        QString key;
        QVariant from;
        QVariant to;
    };
    QList<Change> changes;
    auto set = [&](const char *k, const QVariant &value, const QVariant &def) {
        const QString s = key(k);
        const QVariant before = m_settings.value(s, def);
        if (before.toString() == value.toString())
            return;
        changes << Change{s, before, value};
        if (value.toString().isEmpty())
            m_settings.remove(s);
        else
            m_settings.setValue(s, value);
    };
    set(keys::kLoginUrl, m_ui->loginUrl->text().trimmed(), QString());
    set(keys::kGraphUrl, m_ui->graphUrl->text().trimmed(), QString());
    set(keys::kPartnerCenterUrl, m_ui->partnerCenterUrl->text().trimmed(), QString());
    set(keys::kArmUrl, m_ui->armUrl->text().trimmed(), QString());
    set(keys::kClientId, clientId, QString());
    set(keys::kTenant, tenant, QString());
    set(keys::kTokenStore, m_ui->tokenStore->currentData(), QStringLiteral("keychain"));
    set(keys::kSyncInterval, m_ui->interval->value(), 30);
    set(keys::kSyncDays, m_ui->days->value(), 30);
    set(keys::kSyncOnStart, m_ui->syncOnStart->isChecked(), false);
    set(keys::kSyncLogs, m_ui->syncLogs->isChecked(), true);
    set(keys::kSyncSpend, m_ui->syncSpend->isChecked(), true);
    set(keys::kNotifications, m_ui->notifications->currentData(), QStringLiteral("all"));
    set(keys::kCachePath, m_ui->cachePath->text().trimmed(), m_cachePath);
    const QString language = m_ui->language->currentData().toString();
    // The language the form showed when loaded: the one in use.
    const QString before = languageShown();
    const bool languageChanged = before != language;
    if (languageChanged)
        changes << Change{key(keys::kLanguage), before, language};
    const bool hoursChanged = hours != m_storedHours;
    if (hoursChanged)
        changes << Change{QStringLiteral("detection/workingHours"), m_storedHours, hours};
    m_settings.sync();

    // 3. Record every change in the activity trail; store the detection defaults.
    QStringList changedKeys;
    for (const Change &c : changes)
        changedKeys << c.key;
    if (m_worker && !changes.isEmpty()) {
        QList<store::ActivityEntry> entries;
        const QString actor = actor::current();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Change &c : changes) {
            store::ActivityEntry e;
            e.atMs = now;
            e.actor = actor;
            e.verb = QStringLiteral("setting");
            e.objectKind = QStringLiteral("setting");
            e.objectId = c.key;
            e.detail = QJsonObject{{QStringLiteral("from"), QJsonValue::fromVariant(c.from)},
                                   {QStringLiteral("to"), QJsonValue::fromVariant(c.to)}};
            entries << e;
        }
        m_worker->run<Status>(
            this,
            [entries, hoursChanged, hours, now](store::Database &db) -> Status {
                store::Transaction tx(db);
                if (!tx.isActive())
                    return tx.beginStatus();
                if (hoursChanged) {
                    const QString all = analytics::TagSettings::allCustomers();
                    auto defaults = analytics::TagSettings::load(db, all);
                    if (!defaults)
                        return defaults.error();
                    QJsonObject updated = *defaults;
                    if (hours.isEmpty())
                        updated.remove(QStringLiteral("workingHours"));
                    else
                        updated.insert(QStringLiteral("workingHours"), hours);
                    if (Status s = analytics::TagSettings::save(db, all, updated, now); !s)
                        return s;
                }
                for (const store::ActivityEntry &e : entries)
                    if (auto a = store::ActivityLog(db).append(e); !a)
                        return a.error();
                return tx.commit();
            },
            [this](Status s) {
                if (!s)
                    m_ui->message->setText(
                        tr("The settings file is saved, but the cache could not record the "
                           "change: %1")
                            .arg(s.error().message));
            });
        m_storedHours = hours;
    }

    // 4. Apply what the running window can take; say what needs a restart.
    m_restart.clear();
    for (const Change &c : changes) {
        const QString k = c.key;
        if (k.startsWith(u"endpoints/") || k == key(keys::kClientId) || k == key(keys::kTenant) ||
            k == key(keys::kTokenStore))
            m_restart << tr("Microsoft services");
        else if (k == key(keys::kCachePath))
            m_restart << tr("cache file");
    }
    m_restart.removeDuplicates();
    if (languageChanged)
        Q_EMIT languageChosen(language); // the window re-translates itself
    if (changedKeys.contains(key(keys::kSyncInterval)))
        Q_EMIT syncIntervalChanged(m_ui->interval->value());
    if (changes.isEmpty())
        m_ui->message->setText(tr("Nothing changed."));
    else if (m_restart.isEmpty())
        m_ui->message->setText(tr("Saved and applied."));
    else
        m_ui->message->setText(tr("Saved. Applied now, except what takes effect when Vigie "
                                  "restarts: %1.")
                                   .arg(m_restart.join(QStringLiteral(", "))));
    Q_EMIT applied(changedKeys);
    return true;
}

void SettingsPage::refreshCacheSize()
{
    if (!m_worker)
        return;
    m_worker->run<qint64>(
        this, [](store::Database &db) { return store::cacheBytes(db); },
        [this](qint64 bytes) {
            m_ui->cacheSize->setText(QLocale().formattedDataSize(bytes));
            Q_EMIT cacheSizeKnown(bytes);
        });
}

void SettingsPage::compactNow()
{
    if (!m_worker || m_compacting)
        return;
    m_compacting = true;
    m_ui->compactButton->setEnabled(false);
    m_ui->compactProgress->show(); // busy: SQLite does not report VACUUM's progress
    m_ui->message->setText(tr("Compacting the cache…"));
    struct Outcome
    {
        qint64 before = 0;
        qint64 after = 0;
        Status status;
    };
    m_worker->run<Outcome>(
        this,
        [](store::Database &db) {
            Outcome o;
            o.before = store::cacheBytes(db);
            o.status = store::compactCache(db);
            o.after = store::cacheBytes(db);
            return o;
        },
        [this](Outcome o) {
            m_compacting = false;
            m_ui->compactButton->setEnabled(true);
            m_ui->compactProgress->hide();
            m_ui->cacheSize->setText(QLocale().formattedDataSize(o.after));
            if (!o.status) {
                m_ui->message->setText(
                    tr("The cache could not be compacted: %1").arg(o.status.error().message));
                Q_EMIT compactFailed(o.status.error().message);
                return;
            }
            m_ui->message->setText(tr("Cache compacted: %1 → %2.")
                                       .arg(QLocale().formattedDataSize(o.before),
                                            QLocale().formattedDataSize(o.after)));
            Q_EMIT compacted(o.before, o.after);
        });
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        m_ui->interval->setSpecialValueText(tr("never (by hand only)"));
        showEnvironmentOverrides();
        for (int d = 0; d < kDays; ++d)
            static_cast<QCheckBox *>(m_ui->hoursDays->itemAt(d)->widget())
                ->setText(QLocale().dayName(d + 1, QLocale::ShortFormat));
    }
    QWidget::changeEvent(event);
}

} // namespace vigie::gui
