#pragma once

#include <QStringList>
#include <QTextStream>

namespace vigie::cli {

// Where a verb writes: data to `out`, progress and errors to `err`.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    bool stdinIsTerminal = false;
};

// True when the arguments ask for the command line rather than the dashboard:
// a verb, --help or --version.
bool wantsCommandLine(const QStringList &arguments);

// The verb an invocation names (empty: none), before any parsing: src/app
// picks the kind of application object from it.
QString verbName(const QStringList &arguments);

// Runs one invocation (arguments[0] is the program name) and returns the exit
// code. Needs a QCoreApplication; never a display.
int run(const QStringList &arguments, Io &io);

// The language --lang asked for, else the saved setting, else the system's.
QString languageFor(const QStringList &arguments);

} // namespace vigie::cli
