#include "CreditLedger.h"
#include "CreditRules.h"

#include <gtest/gtest.h>

using namespace tp;

namespace {
using L = TrainingLevel;
using K = TrainingKind;

CreditEntry entry(int year, L level, K kind, double credits, double hours = 0, const QString& category = {})
{
    return { year, level, kind, credits, hours, category };
}

ProjectCredit project(L level, K kind, const QString& duration, std::optional<double> explicitCredits = {})
{
    ProjectCredit p;
    p.level = level;
    p.kind = kind;
    p.credits = explicitCredits;
    p.duration = parseDuration(duration);
    return p;
}

// A completed training's entry as registration makes it (no attendance kept): credits from the rule set.
CreditEntry trained(const CreditRules& rules, int year, L level, K kind, const QString& duration,
    std::optional<double> explicitCredits = {})
{
    const CreditAward a = awardCredits(
        project(level, kind, duration, explicitCredits), EnrollmentStatus::Completed, AttendanceSummary(), rules);
    EXPECT_TRUE(a.earned) << a.reason.toStdString();
    return { year, level, kind, a.credits, a.hours };
}

TeacherCreditStatus evaluate(const CreditRules& rules, const QList<CreditEntry>& entries, QDate asOf)
{
    const int start = rules.cycleStartOf(entries.first().year);
    return evaluateCredits(creditLedger(entries, rules, start), rules, start, asOf);
}

void expectStatus(
    const TeacherCreditStatus& s, const char* id, int year, double earned, double missing, CreditState state)
{
    const RequirementStatus* r = s.find(QString::fromLatin1(id), year);
    ASSERT_NE(r, nullptr) << id << " " << year;
    EXPECT_NEAR(r->earned, earned, 1e-9) << id << " " << year;
    EXPECT_NEAR(r->missing, missing, 1e-9) << id << " " << year;
    EXPECT_EQ(r->state, state) << id << " " << year << " " << creditStateName(r->state).toStdString();
}

// What a district enters in its copy of a preset, with its own source (here: the test's words).
RuleSource entered(const char* what)
{
    return RuleSource::published(
        QStringLiteral("区县学分管理办法（测试）"), QStringLiteral("第三条"), QString::fromUtf8(what));
}

// A session of a class: date, session, planned hours; or a teacher's record of it.
AttendanceRecord session(int day, int part, double planned = 4)
{
    return { QDate(2021, 4, 12).addDays(day), part, AttendanceKind::Present, 0, planned };
}

AttendanceRecord present(int day, int part, double hours = 4)
{
    return { QDate(2021, 4, 12).addDays(day), part, AttendanceKind::Present, hours, 4 };
}

AttendanceRecord absent(int day, int part)
{
    return { QDate(2021, 4, 12).addDays(day), part, AttendanceKind::Absent, 0, 4 };
}

// 梁平 as a district that entered its conversion: 8 学时 a day, 8 学时 = 1 学分.
CreditRules liangpingWithConversion()
{
    CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    r.hoursPerDay = 8;
    r.hoursPerDaySource = entered("集中培训每天按8学时计");
    r.conversions = { CreditConversion { std::nullopt, std::nullopt, 8, 0, entered("8学时折合1学分") } };
    return r;
}
} // namespace

// --- what a project earns ----------------------------------------------------------------------------------

TEST(CreditAward, ExplicitCreditsWinAndUnpublishedConversionsComputeNothing)
{
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    ProjectCredit p = project(L::County, K::Centralized, QStringLiteral("3"), 4.0);
    EXPECT_DOUBLE_EQ(*projectCredits(p, r), 4);
    // The 梁平 source publishes no conversion and no hours per day: days give nothing until the district enters them.
    p.credits.reset();
    EXPECT_FALSE(projectCredits(p, r).has_value());
    EXPECT_DOUBLE_EQ(projectHours(p, r), 0);
    const CreditAward none = awardCredits(p, EnrollmentStatus::Completed, AttendanceSummary(), r);
    EXPECT_FALSE(none.earned);
    EXPECT_EQ(none.outcome, AwardOutcome::NoCredits);
    EXPECT_TRUE(none.reason.contains(QStringLiteral("每天计学时未公布"))) << none.reason.toStdString();
    p.duration = parseDuration(QStringLiteral("24学时"));
    const CreditAward noRate = awardCredits(p, EnrollmentStatus::Completed, AttendanceSummary(), r);
    EXPECT_FALSE(noRate.earned);
    EXPECT_TRUE(noRate.reason.contains(QStringLiteral("没有集中培训·区县级的学时→学分换算")))
        << noRate.reason.toStdString();

    const CreditRules entered = liangpingWithConversion();
    p.duration = parseDuration(QStringLiteral("3"));
    const CreditAward three = awardCredits(p, EnrollmentStatus::Completed, AttendanceSummary(), entered);
    ASSERT_TRUE(three.earned) << three.reason.toStdString();
    EXPECT_DOUBLE_EQ(three.credits, 3); // 3 days × 8 学时 / 8 学时 per credit
    EXPECT_DOUBLE_EQ(three.hours, 24);
    EXPECT_TRUE(three.conversion.contains(QStringLiteral("3 天 × 8 学时 = 24 学时"))) << three.conversion.toStdString();
    EXPECT_TRUE(three.conversion.contains(QStringLiteral("8 学时折合 1 学分")));
    p.duration = parseDuration(QString()); // 国培计划 row: no duration
    EXPECT_FALSE(projectCredits(p, entered).has_value());

    // 陕西: 10 学时 of 县级 training are 2 学分 (issue 11: it was registered as 1.25).
    const CreditRules shaanxi = creditRulePreset(QStringLiteral("shaanxi-2018"));
    EXPECT_DOUBLE_EQ(*projectCredits(project(L::County, K::Centralized, QStringLiteral("10学时")), shaanxi), 2);
}

TEST(CreditAward, OnlyCompletedEnrollmentsOfADecidedKindEarn)
{
    const CreditRules r = liangpingWithConversion();
    ProjectCredit p = project(L::County, K::Centralized, QStringLiteral("2"));
    EXPECT_EQ(awardCredits(p, EnrollmentStatus::Absent, AttendanceSummary(), r).outcome, AwardOutcome::NotCompleted);
    EXPECT_EQ(awardCredits(p, EnrollmentStatus::CheckedIn, AttendanceSummary(), r).outcome, AwardOutcome::NotCompleted);
    p.kindDecided = false;
    p.kindProblem = QStringLiteral("未定：培训方式“线上线下混合”兼有网络研修和集中培训，请选择培训类型");
    const CreditAward undecided = awardCredits(p, EnrollmentStatus::Completed, AttendanceSummary(), r);
    EXPECT_FALSE(undecided.earned);
    EXPECT_EQ(undecided.outcome, AwardOutcome::KindUndecided);
    EXPECT_EQ(undecided.reason, p.kindProblem);
}

// --- attendance against the planned hours --------------------------------------------------------------------

TEST(CreditAward, SessionsMissingFromTheSheetCountAsMissed)
{
    // Five sessions of 4 学时 (20 学时, the project's hours); the teacher is on the sheet for three of them.
    const CreditRules r = liangpingWithConversion();
    const ProjectCredit p = project(L::County, K::Centralized, QStringLiteral("20学时"));
    QList<AttendanceRecord> sessions;
    for (int d = 0; d < 5; ++d)
        sessions << session(d, 1);
    const AttendanceSummary a = summarizeAttendance(sessions, { present(0, 1), present(1, 1), present(2, 1) }, 20);
    EXPECT_TRUE(a.kept);
    EXPECT_EQ(a.sessions, 5);
    EXPECT_EQ(a.missingRecords, 2);
    EXPECT_DOUBLE_EQ(a.attendedHours, 12);
    EXPECT_NEAR(a.missedShare(), 0.4, 1e-12);
    const CreditAward voided = awardCredits(p, EnrollmentStatus::Completed, a, r);
    EXPECT_FALSE(voided.earned);
    EXPECT_EQ(voided.outcome, AwardOutcome::AbsenceVoids);
    EXPECT_EQ(voided.reason,
        QStringLiteral("缺课 40%（出勤 12 学时，项目计划 20 学时），其中 2 场没有考勤记录，按未出勤计，"
                       "达到规则集「梁平 2021」规定的五分之一，不计学分"));
    // An exemption does not turn missing sessions into attended ones.
    EXPECT_FALSE(awardCredits(p, EnrollmentStatus::Completed, a, r, QStringLiteral("考勤表遗失")).earned);
}

TEST(CreditAward, ReachingTheShareVoidsWhenTheSourceSaysReaching)
{
    // 40 学时 in ten sessions; missing exactly two is exactly a fifth.
    const CreditRules r = liangpingWithConversion();
    const ProjectCredit p = project(L::County, K::Centralized, QStringLiteral("5天"));
    QList<AttendanceRecord> sessions, fifth, less;
    for (int d = 0; d < 5; ++d)
        for (int s = 1; s <= 2; ++s) {
            sessions << session(d, s);
            fifth << (d == 0 ? absent(d, s) : present(d, s));
            less << (d == 0 && s == 1 ? absent(d, s) : present(d, s, d == 0 ? 0.5 : 4));
        }
    const AttendanceSummary atFifth = summarizeAttendance(sessions, fifth, projectHours(p, r));
    EXPECT_DOUBLE_EQ(atFifth.plannedHours, 40);
    EXPECT_EQ(atFifth.missingRecords, 0);
    const CreditAward voided = awardCredits(p, EnrollmentStatus::Completed, atFifth, r);
    EXPECT_FALSE(voided.earned) << "达到五分之一";
    EXPECT_EQ(voided.outcome, AwardOutcome::AbsenceVoids);
    EXPECT_TRUE(voided.reason.startsWith(QStringLiteral("缺课 20%"))) << voided.reason.toStdString();

    // 超过: exactly a fifth is not more than a fifth.
    CreditRules exceeding = r;
    exceeding.absenceComparison = AbsenceComparison::Exceeding;
    const CreditAward kept = awardCredits(p, EnrollmentStatus::Completed, atFifth, exceeding);
    EXPECT_TRUE(kept.earned) << kept.reason.toStdString();
    EXPECT_DOUBLE_EQ(kept.credits, 5);
    EXPECT_EQ(kept.attendance, QStringLiteral("缺课 20%（出勤 32 学时，项目计划 40 学时）"));

    // 18.75 %: below the share either way.
    const AttendanceSummary below = summarizeAttendance(sessions, less, projectHours(p, r));
    EXPECT_NEAR(below.missedShare(), 0.1875, 1e-12);
    EXPECT_TRUE(awardCredits(p, EnrollmentStatus::Completed, below, r).earned);

    // No absence rule (未公布): absence voids nothing.
    CreditRules none = r;
    none.absenceSource = RuleSource::unpublished(QStringLiteral("本区未规定"));
    EXPECT_TRUE(awardCredits(p, EnrollmentStatus::Completed, atFifth, none).earned);
}

TEST(CreditAward, IncompleteAttendanceNeedsAWrittenExemption)
{
    // Ten sessions; one teacher lacks a record for one (10 % missed, below the fifth).
    const CreditRules r = liangpingWithConversion();
    const ProjectCredit p = project(L::County, K::Centralized, QStringLiteral("5"));
    QList<AttendanceRecord> sessions, teacher;
    for (int d = 0; d < 5; ++d)
        for (int s = 1; s <= 2; ++s) {
            sessions << session(d, s);
            if (!(d == 4 && s == 2))
                teacher << present(d, s);
        }
    const AttendanceSummary a = summarizeAttendance(sessions, teacher, projectHours(p, r));
    EXPECT_EQ(a.missingRecords, 1);
    const CreditAward refused = awardCredits(p, EnrollmentStatus::Completed, a, r);
    EXPECT_FALSE(refused.earned);
    EXPECT_EQ(refused.outcome, AwardOutcome::AttendanceIncomplete);
    EXPECT_EQ(refused.reason, QStringLiteral("缺少 1 场考勤记录（本班共 10 场）：请补录考勤，或写明原因登记考勤豁免"));
    const CreditAward exempted = awardCredits(p, EnrollmentStatus::Completed, a, r,
        QStringLiteral("下午场签到表遗失，"
                       "班主任证明在场"));
    ASSERT_TRUE(exempted.earned) << exempted.reason.toStdString();
    EXPECT_DOUBLE_EQ(exempted.credits, 5);
    EXPECT_TRUE(exempted.attendance.contains(QStringLiteral("考勤豁免：下午场签到表遗失，班主任证明在场")))
        << exempted.attendance.toStdString();
    EXPECT_TRUE(exempted.attendance.contains(QStringLiteral("1 场没有考勤记录，按未出勤计")));
}

TEST(CreditAward, PlannedHoursComeFromTheProjectElseFromTheSessions)
{
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021")); // no hours per day
    const QList<AttendanceRecord> sessions { session(0, 1), session(0, 2) };
    const AttendanceSummary fromSessions = summarizeAttendance(sessions, { present(0, 1), present(0, 2) },
        projectHours(project(L::County, K::Centralized, QStringLiteral("3")), r));
    EXPECT_DOUBLE_EQ(fromSessions.plannedHours, 8);
    EXPECT_EQ(fromSessions.plannedBasis, QStringLiteral("考勤表各场计划学时之和 8 学时"));
    EXPECT_DOUBLE_EQ(fromSessions.missedShare(), 0);
    // The project says 24 学时: two sessions attended of a three-day project is two thirds missed.
    const AttendanceSummary fromProject = summarizeAttendance(sessions, { present(0, 1), present(0, 2) }, 24);
    EXPECT_NEAR(fromProject.missedShare(), 2.0 / 3, 1e-12);
    // No sessions recorded for anyone: attendance is not kept, nothing to measure.
    EXPECT_FALSE(summarizeAttendance({}, {}, 24).kept);
}

// --- one hand-computed teacher per preset -----------------------------------------------------------------

TEST(CreditPresets, Liangping2021)
{
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    const QList<CreditEntry> entries {
        trained(r, 2021, L::County, K::Centralized, QStringLiteral("3"), 3.0), // the project states 3 credits
        entry(2022, L::National, K::Centralized, 10), // 国培: 10 credits
        trained(r, 2023, L::School, K::Centralized, QStringLiteral("5"), 5.0), // 校级: does not count
        entry(2023, L::County, K::Online, 2), // online: does not count
        entry(2026, L::County, K::Centralized, 30), // next cycle
    };
    // 2023-06-30: 2021 and 2022 are over, 2/5 of 20 = 8 expected; 13 earned → on track, short by 7.
    TeacherCreditStatus s = evaluate(r, entries, QDate(2023, 6, 30));
    ASSERT_EQ(s.requirements.size(), 1);
    expectStatus(s, "R-CREDIT-DISTRICT", 0, 13, 7, CreditState::OnTrack);
    EXPECT_TRUE(s.below);
    s = evaluate(r, entries, QDate(2026, 1, 5)); // the cycle is over
    expectStatus(s, "R-CREDIT-DISTRICT", 0, 13, 7, CreditState::Short);
    EXPECT_EQ(s.overall, CreditState::Short);
}

TEST(CreditPresets, YunyangJudgesNobodyOnTheUnpublishedYearlyMinimum)
{
    const CreditRules r = creditRulePreset(QStringLiteral("yunyang"));
    const QList<CreditEntry> entries {
        entry(2021, L::County, K::Centralized, 20),
        entry(2021, L::School, K::SchoolBased, 10),
        entry(2022, L::Provincial, K::Online, 20),
    };
    TeacherCreditStatus s = evaluate(r, entries, QDate(2024, 3, 1));
    // 120 total: 50 earned; 2021–2023 over → 72 expected → at risk, short by 70.
    expectStatus(s, "R-CREDIT-TOTAL", 0, 50, 70, CreditState::AtRisk);
    expectStatus(s, "R-CREDIT-DISTRICT", 0, 20, 0, CreditState::Met);
    ASSERT_EQ(s.requirements.size(), 2) << "the yearly minimum is 未公布: nobody is judged on it";
    EXPECT_EQ(s.find(QStringLiteral("R-CREDIT-ANNUAL"), 2023), nullptr);
    EXPECT_EQ(s.overall, CreditState::AtRisk);

    // The district enters its yearly minimum with its source: now 2022 (20) and 2023 (0) fall short of 24.
    CreditRules entered = r;
    for (CreditRequirement& q : entered.requirements)
        if (q.id == QStringLiteral("R-CREDIT-ANNUAL")) {
            q.minimum = 24;
            q.minimumSource = RuleSource::published(QStringLiteral("云阳县教委《教师培训学分登记细则》（测试）"),
                QStringLiteral("第四条"), QStringLiteral("每年不少于24学分"));
        }
    s = evaluate(entered, entries, QDate(2024, 3, 1));
    expectStatus(s, "R-CREDIT-ANNUAL", 2021, 30, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-ANNUAL", 2022, 20, 4, CreditState::Short);
    expectStatus(s, "R-CREDIT-ANNUAL", 2023, 0, 24, CreditState::Short);
    expectStatus(s, "R-CREDIT-ANNUAL", 2024, 0, 24, CreditState::OnTrack);
    EXPECT_EQ(s.find(QStringLiteral("R-CREDIT-ANNUAL"), 2025), nullptr) << "future years are not judged";
    EXPECT_EQ(s.overall, CreditState::Short);
}

TEST(CreditPresets, Shanghai14WithCourseCategories)
{
    const CreditRules r = creditRulePreset(QStringLiteral("shanghai-14"));
    const QList<CreditEntry> entries {
        entry(2021, L::Municipal, K::Centralized, 7, 0, QStringLiteral("师德素养")),
        entry(2022, L::County, K::Centralized, 10, 0, QStringLiteral("知识技能")),
        entry(2022, L::School, K::SchoolBased, 15, 0, QStringLiteral("实践体验")),
        entry(2023, L::National, K::Centralized, 4, 0, QStringLiteral("自主研修")), // 国家级: not 市级 in the text
    };
    const TeacherCreditStatus s = evaluate(r, entries, QDate(2026, 2, 1));
    expectStatus(s, "R-CREDIT-TOTAL", 0, 36, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-MUNICIPAL", 0, 7, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-DISTRICT", 0, 10, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-SCHOOL", 0, 15, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-CAT-ETHICS", 0, 7, 1, CreditState::Short); // 师德素养课程不少于8学分
    expectStatus(s, "R-CREDIT-CAT-SKILLS", 0, 10, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-CAT-PRACTICE", 0, 15, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-CAT-SELF", 0, 4, 0, CreditState::Met);
    EXPECT_EQ(s.overall, CreditState::Short);
    // A training without a category counts towards the total, not towards any category.
    const TeacherCreditStatus plain = evaluate(r, { entry(2021, L::Municipal, K::Centralized, 36) }, QDate(2026, 2, 1));
    expectStatus(plain, "R-CREDIT-TOTAL", 0, 36, 0, CreditState::Met);
    expectStatus(plain, "R-CREDIT-CAT-ETHICS", 0, 0, 8, CreditState::Short);
}

TEST(CreditPresets, Shaanxi2018CentralizedExcessCountsTowardsOnline)
{
    const CreditRules r = creditRulePreset(QStringLiteral("shaanxi-2018"));
    // 集中 40 (国家级 20 学时 × 0.5, 县级 50 × 0.2, 省级 50 × 0.4), 远程 35 (省级 87.5 学时 × 0.4), 校本 10 a year.
    QList<CreditEntry> entries {
        trained(r, 2018, L::National, K::Centralized, QStringLiteral("20学时")),
        trained(r, 2019, L::County, K::Centralized, QStringLiteral("50学时")),
        trained(r, 2020, L::Provincial, K::Centralized, QStringLiteral("50学时")),
        trained(r, 2019, L::Provincial, K::Online, QStringLiteral("87.5学时")),
    };
    for (int y = 2018; y <= 2022; ++y)
        entries << entry(y, L::School, K::SchoolBased, 10); // 校本: the city's conversion, registered as credits
    TeacherCreditStatus s = evaluate(r, entries, QDate(2023, 1, 15));
    expectStatus(s, "R-CREDIT-CENTRALIZED", 0, 40, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-ONLINE", 0, 40, 0, CreditState::Met); // 35 + 5 of the centralized excess
    EXPECT_NEAR(s.find(QStringLiteral("R-CREDIT-ONLINE"))->overflowIn, 5, 1e-9);
    EXPECT_EQ(s.find(QStringLiteral("R-CREDIT-ONLINE"))->overflowFrom, QStringLiteral("集中培训"));
    expectStatus(s, "R-CREDIT-SCHOOL", 0, 50, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-TOTAL", 0, 125, 0, CreditState::Met);
    EXPECT_EQ(s.overall, CreditState::Met);

    // The excess never goes to 校本, and 校本 counts at most 10 a year: 15 in 2018 counts 10.
    QList<CreditEntry> other {
        entry(2018, L::County, K::Centralized, 50),
        entry(2019, L::Provincial, K::Online, 40),
        entry(2018, L::School, K::SchoolBased, 15),
        entry(2019, L::School, K::SchoolBased, 10),
        entry(2020, L::School, K::SchoolBased, 10),
        entry(2021, L::School, K::SchoolBased, 10),
    };
    s = evaluate(r, other, QDate(2023, 1, 15));
    expectStatus(s, "R-CREDIT-CENTRALIZED", 0, 50, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-ONLINE", 0, 40, 0, CreditState::Met);
    EXPECT_DOUBLE_EQ(s.find(QStringLiteral("R-CREDIT-ONLINE"))->overflowIn, 0) << "online needed nothing";
    expectStatus(s, "R-CREDIT-SCHOOL", 0, 40, 10, CreditState::Short);
    expectStatus(s, "R-CREDIT-TOTAL", 0, 130, 0, CreditState::Met); // 135 registered, 5 over the cap

    // Without the overflow rule (a district that deletes it) the first teacher is short of 远程.
    CreditRules strict = r;
    strict.overflows.clear();
    s = evaluate(strict, entries, QDate(2023, 1, 15));
    expectStatus(s, "R-CREDIT-ONLINE", 0, 35, 5, CreditState::Short);
}

TEST(CreditPresets, Beijing13)
{
    const CreditRules r = creditRulePreset(QStringLiteral("beijing-13"));
    const QList<CreditEntry> entries {
        trained(r, 2016, L::County, K::Centralized, QStringLiteral("40学时")), // / 10 → 4
        trained(r, 2017, L::County, K::Online, QStringLiteral("60学时")), // / 20 → 3
        trained(r, 2017, L::School, K::Practice, QStringLiteral("40学时")), // / 20 → 2
        trained(r, 2018, L::National, K::Centralized, QString(), 24.0), // 24
    };
    TeacherCreditStatus s = evaluate(r, entries, QDate(2019, 6, 1));
    // 33 of 36; 2016–2018 over → 21.6 expected → on track, short by 3.
    expectStatus(s, "R-CREDIT-TOTAL", 0, 33, 3, CreditState::OnTrack);
    QList<CreditEntry> few { entry(2016, L::County, K::Centralized, 4) };
    s = evaluate(r, few, QDate(2019, 6, 1));
    expectStatus(s, "R-CREDIT-TOTAL", 0, 4, 32, CreditState::AtRisk);
    // Days need the hours per day, which the 北京 text does not give.
    EXPECT_FALSE(projectCredits(project(L::County, K::Centralized, QStringLiteral("5天")), r).has_value());
}

TEST(CreditPresets, Shandong2015CountsEveryYear)
{
    const CreditRules r = creditRulePreset(QStringLiteral("shandong-2015"));
    // No published conversion: hours alone earn nothing (1学时 = 1学分 is 贵州's rule).
    const CreditAward hoursOnly = awardCredits(project(L::County, K::Centralized, QStringLiteral("40学时")),
        EnrollmentStatus::Completed, AttendanceSummary(), r);
    EXPECT_FALSE(hoursOnly.earned);
    EXPECT_TRUE(hoursOnly.reason.contains(QStringLiteral("贵州"))) << hoursOnly.reason.toStdString();
    const QList<CreditEntry> entries {
        trained(r, 2016, L::County, K::Centralized, QStringLiteral("3天"), 24.0),
        entry(2016, L::Provincial, K::Online, 30),
        entry(2017, L::School, K::SchoolBased, 48),
        entry(2018, L::County, K::Centralized, 40),
    };
    const TeacherCreditStatus s = evaluate(r, entries, QDate(2019, 3, 1));
    expectStatus(s, "R-CREDIT-TOTAL", 0, 142, 218, CreditState::AtRisk); // 3/5 of 360 = 216 expected
    expectStatus(s, "R-CREDIT-ANNUAL", 2016, 54, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-ANNUAL", 2017, 48, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-ANNUAL", 2018, 40, 8, CreditState::Short);
    expectStatus(s, "R-CREDIT-ANNUAL", 2019, 0, 48, CreditState::OnTrack);
    EXPECT_EQ(s.overall, CreditState::Short);
}

TEST(CreditLedger, YearlyComponentMinimumAndCap)
{
    // A district's own rules: 校本 at least 5 a year, at most 8 a year counted.
    CreditRules r = creditRulePreset(QStringLiteral("beijing-13"));
    CreditRequirement yearly;
    yearly.id = QStringLiteral("R-SCHOOL-YEAR");
    yearly.label = QStringLiteral("校本研修");
    yearly.period = CreditPeriod::Year;
    yearly.minimum = 5;
    yearly.minimumSource = entered("校本研修每年不少于5学分");
    yearly.yearlyCap = 8;
    yearly.yearlyCapSource = entered("每年最高计8学分");
    yearly.kinds = { K::SchoolBased };
    r.requirements << yearly;
    ASSERT_TRUE(r.problems().isEmpty()) << r.problems().join(QLatin1Char('\n')).toStdString();
    const TeacherCreditStatus s = evaluate(r,
        { entry(2016, L::School, K::SchoolBased, 12), entry(2017, L::School, K::SchoolBased, 3),
            entry(2017, L::County, K::Centralized, 20) },
        QDate(2018, 3, 1));
    expectStatus(s, "R-SCHOOL-YEAR", 2016, 8, 0, CreditState::Met); // 12, counted 8
    expectStatus(s, "R-SCHOOL-YEAR", 2017, 3, 2, CreditState::Short);
    expectStatus(s, "R-SCHOOL-YEAR", 2018, 0, 5, CreditState::OnTrack);
    expectStatus(s, "R-CREDIT-TOTAL", 0, 31, 5, CreditState::OnTrack); // 35 registered, 4 over the cap
}

TEST(CreditLedger, AReversalCancelsTheEntry)
{
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    const QList<CreditEntry> entries { entry(2021, L::County, K::Centralized, 20, 160),
        entry(2021, L::County, K::Centralized, -20, -160) };
    const CreditTotals t = creditLedger(entries, r, 2021);
    EXPECT_EQ(t.total(), (CreditAmount { 0, 0 }));
    const TeacherCreditStatus s = evaluateCredits(t, r, 2021, QDate(2021, 6, 1));
    expectStatus(s, "R-CREDIT-DISTRICT", 0, 0, 20, CreditState::OnTrack);
}

TEST(CreditForecast, ShortTeachersAgainstQualifyingSeats)
{
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    QList<TeacherCreditStatus> statuses;
    for (double earned : { 0.0, 5.0, 20.0, 25.0, 12.0 }) {
        CreditTotals t;
        t.add(2021, L::County, K::Centralized, { earned, earned * 8 });
        statuses << evaluateCredits(t, r, 2021, QDate(2022, 3, 1));
    }
    const QList<SeatOffer> offers { { L::County, K::Centralized, 2, 3, 24 }, { L::School, K::Centralized, 50, 2, 16 },
        { L::Municipal, K::Centralized, 1, 5, 40 }, { L::County, K::Online, 100, 1, 8 } };
    const QList<ForecastLine> lines = forecastCredits(statuses, offers, r);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].requirementId, QStringLiteral("R-CREDIT-DISTRICT"));
    EXPECT_EQ(lines[0].teachersShort, 3); // 0, 5 and 12 earned
    EXPECT_DOUBLE_EQ(lines[0].missingTotal, 20 + 15 + 8);
    EXPECT_EQ(lines[0].qualifyingSeats, 3); // 2 county + 1 municipal centralized
    EXPECT_DOUBLE_EQ(lines[0].qualifyingAmount, 2 * 3 + 5);
    EXPECT_EQ(lines[0].seatShortfall, 0);

    // 上海: seats count for a category requirement by the project's category.
    const CreditRules shanghai = creditRulePreset(QStringLiteral("shanghai-14"));
    const QList<ForecastLine> sh
        = forecastCredits({ evaluateCredits(CreditTotals(), shanghai, 2021, QDate(2022, 3, 1)) },
            { { L::County, K::Centralized, 30, 2, 20, QStringLiteral("师德素养") } }, shanghai);
    for (const ForecastLine& l : sh) {
        if (l.requirementId == QStringLiteral("R-CREDIT-CAT-ETHICS")) {
            EXPECT_EQ(l.qualifyingSeats, 30);
        }
        if (l.requirementId == QStringLiteral("R-CREDIT-CAT-SKILLS")) {
            EXPECT_EQ(l.qualifyingSeats, 0);
        }
    }
    // 云阳's unpublished yearly minimum has no forecast line either way (cycle requirements only).
    EXPECT_EQ(forecastCredits({}, {}, creditRulePreset(QStringLiteral("yunyang"))).size(), 2);
}

TEST(CreditLedger, AmountsShowOneDecimalAtMost)
{
    EXPECT_EQ(formatCreditAmount(12), QStringLiteral("12"));
    EXPECT_EQ(formatCreditAmount(7.5), QStringLiteral("7.5"));
    EXPECT_EQ(formatCreditAmount(2.0 / 3.0), QStringLiteral("0.7"));
    EXPECT_EQ(formatCreditAmount(19.96), QStringLiteral("20"));
    EXPECT_EQ(formatCreditAmount(-0.01), QStringLiteral("0"));
    EXPECT_EQ(formatCreditAmount(-5), QStringLiteral("-5")); // a reversal
}
