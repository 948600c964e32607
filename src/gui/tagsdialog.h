#pragma once

#include <QDialog>
#include <QStringList>
#include <functional>
#include <memory>

namespace Ui {
class TagsDialog;
}

namespace vigie::gui {

// Adds and removes tags on one or many customers. A tag every selected
// customer has is ticked, one only some have is partly ticked (left as it is
// unless clicked), the suggested ones are always offered, and free text adds a
// new tag.
class TagsDialog : public QDialog
{
    Q_OBJECT
public:
    // `tagsPerCustomer`: the current tags of each selected customer;
    // `known`: every tag in use.
    TagsDialog(const QList<QStringList> &tagsPerCustomer, const QStringList &known,
               QWidget *parent = nullptr);
    ~TagsDialog() override;

    // Ticks (or adds, ticked) `tag`; Qt::Unchecked removes it.
    void setTagState(const QString &tag, Qt::CheckState state);
    Qt::CheckState tagState(const QString &tag) const;
    QStringList toAdd() const;
    QStringList toRemove() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTag(const QString &tag, Qt::CheckState state);
    void retranslate(int customers);

    std::unique_ptr<Ui::TagsDialog> m_ui;
    QList<QStringList> m_before;
    std::function<void()> m_addTag;
};

} // namespace vigie::gui
