#pragma once

// The real `vigie-sim` as a child process on 127.0.0.1, and the environment
// that points the real `vigie` at it: for tests that drive whole processes.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace vigie::testing {

inline const QString kVigieBinary = QStringLiteral(VIGIE_BINARY_DIR "/src/app/vigie");
inline const QString kSimBinary = QStringLiteral(VIGIE_BINARY_DIR "/src/sim/vigie-sim");

struct ProcessRun
{
    int code = -1; // -1: did not finish, or crashed
    QByteArray out;
    QByteArray err;
};

class SimProcess
{
public:
    ~SimProcess() { stop(); }

    // Starts vigie-sim on a free port; false (and why) when it does not come up.
    bool start(const QStringList &extraArguments, QString *why)
    {
        m_process.setProgram(kSimBinary);
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--no-throttle"),
                                           QStringLiteral("--auto-approve-after"),
                                           QStringLiteral("1"), QStringLiteral("--device-interval"),
                                           QStringLiteral("1")} +
                               extraArguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted()) {
            *why = m_process.errorString();
            return false;
        }
        // Up to 90 s: the world is generated before the port is printed, and
        // a loaded CI machine (sanitizers, parallel ctest) is slow at it.
        for (int i = 0; i < 900 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(100);
        const int port = m_process.readLine().trimmed().toInt();
        if (port <= 0) {
            *why = QStringLiteral("vigie-sim printed no port");
            return false;
        }
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
    }

    const QString &baseUrl() const { return m_base; }

    // vigie's environment: every endpoint on the simulator, file token store,
    // private XDG folders under `home`.
    QProcessEnvironment vigieEnvironment(const QString &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v :
             {"VIGIE_LOGIN_URL", "VIGIE_GRAPH_URL", "VIGIE_PARTNER_CENTER_URL", "VIGIE_ARM_URL"})
            env.insert(QString::fromLatin1(v), m_base);
        env.insert(QStringLiteral("VIGIE_CLIENT_ID"),
                   QStringLiteral("11111111-2222-3333-4444-555555555555"));
        env.insert(QStringLiteral("VIGIE_TENANT"), QStringLiteral("organizations"));
        env.insert(QStringLiteral("VIGIE_TOKEN_STORE"), QStringLiteral("file"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   QDir(home).filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(home).filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The simulator runs without the Graph report throttle: no client budget either.
        env.insert(QStringLiteral("VIGIE_SYNC_LOG_BUDGET"), QStringLiteral("0"));
        return env;
    }

private:
    QProcess m_process;
    QString m_base;
};

inline ProcessRun runVigie(const QProcessEnvironment &env, const QStringList &arguments,
                           int timeoutMs = 120000)
{
    ProcessRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(kVigieBinary, arguments);
    if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    } else if (p.exitStatus() == QProcess::NormalExit) {
        run.code = p.exitCode();
    }
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace vigie::testing
