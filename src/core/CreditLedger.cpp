#include "CreditLedger.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace tp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tp::CreditLedger", text);
}

// Sums in credits can pick up binary noise (0.1 + 0.2); compare with a tolerance of a thousandth.
constexpr double kEpsilon = 1e-6;

double amountIn(const CreditTotals::Grid& grid, const CreditRequirement& r)
{
    double sum = 0;
    for (int l = 0; l < kTrainingLevelCount; ++l)
        for (int k = 0; k < kTrainingKindCount; ++k)
            if (r.matches(TrainingLevel(l), TrainingKind(k)))
                sum += grid[CreditTotals::index(TrainingLevel(l), TrainingKind(k))].in(r.measure);
    return sum;
}

// The part of `grid` (one year) that the yearly caps exclude, as seen by requirement `r`: for each capped
// requirement c, the excess of c in that year, shared out over the cells of c that r counts.
double cappedExcess(const CreditTotals::Grid& grid, const CreditRequirement& r, const CreditRules& rules)
{
    double excluded = 0;
    for (const CreditRequirement& c : rules.requirements) {
        if (!c.yearlyCap)
            continue;
        const double amount = amountIn(grid, c);
        if (amount <= *c.yearlyCap + kEpsilon)
            continue;
        const double excessShare = (amount - *c.yearlyCap) / amount;
        double overlap = 0;
        for (int l = 0; l < kTrainingLevelCount; ++l)
            for (int k = 0; k < kTrainingKindCount; ++k)
                if (c.matches(TrainingLevel(l), TrainingKind(k)) && r.matches(TrainingLevel(l), TrainingKind(k)))
                    overlap += grid[CreditTotals::index(TrainingLevel(l), TrainingKind(k))].in(r.measure);
        excluded += overlap * excessShare;
    }
    return excluded;
}

CreditState judge(double earned, double minimum, QDate start, QDate end, QDate asOf, int years)
{
    if (earned + kEpsilon >= minimum)
        return CreditState::Met;
    if (asOf > end)
        return CreditState::Short;
    // Years of the period already over: their share of the minimum should be there by now.
    int over = 0;
    for (int y = 0; y < years; ++y)
        if (QDate(start.year() + y, 12, 31) < asOf)
            ++over;
    const double expected = minimum * over / std::max(1, years);
    return earned + kEpsilon >= expected ? CreditState::OnTrack : CreditState::AtRisk;
}

RequirementStatus status(
    const CreditRequirement& r, double earned, int year, QDate start, QDate end, QDate asOf, int years)
{
    RequirementStatus s;
    s.id = r.id;
    s.label = r.label;
    s.measure = r.measure;
    s.period = r.period;
    s.year = year;
    s.earned = earned;
    s.minimum = r.minimum;
    s.missing = std::max(0.0, r.minimum - earned);
    if (s.missing < kEpsilon)
        s.missing = 0;
    s.state = judge(earned, r.minimum, start, end, asOf, years);
    return s;
}
} // namespace

double projectHours(const ProjectCredit& project, const CreditRules& rules)
{
    const Duration& d = project.duration;
    if (!d.isValid())
        return 0;
    switch (d.unit) {
    case DurationUnit::Hour:
        return d.value;
    case DurationUnit::Day:
        return d.value * rules.hoursPerDay;
    case DurationUnit::None:
        break;
    }
    return 0;
}

std::optional<double> projectCredits(const ProjectCredit& project, const CreditRules& rules)
{
    if (project.credits)
        return project.credits;
    const double hours = projectHours(project, rules);
    if (hours <= 0)
        return std::nullopt;
    return rules.conversionFor(project.kind, project.level).creditsFor(hours);
}

CreditAward awardCredits(const ProjectCredit& project, EnrollmentStatus status, std::optional<double> hoursAttended,
    const CreditRules& rules, double planned)
{
    CreditAward award;
    if (status != EnrollmentStatus::Completed) {
        award.reason = tr("未结业（%1）").arg(enrollmentStatusLabel(status));
        return award;
    }
    if (planned <= 0)
        planned = projectHours(project, rules);
    if (hoursAttended && planned > 0) {
        award.missedShare = std::clamp((planned - *hoursAttended) / planned, 0.0, 1.0);
        // 武汉江汉 武教师[2009]2号: 缺课时数累计达到…五分之一者…不能取得相应学分 (the share is the rule set's).
        if (rules.voidMissedShare > 0 && award.missedShare + kEpsilon >= rules.voidMissedShare) {
            award.reason = tr("缺课 %1%，达到或超过规定的 %2%，不计学分")
                               .arg(formatNumber(std::round(award.missedShare * 1000) / 10))
                               .arg(formatNumber(rules.voidMissedShare * 100));
            return award;
        }
    }
    const std::optional<double> credits = projectCredits(project, rules);
    if (!credits) {
        award.reason = tr("项目没有学分，也没有可折算的培训天数或学时");
        return award;
    }
    award.earned = true;
    award.credits = *credits;
    const double hours = projectHours(project, rules);
    award.hours = hours > 0 ? hours : rules.conversionFor(project.kind, project.level).hoursFor(*credits);
    return award;
}

void CreditTotals::add(int year, TrainingLevel level, TrainingKind kind, CreditAmount amount, bool byYear)
{
    cycle[index(level, kind)] += amount;
    if (byYear)
        years[year][index(level, kind)] += amount;
}

CreditAmount CreditTotals::total() const
{
    CreditAmount sum;
    for (const CreditAmount& a : cycle)
        sum += a;
    return sum;
}

CreditTotals creditLedger(const QList<CreditEntry>& entries, const CreditRules& rules, int cycleStart)
{
    CreditTotals totals;
    const int end = cycleStart + rules.cycleYears - 1;
    for (const CreditEntry& e : entries)
        if (e.year >= cycleStart && e.year <= end)
            totals.add(e.year, e.level, e.kind, { e.credits, e.hours });
    return totals;
}

QString creditStateName(CreditState s)
{
    switch (s) {
    case CreditState::Met:
        return QStringLiteral("met");
    case CreditState::OnTrack:
        return QStringLiteral("on_track");
    case CreditState::AtRisk:
        return QStringLiteral("at_risk");
    case CreditState::Short:
        return QStringLiteral("short");
    }
    return QString();
}

QString formatCreditAmount(double value)
{
    QString text = QString::number(std::round(value * 10) / 10, 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString creditStateLabel(CreditState s)
{
    switch (s) {
    case CreditState::Met:
        return tr("已达标");
    case CreditState::OnTrack:
        return tr("进度正常");
    case CreditState::AtRisk:
        return tr("有风险");
    case CreditState::Short:
        return tr("未达标");
    }
    return QString();
}

const RequirementStatus* TeacherCreditStatus::find(const QString& id, int year) const
{
    for (const RequirementStatus& r : requirements)
        if (r.id == id && r.year == year)
            return &r;
    return nullptr;
}

TeacherCreditStatus evaluateCredits(const CreditTotals& totals, const CreditRules& rules, int cycleStart, QDate asOf)
{
    TeacherCreditStatus result;
    result.cycleStart = cycleStart;
    const int years = std::max(1, rules.cycleYears);
    const QDate start(cycleStart, 1, 1);
    const QDate end(cycleStart + years - 1, 12, 31);
    bool anyCap = false;
    for (const CreditRequirement& r : rules.requirements)
        anyCap = anyCap || r.yearlyCap.has_value();

    for (const CreditRequirement& r : rules.requirements) {
        if (r.period != CreditPeriod::Cycle)
            continue;
        double earned = amountIn(totals.cycle, r);
        if (anyCap)
            for (const CreditTotals::Grid& grid : totals.years)
                earned -= cappedExcess(grid, r, rules);
        result.requirements << status(r, earned, 0, start, end, asOf, years);
    }
    for (int y = cycleStart; y < cycleStart + years && y <= asOf.year(); ++y) {
        const CreditTotals::Grid grid = totals.years.value(y);
        for (const CreditRequirement& r : rules.requirements) {
            if (r.period != CreditPeriod::Year)
                continue;
            const double earned = amountIn(grid, r) - (anyCap ? cappedExcess(grid, r, rules) : 0);
            result.requirements << status(r, earned, y, QDate(y, 1, 1), QDate(y, 12, 31), asOf, 1);
        }
    }
    for (const RequirementStatus& s : result.requirements) {
        result.overall = std::max(result.overall, s.state);
        result.below = result.below || s.missing > 0;
    }
    return result;
}

QList<ForecastLine> forecastCredits(
    const QList<TeacherCreditStatus>& statuses, const QList<SeatOffer>& offers, const CreditRules& rules)
{
    QList<ForecastLine> lines;
    for (const CreditRequirement& r : rules.requirements) {
        if (r.period != CreditPeriod::Cycle)
            continue;
        ForecastLine line;
        line.requirementId = r.id;
        line.label = r.label;
        line.measure = r.measure;
        for (const TeacherCreditStatus& s : statuses) {
            const RequirementStatus* rs = s.find(r.id);
            if (rs && rs->missing > 0) {
                ++line.teachersShort;
                line.missingTotal += rs->missing;
            }
        }
        for (const SeatOffer& o : offers) {
            if (!r.matches(o.level, o.kind))
                continue;
            line.qualifyingSeats += o.seats;
            line.qualifyingAmount
                += o.seats * (r.measure == CreditMeasure::Credits ? o.creditsPerSeat : o.hoursPerSeat);
        }
        line.seatShortfall = std::max(0, line.teachersShort - line.qualifyingSeats);
        lines << line;
    }
    return lines;
}

} // namespace tp
