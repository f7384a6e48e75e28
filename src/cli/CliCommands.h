#pragma once

// The commands of trainplan-cli (design.md §6). main.cpp only wires: it makes the QCoreApplication and
// hands the arguments and the standard streams to runCli.

#include <QIODevice>
#include <QStringList>

namespace tp::cli {

// Exit status of every command.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitRejected = 1, // the input was rejected, or a check found errors
    ExitUsage = 2, // unknown command or option, missing value, bad year or date
};

// Runs one command. `arguments` without the program name ("import", "plan.csv", "--year", "2021").
// Results go to `out` (a table, a report, or one JSON document with --json), messages for people to `err`.
int runCli(const QStringList& arguments, QIODevice& out, QIODevice& err);

} // namespace tp::cli
