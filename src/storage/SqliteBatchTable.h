#pragma once

// Rows held by the program read by SQLite as a table, for one INSERT … SELECT (issue 16: imports at SQLite's speed).
//
// A statement run once per line opens its tables' cursors, seeks from each b-tree's root, sets up and tears down
// the statement journal and the triggers' frames every time: at 100,000 lines a third of an external-credit import
// went there, against the same rows written by one INSERT … SELECT (docs/performance.md, issue 16, sixth pass).
// tp_batch is a table-valued function over a batch the caller binds as a pointer (sqlite3_bind_pointer, the way
// SQLite's own carray extension reads a C array), so a batch of lines is one statement:
//
//     INSERT INTO t (a, b) SELECT c0, c1 FROM tp_batch(?1) ORDER BY rowid
//
// rowid is the line's index in the batch (from 0), and the rows come in that order (no sort). It is read-only,
// lives on the connection only (nothing is stored in the file: another program opening the file never sees it),
// and reads nothing when its argument is not a batch (NULL, a number, a pointer of another type).

#include <QtGlobal>

#include <sqlite3.h>

namespace tp {

class SqliteBatchRows {
public:
    virtual ~SqliteBatchRows() = default;
    virtual qint64 rowCount() const = 0;
    // Column `column` (0 … kBatchColumns − 1, c0 … c11) of line `row`, given with sqlite3_result_*. A column the batch
    // does not have is NULL.
    virtual void result(sqlite3_context* context, qint64 row, int column) const = 0;
};

inline constexpr int kBatchColumns = 12;

// Registers tp_batch on the connection; again on the same connection replaces it (harmless). SQLITE_OK or SQLite's
// error code.
int registerBatchTable(sqlite3* handle);
// Binds `rows` as parameter `index` of `statement` for tp_batch(?index); `rows` must outlive the statement's run.
int bindBatchRows(sqlite3_stmt* statement, int index, const SqliteBatchRows* rows);

} // namespace tp
