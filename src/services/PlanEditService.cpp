#include "PlanEditService.h"

#include "Database.h"
#include "PlanRepository.h"
#include "ScheduleRepository.h"
#include "Transaction.h"

namespace tp {

namespace {

// A schedule with nothing entered beyond the planned months (which belong to the project's 拟培训时间).
bool isEmptySchedule(const ProjectSchedule& schedule)
{
    ProjectSchedule empty;
    empty.plannedMonths = schedule.plannedMonths;
    return schedule == empty;
}

} // namespace

Result<Plan> PlanEditService::createPlan(const Plan& plan)
{
    return PlanRepository(m_db).createPlan(plan);
}

Status PlanEditService::setField(qint64 projectId, ProjectField field, const QString& text)
{
    if (auto saved = saveField(projectId, field, text, 0); !saved)
        return saved.error();
    return success();
}

Result<Project> PlanEditService::project(qint64 projectId) const
{
    return PlanRepository(m_db).project(projectId);
}

Result<int> PlanEditService::saveField(qint64 projectId, ProjectField field, const QString& text, int expectedVersion)
{
    PlanRepository plans(m_db);
    auto project = plans.project(projectId);
    if (!project)
        return project.error();
    auto plan = plans.plan(project->planId);
    if (!plan)
        return plan.error();
    // seeds 000 §二(一): an approved plan changes only by an approved change request (PlanWorkflowService).
    if (isApprovedStatus(plan->status)) {
        Error e(tr("%1 %2 年度计划已批复（%3），第 %4 项「%5」的“%6”只能通过调整申请修改，批准后生效")
                    .arg(plan->district)
                    .arg(plan->year)
                    .arg(plan->docNumber.isEmpty() ? planStatusLabel(plan->status) : plan->docNumber)
                    .arg(project->seq)
                    .arg(project->name, fieldLabel(field)));
        e.value = text;
        return e;
    }
    return plans.saveProjectField(projectId, field, text, expectedVersion);
}

Result<Project> PlanEditService::insertProject(
    qint64 planId, const Project& project, int seq, const ProjectSchedule& schedule)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto inserted = PlanRepository(m_db).insertProject(planId, project, seq);
    if (!inserted)
        return inserted.error();
    if (!isEmptySchedule(schedule))
        if (Status s = ScheduleRepository(m_db).saveSchedule(inserted->id, schedule); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return inserted;
}

Status PlanEditService::removeProject(qint64 projectId)
{
    PlanRepository plans(m_db);
    auto project = plans.project(projectId);
    if (!project)
        return project.error();
    auto plan = plans.plan(project->planId);
    if (!plan)
        return plan.error();
    // An approved project is kept in the record; it leaves the plan by a cancellation with its explanation.
    if (isApprovedStatus(plan->status)) {
        Error e(tr("%1 %2 年度计划已批复（%3），第 %4 项「%5」不能删除；如不再举办，请提出取消申请并写明书面说明")
                    .arg(plan->district)
                    .arg(plan->year)
                    .arg(plan->docNumber.isEmpty() ? planStatusLabel(plan->status) : plan->docNumber)
                    .arg(project->seq)
                    .arg(project->name));
        e.value = project->name;
        return e;
    }
    return plans.deleteProject(projectId);
}

Status PlanEditService::moveProject(qint64 projectId, int seq)
{
    return PlanRepository(m_db).moveProject(projectId, seq);
}

Status PlanEditService::saveDetails(
    qint64 projectId, const ProjectSchedule& schedule, const std::optional<QString>& monthsText)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (monthsText)
        if (Status s = PlanRepository(m_db).updateProjectField(projectId, ProjectField::Months, *monthsText); !s)
            return s;
    if (Status s = ScheduleRepository(m_db).saveSchedule(projectId, schedule); !s)
        return s;
    return tx.commit();
}

} // namespace tp
