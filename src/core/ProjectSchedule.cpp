#include "ProjectSchedule.h"

namespace tp {

EffectiveStart ProjectSchedule::effectiveStart(int planYear) const
{
    QDate earliest = start;
    for (const ClassSession& c : classes)
        if (c.start.isValid() && (!earliest.isValid() || c.start < earliest))
            earliest = c.start;
    if (earliest.isValid())
        return { earliest, false };

    // docs/rules.md: a month-only date starts on the 1st of that month; 全年 means the plan year.
    const int year = plannedMonths.year > 0 ? plannedMonths.year : planYear;
    if (year <= 0 || !plannedMonths.isValid())
        return {};
    const int month = plannedMonths.firstMonth();
    if (month < 1 || month > 12)
        return {};
    return { QDate(year, month, 1), true };
}

EffectiveStart ProjectSchedule::effectiveDeparture(int planYear) const
{
    if (departure.isValid())
        return { departure, false };
    return effectiveStart(planYear);
}

} // namespace tp
