#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <memory>

class QDialog;
class QPlainTextEdit;

namespace Ui {
class CustomerSettingsDialog;
}

namespace vigie::analytics {
class DetectionService;
}

namespace vigie::gui {

class StoreWorker;

// Edits one customer's detection settings (detections.md §2). The form
// tabs and the "Advanced (JSON)" tab show the same JSON object and are kept
// in sync; every change is validated by CustomerSettings::fromJson and its
// error shown inline. Load and Save go through the StoreWorker.
class CustomerSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Loads the customer's settings (defaults when none are stored).
    // `detection` gives the rules "approve recent actors" reads.
    CustomerSettingsDialog(StoreWorker &worker,
                           std::shared_ptr<analytics::DetectionService> detection,
                           const QString &customerId, QWidget *parent = nullptr);
    ~CustomerSettingsDialog() override;

    QString customerId() const { return m_customerId; }
    // The customer's company name, shown in the title (the id in a tooltip).
    void setCustomerName(const QString &name);
    bool isLoaded() const { return m_loaded; }
    // The settings being edited (may be invalid; see errorText()).
    QJsonObject settingsJson() const { return m_json; }
    // Replaces everything (customerId is forced to this dialog's customer).
    void setSettingsJson(const QJsonObject &json);
    // Empty when the settings are valid.
    QString errorText() const;
    bool isValid() const { return m_error.isEmpty(); }

    // The settings keys edited as "one entry per line" lists ("vipAccounts",
    // "approvedActors.appOwners", ...).
    static QStringList listKeys();
    QPlainTextEdit *listEditor(const QString &key) const;

    // File round-trip (the buttons ask for the path with QFileDialog).
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);

    // Adds `actor` to the list `listKey` ("approvedActors.userFlows") of the
    // settings being edited (Save writes it).
    void addApprovedActor(const QString &listKey, const QString &actor);
    // The chooser opened by approveRecentActors(), while it is open.
    QDialog *approvalChooser() const { return m_chooser; }

public Q_SLOTS:
    // Validates and writes through the StoreWorker; false (nothing written)
    // when the settings are invalid. The dialog accepts once written.
    bool save();
    // "Approve actors seen in the last 30 days" (detections.md §2): loads the
    // actors of this customer's open findings of rules with an approved-actor
    // list that no list covers yet, and opens a chooser; the ticked ones are
    // added to the lists being edited.
    void approveRecentActors();

Q_SIGNALS:
    void loaded();
    void saved(const QString &customerId);
    void saveFailed(const QString &message);
    // The chooser is open (its list filled).
    void approvalChooserShown();

private:
    void fitTabs();
    void buildListEditors();
    void formChanged();
    void jsonEdited();
    void refreshForm();
    void refreshJsonText();
    void validate();
    void setBusy(bool busy);

    std::unique_ptr<Ui::CustomerSettingsDialog> m_ui;
    StoreWorker &m_worker;
    std::shared_ptr<analytics::DetectionService> m_detection;
    QString m_customerName;
    QString m_customerId;
    QJsonObject m_json;
    QString m_error;
    QString m_jsonSyntaxError;
    QHash<QString, QPlainTextEdit *> m_lists;
    bool m_loaded = false;
    bool m_updating = false;
    bool m_saving = false;
    QDialog *m_chooser = nullptr;
};

} // namespace vigie::gui
