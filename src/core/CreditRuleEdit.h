#pragma once

// A district edits one number of its rule set (the rule editor, issue 11): the number is named by the key
// CreditRules::numbers() lists it under, and it always comes with its source — a number without one is what
// CreditRules::problems() refuses on saving. Marking a number 未公布 takes it out of judging.

#include "CreditRules.h"
#include "Result.h"

namespace tp {

// Sets the number `key` (cycle.first_year, cycle.years, requirement.<id>.minimum, requirement.<id>.yearly_cap,
// hours_per_day, conversion.<n>, absence.share; overflow.<n> takes the source only) to `value` with `source`.
// An unknown key, or a value out of its range (a share outside 0–1, a negative minimum, a cycle of no years), is
// an error and nothing changes.
Status setRuleNumber(CreditRules& rules, const QString& key, double value, const RuleSource& source);

} // namespace tp
