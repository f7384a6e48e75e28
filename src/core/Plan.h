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

// 年度计划 status: 草稿 → 报审 → 已批准 → 已印发.
enum class PlanStatus { Draft, Submitted, Approved, Issued };

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

QString planStatusName(PlanStatus s); // draft | submitted | approved | issued (stable, for storage/JSON)
PlanStatus planStatusFromName(const QString& name);
QString planStatusLabel(PlanStatus s); // 草稿 | 报审 | 已批准 | 已印发

// 级别 of a project, for credits later.
// Stored as text (国家级, 省级, 市级, 区县级, 校级) so a plan can carry what it says.

// 培训项目: one row of the plan table. Cell values are kept as typed; parsed values are derived
// with the parsers of CellParsers.h, so nothing a user typed is ever lost or rewritten.
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
    int projects = 0;
};

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
