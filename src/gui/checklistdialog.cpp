#include "gui/checklistdialog.h"

#include "core/displaytext.h"
#include "core/responsechecklist.h"
#include "ui_checklistdialog.h"

#include <QDateTime>
#include <QLocale>

namespace vigie::gui {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

ChecklistDialog::ChecklistDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChecklistDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->items, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        Q_EMIT tickChanged(m_customerId, item->data(KeyRole).toString(),
                           item->checkState() == Qt::Checked);
        updateProgress();
    });
    fill();
}

ChecklistDialog::~ChecklistDialog() = default;

void ChecklistDialog::setCustomer(const QString &customerId, const QString &customerName)
{
    m_customerId = customerId;
    m_customerName = customerName;
    m_ticks.clear();
    fill();
}

void ChecklistDialog::setTicks(const QList<store::ChecklistTick> &ticks)
{
    m_ticks = ticks;
    fill();
}

QListWidget *ChecklistDialog::list() const
{
    return m_ui->items;
}

int ChecklistDialog::doneCount() const
{
    int n = 0;
    for (int i = 0; i < m_ui->items->count(); ++i)
        n += m_ui->items->item(i)->checkState() == Qt::Checked ? 1 : 0;
    return n;
}

void ChecklistDialog::fill()
{
    m_filling = true;
    const QString name = displayText(m_customerName.isEmpty() ? m_customerId : m_customerName, 80);
    setWindowTitle(tr("Response checklist: %1").arg(name));
    m_ui->heading->setText(tr("After a compromise of %1, work through these steps. Ticks are kept "
                              "in Vigie and appear in the case report.")
                               .arg(name));
    const int current = m_ui->items->currentRow();
    m_ui->items->clear();
    for (const ChecklistItem &item : responseChecklistItems()) {
        auto *row = new QListWidgetItem(item.label, m_ui->items);
        row->setData(KeyRole, item.key);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
        for (const store::ChecklistTick &t : m_ticks) {
            if (t.itemKey != item.key)
                continue;
            row->setCheckState(t.done ? Qt::Checked : Qt::Unchecked);
            if (t.atMs > 0)
                row->setToolTip((t.done ? tr("Ticked by %1 on %2") : tr("Unticked by %1 on %2"))
                                    .arg(displayText(t.by, 60),
                                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.atMs),
                                                            QLocale::ShortFormat)));
        }
    }
    if (current >= 0 && current < m_ui->items->count())
        m_ui->items->setCurrentRow(current);
    else if (m_ui->items->count() > 0)
        m_ui->items->setCurrentRow(0);
    m_filling = false;
    updateProgress();
}

void ChecklistDialog::updateProgress()
{
    m_ui->progress->setText(
        tr("%1 of %n step(s) done", nullptr, m_ui->items->count()).arg(doneCount()));
}

void ChecklistDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace vigie::gui
