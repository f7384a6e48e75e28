#pragma once

#include "Result.h"

#include <QStringList>

namespace tp {

class Database;

// The schema, as numbered migrations (resources :/sql/NNN_name.sql, and the same numbers in PostgreSQL's dialect
// in :/sql/pg/). Each runs in its own transaction and sets the schema version to its number (SQLite's PRAGMA
// user_version, the server's tp_schema); a database newer than this program is refused.
int latestSchemaVersion();
Status migrate(Database& db, int targetVersion = -1);

// The migration scripts of a backend: version and resource path, in order.
struct MigrationScript {
    int version;
    QString path;
};
QList<MigrationScript> migrationScripts(bool server);

// Splits a migration script into statements: at each ';' outside quotes, comments, PostgreSQL's $$-quoted bodies
// and SQLite's CREATE TRIGGER … BEGIN … END blocks. Comments before a statement are dropped, inside one kept.
QStringList splitSqlStatements(const QString& script, bool server = false);

} // namespace tp
