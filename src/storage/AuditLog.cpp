#include "AuditLog.h"

#include "Database.h"

namespace tp {

Status writeAudit(Database& db, const QString& entity, qint64 entityId, const QString& action, const QString& field,
    const QString& oldValue, const QString& newValue)
{
    auto q = db.exec(QStringLiteral("INSERT INTO audit_log (actor, entity, entity_id, action, field, old_value, "
                                    "new_value) VALUES (:actor, :entity, :id, :action, :field, :old, :new)"),
        { { "actor", db.actor() }, { "entity", entity }, { "id", entityId }, { "action", action },
            { "field", field.isEmpty() ? QVariant() : QVariant(field) },
            { "old", oldValue.isNull() ? QVariant() : QVariant(oldValue) },
            { "new", newValue.isNull() ? QVariant() : QVariant(newValue) } });
    if (!q)
        return q.error();
    return success();
}

} // namespace tp
