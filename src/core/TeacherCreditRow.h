#pragma once

// One line of a credit report (学分统计表, `credits --cycle`): made of core types only, so the printed report
// needs nothing of the storage that fills it.

#include "CreditLedger.h"
#include "Teacher.h"

namespace tp {

// The teacher, the totals of the cycle and the status of each requirement.
struct TeacherCreditRow {
    Teacher teacher;
    CreditTotals totals;
    TeacherCreditStatus status;
};

} // namespace tp
