#include "AuditQuery.h"

#include "Database.h"

#include <QSqlQuery>

namespace tp {

Result<QList<AuditEntry>> readAudit(const Database& db, const AuditFilter& f)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT a.id, a.at, a.actor, a.entity, a.entity_id, a.action, a.field, a.old_value, a.new_value, "
            "COALESCE(o.label, '') FROM audit_log a LEFT JOIN audit_operation o ON o.id = a.operation_id "
            "WHERE (:since = '' OR a.at >= :since) AND (:actor = '' OR a.actor = :actor) "
            "AND (:project = 0 OR (a.entity = 'project' AND a.entity_id = :project) "
            "     OR (a.entity = 'change_request' AND a.entity_id IN "
            "         (SELECT id FROM change_request WHERE project_id = :project))) "
            "AND (:plan = 0 OR (a.entity = 'plan' AND a.entity_id = :plan) "
            "     OR (a.entity = 'project' AND a.entity_id IN (SELECT id FROM project WHERE plan_id = :plan)) "
            "     OR (a.entity = 'change_request' AND a.entity_id IN (SELECT r.id FROM change_request r JOIN "
            "         project p ON p.id = r.project_id WHERE p.plan_id = :plan))) "
            "ORDER BY a.id DESC")
            // no limit: PostgreSQL refuses SQLite's LIMIT -1
            + (f.limit > 0 ? QStringLiteral(" LIMIT %1").arg(f.limit) : QString()),
        { { "since", f.since.isValid() ? f.since.toString(Qt::ISODate) : QString() }, { "actor", f.actor },
            { "project", f.projectId }, { "plan", f.planId } });
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = q->value(1).toString();
        e.actor = q->value(2).toString();
        e.entity = q->value(3).toString();
        e.entityId = q->value(4).toLongLong();
        e.action = q->value(5).toString();
        e.field = q->value(6).toString();
        e.oldValue = q->value(7).toString();
        e.newValue = q->value(8).toString();
        e.operation = q->value(9).toString();
        list << e;
    }
    return list;
}

Result<QStringList> auditActors(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log WHERE actor <> '' ORDER BY actor"));
    if (!q)
        return q.error();
    QStringList list;
    while (q->next())
        list << q->value(0).toString();
    return list;
}

} // namespace tp
