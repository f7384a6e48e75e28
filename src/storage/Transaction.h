#pragma once

#include "Result.h"

namespace tp {

class Database;

// A transaction that rolls back unless committed. Nests (SAVEPOINTs): a repository call that makes its
// own Transaction inside an import's Transaction becomes part of the import, all or nothing.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when the transaction could not be started; see error().
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }

    Status commit();

private:
    Database& m_db;
    QString m_name;
    bool m_active = false;
    Error m_error;
};

} // namespace tp
