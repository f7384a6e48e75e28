#include "PlanUndoCommands.h"

#include "PlanTableModel.h"

#include <QCoreApplication>

namespace tp {

namespace {
// The translation context of this file's messages.
struct PlanUndoCommands {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanUndoCommands)
};

QString shortText(const QString& s)
{
    return s.size() > 12 ? s.left(12) + QChar(0x2026) : s;
}
} // namespace

EditCellCommand::EditCellCommand(
    PlanTableModel* model, qint64 projectId, ProjectField field, QString oldText, QString newText)
    : m_model(model)
    , m_projectId(projectId)
    , m_field(field)
    , m_old(std::move(oldText))
    , m_new(std::move(newText))
{
    setText(PlanUndoCommands::tr("修改%1为「%2」").arg(fieldLabel(field), shortText(m_new)));
}

void EditCellCommand::undo()
{
    if (!m_model->applyField(m_projectId, m_field, m_old))
        setObsolete(true);
}

void EditCellCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (!m_model->applyField(m_projectId, m_field, m_new))
        setObsolete(true);
}

InsertProjectCommand::InsertProjectCommand(PlanTableModel* model, int row, Project project)
    : m_model(model)
    , m_row(row)
    , m_project(std::move(project))
{
    setText(PlanUndoCommands::tr("插入第 %1 行").arg(row + 1));
}

void InsertProjectCommand::undo()
{
    m_model->applyRemove(m_project.id);
}

void InsertProjectCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_model->applyInsert(m_row, m_project);
}

RemoveProjectCommand::RemoveProjectCommand(PlanTableModel* model, int row, Project project)
    : m_model(model)
    , m_row(row)
    , m_project(std::move(project))
{
    setText(PlanUndoCommands::tr("删除第 %1 行「%2」").arg(row + 1).arg(shortText(m_project.name)));
}

void RemoveProjectCommand::undo()
{
    m_model->applyInsert(m_row, m_project);
}

void RemoveProjectCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_model->applyRemove(m_project.id);
}

MoveProjectCommand::MoveProjectCommand(PlanTableModel* model, qint64 projectId, int fromRow, int toRow)
    : m_model(model)
    , m_projectId(projectId)
    , m_from(fromRow)
    , m_to(toRow)
{
    setText(PlanUndoCommands::tr("将第 %1 行移到第 %2 行").arg(fromRow + 1).arg(toRow + 1));
}

void MoveProjectCommand::undo()
{
    m_model->applyMove(m_projectId, m_from);
}

void MoveProjectCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_model->applyMove(m_projectId, m_to);
}

EditDetailsCommand::EditDetailsCommand(PlanTableModel* model, qint64 projectId, ProjectSchedule oldSchedule,
    QString oldMonths, ProjectSchedule newSchedule, QString newMonths)
    : m_model(model)
    , m_projectId(projectId)
    , m_old(std::move(oldSchedule))
    , m_oldMonths(std::move(oldMonths))
    , m_new(std::move(newSchedule))
    , m_newMonths(std::move(newMonths))
{
    setText(PlanUndoCommands::tr("修改项目详情"));
}

void EditDetailsCommand::undo()
{
    if (!m_model->applyDetails(m_projectId, m_old, m_oldMonths))
        setObsolete(true);
}

void EditDetailsCommand::redo()
{
    if (m_applied) { // already applied when pushed
        m_applied = false;
        return;
    }
    if (!m_model->applyDetails(m_projectId, m_new, m_newMonths))
        setObsolete(true);
}

} // namespace tp
