#include "PlanLoader.h"

#include "CalendarRepository.h"
#include "Database.h"
#include "PlanRepository.h"
#include "ScheduleRepository.h"
#include "UnitRepository.h"

namespace tp {

Result<PlanCheckOptions> PlanLoader::checkOptions(const QString& district, QDate today) const
{
    PlanCheckOptions options;
    auto units = UnitRepository(m_db).unitNames();
    if (!units)
        return units.error();
    options.knownUnits = units.value();
    CalendarRepository calendars(m_db);
    auto calendar = calendars.calendar();
    if (!calendar)
        return calendar.error();
    options.calendar = calendar.value();
    auto rules = calendars.ruleSet(district);
    if (!rules)
        return rules.error();
    options.rules = rules.value();
    options.today = today;
    return options;
}

Result<PlanDocument> PlanLoader::document(const Plan& plan, const PlanCheckOptions& options) const
{
    auto projects = PlanRepository(m_db).projects(plan.id);
    if (!projects)
        return projects.error();
    auto schedules = ScheduleRepository(m_db).schedules(plan.id);
    if (!schedules)
        return schedules.error();
    return PlanDocument(plan, projects.value(), schedules.value(), options);
}

Result<PlanDocument> PlanLoader::document(const Plan& plan, QDate today) const
{
    auto options = checkOptions(plan.district, today);
    if (!options)
        return options.error();
    return document(plan, options.value());
}

} // namespace tp
