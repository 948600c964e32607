#include "app/startupprobe.h"

#include "gui/logging.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>
#include <ctime>
#include <unistd.h>

namespace vigie::app {

namespace {

// How long the demo must stay synced before its memory is read: the pages
// reload what the sync wrote (queued, on the store thread) and settle.
constexpr int kIdleAfterSyncMs = 3000;

QElapsedTimer &fallbackClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
}

qint64 statusField(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

qint64 StartupProbe::msSinceProcessStart()
{
    // Field 22 of /proc/self/stat: start time in clock ticks since boot; the
    // command name (field 2) may hold spaces, so count from its ')'.
    QFile f(QStringLiteral("/proc/self/stat"));
    timespec boot{};
    if (f.open(QIODevice::ReadOnly) && clock_gettime(CLOCK_BOOTTIME, &boot) == 0) {
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        bool ok = false;
        const qint64 ticks = fields.value(19).toLongLong(&ok); // field 22
        const long hz = sysconf(_SC_CLK_TCK);
        if (ok && hz > 0) {
            const qint64 nowMs = qint64(boot.tv_sec) * 1000 + boot.tv_nsec / 1000000;
            return nowMs - ticks * 1000 / hz;
        }
    }
    return fallbackClock().elapsed();
}

qint64 StartupProbe::residentKiB()
{
    return statusField("VmRSS:");
}

qint64 StartupProbe::peakResidentKiB()
{
    return statusField("VmHWM:");
}

StartupProbe::StartupProbe(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window),
      m_exitAfterPaint(qEnvironmentVariableIntValue("VIGIE_EXIT_AFTER_FIRST_PAINT") == 1),
      m_exitAfterDemo(qEnvironmentVariableIntValue("VIGIE_EXIT_AFTER_DEMO_LOADED") == 1)
{
    fallbackClock();
    // Paint events reach the window and each child: watch them all, keep
    // the first one that belongs to the main window.
    qApp->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_firstPaintMs < 0 && watched->isWidgetType() &&
        m_window && static_cast<QWidget *>(watched)->window() == m_window) {
        m_firstPaintMs = 0; // once
        qApp->removeEventFilter(this);
        // The frame is flushed to the screen after every widget of it painted:
        // measured once control is back in the event loop.
        QTimer::singleShot(0, this, &StartupProbe::framePainted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::framePainted()
{
    m_firstPaintMs = msSinceProcessStart();
    qCInfo(lcGui) << "first paint" << m_firstPaintMs << "ms after process start;"
                  << residentKiB() / 1024 << "MiB resident";
    if (m_exitAfterPaint) {
        report("first-paint");
        QApplication::closeAllWindows();
        QApplication::exit(0);
    }
}

void StartupProbe::demoReady()
{
    if (m_demoReadyMs < 0)
        m_demoReadyMs = msSinceProcessStart();
}

void StartupProbe::demoSynced()
{
    if (m_demoSyncedMs >= 0)
        return;
    m_demoSyncedMs = msSinceProcessStart();
    qCInfo(lcGui) << "demo synced" << m_demoSyncedMs << "ms after process start;"
                  << residentKiB() / 1024 << "MiB resident," << peakResidentKiB() / 1024
                  << "MiB peak";
    if (m_exitAfterDemo)
        QTimer::singleShot(kIdleAfterSyncMs, this, [this] {
            report("demo-loaded");
            QApplication::closeAllWindows();
            QApplication::exit(0);
        });
}

void StartupProbe::report(const char *what)
{
    QTextStream out(stdout);
    out << "vigie-startup: event=" << what << " first_paint_ms=" << m_firstPaintMs
        << " demo_ready_ms=" << m_demoReadyMs << " demo_synced_ms=" << m_demoSyncedMs
        << " rss_kib=" << residentKiB() << " peak_rss_kib=" << peakResidentKiB() << Qt::endl;
}

} // namespace vigie::app
