#include "CreditLedger.h"
#include "CreditRules.h"

#include <gtest/gtest.h>

using namespace tp;

namespace {
using L = TrainingLevel;
using K = TrainingKind;

CreditEntry entry(int year, L level, K kind, double credits, double hours = 0)
{
    return { year, level, kind, credits, hours };
}

// A completed training's entry as registration makes it: credits from the rule set's conversion.
CreditEntry trained(const CreditRules& rules, int year, L level, K kind, const QString& duration,
    std::optional<double> explicitCredits = {})
{
    ProjectCredit p { level, kind, explicitCredits, parseDuration(duration) };
    const CreditAward a = awardCredits(p, EnrollmentStatus::Completed, std::nullopt, rules);
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
} // namespace

TEST(CreditRules, PresetsNameTheirSources)
{
    const QList<CreditRules> presets = creditRulePresets();
    ASSERT_EQ(presets.size(), 6);
    for (const CreditRules& r : presets) {
        EXPECT_FALSE(r.source.isEmpty()) << r.id.toStdString();
        EXPECT_FALSE(r.requirements.isEmpty()) << r.id.toStdString();
        EXPECT_EQ(creditRulePreset(r.id), r);
    }
    EXPECT_EQ(creditRulePreset(QStringLiteral("nope")).id, defaultCreditRulesId());
}

TEST(CreditRules, CyclesRunFiveYearsFromTheFirstYear)
{
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    EXPECT_EQ(r.cycleStartOf(2021), 2021);
    EXPECT_EQ(r.cycleStartOf(2025), 2021);
    EXPECT_EQ(r.cycleEndOf(2023), 2025);
    EXPECT_EQ(r.cycleStartOf(2026), 2026);
    EXPECT_EQ(r.cycleStartOf(2030), 2026);
    EXPECT_EQ(r.cycleStartOf(2020), 2016);
}

TEST(CreditRules, LevelsAndKindsFromText)
{
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("国培")), L::National);
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("市级")), L::Municipal);
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("区级")), L::County);
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("区县级")), L::County);
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("校级")), L::School);
    EXPECT_EQ(trainingKindFromText(QStringLiteral("线上研修")), K::Online);
    EXPECT_EQ(trainingKindFromText(QStringLiteral("集中培训")), K::Centralized);
    EXPECT_EQ(trainingKindFromText(QStringLiteral("校本研修")), K::SchoolBased);
    EXPECT_FALSE(trainingKindFromText(QString()).has_value());
}

TEST(CreditRules, ShaanxiConvertsByLevelBeijingByKind)
{
    // 陕西: 10 学时 of 县级 training earn 2 学分, the same at 国家级 5 学分.
    const CreditRules shaanxi = creditRulePreset(QStringLiteral("shaanxi-2018"));
    EXPECT_DOUBLE_EQ(shaanxi.conversionFor(K::Centralized, L::County).creditsFor(10), 2);
    EXPECT_DOUBLE_EQ(shaanxi.conversionFor(K::Centralized, L::National).creditsFor(10), 5);
    const CreditRules beijing = creditRulePreset(QStringLiteral("beijing-13"));
    EXPECT_DOUBLE_EQ(beijing.conversionFor(K::Centralized, L::County).creditsFor(10), 1);
    EXPECT_DOUBLE_EQ(beijing.conversionFor(K::Online, L::County).creditsFor(10), 0.5);
}

TEST(CreditAward, ExplicitCreditsWinOverTheDuration)
{
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    ProjectCredit p { L::County, K::Centralized, 4.0, parseDuration(QStringLiteral("3")) };
    EXPECT_DOUBLE_EQ(*projectCredits(p, r), 4);
    p.credits.reset();
    EXPECT_DOUBLE_EQ(*projectCredits(p, r), 3); // 3 days × 8 学时 / 8 学时 per credit
    p.duration = parseDuration(QString()); // 国培计划 row: no duration
    EXPECT_FALSE(projectCredits(p, r).has_value());
    EXPECT_FALSE(awardCredits(p, EnrollmentStatus::Completed, std::nullopt, r).earned);
}

TEST(CreditAward, MissingAFifthOfTheHoursVoidsTheCredit)
{
    // 武汉江汉: 缺课时数累计达到…五分之一者…不能取得相应学分. 5 days = 40 学时.
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    const ProjectCredit p { L::County, K::Centralized, std::nullopt, parseDuration(QStringLiteral("5天")) };
    const CreditAward passed = awardCredits(p, EnrollmentStatus::Completed, 32.5, r); // missed 18.75 %
    EXPECT_TRUE(passed.earned);
    EXPECT_DOUBLE_EQ(passed.credits, 5);
    EXPECT_NEAR(passed.missedShare, 0.1875, 1e-12);
    const CreditAward atFifth = awardCredits(p, EnrollmentStatus::Completed, 32, r); // missed exactly 20 %
    EXPECT_FALSE(atFifth.earned);
    EXPECT_FALSE(atFifth.reason.isEmpty());
    EXPECT_FALSE(awardCredits(p, EnrollmentStatus::Completed, 10, r).earned);
    EXPECT_TRUE(awardCredits(p, EnrollmentStatus::Completed, 40, r).earned);
    EXPECT_FALSE(awardCredits(p, EnrollmentStatus::Absent, 40, r).earned) << "only 结业 earns";
    EXPECT_FALSE(awardCredits(p, EnrollmentStatus::CheckedIn, 40, r).earned);

    CreditRules lenient = r;
    lenient.voidMissedShare = 0.5;
    EXPECT_TRUE(awardCredits(p, EnrollmentStatus::Completed, 24, lenient).earned); // missed 40 %
    // Planned hours from the class's sessions when known (a 2-day class of 16 学时 within the project).
    EXPECT_TRUE(awardCredits(p, EnrollmentStatus::Completed, 13, r, 16).earned); // missed 18.75 %
}

// --- one hand-computed teacher per preset -----------------------------------------------------------------

TEST(CreditPresets, Liangping2021)
{
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    const QList<CreditEntry> entries {
        trained(r, 2021, L::County, K::Centralized, QStringLiteral("3")), // 3 credits
        trained(r, 2022, L::National, K::Centralized, QString(), 10.0), // 国培: 10 credits
        trained(r, 2023, L::School, K::Centralized, QStringLiteral("5")), // 校级: does not count
        trained(r, 2023, L::County, K::Online, QStringLiteral("16学时")), // online: does not count
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

TEST(CreditPresets, Yunyang)
{
    const CreditRules r = creditRulePreset(QStringLiteral("yunyang"));
    const QList<CreditEntry> entries {
        entry(2021, L::County, K::Centralized, 20),
        entry(2021, L::School, K::SchoolBased, 10),
        entry(2022, L::Provincial, K::Online, 20),
    };
    const TeacherCreditStatus s = evaluate(r, entries, QDate(2024, 3, 1));
    // 120 total: 50 earned; 2021–2023 over → 72 expected → at risk, short by 70.
    expectStatus(s, "R-CREDIT-TOTAL", 0, 50, 70, CreditState::AtRisk);
    expectStatus(s, "R-CREDIT-DISTRICT", 0, 20, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-ANNUAL", 2021, 30, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-ANNUAL", 2022, 20, 4, CreditState::Short);
    expectStatus(s, "R-CREDIT-ANNUAL", 2023, 0, 24, CreditState::Short);
    expectStatus(s, "R-CREDIT-ANNUAL", 2024, 0, 24, CreditState::OnTrack);
    EXPECT_EQ(s.find(QStringLiteral("R-CREDIT-ANNUAL"), 2025), nullptr) << "future years are not judged";
    EXPECT_EQ(s.overall, CreditState::Short);
}

TEST(CreditPresets, Shanghai14)
{
    const CreditRules r = creditRulePreset(QStringLiteral("shanghai-14"));
    const QList<CreditEntry> entries {
        trained(r, 2021, L::Municipal, K::Centralized, QStringLiteral("30学时")), // 3
        trained(r, 2022, L::County, K::Centralized, QStringLiteral("8天")), // 64 学时 → 6.4
        trained(r, 2022, L::School, K::SchoolBased, QStringLiteral("150学时")), // 15
        trained(r, 2023, L::Provincial, K::Centralized, QString(), 4.0), // 4, counts as 市级
    };
    const TeacherCreditStatus s = evaluate(r, entries, QDate(2026, 2, 1));
    expectStatus(s, "R-CREDIT-TOTAL", 0, 28.4, 7.6, CreditState::Short);
    expectStatus(s, "R-CREDIT-MUNICIPAL", 0, 7, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-DISTRICT", 0, 6.4, 3.6, CreditState::Short);
    expectStatus(s, "R-CREDIT-SCHOOL", 0, 15, 0, CreditState::Met);
}

TEST(CreditPresets, Shaanxi2018CapsSchoolBasedCreditsAtTenAYear)
{
    const CreditRules r = creditRulePreset(QStringLiteral("shaanxi-2018"));
    const QList<CreditEntry> entries {
        trained(r, 2018, L::National, K::Centralized, QStringLiteral("20学时")), // 0.5/学时 → 10
        trained(r, 2019, L::County, K::Centralized, QStringLiteral("50学时")), // 0.2/学时 → 10
        trained(r, 2019, L::Provincial, K::Online, QStringLiteral("100学时")), // 远程 by level, 0.4 → 40
        trained(r, 2020, L::School, K::SchoolBased, QStringLiteral("150学时")), // 15, counts 10
        trained(r, 2021, L::School, K::SchoolBased, QStringLiteral("100学时")), // 10
        trained(r, 2022, L::School, K::SchoolBased, QStringLiteral("200学时")), // 20, counts 10
    };
    const TeacherCreditStatus s = evaluate(r, entries, QDate(2023, 1, 15));
    expectStatus(s, "R-CREDIT-CENTRALIZED", 0, 20, 10, CreditState::Short);
    expectStatus(s, "R-CREDIT-ONLINE", 0, 40, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-SCHOOL", 0, 30, 20, CreditState::Short);
    expectStatus(s, "R-CREDIT-TOTAL", 0, 90, 30, CreditState::Short); // 105 registered, 15 over the cap
}

TEST(CreditPresets, Beijing13)
{
    const CreditRules r = creditRulePreset(QStringLiteral("beijing-13"));
    const QList<CreditEntry> entries {
        trained(r, 2016, L::County, K::Centralized, QStringLiteral("5天")), // 40 学时 / 10 → 4
        trained(r, 2017, L::County, K::Online, QStringLiteral("60学时")), // / 20 → 3
        trained(r, 2017, L::School, K::Practice, QStringLiteral("40学时")), // / 20 → 2
        trained(r, 2018, L::National, K::Centralized, QString(), 24.0), // 24
    };
    TeacherCreditStatus s = evaluate(r, entries, QDate(2019, 6, 1));
    // 33 of 36; 2016–2018 over → 21.6 expected → on track, short by 3.
    expectStatus(s, "R-CREDIT-TOTAL", 0, 33, 3, CreditState::OnTrack);
    s = evaluate(r, entries, QDate(2017, 6, 1));
    expectStatus(s, "R-CREDIT-TOTAL", 0, 33, 3, CreditState::OnTrack);
    QList<CreditEntry> few { entry(2016, L::County, K::Centralized, 4) };
    s = evaluate(r, few, QDate(2019, 6, 1));
    expectStatus(s, "R-CREDIT-TOTAL", 0, 4, 32, CreditState::AtRisk);
}

TEST(CreditPresets, Shandong2015CountsEveryYear)
{
    const CreditRules r = creditRulePreset(QStringLiteral("shandong-2015"));
    const QList<CreditEntry> entries {
        trained(r, 2016, L::County, K::Centralized, QStringLiteral("3天")), // 24 学时 = 24 学分
        trained(r, 2016, L::Provincial, K::Online, QStringLiteral("30学时")), // 30
        trained(r, 2017, L::School, K::SchoolBased, QStringLiteral("48学时")), // 48
        trained(r, 2018, L::County, K::Centralized, QStringLiteral("40学时")), // 40
    };
    const TeacherCreditStatus s = evaluate(r, entries, QDate(2019, 3, 1));
    expectStatus(s, "R-CREDIT-TOTAL", 0, 142, 218, CreditState::AtRisk); // 3/5 of 360 = 216 expected
    expectStatus(s, "R-CREDIT-ANNUAL", 2016, 54, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-ANNUAL", 2017, 48, 0, CreditState::Met);
    expectStatus(s, "R-CREDIT-ANNUAL", 2018, 40, 8, CreditState::Short);
    expectStatus(s, "R-CREDIT-ANNUAL", 2019, 0, 48, CreditState::OnTrack);
    EXPECT_EQ(s.overall, CreditState::Short);
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
