#pragma once

#include "store/changeprobe.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QIcon;
class QSettings;
class QSystemTrayIcon;

namespace vigie::gui {

class StoreWorker;

// Desktop notifications for new high and medium alerts and findings,
// whichever process brought them (the window's sync or a `vigie sync` /
// `vigie detect` beside it): the store thread lists what arrived after the
// high-water marks taken when the window opened, so each item is announced
// once. Many items of one sync make one grouped notification ("12 new alerts
// from 5 customers"); clicking it asks the window to open the item (or the
// page). The level (`notifications/level`: all | high | none) is read from
// the settings each time, so a change applies at once.
class Notifier : public QObject
{
    Q_OBJECT
public:
    // What clicking a notification opens.
    struct Target
    {
        enum class Kind
        {
            None,
            Alert,   // `id`: the alert, in the queue
            Finding, // `id`: the finding's row id, on the Detections page
        };
        Kind kind = Kind::None;
        QString id;
    };
    struct Message
    {
        QString title;
        QString body;
        Target target;
        bool isEmpty() const { return title.isEmpty(); }
    };

    // `isShowing(kind)`: true when the analyst is looking at that page in
    // the active window (nothing is announced for it then).
    Notifier(StoreWorker &worker, QSettings &settings,
             std::function<bool(store::NewItem::Kind)> isShowing, QObject *parent = nullptr);
    ~Notifier() override;

    // The tray icon (when the desktop has a tray) with these actions in its
    // menu; activating the icon emits showRequested().
    void showTrayIcon(const QIcon &icon, const QList<QAction *> &menu);
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // Asks the store for what arrived since the last check and announces it;
    // `done` runs afterwards (on this thread), announced or not.
    void check(std::function<void()> done = {});

    // What clicking the last notification does (QSystemTrayIcon::messageClicked).
    void activateLast();
    Target lastTarget() const { return m_last.target; }
    // The last notification composed again in the current language (the
    // status bar re-renders it after a language switch).
    Message recomposeLast() const;

    // The words and the target for `items` at `level` ("all", "high" or
    // "none"), leaving out the kinds `isShowing` says are on screen; empty
    // when there is nothing to say.
    static Message compose(const store::NewItems &items, const QString &level,
                           const std::function<bool(store::NewItem::Kind)> &isShowing);
    static QString level(const QSettings &settings);

Q_SIGNALS:
    void notified(const QString &title, const QString &message);
    void openRequested(const vigie::gui::Notifier::Target &target);
    void showRequested();

private:
    StoreWorker &m_worker;
    QSettings &m_settings;
    std::function<bool(store::NewItem::Kind)> m_isShowing;
    QSystemTrayIcon *m_tray = nullptr;
    Message m_last;
    // What m_last was made of: the items, the level and the pages then on screen.
    store::NewItems m_lastItems;
    QString m_lastLevel;
    bool m_lastAlertsShown = false;
    bool m_lastFindingsShown = false;
    // Read and moved only by jobs on the store thread.
    std::shared_ptr<store::NewItemMarks> m_marks;
};

} // namespace vigie::gui
