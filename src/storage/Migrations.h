#pragma once

#include "Result.h"

#include <QStringList>

namespace tp {

class Database;

// The schema, as numbered migrations (resources :/sql/NNN_name.sql). Each runs in its own
// transaction and sets PRAGMA user_version to its number; a database newer than this program is refused.
int latestSchemaVersion();
Status migrate(Database& db, int targetVersion = -1);

// Splits a migration script into statements (on ';' at the end of a line, keeping CREATE TRIGGER ... END;
// blocks whole). Comment lines are dropped.
QStringList splitSqlStatements(const QString& script);

} // namespace tp
