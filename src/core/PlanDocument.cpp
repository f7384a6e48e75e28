#include "PlanDocument.h"

#include "TableRules.h"

#include <algorithm>

namespace tp {

Findings checkPlan(const Plan& plan, const QList<Project>& projects, const QHash<qint64, ProjectSchedule>& schedules,
    const PlanCheckOptions& options)
{
    return PlanDocument(plan, projects, schedules, options).findings();
}

PlanDocument::PlanDocument(
    Plan plan, QList<Project> projects, QHash<qint64, ProjectSchedule> schedules, PlanCheckOptions options)
    : m_plan(std::move(plan))
    , m_projects(std::move(projects))
    , m_schedules(std::move(schedules))
    , m_options(std::move(options))
{
    // The planned month is the project's 拟培训时间, whatever a stored schedule says; a cancelled schedule (因故不能
    // 举办) makes a cancelled project (shown struck through, out of the totals).
    for (Project& p : m_projects) {
        m_schedules[p.id].plannedMonths = p.months();
        p.cancelled = p.cancelled || m_schedules.value(p.id).isCancelled();
    }
    recheck();
}

int PlanDocument::rowOfProject(qint64 projectId) const
{
    for (int i = 0; i < m_projects.size(); ++i)
        if (m_projects.at(i).id == projectId)
            return i;
    return -1;
}

ProjectSchedule PlanDocument::scheduleOf(qint64 projectId) const
{
    ProjectSchedule s = m_schedules.value(projectId);
    const int row = rowOfProject(projectId);
    if (row >= 0)
        s.plannedMonths = m_projects.at(row).months();
    return s;
}

QList<ScheduledProject> PlanDocument::scheduledProjects() const
{
    QList<ScheduledProject> list;
    list.reserve(m_projects.size());
    for (const Project& p : m_projects)
        list << ScheduledProject { p.seq, p.id, p.name, m_schedules.value(p.id) };
    return list;
}

void PlanDocument::setOptions(const PlanCheckOptions& options)
{
    m_options = options;
    recheck();
}

void PlanDocument::setKnownUnits(const QStringList& units)
{
    m_options.knownUnits = units;
    recheckTable();
    collectFindings();
}

void PlanDocument::setCalendar(const WorkCalendar& calendar)
{
    m_options.calendar = calendar;
    recheck();
}

void PlanDocument::setRuleSet(const RuleSet& rules)
{
    m_options.rules = rules;
    recheck();
}

void PlanDocument::setToday(QDate today)
{
    m_options.today = today;
    recheck();
}

void PlanDocument::applyField(qint64 projectId, ProjectField field, const QString& text)
{
    const int row = rowOfProject(projectId);
    if (row < 0)
        return;
    m_projects[row].setText(field, text);
    if (field == ProjectField::Months) { // the planned month is the start when no dates are known
        m_schedules[projectId].plannedMonths = m_projects.at(row).months();
        recheckDeadlines(m_projects.at(row));
    }
    recheckTable();
    collectFindings();
}

void PlanDocument::setRowVersion(qint64 projectId, int version)
{
    const int row = rowOfProject(projectId);
    if (row >= 0)
        m_projects[row].rowVersion.value = version;
}

void PlanDocument::applyStored(const Project& project)
{
    const int row = rowOfProject(project.id);
    if (row < 0)
        return;
    const int seq = m_projects.at(row).seq;
    m_projects[row] = project;
    m_projects[row].seq = seq;
    m_schedules[project.id].plannedMonths = m_projects.at(row).months();
    recheckDeadlines(m_projects.at(row));
    recheckTable();
    collectFindings();
}

void PlanDocument::insertProject(int row, const Project& project, const ProjectSchedule& schedule)
{
    row = std::clamp(row, 0, projectCount());
    m_projects.insert(row, project);
    m_projects[row].cancelled = project.cancelled || schedule.isCancelled();
    ProjectSchedule s = schedule;
    s.plannedMonths = project.months();
    m_schedules.insert(project.id, s);
}

ProjectSchedule PlanDocument::removeProject(qint64 projectId)
{
    const int row = rowOfProject(projectId);
    if (row < 0)
        return {};
    m_projects.removeAt(row);
    m_deadlines.remove(projectId);
    m_deadlineFindings.remove(projectId);
    return m_schedules.take(projectId);
}

void PlanDocument::moveProject(qint64 projectId, int toRow)
{
    const int from = rowOfProject(projectId);
    if (from < 0 || toRow < 0 || toRow >= projectCount())
        return;
    m_projects.move(from, toRow);
}

void PlanDocument::applySchedule(qint64 projectId, const ProjectSchedule& schedule)
{
    const int row = rowOfProject(projectId);
    if (row < 0)
        return;
    ProjectSchedule stored = schedule;
    stored.plannedMonths = m_projects.at(row).months();
    m_schedules.insert(projectId, stored);
    m_projects[row].cancelled = stored.isCancelled();
    recheckDeadlines(m_projects.at(row));
    recheckTable();
    collectFindings();
}

void PlanDocument::renumber()
{
    for (int i = 0; i < m_projects.size(); ++i)
        m_projects[i].seq = i + 1;
    recheck(); // findings name projects by 序号
}

void PlanDocument::recheck()
{
    m_deadlines.clear();
    m_deadlineFindings.clear();
    for (const Project& p : std::as_const(m_projects))
        recheckDeadlines(p);
    recheckTable();
    collectFindings();
}

void PlanDocument::recheckTable()
{
    m_totals = computeTotals(m_projects);
    TableCheckOptions table;
    table.stated = m_plan.stated;
    table.file = m_plan.sourceFile;
    table.knownUnits = m_options.knownUnits;
    m_tableFindings = checkPlanTable(m_projects, table);
}

void PlanDocument::recheckDeadlines(const Project& p)
{
    if (!m_options.deadlines)
        return;
    const ScheduledProject sp { p.seq, p.id, p.name, m_schedules.value(p.id) };
    const QDate day = today();
    m_deadlines.insert(p.id, deadlinesFor(sp.schedule, m_plan.year, m_options.calendar, m_options.rules, day));
    m_deadlineFindings.insert(p.id, checkProjectDeadlines(sp, m_plan.year, m_options.calendar, m_options.rules, day));
}

void PlanDocument::collectFindings()
{
    // R-TABLE first, then the deadlines in table order (the findings panel sorts by severity, stably).
    m_findings = m_tableFindings;
    for (const Project& p : std::as_const(m_projects)) {
        const auto it = m_deadlineFindings.constFind(p.id);
        if (it != m_deadlineFindings.constEnd())
            m_findings << *it;
    }
}

} // namespace tp
