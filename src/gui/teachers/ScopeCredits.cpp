#include "ScopeCredits.h"

#include "Database.h"
#include "LedgerRepository.h"

#include <QThread>

namespace tp {

namespace {
// The requirement the chart and the summary's "main" figure are about: the district-level one.
int mainRequirementIndex(const QList<CreditRequirement>& requirements)
{
    for (qsizetype i = 0; i < requirements.size(); ++i)
        if (requirements.at(i).id == QLatin1String("R-CREDIT-DISTRICT"))
            return int(i);
    return requirements.isEmpty() ? -1 : 0;
}
} // namespace

ScopeCredits::Entry scopeEntry(const TeacherCreditStatus& status, const QList<CreditRequirement>& requirements)
{
    ScopeCredits::Entry e;
    e.overall = status.overall;
    e.below = status.below;
    const int main = mainRequirementIndex(requirements);
    if (main >= 0)
        if (const RequirementStatus* r = status.find(requirements.at(main).id))
            e.mainEarned = r->earned;
    return e;
}

Result<ScopeCredits> computeScopeCredits(Database& db, qint64 unitId, const CreditRules& rules,
    const QList<CreditRequirement>& requirements, int cycleStart, QDate asOf)
{
    ScopeCredits scope;
    const int main = mainRequirementIndex(requirements);
    if (main >= 0) {
        scope.mainLabel = requirements.at(main).label;
        scope.mainMinimum = requirements.at(main).minimum;
        scope.mainMeasure = requirements.at(main).measure;
    }
    auto total = TeacherRepository(db).count({ unitId, QString() });
    auto totals = LedgerRepository(db).totals(cycleStart, rules.cycleYears, { unitId, {} }, rules.needsYearlyTotals());
    if (!total)
        return total.error();
    if (!totals)
        return totals.error();
    scope.total = total.value();
    auto entryOf = [&](const TeacherCreditStatus& s) { return scopeEntry(s, requirements); };
    // Teachers without any registration share one status, kept under id 0.
    const ScopeCredits::Entry none = entryOf(evaluateCredits(CreditTotals(), rules, cycleStart, asOf));
    scope.byTeacher.reserve(totals->size() + 1);
    scope.byTeacher.insert(0, none);
    int withCredits = 0;
    for (auto it = totals->cbegin(); it != totals->cend(); ++it) {
        const ScopeCredits::Entry e = entryOf(evaluateCredits(it.value(), rules, cycleStart, asOf));
        scope.byTeacher.insert(it.key(), e);
        ++scope.counts[size_t(e.overall)];
        ++withCredits;
    }
    scope.counts[size_t(none.overall)] += std::max(0, scope.total - withCredits);
    return scope;
}

QThread* startScopeRead(const std::shared_ptr<ScopeRead>& read, const QString& databasePath, qint64 unitId,
    const CreditRules& rules, const QList<CreditRequirement>& requirements, int cycleStart, QDate asOf)
{
    QThread* worker = QThread::create([read, databasePath, unitId, rules, requirements, cycleStart, asOf] {
        // Its own connection (WAL: it reads while the GUI's connection may write).
        auto db = Database::openSecondary(databasePath);
        if (!db) {
            read->error = db.error().toString();
            return;
        }
        if (read->needIndex) {
            auto index = TeacherRepository(**db).searchIndex(unitId);
            if (!index) {
                read->error = index.error().toString();
                return;
            }
            read->index = std::move(index.value());
        }
        if (read->needScope) {
            auto scope = computeScopeCredits(**db, unitId, rules, requirements, cycleStart, asOf);
            if (!scope)
                read->error = scope.error().toString();
            else
                read->scope = std::move(scope.value());
        }
    });
    worker->start(QThread::LowPriority);
    return worker;
}

} // namespace tp
