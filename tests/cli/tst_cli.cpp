#include "cli/cli.h"
#include "cli/exitcode.h"

#include <QProcess>
#include <QTest>

using namespace vigie;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(QStringList args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    cli::Io io{out, err, false};
    args.prepend(QStringLiteral("vigie"));
    r.code = cli::run(args, io);
    return r;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.code, int(cli::Ok));
        QCOMPARE(r.out.trimmed(), QStringLiteral("vigie " VIGIE_VERSION));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown verb") << QStringList{"frobnicate"} << "frobnicate";
        QTest::newRow("unknown global flag") << QStringList{"--bogus"} << "bogus";
        QTest::newRow("unknown verb flag") << QStringList{"alerts", "--colour", "red"} << "colour";
        QTest::newRow("bad format") << QStringList{"alerts", "--format", "xml"} << "xml";
        // The accepted values are named, so the analyst can correct the call.
        QTest::newRow("bad status")
            << QStringList{"alerts", "--status", "bogus"} << "active, investigating, resolved";
        QTest::newRow("bad severity")
            << QStringList{"alerts", "--severity", "urgent"} << "informational, low, medium, high";
        QTest::newRow("missing reason") << QStringList{"resolve", "abc"} << "--reason";
        QTest::newRow("bad reason")
            << QStringList{"resolve", "abc", "--reason", "maybe"} << "maybe";
        QTest::newRow("missing alert id")
            << QStringList{"resolve", "--reason", "fraud"} << "resolve";
        QTest::newRow("suspend without ids")
            << QStringList{"suspend", "--customer", "c"} << "--subscription";
        QTest::newRow("export kind")
            << QStringList{"export", "cats", "--format", "csv", "-o", "x"} << "cats";
        QTest::newRow("bad language") << QStringList{"--lang", "de", "alerts"} << "de";
        QTest::newRow("demo with verb") << QStringList{"alerts", "--demo"} << "--demo";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = runCli(args << QStringLiteral("--lang") << QStringLiteral("en"));
        QCOMPARE(r.code, int(cli::Usage));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage:")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unbuiltVerbsSaySoAndFail()
    {
        const Run r = runCli({QStringLiteral("report"), QStringLiteral("--customer"),
                              QStringLiteral("c"), QStringLiteral("-o"), QStringLiteral("x.pdf"),
                              QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, int(cli::Failure));
        QVERIFY2(r.err.contains(QStringLiteral("not available")), qPrintable(r.err));
    }

    void helpIsLocalized()
    {
        const Run en =
            runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        const Run fr =
            runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(en.code, int(cli::Ok));
        QCOMPARE(fr.code, int(cli::Ok));
        QVERIFY(en.out != fr.out);
        QVERIFY2(en.out.contains(QStringLiteral("Commands:")), qPrintable(en.out));
        QVERIFY2(fr.out.contains(QStringLiteral("Commandes")), qPrintable(fr.out));
        for (const char *verb : {"login", "logout", "sync", "alerts", "resolve", "suspend", "push",
                                 "import", "detect", "export", "report"})
            QVERIFY2(en.out.contains(QLatin1String(verb)), verb);
    }

    void verbHelpListsItsOptions()
    {
        const Run r = runCli({QStringLiteral("alerts"), QStringLiteral("--help"),
                              QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.code, int(cli::Ok));
        QVERIFY(r.out.contains(QStringLiteral("--severity")));
        QVERIFY(r.out.contains(QStringLiteral("--format")));
    }

    // The real binary answers verbs without any display or platform plugin.
    void binaryWorksWithoutDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"),
                   QStringLiteral("xcb")); // would fail if a GUI started
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VIGIE_BINARY_DIR "/src/app/vigie"), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                 QStringLiteral("vigie " VIGIE_VERSION));

        p.start(QStringLiteral(VIGIE_BINARY_DIR "/src/app/vigie"), {QStringLiteral("nope")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
