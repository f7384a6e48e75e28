#pragma once

// A statement of SQLite's C API for the batch inserts of the imports (issue 16): prepared once, re-bound for every
// line, finalized when it goes. Only for connections with Database::sqliteHandle(); the server keeps QSqlQuery.

#include "Result.h"

#include <QByteArray>
#include <QSqlError>
#include <QString>

#include <sqlite3.h>

namespace tp {

class Database;

// The SQLite C handle of `db`'s connection (its QSQLITE driver's); null on the server (PostgreSQL) or when the
// driver is not SQLite's.
sqlite3* sqliteHandle(const Database& db);
// A failed call of the C API on `handle` that returned `code`, worded as sqlError words a QSqlQuery's (busy,
// disk full, otherwise SQLite's message with `what`).
Error sqliteError(sqlite3* handle, int code, const QString& what);
// sqlError for an error as the driver reports it.
Error sqlError(const QSqlError& error, const QString& what, qint64 waitedMs = -1);

struct SqliteStatement {
    sqlite3_stmt* stmt = nullptr;

    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement() { sqlite3_finalize(stmt); }

    // Prepared for many executions (SQLITE_PREPARE_PERSISTENT); the result code of sqlite3_prepare_v3.
    int prepare(sqlite3* handle, const char* sql)
    {
        return sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    }
    // Text bound from a QString as UTF-8, the file's encoding, which SQLite copies; a null QString is bound as ''
    // (the text columns want '' for "nothing typed", as the QSql paths bind it). Converted by Qt rather than bound
    // as UTF-16: SQLite's own conversion of every bound value at its insert was 4 % of a plan import (profile, issue
    // 16), and the copy it made first another 6 %.
    int bindText(int index, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text(
            stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // Runs it once and resets it for the next line (the bindings stay); SQLITE_DONE when it succeeded.
    int run()
    {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc;
    }
};

} // namespace tp
