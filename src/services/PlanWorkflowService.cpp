#include "PlanWorkflowService.h"

#include "CalendarRepository.h"
#include "Database.h"
#include "PlanRepository.h"
#include "ScheduleRepository.h"
#include "Transaction.h"
#include "WorkflowRepository.h"

#include <QHash>

#include <algorithm>

namespace tp {

namespace {

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

Result<PlanStatus> PlanWorkflowService::act(qint64 planId, PlanAction action, const PlanActionInput& input)
{
    Transaction tx(m_db, tr("计划%1").arg(planActionLabel(action)));
    if (!tx.isActive())
        return tx.error();
    auto plan = PlanRepository(m_db).plan(planId);
    if (!plan)
        return plan.error();
    auto to = planTransition(plan->status, action, input);
    if (!to)
        return to.error();
    PlanTransitionRecord t;
    t.from = plan->status;
    t.to = *to;
    t.action = action;
    t.on = input.on;
    t.actor = input.actor.trimmed();
    t.docNumber = input.docNumber.trimmed();
    t.reason = input.reason.trimmed();
    WorkflowRepository workflow(m_db);
    if (action == PlanAction::Approve) {
        auto projects = currentProjects(planId);
        if (!projects)
            return projects.error();
        auto version = workflow.freezeVersion(planId, { 0, t.on, t.actor, t.docNumber }, *projects);
        if (!version)
            return version.error();
        t.version = *version;
    }
    if (Status s = workflow.recordTransition(planId, t); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *to;
}

Result<QList<VersionedProject>> PlanWorkflowService::currentProjects(qint64 planId) const
{
    auto plan = PlanRepository(m_db).plan(planId);
    if (!plan)
        return plan.error();
    auto projects = PlanRepository(m_db).projects(planId);
    if (!projects)
        return projects.error();
    auto schedules = ScheduleRepository(m_db).schedules(planId);
    if (!schedules)
        return schedules.error();
    QList<VersionedProject> list;
    for (const Project& p : *projects)
        list << versionedProject(p, schedules->value(p.id), plan->year);
    return list;
}

Result<QList<VersionedProject>> PlanWorkflowService::approvedProjects(qint64 planId) const
{
    WorkflowRepository workflow(m_db);
    auto latest = workflow.latestVersion(planId);
    if (!latest)
        return latest.error();
    if (!latest->has_value())
        return QList<VersionedProject>();
    const int version = (*latest)->version;
    auto list = workflow.versionProjects(planId, version);
    if (!list)
        return list.error();
    auto plan = PlanRepository(m_db).plan(planId);
    if (!plan)
        return plan.error();
    auto requests = workflow.requests(planId);
    if (!requests)
        return requests.error();
    for (const PlanChangeRequest& r : *requests) {
        if (r.status != ChangeStatus::Approved)
            continue;
        auto filedAgainst = workflow.requestVersion(r.id);
        if (!filedAgainst)
            return filedAgainst.error();
        if (*filedAgainst != version)
            continue;
        for (VersionedProject& v : *list) {
            if (v.project.id != r.projectId)
                continue;
            if (r.kind == ChangeKind::Cancel)
                v.project.cancelled = true;
            else if (r.field)
                (void)v.setValue(*r.field, r.to, plan->year);
        }
    }
    return list;
}

Result<ChangeOutcome> PlanWorkflowService::requestChange(qint64 planId, int seq, ChangeField field,
    const QString& value, const QString& reason, const QString& lateExplanation, QDate filedOn, const QString& actor)
{
    auto plan = PlanRepository(m_db).plan(planId);
    if (!plan)
        return plan.error();
    if (!isApprovedStatus(plan->status))
        return Error { tr("%1 %2 年度计划尚未批复（%3）：直接修改即可，无须调整申请")
                           .arg(plan->district)
                           .arg(plan->year)
                           .arg(planStatusLabel(plan->status)) };
    auto approved = approvedProjects(planId);
    if (!approved)
        return approved.error();
    auto current = currentProjects(planId);
    if (!current)
        return current.error();
    const auto now = std::find_if(
        current->cbegin(), current->cend(), [&](const VersionedProject& v) { return v.project.seq == seq; });
    if (now == current->cend())
        return Error { tr("%1 %2 年度计划没有第 %3 项").arg(plan->district).arg(plan->year).arg(seq) };
    const auto was = std::find_if(approved->cbegin(), approved->cend(),
        [&](const VersionedProject& v) { return v.project.id == now->project.id; });
    if (was == approved->cend())
        return Error { tr("第 %1 项「%2」是批复后新增的项目，不在已批复的计划中").arg(seq).arg(now->project.name) };
    if (was->project.cancelled)
        return Error { tr("第 %1 项「%2」已取消").arg(seq).arg(now->project.name) };
    VersionedProject changed = *was;
    if (Status s = changed.setValue(field, value, plan->year); !s)
        return s.error();
    PlanChangeRequest r;
    r.projectId = now->project.id;
    r.seq = seq;
    r.projectName = now->project.name;
    r.kind = ChangeKind::Change;
    r.field = field;
    // From the approved value, not from what may have been typed into the table since.
    r.from = was->value(field);
    r.to = changed.value(field);
    r.reason = reason.trimmed();
    r.lateExplanation = lateExplanation.trimmed();
    r.filedOn = filedOn;
    r.filedBy = actor.trimmed();
    return file(planId, r, *was, changed, true);
}

Result<PlanWorkflowService::ChangePreview> PlanWorkflowService::previewChange(
    qint64 planId, int seq, ChangeField field, const QString& value, QDate filedOn) const
{
    auto plan = PlanRepository(m_db).plan(planId);
    if (!plan)
        return plan.error();
    auto approved = approvedProjects(planId);
    if (!approved)
        return approved.error();
    auto projects = PlanRepository(m_db).projects(planId);
    if (!projects)
        return projects.error();
    qint64 projectId = 0;
    for (const Project& p : *projects)
        if (p.seq == seq)
            projectId = p.id;
    const auto was = std::find_if(approved->cbegin(), approved->cend(),
        [&](const VersionedProject& v) { return projectId > 0 && v.project.id == projectId; });
    if (was == approved->cend())
        return Error { tr("第 %1 项不在已批复的计划中").arg(seq) };
    VersionedProject changed = *was;
    if (Status s = changed.setValue(field, value, plan->year); !s)
        return s.error();
    CalendarRepository calendars(m_db);
    auto calendar = calendars.calendar();
    if (!calendar)
        return calendar.error();
    auto rules = calendars.ruleSet(plan->district);
    if (!rules)
        return rules.error();
    return ChangePreview { was->value(field), changed.value(field),
        changeTiming(was->start, changed.start, filedOn, *calendar, *rules), *rules };
}

Result<ChangeOutcome> PlanWorkflowService::requestCancellation(
    qint64 planId, int seq, const QString& explanation, QDate filedOn, const QString& actor)
{
    auto plan = PlanRepository(m_db).plan(planId);
    if (!plan)
        return plan.error();
    auto current = currentProjects(planId);
    if (!current)
        return current.error();
    const auto now = std::find_if(
        current->cbegin(), current->cend(), [&](const VersionedProject& v) { return v.project.seq == seq; });
    if (now == current->cend())
        return Error { tr("%1 %2 年度计划没有第 %3 项").arg(plan->district).arg(plan->year).arg(seq) };
    if (now->project.cancelled)
        return Error { tr("第 %1 项「%2」已取消").arg(seq).arg(now->project.name) };
    PlanChangeRequest r;
    r.projectId = now->project.id;
    r.seq = seq;
    r.projectName = now->project.name;
    r.kind = ChangeKind::Cancel;
    r.reason = explanation.trimmed();
    r.filedOn = filedOn;
    r.filedBy = actor.trimmed();
    if (!isApprovedStatus(plan->status)) {
        // Not approved yet: nobody has to approve the cancellation, but it keeps its explanation.
        if (Status s = checkChangeRequest(r, {}, RuleSet::defaults()); !s)
            return s.error();
        Transaction tx(m_db, tr("取消项目"));
        if (!tx.isActive())
            return tx.error();
        if (Status s = apply(r, filedOn); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return ChangeOutcome { r, true };
    }
    return file(planId, r, *now, *now, false);
}

Result<ChangeOutcome> PlanWorkflowService::file(qint64 planId, PlanChangeRequest r, const VersionedProject& approved,
    const VersionedProject& changed, bool checkTiming)
{
    auto plan = PlanRepository(m_db).plan(planId);
    if (!plan)
        return plan.error();
    CalendarRepository calendars(m_db);
    auto calendar = calendars.calendar();
    if (!calendar)
        return calendar.error();
    auto rules = calendars.ruleSet(plan->district);
    if (!rules)
        return rules.error();
    ChangeTiming timing;
    if (checkTiming) {
        // R-CHANGE from the approved start (the earlier of it and the new one), never from a date typed since.
        timing = changeTiming(approved.start, changed.start, r.filedOn, *calendar, *rules);
        r.effective = timing.effective;
        r.due = timing.due.date;
        r.late = timing.late;
    } else {
        r.effective = approved.start.date;
    }
    if (Status s = checkChangeRequest(r, timing, *rules); !s)
        return s.error();
    WorkflowRepository workflow(m_db);
    auto latest = workflow.latestVersion(planId);
    if (!latest)
        return latest.error();
    auto filed = workflow.fileRequest(r, latest->has_value() ? (*latest)->version : 0);
    if (!filed)
        return filed.error();
    return ChangeOutcome { *filed, false };
}

Status PlanWorkflowService::apply(const PlanChangeRequest& r, QDate on)
{
    ScheduleRepository schedules(m_db);
    if (r.kind == ChangeKind::Cancel) {
        auto s = schedules.schedule(r.projectId);
        if (!s)
            return s.error();
        ProjectSchedule changed = *s;
        changed.cancellation = Cancellation { true, on, r.reason };
        return schedules.saveSchedule(r.projectId, changed);
    }
    if (!r.field)
        return Error { tr("调整申请 %1 没有写明调整哪一项").arg(r.id) };
    if (const auto column = tableField(*r.field))
        return PlanRepository(m_db).updateProjectField(r.projectId, *column, r.to);
    // 开班日期 or 结束日期: the schedule's
    auto s = schedules.schedule(r.projectId);
    if (!s)
        return s.error();
    ProjectSchedule changed = *s;
    (*r.field == ChangeField::Start ? changed.start : changed.end) = QDate::fromString(r.to, Qt::ISODate);
    return schedules.saveSchedule(r.projectId, changed);
}

Result<ChangeOutcome> PlanWorkflowService::decide(
    qint64 requestId, bool approve, QDate on, const QString& actor, const QString& note)
{
    if (actor.trimmed().isEmpty())
        return Error { tr("批准或不批准调整申请须写明经办人") };
    if (!on.isValid())
        return Error { tr("批准或不批准调整申请须写明日期") };
    Transaction tx(m_db, approve ? tr("批准调整申请") : tr("不批准调整申请"));
    if (!tx.isActive())
        return tx.error();
    WorkflowRepository workflow(m_db);
    auto r = workflow.request(requestId);
    if (!r)
        return r.error();
    if (Status s = workflow.decideRequest(
            requestId, approve ? ChangeStatus::Approved : ChangeStatus::Rejected, on, actor.trimmed(), note.trimmed());
        !s)
        return s.error();
    if (approve) {
        if (Status s = apply(*r, on); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    auto decided = workflow.request(requestId);
    if (!decided)
        return decided.error();
    return ChangeOutcome { *decided, approve };
}

Result<QList<HistoryEvent>> PlanWorkflowService::history(qint64 planId, qint64 projectId) const
{
    WorkflowRepository workflow(m_db);
    QList<HistoryEvent> events;
    auto transitions = workflow.transitions(planId);
    if (!transitions)
        return transitions.error();
    for (const PlanTransitionRecord& t : *transitions) {
        HistoryEvent e;
        e.on = t.on;
        e.kind = t.action == PlanAction::Approve ? QStringLiteral("version") : QStringLiteral("transition");
        e.who = t.actor;
        e.version = t.version;
        if (t.action == PlanAction::Approve)
            e.text = tr("计划批复（%1），第 %2 版").arg(t.docNumber).arg(t.version);
        else if (t.action == PlanAction::Return)
            e.text = tr("计划退回修改：%1").arg(t.reason);
        else if (!t.reason.trimmed().isEmpty())
            e.text = tr("计划%1（%2 → %3）：%4")
                         .arg(planActionLabel(t.action), planStatusLabel(t.from), planStatusLabel(t.to), t.reason);
        else
            e.text = tr("计划%1（%2 → %3）")
                         .arg(planActionLabel(t.action), planStatusLabel(t.from), planStatusLabel(t.to));
        events << e;
    }
    // A value as a reader says it: a date as 3月15日, nothing as （空）.
    const auto shown = [](const std::optional<ChangeField>& field, const QString& value) {
        if (value.trimmed().isEmpty())
            return tr("（空）");
        if (field == ChangeField::Start || field == ChangeField::End) {
            const QDate d = QDate::fromString(value.trimmed(), Qt::ISODate);
            if (d.isValid())
                return tr("%1月%2日").arg(d.month()).arg(d.day());
        }
        return value;
    };
    auto requests = workflow.requests(planId, projectId);
    if (!requests)
        return requests.error();
    for (const PlanChangeRequest& r : *requests) {
        HistoryEvent filed;
        filed.on = r.filedOn;
        filed.kind = QStringLiteral("request");
        filed.who = r.filedBy;
        filed.requestId = r.id;
        if (r.kind == ChangeKind::Cancel)
            filed.text = tr("第 %1 项「%2」申请取消：%3").arg(r.seq).arg(r.projectName, r.reason);
        else
            filed.text
                = tr("第 %1 项「%2」申请调整%3：%4 → %5（原因：%6）%7")
                      .arg(r.seq)
                      .arg(r.projectName, r.field ? changeFieldLabel(*r.field) : QString(), shown(r.field, r.from),
                          shown(r.field, r.to), r.reason,
                          r.late ? tr("；逾期提出（最迟 %1）：%2").arg(iso(r.due), r.lateExplanation) : QString());
        events << filed;
        if (r.status != ChangeStatus::Pending) {
            HistoryEvent decided;
            decided.on = r.decidedOn;
            decided.kind = QStringLiteral("decision");
            decided.who = r.decidedBy;
            decided.requestId = r.id;
            // The decision names the project and the change again, with who decided it when: read apart from its
            // request ("第 3 项「…」开班日期 3月15日 → 4月12日：已批准（张三，2026-12-02）").
            const QString what = r.kind == ChangeKind::Cancel
                ? tr("取消")
                : tr("%1 %2 → %3")
                      .arg(r.field ? changeFieldLabel(*r.field) : QString(), shown(r.field, r.from),
                          shown(r.field, r.to))
                      .trimmed();
            decided.text
                = tr("第 %1 项「%2」%3：%4（%5，%6）%7")
                      .arg(r.seq)
                      .arg(r.projectName, what, changeStatusLabel(r.status), r.decidedBy.trimmed(), iso(r.decidedOn),
                          r.decisionNote.isEmpty() ? QString() : tr("；%1").arg(r.decisionNote));
            events << decided;
        }
    }
    std::stable_sort(events.begin(), events.end(),
        [](const HistoryEvent& a, const HistoryEvent& b) { return a.on.isValid() && b.on.isValid() && a.on < b.on; });
    return events;
}

Result<QList<ProjectDiff>> PlanWorkflowService::diff(qint64 planId) const
{
    WorkflowRepository workflow(m_db);
    auto latest = workflow.latestVersion(planId);
    if (!latest)
        return latest.error();
    if (!latest->has_value())
        return Error { tr("计划尚未批复，没有可比较的批复版本") };
    auto before = workflow.versionProjects(planId, (*latest)->version);
    if (!before)
        return before.error();
    auto now = currentProjects(planId);
    if (!now)
        return now.error();
    return diffPlanVersions(*before, *now);
}

Result<PlanWorkflowService::Adjustments> PlanWorkflowService::adjustments(qint64 planId) const
{
    auto diffed = diff(planId);
    if (!diffed)
        return diffed.error();
    WorkflowRepository workflow(m_db);
    auto latest = workflow.latestVersion(planId);
    if (!latest)
        return latest.error();
    const PlanVersionInfo& info = **latest; // diff() refused a plan never approved
    auto requests = workflow.requests(planId);
    if (!requests)
        return requests.error();
    // Only the requests filed against this version: earlier ones are in it already.
    QList<PlanChangeRequest> since;
    for (const PlanChangeRequest& r : *requests) {
        auto version = workflow.requestVersion(r.id);
        if (!version)
            return version.error();
        if (*version == info.version)
            since << r;
    }
    return Adjustments { info.version, info.docNumber, info.approvedOn, info.approvedBy,
        planAdjustments(*diffed, since) };
}

} // namespace tp
