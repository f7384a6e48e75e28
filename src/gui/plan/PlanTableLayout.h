#pragma once

// The plan table's columns and item roles: the project fields (0 .. ProjectField::Count-1), then three computed,
// read-only columns from the deadline rules. Shared by the model (PlanTableModel), the deadline cells
// (DeadlineCells) and the views.

#include "Finding.h"

#include <QLatin1String>
#include <Qt>

namespace tp {

struct PlanTableLayout {
    enum Roles {
        ProjectIdRole = Qt::UserRole + 1,
        IsTotalsRowRole,
        SortRole, // numbers for 序号/天数/人数, pinyin sort keys for text
        SeverityRole, // int(Severity) of the worst finding on the cell, or -1
        DeadlineStateRole, // int(DeadlineState) of the cell's deadline (computed columns), or -1
    };

    // The computed columns after the project fields.
    enum Column {
        StartColumn = int(ProjectField::Count), // 开班日期: the effective start (约 when only a month is known)
        PlanDueColumn, // 方案截止: R-LEAD's due date
        StatusColumn, // 状态: 已报送 / 逾期 / 还剩 N 个工作日 / 已取消 ...
        ColumnCount
    };

    static bool isComputedColumn(int column) { return column >= StartColumn && column < ColumnCount; }

    static bool isDeadlineRule(const QString& rule)
    {
        return rule == QLatin1String("R-LEAD") || rule == QLatin1String("R-OUTCITY")
            || rule == QLatin1String("R-CHANGE") || rule == QLatin1String("R-CANCEL");
    }

    // The cell a finding marks: deadline findings mark 方案截止 (R-CANCEL: 状态), the others their field.
    static int columnForFinding(const Finding& f)
    {
        if (f.rule == QLatin1String("R-CANCEL"))
            return StatusColumn;
        if (isDeadlineRule(f.rule))
            return PlanDueColumn;
        return f.field == ProjectField::None ? int(ProjectField::Name) : int(f.field);
    }
};

} // namespace tp
