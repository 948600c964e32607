#include "app/guiapp.h"
#include "app/reportverb.h"
#include "cli/cli.h"

#include <QApplication>
#include <QTextStream>
#include <memory>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Verbs work without a display: only `report` creates a QApplication, offscreen.
    if (vigie::cli::wantsCommandLine(arguments)) {
        // `report` draws Qt Charts: a QApplication, offscreen (no display needed).
        std::unique_ptr<QCoreApplication> app;
        if (vigie::app::verbNeedsWidgets(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
            vigie::app::registerReportVerb();
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
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
