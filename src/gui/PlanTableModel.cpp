#include "PlanTableModel.h"

#include "PlanCommands.h"
#include "PlanRepository.h"
#include "TableRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QUndoStack>

namespace tp {

namespace {

constexpr int kColumns = int(ProjectField::Count);

ProjectField fieldOf(int column)
{
    return ProjectField(column);
}

bool isNumericColumn(ProjectField f)
{
    return f == ProjectField::Seq || f == ProjectField::Duration || f == ProjectField::Headcount;
}

} // namespace

PlanTableModel::PlanTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool PlanTableModel::loadPlan(const Plan& plan)
{
    if (!m_repository)
        return false;
    auto projects = m_repository->projects(plan.id);
    if (!projects) {
        Q_EMIT errorOccurred(projects.error().toString());
        return false;
    }
    beginResetModel();
    m_plan = plan;
    m_projects = *projects;
    recompute();
    endResetModel();
    if (m_undoStack)
        m_undoStack->clear();
    Q_EMIT summaryChanged();
    return true;
}

void PlanTableModel::setKnownUnits(const QStringList& units)
{
    m_knownUnits = units;
    if (!m_projects.isEmpty()) {
        recompute();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumns - 1));
        Q_EMIT summaryChanged();
    }
}

int PlanTableModel::rowOfProject(qint64 projectId) const
{
    for (int i = 0; i < m_projects.size(); ++i)
        if (m_projects.at(i).id == projectId)
            return i;
    return -1;
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !hasPlan())
        return 0;
    return projectCount() + 1; // + 合计
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= kColumns)
        return QVariant();
    const int row = index.row();
    const ProjectField field = fieldOf(index.column());

    if (row == totalsRow()) {
        switch (role) {
        case Qt::DisplayRole:
            if (field == ProjectField::Seq)
                return tr("合计");
            if (field == ProjectField::Name)
                return tr("%n 个项目", nullptr, m_totals.projects);
            if (field == ProjectField::Duration)
                return formatDurationTotal(m_totals);
            if (field == ProjectField::Headcount) {
                QString text = QString::number(m_totals.headcount);
                if (m_totals.allStaffRows > 0)
                    text += tr(" + 全员×%1").arg(m_totals.allStaffRows);
                return text;
            }
            return QVariant();
        case Qt::ToolTipRole:
            if (field == ProjectField::Duration)
                return tr("按天计 %1 天，按学时计 %2 学时；%3 行未填")
                    .arg(formatNumber(m_totals.days), formatNumber(m_totals.hours))
                    .arg(m_totals.blankDurationRows);
            if (field == ProjectField::Headcount)
                return tr("确数与约数合计 %1 人（其中约数 %2 行）；“全员” %3 行另计，不计为 0")
                    .arg(m_totals.headcount)
                    .arg(m_totals.approxRows)
                    .arg(m_totals.allStaffRows);
            return QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::BackgroundRole:
            return QBrush(QColor(0xEE, 0xF2, 0xF7));
        case IsTotalsRowRole:
            return true;
        case SortRole:
            return QVariant();
        case Qt::TextAlignmentRole:
            return int(isNumericColumn(field) ? Qt::AlignCenter : (Qt::AlignLeft | Qt::AlignVCenter));
        default:
            return QVariant();
        }
    }

    const Project& p = m_projects.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p.text(field);
    case Qt::ToolTipRole: {
        QString tip = findingsTextAt(row, field);
        if (tip.isEmpty() && field == ProjectField::Duration && !p.durationText.isEmpty()) {
            const Duration d = p.duration();
            tip = d.unit == DurationUnit::Hour ? tr("%1 学时").arg(formatNumber(d.value))
                                               : tr("%1 天").arg(formatNumber(d.value));
        }
        if (tip.isEmpty() && field == ProjectField::Headcount && p.headcount().kind == HeadcountKind::AllStaff)
            tip = tr("全员：目标群体全体人员，不计入人数合计");
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::BackgroundRole: {
        const int s = severityAt(row, field);
        if (s == int(Severity::Error))
            return QBrush(QColor(0xFD, 0xE2, 0xE1));
        if (s == int(Severity::Warning))
            return QBrush(QColor(0xFF, 0xF4, 0xCE));
        return QVariant();
    }
    case Qt::TextAlignmentRole:
        return int(isNumericColumn(field) ? Qt::AlignCenter : (Qt::AlignLeft | Qt::AlignVCenter));
    case ProjectIdRole:
        return p.id;
    case IsTotalsRowRole:
        return false;
    case SeverityRole:
        return severityAt(row, field);
    case SortRole:
        switch (field) {
        case ProjectField::Seq:
            return p.seq;
        case ProjectField::Duration: {
            const Duration d = p.duration();
            // days before hours; a day counted as 8 学时 only for ordering
            return d.unit == DurationUnit::Day ? d.value * 8 : (d.unit == DurationUnit::Hour ? d.value : -1.0);
        }
        case ProjectField::Headcount: {
            const Headcount h = p.headcount();
            return h.kind == HeadcountKind::AllStaff ? 1e9 : (h.kind == HeadcountKind::None ? -1 : h.value);
        }
        default:
            return p.text(field);
        }
    default:
        return QVariant();
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section == totalsRow() ? QVariant() : QVariant(section + 1);
        return QVariant();
    }
    if (section < 0 || section >= kColumns)
        return QVariant();
    if (role == Qt::DisplayRole)
        return fieldLabel(fieldOf(section));
    if (role == Qt::ToolTipRole) {
        switch (fieldOf(section)) {
        case ProjectField::Duration:
            return tr("天数（如 3、2天、半天）或学时（如 50学时）；天数与学时分别合计");
        case ProjectField::Headcount:
            return tr("人数（如 300、300人）、约数（约120人）或“全员”");
        case ProjectField::Organizers:
            return tr("多个主办单位用顿号分隔，如“区教委、社区学院”");
        case ProjectField::Months:
            return tr("如 4月、4-5月、全年");
        default:
            return QVariant();
        }
    }
    return QVariant();
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return Qt::NoItemFlags;
    if (index.row() == totalsRow())
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (fieldOf(index.column()) != ProjectField::Seq)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PlanTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= projectCount())
        return false;
    const ProjectField field = fieldOf(index.column());
    if (field == ProjectField::Seq)
        return false;
    const Project& p = m_projects.at(index.row());
    const QString oldText = p.text(field);
    QString newText = value.toString();
    if (field == ProjectField::Organizers)
        newText = joinOrganizers(splitOrganizers(newText));
    if (newText == oldText)
        return true;
    const qint64 id = p.id;
    if (!applyField(id, field, newText))
        return false;
    if (m_undoStack)
        m_undoStack->push(new EditCellCommand(this, id, field, oldText, newText));
    return true;
}

bool PlanTableModel::applyField(qint64 projectId, ProjectField field, const QString& text)
{
    const int row = rowOfProject(projectId);
    if (row < 0 || !m_repository)
        return false;
    if (Status s = m_repository->updateProjectField(projectId, field, text); !s) {
        Q_EMIT errorOccurred(s.error().toString());
        return false;
    }
    m_projects[row].setText(field, text);
    recompute();
    // Findings of other rows can change too (e.g. a duplicate, a total): repaint all, it is cheap.
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, kColumns - 1));
    Q_EMIT summaryChanged();
    return true;
}

bool PlanTableModel::insertProjectAt(int row, const Project& project)
{
    if (!hasPlan())
        return false;
    row = std::clamp(row, 0, projectCount());
    Project p = project;
    p.id = 0;
    if (!applyInsert(row, p))
        return false;
    if (m_undoStack)
        m_undoStack->push(new InsertProjectCommand(this, row, m_projects.at(row)));
    return true;
}

bool PlanTableModel::applyInsert(int row, const Project& project)
{
    if (!m_repository)
        return false;
    row = std::clamp(row, 0, projectCount());
    auto inserted = m_repository->insertProject(m_plan.id, project, row + 1);
    if (!inserted) {
        Q_EMIT errorOccurred(inserted.error().toString());
        return false;
    }
    // Rows move first, then their 序号 change: views (and QAbstractItemModelTester) see a plain insert
    // followed by a dataChanged of the renumbered rows.
    beginInsertRows(QModelIndex(), row, row);
    m_projects.insert(row, *inserted);
    endInsertRows();
    renumber();
    refreshRowsFrom(row);
    return true;
}

bool PlanTableModel::removeProjectAt(int row)
{
    if (row < 0 || row >= projectCount())
        return false;
    const Project p = m_projects.at(row);
    if (!applyRemove(p.id))
        return false;
    if (m_undoStack)
        m_undoStack->push(new RemoveProjectCommand(this, row, p));
    return true;
}

bool PlanTableModel::applyRemove(qint64 projectId)
{
    const int row = rowOfProject(projectId);
    if (row < 0 || !m_repository)
        return false;
    if (Status s = m_repository->deleteProject(projectId); !s) {
        Q_EMIT errorOccurred(s.error().toString());
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_projects.removeAt(row);
    endRemoveRows();
    renumber();
    refreshRowsFrom(row);
    return true;
}

bool PlanTableModel::moveProject(int fromRow, int toRow)
{
    if (fromRow < 0 || fromRow >= projectCount() || toRow < 0 || toRow >= projectCount() || fromRow == toRow)
        return false;
    const qint64 id = m_projects.at(fromRow).id;
    if (!applyMove(id, toRow))
        return false;
    if (m_undoStack)
        m_undoStack->push(new MoveProjectCommand(this, id, fromRow, toRow));
    return true;
}

bool PlanTableModel::applyMove(qint64 projectId, int toRow)
{
    const int from = rowOfProject(projectId);
    if (from < 0 || !m_repository || toRow < 0 || toRow >= projectCount())
        return false;
    if (Status s = m_repository->moveProject(projectId, toRow + 1); !s) {
        Q_EMIT errorOccurred(s.error().toString());
        return false;
    }
    // beginMoveRows wants the destination as "insert before" in the old numbering.
    const int destination = toRow > from ? toRow + 1 : toRow;
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), destination);
    m_projects.move(from, toRow);
    endMoveRows();
    renumber();
    refreshRowsFrom(std::min(from, toRow));
    return true;
}

void PlanTableModel::renumber()
{
    for (int i = 0; i < m_projects.size(); ++i)
        m_projects[i].seq = i + 1;
    recompute();
}

void PlanTableModel::refreshRowsFrom(int row)
{
    if (rowCount() == 0)
        return;
    row = std::clamp(row, 0, rowCount() - 1);
    Q_EMIT dataChanged(index(row, 0), index(rowCount() - 1, kColumns - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, row, rowCount() - 1);
    Q_EMIT summaryChanged();
}

void PlanTableModel::recompute()
{
    m_totals = computeTotals(m_projects);
    TableCheckOptions options;
    options.knownUnits = m_knownUnits;
    m_findings = checkPlanTable(m_projects, options);
    m_findingIndex.clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings.at(i);
        m_findingIndex[qMakePair(f.projectId, int(f.field))] << i;
    }
}

int PlanTableModel::severityAt(int row, ProjectField field) const
{
    const auto it = m_findingIndex.constFind(qMakePair(m_projects.at(row).id, int(field)));
    if (it == m_findingIndex.constEnd())
        return -1;
    int worst = -1;
    for (int i : *it)
        worst = std::max(worst, int(m_findings.at(i).severity));
    return worst;
}

QString PlanTableModel::findingsTextAt(int row, ProjectField field) const
{
    const auto it = m_findingIndex.constFind(qMakePair(m_projects.at(row).id, int(field)));
    if (it == m_findingIndex.constEnd())
        return QString();
    QStringList lines;
    for (int i : *it) {
        const Finding& f = m_findings.at(i);
        lines << (f.fix.isEmpty() ? f.message : tr("%1\n建议：%2").arg(f.message, f.fix));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tp
