#pragma once

// The figures of the 教师与学分 tab's scope (one unit, or all): how its teachers stand in a cycle. Read with one
// query over the maintained totals — on the GUI's connection, or, for a city-sized scope, in a worker thread on
// its own connection together with the search index (startScopeRead).

#include "CreditLedger.h"
#include "CreditRules.h"
#include "Result.h"
#include "TeacherRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <array>
#include <memory>
#include <optional>

class QThread;

namespace tp {

class Database;

// How the teachers of a scope stand in a cycle: counts by overall state and, per teacher, the state and what
// they earned towards the main requirement (the district-level one: R-CREDIT-DISTRICT, else the first cycle
// requirement). Computed with one query over the maintained totals; feeds the summary line, the 仅显示未达标
// filter and the credit chart.
struct ScopeCredits {
    struct Entry {
        CreditState overall = CreditState::Met;
        bool below = false;
        double mainEarned = 0;
    };
    QHash<qint64, Entry> byTeacher;
    std::array<int, 4> counts {}; // by CreditState
    int total = 0;
    QString mainLabel; // the main requirement's label
    double mainMinimum = 0;
    CreditMeasure mainMeasure = CreditMeasure::Credits;

    int count(CreditState s) const { return counts[size_t(s)]; }
};

// One teacher's line of the figures.
ScopeCredits::Entry scopeEntry(const TeacherCreditStatus& status, const QList<CreditRequirement>& requirements);
Result<ScopeCredits> computeScopeCredits(Database& db, qint64 unitId, const CreditRules& rules,
    const QList<CreditRequirement>& requirements, int cycleStart, QDate asOf);

// What a worker thread reads for a large scope: the search index and/or the figures, tagged with the model's
// generations so that a read for an older scope is dropped.
struct ScopeRead {
    int indexGeneration = 0;
    int scopeGeneration = 0;
    bool needIndex = false;
    bool needScope = false;
    std::optional<QList<TeacherSearchEntry>> index;
    std::optional<ScopeCredits> scope;
    QString error;
};

// Starts the read in a thread of low priority; `read` is filled when the thread has finished.
QThread* startScopeRead(const std::shared_ptr<ScopeRead>& read, const QString& databasePath, qint64 unitId,
    const CreditRules& rules, const QList<CreditRequirement>& requirements, int cycleStart, QDate asOf);

} // namespace tp
