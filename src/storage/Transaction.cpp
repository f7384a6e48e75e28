#include "Transaction.h"

#include "Database.h"

namespace tp {

Transaction::Transaction(Database& db, const QString& label)
    : m_db(db)
{
    const bool outermost = m_db.transactionDepth() == 0;
    if (!outermost)
        m_name = QStringLiteral("tp_sp_%1").arg(m_db.transactionDepth());
    // BEGIN IMMEDIATE takes the write lock now, waiting up to the busy timeout; a deferred BEGIN would read
    // first and then fail at once on its first write when another program got the lock in between. (PostgreSQL
    // locks rows, not the database: a plain BEGIN.)
    const QString begin = m_db.isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    auto r = m_db.exec(outermost ? begin : QStringLiteral("SAVEPOINT ") + m_name);
    if (!r) {
        m_error = r.error();
        return;
    }
    if (outermost && m_db.isServer()) {
        // One writer at a time, as SQLite's write lock: every rule above storage (a quota's last seat, the next
        // queue position, a sequence number) reads and then writes within its transaction, and must not see
        // another clerk's half-made change. The lock is the database's own (released at COMMIT or ROLLBACK);
        // it waits up to the busy timeout (lock_timeout), then says "busy" as SQLite does. Readers never wait.
        auto lock = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1414548558)"));
        if (!lock) {
            m_error = lock.error();
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
            return;
        }
    }
    m_active = true;
    if (outermost) {
        m_db.setOperationId(0);
        m_db.setOperationLabel(label);
    } else if (m_db.operationLabel().isEmpty() && m_db.operationId() == 0) {
        m_db.setOperationLabel(label);
    }
    ++m_db.transactionDepth();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_db.transactionDepth();
    if (m_name.isEmpty()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        endOperation();
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        (void)m_db.exec(QStringLiteral("RELEASE ") + m_name);
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    auto r = m_db.exec(m_name.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name);
    if (!r)
        return r.error(); // still active: the destructor rolls back
    m_active = false;
    --m_db.transactionDepth();
    if (m_name.isEmpty())
        endOperation();
    return success();
}

void Transaction::endOperation()
{
    m_db.setOperationId(0);
    m_db.setOperationLabel(QString());
}

} // namespace tp
