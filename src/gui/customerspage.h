#pragma once

#include "gui/customersmodel.h"

#include <QWidget>
#include <memory>

class QDialog;
class QSettings;

namespace Ui {
class CustomersPage;
}

namespace vigie::gui {

class StoreWorker;

// The Customers page (Ctrl+3): every customer with what needs attention and
// how complete its data is; tags set on one or many customers filter this
// page and the alerts queue, and carry detection settings shared by the tag.
// Reads through the store worker; column layout kept in the settings.
class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    // `settings` (may be null) keeps the column layout.
    CustomersPage(StoreWorker &worker, QSettings *settings, QWidget *parent = nullptr);
    ~CustomersPage() override;

    // Reads every customer again (after a sync, a tag change).
    void reload();
    CustomersModel *model() const { return m_model; }
    CustomersFilter *filter() const { return m_filter; }
    void setTagFilter(const QString &tag);
    QStringList selectedCustomerIds() const;
    // Adds and removes tags on the customers (through the store worker,
    // recorded in the activity trail), then reloads.
    void changeTags(const QStringList &customerIds, const QStringList &add,
                    const QStringList &remove);
    // Opens the tags dialog on the selection (T).
    void editTags();
    // Opens the detection settings of the tag chosen in the filter.
    void editTagSettings();
    void setNow(const QDateTime &now);

Q_SIGNALS:
    // Enter / double-click / Open on a customer.
    void customerActivated(const QString &customerId);
    // "Alerts of the tag": the queue filtered to the tag's customers.
    void tagAlertsRequested(const QString &tag);
    void loaded(int total, int shown);
    void tagsChanged();
    // The tags dialog or tag settings dialog is open (tests drive it).
    void dialogShown(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTags(const QStringList &tags);
    void updateCount();
    void updateButtons();
    void saveLayout();
    void fitHeaders();
    void activateCurrent();

    std::unique_ptr<Ui::CustomersPage> m_ui;
    StoreWorker &m_worker;
    QSettings *m_settings;
    CustomersModel *m_model;
    CustomersFilter *m_filter;
    QStringList m_knownTags;
    bool m_layoutRestored = false;
};

} // namespace vigie::gui
