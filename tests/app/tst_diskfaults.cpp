// The disk says no: a full disk and a read-only cache folder, for real — a
// small tmpfs in a private mount namespace (unshare -rm, no root needed).
// Each gives a clear error, loses nothing, and the next run with space works.

#include "simprocess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::testing;

namespace {

// Runs `script` (sh) with $1 = a mount point, $2 = vigie, $3 = the import
// file, $4 = its customer, in a private mount namespace; the script writes its
// findings under $5. False when namespaces are not available here.
bool runInNamespace(const QString &script, const QStringList &args, QString *why)
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty()) {
        *why = QStringLiteral("no unshare");
        return false;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(unshare, QStringList{QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                                 script, QStringLiteral("sh")} +
                         args);
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        *why = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;
    QString m_customer;

private Q_SLOTS:
    void initTestCase()
    {
        // A customer's sign-ins as the portal exports them (about 30 MB).
        const QString out = m_dir.filePath(QStringLiteral("export"));
        QProcess sim;
        sim.start(kSimBinary,
                  {QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--customers"),
                   QStringLiteral("1"), QStringLiteral("export"), QStringLiteral("--out"), out});
        QVERIFY(sim.waitForFinished(120000));
        QCOMPARE(sim.exitCode(), 0);
        const QStringList customers = QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(customers.size(), 1);
        m_customer = customers.first();
        m_file = QDir(out).filePath(m_customer + QStringLiteral("/signins.jsonl"));
        QVERIFY(QFile::exists(m_file));
    }

    void diskFullIsAClearErrorAndLosesNothing()
    {
        const QString mnt = m_dir.filePath(QStringLiteral("full"));
        const QString res = m_dir.filePath(QStringLiteral("full-results"));
        QDir().mkpath(mnt);
        QDir().mkpath(res);
        const QString script = QStringLiteral(R"(
set -u
mount -t tmpfs -o size=3m tmpfs "$1" || exit 3
"$2" import --cache "$1/c.sqlite" --customer "$4" "$3" >/dev/null 2>"$5/first.err"; echo $? >"$5/first.rc"
"$2" detect --cache "$1/c.sqlite" >/dev/null 2>"$5/check.err"; echo $? >"$5/check.rc"
mount -o remount,size=256m "$1"
"$2" import --cache "$1/c.sqlite" --customer "$4" "$3" >/dev/null 2>"$5/second.err"; echo $? >"$5/second.rc"
)");
        QString why;
        if (!runInNamespace(script, {mnt, kVigieBinary, m_file, m_customer, res}, &why))
            QSKIP(qPrintable(QStringLiteral("no private mount namespace here: ") + why));
        QCOMPARE(readText(res + QStringLiteral("/first.rc")), QStringLiteral("1"));
        const QString err = readText(res + QStringLiteral("/first.err"));
        QVERIFY2(err.contains(QStringLiteral("is full")), qPrintable(err));
        // The cache opens (its quick check passes) and answers after the failure.
        QCOMPARE(readText(res + QStringLiteral("/check.rc")), QStringLiteral("0"));
        // With space, the same import goes through.
        QCOMPARE(readText(res + QStringLiteral("/second.rc")), QStringLiteral("0"));
    }

    void readOnlyCacheFolderIsAClearErrorAtStart()
    {
        const QString mnt = m_dir.filePath(QStringLiteral("ro"));
        const QString res = m_dir.filePath(QStringLiteral("ro-results"));
        QDir().mkpath(mnt);
        QDir().mkpath(res);
        const QString script = QStringLiteral(R"(
set -u
mount -t tmpfs -o size=64m tmpfs "$1" || exit 3
"$2" detect --cache "$1/c.sqlite" >/dev/null 2>&1
mount -o remount,ro "$1"
"$2" import --cache "$1/c.sqlite" --customer "$4" "$3" >/dev/null 2>"$5/import.err"; echo $? >"$5/import.rc"
"$2" import --cache "$1/new/c.sqlite" --customer "$4" "$3" >/dev/null 2>"$5/new.err"; echo $? >"$5/new.rc"
)");
        QString why;
        if (!runInNamespace(script, {mnt, kVigieBinary, m_file, m_customer, res}, &why))
            QSKIP(qPrintable(QStringLiteral("no private mount namespace here: ") + why));
        QCOMPARE(readText(res + QStringLiteral("/import.rc")), QStringLiteral("1"));
        const QString err = readText(res + QStringLiteral("/import.err"));
        QVERIFY2(err.contains(QStringLiteral("cannot be written")), qPrintable(err));
        QCOMPARE(readText(res + QStringLiteral("/new.rc")), QStringLiteral("1"));
        QVERIFY2(!readText(res + QStringLiteral("/new.err")).isEmpty(),
                 qPrintable(readText(res + QStringLiteral("/new.err"))));
    }
};

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
