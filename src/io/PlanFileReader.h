#pragma once

// Reading a plan table for import: the file (PlanTableImporter), the district, year and title the plan gets, and
// the table's check (R-TABLE, incl. the stated 合计 row) with the file's rows and columns. It stores nothing:
// PlanImportService (src/services) stores what it read, and the GUI shows it first as a preview. The CLI
// (`trainplan-cli import`) and the GUI's import go through the same two steps, so what the CLI reports is what
// the user sees.

#include "Finding.h"
#include "Plan.h"
#include "PlanTableImporter.h"
#include "Result.h"

#include <QString>

namespace tp {

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
    Plan plan; // as it would be stored (readPlanFile); as stored, with its id (PlanImportService::importFile)
    ImportedTable table; // what was read from the file
    // The table's parse findings and the R-TABLE check with the stated totals, with the file's row and
    // column wherever a finding concerns a cell; the same problem is reported once.
    Findings findings;
    int imported = 0; // projects stored (readPlanFile: projects that would be stored)
    bool replaced = false; // an existing plan was replaced
    // What the replace kept, added and removed, and the backup made before it (PlanImportService::importFile).
    PlanReplaceSummary replaceSummary;

    bool hasErrors() const;
};

// Reads and checks the file, stores nothing. Rows whose cells do not parse are kept as typed; the findings
// report them.
Result<ImportReport> readPlanFile(const ImportRequest& request);

// The district a plan title starts with: the most specific of the place names it opens with
// ("梁平区教育系统2021年…" → 梁平区, "重庆市梁平区…" → 梁平区, "许昌市建安区2024年…" → 建安区,
// "云阳县…" → 云阳县). Empty when the title does not start with a name ending in 区/县/市/旗.
QString districtFromTitle(const QString& title);

// "<district><year>年教师培训项目计划", the title of a plan whose file has none.
QString defaultPlanTitle(const QString& district, int year);

} // namespace tp
