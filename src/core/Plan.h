#pragma once

#include "CellParsers.h"
#include "Finding.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp {

// The 合计 row as published (from an imported table): what it claims, as typed. The texts are
// compared with the sums by checkPlanTable (TableRules.h), which understands "82", "98天", "98天+400学时".
struct StatedTotals {
    QString durationText; // e.g. "82"
    QString headcountText; // e.g. "14592"
    int row = 0; // 1-based row in the imported file
    int durationColumn = 0; // 1-based columns of those cells in the file, 0 if the table has none
    int headcountColumn = 0;

    bool operator==(const StatedTotals&) const = default;
};

// 年度计划 status (seeds 000 §二, seeds 002 §五): 草稿 → 报审 → 已批复 (文号) → 执行中 → 已完成, or 报审 → 退回修改 →
// 报审 again. Issued (已印发) is what databases before version 7 could say of an approved plan; it is treated as
// 已批复. The allowed transitions are in PlanWorkflow.h.
enum class PlanStatus { Draft, Submitted, Approved, Issued, Returned, InProgress, Completed };

struct Plan {
    qint64 id = 0;
    QString district; // e.g. 梁平区
    int year = 0;
    QString title; // e.g. 梁平区教育系统2021年教师教育项目计划表
    QString docNumber; // 文号
    QDate issueDate;
    PlanStatus status = PlanStatus::Draft;
    QString sourceFile; // the file it was imported from, if any
    std::optional<StatedTotals> stated; // the 合计 row of the imported table, kept to report differences
    QString notes; // 备注 below the table

    bool operator==(const Plan&) const = default;
};

// draft | submitted | approved | issued | returned | in_progress | completed (stable, for storage/JSON)
QString planStatusName(PlanStatus s);
PlanStatus planStatusFromName(const QString& name);
QString planStatusLabel(PlanStatus s); // 草稿 | 报审 | 已批复 | 已印发 | 退回修改 | 执行中 | 已完成
// Approved, issued, in progress or completed: the plan has an approved version, and a project changes only
// through a change request (调整申请).
bool isApprovedStatus(PlanStatus s);

// 级别 of a project, for credits later.
// Stored as text (国家级, 省级, 市级, 区县级, 校级) so a plan can carry what it says.

// 培训项目: one row of the plan table. Cell values are kept as typed; parsed values are derived
// with the parsers of CellParsers.h, so nothing a user typed is ever lost or rewritten.
// Which stored state of a row a reading is (project.row_version): a save based on an older reading is refused
// (issue 13: two people editing the same project). It says when the project was read, not what it says, so two
// readings that say the same are equal whatever their versions.
struct RowVersion {
    int value = 0; // 0: not read from the database, or not to be checked
    bool operator==(const RowVersion&) const { return true; }
};

struct Project {
    qint64 id = 0;
    qint64 planId = 0;
    int seq = 0; // 序号, 1..n in table order
    QString name; // 培训项目
    QStringList organizers; // 主办单位, in order ("区教委、社区学院")
    QString durationText; // 培训天数/学时
    QString headcountText; // 参培人数
    QString modesText; // 培训方式
    QString monthsText; // 拟培训时间
    QString location; // 培训地点
    QString level; // 级别
    QString remarks; // 备注
    // 已取消 (因故不能举办, project_cancellation): read with the project, never edited as a cell. A cancelled
    // project stays in the table, marked and struck through, and out of the totals.
    bool cancelled = false;
    RowVersion rowVersion;

    Duration duration() const { return parseDuration(durationText); }
    Headcount headcount() const { return parseHeadcount(headcountText); }
    MonthSpec months() const { return parseMonths(monthsText); }
    QStringList modes() const { return splitModes(modesText); }

    // The text of a field as shown in the table (organizers joined with 、).
    QString text(ProjectField field) const;
    // Set a field from text; returns false for fields that are not text (序号).
    bool setText(ProjectField field, const QString& value);

    bool operator==(const Project&) const = default;
};

// Sums over the rows of a plan: days and 学时 apart; 全员 rows counted, never added as 0.
struct PlanTotals {
    double days = 0;
    double hours = 0;
    qint64 headcount = 0; // exact + approx
    int approxRows = 0; // rows whose headcount is approximate ("约120人")
    int allStaffRows = 0; // rows whose headcount is 全员
    int blankDurationRows = 0;
    int invalidRows = 0; // rows with a cell that does not parse
    int projects = 0; // rows counted (cancelled ones are not)
    int cancelledRows = 0; // 已取消: shown, not summed
};

// Cancelled projects are counted in cancelledRows only.
PlanTotals computeTotals(const QList<Project>& projects);

// What importing a plan table over an existing plan of the same district and year did (PlanRepository::importPlan;
// PlanImportService reports it).
struct PlanReplaceSummary {
    bool replaced = false; // there was a plan of that district and year
    int kept = 0; // projects matched by 序号 and name (or by name alone): same id, roster, credits and dates
    int added = 0;
    int removed = 0; // projects without enrollments that the new table no longer has (audited with old values)
    QString backupPath; // the automatic backup made before the replace ("" inside a caller's transaction)
};

} // namespace tp
