#include "WorkflowRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tp {

namespace {

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kRequestColumns = QStringLiteral(
    "r.id, r.project_id, p.seq, p.name, r.kind, r.field, r.old_value, r.new_value, r.reason, r.effective_on, "
    "r.due_on, r.late, r.late_explanation, r.filed_on, r.filed_by, r.status, r.decided_on, r.decided_by, "
    "r.decision_note FROM change_request r JOIN project p ON p.id = r.project_id ");

PlanChangeRequest readRequest(const QSqlQuery& q)
{
    PlanChangeRequest r;
    r.id = q.value(0).toLongLong();
    r.projectId = q.value(1).toLongLong();
    r.seq = q.value(2).toInt();
    r.projectName = q.value(3).toString();
    r.kind = q.value(4).toString() == QStringLiteral("cancel") ? ChangeKind::Cancel : ChangeKind::Change;
    r.field = changeFieldFromText(q.value(5).toString());
    r.from = q.value(6).toString();
    r.to = q.value(7).toString();
    r.reason = q.value(8).toString();
    r.effective = dateOf(q.value(9));
    r.due = dateOf(q.value(10));
    r.late = q.value(11).toInt() != 0;
    r.lateExplanation = q.value(12).toString();
    r.filedOn = dateOf(q.value(13));
    r.filedBy = q.value(14).toString();
    r.status = changeStatusFromName(q.value(15).toString());
    r.decidedOn = dateOf(q.value(16));
    r.decidedBy = q.value(17).toString();
    r.decisionNote = q.value(18).toString();
    return r;
}

} // namespace

Result<QList<PlanTransitionRecord>> WorkflowRepository::transitions(qint64 planId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, action, from_status, to_status, decided_on, actor, doc_number, "
                                      "reason, version, recorded_at FROM plan_transition WHERE plan_id = :plan "
                                      "ORDER BY id"),
        { { "plan", planId } });
    if (!q)
        return q.error();
    QList<PlanTransitionRecord> list;
    while (q->next()) {
        PlanTransitionRecord t;
        t.id = q->value(0).toLongLong();
        t.action = planActionFromName(q->value(1).toString()).value_or(PlanAction::Submit);
        t.from = planStatusFromName(q->value(2).toString());
        t.to = planStatusFromName(q->value(3).toString());
        t.on = dateOf(q->value(4));
        t.actor = q->value(5).toString();
        t.docNumber = q->value(6).toString();
        t.reason = q->value(7).toString();
        t.version = q->value(8).toInt();
        t.at = q->value(9).toString();
        list << t;
    }
    return list;
}

Status WorkflowRepository::recordTransition(qint64 planId, const PlanTransitionRecord& t)
{
    Transaction tx(m_db, tr("计划%1").arg(planActionLabel(t.action)));
    if (!tx.isActive())
        return tx.error();
    auto q = m_db.exec(QStringLiteral("INSERT INTO plan_transition (plan_id, action, from_status, to_status, "
                                      "decided_on, actor, doc_number, reason, version) VALUES (:plan, :action, "
                                      ":from, :to, :on, :actor, :doc, :reason, :version)"),
        { { "plan", planId }, { "action", planActionName(t.action) }, { "from", planStatusName(t.from) },
            { "to", planStatusName(t.to) }, { "on", dateValue(t.on) }, { "actor", t.actor }, { "doc", t.docNumber },
            { "reason", t.reason }, { "version", t.version } });
    if (!q)
        return q.error();
    if (t.action == PlanAction::Approve) {
        if (auto u = m_db.exec(QStringLiteral("UPDATE plan SET status = :status, doc_number = :doc, issue_date = :on "
                                              "WHERE id = :plan"),
                { { "status", planStatusName(t.to) }, { "doc", t.docNumber }, { "on", dateValue(t.on) },
                    { "plan", planId } });
            !u)
            return u.error();
    } else if (auto u = m_db.exec(QStringLiteral("UPDATE plan SET status = :status WHERE id = :plan"),
                   { { "status", planStatusName(t.to) }, { "plan", planId } });
               !u)
        return u.error();
    const QJsonObject detail { { QStringLiteral("action"), planActionName(t.action) },
        { QStringLiteral("on"), t.on.toString(Qt::ISODate) }, { QStringLiteral("by"), t.actor },
        { QStringLiteral("doc_number"), t.docNumber }, { QStringLiteral("reason"), t.reason },
        { QStringLiteral("version"), t.version } };
    if (Status s = writeAudit(m_db, QStringLiteral("plan"), planId, planActionName(t.action), QStringLiteral("status"),
            planStatusName(t.from), planStatusName(t.to) + QLatin1Char(' ') + json(detail));
        !s)
        return s;
    return tx.commit();
}

Result<QList<PlanVersionInfo>> WorkflowRepository::versions(qint64 planId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT version, approved_on, approved_by, doc_number FROM plan_version WHERE "
                                      "plan_id = :plan ORDER BY version"),
        { { "plan", planId } });
    if (!q)
        return q.error();
    QList<PlanVersionInfo> list;
    while (q->next())
        list << PlanVersionInfo { q->value(0).toInt(), dateOf(q->value(1)), q->value(2).toString(),
            q->value(3).toString() };
    return list;
}

Result<std::optional<PlanVersionInfo>> WorkflowRepository::latestVersion(qint64 planId) const
{
    auto all = versions(planId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<PlanVersionInfo>();
    return std::optional<PlanVersionInfo>(all->last());
}

Result<QList<VersionedProject>> WorkflowRepository::versionProjects(qint64 planId, int version) const
{
    auto q = m_db.exec(QStringLiteral("SELECT project_id, seq, name, organizers, duration_text, headcount_text, "
                                      "modes_text, months_text, location, level, remarks, start_date, end_date, "
                                      "effective_start, effective_approximate, cancelled FROM plan_version_project "
                                      "WHERE plan_id = :plan AND version = :version ORDER BY seq, project_id"),
        { { "plan", planId }, { "version", version } });
    if (!q)
        return q.error();
    QList<VersionedProject> list;
    while (q->next()) {
        VersionedProject v;
        v.project.id = q->value(0).toLongLong();
        v.project.planId = planId;
        v.project.seq = q->value(1).toInt();
        v.project.name = q->value(2).toString();
        v.project.organizers = splitOrganizers(q->value(3).toString());
        v.project.durationText = q->value(4).toString();
        v.project.headcountText = q->value(5).toString();
        v.project.modesText = q->value(6).toString();
        v.project.monthsText = q->value(7).toString();
        v.project.location = q->value(8).toString();
        v.project.level = q->value(9).toString();
        v.project.remarks = q->value(10).toString();
        v.startDate = dateOf(q->value(11));
        v.endDate = dateOf(q->value(12));
        v.start = EffectiveStart { dateOf(q->value(13)), q->value(14).toInt() != 0 };
        v.project.cancelled = q->value(15).toInt() != 0;
        list << v;
    }
    return list;
}

Result<int> WorkflowRepository::freezeVersion(
    qint64 planId, const PlanVersionInfo& info, const QList<VersionedProject>& projects)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto last = latestVersion(planId);
    if (!last)
        return last.error();
    const int version = last->has_value() ? (*last)->version + 1 : 1;
    auto q = m_db.exec(QStringLiteral("INSERT INTO plan_version (plan_id, version, approved_on, approved_by, "
                                      "doc_number) VALUES (:plan, :version, :on, :by, :doc)"),
        { { "plan", planId }, { "version", version }, { "on", dateValue(info.approvedOn) }, { "by", info.approvedBy },
            { "doc", info.docNumber } });
    if (!q)
        return q.error();
    for (const VersionedProject& v : projects) {
        const Project& p = v.project;
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO plan_version_project (plan_id, version, project_id, seq, name, organizers, "
                           "duration_text, headcount_text, modes_text, months_text, location, level, remarks, "
                           "start_date, end_date, effective_start, effective_approximate, cancelled) VALUES (:plan, "
                           ":version, :id, :seq, :name, :org, :dur, :head, :modes, :months, :loc, :level, :remarks, "
                           ":start, :end, :eff, :approx, :cancelled)"),
            { { "plan", planId }, { "version", version }, { "id", p.id }, { "seq", p.seq }, { "name", p.name },
                { "org", joinOrganizers(p.organizers) }, { "dur", p.durationText }, { "head", p.headcountText },
                { "modes", p.modesText }, { "months", p.monthsText }, { "loc", p.location }, { "level", p.level },
                { "remarks", p.remarks }, { "start", dateValue(v.startDate) }, { "end", dateValue(v.endDate) },
                { "eff", dateValue(v.start.date) }, { "approx", v.start.approximate ? 1 : 0 },
                { "cancelled", p.cancelled ? 1 : 0 } });
        if (!r)
            return r.error();
    }
    if (Status s = writeAudit(m_db, QStringLiteral("plan"), planId, QStringLiteral("version"),
            QStringLiteral("version"), QString(),
            json({ { QStringLiteral("version"), version }, { QStringLiteral("projects"), int(projects.size()) },
                { QStringLiteral("doc_number"), info.docNumber } }));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return version;
}

Result<PlanChangeRequest> WorkflowRepository::fileRequest(const PlanChangeRequest& input, int version)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    PlanChangeRequest r = input;
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO change_request (project_id, kind, field, old_value, new_value, reason, "
                       "effective_on, due_on, late, late_explanation, filed_on, filed_by, version) VALUES (:project, "
                       ":kind, :field, :old, :new, :reason, :eff, :due, :late, :lateText, :on, :by, :version)"),
        { { "project", r.projectId }, { "kind", changeKindName(r.kind) },
            { "field", r.field ? changeFieldName(*r.field) : QString() }, { "old", r.from }, { "new", r.to },
            { "reason", r.reason }, { "eff", dateValue(r.effective) }, { "due", dateValue(r.due) },
            { "late", r.late ? 1 : 0 }, { "lateText", r.lateExplanation }, { "on", dateValue(r.filedOn) },
            { "by", r.filedBy }, { "version", version } });
    if (!q)
        return q.error();
    r.id = q->lastInsertId().toLongLong();
    r.status = ChangeStatus::Pending;
    if (Status s = writeAudit(m_db, QStringLiteral("change_request"), r.id, QStringLiteral("file"),
            r.field ? changeFieldName(*r.field) : changeKindName(r.kind), r.from,
            json({ { QStringLiteral("project_id"), r.projectId }, { QStringLiteral("to"), r.to },
                { QStringLiteral("reason"), r.reason }, { QStringLiteral("late"), r.late } }));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<PlanChangeRequest> WorkflowRepository::request(qint64 id) const
{
    auto q
        = m_db.exec(QStringLiteral("SELECT ") + kRequestColumns + QStringLiteral("WHERE r.id = :id"), { { "id", id } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { tr("没有编号为 %1 的调整申请").arg(id) };
    return readRequest(*q);
}

Result<QList<PlanChangeRequest>> WorkflowRepository::requests(qint64 planId, qint64 projectId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kRequestColumns
            + QStringLiteral("WHERE p.plan_id = :plan AND (:project = 0 OR r.project_id = :project) ORDER BY r.id"),
        { { "plan", planId }, { "project", projectId } });
    if (!q)
        return q.error();
    QList<PlanChangeRequest> list;
    while (q->next())
        list << readRequest(*q);
    return list;
}

Result<int> WorkflowRepository::requestVersion(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT version FROM change_request WHERE id = :id"), { { "id", id } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { tr("没有编号为 %1 的调整申请").arg(id) };
    return q->value(0).toInt();
}

Status WorkflowRepository::decideRequest(
    qint64 id, ChangeStatus status, QDate on, const QString& by, const QString& note)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = request(id);
    if (!before)
        return before.error();
    if (before->status != ChangeStatus::Pending)
        return Error { tr("调整申请 %1 已于 %2 由 %3 决定（%4），不能再改")
                           .arg(id)
                           .arg(before->decidedOn.toString(Qt::ISODate), before->decidedBy,
                               changeStatusLabel(before->status)) };
    auto q = m_db.exec(QStringLiteral("UPDATE change_request SET status = :status, decided_on = :on, decided_by = "
                                      ":by, decision_note = :note WHERE id = :id AND status = 'pending'"),
        { { "status", changeStatusName(status) }, { "on", dateValue(on) }, { "by", by }, { "note", note },
            { "id", id } });
    if (!q)
        return q.error();
    if (Status s = writeAudit(m_db, QStringLiteral("change_request"), id, QStringLiteral("decide"),
            QStringLiteral("status"), QStringLiteral("pending"),
            json({ { QStringLiteral("status"), changeStatusName(status) },
                { QStringLiteral("on"), on.toString(Qt::ISODate) }, { QStringLiteral("by"), by },
                { QStringLiteral("note"), note } }));
        !s)
        return s;
    return tx.commit();
}

} // namespace tp
