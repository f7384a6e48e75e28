#pragma once

#include "Result.h"

#include <QString>

namespace tp {

class Database;

// A transaction that rolls back unless committed. The outermost one is a write transaction from the start
// (BEGIN IMMEDIATE): it waits for another program's write to finish (up to the busy timeout) instead of
// reading first and failing with "database is locked" when it tries to write. Nested ones are SAVEPOINTs: a
// repository call that makes its own Transaction inside an import's Transaction becomes part of the import,
// all or nothing. The outermost transaction is one operation of the audit log (AuditLog.h): `label` names it
// ("导入计划表 plan.csv"); a nested transaction's label is used when the outer one has none.
class Transaction {
public:
    explicit Transaction(Database& db, const QString& label = {});
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when the transaction could not be started; see error().
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }

    Status commit();

private:
    void endOperation();

    Database& m_db;
    QString m_name; // the savepoint; empty for the outermost transaction
    bool m_active = false;
    Error m_error;
};

} // namespace tp
