#pragma once

#include "Result.h"

#include <QString>

namespace tp {

class Database;

// One row of the audit log (who changed what and when): the same insert PlanRepository makes, shared by
// the repositories of later issues. Call it inside the transaction of the change it records.
Status writeAudit(Database& db, const QString& entity, qint64 entityId, const QString& action,
    const QString& field = QString(), const QString& oldValue = QString(), const QString& newValue = QString());

} // namespace tp
