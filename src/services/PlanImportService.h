#pragma once

// Importing a plan table: the file read and checked by readPlanFile (src/io), then stored with its projects in one
// transaction — all or nothing. `trainplan-cli import`, the GUI's 导入计划表 and its sample plans call it.

#include "PlanFileReader.h"
#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>

namespace tp {

class Database;

class PlanImportService {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanImportService)

public:
    explicit PlanImportService(Database& db)
        : m_db(db)
    {
    }

    // Reads, checks and stores the plan. An existing plan for the district and year without `request.replace` is
    // an Error naming it (and nothing is written). Rows whose cells do not parse are stored as typed; the
    // findings report them. A replace backs the database up first (outside a caller's transaction), keeps every
    // project the new table still has (with its roster and credits) and is refused when a project with
    // enrollments would disappear (PlanRepository::importPlan); report.replaceSummary says what it did.
    Result<ImportReport> importFile(const ImportRequest& request);
    // Where the import says how far it got (reading, checking, saving) and learns of 取消: then it returns
    // Cancelled::error and its transaction is rolled back — nothing is written.
    void setProgress(const ProgressOptions& progress) { m_progress = progress; }

private:
    Database& m_db;
    ProgressOptions m_progress;
};

} // namespace tp
