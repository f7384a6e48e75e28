#pragma once

// A plan's life (seeds 000 §二, seeds 002 §五): the training school drafts the annual plan, the bureau approves it
// (批复, with a 文号) and from then on a project is changed only by a change request (调整申请) filed at least one
// month before it takes effect, and cancelled only with a written explanation (书面说明). This file holds the
// states and the allowed transitions (in one place: planTransition), the change request's fields and its check
// against R-CHANGE, and the diff of two versions of a plan. Pure functions: no SQL, no widgets.

#include "Plan.h"
#include "ProjectSchedule.h"
#include "Result.h"
#include "RuleSet.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tp {

// What a person does to a plan. 报审 submit, 批复 approve, 退回修改 return, 开始执行 start, 完成 complete, and
// 修订 revise: an approved plan is reopened as a whole to be approved again as its next version.
enum class PlanAction { Submit, Approve, Return, Start, Complete, Revise };

QString planActionName(PlanAction a); // submit | approve | return | start | complete | revise (stable)
std::optional<PlanAction> planActionFromName(const QString& name);
QString planActionLabel(PlanAction a); // 报审 | 批复 | 退回修改 | 开始执行 | 完成 | 修订

// What a transition carries: who, when, and what the action needs (a 文号 for an approval, a reason for a return).
struct PlanActionInput {
    QString actor; // who (经办人 or 批复人)
    QDate on; // when
    QString docNumber; // 文号 of the approval (批复)
    QString reason; // why it was returned (退回修改)
};

// The state a plan moves to, or why it may not: the allowed transitions are
//   草稿/退回修改 --报审--> 报审 --批复(文号)--> 已批复 --开始执行--> 执行中 --完成--> 已完成
//   报审 --退回修改(原因)--> 退回修改;   已批复/执行中 --修订--> 草稿 (then 报审, 批复: the next version)
// An approval needs a 文号 and a person; a return needs a reason; every action needs a person and a date.
Result<PlanStatus> planTransition(PlanStatus from, PlanAction action, const PlanActionInput& input);
// The actions allowed from a state (for the GUI's buttons and the CLI's refusals).
QList<PlanAction> allowedActions(PlanStatus from);

// One recorded transition (plan_transition): the plan's history.
struct PlanTransitionRecord {
    qint64 id = 0;
    PlanStatus from = PlanStatus::Draft;
    PlanStatus to = PlanStatus::Draft;
    PlanAction action = PlanAction::Submit;
    QDate on;
    QString actor;
    QString docNumber;
    QString reason;
    int version = 0; // the version an approval froze, 0 otherwise
    QString at; // when it was recorded (timestamp text)
};

// The fields a change request (调整申请) can name: the plan table's text fields and the project's dates.
enum class ChangeField { Name, Organizers, Duration, Headcount, Modes, Months, Location, Level, Remarks, Start, End };

QString changeFieldName(ChangeField f); // name | organizers | duration | headcount | modes | months | location |
                                        // level | remarks | start | end (stable, for storage/JSON/CLI)
QString changeFieldLabel(ChangeField f); // 培训项目 | 主办单位 | 培训天数 | … | 开班日期 | 结束日期
// By its stable name or its label ("months", "拟培训时间", "start", "开班日期").
std::optional<ChangeField> changeFieldFromText(const QString& text);
QList<ChangeField> allChangeFields();
// The plan table's column a field is kept in; none for the schedule's dates (开班日期, 结束日期).
std::optional<ProjectField> tableField(ChangeField f);

// A project as a version of a plan holds it: the table's cells, the dates and whether it is cancelled.
struct VersionedProject {
    Project project; // id, seq, cells, cancelled
    QDate startDate; // 开班 (project_schedule.start_date), invalid when only the month is known
    QDate endDate;
    EffectiveStart start; // the start the deadlines count from (ProjectSchedule::effectiveStart)

    QString value(ChangeField f) const;
    // Sets a field from text; an error names the field and the value when it does not parse (a date that is no
    // date, a duration or headcount that is not one, an empty name).
    Status setValue(ChangeField f, const QString& text, int planYear);
    bool operator==(const VersionedProject&) const = default;
};

VersionedProject versionedProject(const Project& project, const ProjectSchedule& schedule, int planYear);

// R-CHANGE — seeds 000 §二(一): 确需调整的，应提前1个月报区教委审批. The change takes effect at the earlier of the
// approved start and the new one (design.md §2); the deadline is one month before that, moved to the last working
// day when it is a day off.
struct ChangeTiming {
    QDate effective; // the earlier of the approved and the new start
    bool approximate = false; // the effective start is only the 1st of a planned month
    Deadline due;
    QDate filedOn;
    bool late = false; // filed after `due`

    bool isValid() const { return due.isValid(); }
};

ChangeTiming changeTiming(const EffectiveStart& approvedStart, const EffectiveStart& newStart, QDate filedOn,
    const WorkCalendar& calendar, const RuleSet& rules);
// "调整须于 2025-09-30 前报批（生效日 2025-11-01 前 1 个月；10 月 1 日为节假日）" — the deadline, for messages.
QString changeDeadlineText(const ChangeTiming& t, const RuleSet& rules);

enum class ChangeKind { Change, Cancel };
enum class ChangeStatus { Pending, Approved, Rejected };
QString changeKindName(ChangeKind k); // change | cancel
QString changeStatusName(ChangeStatus s); // pending | approved | rejected
ChangeStatus changeStatusFromName(const QString& name);
QString changeStatusLabel(ChangeStatus s); // 待批 | 已批准 | 未批准

// 调整申请 / 取消申请 as filed: which field, from → to (the approved value → the new one), why, when, by whom; and
// the decision.
struct PlanChangeRequest {
    qint64 id = 0;
    qint64 projectId = 0;
    int seq = 0; // the project's 序号 now
    QString projectName;
    ChangeKind kind = ChangeKind::Change;
    std::optional<ChangeField> field; // none for a cancellation
    QString from; // the value in force when filed (the approved one, or the last approved change)
    QString to;
    QString reason; // 调整原因, or the written explanation (书面说明) of a cancellation
    QDate effective; // when it takes effect (R-CHANGE counts back from it)
    QDate due; // the latest day to file it
    bool late = false;
    QString lateExplanation; // why it was filed late (逾期说明)
    QDate filedOn;
    QString filedBy;
    ChangeStatus status = ChangeStatus::Pending;
    QDate decidedOn;
    QString decidedBy;
    QString decisionNote;
};

// Checks a request before it is filed: a cancellation needs its written explanation (R-CANCEL, seeds 000 §二(一):
// 因故不能举办的，应向区教委作书面说明); a change needs a reason, a new value different from the current one, and —
// when filed later than the R-CHANGE deadline — an explanation of the delay (else it is refused with the deadline).
Status checkChangeRequest(const PlanChangeRequest& request, const ChangeTiming& timing, const RuleSet& rules);

// The diff of two versions of a plan (the approved one and now): projects added, cancelled, removed from the
// table, and the cells that changed. Projects are matched by id.
enum class DiffKind { Added, Removed, Cancelled, Changed };
QString diffKindName(DiffKind k); // added | removed | cancelled | changed
QString diffKindLabel(DiffKind k); // 新增 | 删除 | 取消 | 调整

struct CellChange {
    ChangeField field;
    QString before;
    QString after;
    bool operator==(const CellChange&) const = default;
};

struct ProjectDiff {
    DiffKind kind = DiffKind::Changed;
    qint64 projectId = 0;
    int seq = 0; // 序号 now (the approved one for a removed project)
    QString name;
    QList<CellChange> cells; // for Changed (and a Cancelled project whose cells also changed)
};

// In the order of the current table, removed projects after them in their approved order.
QList<ProjectDiff> diffPlanVersions(const QList<VersionedProject>& before, const QList<VersionedProject>& after);

// One line of the 计划调整一览表 (the diff as the bureau reads it): what differs from the approved version and the
// request behind it — a changed cell, a project added, cancelled or removed, or a request still waiting.
struct PlanAdjustment {
    DiffKind kind = DiffKind::Changed;
    qint64 projectId = 0;
    int seq = 0; // 序号 now (the approved one for a removed project)
    QString name;
    std::optional<CellChange> cell; // the changed cell (a change), none for a whole project
    // The request behind it: the last approved one for that cell (or the project's cancellation), or the pending
    // one; none when the cell was edited while the plan was reopened (修订) or the project was added then.
    std::optional<PlanChangeRequest> request;
    bool pending() const { return request && request->status == ChangeStatus::Pending; }
};

// The lines of the 一览表: every changed cell of `diff` and every added, cancelled or removed project, each with
// its request from `requests` (those filed against the approved version the diff compares with), then the
// requests still pending (changes not made yet, from → to as requested); ordered by 序号, in diff order within.
QList<PlanAdjustment> planAdjustments(const QList<ProjectDiff>& diff, const QList<PlanChangeRequest>& requests);

} // namespace tp
