#pragma once

#include "Finding.h"
#include "Plan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <QUndoStack>

namespace tp {

class PlanRepository;

// The annual plan table (年度教师教育项目计划表) as an editable model: one row per project, in 序号 order,
// and a last row 合计 with live totals. Every edit goes through the undo stack and is committed to the
// database at once; if the database refuses, the model stays as it was and errorOccurred() says why.
class PlanTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles {
        ProjectIdRole = Qt::UserRole + 1,
        IsTotalsRowRole,
        SortRole, // numbers for 序号/天数/人数, pinyin sort keys for text
        SeverityRole, // int(Severity) of the worst finding on the cell, or -1
    };

    explicit PlanTableModel(QObject* parent = nullptr);

    // The repository and undo stack outlive the model's use of them (owned by the window).
    void setRepository(PlanRepository* repository) { m_repository = repository; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
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

    // Used by the undo commands: apply a change to database and model without pushing a command.
    bool applyField(qint64 projectId, ProjectField field, const QString& text);
    bool applyInsert(int row, const Project& project);
    bool applyRemove(qint64 projectId);
    bool applyMove(qint64 projectId, int toRow);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // Totals or findings changed (after any edit).
    void summaryChanged();

private:
    void recompute();
    void renumber();
    void refreshRowsFrom(int row);
    int severityAt(int row, ProjectField field) const;
    QString findingsTextAt(int row, ProjectField field) const;

    PlanRepository* m_repository = nullptr;
    QPointer<QUndoStack> m_undoStack;
    Plan m_plan;
    QList<Project> m_projects;
    PlanTotals m_totals;
    Findings m_findings;
    QStringList m_knownUnits;
    // (projectId, field) → indices into m_findings
    QHash<QPair<qint64, int>, QList<int>> m_findingIndex;
};

} // namespace tp
