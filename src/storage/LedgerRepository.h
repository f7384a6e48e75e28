#pragma once

#include "CreditLedger.h"
#include "CreditRules.h"
#include "Result.h"
#include "Teacher.h"

#include <QDate>
#include <QHash>
#include <QList>
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
};

// Credits earned elsewhere: 国培, 市培, a provincial platform's record.
struct ExternalCredit {
    qint64 id = 0;
    qint64 teacherId = 0;
    int year = 0;
    TrainingLevel level = TrainingLevel::National;
    TrainingKind kind = TrainingKind::Centralized;
    double credits = 0;
    double hours = 0;
    QString title; // the training's name
    QString source; // 国培, 市培, 省平台, ...
};

struct RegistrationReport {
    QList<qint64> registrationIds;
    QList<std::pair<qint64, QString>> skipped; // enrollment id, why (not completed, absence, registered already)
};

// Which teachers a report covers: one unit (0 = every unit) or these teachers (empty = no restriction).
struct LedgerScope {
    qint64 unitId = 0;
    QList<qint64> teacherIds;
};

// One line of the credit report: the teacher, the totals of the cycle and the status of each requirement.
struct TeacherCreditRow {
    Teacher teacher;
    CreditTotals totals;
    TeacherCreditStatus status;
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

    // The credit rule set of a district: its own choice, else the choice for every district (""), else 梁平 2021.
    Result<CreditRules> creditRules(const QString& district) const;
    // Chooses a preset for a district; the maintained totals follow its cycle (rebuilt when it changes).
    Status setCreditRules(const QString& district, const QString& presetId);
    // The cycle the maintained totals are kept for: {first year, years}.
    Result<std::pair<int, int>> totalsCycle() const;
    Status setTotalsCycle(int firstYear, int years);
    // Recomputes the maintained totals from the registrations (after a cycle change, or to repair).
    Status rebuildTotals();

    // Registers the credits of completed enrollments by `rules` (attendance threshold and conversion),
    // with a reason, as one batch. Enrollments that earn nothing or are registered already are skipped, with why.
    Result<RegistrationReport> registerCredits(
        const QList<qint64>& enrollmentIds, const CreditRules& rules, const QString& reason, QDate on = {});
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

private:
    Database& m_db;
};

} // namespace tp
