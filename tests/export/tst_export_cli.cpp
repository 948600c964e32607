// `vigie export` and `vigie report` run as the user runs them: exit codes of
// the CLI contract, files read back, the PDF read with poppler-utils.

#include "casefixture.h"
#include "store/cache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the verbs need no display at all
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run runVigie(const QStringList &arguments)
{
    return runTool(QStringLiteral(VIGIE_BINARY_DIR "/src/app/vigie"), arguments);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cache;
    CaseFixture m_fx;

    QString out(const QString &name) const { return m_dir.filePath(name); }
    QStringList withCache(QStringList arguments) const
    {
        return arguments << QStringLiteral("--cache") << m_cache;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        auto db = vigie::store::openCache(m_cache);
        QVERIFY(db.ok());
        m_fx.build(**db);
    }

    void exportsEveryDatasetInBothFormats_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<int>("rows");
        QTest::newRow("alerts") << "alerts" << 4;
        QTest::newRow("findings") << "findings" << 3;
        QTest::newRow("spend") << "spend" << 180;
        QTest::newRow("activity") << "activity" << 3;
    }
    void exportsEveryDatasetInBothFormats()
    {
        QFETCH(QString, dataset);
        QFETCH(int, rows);
        const QString json = out(dataset + QStringLiteral(".json"));
        Run r = runVigie(withCache({QStringLiteral("export"), dataset, QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("-o"), json,
                                    QStringLiteral("--lang"), QStringLiteral("en")}));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.isEmpty()); // data goes to the file, the summary to stderr
        QCOMPARE(QJsonDocument::fromJson(readAll(json)).array().size(), rows);
        QVERIFY2(r.err.contains(QByteArray::number(rows)), r.err.constData());

        const QString csv = out(dataset + QStringLiteral(".csv"));
        r = runVigie(withCache({QStringLiteral("export"), dataset, QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--output"), csv,
                                QStringLiteral("--lang"), QStringLiteral("en")}));
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray bytes = readAll(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.left(bytes.indexOf("\r\n")).contains(','));
    }

    void frenchUsesTheFrenchDialect()
    {
        const QString csv = out(QStringLiteral("spend-fr.csv"));
        Run r = runVigie(withCache(
            {QStringLiteral("export"), QStringLiteral("spend"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("-o"), csv, QStringLiteral("--customer"),
             m_fx.customerId, QStringLiteral("--lang"), QStringLiteral("fr")}));
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray bytes = readAll(csv);
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QVERIFY(
            lines.first().startsWith("customerTenantId;customerName;subscriptionId;date;cost;"));
        QVERIFY2(bytes.contains(";412,75;EUR;"), bytes.left(600).constData());
        QCOMPARE(lines.size(), 122); // header + 120 rows + the empty tail
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        const QString f = QStringLiteral("x.csv");
        QTest::newRow("unknown dataset")
            << QStringList{"export", "bogus", "--format", "csv", "-o", f} << 2;
        QTest::newRow("unknown format")
            << QStringList{"export", "alerts", "--format", "xml", "-o", f} << 2;
        QTest::newRow("no output") << QStringList{"export", "alerts", "--format", "csv"} << 2;
        QTest::newRow("no format") << QStringList{"export", "alerts", "-o", f} << 2;
        QTest::newRow("bad status")
            << QStringList{"export", "alerts", "--format", "csv", "-o", f, "--status", "bogus"}
            << 2;
        QTest::newRow("status on spend")
            << QStringList{"export", "spend", "--format", "csv", "-o", f, "--status", "active"}
            << 2;
        QTest::newRow("unwritable target")
            << QStringList{"export", "alerts", "--format", "csv", "-o", "/proc/vigie-x.csv"} << 1;
        QTest::newRow("report without customer") << QStringList{"report", "-o", "x.pdf"} << 2;
        QTest::newRow("report of an unknown customer")
            << QStringList{"report", "--customer", "00000000-0000-4000-8000-000000000001", "-o",
                           "x.pdf"}
            << 1;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        for (QString &a : arguments)
            if (a == u"x.csv" || a == u"x.pdf")
                a = out(a);
        const Run r = runVigie(withCache(arguments));
        QVERIFY2(r.code == code, r.err.constData());
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(out(QStringLiteral("x.csv"))));
        QVERIFY(!QFile::exists(out(QStringLiteral("x.pdf"))));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/vigie-x.csv")));
    }

    void noCacheIsAnError()
    {
        const Run r = runVigie({QStringLiteral("export"), QStringLiteral("alerts"),
                                QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("-o"), out(QStringLiteral("n.csv")),
                                QStringLiteral("--cache"), out(QStringLiteral("none.sqlite"))});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(out(QStringLiteral("n.csv"))));
    }

    void helpIsLocalized()
    {
        const Run en = runVigie({QStringLiteral("export"), QStringLiteral("--help"),
                                 QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(en.code, 0);
        QVERIFY(en.out.contains("alerts|findings|spend|activity"));
        QVERIFY(en.out.contains("Export cached data to a file"));
        const Run fr = runVigie({QStringLiteral("export"), QStringLiteral("--help"),
                                 QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(fr.code, 0);
        QVERIFY2(!fr.out.contains("Export cached data to a file"), fr.out.constData());
        QVERIFY2(fr.out.contains("Alertes seulement"), fr.out.constData());
        const Run report = runVigie({QStringLiteral("report"), QStringLiteral("--help"),
                                     QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(report.code, 0);
        QVERIFY(report.out.contains("--customer"));
    }

    // `vigie alerts --format json` and the JSON export write alerts the same way.
    void alertsJsonIsTheExportsShape()
    {
        const Run list = runVigie(withCache(
            {QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(list.code, 0);
        const QString path = out(QStringLiteral("same.json"));
        QCOMPARE(runVigie(withCache({QStringLiteral("export"), QStringLiteral("alerts"),
                                     QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("-o"), path}))
                     .code,
                 0);
        const QJsonArray a = QJsonDocument::fromJson(list.out).array();
        const QJsonArray b = QJsonDocument::fromJson(readAll(path)).array();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonObject exported = b[i].toObject();
            exported.remove(QStringLiteral("localNotes"));
            QCOMPARE(a[i].toObject(), exported);
        }
    }

    void reportHasTheCustomerAlertsAndCharts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << "en"
                            << "Case report";
        QTest::newRow("fr") << "fr"
                            << "Rapport d";
    }
    void reportHasTheCustomerAlertsAndCharts()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing: install poppler-utils (packaging/debian-build-deps.txt)");
        const QString pdf = out(QStringLiteral("case-%1.pdf").arg(language));
        const Run r = runVigie(
            withCache({QStringLiteral("report"), QStringLiteral("--customer"), m_fx.customerId,
                       QStringLiteral("-o"), pdf, QStringLiteral("--lang"), language}));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        QDir().mkpath(QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts"));
        QFile::remove(
            QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts/case-report-%1.pdf").arg(language));
        QFile::copy(
            pdf,
            QStringLiteral(VIGIE_BINARY_DIR "/test-artifacts/case-report-%1.pdf").arg(language));

        const Run text = runTool(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        const QString t = QString::fromUtf8(text.out);
        QVERIFY2(t.contains(heading), qPrintable(t.left(400)));
        QVERIFY(t.contains(m_fx.companyName));
        QVERIFY(t.contains(m_fx.domain));
        QVERIFY(t.contains(m_fx.resellerName));
        for (const QString &id : m_fx.alertIds)
            QVERIFY2(t.contains(id), qPrintable(id));
        QVERIFY(!t.contains(m_fx.otherAlertId)); // another customer's alert stays out
        QVERIFY(t.contains(m_fx.requestId));     // the action's request id
        QVERIFY(t.contains(u"rappelé"));         // the analyst's note

        const Run images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QCOMPARE(images.code, 0);
        // Two header lines, then one line per image: alerts per day and spend.
        const QList<QByteArray> lines = images.out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 2 + 2, images.out.constData());
    }

    void reportToAnUnwritablePlaceLeavesNothing()
    {
        const Run r = runVigie(
            withCache({QStringLiteral("report"), QStringLiteral("--customer"), m_fx.customerId,
                       QStringLiteral("-o"), QStringLiteral("/proc/vigie-case.pdf")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Cannot write"), r.err.constData());
        QVERIFY(!QFile::exists(QStringLiteral("/proc/vigie-case.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
