#include "AuditQuery.h"

#include "Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::AuditQuery)
};
} // namespace

Result<QList<AuditEntry>> readAudit(const Database& db, const AuditFilter& f)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT a.id, a.at, a.actor, a.entity, a.entity_id, a.action, a.field, a.old_value, a.new_value, "
            "COALESCE(o.label, '') FROM audit_log a LEFT JOIN audit_operation o ON o.id = a.operation_id "
            "WHERE (:since = '' OR a.at >= :since) AND (:until = '' OR a.at < :until) AND (:actor = '' OR a.actor = "
            ":actor) "
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
        { { "since", f.since.isValid() ? f.since.toString(Qt::ISODate) : QString() },
            { "until", f.until.isValid() ? f.until.addDays(1).toString(Qt::ISODate) : QString() }, { "actor", f.actor },
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

namespace {

QString jsonText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}

QString rowText(const QJsonObject& row)
{
    QStringList pairs;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        if (!it.value().isNull())
            pairs << it.key() + QLatin1Char('=') + jsonText(it.value());
    return pairs.join(QStringLiteral(", "));
}

} // namespace

Result<QList<ServerTrailEntry>> readServerTrail(const Database& db, const ServerTrailFilter& f)
{
    if (!db.isServer())
        return Error { Text::tr("服务器审计轨迹只在连接服务器（PostgreSQL）时才有；文件的审计日志请看审计日志") };
    auto q = db.exec(
        QStringLiteral("SELECT at, login, table_name, COALESCE(row_id, 0), action, COALESCE(old_row::text, ''), "
                       "COALESCE(new_row::text, '') FROM tp_row_audit "
                       "WHERE (:since = '' OR at >= :since) AND (:until = '' OR at < :until) "
                       "AND (:login = '' OR login = :login) AND (:tbl = '' OR table_name = :tbl) "
                       "ORDER BY at DESC, transaction_id DESC")
            + (f.limit > 0 ? QStringLiteral(" LIMIT %1").arg(f.limit) : QString()),
        { { "since", f.since.isValid() ? f.since.toString(Qt::ISODate) : QString() },
            { "until", f.until.isValid() ? f.until.addDays(1).toString(Qt::ISODate) : QString() }, { "login", f.login },
            { "tbl", f.table } });
    if (!q)
        return q.error();
    QList<ServerTrailEntry> list;
    while (q->next()) {
        ServerTrailEntry e;
        e.at = q->value(0).toString();
        e.login = q->value(1).toString();
        e.table = q->value(2).toString();
        e.rowId = q->value(3).toLongLong();
        e.action = q->value(4).toString();
        const QJsonObject before = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
        if (e.action == QLatin1String("UPDATE")) {
            bool any = false;
            for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
                if (before.value(it.key()) == it.value())
                    continue;
                ServerTrailEntry c = e;
                c.field = it.key();
                c.oldValue = jsonText(before.value(it.key()));
                c.newValue = jsonText(it.value());
                list << c;
                any = true;
            }
            if (!any)
                list << e; // an UPDATE that changed nothing is still in the trail
        } else {
            e.oldValue = rowText(before);
            e.newValue = rowText(after);
            list << e;
        }
    }
    return list;
}

Result<QStringList> serverTrailLogins(const Database& db)
{
    if (!db.isServer())
        return QStringList();
    auto q = db.exec(QStringLiteral("SELECT DISTINCT login FROM tp_row_audit ORDER BY login"));
    if (!q)
        return q.error();
    QStringList list;
    while (q->next())
        list << q->value(0).toString();
    return list;
}

} // namespace tp
