#include "gui/tagsettingsdialog.h"

#include "analytics/settings.h"
#include "analytics/tagsettings.h"
#include "core/actor.h"
#include "core/timeutil.h"
#include "gui/storeworker.h"
#include "store/activitylog.h"
#include "store/transaction.h"
#include "ui_tagsettingsdialog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>

namespace vigie::gui {

TagSettingsDialog::TagSettingsDialog(StoreWorker &worker, const QString &tag, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TagSettingsDialog>()), m_worker(worker), m_tag(tag)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Detection settings of the tag \"%1\"").arg(tag));
    m_ui->intro->setText(
        tr("These settings apply to every customer tagged \"%1\". A customer's own settings win "
           "key by key; an empty list leaves the tag's. Same keys as a customer's settings "
           "(approvedCountries, workingHours, thresholds, disabledRules…).")
            .arg(tag));
    m_ui->json->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_ui->error->setText(tr("Loading…"));
    connect(m_ui->json, &QPlainTextEdit::textChanged, this, &TagSettingsDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TagSettingsDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_worker.run<Result<QJsonObject>>(
        this, [tag](store::Database &db) { return analytics::TagSettings::load(db, tag); },
        [this](Result<QJsonObject> r) {
            m_loaded = true;
            m_ui->json->setEnabled(true);
            m_ui->json->setPlainText(QString::fromUtf8(
                QJsonDocument(r ? *r : QJsonObject()).toJson(QJsonDocument::Indented)));
            if (!r)
                m_ui->error->setText(
                    tr("The stored settings could not be read: %1").arg(r.error().message));
            Q_EMIT loaded();
        });
}

TagSettingsDialog::~TagSettingsDialog() = default;

void TagSettingsDialog::setJsonText(const QString &text)
{
    m_ui->json->setPlainText(text);
}

QString TagSettingsDialog::errorText() const
{
    return m_error;
}

void TagSettingsDialog::validate()
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_ui->json->toPlainText().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error =
            pe.error != QJsonParseError::NoError
                ? tr("Not valid JSON at character %1: %2").arg(pe.offset).arg(pe.errorString())
                : tr("The settings are one JSON object.");
    } else {
        m_json = doc.object();
        const auto r = analytics::CustomerSettings::fromJson(m_json);
        m_error = r ? QString() : r.error().message;
    }
    m_ui->error->setText(m_error);
    m_ui->buttons->button(QDialogButtonBox::Save)
        ->setEnabled(m_loaded && !m_saving && m_error.isEmpty());
}

bool TagSettingsDialog::save()
{
    validate();
    if (!m_loaded || m_saving || !m_error.isEmpty())
        return false;
    m_saving = true;
    m_ui->error->setText(tr("Saving…"));
    const QString tag = m_tag;
    const QJsonObject json = m_json;
    const QString actor = actor::current();
    m_worker.run<Status>(
        this,
        [tag, json, actor](store::Database &db) -> Status {
            store::Transaction tx(db);
            if (!tx.isActive())
                return tx.beginStatus();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (Status s = analytics::TagSettings::save(db, tag, json, now); !s)
                return s;
            store::ActivityEntry e;
            e.atMs = now;
            e.actor = actor;
            e.verb = QStringLiteral("tagSettings");
            e.objectKind = QStringLiteral("tag");
            e.objectId = tag;
            e.detail =
                QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(json.keys())}};
            if (auto a = store::ActivityLog(db).append(e); !a)
                return a.error();
            return tx.commit();
        },
        [this](Status s) {
            m_saving = false;
            if (!s) {
                m_error = tr("The settings could not be saved: %1").arg(s.error().message);
                m_ui->error->setText(m_error);
                validate();
                return;
            }
            Q_EMIT saved(m_tag);
            accept();
        });
    return true;
}

} // namespace vigie::gui
