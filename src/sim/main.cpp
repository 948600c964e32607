#include "sim/server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <csignal>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigie-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated Microsoft partner cloud on loopback"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOpt(QStringLiteral("port"),
                               QStringLiteral("TCP port (0 = any free port)"),
                               QStringLiteral("PORT"), QStringLiteral("0"));
    parser.addOption(portOpt);
    parser.process(app);

    vigie::sim::Server server;
    const quint16 port = server.listen(quint16(parser.value(portOpt).toUInt()));
    if (port == 0) {
        QTextStream(stderr) << "vigie-sim: cannot listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream(stdout) << port << Qt::endl;
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
