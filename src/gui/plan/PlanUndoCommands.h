#pragma once

#include "Plan.h"
#include "ProjectSchedule.h"

#include <QUndoCommand>

namespace tp {

class PlanTableModel;

// Undo steps of the plan editor. Each one is already applied (to the database and the model) when it is
// pushed; redo() skips its first call. undo()/redo() write to the database again, each a transaction.

class EditCellCommand : public QUndoCommand {
public:
    EditCellCommand(PlanTableModel* model, qint64 projectId, ProjectField field, QString oldText, QString newText);
    void undo() override;
    void redo() override;

private:
    PlanTableModel* m_model;
    qint64 m_projectId;
    ProjectField m_field;
    QString m_old;
    QString m_new;
    bool m_applied = true;
};

class InsertProjectCommand : public QUndoCommand {
public:
    InsertProjectCommand(PlanTableModel* model, int row, Project project);
    void undo() override;
    void redo() override;

private:
    PlanTableModel* m_model;
    int m_row;
    Project m_project; // with the id it was given, so redo brings back the same project
    bool m_applied = true;
};

class RemoveProjectCommand : public QUndoCommand {
public:
    RemoveProjectCommand(PlanTableModel* model, int row, Project project);
    void undo() override;
    void redo() override;

private:
    PlanTableModel* m_model;
    int m_row;
    Project m_project;
    bool m_applied = true;
};

class MoveProjectCommand : public QUndoCommand {
public:
    MoveProjectCommand(PlanTableModel* model, qint64 projectId, int fromRow, int toRow);
    void undo() override;
    void redo() override;

private:
    PlanTableModel* m_model;
    qint64 m_projectId;
    int m_from;
    int m_to;
    bool m_applied = true;
};

// 项目详情: a project's dates and events with its 拟培训时间, saved as one step.
class EditDetailsCommand : public QUndoCommand {
public:
    EditDetailsCommand(PlanTableModel* model, qint64 projectId, ProjectSchedule oldSchedule, QString oldMonths,
        ProjectSchedule newSchedule, QString newMonths);
    void undo() override;
    void redo() override;

private:
    PlanTableModel* m_model;
    qint64 m_projectId;
    ProjectSchedule m_old;
    QString m_oldMonths;
    ProjectSchedule m_new;
    QString m_newMonths;
    bool m_applied = true;
};

} // namespace tp
