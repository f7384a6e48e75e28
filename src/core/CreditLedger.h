#pragma once

// The credit ledger (学分账) of a teacher: what a completed training earns under a rule set, the totals by
// level, kind and year, the status of each requirement in the cycle, and the forecast of a plan's seats
// against the teachers who still need credits (issue 4). Pure functions over plain data; storage keeps the
// totals up to date and hands them here.

#include "CellParsers.h"
#include "CreditRules.h"
#include "Enrollment.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <array>
#include <optional>

namespace tp {

// What a project offers towards credits: its level, kind, explicit credits (学分, if the plan states them)
// and its duration (培训天数/学时).
struct ProjectCredit {
    TrainingLevel level = TrainingLevel::County;
    TrainingKind kind = TrainingKind::Centralized;
    std::optional<double> credits; // explicit credits; else converted from the duration
    Duration duration;

    bool operator==(const ProjectCredit&) const = default;
};

// 学时 of a project: hours as stated, or days × the rule set's hours per day; 0 when there is no duration.
double projectHours(const ProjectCredit& project, const CreditRules& rules);
// 学分 of a project: the explicit credits, else its hours by the conversion for its kind and level;
// nothing when it has neither (a 国培 row with a blank duration).
std::optional<double> projectCredits(const ProjectCredit& project, const CreditRules& rules);

// What one enrollment earns when credits are registered.
struct CreditAward {
    bool earned = false;
    double credits = 0;
    double hours = 0; // hours counted (the project's hours when passed)
    double missedShare = 0; // share of the planned hours missed (0 when attendance is unknown)
    QString reason; // why nothing is earned: not completed, absence over the threshold, no credit value
};

// Credits of an enrollment: only 结业 (completed) earns; missing `rules.voidMissedShare` or more of the planned
// hours voids the credit. `plannedHours` 0: the project's hours. `hoursAttended` unknown: no threshold applied.
CreditAward awardCredits(const ProjectCredit& project, EnrollmentStatus status, std::optional<double> hoursAttended,
    const CreditRules& rules, double plannedHours = 0);

// A credit (or hours) registered for a teacher: from a completed enrollment or earned elsewhere (国培, 市培,
// a provincial platform). A reversal is an entry with negative amounts.
struct CreditEntry {
    int year = 0;
    TrainingLevel level = TrainingLevel::County;
    TrainingKind kind = TrainingKind::Centralized;
    double credits = 0;
    double hours = 0;
};

struct CreditAmount {
    double credits = 0;
    double hours = 0;

    double in(CreditMeasure m) const { return m == CreditMeasure::Credits ? credits : hours; }
    CreditAmount& operator+=(const CreditAmount& o)
    {
        credits += o.credits;
        hours += o.hours;
        return *this;
    }
    bool operator==(const CreditAmount&) const = default;
};

// Totals by level × kind for one cycle, and by year when the rule set needs them.
struct CreditTotals {
    using Grid = std::array<CreditAmount, kTrainingLevelCount * kTrainingKindCount>;
    static constexpr size_t index(TrainingLevel l, TrainingKind k)
    {
        return size_t(l) * kTrainingKindCount + size_t(k);
    }

    Grid cycle {};
    QMap<int, Grid> years; // year → totals of that year (empty unless collected)

    void add(int year, TrainingLevel level, TrainingKind kind, CreditAmount amount, bool byYear = true);
    CreditAmount at(TrainingLevel l, TrainingKind k) const { return cycle[index(l, k)]; }
    CreditAmount total() const;
    bool operator==(const CreditTotals&) const = default;
};

// The ledger of one teacher in the cycle starting `cycleStart`: the entries of the cycle's years summed.
CreditTotals creditLedger(const QList<CreditEntry>& entries, const CreditRules& rules, int cycleStart);

// met: the minimum is reached; on track: not yet, but at least the share of the minimum for the years of the
// period already over; at risk: below that share; short: the period is over and the minimum not reached.
enum class CreditState { Met, OnTrack, AtRisk, Short };
QString creditStateName(CreditState s); // met | on_track | at_risk | short (stable, for JSON)
QString creditStateLabel(CreditState s); // 已达标 | 进度正常 | 有风险 | 未达标
// An amount of credits or hours as shown to people (lists, printed reports, CLI text): one decimal at most,
// no trailing zeros — 学分 come in halves and tenths ("12", "7.5").
QString formatCreditAmount(double value);

struct RequirementStatus {
    QString id;
    QString label;
    CreditMeasure measure = CreditMeasure::Credits;
    CreditPeriod period = CreditPeriod::Cycle;
    int year = 0; // the year of a yearly requirement, 0 for the cycle
    double earned = 0; // counted (after yearly caps)
    double minimum = 0;
    double missing = 0; // max(0, minimum - earned): "short by N"
    CreditState state = CreditState::Met;
};

struct TeacherCreditStatus {
    int cycleStart = 0;
    QList<RequirementStatus> requirements; // cycle requirements, then yearly ones year by year (up to asOf's year)
    CreditState overall = CreditState::Met; // the worst of the requirements
    bool below = false; // some requirement's minimum is not reached (yet)

    const RequirementStatus* find(const QString& id, int year = 0) const;
};

// Each requirement of `rules` for the cycle starting `cycleStart`, judged on `asOf`. Yearly requirements
// are listed for the cycle's years up to asOf's year; yearly caps need `totals.years`.
TeacherCreditStatus evaluateCredits(const CreditTotals& totals, const CreditRules& rules, int cycleStart, QDate asOf);

// A plan's qualifying seats: `seats` places of a project of this level and kind, each earning `creditsPerSeat`.
struct SeatOffer {
    TrainingLevel level = TrainingLevel::County;
    TrainingKind kind = TrainingKind::Centralized;
    int seats = 0;
    double creditsPerSeat = 0;
    double hoursPerSeat = 0;
};

// For one requirement: teachers still short and what they miss, against the plan's seats that count for it.
struct ForecastLine {
    QString requirementId;
    QString label;
    CreditMeasure measure = CreditMeasure::Credits;
    int teachersShort = 0;
    double missingTotal = 0; // sum of what those teachers miss
    int qualifyingSeats = 0;
    double qualifyingAmount = 0; // seats × credits (or hours) per seat
    int seatShortfall = 0; // teachers short − qualifying seats, when positive
};

// The forecast of design.md/issue 4: cycle requirements only (a yearly minimum is met year by year).
QList<ForecastLine> forecastCredits(
    const QList<TeacherCreditStatus>& statuses, const QList<SeatOffer>& offers, const CreditRules& rules);

} // namespace tp
