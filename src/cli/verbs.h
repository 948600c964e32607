#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace vigie::cli {

struct Io;

// What a verb handler gets: the parsed command line and global settings.
struct Context
{
    QCommandLineParser &parser;
    Io &io;
    QString cachePath;
    QString language;
};

struct Verb
{
    QString name;
    QString synopsis;                 // arguments part of the usage line
    std::function<QString()> summary; // translated at call time
    std::function<QList<QCommandLineOption>()> options;
    QStringList requiredOptions;
    QHash<QString, QStringList> choices; // option -> allowed values
    QStringList positionalChoices;       // allowed values of the positionals, if fixed
    int minPositionals = 0;
    int maxPositionals = 0;                // -1: unbounded
    std::function<int(Context &)> handler; // null: not built in this version
};

// Every verb of the DESIGN.md contract, in help order.
const QList<Verb> &verbs();
const Verb *findVerb(const QString &name);

// Later layers plug their implementation into the table.
void setHandler(const QString &verb, std::function<int(Context &)> handler);

} // namespace vigie::cli
