#include "gui/resolvedialog.h"

#include "core/displaytext.h"
#include "ui_resolvedialog.h"

#include <QLocale>
#include <QMap>
#include <QPushButton>

namespace vigie::gui {

ResolveDialog::ResolveDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResolveDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    const bool backlog = mode == Mode::Backlog;
    m_ui->daysLabel->setVisible(backlog);
    m_ui->days->setVisible(backlog);
    // The backlog is set aside, never judged in bulk as fraud or legitimate.
    const QList<QWidget *> judged{m_ui->legitimate, m_ui->legitimateHelp, m_ui->fraud,
                                  m_ui->fraudHelp,  m_ui->investigating,  m_ui->investigatingHelp};
    for (QWidget *w : judged)
        w->setEnabled(!backlog);
    setResolution(backlog ? sync::Resolution::Ignore : sync::Resolution::Legitimate);
    connect(m_ui->days, &QSpinBox::valueChanged, this, [this](int d) {
        m_loaded = false;
        updateSummary();
        Q_EMIT daysChanged(d);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
}

ResolveDialog::~ResolveDialog() = default;

void ResolveDialog::setAlerts(const QList<store::AlertTarget> &alerts)
{
    m_alerts = alerts;
    m_ids.clear();
    for (const store::AlertTarget &a : alerts)
        m_ids << a.id;
    m_loaded = true;
    updateSummary();
}

void ResolveDialog::setResolution(sync::Resolution resolution)
{
    switch (resolution) {
    case sync::Resolution::Legitimate:
        m_ui->legitimate->setChecked(true);
        break;
    case sync::Resolution::Fraud:
        m_ui->fraud->setChecked(true);
        break;
    case sync::Resolution::Ignore:
        m_ui->ignore->setChecked(true);
        break;
    case sync::Resolution::Investigating:
        m_ui->investigating->setChecked(true);
        break;
    }
}

sync::Resolution ResolveDialog::resolution() const
{
    if (m_ui->fraud->isChecked())
        return sync::Resolution::Fraud;
    if (m_ui->ignore->isChecked())
        return sync::Resolution::Ignore;
    if (m_ui->investigating->isChecked())
        return sync::Resolution::Investigating;
    return sync::Resolution::Legitimate;
}

QString ResolveDialog::note() const
{
    return m_ui->note->toPlainText().trimmed();
}

int ResolveDialog::days() const
{
    return m_ui->days->value();
}

void ResolveDialog::setDays(int days)
{
    m_ui->days->setValue(days);
}

// The count per customer, by company name (the id when the cache has no name).
void ResolveDialog::updateSummary()
{
    QMap<QString, int> perCustomer;
    for (const store::AlertTarget &a : m_alerts)
        ++perCustomer[displayText(a.customerName.isEmpty() ? a.customerId : a.customerName, 60)];
    QStringList lines;
    for (auto it = perCustomer.cbegin(); it != perCustomer.cend(); ++it)
        lines << tr("%1: %n alert(s)", nullptr, it.value()).arg(it.key());
    m_ui->perCustomer->setPlainText(lines.join(u'\n'));
    m_ui->perCustomer->setVisible(m_ids.size() > 1 || m_mode == Mode::Backlog);
    const int n = int(m_ids.size());
    if (!m_loaded)
        m_ui->summary->setText(tr("Reading the alerts…"));
    else if (m_mode == Mode::Backlog)
        m_ui->summary->setText(
            tr("Resolve as Ignore %n active alert(s) detected more than %1 days ago:", nullptr, n)
                .arg(QLocale().toString(days())));
    else if (n == 1)
        m_ui->summary->setText(tr("Resolve \"%1\" of %2.")
                                   .arg(displayText(m_alerts.first().displayName, 80),
                                        displayText(m_alerts.first().customerName.isEmpty()
                                                        ? m_alerts.first().customerId
                                                        : m_alerts.first().customerName,
                                                    60)));
    else
        m_ui->summary->setText(tr("Resolve %n selected alert(s):", nullptr, n));
    if (QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(m_loaded && n > 0);
}

void ResolveDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateSummary();
    }
    QDialog::changeEvent(event);
}

} // namespace vigie::gui
