#include "PlanTableModel.h"

#include "PlanUndoCommands.h"
#include "PlanRepository.h"
#include "ScheduleRepository.h"
#include "TableRules.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QUndoCommand>
#include <QUndoStack>

namespace tp {

namespace {

constexpr int kColumns = PlanTableModel::ColumnCount;

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

bool isDeadlineRule(const QString& rule)
{
    return rule == QLatin1String("R-LEAD") || rule == QLatin1String("R-OUTCITY") || rule == QLatin1String("R-CHANGE")
        || rule == QLatin1String("R-CANCEL");
}

// How bad a deadline state is, for the colour of a row's computed cells (the worst of plan and letter).
int stateRank(DeadlineState s)
{
    switch (s) {
    case DeadlineState::Overdue:
        return 5;
    case DeadlineState::DueSoon:
        return 4;
    case DeadlineState::Late:
        return 3;
    case DeadlineState::Upcoming:
        return 2;
    case DeadlineState::OnTime:
        return 1;
    case DeadlineState::NotApplicable:
        break;
    }
    return 0;
}

// Undoable save of a project's dates and events (with its 拟培训时间): one step on the undo stack.
class EditScheduleCommand : public QUndoCommand {
public:
    EditScheduleCommand(PlanTableModel* model, qint64 projectId, ProjectSchedule oldSchedule, QString oldMonths,
        ProjectSchedule newSchedule, QString newMonths)
        : m_model(model)
        , m_projectId(projectId)
        , m_old(std::move(oldSchedule))
        , m_oldMonths(std::move(oldMonths))
        , m_new(std::move(newSchedule))
        , m_newMonths(std::move(newMonths))
    {
        setText(QCoreApplication::translate("tp::PlanTableModel", "修改项目详情"));
    }
    void undo() override { apply(m_old, m_oldMonths); }
    void redo() override
    {
        if (m_applied) { // already applied when pushed
            m_applied = false;
            return;
        }
        apply(m_new, m_newMonths);
    }

private:
    void apply(const ProjectSchedule& schedule, const QString& months)
    {
        const int row = m_model->rowOfProject(m_projectId);
        if (row < 0)
            return;
        if (m_model->projects().at(row).monthsText != months)
            m_model->applyField(m_projectId, ProjectField::Months, months);
        m_model->applySchedule(m_projectId, schedule);
    }

    PlanTableModel* m_model;
    qint64 m_projectId;
    ProjectSchedule m_old;
    QString m_oldMonths;
    ProjectSchedule m_new;
    QString m_newMonths;
    bool m_applied = true;
};

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
    QHash<qint64, ProjectSchedule> schedules;
    if (m_scheduleRepository && plan.id > 0) {
        auto loaded = m_scheduleRepository->schedules(plan.id);
        if (!loaded) {
            Q_EMIT errorOccurred(loaded.error().toString());
            return false;
        }
        schedules = *loaded;
    }
    beginResetModel();
    m_plan = plan;
    m_projects = *projects;
    m_schedules = schedules;
    m_removedSchedules.clear();
    for (const Project& p : std::as_const(m_projects))
        m_schedules[p.id].plannedMonths = p.months();
    recomputeAll();
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

void PlanTableModel::setCalendar(const WorkCalendar& calendar)
{
    m_calendar = calendar;
    if (!hasPlan())
        return;
    recomputeAll();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumns - 1));
    Q_EMIT summaryChanged();
}

void PlanTableModel::setRuleSet(const RuleSet& rules)
{
    m_rules = rules;
    if (!hasPlan())
        return;
    recomputeAll();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumns - 1));
    Q_EMIT summaryChanged();
}

void PlanTableModel::setToday(QDate today)
{
    m_today = today;
    if (!hasPlan())
        return;
    recomputeAll();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumns - 1));
    Q_EMIT summaryChanged();
}

int PlanTableModel::columnForFinding(const Finding& f)
{
    if (f.rule == QLatin1String("R-CANCEL"))
        return StatusColumn;
    if (isDeadlineRule(f.rule))
        return PlanDueColumn;
    return f.field == ProjectField::None ? int(ProjectField::Name) : int(f.field);
}

ProjectSchedule PlanTableModel::scheduleOf(qint64 projectId) const
{
    ProjectSchedule s = m_schedules.value(projectId);
    const int row = rowOfProject(projectId);
    if (row >= 0)
        s.plannedMonths = m_projects.at(row).months();
    return s;
}

QList<ScheduledProject> PlanTableModel::scheduledProjects() const
{
    QList<ScheduledProject> list;
    list.reserve(m_projects.size());
    for (const Project& p : m_projects)
        list << ScheduledProject { p.seq, p.id, p.name, m_schedules.value(p.id) };
    return list;
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
    if (isComputedColumn(index.column()))
        return computedData(index.row(), index.column(), role);
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
        QString tip = findingsTextAt(row, int(field));
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
        const int s = severityAt(row, int(field));
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
        return severityAt(row, int(field));
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
    if (isComputedColumn(section)) {
        if (role == Qt::DisplayRole) {
            switch (section) {
            case StartColumn:
                return tr("开班日期");
            case PlanDueColumn:
                return tr("方案截止");
            default:
                return tr("状态");
            }
        }
        if (role == Qt::ToolTipRole) {
            switch (section) {
            case StartColumn:
                return tr("开班日期：最早的开始日期或班次；只知道月份时按该月 1 日计算（“约”）。双击编辑项目详情");
            case PlanDueColumn:
                return tr("详细培训方案最迟报送日：开班前 %1 个工作日（R-LEAD）").arg(m_rules.leadWorkdays);
            default:
                return tr("报送情况：已报送、逾期、还剩几个工作日、已取消……");
            }
        }
        return QVariant();
    }
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
    if (fieldOf(index.column()) != ProjectField::Seq && !isComputedColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PlanTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= projectCount())
        return false;
    const ProjectField field = fieldOf(index.column());
    if (field == ProjectField::Seq || isComputedColumn(index.column()))
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
    if (field == ProjectField::Months) { // the planned month is the start when no dates are known
        m_schedules[projectId].plannedMonths = m_projects.at(row).months();
        recomputeDeadlines(projectId);
    }
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
    // An undone delete brings the project's dates and events back with it.
    ProjectSchedule schedule = m_removedSchedules.take(project.id);
    schedule.plannedMonths = inserted->months();
    ProjectSchedule empty;
    empty.plannedMonths = schedule.plannedMonths;
    if (m_scheduleRepository && project.id > 0 && !(schedule == empty)) {
        if (Status s = m_scheduleRepository->saveSchedule(inserted->id, schedule); !s)
            Q_EMIT errorOccurred(s.error().toString());
    }
    beginInsertRows(QModelIndex(), row, row);
    m_projects.insert(row, *inserted);
    m_schedules.insert(inserted->id, schedule);
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
    m_removedSchedules.insert(projectId, m_schedules.take(projectId));
    m_deadlines.remove(projectId);
    m_deadlineFindings.remove(projectId);
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

bool PlanTableModel::setSchedule(qint64 projectId, const ProjectSchedule& schedule, const QString& monthsText)
{
    const int row = rowOfProject(projectId);
    if (row < 0)
        return false;
    const ProjectSchedule oldSchedule = scheduleOf(projectId);
    const QString oldMonths = m_projects.at(row).monthsText;
    ProjectSchedule newSchedule = schedule;
    newSchedule.plannedMonths = parseMonths(monthsText);
    if (newSchedule == oldSchedule && monthsText == oldMonths)
        return true;
    if (monthsText != oldMonths && !applyField(projectId, ProjectField::Months, monthsText))
        return false;
    if (!applySchedule(projectId, newSchedule)) {
        if (monthsText != oldMonths)
            applyField(projectId, ProjectField::Months, oldMonths);
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(new EditScheduleCommand(this, projectId, oldSchedule, oldMonths, newSchedule, monthsText));
    return true;
}

bool PlanTableModel::applySchedule(qint64 projectId, const ProjectSchedule& schedule)
{
    const int row = rowOfProject(projectId);
    if (row < 0)
        return false;
    if (m_scheduleRepository) {
        if (Status s = m_scheduleRepository->saveSchedule(projectId, schedule); !s) {
            Q_EMIT errorOccurred(s.error().toString());
            return false;
        }
    }
    ProjectSchedule stored = schedule;
    stored.plannedMonths = m_projects.at(row).months();
    m_schedules.insert(projectId, stored);
    recomputeDeadlines(projectId);
    recompute();
    Q_EMIT dataChanged(index(row, 0), index(row, kColumns - 1));
    Q_EMIT summaryChanged();
    return true;
}

void PlanTableModel::renumber()
{
    for (int i = 0; i < m_projects.size(); ++i)
        m_projects[i].seq = i + 1;
    recomputeAll(); // findings name projects by 序号
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
    m_tableFindings = checkPlanTable(m_projects, options);
    collectFindings();
}

void PlanTableModel::recomputeDeadlines(qint64 projectId)
{
    const int row = rowOfProject(projectId);
    if (row < 0)
        return;
    const Project& p = m_projects.at(row);
    const QDate day = today();
    const ScheduledProject sp { p.seq, p.id, p.name, m_schedules.value(p.id) };
    m_deadlines.insert(p.id, deadlinesFor(sp.schedule, m_plan.year, m_calendar, m_rules, day));
    m_deadlineFindings.insert(p.id, checkProjectDeadlines(sp, m_plan.year, m_calendar, m_rules, day));
}

void PlanTableModel::recomputeAll()
{
    m_deadlines.clear();
    m_deadlineFindings.clear();
    const QDate day = today();
    for (const Project& p : std::as_const(m_projects)) {
        const ScheduledProject sp { p.seq, p.id, p.name, m_schedules.value(p.id) };
        m_deadlines.insert(p.id, deadlinesFor(sp.schedule, m_plan.year, m_calendar, m_rules, day));
        m_deadlineFindings.insert(p.id, checkProjectDeadlines(sp, m_plan.year, m_calendar, m_rules, day));
    }
    recompute();
}

void PlanTableModel::collectFindings()
{
    // R-TABLE first, then the deadlines in table order (the findings panel sorts by severity, stably).
    m_findings = m_tableFindings;
    for (const Project& p : std::as_const(m_projects)) {
        const auto it = m_deadlineFindings.constFind(p.id);
        if (it != m_deadlineFindings.constEnd())
            m_findings << *it;
    }
    m_findingIndex.clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings.at(i);
        m_findingIndex[qMakePair(f.projectId, columnForFinding(f))] << i;
    }
}

QVariant PlanTableModel::computedData(int row, int column, int role) const
{
    if (row == totalsRow()) {
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xEE, 0xF2, 0xF7));
        if (role == IsTotalsRowRole)
            return true;
        return QVariant();
    }
    const Project& p = m_projects.at(row);
    const ProjectDeadlines d = m_deadlines.value(p.id);
    const ProjectSchedule& schedule = m_schedules[p.id];
    const DeadlineStatus& lead = d.plan;
    const DeadlineStatus& letter = d.responsibilityLetter;
    const DeadlineState worst = stateRank(letter.state) > stateRank(lead.state) ? letter.state : lead.state;
    const bool cancelled = d.cancelled;

    switch (role) {
    case Qt::DisplayRole:
        if (column == StartColumn) {
            if (!d.start.isValid())
                return QVariant();
            if (!d.start.approximate)
                return iso(d.start.date);
            if (schedule.plannedMonths.wholeYear)
                return tr("全年");
            return tr("约 %1月%2日").arg(d.start.date.month()).arg(d.start.date.day());
        }
        if (column == PlanDueColumn) {
            if (cancelled || !lead.isValid())
                return cancelled ? tr("—") : QVariant();
            QString text = (lead.approximate ? tr("约 ") : QString()) + iso(lead.due);
            if (lead.provisional)
                text += tr("（预计）");
            return text;
        }
        // 状态
        if (cancelled)
            return schedule.cancellation.explanation.trimmed().isEmpty() ? tr("已取消（缺书面说明）") : tr("已取消");
        if (!lead.isValid())
            return tr("未定日期");
        {
            QString text;
            switch (lead.state) {
            case DeadlineState::OnTime:
                text = schedule.planApproved.isValid() ? tr("已审定") : tr("已报送");
                break;
            case DeadlineState::Late:
                text = tr("逾期报送");
                break;
            case DeadlineState::Overdue:
                // Once the class has opened, "逾期 675 个工作日" on last year's plan is noise: say what matters.
                text = d.start.isValid() && d.start.date < today()
                    ? tr("已开班，方案未报送")
                    : tr("逾期 %1 个工作日").arg(-lead.remainingWorkdays);
                break;
            case DeadlineState::DueSoon:
                text = lead.remainingWorkdays > 0 ? tr("还剩 %1 个工作日").arg(lead.remainingWorkdays) : tr("今天截止");
                break;
            case DeadlineState::Upcoming:
                text = tr("还剩 %1 个工作日").arg(lead.remainingWorkdays);
                break;
            case DeadlineState::NotApplicable:
                break;
            }
            if (letter.state == DeadlineState::Overdue)
                text += tr("；责任书逾期");
            else if (letter.state == DeadlineState::DueSoon)
                text += tr("；责任书将到期");
            else if (letter.state == DeadlineState::Late)
                text += tr("；责任书逾期报送");
            return text;
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (column == StartColumn && d.start.isValid()) {
            lines << (d.start.approximate
                    ? tr("只知道计划月份（%1），截止日期按 %2 开班计算").arg(p.monthsText, iso(d.start.date))
                    : tr("开班 %1").arg(iso(d.start.date)));
            if (!schedule.classes.isEmpty())
                lines << tr("%n 个班次", nullptr, int(schedule.classes.size()));
        } else if (column != StartColumn && lead.isValid()) {
            lines << tr("详细培训方案：开班（%1）前 %2 个工作日，最迟 %3")
                         .arg(iso(lead.reference))
                         .arg(m_rules.leadWorkdays)
                         .arg(iso(lead.due));
            if (lead.done.isValid())
                lines << tr("已于 %1 报送").arg(iso(lead.done));
            if (lead.provisional)
                lines << tr("（预计：依据估算的节假日，官方安排公布后可能变化）");
            if (letter.isValid())
                lines << tr("管理责任书：出发（%1）前 %2 个工作日，最迟 %3%4")
                             .arg(iso(letter.reference))
                             .arg(m_rules.outOfCityWorkdays)
                             .arg(iso(letter.due))
                             .arg(letter.done.isValid() ? tr("，已于 %1 报送").arg(iso(letter.done)) : QString());
            if (d.change.isValid() && !cancelled)
                lines << tr("如需调整，最迟 %1 报批").arg(iso(d.change.due));
        }
        if (cancelled)
            lines << tr("已取消：%1")
                         .arg(schedule.cancellation.explanation.trimmed().isEmpty()
                                 ? tr("（缺书面说明）")
                                 : schedule.cancellation.explanation);
        const QString findings = findingsTextAt(row, column);
        if (!findings.isEmpty())
            lines << findings;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole: {
        if (column == StartColumn)
            return QVariant();
        if (severityAt(row, column) == int(Severity::Error))
            return QBrush(QColor(0xFD, 0xE2, 0xE1));
        if (cancelled)
            return QBrush(QColor(0xEC, 0xEC, 0xEC));
        switch (worst) {
        case DeadlineState::Overdue:
            return QBrush(QColor(0xFD, 0xE2, 0xE1));
        case DeadlineState::DueSoon:
            return QBrush(QColor(0xFF, 0xF4, 0xCE));
        case DeadlineState::Late:
            return QBrush(QColor(0xFF, 0xE6, 0xCC));
        case DeadlineState::OnTime:
            return QBrush(QColor(0xE2, 0xF3, 0xE0));
        default:
            return QVariant();
        }
    }
    case Qt::ForegroundRole:
        if (cancelled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return QVariant();
    case Qt::FontRole:
        if ((column == StartColumn && d.start.approximate) || (column == PlanDueColumn && lead.provisional)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case ProjectIdRole:
        return p.id;
    case IsTotalsRowRole:
        return false;
    case SeverityRole:
        return severityAt(row, column);
    case DeadlineStateRole:
        if (column == StartColumn)
            return -1;
        return cancelled ? -1 : int(column == StatusColumn ? worst : lead.state);
    case SortRole:
        if (column == StartColumn)
            return d.start.isValid() ? d.start.date.toJulianDay() : qint64(0);
        if (column == PlanDueColumn)
            return lead.isValid() ? lead.due.toJulianDay() : qint64(0);
        return cancelled ? 0 : stateRank(worst) * 100000 - lead.remainingWorkdays;
    default:
        return QVariant();
    }
}

int PlanTableModel::severityAt(int row, int column) const
{
    const auto it = m_findingIndex.constFind(qMakePair(m_projects.at(row).id, column));
    if (it == m_findingIndex.constEnd())
        return -1;
    int worst = -1;
    for (int i : *it)
        worst = std::max(worst, int(m_findings.at(i).severity));
    return worst;
}

QString PlanTableModel::findingsTextAt(int row, int column) const
{
    const auto it = m_findingIndex.constFind(qMakePair(m_projects.at(row).id, column));
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
