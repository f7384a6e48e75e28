#pragma once

// A stored plan, ready to check: its projects and schedules, and what it is checked with — the known units
// (R-TABLE's organizers), the calendar in effect and the district's rule set. The GUI's plan table and the CLI's
// `show` and `check` load a plan here, so both check it with the same things.

#include "PlanDocument.h"
#include "Result.h"

#include <QDate>

namespace tp {

class Database;

class PlanLoader {
public:
    explicit PlanLoader(Database& db)
        : m_db(db)
    {
    }

    // The units, the calendar and the rule set of `district`; deadlines counted from `today`.
    Result<PlanCheckOptions> checkOptions(const QString& district, QDate today = {}) const;
    // The plan's projects and schedules with `options`.
    Result<PlanDocument> document(const Plan& plan, const PlanCheckOptions& options) const;
    // Both: the plan as `trainplan-cli check` and the plan table see it.
    Result<PlanDocument> document(const Plan& plan, QDate today = {}) const;

private:
    Database& m_db;
};

} // namespace tp
