#include "ForecastQuery.h"

#include "Database.h"
#include "EnrollmentRepository.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "ScheduleRepository.h"

namespace tp {

Result<PlanForecast> ForecastQuery::seatOffers(qint64 planId, const CreditRules& rules) const
{
    PlanRepository plans(m_db);
    auto projects = plans.projects(planId);
    if (!projects)
        return projects.error();
    auto schedules = ScheduleRepository(m_db).schedules(planId);
    if (!schedules)
        return schedules.error();
    EnrollmentRepository enrollments(m_db);
    PlanForecast forecast;
    forecast.rules = rules;
    for (const Project& p : projects.value()) {
        if (schedules->value(p.id).isCancelled())
            continue;
        auto info = enrollments.projectCredit(p.id);
        if (!info)
            return info.error();
        if (!info->credit.kindDecided) {
            forecast.projectsWithoutKind << QStringLiteral("%1 %2：%3").arg(p.seq).arg(p.name, info->kind.describe());
            continue;
        }
        int seats = info->capacity;
        const Headcount headcount = p.headcount();
        if (seats <= 0 && headcount.kind == HeadcountKind::Approx)
            seats = headcount.value;
        if (seats <= 0 && headcount.kind == HeadcountKind::AllStaff) {
            ++forecast.allStaffProjects;
            continue;
        }
        const std::optional<double> credits = projectCredits(info->credit, rules);
        const double hours = projectHours(info->credit, rules);
        if (seats <= 0 || (!credits && hours <= 0)) {
            ++forecast.projectsWithoutSeats;
            continue;
        }
        SeatOffer offer;
        offer.level = info->credit.level;
        offer.kind = info->credit.kind;
        offer.seats = seats;
        offer.creditsPerSeat = credits.value_or(0);
        offer.hoursPerSeat = hours;
        offer.category = info->credit.category;
        forecast.offers << offer;
    }
    return forecast;
}

Result<PlanForecast> ForecastQuery::forPlan(qint64 planId, QDate asOf) const
{
    auto plan = PlanRepository(m_db).plan(planId);
    if (!plan)
        return plan.error();
    LedgerRepository ledger(m_db);
    auto rules = ledger.creditRules(plan->district);
    if (!rules)
        return rules.error();
    auto forecast = seatOffers(planId, rules.value());
    if (!forecast)
        return forecast.error();
    forecast->cycleStart = rules->cycleStartOf(plan->year);
    if (!asOf.isValid())
        asOf = QDate(plan->year, 1, 1);
    auto rows = ledger.report(rules.value(), forecast->cycleStart, asOf);
    if (!rows)
        return rows.error();
    QList<TeacherCreditStatus> statuses;
    statuses.reserve(rows->size());
    for (const TeacherCreditRow& r : rows.value())
        statuses << r.status;
    forecast->teachers = int(statuses.size());
    forecast->lines = forecastCredits(statuses, forecast->offers, rules.value());
    return forecast;
}

} // namespace tp
