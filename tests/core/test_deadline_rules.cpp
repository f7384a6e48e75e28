// R-LEAD, R-OUTCITY, R-CHANGE, R-CANCEL on fixed dates (docs/rules.md, seeds 000 §二).

#include "DeadlineRules.h"

#include <gtest/gtest.h>

// Readable dates in assertion messages (found by ADL; internal linkage, so other test files may have
// their own).
[[maybe_unused]] static void PrintTo(const QDate& d, std::ostream* os)
{
    *os << qPrintable(d.toString(Qt::ISODate));
}

using namespace tp;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// A class opening Monday 2026-03-02: its detailed plan is due 2026-02-03 (docs/rules.md).
ScheduledProject opening(QDate start, int seq = 3)
{
    ScheduledProject p;
    p.seq = seq;
    p.projectId = 1000 + seq;
    p.name = QStringLiteral("新入职教师岗前培训");
    p.schedule.start = start;
    p.schedule.end = start.addDays(2);
    return p;
}

Findings check(const ScheduledProject& p, const char* today, int planYear = 2026)
{
    return checkDeadlines({ p }, planYear, WorkCalendar::builtIn(), RuleSet::defaults(), date(today));
}

Findings ofRule(const Findings& all, const char* rule)
{
    Findings out;
    for (const Finding& f : all)
        if (f.rule == QLatin1String(rule))
            out << f;
    return out;
}

MonthSpec months(QList<int> m, bool wholeYear = false)
{
    MonthSpec s;
    s.months = m;
    s.wholeYear = wholeYear;
    s.text = wholeYear ? QStringLiteral("全年") : QStringLiteral("%1月").arg(m.value(0));
    return s;
}

} // namespace

TEST(DeadlineRules, RuleSetDefaultsAreThoseOfTheSeeds)
{
    const RuleSet r = RuleSet::defaults();
    EXPECT_EQ(r.leadWorkdays, 15);
    EXPECT_EQ(r.outOfCityWorkdays, 15);
    EXPECT_EQ(r.changeMonths, 1);
    EXPECT_EQ(r.dueSoonWorkdays, 5);
    EXPECT_FALSE(r.name.isEmpty());
}

TEST(DeadlineRules, LeadSubmittedOnTimeGivesNoFinding)
{
    auto p = opening(date("2026-03-02"));
    p.schedule.planSubmitted = date("2026-02-03"); // on the last day
    EXPECT_TRUE(check(p, "2026-02-20").isEmpty());
    const auto d = deadlinesFor(p.schedule, 2026, WorkCalendar::builtIn(), RuleSet::defaults(), date("2026-02-20"));
    EXPECT_EQ(d.plan.due, date("2026-02-03"));
    EXPECT_EQ(d.plan.state, DeadlineState::OnTime);
    EXPECT_FALSE(d.plan.provisional);
    EXPECT_FALSE(d.plan.approximate);
}

TEST(DeadlineRules, LeadSubmittedLateIsAWarning)
{
    auto p = opening(date("2026-03-02"));
    p.schedule.planSubmitted = date("2026-02-10");
    const Findings f = check(p, "2026-02-20");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].rule, QStringLiteral("R-LEAD"));
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].seq, 3);
    EXPECT_EQ(f[0].projectId, 1003);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("2026-02-10"))) << qPrintable(f[0].message);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("2026-02-03"))) << qPrintable(f[0].message);
}

TEST(DeadlineRules, LeadMissingAfterTheDeadlineIsAnError)
{
    auto p = opening(date("2026-03-02"));
    const Findings f = check(p, "2026-02-10");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].rule, QStringLiteral("R-LEAD"));
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(f[0].message,
        QStringLiteral("详细培训方案应于 2026-02-03 前报送（2026-03-02 开班前 15 个工作日），至今未报送，已逾期 7 天"));
    EXPECT_FALSE(f[0].fix.isEmpty());
}

TEST(DeadlineRules, LeadDueSoonSaysHowManyWorkingDaysAreLeft)
{
    auto p = opening(date("2026-03-02"));
    // Thursday 2026-01-29: Fri 30, Mon 2, Tue 3 are left.
    const Findings f = check(p, "2026-01-29");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].message, QStringLiteral("详细培训方案最迟应于 2026-02-03 报送；还剩 3 个工作日"));
    EXPECT_EQ(f[0].fix, QStringLiteral("于 2026-02-03 前报区教委审定"));
    // On the day itself.
    const Findings today = check(p, "2026-02-03");
    ASSERT_EQ(today.size(), 1);
    EXPECT_EQ(today[0].message, QStringLiteral("详细培训方案最迟应于 2026-02-03 报送；今天截止"));
}

TEST(DeadlineRules, LeadNotYetDueGivesNoFindingButADeadline)
{
    auto p = opening(date("2026-03-02"));
    // 2026-01-20: more than 5 working days before 02-03.
    EXPECT_TRUE(check(p, "2026-01-20").isEmpty());
    const auto d = deadlinesFor(p.schedule, 2026, WorkCalendar::builtIn(), RuleSet::defaults(), date("2026-01-20"));
    EXPECT_EQ(d.plan.state, DeadlineState::Upcoming);
    EXPECT_EQ(d.plan.due, date("2026-02-03"));
    EXPECT_EQ(d.plan.remainingWorkdays, 10);
    EXPECT_EQ(deadlineStateName(d.plan.state), QStringLiteral("upcoming"));
}

TEST(DeadlineRules, TheDueSoonWindowComesFromTheRuleSet)
{
    auto p = opening(date("2026-03-02"));
    RuleSet r = RuleSet::defaults();
    r.dueSoonWorkdays = 10;
    EXPECT_EQ(checkDeadlines({ p }, 2026, WorkCalendar::builtIn(), r, date("2026-01-20")).size(), 1);
    r.leadWorkdays = 5; // another district's number: Sat 02-28 (调休), Fri 27, Thu 26, Wed 25, Tue 24
    const auto d = deadlinesFor(p.schedule, 2026, WorkCalendar::builtIn(), r, date("2026-01-20"));
    EXPECT_EQ(d.plan.due, date("2026-02-24"));
}

TEST(DeadlineRules, AMonthOnlyStartIsApproximateAndNeverAnError)
{
    ScheduledProject p;
    p.seq = 7;
    p.schedule.plannedMonths = months({ 4 });
    const EffectiveStart s = p.schedule.effectiveStart(2026);
    EXPECT_EQ(s.date, date("2026-04-01"));
    EXPECT_TRUE(s.approximate);
    const Findings f = check(p, "2026-03-25");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("估算"))) << qPrintable(f[0].message);

    // 全年 → 1 January of the plan year.
    ScheduledProject y;
    y.schedule.plannedMonths = months({}, true);
    EXPECT_EQ(y.schedule.effectiveStart(2026).date, date("2026-01-01"));
    EXPECT_TRUE(y.schedule.effectiveStart(2026).approximate);
    // A month naming its own year.
    ScheduledProject named;
    named.schedule.plannedMonths = months({ 4 });
    named.schedule.plannedMonths.year = 2024;
    EXPECT_EQ(named.schedule.effectiveStart(2026).date, date("2024-04-01"));
    // Real dates beat the month, and the earliest class (班次) opens the project.
    named.schedule.classes = { { QStringLiteral("第二期"), date("2026-05-11"), date("2026-05-13"), QString(), 60 },
        { QStringLiteral("第一期"), date("2026-04-20"), date("2026-04-22"), QString(), 60 } };
    EXPECT_EQ(named.schedule.effectiveStart(2026), (EffectiveStart { date("2026-04-20"), false }));
    // Nothing known: no deadline, no finding.
    ScheduledProject blank;
    EXPECT_FALSE(blank.schedule.effectiveStart(2026).isValid());
    EXPECT_TRUE(check(blank, "2026-03-25").isEmpty());
}

TEST(DeadlineRules, DeadlinesOnEstimatedHolidaysAreProvisional)
{
    auto p = opening(date("2027-03-01"));
    const auto d = deadlinesFor(p.schedule, 2027, WorkCalendar::builtIn(), RuleSet::defaults(), date("2027-01-10"));
    EXPECT_TRUE(d.plan.provisional);
    const Findings f = check(p, "2027-03-05", 2027);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_TRUE(f[0].message.endsWith(QStringLiteral("（预计，依据估算的节假日）"))) << qPrintable(f[0].message);
    // An official year's deadline is not marked.
    EXPECT_FALSE(check(opening(date("2026-03-02")), "2026-02-10")[0].message.contains(QStringLiteral("预计")));
}

TEST(DeadlineRules, CancelledWithoutExplanationIsAnErrorAndHasNoLeadFinding)
{
    auto p = opening(date("2026-03-02"));
    p.schedule.cancellation.cancelled = true;
    p.schedule.cancellation.date = date("2026-02-05");
    const Findings f = check(p, "2026-02-10"); // the plan would be overdue
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].rule, QStringLiteral("R-CANCEL"));
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("书面说明")));
    EXPECT_TRUE(ofRule(f, "R-LEAD").isEmpty());

    p.schedule.cancellation.explanation = QStringLiteral("   ");
    EXPECT_EQ(ofRule(check(p, "2026-02-10"), "R-CANCEL").size(), 1); // blank is not an explanation
}

TEST(DeadlineRules, CancelledWithExplanationGivesNoFinding)
{
    auto p = opening(date("2026-03-02"));
    p.schedule.outOfCity = true;
    p.schedule.cancellation = { true, date("2026-02-05"), QStringLiteral("授课专家无法到场，本年度不再举办") };
    EXPECT_TRUE(check(p, "2026-02-10").isEmpty());
    const auto d = deadlinesFor(p.schedule, 2026, WorkCalendar::builtIn(), RuleSet::defaults(), date("2026-02-10"));
    EXPECT_TRUE(d.cancelled);
    EXPECT_EQ(d.plan.state, DeadlineState::NotApplicable);
    EXPECT_EQ(d.responsibilityLetter.state, DeadlineState::NotApplicable);
}

TEST(DeadlineRules, ChangeRequestedInTime)
{
    auto p = opening(date("2021-03-31"));
    p.schedule.planSubmitted = date("2021-03-01");
    // Moving the class later: the change takes effect at the old start, 2021-03-31 → one month before is
    // 2021-02-28, a Sunday: ask by Friday 2021-02-26.
    p.schedule.changes = { { QStringLiteral("培训时间"), QStringLiteral("3月31日"), QStringLiteral("5月10日"),
        date("2021-03-31"), date("2021-05-10"), date("2021-02-26"), date("2021-03-02"), ChangeDecision::Approved } };
    EXPECT_TRUE(ofRule(check(p, "2021-03-05", 2021), "R-CHANGE").isEmpty());
    const auto d = deadlinesFor(p.schedule, 2021, WorkCalendar::builtIn(), RuleSet::defaults(), date("2021-03-05"));
    ASSERT_EQ(d.changeRequests.size(), 1);
    EXPECT_EQ(d.changeRequests[0].due, date("2021-02-26"));
    EXPECT_EQ(d.changeRequests[0].nominalDue, date("2021-02-28"));
    EXPECT_EQ(d.changeRequests[0].state, DeadlineState::OnTime);
    EXPECT_EQ(d.change.due, date("2021-02-26"));
}

TEST(DeadlineRules, ChangeRequestedTooLate)
{
    auto p = opening(date("2021-03-31"));
    p.schedule.planSubmitted = date("2021-03-01");
    p.schedule.changes = { { QStringLiteral("培训时间"), QStringLiteral("3月31日"), QStringLiteral("5月10日"),
        date("2021-03-31"), date("2021-05-10"), date("2021-03-01"), QDate(), ChangeDecision::Pending } };
    const Findings f = ofRule(check(p, "2021-03-05", 2021), "R-CHANGE");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("2021-02-26"))) << qPrintable(f[0].message);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("（2 月 28 日为周末）"))) << qPrintable(f[0].message);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("培训时间")));
}

TEST(DeadlineRules, AChangeDeadlineOnAHolidayMovesToTheLastWorkingDayBefore)
{
    // A class opening 2025-11-01: one month before is 2025-10-01, 国庆节; the office is closed until 10-08, so the
    // change must be asked for by Tuesday 2025-09-30.
    auto p = opening(date("2025-11-01"));
    const auto d = deadlinesFor(p.schedule, 2025, WorkCalendar::builtIn(), RuleSet::defaults(), date("2025-09-01"));
    EXPECT_EQ(d.change.due, date("2025-09-30"));
    EXPECT_EQ(d.change.nominalDue, date("2025-10-01"));
    EXPECT_FALSE(d.change.provisional);
    p.schedule.changes = { { QStringLiteral("培训地点"), QStringLiteral("区进修校"), QStringLiteral("万州"),
        date("2025-11-01"), QDate(), date("2025-10-01"), QDate(), ChangeDecision::Pending } };
    const Findings f = ofRule(check(p, "2025-10-09", 2025), "R-CHANGE");
    ASSERT_EQ(f.size(), 1);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("2025-09-30（10 月 1 日为节假日）"))) << qPrintable(f[0].message);
}

TEST(DeadlineRules, ChangeCountsFromTheEarlierOfOldAndNewStart)
{
    // Moving a class earlier, from 06-15 to 05-20: it takes effect on 05-20, so ask by 04-20. Asking on
    // 05-01 is a month before the old start but too late for the new one.
    auto p = opening(date("2026-06-15"));
    p.schedule.changes = { { QStringLiteral("培训时间"), QStringLiteral("6月15日"), QStringLiteral("5月20日"),
        date("2026-06-15"), date("2026-05-20"), date("2026-05-01"), QDate(), ChangeDecision::Pending } };
    const Findings f = ofRule(check(p, "2026-05-02"), "R-CHANGE");
    ASSERT_EQ(f.size(), 1);
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("2026-04-20"))) << qPrintable(f[0].message);
    p.schedule.changes[0].requestedOn = date("2026-04-20");
    EXPECT_TRUE(ofRule(check(p, "2026-05-02"), "R-CHANGE").isEmpty());
}

TEST(DeadlineRules, OutOfCityResponsibilityLetter)
{
    auto p = opening(date("2026-03-02"));
    p.schedule.planSubmitted = date("2026-01-20");
    // Not out of city: no R-OUTCITY.
    EXPECT_TRUE(check(p, "2026-01-29").isEmpty());

    p.schedule.outOfCity = true;
    Findings f = check(p, "2026-01-29");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].rule, QStringLiteral("R-OUTCITY"));
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].message, QStringLiteral("赴市外培训管理责任书最迟应于 2026-02-03 报送；还剩 3 个工作日"));

    // Missing after the deadline: error.
    f = check(p, "2026-02-05");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].severity, Severity::Error);

    // Filed on time / late.
    p.schedule.responsibilityLetterFiled = date("2026-02-03");
    EXPECT_TRUE(check(p, "2026-02-05").isEmpty());
    p.schedule.responsibilityLetterFiled = date("2026-02-04");
    f = check(p, "2026-02-05");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].severity, Severity::Warning);

    // Departure before the opening day (travel day): counted from the departure.
    p.schedule.responsibilityLetterFiled = QDate();
    p.schedule.departure = date("2026-02-27");
    const auto d = deadlinesFor(p.schedule, 2026, WorkCalendar::builtIn(), RuleSet::defaults(), date("2026-01-10"));
    EXPECT_EQ(d.responsibilityLetter.reference, date("2026-02-27"));
    EXPECT_EQ(d.responsibilityLetter.due, WorkCalendar::builtIn().addWorkdays(date("2026-02-27"), -15));
}

TEST(DeadlineRules, APlanIsCheckedProjectByProject)
{
    QList<ScheduledProject> plan;
    plan << opening(date("2026-03-02"), 1); // due soon
    plan << opening(date("2026-06-01"), 2); // not yet due
    auto cancelled = opening(date("2026-03-02"), 3);
    cancelled.schedule.cancellation.cancelled = true;
    plan << cancelled; // R-CANCEL
    const Findings f = checkDeadlines(plan, 2026, WorkCalendar::builtIn(), RuleSet::defaults(), date("2026-01-29"));
    ASSERT_EQ(f.size(), 2);
    EXPECT_EQ(f[0].seq, 1);
    EXPECT_EQ(f[0].rule, QStringLiteral("R-LEAD"));
    EXPECT_EQ(f[1].seq, 3);
    EXPECT_EQ(f[1].rule, QStringLiteral("R-CANCEL"));
    EXPECT_EQ(f[1].projectId, 1003);
}
