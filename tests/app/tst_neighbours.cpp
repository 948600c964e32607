#include "sqlvalue.h"
#include "store/cache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace vigie;

namespace {

const QString kVigie = QStringLiteral(VIGIE_BINARY_DIR "/src/app/vigie");

// Where each descriptor of a running process points, as readlink() on
// /proc/PID/fd gives it: an unlinked file ends in " (deleted)".
QStringList descriptorTargets(qint64 pid)
{
    QStringList targets;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &name :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char buf[4096];
        const QByteArray link = QFile::encodeName(fds.filePath(name));
        const ssize_t n = ::readlink(link.constData(), buf, sizeof buf - 1);
        if (n > 0)
            targets << QFile::decodeName(QByteArray(buf, int(n)));
    }
    return targets;
}

QProcessEnvironment offscreenEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

int runCli(const QStringList &arguments, QByteArray *err = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(offscreenEnvironment());
    p.start(kVigie, arguments);
    if (!p.waitForFinished(60000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

// Many processes, one cache: the dashboard stays open while command-line
// verbs run beside it.
class TestNeighbours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Regression (#18): `vigie alerts` / `vigie detect` beside the open
    // dashboard unlinked the cache's WAL and shared memory, because the
    // dashboard dropped its own POSIX locks each time it opened another
    // connection (a QFile header read on the cache file).
    void cliBesideTheDashboardLeavesItsWalInPlace()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("vigie.sqlite"));
        {
            auto db = store::openCache(cache);
            QVERIFY(db.ok());
        }
        QProcess dashboard;
        dashboard.setProcessEnvironment(offscreenEnvironment());
        dashboard.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        dashboard.start(kVigie, {QStringLiteral("--cache"), cache, QStringLiteral("--lang"),
                                 QStringLiteral("en")});
        QVERIFY(dashboard.waitForStarted());
        const qint64 pid = dashboard.processId();
        const QString wal = cache + QStringLiteral("-wal");
        // The dashboard is up once it holds the WAL and more than one
        // connection (the window's and its store thread's).
        QTRY_VERIFY_WITH_TIMEOUT(descriptorTargets(pid).contains(wal) &&
                                     descriptorTargets(pid).count(cache) >= 2,
                                 30000);
        for (const QString &verb : {QStringLiteral("alerts"), QStringLiteral("detect")}) {
            QByteArray err;
            QCOMPARE(runCli({verb, QStringLiteral("--cache"), cache}, &err), 0);
            const QStringList targets = descriptorTargets(pid);
            for (const QString &t : targets)
                QVERIFY2(!t.endsWith(QStringLiteral(" (deleted)")) || !t.startsWith(cache),
                         qPrintable(verb + QStringLiteral(" left the dashboard with ") + t));
            QVERIFY2(QFile::exists(wal), qPrintable(verb + QStringLiteral(" unlinked the WAL")));
        }
        dashboard.terminate();
        QVERIFY(dashboard.waitForFinished(20000));
        auto db = store::openCache(cache);
        QVERIFY(db.ok());
        QCOMPARE(sqlValue((*db)->queryText("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestNeighbours)
#include "tst_neighbours.moc"
