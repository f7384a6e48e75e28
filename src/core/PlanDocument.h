#pragma once

// A plan as the editor and the checks see it: the plan, its projects in table order with their dates and events,
// the totals, each project's deadlines, and the findings of checkPlan — the one check of a plan. The GUI's plan
// table (PlanTableModel, a thin adapter over this), the CLI's `show`, `check` and `import` and the import preview
// all get their findings here, so what the CLI reports is what the user sees. QtCore only.
//
// An edit is stored first (PlanEditService, src/services), then applied here; the document keeps totals and
// findings current, recomputing only the deadlines of the project an edit touched.

#include "DeadlineRules.h"
#include "Finding.h"
#include "Plan.h"
#include "ProjectSchedule.h"
#include "RuleSet.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace tp {

// What a plan is checked with besides itself (the database's part: services/PlanLoader reads it).
struct PlanCheckOptions {
    // R-TABLE: the organizers must be among these units. Empty: not checked.
    QStringList knownUnits;
    // The deadline rules R-LEAD, R-OUTCITY, R-CHANGE and R-CANCEL (docs/rules.md). `show` and an import report the
    // table alone.
    bool deadlines = true;
    WorkCalendar calendar = WorkCalendar::builtIn();
    RuleSet rules = RuleSet::defaults();
    QDate today; // the day deadlines are counted from; invalid: QDate::currentDate()
};

// Every finding of a plan: R-TABLE (序号, names, cells that parse, known organizers, no durations at all), the
// plan's stated 合计 row against the sums, then each project's deadlines in table order. `schedules` by project id;
// a project's planned month is its 拟培训时间.
Findings checkPlan(const Plan& plan, const QList<Project>& projects,
    const QHash<qint64, ProjectSchedule>& schedules = {}, const PlanCheckOptions& options = {});

class PlanDocument {
public:
    PlanDocument() = default;
    explicit PlanDocument(Plan plan, QList<Project> projects = {}, QHash<qint64, ProjectSchedule> schedules = {},
        PlanCheckOptions options = {});

    const Plan& plan() const { return m_plan; }
    const QList<Project>& projects() const { return m_projects; }
    int projectCount() const { return int(m_projects.size()); }
    // The table row of a project, or −1.
    int rowOfProject(qint64 projectId) const;
    const PlanTotals& totals() const { return m_totals; }
    // What checkPlan says, kept current.
    const Findings& findings() const { return m_findings; }
    // A project's dates and events (its planned month from its 拟培训时间), and its deadlines as computed now.
    ProjectSchedule scheduleOf(qint64 projectId) const;
    ProjectDeadlines deadlinesOf(qint64 projectId) const { return m_deadlines.value(projectId); }
    // Every project with its schedule, in table order (for the calendar and the deadline rules).
    QList<ScheduledProject> scheduledProjects() const;

    const PlanCheckOptions& options() const { return m_options; }
    QDate today() const { return m_options.today.isValid() ? m_options.today : QDate::currentDate(); }
    // Each recomputes every finding.
    void setOptions(const PlanCheckOptions& options);
    void setKnownUnits(const QStringList& units);
    void setCalendar(const WorkCalendar& calendar);
    void setRuleSet(const RuleSet& rules);
    void setToday(QDate today);

    // Edits, applied after they were stored. Rows are table rows (0-based).
    void applyField(qint64 projectId, ProjectField field, const QString& text);
    void applySchedule(qint64 projectId, const ProjectSchedule& schedule);
    // The stored version a project is at after this program saved it (Project::rowVersion).
    void setRowVersion(qint64 projectId, int version);
    // A project as stored now, read again after somebody else changed it: its cells, organizers and version (its
    // row in the table stays).
    void applyStored(const Project& project);
    // Rows that come, go or move: the 序号 of the others change with renumber(), which the caller runs after it
    // (a table model first tells its views of the rows that moved, then of the numbers that changed).
    void insertProject(int row, const Project& project, const ProjectSchedule& schedule = {});
    // Returns the schedule the project had.
    ProjectSchedule removeProject(qint64 projectId);
    void moveProject(qint64 projectId, int toRow);
    // 序号 1..n in table order, and every finding again (findings name projects by 序号).
    void renumber();

    // Recomputes totals and every finding (the deadlines of every project too).
    void recheck();

private:
    void recheckTable();
    void recheckDeadlines(const Project& project);
    void collectFindings();

    Plan m_plan;
    QList<Project> m_projects;
    QHash<qint64, ProjectSchedule> m_schedules;
    PlanCheckOptions m_options;
    PlanTotals m_totals;
    Findings m_tableFindings; // R-TABLE and the stated 合计 row
    QHash<qint64, ProjectDeadlines> m_deadlines;
    QHash<qint64, Findings> m_deadlineFindings;
    Findings m_findings;
};

} // namespace tp
