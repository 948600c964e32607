#include "gui/customersettingsdialog.h"

#include "analytics/detectionservice.h"
#include "analytics/findingstore.h"
#include "analytics/settings.h"
#include "core/actor.h"
#include "core/timeutil.h"
#include "gui/storeworker.h"
#include "store/activitylog.h"
#include "store/syncstate.h"
#include "ui_customersettingsdialog.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTimeZone>
#include <QVBoxLayout>

namespace vigie::gui {

namespace {

const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

QJsonValue valueAt(const QJsonObject &root, const QString &key)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0)
        return root.value(key);
    return root.value(key.left(dot)).toObject().value(key.mid(dot + 1));
}

// Sets (or removes, when `list` is empty) a one- or two-level key; an
// emptied group object is removed too.
void setListAt(QJsonObject &root, const QString &key, const QStringList &list)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0) {
        if (list.isEmpty())
            root.remove(key);
        else
            root.insert(key, QJsonArray::fromStringList(list));
        return;
    }
    const QString group = key.left(dot);
    QJsonObject g = root.value(group).toObject();
    if (list.isEmpty())
        g.remove(key.mid(dot + 1));
    else
        g.insert(key.mid(dot + 1), QJsonArray::fromStringList(list));
    if (g.isEmpty())
        root.remove(group);
    else
        root.insert(group, g);
}

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList lines = edit->toPlainText().split(u'\n');
    for (const QString &l : lines) {
        const QString t = l.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << (e.isString() ? e.toString()
                             : QString::fromUtf8(
                                   QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)));
    return out;
}

struct ListField
{
    const char *key;
    const char *tab; // accounts | network | actors | apps
    const char *label;
};

// Labels are translated in buildListEditors (tr() of the class context).
const ListField kListFields[] = {
    {"privilegedAccounts", "accounts",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "&Privileged accounts:")},
    {"vipAccounts", "accounts",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "&VIP accounts:")},
    {"privilegedGroups", "accounts",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "Privileged &groups:")},
    {"approvedCountries", "network",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "Approved &countries:")},
    {"approvedCidrs", "network",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "Approved &IP ranges (CIDR):")},
    {"approvedCities", "network",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "Approved c&ities:")},
    {"approvedDevices.browsers", "network",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "Approved &browsers:")},
    {"approvedDevices.operatingSystems", "network",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "Approved &operating systems:")},
    {"approvedActors.accountAdmins", "actors",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "&Account administrators:")},
    {"approvedActors.conditionalAccess", "actors",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "&Conditional Access:")},
    {"approvedActors.customPolicies", "actors",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "Custom &policies:")},
    {"approvedActors.userFlows", "actors",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "&User flows:")},
    {"approvedActors.apiConnectors", "actors",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "API co&nnectors:")},
    {"approvedActors.identityProviders", "actors",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "&Identity providers:")},
    {"approvedActors.appCredentials", "actors",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "App c&redentials:")},
    {"approvedActors.appOwners", "actors",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "App &owners:")},
    {"approvedActors.consentAdmins", "actors",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "Consent a&dministrators:")},
    {"approvedApps.ropc", "apps",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "&ROPC apps:")},
    {"b2cSignInApps", "apps",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "B2C &sign-in apps:")},
    {"ownedDomains", "apps",
     QT_TRANSLATE_NOOP("vigie::gui::CustomerSettingsDialog", "Owned &domains:")},
};

constexpr int kApprovalDays = 30;

// The form label of a list ("Consent a&dministrators:" -> "Consent administrators").
QString listLabel(const QString &key)
{
    for (const ListField &f : kListFields) {
        if (key == QLatin1String(f.key)) {
            QString label = CustomerSettingsDialog::tr(f.label);
            label.remove(u'&');
            if (label.endsWith(u':'))
                label.chop(1);
            return label.trimmed();
        }
    }
    return key;
}

} // namespace

void CustomerSettingsDialog::setCustomerName(const QString &name)
{
    // Names, not ids: the id stays at hand in the tooltip.
    m_customerName = name;
    setWindowTitle(tr("Detection settings — %1").arg(name.isEmpty() ? m_customerId : name));
    m_ui->tabs->setToolTip(tr("Tenant id: %1").arg(m_customerId));
    fitTabs();
}

void CustomerSettingsDialog::fitTabs()
{
    // Every tab title visible, no scroll arrows, in both languages.
    m_ui->tabs->setUsesScrollButtons(false);
    const int needed = m_ui->tabs->tabBar()->sizeHint().width() + 48;
    setMinimumWidth(std::max(640, needed));
}

CustomerSettingsDialog::CustomerSettingsDialog(
    StoreWorker &worker, std::shared_ptr<analytics::DetectionService> detection,
    const QString &customerId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CustomerSettingsDialog>()), m_worker(worker),
      m_detection(std::move(detection)), m_customerId(customerId)
{
    m_ui->setupUi(this);
    setCustomerName(QString());
    m_ui->intro->setText(tr("One entry per line. Actor lists accept UPNs, object ids or app "
                            "names; an entry ending with * is a prefix."));
    m_ui->buttons->button(QDialogButtonBox::Save)->setDefault(true);

    m_ui->timeZone->addItems([] {
        QStringList ids;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
            ids << QString::fromUtf8(id);
        return ids;
    }());
    m_ui->timeZone->setEditText(QString());
    m_ui->timeZone->lineEdit()->setPlaceholderText(QStringLiteral("Europe/Paris"));
    m_ui->hoursGroup->setChecked(false);
    m_ui->baselineGroup->setChecked(false);
    buildListEditors();

    auto changed = [this] { formChanged(); };
    connect(m_ui->hoursGroup, &QGroupBox::toggled, this, changed);
    connect(m_ui->timeZone, &QComboBox::currentTextChanged, this, changed);
    for (QCheckBox *box : m_ui->hoursGroup->findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_ui->startTime, &QTimeEdit::timeChanged, this, changed);
    connect(m_ui->endTime, &QTimeEdit::timeChanged, this, changed);
    connect(m_ui->baselineGroup, &QGroupBox::toggled, this, changed);
    for (QSpinBox *spin : {m_ui->baselineWindows, m_ui->percent, m_ui->minVolume})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->jsonEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            jsonEdited();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &CustomerSettingsDialog::save);
    connect(m_ui->approveRecentButton, &QPushButton::clicked, this,
            &CustomerSettingsDialog::approveRecentActors);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export settings"),
                                                          m_customerId + QStringLiteral(".json"),
                                                          tr("JSON (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import settings"), QString(),
                                                          tr("JSON (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });

    m_json = analytics::CustomerSettings::defaults(customerId).toJson();
    setBusy(true);
    m_ui->error->setText(tr("Loading…"));
    const QString id = customerId;
    m_worker.run<Result<analytics::CustomerSettings>>(
        this, [id](store::Database &db) { return analytics::CustomerSettings::load(db, id); },
        [this](Result<analytics::CustomerSettings> r) {
            setBusy(false);
            m_loaded = true;
            if (r)
                setSettingsJson(r->toJson());
            else {
                setSettingsJson(m_json);
                m_error = tr("The stored settings could not be read: %1").arg(r.error().message);
                m_ui->error->setText(m_error);
            }
            Q_EMIT loaded();
        });
}

CustomerSettingsDialog::~CustomerSettingsDialog() = default;

QStringList CustomerSettingsDialog::listKeys()
{
    QStringList keys;
    for (const ListField &f : kListFields)
        keys << QLatin1String(f.key);
    return keys;
}

QPlainTextEdit *CustomerSettingsDialog::listEditor(const QString &key) const
{
    return m_lists.value(key);
}

void CustomerSettingsDialog::buildListEditors()
{
    const QHash<QString, QFormLayout *> forms{
        {QStringLiteral("accounts"), m_ui->accountsForm},
        {QStringLiteral("network"), m_ui->networkForm},
        {QStringLiteral("actors"), m_ui->actorsForm},
        {QStringLiteral("apps"), m_ui->appsForm},
    };
    for (const ListField &f : kListFields) {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        edit->setObjectName(QLatin1String(f.key));
        auto *label = new QLabel(tr(f.label), this);
        label->setBuddy(edit);
        forms.value(QLatin1String(f.tab))->addRow(label, edit);
        m_lists.insert(QLatin1String(f.key), edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_updating)
                formChanged();
        });
    }
}

void CustomerSettingsDialog::addApprovedActor(const QString &listKey, const QString &actor)
{
    m_json = analytics::FindingStore::withApprovedActor(m_json, listKey, actor);
    m_jsonSyntaxError.clear();
    refreshForm();
    refreshJsonText();
    validate();
}

void CustomerSettingsDialog::approveRecentActors()
{
    if (!m_loaded || m_chooser)
        return;
    m_ui->approveRecentButton->setEnabled(false);
    const QString id = m_customerId;
    using Candidates = Result<QList<analytics::ApprovalCandidate>>;
    m_worker.run<Candidates>(
        this,
        [id, detection = m_detection](store::Database &db) -> Candidates {
            if (!detection)
                return QList<analytics::ApprovalCandidate>();
            auto catalog = detection->catalog();
            if (!catalog)
                return catalog.error();
            return analytics::FindingStore(db).approvalCandidates(
                id, **catalog, SystemClock::instance().now(), kApprovalDays);
        },
        [this](Candidates result) {
            m_ui->approveRecentButton->setEnabled(true);
            if (!result) {
                m_ui->error->setText(tr("The actors of recent findings could not be read: %1")
                                         .arg(result.error().message));
                return;
            }
            auto *chooser = new QDialog(this);
            chooser->setObjectName(QStringLiteral("approveActorsDialog"));
            chooser->setAttribute(Qt::WA_DeleteOnClose);
            chooser->setWindowTitle(
                tr("Approve actors seen in the last %1 days").arg(kApprovalDays));
            auto *layout = new QVBoxLayout(chooser);
            auto *intro = new QLabel(chooser);
            intro->setWordWrap(true);
            layout->addWidget(intro);
            auto *list = new QListWidget(chooser);
            list->setObjectName(QStringLiteral("actorList"));
            layout->addWidget(list);
            auto *buttons =
                new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, chooser);
            buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve ticked actors"));
            layout->addWidget(buttons);
            // Actors already in the lists being edited (not saved yet) are left out.
            for (const analytics::ApprovalCandidate &c : *result) {
                const QJsonObject added =
                    analytics::FindingStore::withApprovedActor(m_json, c.listKey, c.actor);
                if (added == m_json)
                    continue;
                auto *item = new QListWidgetItem(
                    tr("%1 — %2 — rules %3, %n open finding(s), last %4", nullptr,
                       int(c.findingIds.size()))
                        .arg(c.actor, listLabel(c.listKey), c.ruleIds.join(QStringLiteral(", ")),
                             QLocale().toString(c.lastSeen.toLocalTime(), QLocale::ShortFormat)),
                    list);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(Qt::Unchecked);
                item->setData(Qt::UserRole, c.listKey);
                item->setData(Qt::UserRole + 1, c.actor);
            }
            intro->setText(list->count() == 0
                               ? tr("No open finding of the last %1 days names an actor that is "
                                    "not approved yet.")
                                     .arg(kApprovalDays)
                               : tr("Actors of this customer's open findings of the last %1 days "
                                    "that no approved list covers. Tick the ones to approve; "
                                    "Save keeps them.")
                                     .arg(kApprovalDays));
            auto updateOk = [list, buttons] {
                bool any = false;
                for (int i = 0; i < list->count(); ++i)
                    any = any || list->item(i)->checkState() == Qt::Checked;
                buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
            };
            updateOk();
            connect(list, &QListWidget::itemChanged, chooser, updateOk);
            connect(buttons, &QDialogButtonBox::rejected, chooser, &QDialog::reject);
            connect(buttons, &QDialogButtonBox::accepted, chooser, [this, chooser, list] {
                for (int i = 0; i < list->count(); ++i) {
                    const QListWidgetItem *item = list->item(i);
                    if (item->checkState() == Qt::Checked)
                        addApprovedActor(item->data(Qt::UserRole).toString(),
                                         item->data(Qt::UserRole + 1).toString());
                }
                chooser->accept();
            });
            connect(chooser, &QObject::destroyed, this, [this] { m_chooser = nullptr; });
            m_chooser = chooser;
            chooser->resize(560, 360);
            chooser->open();
            Q_EMIT approvalChooserShown();
        });
}

void CustomerSettingsDialog::setBusy(bool busy)
{
    m_ui->tabs->setEnabled(!busy);
    m_ui->importButton->setEnabled(!busy);
    m_ui->exportButton->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!busy && isValid());
}

void CustomerSettingsDialog::setSettingsJson(const QJsonObject &json)
{
    m_json = json;
    m_json.insert(QStringLiteral("customerId"), m_customerId);
    m_jsonSyntaxError.clear();
    refreshForm();
    refreshJsonText();
    validate();
}

QString CustomerSettingsDialog::errorText() const
{
    return m_ui->error->text();
}

void CustomerSettingsDialog::refreshForm()
{
    const bool was = m_updating;
    m_updating = true;
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it) {
        const QString text = stringsOf(valueAt(m_json, it.key())).join(u'\n');
        if (it.value()->toPlainText() != text)
            it.value()->setPlainText(text);
    }
    const QJsonObject wh = m_json.value(u"workingHours").toObject();
    m_ui->hoursGroup->setChecked(!wh.isEmpty());
    m_ui->timeZone->setEditText(wh.value(u"timeZone").toString());
    const QJsonArray days = wh.contains(u"days")
                                ? wh.value(u"days").toArray()
                                : QJsonArray{u"Mon"_qs, u"Tue"_qs, u"Wed"_qs, u"Thu"_qs, u"Fri"_qs};
    for (const char *d : kDays) {
        auto *box =
            m_ui->hoursGroup->findChild<QCheckBox *>(QStringLiteral("day") + QLatin1String(d));
        bool on = false;
        for (const QJsonValue &v : days)
            on = on || v.toString().compare(QLatin1String(d), Qt::CaseInsensitive) == 0;
        box->setChecked(on);
    }
    const QTime start =
        QTime::fromString(wh.value(u"start").toString(u"09:00"_qs), QStringLiteral("HH:mm"));
    const QTime end =
        QTime::fromString(wh.value(u"end").toString(u"18:00"_qs), QStringLiteral("HH:mm"));
    if (start.isValid())
        m_ui->startTime->setTime(start);
    if (end.isValid())
        m_ui->endTime->setTime(end);
    const QJsonObject b = m_json.value(u"baseline").toObject();
    m_ui->baselineGroup->setChecked(!b.isEmpty());
    m_ui->baselineWindows->setValue(b.value(u"baselineWindows").toInt(7));
    m_ui->percent->setValue(b.value(u"percent").toInt(10));
    m_ui->minVolume->setValue(b.value(u"minVolume").toInt(100));
    m_updating = was;
}

void CustomerSettingsDialog::refreshJsonText()
{
    const bool was = m_updating;
    m_updating = true;
    const QString text = QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Indented));
    if (m_ui->jsonEdit->toPlainText() != text)
        m_ui->jsonEdit->setPlainText(text);
    m_updating = was;
}

void CustomerSettingsDialog::formChanged()
{
    if (m_updating)
        return;
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it)
        setListAt(m_json, it.key(), linesOf(it.value()));

    if (m_ui->hoursGroup->isChecked()) {
        QJsonObject wh = m_json.value(u"workingHours").toObject(); // keeps perAccount
        wh.insert(QStringLiteral("timeZone"), m_ui->timeZone->currentText().trimmed());
        QJsonArray days;
        for (const char *d : kDays) {
            auto *box =
                m_ui->hoursGroup->findChild<QCheckBox *>(QStringLiteral("day") + QLatin1String(d));
            if (box->isChecked())
                days.append(QLatin1String(d));
        }
        wh.insert(QStringLiteral("days"), days);
        wh.insert(QStringLiteral("start"),
                  m_ui->startTime->time().toString(QStringLiteral("HH:mm")));
        wh.insert(QStringLiteral("end"), m_ui->endTime->time().toString(QStringLiteral("HH:mm")));
        m_json.insert(QStringLiteral("workingHours"), wh);
    } else {
        m_json.remove(QStringLiteral("workingHours"));
    }
    if (m_ui->baselineGroup->isChecked()) {
        QJsonObject b = m_json.value(u"baseline").toObject();
        b.insert(QStringLiteral("baselineWindows"), m_ui->baselineWindows->value());
        b.insert(QStringLiteral("percent"), m_ui->percent->value());
        b.insert(QStringLiteral("minVolume"), m_ui->minVolume->value());
        m_json.insert(QStringLiteral("baseline"), b);
    } else {
        m_json.remove(QStringLiteral("baseline"));
    }
    m_jsonSyntaxError.clear();
    refreshJsonText();
    validate();
}

void CustomerSettingsDialog::jsonEdited()
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_ui->jsonEdit->toPlainText().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_jsonSyntaxError =
            pe.error != QJsonParseError::NoError
                ? tr("JSON error at character %1: %2").arg(pe.offset).arg(pe.errorString())
                : tr("The settings must be one JSON object.");
        validate();
        return;
    }
    m_jsonSyntaxError.clear();
    m_json = doc.object();
    m_json.insert(QStringLiteral("customerId"), m_customerId);
    refreshForm();
    validate();
}

void CustomerSettingsDialog::validate()
{
    if (!m_jsonSyntaxError.isEmpty()) {
        m_error = m_jsonSyntaxError;
    } else {
        const auto r = analytics::CustomerSettings::fromJson(m_json);
        m_error = r ? QString() : r.error().message;
    }
    m_ui->error->setText(m_error);
    m_ui->buttons->button(QDialogButtonBox::Save)
        ->setEnabled(m_loaded && !m_saving && m_error.isEmpty());
}

bool CustomerSettingsDialog::save()
{
    validate();
    if (!m_loaded || m_saving || !m_error.isEmpty())
        return false;
    auto settings = analytics::CustomerSettings::fromJson(m_json);
    if (!settings)
        return false;
    m_saving = true;
    setBusy(true);
    m_ui->error->setText(tr("Saving…"));
    const analytics::CustomerSettings s = *settings;
    m_worker.run<Status>(
        this,
        [s](store::Database &db) -> Status {
            // Saved and recorded in the activity trail together.
            store::WriteScope scope(db);
            if (!scope.beginStatus())
                return scope.beginStatus();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (Status saved = s.save(db, now); !saved)
                return saved;
            store::ActivityEntry entry;
            entry.atMs = now.toMSecsSinceEpoch();
            entry.actor = actor::current();
            entry.verb = QStringLiteral("settings");
            entry.objectKind = QStringLiteral("customer");
            entry.objectId = s.customerId();
            entry.detail = QJsonObject{{QStringLiteral("customerId"), s.customerId()},
                                       {QStringLiteral("result"), QStringLiteral("done")}};
            if (auto a = store::ActivityLog(db).append(entry); !a)
                return a.error();
            return scope.commit();
        },
        [this](Status st) {
            m_saving = false;
            setBusy(false);
            if (!st) {
                m_error = tr("The settings could not be saved: %1").arg(st.error().message);
                m_ui->error->setText(m_error);
                Q_EMIT saveFailed(m_error);
                return;
            }
            m_ui->error->clear();
            Q_EMIT saved(m_customerId);
            accept();
        });
    return true;
}

bool CustomerSettingsDialog::exportTo(const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(m_json).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        m_ui->error->setText(tr("Could not write %1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

bool CustomerSettingsDialog::importFrom(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_ui->error->setText(tr("Could not read %1: %2").arg(path, f.errorString()));
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 * 1024 * 1024), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_ui->error->setText(tr("%1 is not a settings file (one JSON object).").arg(path));
        return false;
    }
    setSettingsJson(doc.object());
    return true;
}

} // namespace vigie::gui
