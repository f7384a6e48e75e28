#pragma once

#include "ProjectSchedule.h"
#include "Result.h"

#include <QHash>

namespace tp {

class Database;

// A project's dates, classes (班次) and events . The planned month comes from the project's
// 拟培训时间 (project.months_text, edited in the plan table); it is loaded here but never saved here.
// Every save is one transaction (nested into the caller's, if any) with an audit-log row holding the
// schedule before and after, so a change request's history can be checked.
class ScheduleRepository {
public:
    explicit ScheduleRepository(Database& db)
        : m_db(db)
    {
    }

    // The schedule of one project (empty apart from plannedMonths if nothing was entered).
    Result<ProjectSchedule> schedule(qint64 projectId) const;
    // Every project of a plan, by project id (projects without dates or events included).
    Result<QHash<qint64, ProjectSchedule>> schedules(qint64 planId) const;

    // Replaces the project's dates, classes, events and cancellation with `schedule`. Its change requests
    // (schedule.changes) are read from change_request and never written here: they are filed and decided through
    // PlanWorkflowService (WorkflowRepository).
    Status saveSchedule(qint64 projectId, const ProjectSchedule& schedule);
    // The same for several projects, all or nothing.
    Status saveSchedules(const QHash<qint64, ProjectSchedule>& schedules);

    // The audit text of a schedule (compact JSON; stable keys), also for tests.
    static QString describe(const ProjectSchedule& schedule);

private:
    Status write(qint64 projectId, const ProjectSchedule& schedule);
    Status readInto(QHash<qint64, ProjectSchedule>& out, const QString& where, qint64 id) const;

    Database& m_db;
};

QString changeDecisionName(ChangeDecision d); // pending | approved | rejected (stable, for storage/JSON)
ChangeDecision changeDecisionFromName(const QString& name);

} // namespace tp
