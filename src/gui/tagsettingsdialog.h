#pragma once

#include <QDialog>
#include <QJsonObject>
#include <memory>

namespace Ui {
class TagSettingsDialog;
}

namespace vigie::gui {

class StoreWorker;

// Detection settings shared by every customer of a tag (detections.md §2
// keys), edited as JSON and validated as customer settings before Save. A
// customer's own settings still win, key by key (analytics::TagSettings).
// Load and save go through the StoreWorker; a save is recorded in the
// activity trail.
class TagSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    TagSettingsDialog(StoreWorker &worker, const QString &tag, QWidget *parent = nullptr);
    ~TagSettingsDialog() override;

    QString tag() const { return m_tag; }
    bool isLoaded() const { return m_loaded; }
    void setJsonText(const QString &text);
    QString errorText() const;

public Q_SLOTS:
    // False (nothing written) while the JSON is invalid.
    bool save();

Q_SIGNALS:
    void loaded();
    void saved(const QString &tag);

private:
    void validate();

    std::unique_ptr<Ui::TagSettingsDialog> m_ui;
    StoreWorker &m_worker;
    QString m_tag;
    QJsonObject m_json;
    QString m_error;
    bool m_loaded = false;
    bool m_saving = false;
};

} // namespace vigie::gui
