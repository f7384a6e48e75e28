#include "ScheduleRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "PlanWorkflow.h"
#include "Transaction.h"
#include "WorkflowRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::ScheduleRepository)
};

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonValue jsonDate(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// "WHERE project_id = :id" or "WHERE project_id IN (SELECT id FROM project WHERE plan_id = :id)"
const QString kByProject = QStringLiteral("project_id = :id");
const QString kByPlan = QStringLiteral("project_id IN (SELECT id FROM project WHERE plan_id = :id)");

} // namespace

QString changeDecisionName(ChangeDecision d)
{
    switch (d) {
    case ChangeDecision::Approved:
        return QStringLiteral("approved");
    case ChangeDecision::Rejected:
        return QStringLiteral("rejected");
    case ChangeDecision::Pending:
        break;
    }
    return QStringLiteral("pending");
}

ChangeDecision changeDecisionFromName(const QString& name)
{
    if (name == QLatin1String("approved"))
        return ChangeDecision::Approved;
    if (name == QLatin1String("rejected"))
        return ChangeDecision::Rejected;
    return ChangeDecision::Pending;
}

QString ScheduleRepository::describe(const ProjectSchedule& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("start"), jsonDate(s.start));
    o.insert(QStringLiteral("end"), jsonDate(s.end));
    QJsonArray classes;
    for (const ClassSession& c : s.classes)
        classes.append(QJsonObject { { QStringLiteral("name"), c.name }, { QStringLiteral("start"), jsonDate(c.start) },
            { QStringLiteral("end"), jsonDate(c.end) }, { QStringLiteral("place"), c.place },
            { QStringLiteral("capacity"), c.capacity } });
    o.insert(QStringLiteral("classes"), classes);
    o.insert(QStringLiteral("plan_submitted"), jsonDate(s.planSubmitted));
    o.insert(QStringLiteral("plan_approved"), jsonDate(s.planApproved));
    o.insert(QStringLiteral("out_of_city"), s.outOfCity);
    o.insert(QStringLiteral("departure"), jsonDate(s.departure));
    o.insert(QStringLiteral("letter_filed"), jsonDate(s.responsibilityLetterFiled));
    QJsonArray changes;
    for (const ChangeRequest& c : s.changes)
        changes.append(QJsonObject { { QStringLiteral("field"), c.field }, { QStringLiteral("old"), c.oldText },
            { QStringLiteral("new"), c.newText }, { QStringLiteral("old_start"), jsonDate(c.oldStart) },
            { QStringLiteral("new_start"), jsonDate(c.newStart) },
            { QStringLiteral("requested_on"), jsonDate(c.requestedOn) },
            { QStringLiteral("decided_on"), jsonDate(c.decidedOn) },
            { QStringLiteral("decision"), changeDecisionName(c.decision) } });
    o.insert(QStringLiteral("changes"), changes);
    if (s.cancellation.cancelled)
        o.insert(QStringLiteral("cancellation"),
            QJsonObject { { QStringLiteral("on"), jsonDate(s.cancellation.date) },
                { QStringLiteral("explanation"), s.cancellation.explanation } });
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status ScheduleRepository::readInto(QHash<qint64, ProjectSchedule>& out, const QString& where, qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT project_id, start_date, end_date, plan_submitted_on, plan_approved_on, "
                                      "out_of_city, departure_on, letter_filed_on FROM project_schedule WHERE ")
            + where,
        { { "id", id } });
    if (!q)
        return q.error();
    while (q->next()) {
        ProjectSchedule& s = out[q->value(0).toLongLong()];
        s.start = dateOf(q->value(1));
        s.end = dateOf(q->value(2));
        s.planSubmitted = dateOf(q->value(3));
        s.planApproved = dateOf(q->value(4));
        s.outOfCity = q->value(5).toInt() != 0;
        s.departure = dateOf(q->value(6));
        s.responsibilityLetterFiled = dateOf(q->value(7));
    }

    q = m_db.exec(QStringLiteral("SELECT project_id, name, start_date, end_date, place, capacity FROM project_class "
                                 "WHERE ")
            + where + QStringLiteral(" ORDER BY project_id, seq"),
        { { "id", id } });
    if (!q)
        return q.error();
    while (q->next()) {
        ClassSession c;
        c.name = q->value(1).toString();
        c.start = dateOf(q->value(2));
        c.end = dateOf(q->value(3));
        c.place = q->value(4).toString();
        c.capacity = q->value(5).toInt();
        out[q->value(0).toLongLong()].classes << c;
    }

    // 调整申请: the project's change requests as filed — one table since migration 011, kept by WorkflowRepository
    // (filed and decided through PlanWorkflowService, never saved with a schedule). R-CHANGE counts back from when
    // each takes effect (the earlier of the approved and the new start), recorded when it was filed.
    qint64 planId = id;
    qint64 projectId = 0;
    if (where == kByProject) {
        projectId = id;
        auto plan = m_db.exec(QStringLiteral("SELECT plan_id FROM project WHERE id = :id"), { { "id", id } });
        if (!plan)
            return plan.error();
        planId = plan->next() ? plan->value(0).toLongLong() : 0;
    }
    auto requests = WorkflowRepository(m_db).requests(planId, projectId);
    if (!requests)
        return requests.error();
    for (const PlanChangeRequest& r : *requests) {
        if (r.kind != ChangeKind::Change)
            continue; // a cancellation is the project's, not a change of a field
        ChangeRequest c;
        c.field = r.field ? changeFieldLabel(*r.field) : QString();
        c.oldText = r.from;
        c.newText = r.to;
        c.oldStart = r.effective;
        c.requestedOn = r.filedOn;
        c.decidedOn = r.decidedOn;
        c.decision = r.status == ChangeStatus::Approved ? ChangeDecision::Approved
            : r.status == ChangeStatus::Rejected        ? ChangeDecision::Rejected
                                                        : ChangeDecision::Pending;
        out[r.projectId].changes << c;
    }

    q = m_db.exec(
        QStringLiteral("SELECT project_id, cancelled_on, explanation FROM project_cancellation WHERE ") + where,
        { { "id", id } });
    if (!q)
        return q.error();
    while (q->next()) {
        Cancellation& c = out[q->value(0).toLongLong()].cancellation;
        c.cancelled = true;
        c.date = dateOf(q->value(1));
        c.explanation = q->value(2).toString();
    }
    return success();
}

Result<ProjectSchedule> ScheduleRepository::schedule(qint64 projectId) const
{
    auto p = m_db.exec(QStringLiteral("SELECT months_text FROM project WHERE id = :id"), { { "id", projectId } });
    if (!p)
        return p.error();
    if (!p->next())
        return Error { Text::tr("项目（编号 %1）不存在").arg(projectId) };
    QHash<qint64, ProjectSchedule> all;
    if (Status s = readInto(all, kByProject, projectId); !s)
        return s.error();
    ProjectSchedule s = all.value(projectId);
    s.plannedMonths = parseMonths(p->value(0).toString());
    return s;
}

Result<QHash<qint64, ProjectSchedule>> ScheduleRepository::schedules(qint64 planId) const
{
    QHash<qint64, ProjectSchedule> all;
    auto p = m_db.exec(QStringLiteral("SELECT id, months_text FROM project WHERE plan_id = :id"), { { "id", planId } });
    if (!p)
        return p.error();
    while (p->next())
        all[p->value(0).toLongLong()].plannedMonths = parseMonths(p->value(1).toString());
    if (Status s = readInto(all, kByPlan, planId); !s)
        return s.error();
    return all;
}

Status ScheduleRepository::write(qint64 projectId, const ProjectSchedule& s)
{
    auto before = schedule(projectId); // also checks that the project exists
    if (!before)
        return before.error();
    if (s.start.isValid() && s.end.isValid() && s.end < s.start)
        return Error {
            Text::tr("结束日期 %1 早于开始日期 %2").arg(s.end.toString(Qt::ISODate), s.start.toString(Qt::ISODate))
        };
    for (qsizetype i = 0; i < s.classes.size(); ++i) {
        const ClassSession& c = s.classes.at(i);
        if (c.start.isValid() && c.end.isValid() && c.end < c.start)
            return Error { Text::tr("第 %1 个班次的结束日期 %2 早于开始日期 %3")
                               .arg(i + 1)
                               .arg(c.end.toString(Qt::ISODate), c.start.toString(Qt::ISODate)) };
        if (c.capacity < 0)
            return Error { Text::tr("第 %1 个班次的人数不能为负数（%2）").arg(i + 1).arg(c.capacity) };
    }

    for (const char* table : { "project_schedule", "project_class", "project_cancellation" }) {
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE project_id = :id").arg(QLatin1String(table)),
                { { "id", projectId } });
            !q)
            return q.error();
    }
    auto q = m_db.exec(QStringLiteral("INSERT INTO project_schedule (project_id, start_date, end_date, "
                                      "plan_submitted_on, plan_approved_on, out_of_city, departure_on, "
                                      "letter_filed_on) VALUES (:id, :start, :end, :sub, :appr, :out, :dep, :letter)"),
        { { "id", projectId }, { "start", dateValue(s.start) }, { "end", dateValue(s.end) },
            { "sub", dateValue(s.planSubmitted) }, { "appr", dateValue(s.planApproved) },
            { "out", s.outOfCity ? 1 : 0 }, { "dep", dateValue(s.departure) },
            { "letter", dateValue(s.responsibilityLetterFiled) } });
    if (!q)
        return q.error();
    int seq = 1;
    for (const ClassSession& c : s.classes) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO project_class (project_id, seq, name, start_date, end_date, "
                                          "place, capacity) VALUES (:id, :seq, :name, :start, :end, :place, :cap)"),
            { { "id", projectId }, { "seq", seq++ }, { "name", c.name }, { "start", dateValue(c.start) },
                { "end", dateValue(c.end) }, { "place", c.place },
                { "cap", c.capacity > 0 ? QVariant(c.capacity) : QVariant() } });
        if (!r)
            return r.error();
    }
    if (s.cancellation.cancelled) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO project_cancellation (project_id, cancelled_on, explanation) "
                                          "VALUES (:id, :on, :text)"),
            { { "id", projectId }, { "on", dateValue(s.cancellation.date) }, { "text", s.cancellation.explanation } });
        if (!r)
            return r.error();
    }
    ProjectSchedule old = *before;
    old.plannedMonths = MonthSpec();
    ProjectSchedule now = s;
    now.plannedMonths = MonthSpec();
    now.changes = old.changes; // kept by the workflow, not by a schedule
    if (old == now)
        return success();
    return writeAudit(m_db, QStringLiteral("project"), projectId, QStringLiteral("schedule"),
        QStringLiteral("schedule"), describe(old), describe(now));
}

Status ScheduleRepository::saveSchedule(qint64 projectId, const ProjectSchedule& schedule)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = write(projectId, schedule); !s)
        return s;
    return tx.commit();
}

Status ScheduleRepository::saveSchedules(const QHash<qint64, ProjectSchedule>& schedules)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    for (auto it = schedules.constBegin(); it != schedules.constEnd(); ++it)
        if (Status s = write(it.key(), it.value()); !s)
            return s;
    return tx.commit();
}

} // namespace tp
