#include "DeadlineCells.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

namespace tp {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
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

} // namespace

QVariant DeadlineCells::totalsRowData(int role)
{
    if (role == Qt::BackgroundRole)
        return QBrush(QColor(0xEE, 0xF2, 0xF7));
    if (role == PlanTableLayout::IsTotalsRowRole)
        return true;
    return QVariant();
}

QVariant DeadlineCells::data(const Cell& cell, int column, int role)
{
    const Project& p = cell.project;
    const ProjectDeadlines& d = cell.deadlines;
    const ProjectSchedule& schedule = cell.schedule;
    const DeadlineStatus& lead = d.plan;
    const DeadlineStatus& letter = d.responsibilityLetter;
    const DeadlineState worst = stateRank(letter.state) > stateRank(lead.state) ? letter.state : lead.state;
    const bool cancelled = d.cancelled;

    switch (role) {
    case Qt::DisplayRole:
        if (column == PlanTableLayout::StartColumn) {
            if (!d.start.isValid())
                return QVariant();
            if (!d.start.approximate)
                return iso(d.start.date);
            if (schedule.plannedMonths.wholeYear)
                return tr("全年");
            return tr("约 %1月%2日").arg(d.start.date.month()).arg(d.start.date.day());
        }
        if (column == PlanTableLayout::PlanDueColumn) {
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
                text = d.start.isValid() && d.start.date < cell.today
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
        if (column == PlanTableLayout::StartColumn && d.start.isValid()) {
            lines << (d.start.approximate
                    ? tr("只知道计划月份（%1），截止日期按 %2 开班计算").arg(p.monthsText, iso(d.start.date))
                    : tr("开班 %1").arg(iso(d.start.date)));
            if (!schedule.classes.isEmpty())
                lines << tr("%n 个班次", nullptr, int(schedule.classes.size()));
        } else if (column != PlanTableLayout::StartColumn && lead.isValid()) {
            lines << tr("详细培训方案：开班（%1）前 %2 个工作日，最迟 %3")
                         .arg(iso(lead.reference))
                         .arg(cell.rules.leadWorkdays)
                         .arg(iso(lead.due));
            if (lead.done.isValid())
                lines << tr("已于 %1 报送").arg(iso(lead.done));
            if (lead.provisional)
                lines << tr("（预计：依据估算的节假日，官方安排公布后可能变化）");
            if (letter.isValid())
                lines << tr("管理责任书：出发（%1）前 %2 个工作日，最迟 %3%4")
                             .arg(iso(letter.reference))
                             .arg(cell.rules.outOfCityWorkdays)
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
        const QString findings = cell.findingsText;
        if (!findings.isEmpty())
            lines << findings;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole: {
        if (column == PlanTableLayout::StartColumn)
            return QVariant();
        if (cell.severity == int(Severity::Error))
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
        if ((column == PlanTableLayout::StartColumn && d.start.approximate)
            || (column == PlanTableLayout::PlanDueColumn && lead.provisional)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case PlanTableLayout::ProjectIdRole:
        return p.id;
    case PlanTableLayout::IsTotalsRowRole:
        return false;
    case PlanTableLayout::SeverityRole:
        return cell.severity;
    case PlanTableLayout::DeadlineStateRole:
        if (column == PlanTableLayout::StartColumn)
            return -1;
        return cancelled ? -1 : int(column == PlanTableLayout::StatusColumn ? worst : lead.state);
    case PlanTableLayout::SortRole:
        if (column == PlanTableLayout::StartColumn)
            return d.start.isValid() ? d.start.date.toJulianDay() : qint64(0);
        if (column == PlanTableLayout::PlanDueColumn)
            return lead.isValid() ? lead.due.toJulianDay() : qint64(0);
        return cancelled ? 0 : stateRank(worst) * 100000 - lead.remainingWorkdays;
    default:
        return QVariant();
    }
}

} // namespace tp
