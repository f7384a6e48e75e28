#pragma once

// A statement of SQLite's C API for the batch inserts of the imports (issue 16): prepared once, re-bound for every
// line, finalized when it goes. Only for connections with Database::sqliteHandle(); the server keeps QSqlQuery.

#include "Result.h"

#include <QSqlError>
#include <QString>
#include <QStringEncoder>

#include <sqlite3.h>
#include <string>
#include <vector>

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
    // Text bound from a QString as UTF-8, the file's encoding; a null QString is bound as '' (the text columns want
    // '' for "nothing typed", as the QSql paths bind it). Converted by Qt into a buffer of this parameter's own that
    // lives until the parameter is bound again or the statement goes, so SQLite neither copies nor converts it
    // (SQLITE_STATIC): bound as UTF-16, SQLite's copy and conversion of every value were 10 % of a plan import
    // (profile, issue 16), and a new QByteArray per value with SQLite's copy of it another 8 %.
    int bindText(int index, const QString& text)
    {
        if (index < 1)
            return SQLITE_RANGE;
        if (std::size_t(index) >= m_text.size())
            m_text.resize(std::size_t(index) + 1);
        std::string& buffer = m_text[std::size_t(index)];
        buffer.resize(std::size_t(m_encoder.requiredSpace(text.size())));
        char* end = m_encoder.appendToBuffer(buffer.data(), text);
        buffer.resize(std::size_t(end - buffer.data()));
        return sqlite3_bind_text(stmt, index, buffer.data(), int(buffer.size()), SQLITE_STATIC);
    }
    // Runs it once and resets it for the next line (the bindings stay); SQLITE_DONE when it succeeded.
    int run()
    {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc;
    }

private:
    // ~SqliteStatement finalizes the statement in its body, before these buffers its text parameters point into go.
    std::vector<std::string> m_text; // per parameter index, the UTF-8 bound last (SQLITE_STATIC)
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
};

} // namespace tp
