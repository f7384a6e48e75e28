#include "Transaction.h"

#include "Database.h"

namespace tp {

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_name(QStringLiteral("tp_sp_%1").arg(db.transactionDepth()))
{
    auto r = m_db.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!r) {
        m_error = r.error();
        return;
    }
    m_active = true;
    ++m_db.transactionDepth();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    (void)m_db.exec(QStringLiteral("RELEASE ") + m_name);
    --m_db.transactionDepth();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    auto r = m_db.exec(QStringLiteral("RELEASE ") + m_name);
    if (!r)
        return r.error();
    m_active = false;
    --m_db.transactionDepth();
    return success();
}

} // namespace tp
