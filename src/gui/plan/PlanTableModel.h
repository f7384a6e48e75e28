#pragma once

#include "PlanDocument.h"
#include "PlanTableLayout.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QUndoStack>
#include <functional>

namespace tp {

class PlanEditService;

// The annual plan table (年度教师教育项目计划表) as an editable model over a PlanDocument (core): one row per
// project, in 序号 order, and a last row 合计 with live totals. The document holds the plan, its totals and its
// findings (checkPlan); this model shows them and makes every edit an undoable step, stored at once through
// PlanEditService. If the database refuses, the model stays as it was and errorOccurred() says why.
//
// The columns are the ProjectFields (0 .. Count-1), then three computed, read-only columns from the deadline rules
// (PlanTableLayout, DeadlineCells): 开班日期, 方案截止 (R-LEAD) and 状态.
class PlanTableModel : public QAbstractTableModel, public PlanTableLayout {
    Q_OBJECT

public:
    explicit PlanTableModel(QObject* parent = nullptr);

    // The service and undo stack outlive the model's use of them (owned by the plan page).
    void setEditService(PlanEditService* edits) { m_edits = edits; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    // When a write fails because another program is writing (Error::code "busy"), whether to apply the same edit
    // again (the page asks the user: Messages::retryWhenBusy). Unset: the edit fails at once.
    void setBusyRetry(std::function<bool(const Error&)> ask) { m_busyRetry = std::move(ask); }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Shows a plan (services/PlanLoader reads one); clears the undo stack. An empty document: no plan.
    void loadDocument(PlanDocument document);
    const PlanDocument& document() const { return m_doc; }
    const Plan& plan() const { return m_doc.plan(); }
    bool hasPlan() const { return m_doc.plan().id > 0; }
    const QList<Project>& projects() const { return m_doc.projects(); }
    int projectCount() const { return m_doc.projectCount(); }
    int totalsRow() const { return projectCount(); }
    int rowOfProject(qint64 projectId) const { return m_doc.rowOfProject(projectId); }
    PlanTotals totals() const { return m_doc.totals(); }
    const Findings& findings() const { return m_doc.findings(); }
    ProjectSchedule scheduleOf(qint64 projectId) const { return m_doc.scheduleOf(projectId); }
    ProjectDeadlines deadlinesOf(qint64 projectId) const { return m_doc.deadlinesOf(projectId); }
    QList<ScheduledProject> scheduledProjects() const { return m_doc.scheduledProjects(); }
    // Recomputes every finding; public for the benchmark.
    void recomputeAll();

    // What the plan is checked with; each setter recomputes the findings.
    void setKnownUnits(const QStringList& units);
    const QStringList& knownUnits() const { return m_doc.options().knownUnits; }
    void setCalendar(const WorkCalendar& calendar);
    const WorkCalendar& calendar() const { return m_doc.options().calendar; }
    void setRuleSet(const RuleSet& rules);
    const RuleSet& ruleSet() const { return m_doc.options().rules; }
    // A seam for tests: the day deadlines are counted from, kept for every plan loaded later. Invalid (the
    // default) = QDate::currentDate().
    void setToday(QDate today);
    QDate today() const { return m_doc.today(); }

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

    // Used by the undo commands: store a change and show it, without pushing a command.
    bool applyField(qint64 projectId, ProjectField field, const QString& text);
    bool applyInsert(int row, const Project& project);
    bool applyRemove(qint64 projectId);
    bool applyMove(qint64 projectId, int toRow);
    bool applyDetails(qint64 projectId, const ProjectSchedule& schedule, const QString& monthsText);
    // Reads the project again as stored now (after staleEdit: somebody else changed it), keeping its row.
    bool reloadProject(qint64 projectId);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // A cell was not saved because somebody else changed the project since it was read (a stale save): `message`
    // says who, when and what; `text` is what the user typed (the page offers to reload the row, showing it).
    void staleEdit(qint64 projectId, tp::ProjectField field, const QString& text, const QString& message);
    // A cell of an approved plan was edited: it is not changed; the page files a change request (调整申请) instead.
    void changeRequested(qint64 projectId, tp::ProjectField field, const QString& text);
    // Totals or findings changed (after any edit).
    void summaryChanged();

private:
    // One call of the edit service, applied again while it fails busy and m_busyRetry says so.
    template <typename Write> auto write(Write call) -> decltype(call())
    {
        for (;;) {
            auto result = call();
            if (result || result.error().code != QLatin1String("busy") || !m_busyRetry || !m_busyRetry(result.error()))
                return result;
        }
    }
    void documentChanged();
    void indexFindings();
    QVariant computedData(int row, int column, int role) const;
    QString headerToolTip(int section) const; // the column's own hint, without the rule line (ColumnHelp)
    void refreshRowsFrom(int row);
    int severityAt(int row, int column) const;
    QString findingsTextAt(int row, int column) const;

    PlanEditService* m_edits = nullptr;
    std::function<bool(const Error&)> m_busyRetry;
    QPointer<QUndoStack> m_undoStack;
    PlanDocument m_doc;
    // Schedules of removed projects, so undoing a delete brings them back with the project.
    QHash<qint64, ProjectSchedule> m_removedSchedules;
    QDate m_today;
    // (projectId, column) → indices into the document's findings
    QHash<QPair<qint64, int>, QList<int>> m_findingIndex;
};

} // namespace tp
