#pragma once

// Many external credits in one go (issue 16: imports at SQLite's speed). The same rows and checks as
// LedgerRepository::addExternalCredit one by one — an external_credit row, its credit_registration (the triggers
// keep the totals) — inside the caller's transaction, and the batch is audited once: one audit row (how many, how
// many credits, the registrations' range) under the transaction's operation, which every registration names
// (operation_id, schema 009) — who made it, when, and, in the operation's label, from which file. On SQLite the
// lines are written 500 at a time by one INSERT … SELECT per table over the lines themselves (tp_batch,
// SqliteBatchTable.h), through SQLite's C API on the handle of the connection's QSQLITE driver; on the server
// (PostgreSQL) line by line through QSql, each statement prepared once.

#include "ExternalCredit.h"
#include "Progress.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace tp {

class Database;

// Whether an external credit may be registered: credits, hours and year within NumberInput's bounds, not both
// amounts 0, a level and a kind of the enums. Checked by addExternalCredits for every line and by
// LedgerRepository::addExternalCredit for its one.
Status checkExternalCredit(const ExternalCredit& credit);

// credits[i] is registered with reasons[i]. Must run inside a transaction (the caller's): on an error nothing is
// kept once the caller rolls back; the error names the index of the line in Error::row (0-based, the caller maps
// it to the file's row).
// `progress`: every 500 lines (SQLite: before each chunk); 取消 returns Cancelled::error (the caller rolls back).
Result<QList<qint64>> addExternalCredits(Database& db, const QList<ExternalCredit>& credits, const QStringList& reasons,
    QDate on = {}, const ProgressOptions& progress = {});

} // namespace tp
