#pragma once

#include "store/checklist.h"

#include <QDialog>
#include <memory>

class QListWidget;

namespace Ui {
class ChecklistDialog;
}

namespace vigie::gui {

// The response checklist of one customer (core/responsechecklist.h): each
// step ticked or not, with who ticked it and when. Ticking asks the owner to
// store it (tickChanged); the dialog shows what it is given.
class ChecklistDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChecklistDialog(QWidget *parent = nullptr);
    ~ChecklistDialog() override;

    void setCustomer(const QString &customerId, const QString &customerName);
    QString customerId() const { return m_customerId; }
    void setTicks(const QList<store::ChecklistTick> &ticks);
    QListWidget *list() const;
    int doneCount() const;

signals:
    void tickChanged(const QString &customerId, const QString &itemKey, bool done);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void updateProgress();

    std::unique_ptr<Ui::ChecklistDialog> m_ui;
    QString m_customerId;
    QString m_customerName;
    QList<store::ChecklistTick> m_ticks;
    bool m_filling = false;
};

} // namespace vigie::gui
