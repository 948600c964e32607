// `vigie --demo` as a user starts it: the real binary, offscreen. The window
// must be painted before the demo world is built (the world takes seconds;
// the window's first paint has a 1 s target), and the demo, once synced,
// must report its memory. Timing figures are printed, not asserted (the
// benchmark in bench/app/bench_demo.sh takes them on a quiet machine).

#include "simprocess.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::testing;

namespace {

// The `vigie-startup: key=value ...` line of the probe, as a map.
QHash<QString, qint64> startupFigures(const QByteArray &out, QString *event)
{
    QHash<QString, qint64> figures;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith("vigie-startup:"))
            continue;
        static const QRegularExpression pair(QStringLiteral("(\\w+)=(\\S+)"));
        auto it = pair.globalMatch(QString::fromUtf8(line));
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(1) == u"event")
                *event = m.captured(2);
            else
                figures.insert(m.captured(1), m.captured(2).toLongLong());
        }
    }
    return figures;
}

QProcessEnvironment demoEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

class TestDemoStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowIsPaintedBeforeTheDemoWorldIsBuilt()
    {
        QTemporaryDir home;
        QProcessEnvironment env = demoEnvironment(home);
        env.insert(QStringLiteral("VIGIE_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        const ProcessRun run = runVigie(env, {QStringLiteral("--demo")}, 120000);
        QCOMPARE(run.code, 0);
        QString event;
        const QHash<QString, qint64> figures = startupFigures(run.out, &event);
        QCOMPARE(event, QStringLiteral("first-paint"));
        QVERIFY2(figures.value(QStringLiteral("first_paint_ms"), -1) > 0, run.out.constData());
        // -1: the world was not ready yet when the window was first painted.
        QCOMPARE(figures.value(QStringLiteral("demo_ready_ms")), qint64(-1));
        qInfo("first paint %lld ms after process start",
              figures.value(QStringLiteral("first_paint_ms")));
    }

    void loadedDemoReportsItsMemory()
    {
        QTemporaryDir home;
        QProcessEnvironment env = demoEnvironment(home);
        env.insert(QStringLiteral("VIGIE_EXIT_AFTER_DEMO_LOADED"), QStringLiteral("1"));
        const ProcessRun run = runVigie(env, {QStringLiteral("--demo")}, 280000);
        QCOMPARE(run.code, 0);
        QString event;
        const QHash<QString, qint64> f = startupFigures(run.out, &event);
        QCOMPARE(event, QStringLiteral("demo-loaded"));
        // The order of a demo start: painted, then the world ready, then synced.
        QVERIFY(f.value(QStringLiteral("first_paint_ms")) > 0);
        QVERIFY(f.value(QStringLiteral("demo_ready_ms")) >
                f.value(QStringLiteral("first_paint_ms")));
        QVERIFY(f.value(QStringLiteral("demo_synced_ms")) >
                f.value(QStringLiteral("demo_ready_ms")));
        const qint64 peak = f.value(QStringLiteral("peak_rss_kib"));
        QVERIFY(peak >= f.value(QStringLiteral("rss_kib")) && peak > 0);
        qInfo("demo synced after %lld ms; peak RSS %lld MiB",
              f.value(QStringLiteral("demo_synced_ms")), peak / 1024);
    }
};

QTEST_GUILESS_MAIN(TestDemoStartup)
#include "tst_demostartup.moc"
