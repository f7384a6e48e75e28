#include "CreditLedger.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::CreditLedger)
};

// Sums in credits can pick up binary noise (0.1 + 0.2); compare with a tolerance of a thousandth.
constexpr double kEpsilon = 1e-6;

double amountIn(const CreditTotals::Grid& grid, const CreditTotals::Categories& categories, const CreditRequirement& r)
{
    double sum = 0;
    if (r.byCategory()) {
        for (const QString& c : r.categories)
            sum += categories.value(c).in(r.measure);
        return sum;
    }
    for (int l = 0; l < kTrainingLevelCount; ++l)
        for (int k = 0; k < kTrainingKindCount; ++k)
            if (r.matches(TrainingLevel(l), TrainingKind(k)))
                sum += grid[CreditTotals::index(TrainingLevel(l), TrainingKind(k))].in(r.measure);
    return sum;
}

// The part of `grid` (one year) that the yearly caps exclude, as seen by requirement `r`: for each capped
// requirement c, the excess of c in that year, shared out over the cells of c that r counts. Caps are on
// levels and kinds; requirements on course categories are not reduced by them.
double cappedExcess(const CreditTotals::Grid& grid, const CreditRequirement& r, const CreditRules& rules)
{
    if (r.byCategory())
        return 0;
    double excluded = 0;
    for (const CreditRequirement& c : rules.requirements) {
        if (!c.hasYearlyCap() || c.byCategory())
            continue;
        const double amount = amountIn(grid, {}, c);
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

QString percent(double share)
{
    return formatNumber(std::round(share * 1000) / 10);
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
        return rules.hasHoursPerDay() ? d.value * rules.hoursPerDay : 0;
    case DurationUnit::None:
        break;
    }
    return 0;
}

CreditComputation computeProjectCredits(const ProjectCredit& project, const CreditRules& rules)
{
    CreditComputation c;
    const double hours = projectHours(project, rules);
    if (hours > 0)
        c.hours = hours;
    const std::optional<CreditConversion> conversion = rules.conversionFor(project.kind, project.level);
    const bool convertible = conversion && conversion->usable();
    if (project.credits) {
        c.credits = project.credits;
        if (!c.hours && convertible)
            c.hours = conversion->hoursFor(*project.credits);
        c.basis = Text::tr("项目学分 %1").arg(formatNumber(*project.credits));
        return c;
    }
    const Duration& d = project.duration;
    if (!d.isValid() || d.unit == DurationUnit::None) {
        c.problem = Text::tr("项目没有填写学分，也没有可折算的培训天数或学时");
        return c;
    }
    QString hoursText;
    if (d.unit == DurationUnit::Day) {
        if (!rules.hasHoursPerDay()) {
            c.problem = Text::tr(
                "培训时长以天计（%1 天），规则集「%2」的每天计学时%3：请由区县在规则集中填写，或为项目填写学分")
                            .arg(formatNumber(d.value), rules.name, rules.hoursPerDaySource.describe());
            return c;
        }
        hoursText = Text::tr("%1 天 × %2 学时 = %3 学时")
                        .arg(formatNumber(d.value), formatNumber(rules.hoursPerDay), formatNumber(hours));
    } else {
        hoursText = Text::tr("%1 学时").arg(formatNumber(hours));
    }
    if (!convertible) {
        const QString scope = Text::tr("%1·%2").arg(trainingKindLabel(project.kind), trainingLevelLabel(project.level));
        const QString why = conversion ? conversion->source.describe() : Text::tr("换算表没有这一类");
        c.problem = Text::tr("规则集「%1」没有%2的学时→学分换算（%3）：请由区县在规则集中填写，或为项目填写学分")
                        .arg(rules.name, scope, why);
        return c;
    }
    c.credits = conversion->creditsFor(hours);
    c.basis = Text::tr("%1；%2（%3）").arg(hoursText, conversion->rateText(), conversion->source.document);
    if (d.unit == DurationUnit::Day)
        c.basis += Text::tr("；每天计学时：%1").arg(rules.hoursPerDaySource.document);
    return c;
}

std::optional<double> projectCredits(const ProjectCredit& project, const CreditRules& rules)
{
    return computeProjectCredits(project, rules).credits;
}

double AttendanceSummary::missedShare() const
{
    if (plannedHours <= 0)
        return 0;
    return std::clamp((plannedHours - attendedHours) / plannedHours, 0.0, 1.0);
}

AttendanceSummary summarizeAttendance(
    const QList<AttendanceRecord>& classSessions, const QList<AttendanceRecord>& teacher, double projectHours)
{
    AttendanceSummary a;
    QHash<std::pair<QDate, int>, double> planned;
    for (const AttendanceRecord& s : classSessions) {
        double& p = planned[{ s.date, s.session }];
        p = std::max(p, s.plannedHours);
    }
    for (const AttendanceRecord& r : teacher) {
        double& p = planned[{ r.date, r.session }];
        p = std::max(p, r.plannedHours);
    }
    a.sessions = int(planned.size());
    a.kept = a.sessions > 0;
    QSet<std::pair<QDate, int>> recorded;
    for (const AttendanceRecord& r : teacher) {
        recorded.insert({ r.date, r.session });
        a.attendedHours += r.hours;
    }
    a.missingRecords = a.sessions - int(recorded.size());
    double sessionHours = 0;
    for (double p : std::as_const(planned))
        sessionHours += p;
    if (projectHours > 0) {
        a.plannedHours = projectHours;
        a.plannedBasis = Text::tr("项目计划 %1 学时").arg(formatNumber(projectHours));
    } else {
        a.plannedHours = sessionHours;
        a.plannedBasis = Text::tr("考勤表各场计划学时之和 %1 学时").arg(formatNumber(sessionHours));
    }
    return a;
}

CreditAward awardCredits(const ProjectCredit& project, EnrollmentStatus status, const AttendanceSummary& attendance,
    const CreditRules& rules, const QString& exemption)
{
    CreditAward award;
    if (status != EnrollmentStatus::Completed) {
        award.outcome = AwardOutcome::NotCompleted;
        award.reason = Text::tr("未结业（%1）").arg(enrollmentStatusLabel(status));
        return award;
    }
    if (!project.kindDecided) {
        award.outcome = AwardOutcome::KindUndecided;
        award.reason
            = project.kindProblem.isEmpty() ? Text::tr("项目的培训类型未定，请先选择培训类型") : project.kindProblem;
        return award;
    }
    award.missingRecords = attendance.missingRecords;
    if (attendance.kept) {
        QString note;
        if (attendance.plannedHours > 0) {
            award.missedShare = attendance.missedShare();
            note
                = Text::tr("缺课 %1%（出勤 %2 学时，%3）")
                      .arg(percent(award.missedShare), formatNumber(attendance.attendedHours), attendance.plannedBasis);
        }
        const QString missing = attendance.missingRecords > 0
            ? Text::tr("%1 场没有考勤记录，按未出勤计").arg(attendance.missingRecords)
            : QString();
        if (attendance.plannedHours > 0 && rules.absenceVoids(award.missedShare)) {
            // 武汉江汉 武教师[2009]2号 (borrowed by the presets): 缺课时数累计达到…五分之一者…不能取得相应学分.
            award.outcome = AwardOutcome::AbsenceVoids;
            award.reason
                = Text::tr("%1，%2规则集「%3」规定的%4，不计学分")
                      .arg(missing.isEmpty() ? note : Text::tr("%1，其中 %2").arg(note, missing),
                          absenceComparisonLabel(rules.absenceComparison), rules.name, rules.absenceShareText());
            award.attendance = note;
            return award;
        }
        if (attendance.missingRecords > 0) {
            if (exemption.trimmed().isEmpty()) {
                award.outcome = AwardOutcome::AttendanceIncomplete;
                award.reason = Text::tr("缺少 %1 场考勤记录（本班共 %2 场）：请补录考勤，或写明原因登记考勤豁免")
                                   .arg(attendance.missingRecords)
                                   .arg(attendance.sessions);
                award.attendance = note;
                return award;
            }
            note += Text::tr("；%1；考勤豁免：%2").arg(missing, exemption.trimmed());
        }
        award.attendance = note;
    }
    const CreditComputation computed = computeProjectCredits(project, rules);
    if (!computed.credits) {
        award.outcome = AwardOutcome::NoCredits;
        award.reason = computed.problem;
        return award;
    }
    award.earned = true;
    award.outcome = AwardOutcome::Earned;
    award.credits = *computed.credits;
    award.hours = computed.hours.value_or(0);
    award.conversion = computed.basis;
    return award;
}

CreditAward awardCredits(const ProjectCredit& project, EnrollmentStatus status, std::optional<double> hoursAttended,
    const CreditRules& rules, double planned)
{
    AttendanceSummary a;
    if (hoursAttended) {
        a.plannedHours = planned > 0 ? planned : projectHours(project, rules);
        a.plannedBasis = Text::tr("计划 %1 学时").arg(formatNumber(a.plannedHours));
        a.attendedHours = *hoursAttended;
        a.kept = a.plannedHours > 0;
    }
    return awardCredits(project, status, a, rules);
}

void CreditTotals::add(int year, TrainingLevel level, TrainingKind kind, CreditAmount amount, bool byYear)
{
    cycle[index(level, kind)] += amount;
    if (byYear)
        years[year][index(level, kind)] += amount;
}

void CreditTotals::addCategory(int year, const QString& category, CreditAmount amount, bool byYear)
{
    if (category.isEmpty())
        return;
    categories[category] += amount;
    if (byYear)
        categoryYears[year][category] += amount;
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
        if (e.year >= cycleStart && e.year <= end) {
            totals.add(e.year, e.level, e.kind, { e.credits, e.hours });
            totals.addCategory(e.year, e.category, { e.credits, e.hours });
        }
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
        return Text::tr("已达标");
    case CreditState::OnTrack:
        return Text::tr("进度正常");
    case CreditState::AtRisk:
        return Text::tr("有风险");
    case CreditState::Short:
        return Text::tr("未达标");
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
        anyCap = anyCap || r.hasYearlyCap();

    // Cycle requirements: what counts after the yearly caps, then the overflow between them.
    QList<const CreditRequirement*> cycleRequirements;
    QHash<QString, double> earned;
    for (const CreditRequirement& r : rules.requirements) {
        if (r.period != CreditPeriod::Cycle || !r.judged())
            continue;
        double amount = amountIn(totals.cycle, totals.categories, r);
        if (anyCap)
            for (const CreditTotals::Grid& grid : totals.years)
                amount -= cappedExcess(grid, r, rules);
        cycleRequirements << &r;
        earned.insert(r.id, amount);
    }
    QHash<QString, double> given; // excess of a requirement already counted elsewhere
    QHash<QString, std::pair<double, QString>> received;
    for (const CreditOverflow& o : rules.overflows) {
        const CreditRequirement* from = rules.requirement(o.from);
        const CreditRequirement* to = rules.requirement(o.to);
        if (!o.source.usable() || !from || !to || !earned.contains(o.from) || !earned.contains(o.to))
            continue;
        const double available = earned.value(o.from) - from->minimum - given.value(o.from);
        const double needed = to->minimum - earned.value(o.to);
        const double take = std::min(available, needed);
        if (take <= kEpsilon)
            continue;
        earned[o.to] += take;
        given[o.from] += take;
        auto& in = received[o.to];
        in.first += take;
        in.second = in.second.isEmpty() ? from->label : in.second + QStringLiteral("、") + from->label;
    }
    for (const CreditRequirement* r : std::as_const(cycleRequirements)) {
        RequirementStatus s = status(*r, earned.value(r->id), 0, start, end, asOf, years);
        s.overflowIn = received.value(r->id).first;
        s.overflowFrom = received.value(r->id).second;
        result.requirements << s;
    }
    for (int y = cycleStart; y < cycleStart + years && y <= asOf.year(); ++y) {
        const CreditTotals::Grid grid = totals.years.value(y);
        const CreditTotals::Categories categories = totals.categoryYears.value(y);
        for (const CreditRequirement& r : rules.requirements) {
            if (r.period != CreditPeriod::Year || !r.judged())
                continue;
            const double amount = amountIn(grid, categories, r) - (anyCap ? cappedExcess(grid, r, rules) : 0);
            result.requirements << status(r, amount, y, QDate(y, 1, 1), QDate(y, 12, 31), asOf, 1);
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
        if (r.period != CreditPeriod::Cycle || !r.judged())
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
            if (!r.matches(o.level, o.kind, o.category))
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
