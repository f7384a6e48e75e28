#include "Plan.h"

#include <QCoreApplication>

namespace tp {

QString Project::text(ProjectField field) const
{
    switch (field) {
    case ProjectField::Seq:
        return QString::number(seq);
    case ProjectField::Name:
        return name;
    case ProjectField::Organizers:
        return joinOrganizers(organizers);
    case ProjectField::Duration:
        return durationText;
    case ProjectField::Headcount:
        return headcountText;
    case ProjectField::Modes:
        return modesText;
    case ProjectField::Months:
        return monthsText;
    case ProjectField::Location:
        return location;
    case ProjectField::Level:
        return level;
    case ProjectField::Remarks:
        return remarks;
    case ProjectField::None:
    case ProjectField::Count:
        break;
    }
    return QString();
}

bool Project::setText(ProjectField field, const QString& value)
{
    switch (field) {
    case ProjectField::Name:
        name = value;
        return true;
    case ProjectField::Organizers:
        organizers = splitOrganizers(value);
        return true;
    case ProjectField::Duration:
        durationText = value;
        return true;
    case ProjectField::Headcount:
        headcountText = value;
        return true;
    case ProjectField::Modes:
        modesText = value;
        return true;
    case ProjectField::Months:
        monthsText = value;
        return true;
    case ProjectField::Location:
        location = value;
        return true;
    case ProjectField::Level:
        level = value;
        return true;
    case ProjectField::Remarks:
        remarks = value;
        return true;
    case ProjectField::Seq:
    case ProjectField::None:
    case ProjectField::Count:
        break;
    }
    return false;
}

PlanTotals computeTotals(const QList<Project>& projects)
{
    PlanTotals t;
    for (const Project& p : projects) {
        if (p.cancelled) {
            ++t.cancelledRows;
            continue;
        }
        ++t.projects;
        const Duration d = p.duration();
        const Headcount h = p.headcount();
        if (d.unit == DurationUnit::Day)
            t.days += d.value;
        else if (d.unit == DurationUnit::Hour)
            t.hours += d.value;
        else if (d.isValid())
            ++t.blankDurationRows;
        switch (h.kind) {
        case HeadcountKind::Exact:
            t.headcount += h.value;
            break;
        case HeadcountKind::Approx:
            t.headcount += h.value;
            ++t.approxRows;
            break;
        case HeadcountKind::AllStaff:
            ++t.allStaffRows;
            break;
        case HeadcountKind::None:
            break;
        }
        if (!d.isValid() || !h.isValid() || !p.months().isValid())
            ++t.invalidRows;
    }
    return t;
}

QString planStatusName(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Submitted:
        return QStringLiteral("submitted");
    case PlanStatus::Approved:
        return QStringLiteral("approved");
    case PlanStatus::Issued:
        return QStringLiteral("issued");
    case PlanStatus::Returned:
        return QStringLiteral("returned");
    case PlanStatus::InProgress:
        return QStringLiteral("in_progress");
    case PlanStatus::Completed:
        return QStringLiteral("completed");
    case PlanStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

PlanStatus planStatusFromName(const QString& name)
{
    for (PlanStatus s : { PlanStatus::Submitted, PlanStatus::Approved, PlanStatus::Issued, PlanStatus::Returned,
             PlanStatus::InProgress, PlanStatus::Completed })
        if (name == planStatusName(s))
            return s;
    return PlanStatus::Draft;
}

QString planStatusLabel(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Submitted:
        return QCoreApplication::translate("tp::Plan", "报审");
    case PlanStatus::Approved:
        return QCoreApplication::translate("tp::Plan", "已批复");
    case PlanStatus::Issued:
        return QCoreApplication::translate("tp::Plan", "已印发");
    case PlanStatus::Returned:
        return QCoreApplication::translate("tp::Plan", "退回修改");
    case PlanStatus::InProgress:
        return QCoreApplication::translate("tp::Plan", "执行中");
    case PlanStatus::Completed:
        return QCoreApplication::translate("tp::Plan", "已完成");
    case PlanStatus::Draft:
        break;
    }
    return QCoreApplication::translate("tp::Plan", "草稿");
}

bool isApprovedStatus(PlanStatus s)
{
    return s == PlanStatus::Approved || s == PlanStatus::Issued || s == PlanStatus::InProgress
        || s == PlanStatus::Completed;
}

} // namespace tp
