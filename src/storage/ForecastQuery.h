#pragma once

// The forecast of a plan ("shown in the plan window"): the district's teachers who still need
// qualifying credits in the cycle of the plan's year, against the qualifying seats the plan's projects offer
// (by level and kind). This gathers the inputs from storage and hands them to core forecastCredits; the
// plan window only shows the lines.

#include "CreditLedger.h"
#include "CreditRules.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace tp {

class Database;

struct PlanForecast {
    CreditRules rules; // the district's rule set
    int cycleStart = 0; // the cycle containing the plan's year
    int teachers = 0; // teachers judged
    QList<SeatOffer> offers; // one per project that offers seats towards credits
    int allStaffProjects = 0; // 全员 projects: open to everyone, their seats are not counted
    int projectsWithoutSeats = 0; // no capacity, no headcount, or no credit value: not counted
    // 培训方式 does not decide the kind (线上线下混合, or none given) and no clerk chose one: not counted.
    QStringList projectsWithoutKind; // "第 3 项 …：未定：…"
    QList<ForecastLine> lines; // one per cycle requirement of the rule set
};

class ForecastQuery {
public:
    explicit ForecastQuery(Database& db)
        : m_db(db)
    {
    }

    // The forecast for the plan `planId`, the teachers' statuses judged on `asOf` (invalid: 1 January of the
    // plan's year, i.e. before the plan's trainings).
    Result<PlanForecast> forPlan(qint64 planId, QDate asOf = {}) const;

    // The seats of a plan's projects that can earn credits under `rules`: each project's capacity (explicit,
    // else its exact or approximate 参培人数) with its level, kind (as registration decides it) and credits;
    // cancelled projects and projects of undecided kind left out.
    Result<PlanForecast> seatOffers(qint64 planId, const CreditRules& rules) const;

private:
    Database& m_db;
};

} // namespace tp
