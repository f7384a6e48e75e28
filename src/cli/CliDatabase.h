#pragma once

// The preamble every trainplan-cli command shares: opening the database of --db (or the default one) with the
// CLI as the audit log's actor, and finding the plan of --year [--district]. Used by CliCommands.cpp and
// LedgerCommands.cpp.

#include "Plan.h"
#include "Result.h"

#include <QString>
#include <memory>

namespace tp {
class Database;
class PlanRepository;
} // namespace tp

namespace tp::cli {

// Opens `path` (the caller's --db, else Database::defaultPath()); the error names the file.
Result<std::shared_ptr<Database>> openCliDatabase(const QString& path);

// The plan of `year`: the district's, or the only district's with a plan that year.
struct PlanLookup {
    std::optional<Plan> plan;
    Error error; // when there is no plan
    bool ambiguous = false; // several districts and none named: a usage error
};
PlanLookup findCliPlan(PlanRepository& plans, int year, const QString& district);

} // namespace tp::cli
