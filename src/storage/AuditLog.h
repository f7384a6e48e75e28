#pragma once

#include "Result.h"

#include <QString>

namespace tp {

class Database;

// One row of the audit log (who changed what and when), shared by the repositories. Call it inside the
// transaction of the change it records. The rows of one outermost transaction — an import, a batch
// registration, a replace — share one operation (audit_operation: when, who, what), created with the first
// row; the operation's label is the Transaction's, else "<entity> <action>" of that first row.
// A delete records the old values (`oldValue`, JSON where a row has several fields).
Status writeAudit(Database& db, const QString& entity, qint64 entityId, const QString& action,
    const QString& field = QString(), const QString& oldValue = QString(), const QString& newValue = QString());

// The operation the current transaction's audit rows belong to, created if there is none yet.
Result<qint64> currentAuditOperation(Database& db, const QString& fallbackLabel = QString());

} // namespace tp
