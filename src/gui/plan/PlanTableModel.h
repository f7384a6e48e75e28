#pragma once

#include "DeadlineRules.h"
#include "Finding.h"
#include "Plan.h"
#include "ProjectSchedule.h"
#include "RuleSet.h"
#include "WorkCalendar.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <QUndoStack>

namespace tp {

class PlanRepository;
class ScheduleRepository;

// The annual plan table (年度教师教育项目计划表) as an editable model: one row per project, in 序号 order,
// and a last row 合计 with live totals. Every edit goes through the undo stack and is committed to the
// database at once; if the database refuses, the model stays as it was and errorOccurred() says why.
//
// The columns are the ProjectFields (0 .. Count-1), then three computed, read-only columns from the
// deadline rules (issue 3): 开班日期, 方案截止 (R-LEAD) and 状态. The findings are R-TABLE's plus the
// deadline rules' (checkProjectDeadlines); an edit recomputes only the edited project's deadlines.
class PlanTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles {
        ProjectIdRole = Qt::UserRole + 1,
        IsTotalsRowRole,
        SortRole, // numbers for 序号/天数/人数, pinyin sort keys for text
        SeverityRole, // int(Severity) of the worst finding on the cell, or -1
        DeadlineStateRole, // int(DeadlineState) of the cell's deadline (computed columns), or -1
    };

    // The computed columns after the project fields.
    enum Column {
        StartColumn = int(ProjectField::Count), // 开班日期: the effective start (约 when only a month is known)
        PlanDueColumn, // 方案截止: R-LEAD's due date
        StatusColumn, // 状态: 已报送 / 逾期 / 还剩 N 个工作日 / 已取消 ...
        ColumnCount
    };
    static bool isComputedColumn(int column) { return column >= StartColumn && column < ColumnCount; }
    // The cell a finding marks: deadline findings mark 方案截止 (R-CANCEL: 状态), the others their field.
    static int columnForFinding(const Finding& finding);

    explicit PlanTableModel(QObject* parent = nullptr);

    // The repository and undo stack outlive the model's use of them (owned by the window).
    void setRepository(PlanRepository* repository) { m_repository = repository; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    void setScheduleRepository(ScheduleRepository* repository) { m_scheduleRepository = repository; }

    // What the deadlines are computed with. Each setter recomputes every project's deadlines.
    void setCalendar(const WorkCalendar& calendar);
    const WorkCalendar& calendar() const { return m_calendar; }
    void setRuleSet(const RuleSet& rules);
    const RuleSet& ruleSet() const { return m_rules; }
    // A seam for tests: the day deadlines are counted from. Invalid (the default) = QDate::currentDate().
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Loads the plan's projects from the repository (clears the undo stack).
    bool loadPlan(const Plan& plan);
    const Plan& plan() const { return m_plan; }
    bool hasPlan() const { return m_plan.id > 0; }
    const QList<Project>& projects() const { return m_projects; }
    int projectCount() const { return int(m_projects.size()); }
    int totalsRow() const { return projectCount(); }
    int rowOfProject(qint64 projectId) const;
    PlanTotals totals() const { return m_totals; }
    const Findings& findings() const { return m_findings; }
    // A project's dates and events, and its deadlines as computed now.
    ProjectSchedule scheduleOf(qint64 projectId) const;
    ProjectDeadlines deadlinesOf(qint64 projectId) const { return m_deadlines.value(projectId); }
    // Every project with its schedule, in table order (for the calendar view and the CLI-like checks).
    QList<ScheduledProject> scheduledProjects() const;
    // Recomputes every finding (R-TABLE and every project's deadlines); public for the benchmark.
    void recomputeAll();
    // Known units for the organizer column and its check.
    void setKnownUnits(const QStringList& units);
    const QStringList& knownUnits() const { return m_knownUnits; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Row operations, each one undoable step. `row` is a model row (0-based).
    bool insertProjectAt(int row, const Project& project = Project());
    bool removeProjectAt(int row);
    bool moveProject(int fromRow, int toRow);
    // Saves a project's dates and events (and its 拟培训时间, if changed) as one undoable step.
    bool setSchedule(qint64 projectId, const ProjectSchedule& schedule, const QString& monthsText);

    // Used by the undo commands: apply a change to database and model without pushing a command.
    bool applyField(qint64 projectId, ProjectField field, const QString& text);
    bool applyInsert(int row, const Project& project);
    bool applyRemove(qint64 projectId);
    bool applyMove(qint64 projectId, int toRow);
    bool applySchedule(qint64 projectId, const ProjectSchedule& schedule);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // Totals or findings changed (after any edit).
    void summaryChanged();

private:
    void recompute();
    void recomputeDeadlines(qint64 projectId);
    void collectFindings();
    QVariant computedData(int row, int column, int role) const;
    void renumber();
    void refreshRowsFrom(int row);
    int severityAt(int row, int column) const;
    QString findingsTextAt(int row, int column) const;

    PlanRepository* m_repository = nullptr;
    ScheduleRepository* m_scheduleRepository = nullptr;
    QPointer<QUndoStack> m_undoStack;
    Plan m_plan;
    QList<Project> m_projects;
    PlanTotals m_totals;
    Findings m_findings;
    Findings m_tableFindings; // R-TABLE
    QHash<qint64, ProjectSchedule> m_schedules;
    QHash<qint64, ProjectDeadlines> m_deadlines;
    QHash<qint64, Findings> m_deadlineFindings;
    // Schedules of removed projects, so undoing a delete brings them back with the project.
    QHash<qint64, ProjectSchedule> m_removedSchedules;
    WorkCalendar m_calendar = WorkCalendar::builtIn();
    RuleSet m_rules = RuleSet::defaults();
    QDate m_today;
    QStringList m_knownUnits;
    // (projectId, column) → indices into m_findings
    QHash<QPair<qint64, int>, QList<int>> m_findingIndex;
};

} // namespace tp
