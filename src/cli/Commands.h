#pragma once

// The command groups of trainplan-cli, one file each; CommandLine.cpp puts their tables together.

#include "CommandLine.h"

namespace tp::cli {

QList<Command> planCommands(); // import, show, export, check
QList<Command> calendarCommands(); // calendar, deadline
QList<Command> teacherCommands(); // teachers import
QList<Command> enrollCommands(); // enroll import, enroll withdraw, attendance import
QList<Command> creditCommands(); // credits, credits register, credits external import/add, credits reverse/history
QList<Command> serverCommands(); // server init, server user add/list, server import/export
QList<Command> dbCommands(); // backup, restore, db check
QList<Command> ruleCommands(); // rules list, rules show, rules set, rules recalc

// plan submit|approve|return|start|complete|revise, change request|approve|reject|list, cancel, history, diff,
// audit, units list|add|alias|merge
QList<Command> workflowCommands();

// audit --trail: the server's own trail (tp_row_audit), every changed row with its login (ServerCommands.cpp).
int runServerTrail(CommandContext& ctx);

} // namespace tp::cli
