#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace vigie::app {

// Measures the dashboard's start: the time from process start to the first
// painted frame of the main window, and (for the demo) the time until the
// demo world is synced plus the memory it then holds. Always logged once;
// two opt-in variables turn it into a benchmark hook (tools/bench-demo.sh):
//   VIGIE_EXIT_AFTER_FIRST_PAINT=1  print the figures at the first paint, quit
//   VIGIE_EXIT_AFTER_DEMO_LOADED=1  print them once the demo is synced and
//                                   idle, quit
// Each printed line is `vigie-startup: key=value ...` on stdout.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    explicit StartupProbe(QWidget *window, QObject *parent = nullptr);

    // The demo world is built and signed in (its first sync starts).
    void demoReady();
    // The demo's first sync finished: the demo is fully loaded.
    void demoSynced();

    // Milliseconds since the process started (/proc, 10 ms granularity),
    // or since the probe's first use where /proc is absent.
    static qint64 msSinceProcessStart();
    // VmRSS and VmHWM of this process, in KiB (0 when unknown).
    static qint64 residentKiB();
    static qint64 peakResidentKiB();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void framePainted();
    void report(const char *what);

    QPointer<QWidget> m_window;
    qint64 m_firstPaintMs = -1;
    qint64 m_demoReadyMs = -1;
    qint64 m_demoSyncedMs = -1;
    bool m_exitAfterPaint = false;
    bool m_exitAfterDemo = false;
};

} // namespace vigie::app
