// `vigie import` end to end through cli::run: output per file, exit codes,
// detection run afterwards.
#include "cli/cli.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace vigie;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    cli::Io io{out, err, false};
    r.code = cli::run(QStringList{QStringLiteral("vigie")} + args, io);
    out.flush();
    err.flush();
    return r;
}

QString dataFile(const char *name)
{
    return QStringLiteral(VIGIE_TEST_DATA "/data/") + QLatin1String(name);
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsAndReports()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("c.sqlite"));
        Run r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--cache"),
                        cache, QStringLiteral("import"), dataFile("portal_signins.csv"),
                        dataFile("graph_signins.json"), QStringLiteral("--customer"),
                        QStringLiteral("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Entra portal CSV (sign-ins)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("taken 3 (sign-ins 3, audits 0), duplicates 0, "
                                             "rejected 1")));
        QVERIFY(r.out.contains(QLatin1String("record 3 (line 4): 6 values for 57 columns")));
        QVERIFY(r.out.contains(QLatin1String("Graph JSON")));
        QVERIFY(r.out.contains(QLatin1String("duplicates 1"))); // same sign-in in both files
        QVERIFY(r.out.contains(QLatin1String("Detections for")));
        QVERIFY(r.err.contains(QLatin1String("100% read")));

        // One good file, one refused: exit 1, the good one still imported.
        Run bad = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--cache"),
                          cache, QStringLiteral("import"), dataFile("localized_audits.csv"),
                          dataFile("azure_monitor.json")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QLatin1String("English")));
        QVERIFY(bad.out.contains(QLatin1String("Azure Monitor")));

        Run missing = runCli({QStringLiteral("--cache"), cache, QStringLiteral("import"),
                              dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(missing.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
