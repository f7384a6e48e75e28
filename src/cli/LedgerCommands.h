#pragma once

// The enrollment and credit commands of trainplan-cli (issue 4): teachers import, enroll import, attendance
// import, credits. Same conventions as CliCommands.h: --db, --json, --today, exit status 0/1/2.

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace tp::cli {

bool isLedgerCommand(const QString& command);
// `arguments` without the program name ("teachers", "import", "list.csv", "--unit", "…").
int runLedgerCommand(const QStringList& arguments, QIODevice& out, QIODevice& err);
// The lines of these commands for trainplan-cli --help.
QString ledgerHelpText();

} // namespace tp::cli
