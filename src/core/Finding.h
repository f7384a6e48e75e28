#pragma once

#include <QList>
#include <QString>

namespace tp {

enum class Severity { Info, Warning, Error };

// Which part of a plan a project field is; used by findings to point at a cell, and by the table
// model and the import to name columns. Order is the order of the editor's columns.
enum class ProjectField {
    None = -1,
    Seq,
    Name,
    Organizers,
    Duration,
    Headcount,
    Modes,
    Months,
    Location,
    Level,
    Remarks,
    Count
};

// A rule's verdict: {severity, rule id, subject, message, suggested fix} (docs/rules.md).
// The subject is a project (by 序号 `seq`, with the field it concerns), or the row and column of an
// imported file, or the plan as a whole (seq == 0 and row == 0).
struct Finding {
    Severity severity = Severity::Warning;
    QString rule; // e.g. "R-TABLE", "R-LEAD"
    int seq = 0; // project 序号, 0 if not about one project
    ProjectField field = ProjectField::None;
    QString file; // imported file, if any
    int row = 0; // 1-based row of the imported file, 0 if none
    int column = 0; // 1-based column of the imported file, 0 if none
    QString columnName; // header text of that column
    QString message;
    QString fix;
    qint64 projectId = 0; // database id of the project when known (for the GUI to find its row)

    // Human-readable subject: "第 3 项 培训天数" or "plan.csv 第 5 行 第 4 列(培训天数)" or "计划".
    QString subject() const;
};

using Findings = QList<Finding>;

// Findings about a file in the order of the file: by row, then column; those about the file as a whole (no row)
// last. Stable: findings of one cell keep their order.
void sortInFileOrder(Findings& findings);

QString severityName(Severity s); // "error" | "warning" | "info" (stable, for JSON)
QString severityLabel(Severity s); // 错误 | 警告 | 提示 (translated)
QString fieldLabel(ProjectField f); // 序号, 培训项目, ... (translated)

} // namespace tp
