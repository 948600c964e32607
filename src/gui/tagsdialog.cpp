#include "gui/tagsdialog.h"

#include "store/customertags.h"
#include "ui_tagsdialog.h"

#include <QKeyEvent>
#include <QPushButton>

namespace vigie::gui {

TagsDialog::TagsDialog(const QList<QStringList> &tagsPerCustomer, const QStringList &known,
                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TagsDialog>()), m_before(tagsPerCustomer)
{
    m_ui->setupUi(this);
    retranslate(int(tagsPerCustomer.size()));
    QStringList all = store::CustomerTagRepository::suggested() + known;
    for (const QStringList &tags : tagsPerCustomer)
        all += tags;
    for (const QString &tag : all) {
        if (!m_ui->tags->findItems(tag, Qt::MatchFixedString).isEmpty())
            continue; // offered once, whatever its case
        int have = 0;
        for (const QStringList &tags : tagsPerCustomer)
            have += tags.contains(tag, Qt::CaseInsensitive) ? 1 : 0;
        addTag(tag, have == 0                             ? Qt::Unchecked
                    : have == int(tagsPerCustomer.size()) ? Qt::Checked
                                                          : Qt::PartiallyChecked);
    }
    m_ui->addButton->setEnabled(false);
    connect(m_ui->newTag, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_ui->addButton->setEnabled(!store::CustomerTagRepository::normalize(t).isEmpty());
    });
    auto add = [this] {
        const QString tag = store::CustomerTagRepository::normalize(m_ui->newTag->text());
        if (tag.isEmpty())
            return;
        setTagState(tag, Qt::Checked);
        m_ui->newTag->clear();
    };
    connect(m_ui->addButton, &QPushButton::clicked, this, add);
    m_addTag = add;
    m_ui->newTag->installEventFilter(this);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->addButton->setAutoDefault(false);
}

TagsDialog::~TagsDialog() = default;

// Enter in the new-tag field adds the tag; it does not also close the dialog.
bool TagsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->newTag && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_addTag();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TagsDialog::retranslate(int customers)
{
    m_ui->intro->setText(tr("Tick the tags of the %n selected customer(s). A partly ticked tag is "
                            "on some of them and stays as it is.",
                            nullptr, customers));
}

void TagsDialog::addTag(const QString &tag, Qt::CheckState state)
{
    auto *item = new QListWidgetItem(tag, m_ui->tags);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (state == Qt::PartiallyChecked)
        flags |= Qt::ItemIsUserTristate;
    item->setFlags(flags);
    item->setCheckState(state);
}

void TagsDialog::setTagState(const QString &tag, Qt::CheckState state)
{
    const QList<QListWidgetItem *> found = m_ui->tags->findItems(tag, Qt::MatchFixedString);
    if (found.isEmpty())
        addTag(tag, state);
    else
        found.first()->setCheckState(state);
}

Qt::CheckState TagsDialog::tagState(const QString &tag) const
{
    const QList<QListWidgetItem *> found = m_ui->tags->findItems(tag, Qt::MatchFixedString);
    return found.isEmpty() ? Qt::Unchecked : found.first()->checkState();
}

QStringList TagsDialog::toAdd() const
{
    QStringList out;
    for (int i = 0; i < m_ui->tags->count(); ++i) {
        const QListWidgetItem *item = m_ui->tags->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        for (const QStringList &tags : m_before) {
            if (!tags.contains(item->text(), Qt::CaseInsensitive)) {
                out << item->text();
                break;
            }
        }
    }
    return out;
}

QStringList TagsDialog::toRemove() const
{
    QStringList out;
    for (int i = 0; i < m_ui->tags->count(); ++i) {
        const QListWidgetItem *item = m_ui->tags->item(i);
        if (item->checkState() != Qt::Unchecked)
            continue;
        for (const QStringList &tags : m_before) {
            if (tags.contains(item->text(), Qt::CaseInsensitive)) {
                out << item->text();
                break;
            }
        }
    }
    return out;
}

} // namespace vigie::gui
