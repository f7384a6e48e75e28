#include "PlanWorkflow.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanWorkflow)
};

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

struct Transition {
    PlanStatus from;
    PlanAction action;
    PlanStatus to;
};

// The allowed transitions, all of them (seeds 000 §二, seeds 002 §五). Issued is an approved plan of a database
// made before version 7.
constexpr Transition kTransitions[] = {
    { PlanStatus::Draft, PlanAction::Submit, PlanStatus::Submitted },
    { PlanStatus::Returned, PlanAction::Submit, PlanStatus::Submitted },
    { PlanStatus::Submitted, PlanAction::Approve, PlanStatus::Approved },
    { PlanStatus::Submitted, PlanAction::Return, PlanStatus::Returned },
    { PlanStatus::Approved, PlanAction::Start, PlanStatus::InProgress },
    { PlanStatus::Issued, PlanAction::Start, PlanStatus::InProgress },
    { PlanStatus::InProgress, PlanAction::Complete, PlanStatus::Completed },
    { PlanStatus::Approved, PlanAction::Revise, PlanStatus::Draft },
    { PlanStatus::Issued, PlanAction::Revise, PlanStatus::Draft },
    { PlanStatus::InProgress, PlanAction::Revise, PlanStatus::Draft },
};

constexpr PlanAction kActions[] = { PlanAction::Submit, PlanAction::Approve, PlanAction::Return, PlanAction::Start,
    PlanAction::Complete, PlanAction::Revise };

constexpr ChangeField kFields[] = { ChangeField::Name, ChangeField::Organizers, ChangeField::Duration,
    ChangeField::Headcount, ChangeField::Modes, ChangeField::Months, ChangeField::Location, ChangeField::Level,
    ChangeField::Remarks, ChangeField::Start, ChangeField::End };

} // namespace

std::optional<ProjectField> tableField(ChangeField f)
{
    switch (f) {
    case ChangeField::Name:
        return ProjectField::Name;
    case ChangeField::Organizers:
        return ProjectField::Organizers;
    case ChangeField::Duration:
        return ProjectField::Duration;
    case ChangeField::Headcount:
        return ProjectField::Headcount;
    case ChangeField::Modes:
        return ProjectField::Modes;
    case ChangeField::Months:
        return ProjectField::Months;
    case ChangeField::Location:
        return ProjectField::Location;
    case ChangeField::Level:
        return ProjectField::Level;
    case ChangeField::Remarks:
        return ProjectField::Remarks;
    case ChangeField::Start:
    case ChangeField::End:
        break;
    }
    return std::nullopt;
}

QString planActionName(PlanAction a)
{
    switch (a) {
    case PlanAction::Submit:
        return QStringLiteral("submit");
    case PlanAction::Approve:
        return QStringLiteral("approve");
    case PlanAction::Return:
        return QStringLiteral("return");
    case PlanAction::Start:
        return QStringLiteral("start");
    case PlanAction::Complete:
        return QStringLiteral("complete");
    case PlanAction::Revise:
        return QStringLiteral("revise");
    }
    return QString();
}

std::optional<PlanAction> planActionFromName(const QString& name)
{
    for (PlanAction a : kActions)
        if (planActionName(a) == name)
            return a;
    return std::nullopt;
}

QString planActionLabel(PlanAction a)
{
    switch (a) {
    case PlanAction::Submit:
        return Text::tr("报审");
    case PlanAction::Approve:
        return Text::tr("批复");
    case PlanAction::Return:
        return Text::tr("退回修改");
    case PlanAction::Start:
        return Text::tr("开始执行");
    case PlanAction::Complete:
        return Text::tr("完成");
    case PlanAction::Revise:
        return Text::tr("修订");
    }
    return QString();
}

QList<PlanAction> allowedActions(PlanStatus from)
{
    QList<PlanAction> out;
    for (const Transition& t : kTransitions)
        if (t.from == from)
            out << t.action;
    return out;
}

Result<PlanStatus> planTransition(PlanStatus from, PlanAction action, const PlanActionInput& input)
{
    const Transition* found = nullptr;
    for (const Transition& t : kTransitions)
        if (t.from == from && t.action == action)
            found = &t;
    if (!found) {
        QStringList allowed;
        for (PlanAction a : allowedActions(from))
            allowed << planActionLabel(a);
        return Error { Text::tr("计划当前为「%1」，不能%2%3")
                           .arg(planStatusLabel(from), planActionLabel(action),
                               allowed.isEmpty() ? QString()
                                                 : Text::tr("（可以：%1）").arg(allowed.join(Text::tr("、")))) };
    }
    if (input.actor.trimmed().isEmpty())
        return Error { Text::tr("%1须写明经办人").arg(planActionLabel(action)) };
    if (!input.on.isValid())
        return Error { Text::tr("%1须写明日期").arg(planActionLabel(action)) };
    if (action == PlanAction::Approve && input.docNumber.trimmed().isEmpty())
        return Error { Text::tr("批复须写明批复文号") };
    if (action == PlanAction::Return && input.reason.trimmed().isEmpty())
        return Error { Text::tr("退回修改须写明原因") };
    return found->to;
}

// ---- change fields ---------------------------------------------------------------------------------

QString changeFieldName(ChangeField f)
{
    switch (f) {
    case ChangeField::Name:
        return QStringLiteral("name");
    case ChangeField::Organizers:
        return QStringLiteral("organizers");
    case ChangeField::Duration:
        return QStringLiteral("duration");
    case ChangeField::Headcount:
        return QStringLiteral("headcount");
    case ChangeField::Modes:
        return QStringLiteral("modes");
    case ChangeField::Months:
        return QStringLiteral("months");
    case ChangeField::Location:
        return QStringLiteral("location");
    case ChangeField::Level:
        return QStringLiteral("level");
    case ChangeField::Remarks:
        return QStringLiteral("remarks");
    case ChangeField::Start:
        return QStringLiteral("start");
    case ChangeField::End:
        return QStringLiteral("end");
    }
    return QString();
}

QString changeFieldLabel(ChangeField f)
{
    if (const auto t = tableField(f))
        return fieldLabel(*t);
    return f == ChangeField::Start ? Text::tr("开班日期") : Text::tr("结束日期");
}

std::optional<ChangeField> changeFieldFromText(const QString& text)
{
    const QString t = text.trimmed();
    for (ChangeField f : kFields)
        if (t.compare(changeFieldName(f), Qt::CaseInsensitive) == 0 || t == changeFieldLabel(f))
            return f;
    return std::nullopt;
}

QList<ChangeField> allChangeFields()
{
    return QList<ChangeField>(std::begin(kFields), std::end(kFields));
}

QString VersionedProject::value(ChangeField f) const
{
    if (const auto t = tableField(f))
        return project.text(*t);
    return iso(f == ChangeField::Start ? startDate : endDate);
}

Status VersionedProject::setValue(ChangeField f, const QString& text, int planYear)
{
    const QString v = text.trimmed();
    auto invalid = [&](const QString& why) {
        Error e { Text::tr("%1「%2」%3").arg(changeFieldLabel(f), v, why) };
        e.columnName = changeFieldLabel(f);
        e.value = v;
        return e;
    };
    switch (f) {
    case ChangeField::Start:
    case ChangeField::End: {
        const QDate d = v.isEmpty() ? QDate() : QDate::fromString(v, Qt::ISODate);
        if (!v.isEmpty() && !d.isValid())
            return invalid(Text::tr("不是日期（应为 YYYY-MM-DD）"));
        const QDate start = f == ChangeField::Start ? d : startDate;
        const QDate end = f == ChangeField::End ? d : endDate;
        if (start.isValid() && end.isValid() && end < start)
            return invalid(Text::tr("使结束日期 %1 早于开班日期 %2").arg(iso(end), iso(start)));
        (f == ChangeField::Start ? startDate : endDate) = d;
        break;
    }
    case ChangeField::Name:
        if (v.isEmpty())
            return invalid(Text::tr("不能为空"));
        project.name = v;
        break;
    case ChangeField::Duration:
        if (const Duration d = parseDuration(v); !d.isValid())
            return invalid(d.error);
        project.durationText = v;
        break;
    case ChangeField::Headcount:
        if (const Headcount h = parseHeadcount(v); !h.isValid())
            return invalid(h.error);
        project.headcountText = v;
        break;
    case ChangeField::Months:
        if (const MonthSpec m = parseMonths(v); !m.isValid())
            return invalid(m.error);
        project.monthsText = v;
        break;
    default:
        project.setText(*tableField(f), v);
        break;
    }
    // The start the deadlines count from follows the opening day and the planned months.
    if (f == ChangeField::Start || f == ChangeField::Months) {
        ProjectSchedule s;
        s.plannedMonths = project.months();
        s.start = startDate;
        start = s.effectiveStart(planYear);
    }
    return success();
}

VersionedProject versionedProject(const Project& project, const ProjectSchedule& schedule, int planYear)
{
    VersionedProject v;
    v.project = project;
    v.startDate = schedule.start;
    v.endDate = schedule.end;
    ProjectSchedule s = schedule;
    s.plannedMonths = project.months();
    v.start = s.effectiveStart(planYear);
    return v;
}

// ---- R-CHANGE ----------------------------------------------------------------------------------------

ChangeTiming changeTiming(const EffectiveStart& approvedStart, const EffectiveStart& newStart, QDate filedOn,
    const WorkCalendar& calendar, const RuleSet& rules)
{
    ChangeTiming t;
    t.filedOn = filedOn;
    // design.md §2: a change takes effect at the earlier of the old and the new start.
    EffectiveStart effective = approvedStart;
    if (!effective.isValid() || (newStart.isValid() && newStart.date < effective.date))
        effective = newStart;
    if (!effective.isValid())
        return t;
    t.effective = effective.date;
    t.approximate = effective.approximate;
    // seeds 000 §二(一): 确需调整的，应提前1个月报区教委审批
    t.due = calendar.monthsBeforeDeadline(effective.date, rules.changeMonths);
    t.late = filedOn.isValid() && filedOn > t.due.date;
    return t;
}

QString changeDeadlineText(const ChangeTiming& t, const RuleSet& rules)
{
    if (!t.isValid())
        return QString();
    // "调整须于 2025-09-30（10 月 1 日为节假日）前报批（生效日 2025-11-01 前 1 个月）"
    QString text = Text::tr("调整须于 %1%2 前报批（生效日 %3 前 %4 个月%5）")
                       .arg(iso(t.due.date), deadlineMoveNote(t.due), iso(t.effective))
                       .arg(rules.changeMonths)
                       .arg(t.approximate ? Text::tr("；生效日按计划月份的第一天估算") : QString());
    if (t.due.provisional)
        text += Text::tr("（预计，节假日安排尚未公布）");
    return text;
}

QString changeKindName(ChangeKind k)
{
    return k == ChangeKind::Cancel ? QStringLiteral("cancel") : QStringLiteral("change");
}

QString changeStatusName(ChangeStatus s)
{
    switch (s) {
    case ChangeStatus::Approved:
        return QStringLiteral("approved");
    case ChangeStatus::Rejected:
        return QStringLiteral("rejected");
    case ChangeStatus::Pending:
        break;
    }
    return QStringLiteral("pending");
}

ChangeStatus changeStatusFromName(const QString& name)
{
    if (name == QStringLiteral("approved"))
        return ChangeStatus::Approved;
    if (name == QStringLiteral("rejected"))
        return ChangeStatus::Rejected;
    return ChangeStatus::Pending;
}

QString changeStatusLabel(ChangeStatus s)
{
    switch (s) {
    case ChangeStatus::Approved:
        return Text::tr("已批准");
    case ChangeStatus::Rejected:
        return Text::tr("未批准");
    case ChangeStatus::Pending:
        break;
    }
    return Text::tr("待批");
}

Status checkChangeRequest(const PlanChangeRequest& r, const ChangeTiming& timing, const RuleSet& rules)
{
    if (r.filedBy.trimmed().isEmpty())
        return Error { Text::tr("申请须写明申请人") };
    if (!r.filedOn.isValid())
        return Error { Text::tr("申请须写明申请日期") };
    if (r.kind == ChangeKind::Cancel) {
        // seeds 000 §二(一): 因故不能举办的，应向区教委作书面说明
        if (r.reason.trimmed().isEmpty())
            return Error { Text::tr("第 %1 项「%2」取消须附书面说明（不能举办的原因）").arg(r.seq).arg(r.projectName) };
        return success();
    }
    if (!r.field)
        return Error { Text::tr("调整申请须写明调整哪一项") };
    if (r.reason.trimmed().isEmpty())
        return Error { Text::tr("调整申请须写明调整原因") };
    if (r.from == r.to)
        return Error { Text::tr("第 %1 项的%2已是「%3」，无须调整").arg(r.seq).arg(changeFieldLabel(*r.field), r.to) };
    if (timing.late && r.lateExplanation.trimmed().isEmpty())
        return Error { Text::tr("调整申请于 %1 提出，已逾期：%2。确需调整的，请附书面说明逾期原因")
                           .arg(iso(r.filedOn), changeDeadlineText(timing, rules)) };
    return success();
}

// ---- diff ----------------------------------------------------------------------------------------------

QString diffKindName(DiffKind k)
{
    switch (k) {
    case DiffKind::Added:
        return QStringLiteral("added");
    case DiffKind::Removed:
        return QStringLiteral("removed");
    case DiffKind::Cancelled:
        return QStringLiteral("cancelled");
    case DiffKind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString diffKindLabel(DiffKind k)
{
    switch (k) {
    case DiffKind::Added:
        return Text::tr("新增");
    case DiffKind::Removed:
        return Text::tr("删除");
    case DiffKind::Cancelled:
        return Text::tr("取消");
    case DiffKind::Changed:
        break;
    }
    return Text::tr("调整");
}

QList<ProjectDiff> diffPlanVersions(const QList<VersionedProject>& before, const QList<VersionedProject>& after)
{
    QHash<qint64, const VersionedProject*> old;
    for (const VersionedProject& v : before)
        old.insert(v.project.id, &v);
    QList<ProjectDiff> out;
    QSet<qint64> seen;
    for (const VersionedProject& now : after) {
        seen.insert(now.project.id);
        ProjectDiff d;
        d.projectId = now.project.id;
        d.seq = now.project.seq;
        d.name = now.project.name;
        const VersionedProject* was = old.value(now.project.id);
        if (!was) {
            d.kind = DiffKind::Added;
            out << d;
            continue;
        }
        for (ChangeField f : kFields) {
            const QString a = was->value(f);
            const QString b = now.value(f);
            if (a != b)
                d.cells << CellChange { f, a, b };
        }
        if (now.project.cancelled && !was->project.cancelled)
            d.kind = DiffKind::Cancelled;
        else if (!d.cells.isEmpty())
            d.kind = DiffKind::Changed;
        else
            continue;
        out << d;
    }
    for (const VersionedProject& v : before) {
        if (seen.contains(v.project.id))
            continue;
        ProjectDiff d;
        d.kind = DiffKind::Removed;
        d.projectId = v.project.id;
        d.seq = v.project.seq;
        d.name = v.project.name;
        out << d;
    }
    return out;
}

QList<PlanAdjustment> planAdjustments(const QList<ProjectDiff>& diff, const QList<PlanChangeRequest>& requests)
{
    // The last approved request of a project for a field (none: its cancellation), in the order filed.
    auto approved = [&](qint64 projectId, ChangeKind kind, std::optional<ChangeField> field) {
        std::optional<PlanChangeRequest> found;
        for (const PlanChangeRequest& r : requests)
            if (r.status == ChangeStatus::Approved && r.projectId == projectId && r.kind == kind
                && (kind == ChangeKind::Cancel || r.field == field))
                found = r;
        return found;
    };
    QList<PlanAdjustment> out;
    for (const ProjectDiff& d : diff) {
        PlanAdjustment a;
        a.kind = d.kind;
        a.projectId = d.projectId;
        a.seq = d.seq;
        a.name = d.name;
        if (d.kind != DiffKind::Changed) {
            if (d.kind == DiffKind::Cancelled)
                a.request = approved(d.projectId, ChangeKind::Cancel, std::nullopt);
            out << a;
        }
        for (const CellChange& c : d.cells) {
            PlanAdjustment cell = a;
            cell.kind = DiffKind::Changed;
            cell.cell = c;
            cell.request = approved(d.projectId, ChangeKind::Change, c.field);
            out << cell;
        }
    }
    for (const PlanChangeRequest& r : requests) {
        if (r.status != ChangeStatus::Pending)
            continue;
        PlanAdjustment a;
        a.kind = r.kind == ChangeKind::Cancel ? DiffKind::Cancelled : DiffKind::Changed;
        a.projectId = r.projectId;
        a.seq = r.seq;
        a.name = r.projectName;
        if (r.kind == ChangeKind::Change && r.field)
            a.cell = CellChange { *r.field, r.from, r.to };
        a.request = r;
        out << a;
    }
    std::stable_sort(
        out.begin(), out.end(), [](const PlanAdjustment& a, const PlanAdjustment& b) { return a.seq < b.seq; });
    return out;
}

} // namespace tp
