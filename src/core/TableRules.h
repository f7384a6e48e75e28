#pragma once

#include "Finding.h"
#include "Plan.h"

#include <QStringList>
#include <optional>

namespace tp {

// What a 合计 cell of 培训天数 states: "82" (days), "98天", "400学时", "98天+400学时", "98天、400学时".
struct StatedDuration {
    std::optional<double> days;
    std::optional<double> hours;
    bool valid = true;
};
StatedDuration parseStatedDuration(const QString& text);

// The text a 合计 row should carry for these totals ("98天+400学时", "82", "" when nothing to sum).
QString formatDurationTotal(const PlanTotals& totals);
// "14592", "14592+全员×2"? No: the headcount total cell holds the number only; 全员 rows are reported apart.
QString formatHeadcountTotal(const PlanTotals& totals);

// R-TABLE (docs/rules.md; seeds 000 and 002 attachments): the plan table is consistent — 序号 run 1..n, names
// present, durations/headcounts/months parse, the 合计 row equals the sums, organizers are known units (when
// `knownUnits` is given). A table where no row has a duration gets one finding about the plan, not one a row.
// The table part of checkPlan (PlanDocument.h), which is what the GUI and the CLI call.
struct TableCheckOptions {
    std::optional<StatedTotals> stated; // the published 合计 row, for an imported table
    QStringList knownUnits; // empty: organizers are not checked
    QString file; // file name for findings about the 合计 row
};

Findings checkPlanTable(const QList<Project>& projects, const TableCheckOptions& options = {});

} // namespace tp
