#include "app/guiapp.h"
#include "cli/cli.h"

#include <QApplication>
#include <QTextStream>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Verbs work without a display: they never create a QApplication.
    if (vigie::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        vigie::cli::Io io{out, err, isatty(STDIN_FILENO) != 0};
        return vigie::cli::run(arguments, io);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Vigie"));
    QApplication::setDesktopFileName(QStringLiteral(VIGIE_APP_ID));
    return vigie::app::runGui(arguments);
}
