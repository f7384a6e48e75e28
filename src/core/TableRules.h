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
// The text a 合计 row carries for 参培人数: "14592", "440 + 全员×1" (全员 is never dropped and never 0), "全员×2".
// The same on screen, in print, CSV and XLSX. Cancelled projects are not in `totals` (computeTotals).
QString formatHeadcountTotal(const PlanTotals& totals);
// What a 合计 cell of 参培人数 states: "14592", "440 + 全员×1", "全员×2".
struct StatedHeadcount {
    Headcount headcount; // the number part (None when there is none)
    int allStaffRows = 0;
};
StatedHeadcount parseStatedHeadcount(const QString& text);

// A cell as the table shows it on screen, in print, CSV and XLSX: a cancelled project's name is marked
// "【已取消】…" (the row stays, struck through where the medium can, and out of the totals).
QString cellTextAsShown(const Project& project, ProjectField field);
// "【已取消】" (translated).
QString cancelledMark();

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
