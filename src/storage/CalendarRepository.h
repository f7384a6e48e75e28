#pragma once

#include "Result.h"
#include "RuleSet.h"
#include "WorkCalendar.h"

#include <QList>
#include <QString>

namespace tp {

class Database;

// The holiday days users enter or import, and the rule sets (规则集) per district. Storage only: what the
// days mean is WorkCalendar's business (precedence: a user's day > an imported official schedule > the
// built-in schedules of 2007–2026 > an estimate).
class CalendarRepository {
public:
    explicit CalendarRepository(Database& db)
        : m_db(db)
    {
    }

    // Every stored day (source User or Official), sorted by date.
    Result<QList<SpecialDay>> storedDays() const;
    // The stored days of one year: user days in that year and the imported schedule of that year.
    Result<QList<SpecialDay>> storedDays(int year) const;

    // Enters one day (source User; replaces whatever is stored for that date).
    Status setDay(const SpecialDay& day);
    Status removeDay(QDate date);

    // Imports official schedules (e.g. parseHolidayCsv's output for a newly published year): every schedule
    // year in `days` (see scheduleYearOf) is replaced by the days given for it, all or nothing. Each year
    // needs at least one day off; a date may appear once. Returns the years imported.
    Result<QList<int>> importSchedule(const QList<SpecialDay>& days);
    // Drops the imported schedule of `year` (the built-in or estimated one applies again).
    Status removeSchedule(int year);

    // The calendar in effect: the built-in schedules, overridden by the imported ones, then by users' days.
    Result<WorkCalendar> calendar() const;
    // Builds that calendar from stored days (for callers that already have them).
    static WorkCalendar effectiveCalendar(const QList<SpecialDay>& storedDays);

    // The rule set of a district: the defaults, overridden by the parameters stored for every district
    // (district ""), then by the district's own.
    Result<RuleSet> ruleSet(const QString& district) const;
    Status saveRuleSet(const QString& district, const RuleSet& rules);

private:
    Database& m_db;
};

} // namespace tp
