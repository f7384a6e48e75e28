#include "PlanTableModel.h"

#include "ColumnHelp.h"
#include "DeadlineCells.h"
#include "PlanEditService.h"
#include "PlanUndoCommands.h"
#include "TableRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QUndoStack>

namespace tp {

namespace {

constexpr int kColumns = PlanTableModel::ColumnCount;

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

void PlanTableModel::loadDocument(PlanDocument document)
{
    if (m_today.isValid() && document.today() != m_today)
        document.setToday(m_today);
    beginResetModel();
    m_doc = std::move(document);
    m_removedSchedules.clear();
    indexFindings();
    endResetModel();
    if (m_undoStack)
        m_undoStack->clear();
    Q_EMIT summaryChanged();
}

void PlanTableModel::documentChanged()
{
    indexFindings();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumns - 1));
    Q_EMIT summaryChanged();
}

void PlanTableModel::setKnownUnits(const QStringList& units)
{
    m_doc.setKnownUnits(units);
    documentChanged();
}

void PlanTableModel::setCalendar(const WorkCalendar& calendar)
{
    m_doc.setCalendar(calendar);
    documentChanged();
}

void PlanTableModel::setRuleSet(const RuleSet& rules)
{
    m_doc.setRuleSet(rules);
    documentChanged();
}

void PlanTableModel::setToday(QDate today)
{
    m_today = today;
    m_doc.setToday(today);
    documentChanged();
}

void PlanTableModel::recomputeAll()
{
    m_doc.recheck();
    indexFindings();
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
                return m_doc.totals().cancelledRows > 0 ? tr("%n 个项目", nullptr, m_doc.totals().projects)
                        + tr("（另 %n 个已取消，不计入合计）", nullptr, m_doc.totals().cancelledRows)
                                                        : tr("%n 个项目", nullptr, m_doc.totals().projects);
            if (field == ProjectField::Duration)
                return formatDurationTotal(m_doc.totals());
            if (field == ProjectField::Headcount)
                return formatHeadcountTotal(m_doc.totals());
            return QVariant();
        case Qt::ToolTipRole:
            if (field == ProjectField::Duration)
                return tr("按天计 %1 天，按学时计 %2 学时；%3 行未填")
                    .arg(formatNumber(m_doc.totals().days), formatNumber(m_doc.totals().hours))
                    .arg(m_doc.totals().blankDurationRows);
            if (field == ProjectField::Headcount)
                return tr("确数与约数合计 %1 人（其中约数 %2 行）；“全员” %3 行另计，不计为 0")
                    .arg(m_doc.totals().headcount)
                    .arg(m_doc.totals().approxRows)
                    .arg(m_doc.totals().allStaffRows);
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

    const Project& p = m_doc.projects().at(row);
    switch (role) {
    case Qt::DisplayRole:
        // 已取消: the row stays, marked and struck through, and out of the totals.
        if (p.cancelled && field == ProjectField::Name)
            return tr("【已取消】%1").arg(p.name);
        return p.text(field);
    case Qt::EditRole:
        return p.text(field);
    case Qt::FontRole:
        if (p.cancelled) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return QVariant();
    case Qt::ForegroundRole:
        return p.cancelled ? QVariant(QBrush(QColor(0x80, 0x80, 0x80))) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = findingsTextAt(row, int(field));
        if (tip.isEmpty() && p.cancelled)
            tip = tr("已取消（因故不能举办）：不计入合计");
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
    // 这是什么 (Shift+F1) and the tooltip's last line: the rule that checks the column and its source.
    const RuleSet& rules = m_doc.options().rules;
    if (role == Qt::WhatsThisRole) {
        const QString text = ColumnHelp::whatsThis(section, rules);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (role == Qt::ToolTipRole) {
        const QString tip = headerToolTip(section);
        const QString rule = ColumnHelp::ruleLine(section, rules);
        if (rule.isEmpty())
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        return tip.isEmpty() ? rule : tip + QLatin1Char('\n') + rule;
    }
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
        return QVariant();
    }
    if (role == Qt::DisplayRole)
        return fieldLabel(fieldOf(section));
    return QVariant();
}

QString PlanTableModel::headerToolTip(int section) const
{
    if (isComputedColumn(section)) {
        switch (section) {
        case StartColumn:
            return tr("开班日期：最早的开始日期或班次；只知道月份时按该月 1 日计算（“约”）。双击编辑项目详情");
        case PlanDueColumn:
            return tr("详细培训方案最迟报送日：开班前 %1 个工作日（R-LEAD）").arg(m_doc.options().rules.leadWorkdays);
        default:
            return tr("报送情况：已报送、逾期、还剩几个工作日、已取消……");
        }
    }
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
        return QString();
    }
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
    const Project& p = m_doc.projects().at(index.row());
    const QString oldText = p.text(field);
    QString newText = value.toString();
    if (field == ProjectField::Organizers)
        newText = joinOrganizers(splitOrganizers(newText));
    if (newText == oldText)
        return true;
    const qint64 id = p.id;
    // seeds 000 §二(一): an approved plan changes only by an approved change request.
    if (isApprovedStatus(m_doc.plan().status)) {
        Q_EMIT changeRequested(id, field, newText);
        return false;
    }
    if (!applyField(id, field, newText))
        return false;
    if (m_undoStack)
        m_undoStack->push(new EditCellCommand(this, id, field, oldText, newText));
    return true;
}

bool PlanTableModel::applyField(qint64 projectId, ProjectField field, const QString& text)
{
    if (rowOfProject(projectId) < 0 || !m_edits)
        return false;
    // An undo or redo of an edit made while the plan was a draft: once approved, it too becomes a change request
    // (seeds 000 §二(一)), never a direct write.
    if (isApprovedStatus(m_doc.plan().status)) {
        if (m_doc.projects().at(rowOfProject(projectId)).text(field) != text)
            Q_EMIT changeRequested(projectId, field, text);
        return false;
    }
    const int readAt = m_doc.projects().at(rowOfProject(projectId)).rowVersion.value;
    auto saved = write([&] { return m_edits->saveField(projectId, field, text, readAt); });
    if (!saved) {
        if (saved.error().code == QLatin1String("stale"))
            Q_EMIT staleEdit(projectId, field, text, saved.error().message); // (the typed text is shown apart)
        else
            Q_EMIT errorOccurred(saved.error().toString());
        return false;
    }
    m_doc.applyField(projectId, field, text);
    m_doc.setRowVersion(projectId, *saved);
    // Findings of other rows can change too (e.g. a duplicate, a total): repaint all, it is cheap.
    documentChanged();
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
        m_undoStack->push(new InsertProjectCommand(this, row, m_doc.projects().at(row)));
    return true;
}

bool PlanTableModel::applyInsert(int row, const Project& project)
{
    if (!m_edits)
        return false;
    row = std::clamp(row, 0, projectCount());
    // An undone delete brings the project's dates and events back with it.
    const ProjectSchedule schedule = project.id > 0 ? m_removedSchedules.take(project.id) : ProjectSchedule();
    auto inserted = write([&] { return m_edits->insertProject(m_doc.plan().id, project, row + 1, schedule); });
    if (!inserted) {
        Q_EMIT errorOccurred(inserted.error().toString());
        return false;
    }
    // Rows move first, then their 序号 change: views (and QAbstractItemModelTester) see a plain insert
    // followed by a dataChanged of the renumbered rows.
    beginInsertRows(QModelIndex(), row, row);
    m_doc.insertProject(row, *inserted, schedule);
    endInsertRows();
    m_doc.renumber();
    indexFindings();
    refreshRowsFrom(row);
    return true;
}

bool PlanTableModel::removeProjectAt(int row)
{
    if (row < 0 || row >= projectCount())
        return false;
    const Project p = m_doc.projects().at(row);
    if (!applyRemove(p.id))
        return false;
    if (m_undoStack)
        m_undoStack->push(new RemoveProjectCommand(this, row, p));
    return true;
}

bool PlanTableModel::applyRemove(qint64 projectId)
{
    const int row = rowOfProject(projectId);
    if (row < 0 || !m_edits)
        return false;
    if (Status s = write([&] { return m_edits->removeProject(projectId); }); !s) {
        Q_EMIT errorOccurred(s.error().toString());
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_removedSchedules.insert(projectId, m_doc.removeProject(projectId));
    endRemoveRows();
    m_doc.renumber();
    indexFindings();
    refreshRowsFrom(row);
    return true;
}

bool PlanTableModel::moveProject(int fromRow, int toRow)
{
    if (fromRow < 0 || fromRow >= projectCount() || toRow < 0 || toRow >= projectCount() || fromRow == toRow)
        return false;
    const qint64 id = m_doc.projects().at(fromRow).id;
    if (!applyMove(id, toRow))
        return false;
    if (m_undoStack)
        m_undoStack->push(new MoveProjectCommand(this, id, fromRow, toRow));
    return true;
}

bool PlanTableModel::applyMove(qint64 projectId, int toRow)
{
    const int from = rowOfProject(projectId);
    if (from < 0 || !m_edits || toRow < 0 || toRow >= projectCount())
        return false;
    if (Status s = write([&] { return m_edits->moveProject(projectId, toRow + 1); }); !s) {
        Q_EMIT errorOccurred(s.error().toString());
        return false;
    }
    // beginMoveRows wants the destination as "insert before" in the old numbering.
    const int destination = toRow > from ? toRow + 1 : toRow;
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), destination);
    m_doc.moveProject(projectId, toRow);
    endMoveRows();
    m_doc.renumber();
    indexFindings();
    refreshRowsFrom(std::min(from, toRow));
    return true;
}

bool PlanTableModel::setSchedule(qint64 projectId, const ProjectSchedule& schedule, const QString& monthsText)
{
    const int row = rowOfProject(projectId);
    if (row < 0)
        return false;
    const ProjectSchedule oldSchedule = scheduleOf(projectId);
    const QString oldMonths = m_doc.projects().at(row).monthsText;
    ProjectSchedule newSchedule = schedule;
    newSchedule.plannedMonths = parseMonths(monthsText);
    if (newSchedule == oldSchedule && monthsText == oldMonths)
        return true;
    if (!applyDetails(projectId, newSchedule, monthsText))
        return false;
    if (m_undoStack)
        m_undoStack->push(new EditDetailsCommand(this, projectId, oldSchedule, oldMonths, newSchedule, monthsText));
    return true;
}

bool PlanTableModel::applyDetails(qint64 projectId, const ProjectSchedule& schedule, const QString& monthsText)
{
    const int row = rowOfProject(projectId);
    if (row < 0 || !m_edits)
        return false;
    const bool monthsChanged = m_doc.projects().at(row).monthsText != monthsText;
    if (Status s = write([&] {
            return m_edits->saveDetails(projectId, schedule, monthsChanged ? std::optional(monthsText) : std::nullopt);
        });
        !s) {
        Q_EMIT errorOccurred(s.error().toString());
        return false;
    }
    if (monthsChanged) {
        m_doc.applyField(projectId, ProjectField::Months, monthsText);
        if (auto stored = m_edits->project(projectId))
            m_doc.setRowVersion(projectId, stored->rowVersion.value);
    }
    m_doc.applySchedule(projectId, schedule);
    documentChanged();
    return true;
}

bool PlanTableModel::reloadProject(qint64 projectId)
{
    const int row = rowOfProject(projectId);
    if (row < 0 || !m_edits)
        return false;
    auto stored = m_edits->project(projectId);
    if (!stored) {
        Q_EMIT errorOccurred(stored.error().toString());
        return false;
    }
    m_doc.applyStored(*stored);
    documentChanged();
    return true;
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

void PlanTableModel::indexFindings()
{
    m_findingIndex.clear();
    const Findings& findings = m_doc.findings();
    for (int i = 0; i < findings.size(); ++i) {
        const Finding& f = findings.at(i);
        m_findingIndex[qMakePair(f.projectId, columnForFinding(f))] << i;
    }
}

QVariant PlanTableModel::computedData(int row, int column, int role) const
{
    if (row == totalsRow())
        return DeadlineCells::totalsRowData(role);
    const Project& p = m_doc.projects().at(row);
    const ProjectSchedule schedule = m_doc.scheduleOf(p.id);
    const ProjectDeadlines deadlines = m_doc.deadlinesOf(p.id);
    const DeadlineCells::Cell cell { p, schedule, deadlines, m_doc.options().rules, today(), severityAt(row, column),
        role == Qt::ToolTipRole ? findingsTextAt(row, column) : QString() };
    return DeadlineCells::data(cell, column, role);
}

int PlanTableModel::severityAt(int row, int column) const
{
    const auto it = m_findingIndex.constFind(qMakePair(m_doc.projects().at(row).id, column));
    if (it == m_findingIndex.constEnd())
        return -1;
    int worst = -1;
    for (int i : *it)
        worst = std::max(worst, int(m_doc.findings().at(i).severity));
    return worst;
}

QString PlanTableModel::findingsTextAt(int row, int column) const
{
    const auto it = m_findingIndex.constFind(qMakePair(m_doc.projects().at(row).id, column));
    if (it == m_findingIndex.constEnd())
        return QString();
    QStringList lines;
    for (int i : *it) {
        const Finding& f = m_doc.findings().at(i);
        lines << (f.fix.isEmpty() ? f.message : tr("%1\n建议：%2").arg(f.message, f.fix));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tp
