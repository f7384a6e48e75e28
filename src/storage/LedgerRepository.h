#pragma once

#include "CreditLedger.h"
#include "CreditRules.h"
#include "ExternalCredit.h"
#include "Result.h"
#include "Teacher.h"
#include "TeacherCreditRow.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

namespace tp {

class Database;

// 学分登记: one registered amount. Append-only: a reversal is a row with the negated amounts and reversalOf set.
struct CreditRegistration {
    qint64 id = 0;
    qint64 teacherId = 0;
    qint64 enrollmentId = 0; // 0 for credits earned elsewhere
    qint64 externalCreditId = 0;
    int year = 0;
    TrainingLevel level = TrainingLevel::County;
    TrainingKind kind = TrainingKind::Centralized;
    double credits = 0;
    double hours = 0;
    QString reason;
    QDate registeredOn;
    QString actor;
    qint64 reversalOf = 0;
    bool reversed = false; // a later row reverses this one
    // What it was for (read by registrations()): the project's name and 序号, or the external training's title
    // and where it was earned (国培, 市培, 省平台, ...).
    QString title;
    int projectSeq = 0;
    QString source;
    // What it used (issue 11; empty for registrations made before): the rule set (its stored version and name),
    // how the credits were computed, what attendance showed (and an exemption's reason), the course category.
    qint64 ruleSetId = 0;
    QString ruleSetName;
    QString conversion;
    QString attendance;
    QString category;
};

struct RegistrationReport {
    QList<qint64> registrationIds;
    QList<std::pair<qint64, QString>> skipped; // enrollment id, why (not completed, absence, registered already)
    QStringList rulesUsed; // the names of the rule sets the registrations followed (one per district)
};

// One registration a recalculation would change (or could not recalculate).
struct RecalculationChange {
    qint64 registrationId = 0;
    qint64 enrollmentId = 0;
    Teacher teacher; // id, staff number, name, unit
    QString project; // 第 3 项 学前教育保教质量提升培训
    QString oldRuleSet; // the rule set it was registered under ("" before issue 11)
    CreditEntry before;
    std::optional<CreditEntry> after; // unset: it earns nothing under the rules now (reversed without a new one)
    QString why; // the new computation, or why nothing is earned now, or why it cannot be recalculated
};

// What a recalculation did (or, as a dry run, would do).
struct Recalculation {
    CreditRules rules; // the district's active rule set
    QList<RecalculationChange> changes; // amounts, kind, level or category differ: reversed and registered anew
    // The rules need something first (the kind chosen, attendance completed or exempted, a conversion entered):
    // left as they are.
    QList<RecalculationChange> blocked;
    int unchanged = 0;
    bool applied = false;
    QList<qint64> newRegistrationIds;
};

// Which teachers a report covers: one unit (0 = every unit) or these teachers (empty = no restriction).
struct LedgerScope {
    qint64 unitId = 0;
    QList<qint64> teacherIds;
};

// Where the report's totals come from: the totals kept up to date by the triggers, or the plain GROUP BY over
// the registrations (the baseline the benchmark compares with, and the check of the maintained totals).
enum class TotalsSource { Maintained, GroupBy };

// The credit ledger: registrations and their reversal, credits earned elsewhere, per-teacher totals per cycle
// (maintained by SQLite triggers in the registration's transaction), and the rule set chosen per district.
class LedgerRepository {
public:
    explicit LedgerRepository(Database& db)
        : m_db(db)
    {
    }

    // The credit rule set of a district (RuleSetRepository::activeRules): its own choice, else the choice for
    // every district (""), else 梁平 2021. An empty district is the only district the database has plans for.
    Result<CreditRules> creditRules(const QString& district) const;
    // Chooses a preset for a district (RuleSetRepository::choosePreset); the maintained totals follow its cycle.
    Status setCreditRules(const QString& district, const QString& presetId);
    // The cycle the maintained totals are kept for: {first year, years}.
    Result<std::pair<int, int>> totalsCycle() const;
    Status setTotalsCycle(int firstYear, int years);
    // Recomputes the maintained totals from the registrations (after a cycle change, or to repair).
    Status rebuildTotals();

    // Registers the credits of completed enrollments, each by the active rule set of its project's district
    // (kind from 培训方式 or the clerk's choice, attendance against the planned hours, the threshold and the
    // conversion), with a reason, as one batch. Each registration records the rule set version, how its credits
    // were computed and what attendance showed. Enrollments that earn nothing, whose project's kind is
    // undecided, whose attendance misses sessions without an exemption, or that are registered already are
    // skipped, with why.
    Result<RegistrationReport> registerCredits(
        const QList<qint64>& enrollmentIds, const QString& reason, QDate on = {});
    // The same for callers that looked up `rules` themselves: an enrollment whose project's district has another
    // active rule set is skipped, saying so (nothing is registered under another district's rules).
    Result<RegistrationReport> registerCredits(
        const QList<qint64>& enrollmentIds, const CreditRules& rules, const QString& reason, QDate on = {});
    // Recomputes the district's registrations (of its plans' projects; not credits earned elsewhere, not
    // reversed ones) under its active rule set. `apply` false: a dry run listing what would change. `apply`
    // true: each change is a reversal and a new registration (reason required), in one transaction, audited as
    // one recalculation. Registrations the rules cannot recompute yet are listed as blocked and left alone.
    Result<Recalculation> recalculate(const QString& district, const QString& reason, bool apply, QDate on = {});
    // `credits register --complete`: sets `toComplete` to 结业 and registers the credits of `enrollmentIds`, in
    // ONE transaction — two (setStatuses, then registerCredits) let a kill in between leave enrollments 结业
    // without their credits (30 of 88 kills did).
    Result<RegistrationReport> completeAndRegister(const QList<qint64>& toComplete, const QList<qint64>& enrollmentIds,
        const CreditRules& rules, const QString& reason, QDate on = {});
    // Reverses a registration (a new row with the negated amounts); the enrollment can be registered again.
    Result<qint64> reverseRegistration(qint64 registrationId, const QString& reason, QDate on = {});
    // Records credits earned elsewhere and registers them. Returns the registration id.
    Result<qint64> addExternalCredit(const ExternalCredit& credit, const QString& reason, QDate on = {});
    // A teacher's registrations, oldest first (the history: who registered what, when, why).
    Result<QList<CreditRegistration>> registrations(qint64 teacherId) const;

    // Totals per teacher of the cycle [cycleStart, cycleStart + cycleYears), by level and kind (and by year with
    // `withYears`). Teachers without any registration are absent.
    Result<QHash<qint64, CreditTotals>> totals(int cycleStart, int cycleYears, const LedgerScope& scope = {},
        bool withYears = false, TotalsSource source = TotalsSource::Maintained) const;

    // The report of `credits --cycle`: every teacher of the scope in pinyin order (or only those below a
    // minimum), with totals and status judged on `asOf`.
    Result<QList<TeacherCreditRow>> report(const CreditRules& rules, int cycleStart, QDate asOf,
        const LedgerScope& scope = {}, bool belowOnly = false, TotalsSource source = TotalsSource::Maintained) const;
    // The same under the district's active rule set (creditRules), for the cycle containing `year`.
    Result<QList<TeacherCreditRow>> districtReport(
        const QString& district, int year, QDate asOf, const LedgerScope& scope = {}, bool belowOnly = false) const;

private:
    Result<RegistrationReport> registerWith(
        const QList<qint64>& enrollmentIds, const CreditRules* expected, const QString& reason, QDate on);

    Database& m_db;
};

} // namespace tp
