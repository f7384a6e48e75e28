#include "SqliteBatchTable.h"

#include <new>

namespace tp {

namespace {

constexpr const char* kPointerType = "tp_batch";
constexpr int kArgumentColumn = kBatchColumns; // the hidden column the function's argument constrains

struct BatchCursor {
    sqlite3_vtab_cursor base {};
    const SqliteBatchRows* rows = nullptr;
    qint64 row = 0;
};

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out, char**)
{
    static_assert(kBatchColumns == 12, "the declaration below names c0 … c11");
    const int rc
        = sqlite3_declare_vtab(db, "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, batch HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    auto* table = new (std::nothrow) sqlite3_vtab {};
    if (!table)
        return SQLITE_NOMEM;
    *out = table;
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab* table)
{
    delete table;
    return SQLITE_OK;
}

// Usable only with its argument (tp_batch(?)); rows in rowid order, so an ORDER BY rowid costs nothing.
int bestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    int argument = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& c = info->aConstraint[i];
        if (c.iColumn != kArgumentColumn || c.op != SQLITE_INDEX_CONSTRAINT_EQ)
            continue;
        if (!c.usable)
            return SQLITE_CONSTRAINT; // try another plan: this one cannot work without the batch
        argument = i;
    }
    if (argument < 0) {
        info->idxNum = 0; // no batch: no rows
        info->estimatedCost = 1e12;
        info->estimatedRows = 1;
        return SQLITE_OK;
    }
    info->aConstraintUsage[argument].argvIndex = 1;
    info->aConstraintUsage[argument].omit = 1;
    info->idxNum = 1;
    info->estimatedCost = 1000;
    info->estimatedRows = 1000;
    if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == -1 && !info->aOrderBy[0].desc)
        info->orderByConsumed = 1;
    return SQLITE_OK;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** out)
{
    auto* cursor = new (std::nothrow) BatchCursor;
    if (!cursor)
        return SQLITE_NOMEM;
    *out = &cursor->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* base)
{
    delete reinterpret_cast<BatchCursor*>(base);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* base, int idxNum, const char*, int argc, sqlite3_value** argv)
{
    auto* cursor = reinterpret_cast<BatchCursor*>(base);
    cursor->rows = idxNum == 1 && argc == 1
        ? static_cast<const SqliteBatchRows*>(sqlite3_value_pointer(argv[0], kPointerType))
        : nullptr;
    cursor->row = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* base)
{
    ++reinterpret_cast<BatchCursor*>(base)->row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* base)
{
    const auto* cursor = reinterpret_cast<const BatchCursor*>(base);
    return !cursor->rows || cursor->row >= cursor->rows->rowCount();
}

int column(sqlite3_vtab_cursor* base, sqlite3_context* context, int index)
{
    const auto* cursor = reinterpret_cast<const BatchCursor*>(base);
    if (index >= 0 && index < kBatchColumns)
        cursor->rows->result(context, cursor->row, index);
    else
        sqlite3_result_null(context); // the hidden argument column is never read back
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* base, sqlite3_int64* out)
{
    *out = reinterpret_cast<const BatchCursor*>(base)->row;
    return SQLITE_OK;
}

const sqlite3_module& module()
{
    static const sqlite3_module m = [] {
        sqlite3_module x {};
        x.iVersion = 0;
        x.xCreate = nullptr; // eponymous only: CREATE VIRTUAL TABLE … USING tp_batch is refused
        x.xConnect = connect;
        x.xBestIndex = bestIndex;
        x.xDisconnect = disconnect;
        x.xDestroy = disconnect;
        x.xOpen = open;
        x.xClose = close;
        x.xFilter = filter;
        x.xNext = next;
        x.xEof = eof;
        x.xColumn = column;
        x.xRowid = rowid;
        return x;
    }();
    return m;
}

} // namespace

int registerBatchTable(sqlite3* handle)
{
    return sqlite3_create_module_v2(handle, kPointerType, &module(), nullptr, nullptr);
}

int bindBatchRows(sqlite3_stmt* statement, int index, const SqliteBatchRows* rows)
{
    return sqlite3_bind_pointer(statement, index, const_cast<SqliteBatchRows*>(rows), kPointerType, nullptr);
}

} // namespace tp
