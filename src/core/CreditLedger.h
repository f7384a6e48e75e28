#pragma once

// The credit ledger (学分账) of a teacher: what a completed training earns under a rule set, the totals by
// level, kind and year, the status of each requirement in the cycle, and the forecast of a plan's seats
// against the teachers who still need credits. Pure functions over plain data; storage keeps the
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
// and its duration (培训天数/学时), and (上海) its course category.
struct ProjectCredit {
    TrainingLevel level = TrainingLevel::County;
    TrainingKind kind = TrainingKind::Centralized; // meaningful only when kindDecided
    std::optional<double> credits; // explicit credits; else converted from the duration
    Duration duration;
    // false: 培训方式 mixes kinds or names none and no clerk chose one (resolveProjectKind); `kindProblem` says
    // so, and the project earns no credits until its kind is chosen.
    bool kindDecided = true;
    QString kindProblem {};
    QString category {}; // 课程类别 (上海: 师德素养 …); empty: none

    bool operator==(const ProjectCredit&) const = default;
};

// 学时 of a project: hours as stated, or days × the rule set's hours per day (when published); 0 when there is
// no duration or the days cannot be converted.
double projectHours(const ProjectCredit& project, const CreditRules& rules);
// 学分 of a project: the explicit credits, else its hours by the conversion for its kind and level;
// nothing when it has neither, or when the rule set does not publish the conversion (or the hours per day).
std::optional<double> projectCredits(const ProjectCredit& project, const CreditRules& rules);

// How a project's credits come about, for the registration's record and for the reason when they cannot:
// explicit, or hours × conversion (each with its source).
struct CreditComputation {
    std::optional<double> credits;
    std::optional<double> hours; // the project's hours, when known
    QString basis; // "项目学分 4", "3 天 × 8 学时 = 24 学时；8 学时折合 1 学分（出处）"
    QString problem; // why there are no credits: 未公布 conversion, no duration, ...
};
CreditComputation computeProjectCredits(const ProjectCredit& project, const CreditRules& rules);

// A teacher's attendance against the project's (or class's) planned hours. The class's sessions are every
// session recorded for anyone in it; a session without a record for this teacher counts as not attended.
struct AttendanceSummary {
    bool kept = false; // attendance is kept for the class (some session recorded)
    double plannedHours = 0; // the project's hours if known, else the sessions' planned hours
    QString plannedBasis; // "项目计划 40 学时" or "考勤表各场计划学时之和 20 学时"
    double attendedHours = 0; // the teacher's hours attended in the class's sessions
    int sessions = 0; // sessions of the class
    int missingRecords = 0; // sessions with no record for this teacher

    double missedShare() const;
};

// `classSessions`: one record per session of the class (date, session, planned hours; attendance ignored);
// `teacher`: this teacher's records. `projectHours`: the project's planned hours when known (else 0).
AttendanceSummary summarizeAttendance(
    const QList<AttendanceRecord>& classSessions, const QList<AttendanceRecord>& teacher, double projectHours);

// What one enrollment earns when credits are registered.
enum class AwardOutcome {
    Earned,
    NotCompleted, // only 结业 earns
    KindUndecided, // 培训方式 does not decide the kind and no clerk chose one
    AbsenceVoids, // missed the rule set's share of the planned hours (达到/超过)
    AttendanceIncomplete, // sessions without a record and no exemption
    NoCredits, // no explicit credits and none computable (未公布 conversion, no duration)
};

struct CreditAward {
    bool earned = false;
    AwardOutcome outcome = AwardOutcome::NotCompleted;
    double credits = 0;
    double hours = 0; // hours counted (the project's hours when passed)
    double missedShare = 0; // share of the planned hours missed (0 when attendance is not kept)
    int missingRecords = 0;
    QString reason; // why nothing is earned
    QString conversion; // how the credits were computed (CreditComputation::basis), for the record
    QString attendance; // what attendance showed, for the record ("缺课 10%（计划 40 学时）；考勤豁免：…")
};

// Credits of an enrollment: only 结业 (completed) earns; the kind must be decided; missing the rule set's share
// of the planned hours voids the credit (sessions without a record count as missed); otherwise, with sessions
// lacking a record, registration is refused (缺少 N 场考勤记录) unless `exemption` gives the written reason.
CreditAward awardCredits(const ProjectCredit& project, EnrollmentStatus status, const AttendanceSummary& attendance,
    const CreditRules& rules, const QString& exemption = {});
// The same when only the hours attended are known (no sessions): `plannedHours` 0 = the project's hours;
// `hoursAttended` unknown: attendance is not kept.
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
    QString category {}; // 课程类别, empty: none
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

// Totals by level × kind for one cycle, and by year when the rule set needs them; and by course category
// (上海), for the cycle and by year.
struct CreditTotals {
    using Grid = std::array<CreditAmount, kTrainingLevelCount * kTrainingKindCount>;
    using Categories = QMap<QString, CreditAmount>;
    static constexpr size_t index(TrainingLevel l, TrainingKind k)
    {
        return size_t(l) * kTrainingKindCount + size_t(k);
    }

    Grid cycle {};
    QMap<int, Grid> years; // year → totals of that year (empty unless collected)
    Categories categories; // category → totals of the cycle
    QMap<int, Categories> categoryYears; // year → category → totals of that year

    void add(int year, TrainingLevel level, TrainingKind kind, CreditAmount amount, bool byYear = true);
    void addCategory(int year, const QString& category, CreditAmount amount, bool byYear = true);
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
    double earned = 0; // counted (after yearly caps, with what overflow brought in)
    double overflowIn = 0; // part of `earned` that is another requirement's excess (陕西: 集中 → 远程)
    QString overflowFrom; // that requirement's label
    double minimum = 0;
    double missing = 0; // max(0, minimum - earned): "short by N"
    CreditState state = CreditState::Met;
};

struct TeacherCreditStatus {
    int cycleStart = 0;
    // Cycle requirements, then yearly ones year by year (up to asOf's year). Requirements whose minimum is
    // 未公布 are not judged and not listed (CreditRequirement::judged).
    QList<RequirementStatus> requirements;
    CreditState overall = CreditState::Met; // the worst of the requirements
    bool below = false; // some requirement's minimum is not reached (yet)

    const RequirementStatus* find(const QString& id, int year = 0) const;
};

// Each requirement of `rules` whose minimum is published (or entered) for the cycle starting `cycleStart`,
// judged on `asOf`. Yearly requirements are listed for the cycle's years up to asOf's year; yearly caps need
// `totals.years`. Overflow (冲抵) moves the excess of one cycle requirement to another as far as it is missing.
TeacherCreditStatus evaluateCredits(const CreditTotals& totals, const CreditRules& rules, int cycleStart, QDate asOf);

// A plan's qualifying seats: `seats` places of a project of this level and kind, each earning `creditsPerSeat`.
struct SeatOffer {
    TrainingLevel level = TrainingLevel::County;
    TrainingKind kind = TrainingKind::Centralized;
    int seats = 0;
    double creditsPerSeat = 0;
    double hoursPerSeat = 0;
    QString category {}; // 课程类别, empty: none
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

// The forecast (学分需求预测): judged cycle requirements only (a yearly minimum is met year by year).
QList<ForecastLine> forecastCredits(
    const QList<TeacherCreditStatus>& statuses, const QList<SeatOffer>& offers, const CreditRules& rules);

} // namespace tp
