#pragma once

#include <QObject>
#include <functional>

class QSocketNotifier;

namespace vigie::app {

// Turns SIGTERM, SIGINT and SIGHUP into a call on the event loop, so `kill`
// or Ctrl+C in the terminal end the dashboard the way File > Quit does
// (window state saved, connections closed, the demo's folder removed).
// A signal handler may only write to a pipe; the notifier does the rest.
class QuitOnSignal : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(std::function<void()> quit, QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    void onSignal();

    std::function<void()> m_quit;
    QSocketNotifier *m_notifier = nullptr;
    bool m_quitting = false;
};

} // namespace vigie::app
