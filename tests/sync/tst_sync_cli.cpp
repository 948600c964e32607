// `vigie sync` exit codes (0 ok, 3 no tokens, 4 partial) and `vigie alerts
// --format json|csv|table` from the cache, against the in-process simulator.

#include "simharness.h"

#include <QJsonArray>
#include <QProcess>

using namespace vigie;
using namespace vigie::synctest;

namespace {
const QString kVigie = QStringLiteral(VIGIE_BINARY_DIR "/src/app/vigie");
}

class TestSyncCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Server> m_server;
    QTemporaryDir m_dir;
    QString m_cache;

    QProcessEnvironment env(const QString &configHome) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *v :
             {"VIGIE_LOGIN_URL", "VIGIE_GRAPH_URL", "VIGIE_PARTNER_CENTER_URL", "VIGIE_ARM_URL"})
            e.insert(QString::fromLatin1(v), m_server->baseUrl());
        e.insert(QStringLiteral("VIGIE_CLIENT_ID"), simEndpoints(m_server->baseUrl()).clientId);
        e.insert(QStringLiteral("VIGIE_TOKEN_STORE"), QStringLiteral("file"));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        e.insert(QStringLiteral("VIGIE_SYNC_LOG_BUDGET"), QStringLiteral("0"));
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        return e;
    }

    // Runs vigie without blocking the event loop (the simulator lives in it).
    int run(const QStringList &args, const QString &configHome, QByteArray *out = nullptr,
            QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(env(configHome));
        p.start(kVigie, args);
        if (!p.waitForStarted())
            return -2;
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    QString config() const
    {
        return QProcessEnvironment::systemEnvironment().value("XDG_CONFIG_HOME");
    }
    QStringList sync() const
    {
        return {QStringLiteral("sync"), QStringLiteral("--cache"), m_cache,
                QStringLiteral("--days"), QStringLiteral("95")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kVigie));
        QVERIFY(m_dir.isValid());
        sim::WorldConfig wc;
        wc.seed = 5;
        wc.customers = 3;
        wc.signInsPerTenant = 200;
        wc.scenarioCustomers = 0;
        sim::SimOptions so;
        so.throttle = false;
        so.deviceInterval = 1;
        so.autoApproveAfterPolls = 1;
        m_server = std::make_unique<sim::Server>(wc, so);
        QVERIFY(m_server->listen(0) > 0);
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        QString why;
        // Our own process shares XDG_CONFIG_HOME with the children.
        QVERIFY2(signIn(m_server->baseUrl(), &why), qPrintable(why));
    }

    void noTokensExit3()
    {
        QByteArray err;
        const QString empty = m_dir.filePath(QStringLiteral("empty-config"));
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--cache"),
                      m_dir.filePath(QStringLiteral("other.sqlite"))},
                     empty, nullptr, &err),
                 3);
        QVERIFY2(err.contains("vigie login"), err.constData());
        // Nobody ever signed in here: "run vigie login", not "again" (#21).
        QVERIFY2(!err.contains("again"), err.constData());
    }

    void okExit0()
    {
        QByteArray err;
        const int code = run(sync(), config(), nullptr, &err);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(err.contains("0 failed"), err.constData());
    }

    void partialExit4()
    {
        sim::Fault f;
        f.kind = QStringLiteral("forbidden");
        f.pathPrefix = QStringLiteral("/v1.0/auditLogs/directoryAudits");
        f.count = -1;
        m_server->addFault(f);
        QByteArray err;
        const int code = run(sync(), config(), nullptr, &err);
        m_server->clearFaults();
        QCOMPARE(code, 4);
        QVERIFY2(err.contains("audits:"), err.constData());
        // `vigie alerts` says when that incomplete run was, not "never synced".
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("--cache"), m_cache}, config(),
                     nullptr, &err),
                 0);
        QVERIFY2(err.contains("incomplete") && !err.contains("never"), err.constData());
        // The next clean run is back to 0.
        QCOMPARE(run(sync(), config()), 0);
    }

    void alertsFormats()
    {
        const qint64 count = m_server->world().alerts().size();
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("--cache"), m_cache,
                      QStringLiteral("--format"), QStringLiteral("json")},
                     config(), &out, &err),
                 0);
        QJsonParseError pe;
        const QJsonArray arr = QJsonDocument::fromJson(out, &pe).array();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QCOMPARE(arr.size(), count);
        QVERIFY(arr.first().toObject().contains(u"detectedDateTime"));

        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("--cache"), m_cache,
                      QStringLiteral("--format"), QStringLiteral("csv")},
                     config(), &out, &err),
                 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("id,detectedDateTime,status"));
        QCOMPARE(lines.size(), count + 1);

        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("--cache"), m_cache,
                      QStringLiteral("--format"), QStringLiteral("table")},
                     config(), &out, &err),
                 0);
        QCOMPARE(out.trimmed().split('\n').size(), count + 1);
        QVERIFY2(err.contains("Last successful sync"), err.constData());

        // Table output is for people: labels in their language, like `vigie
        // detect`; csv keeps the wire values (above: "status" column).
        QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("alerts"),
                      QStringLiteral("--cache"), m_cache, QStringLiteral("--status"),
                      QStringLiteral("resolved")},
                     config(), &out, &err),
                 0);
        QVERIFY2(out.contains("Résolue") && !out.contains(" resolved "), out.constData());
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("--cache"), m_cache,
                      QStringLiteral("--status"), QStringLiteral("resolved"),
                      QStringLiteral("--format"), QStringLiteral("csv")},
                     config(), &out, &err),
                 0);
        QVERIFY2(out.contains(",resolved,"), out.constData());

        // Offline: the cache alone answers, with the simulator gone too.
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("--cache"), m_cache,
                      QStringLiteral("--status"), QStringLiteral("resolved"),
                      QStringLiteral("--format"), QStringLiteral("json")},
                     config(), &out),
                 0);
        QVERIFY(QJsonDocument::fromJson(out).array().size() < count);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
