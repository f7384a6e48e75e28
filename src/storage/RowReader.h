#pragma once

// Reads the rows of one SELECT. On SQLite it steps the statement through SQLite's C API and hands out the
// column values as they are stored (integers, doubles, UTF-8 text): for the reads of 100,000s of rows (a city's
// reports), where QSqlQuery's QVariant per value cost more than SQLite's own work. On a PostgreSQL server it
// reads through QSqlQuery, with the same answers. Storage-internal: SQL stays in the repositories.
//
//     RowReader rows(db, QStringLiteral("SELECT id, name FROM teacher WHERE unit_id = :unit"), { { "unit", u } });
//     while (rows.next())
//         use(rows.int64(0), rows.text(1));
//     if (!rows.ok())
//         return rows.error();

#include "Database.h"
#include "Result.h"

#include <QByteArrayView>
#include <QSqlQuery>
#include <QString>
#include <optional>

struct sqlite3_stmt;

namespace tp {

class RowReader {
public:
    RowReader(const Database& db, const QString& sql, Database::Binds binds = {});
    ~RowReader();
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    // The next row; false at the end or on an error (then ok() is false).
    bool next();
    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The text's UTF-8 bytes, valid until the next call of next() (SQLite only; a copy on a server).
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_statement = nullptr;
    std::optional<QSqlQuery> m_query; // on a server
    std::optional<Error> m_error;
    QString m_sql;
    mutable QByteArray m_utf8; // utf8() on a server
};

} // namespace tp
