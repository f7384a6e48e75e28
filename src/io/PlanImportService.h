#pragma once

// The one import workflow for plan tables: the CLI (`trainplan-cli import`) and the GUI (import dialog)
// both call it, so what the CLI reports is what the user sees. It reads the file (PlanTableImporter),
// decides the district, year and title, checks the table (R-TABLE, incl. the stated 合计 row) and stores
// the plan with its projects in one transaction — all or nothing.

#include "Finding.h"
#include "Plan.h"
#include "PlanRepository.h"
#include "PlanTableImporter.h"
#include "Result.h"

#include <QString>

namespace tp {

class Database;

struct ImportRequest {
    QString path; // the CSV or .xlsx file
    QString district; // empty: taken from the file's title row ("梁平区教育系统2021年…" → 梁平区)
    int year = 0;
    QString title; // empty: the file's title row, else "<district><year>年教师培训项目计划"
    bool replace = false; // replace an existing plan of the same district and year
    QString encoding; // empty: detected
    QString sheet; // an .xlsx file's sheet; empty: the first sheet
};

struct ImportReport {
    Plan plan; // as stored (id set) by importPlanFile; as it would be stored by previewPlanFile
    ImportedTable table; // what was read from the file
    // The table's parse findings and the R-TABLE check with the stated totals, with the file's row and
    // column wherever a finding concerns a cell; the same problem is reported once.
    Findings findings;
    int imported = 0; // projects stored (previewPlanFile: projects that would be stored)
    bool replaced = false; // an existing plan was replaced
    // What the replace kept, added and removed, and the backup made before it (PlanRepository::importPlan).
    PlanReplaceSummary replaceSummary;

    bool hasErrors() const;
};

// Reads and checks the file, stores nothing. For the GUI's report before the user confirms.
Result<ImportReport> previewPlanFile(const ImportRequest& request);

// Reads, checks and stores the plan, all or nothing. An existing plan for the district and year without
// `request.replace` is an Error (and nothing is written). Rows whose cells do not parse are stored as
// typed; the findings report them. A replace backs the database up first, keeps every project the new table
// still has (with its roster and credits) and is refused when a project with enrollments would disappear
// (PlanRepository::importPlan).
Result<ImportReport> importPlanFile(Database& db, const ImportRequest& request);

// The district a plan title starts with: the most specific of the place names it opens with
// ("梁平区教育系统2021年…" → 梁平区, "重庆市梁平区…" → 梁平区, "许昌市建安区2024年…" → 建安区,
// "云阳县…" → 云阳县). Empty when the title does not start with a name ending in 区/县/市/旗.
QString districtFromTitle(const QString& title);

// "<district><year>年教师培训项目计划", the title of a plan whose file has none.
QString defaultPlanTitle(const QString& district, int year);

} // namespace tp
