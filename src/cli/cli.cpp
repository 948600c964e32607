#include "cli/cli.h"

#include "cli/cmd_login.h"
#include "cli/exitcode.h"
#include "cli/verbs.h"
#include "core/localization.h"
#include "core/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace vigie::cli {

void registerSyncCommands();   // cmd_sync.cpp
void registerImportCommand();  // cmd_import.cpp
void registerDetectCommand();  // cmd_detect.cpp
void registerActionCommands(); // cmd_actions.cpp
void registerExportCommand();  // cmd_export.cpp

namespace {

const QStringList kValueOptions{QStringLiteral("--cache"), QStringLiteral("--lang")};

// The verb is the first argument that is neither an option nor the value of
// a global option; found before parsing so the verb's own options can be added.
QString findVerbName(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--")
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (kValueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-'))
            return a;
    }
    return {};
}

QString optionValueFromArgs(const QStringList &arguments, const QString &name)
{
    const QString longName = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == longName && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(longName + u'='))
            return arguments[i].mid(longName.size() + 1);
    }
    return {};
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(
            {QStringLiteral("cache")},
            QCoreApplication::translate("Cli", "Use this cache file instead of the default"),
            QStringLiteral("FILE")),
        QCommandLineOption({QStringLiteral("lang")},
                           QCoreApplication::translate("Cli", "Language of messages: fr or en"),
                           QStringLiteral("LANG")),
        QCommandLineOption(
            {QStringLiteral("demo")},
            QCoreApplication::translate(
                "Cli", "Open the dashboard on a generated demo world (no sign-in, no network)")),
        QCommandLineOption({QStringLiteral("version")},
                           QCoreApplication::translate("Cli", "Show the version and exit")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("Cli", "Show this help and exit")),
    };
}

QString formatOptions(const QList<QCommandLineOption> &options)
{
    QStringList left;
    int width = 0;
    for (const QCommandLineOption &o : options) {
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") + n : QStringLiteral("--") + n);
        QString l = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            l += u' ' + o.valueName();
        width = std::max(width, int(l.size()));
        left << l;
    }
    QString text;
    for (qsizetype i = 0; i < options.size(); ++i)
        text += QStringLiteral("  ") + left[i].leftJustified(width + 2) + options[i].description() +
                u'\n';
    return text;
}

QString usageLine()
{
    return QCoreApplication::translate("Cli", "Usage: vigie [--demo] | vigie COMMAND [options]");
}

QString exitCodesLine()
{
    return QCoreApplication::translate(
        "Cli",
        "Exit codes: 0 ok, 1 error, 2 usage, 3 sign-in required, 4 partial (actions still queued)");
}

QString generalHelp()
{
    QString text =
        usageLine() + QStringLiteral("\n\n") +
        QCoreApplication::translate(
            "Cli",
            "Vigie: security alerts, spend anomalies and sign-in detections for Microsoft CSP "
            "partners. Without a command, opens the dashboard.") +
        QStringLiteral("\n\n") + QCoreApplication::translate("Cli", "Commands:") + u'\n';
    int width = 0;
    for (const Verb &v : verbs())
        width = std::max(width, int(v.name.size()));
    for (const Verb &v : verbs())
        text += QStringLiteral("  ") + v.name.leftJustified(width + 2) + v.summary() + u'\n';
    text += u'\n' + QCoreApplication::translate("Cli", "Global options:") + u'\n' +
            formatOptions(globalOptions());
    text += u'\n' +
            QCoreApplication::translate(
                "Cli", "Run \"vigie COMMAND --help\" for the options of a command.") +
            u'\n';
    text += exitCodesLine() + u'\n';
    return text;
}

QString verbHelp(const Verb &v)
{
    QString text =
        QCoreApplication::translate("Cli", "Usage: vigie %1 %2").arg(v.name, v.synopsis).trimmed() +
        QStringLiteral("\n\n") + v.summary() + QStringLiteral("\n\n");
    const auto own = v.options();
    if (!own.isEmpty())
        text += QCoreApplication::translate("Cli", "Options:") + u'\n' + formatOptions(own) + u'\n';
    text += QCoreApplication::translate("Cli", "Global options:") + u'\n' +
            formatOptions(globalOptions());
    return text;
}

int usageError(Io &io, const QString &message, const Verb *verb = nullptr)
{
    io.err << "vigie: " << message << '\n';
    if (verb)
        io.err << QCoreApplication::translate("Cli", "Usage: vigie %1 %2")
                      .arg(verb->name, verb->synopsis)
                      .trimmed()
               << '\n';
    else
        io.err << usageLine() << '\n';
    io.err << QCoreApplication::translate("Cli", "Run \"vigie --help\" for more information.")
           << '\n';
    io.err.flush();
    return ExitCode::Usage;
}

} // namespace

QString verbName(const QStringList &arguments)
{
    return findVerbName(arguments);
}

QString languageFor(const QStringList &arguments)
{
    const QString requested =
        Localization::normalize(optionValueFromArgs(arguments, QStringLiteral("lang")));
    if (!requested.isEmpty())
        return requested;
    QSettings settings(paths::settingsFile(), QSettings::IniFormat);
    const QString saved =
        Localization::normalize(settings.value(QStringLiteral("ui/language")).toString());
    return saved.isEmpty() ? Localization::systemLanguage() : saved;
}

bool wantsCommandLine(const QStringList &arguments)
{
    if (!findVerbName(arguments).isEmpty())
        return true;
    for (const QString &a : arguments.mid(1)) {
        if (a == u"--help" || a == u"-h" || a == u"--version" || a == u"-v" || a == u"--help-all")
            return true;
        // An option that is not a known global one is a usage error for the CLI to report.
        if (a.startsWith(u'-') && !a.startsWith(u"--cache") && !a.startsWith(u"--lang") &&
            a != u"--demo")
            return true;
    }
    return false;
}

int run(const QStringList &arguments, Io &io)
{
    registerLoginVerbs();
    registerSyncCommands();
    registerImportCommand();
    registerDetectCommand();
    registerActionCommands();
    registerExportCommand();
    Localization localization;
    localization.apply(languageFor(arguments));

    const QString verbName = findVerbName(arguments);
    const Verb *verb = verbName.isEmpty() ? nullptr : findVerb(verbName);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(globalOptions());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "The command to run"));
    if (verb)
        parser.addOptions(verb->options());

    if (!parser.parse(arguments))
        return usageError(io, parser.errorText(), verb);

    for (const QString &lang : parser.values(QStringLiteral("lang"))) {
        if (Localization::normalize(lang).isEmpty())
            return usageError(
                io, QCoreApplication::translate("Cli", "Unknown language \"%1\": use fr or en.")
                        .arg(lang));
    }

    if (parser.isSet(QStringLiteral("help"))) {
        io.out << (verb ? verbHelp(*verb) : generalHelp());
        io.out.flush();
        return verbName.isEmpty() || verb
                   ? ExitCode::Ok
                   : usageError(io, QCoreApplication::translate("Cli", "Unknown command \"%1\".")
                                        .arg(verbName));
    }
    if (parser.isSet(QStringLiteral("version"))) {
        io.out << "vigie " << VIGIE_VERSION << '\n';
        io.out.flush();
        return ExitCode::Ok;
    }
    if (verbName.isEmpty())
        return usageError(io, QCoreApplication::translate("Cli", "No command given."));
    if (!verb)
        return usageError(
            io, QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(verbName));
    if (parser.isSet(QStringLiteral("demo")))
        return usageError(
            io, QCoreApplication::translate("Cli", "--demo only applies to the dashboard."), verb);

    const QStringList positionals = parser.positionalArguments().mid(1);
    if (positionals.size() < verb->minPositionals ||
        (verb->maxPositionals >= 0 && positionals.size() > verb->maxPositionals)) {
        return usageError(
            io,
            positionals.size() < verb->minPositionals
                ? QCoreApplication::translate("Cli", "Missing argument for \"%1\".").arg(verb->name)
                : QCoreApplication::translate("Cli", "Too many arguments for \"%1\".")
                      .arg(verb->name),
            verb);
    }
    if (!verb->positionalChoices.isEmpty()) {
        for (const QString &p : positionals) {
            if (!verb->positionalChoices.contains(p)) {
                return usageError(io,
                                  QCoreApplication::translate(
                                      "Cli", "Invalid argument \"%1\": expected one of %2.")
                                      .arg(p, verb->positionalChoices.join(QStringLiteral(", "))),
                                  verb);
            }
        }
    }
    for (const QString &required : verb->requiredOptions) {
        if (!parser.isSet(required))
            return usageError(
                io,
                QCoreApplication::translate("Cli", "Missing required option --%1.").arg(required),
                verb);
    }
    for (auto it = verb->choices.constBegin(); it != verb->choices.constEnd(); ++it) {
        if (parser.isSet(it.key()) && !it.value().contains(parser.value(it.key()))) {
            return usageError(
                io,
                QCoreApplication::translate("Cli",
                                            "Invalid value \"%1\" for --%2: expected one of %3.")
                    .arg(parser.value(it.key()), it.key(), it.value().join(QStringLiteral(", "))),
                verb);
        }
    }

    if (!verb->handler) {
        io.err << "vigie: "
               << QCoreApplication::translate(
                      "Cli", "The \"%1\" command is not available in this version of Vigie yet.")
                      .arg(verb->name)
               << '\n';
        io.err.flush();
        return ExitCode::Failure;
    }
    Context context{parser, io,
                    parser.isSet(QStringLiteral("cache")) ? parser.value(QStringLiteral("cache"))
                                                          : paths::defaultCacheFile(),
                    localization.language()};
    const int code = verb->handler(context);
    io.out.flush();
    io.err.flush();
    return code;
}

} // namespace vigie::cli
