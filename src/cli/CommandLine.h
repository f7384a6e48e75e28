#pragma once

// trainplan-cli's one command-line framework (docs/architecture.md): a table of commands, each parsed by its own
// QCommandLineParser (as KeePassXC's CLI does), with the global options --db, --json, --today and --operator
// accepted before or after the command. The commands live one file per group (PlanCommands.cpp,
// CalendarCommands.cpp, TeacherCommands.cpp, EnrollCommands.cpp, CreditCommands.cpp); main.cpp only wires.

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace tp::cli {

class CommandContext;

// The translation context of every message of trainplan-cli.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(tp::cli::Cli)
};

// Exit status of every command.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitRejected = 1, // the input was rejected, or a check found errors
    ExitUsage = 2, // unknown command or option, missing value, bad year or date
};

struct Command {
    // When the command draws a PDF, it needs fonts, hence a QGuiApplication (main.cpp makes one).
    enum class Fonts { Never, Always, WithOutput };

    QString name; // one to three words: "import", "credits external import"
    QString synopsis; // the usage after "trainplan-cli "
    QString summary; // what it does, for the help
    QList<QCommandLineOption> options; // besides the global ones
    QStringList positional; // the names of its positional arguments, in order ("FILE")
    bool needsYear = false; // --year YEAR is required and checked (1949–2200)
    Fonts fonts = Fonts::Never;
    int (*run)(CommandContext&) = nullptr;
};

// Options of the commands' tables: one taking a value, and a flag.
QCommandLineOption valueOption(const char* name, const char* valueName = "VALUE");
QCommandLineOption flagOption(const char* name);
// --year YEAR --project SEQ [--district NAME]: one project of a plan (CommandContext::project).
QList<QCommandLineOption> projectOptions();

// Runs one command. `arguments` without the program name ("import", "plan.csv", "--year", "2021").
// Results go to `out` (a table, a report, or one JSON document with --json), messages for people to `err`.
int runCli(const QStringList& arguments, QIODevice& out, QIODevice& err);

// Whether these arguments name a command that draws a PDF (main.cpp then makes a QGuiApplication).
bool needsFonts(const QStringList& arguments);

} // namespace tp::cli
