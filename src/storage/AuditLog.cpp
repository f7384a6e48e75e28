#include "AuditLog.h"

#include "Database.h"

namespace tp {

Result<qint64> currentAuditOperation(Database& db, const QString& fallbackLabel)
{
    if (db.operationId() > 0)
        return db.operationId();
    const QString label = db.operationLabel().isEmpty() ? fallbackLabel : db.operationLabel();
    auto q = db.exec(QStringLiteral("INSERT INTO audit_operation (actor, label) VALUES (:actor, :label)"),
        { { "actor", db.actor() }, { "label", label } });
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    // Outside a transaction each row is its own operation.
    if (db.transactionDepth() > 0)
        db.setOperationId(id);
    return id;
}

Status writeAudit(Database& db, const QString& entity, qint64 entityId, const QString& action, const QString& field,
    const QString& oldValue, const QString& newValue)
{
    auto operation = currentAuditOperation(db, entity + QLatin1Char(' ') + action);
    if (!operation)
        return operation.error();
    auto q = db.exec(QStringLiteral("INSERT INTO audit_log (actor, entity, entity_id, action, field, old_value, "
                                    "new_value, operation_id) VALUES (:actor, :entity, :id, :action, :field, :old, "
                                    ":new, :op)"),
        { { "actor", db.actor() }, { "entity", entity }, { "id", entityId }, { "action", action },
            { "field", field.isEmpty() ? QVariant() : QVariant(field) },
            { "old", oldValue.isNull() ? QVariant() : QVariant(oldValue) },
            { "new", newValue.isNull() ? QVariant() : QVariant(newValue) }, { "op", operation.value() } });
    if (!q)
        return q.error();
    return success();
}

} // namespace tp
