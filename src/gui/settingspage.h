#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>
#include <memory>

class QSettings;

namespace Ui {
class SettingsPage;
}

namespace vigie::gui {

class StoreWorker;

// The Settings page (Ctrl+7): Microsoft endpoints, app registration and
// token store; what and how often to sync; language and notifications;
// default working hours for detections; the cache file, its size and
// "Compact now". Apply validates everything first (a bad URL, plain http to
// a host other than this computer are refused with the reason), then writes
// the settings file (keys in settingskeys.h, read by src/app) and records
// each change in the activity trail. What the running window can take is
// applied at once (signals below); the rest says it needs a restart.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    // `worker` (may be null: no cache) stores the detection defaults, the
    // activity trail, and compacts the cache.
    SettingsPage(QSettings &settings, StoreWorker *worker, const QString &cachePath,
                 QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Why `text` cannot be an endpoint (translated), or empty when it can
    // (empty text: the default endpoint).
    static QString urlProblem(const QString &text);

    // Fills the form from the settings file (and the cache's detection defaults).
    void load();
    // The language the application runs in (a command-line --lang wins over
    // the settings file): the Language combo shows it, and choosing another
    // one is what counts as a change.
    void setLanguageInUse(const QString &language);
    // Validates; on success writes, records and applies. False: nothing written,
    // errorText() says why.
    bool apply();
    QString errorText() const { return m_error; }
    // What the last apply changed that needs a restart (labels, translated).
    QStringList restartNeeded() const { return m_restart; }
    // Rebuilds the cache without its free pages, off the GUI thread.
    void compactNow();
    bool isCompacting() const { return m_compacting; }

Q_SIGNALS:
    void languageChosen(const QString &language);
    void syncIntervalChanged(int minutes);
    // Keys written by an apply (the settings file's, and "detection/workingHours").
    void applied(const QStringList &keys);
    void cacheSizeKnown(qint64 bytes);
    void compacted(qint64 beforeBytes, qint64 afterBytes);
    void compactFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void refreshCacheSize();
    QJsonObject workingHoursFromForm() const;
    void showWorkingHours(const QJsonObject &hours);
    void showEnvironmentOverrides();
    QString languageShown() const;

    std::unique_ptr<Ui::SettingsPage> m_ui;
    QSettings &m_settings;
    StoreWorker *m_worker;
    QString m_cachePath;
    QJsonObject m_storedHours; // detection defaults' workingHours as loaded
    QString m_error;
    QString m_languageInUse; // empty: the settings file's language
    QStringList m_restart;
    bool m_compacting = false;
};

} // namespace vigie::gui
