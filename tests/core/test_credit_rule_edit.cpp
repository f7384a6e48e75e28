// A district enters a number its preset's source does not publish (云阳's yearly minimum), with its source: the
// number then judges; without a source the rule set is refused on saving (CreditRules::problems).

#include "CreditRuleEdit.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace tp;

TEST(CreditRuleEdit, EnteringYunyangsYearlyMinimumWithItsSourceMakesItJudge)
{
    CreditRules rules = creditRulePreset(QStringLiteral("yunyang"));
    const CreditRequirement* annual = rules.requirement(QStringLiteral("R-CREDIT-ANNUAL"));
    ASSERT_NE(annual, nullptr);
    EXPECT_FALSE(annual->judged()) << "seed 001 publishes no number";

    const RuleSource source = RuleSource::published(QStringLiteral("云阳县教师继续教育学分管理补充通知"),
        QStringLiteral("第二条"), QStringLiteral("每年不少于24学分"));
    ASSERT_TRUE(setRuleNumber(rules, QStringLiteral("requirement.R-CREDIT-ANNUAL.minimum"), 24, source).ok());
    annual = rules.requirement(QStringLiteral("R-CREDIT-ANNUAL"));
    EXPECT_TRUE(annual->judged());
    EXPECT_DOUBLE_EQ(annual->minimum, 24);
    EXPECT_TRUE(rules.problems().isEmpty()) << rules.problems().join(QLatin1Char('\n')).toStdString();

    // The same number with a source that names no document: refused when saving.
    ASSERT_TRUE(setRuleNumber(rules, QStringLiteral("requirement.R-CREDIT-ANNUAL.minimum"), 24,
        RuleSource::published(QString(), QString(), QString()))
                    .ok());
    EXPECT_FALSE(rules.problems().isEmpty());

    // And back to 未公布: it judges nobody again.
    ASSERT_TRUE(setRuleNumber(rules, QStringLiteral("requirement.R-CREDIT-ANNUAL.minimum"), 0,
        RuleSource::unpublished(QStringLiteral("来源未公布")))
                    .ok());
    EXPECT_FALSE(rules.requirement(QStringLiteral("R-CREDIT-ANNUAL"))->judged());
}

TEST(CreditRuleEdit, EveryListedNumberCanBeSetAndBadValuesAreRefused)
{
    for (const CreditRules& preset : creditRulePresets()) {
        for (const RuleNumber& n : preset.numbers()) {
            CreditRules rules = preset;
            const double value = n.key == QLatin1String("cycle.first_year") ? 2021
                : n.key == QLatin1String("cycle.years")                     ? 5
                : n.key == QLatin1String("absence.share")                   ? 0.2
                                                                            : 8;
            EXPECT_TRUE(setRuleNumber(rules, n.key, value, RuleSource::assumed(QStringLiteral("测试"))).ok())
                << preset.id.toStdString() << " " << n.key.toStdString();
        }
    }
    CreditRules rules = creditRulePreset(QStringLiteral("shaanxi-2018"));
    const RuleSource s = RuleSource::assumed(QStringLiteral("测试"));
    EXPECT_FALSE(setRuleNumber(rules, QStringLiteral("absence.share"), 1.5, s).ok());
    EXPECT_FALSE(setRuleNumber(rules, QStringLiteral("cycle.years"), 0, s).ok());
    EXPECT_FALSE(
        setRuleNumber(rules, QStringLiteral("hours_per_day"), std::numeric_limits<double>::infinity(), s).ok());
    EXPECT_FALSE(setRuleNumber(rules, QStringLiteral("requirement.NOPE.minimum"), 1, s).ok());
    EXPECT_FALSE(setRuleNumber(rules, QStringLiteral("conversion.99"), 1, s).ok());
    EXPECT_EQ(rules, creditRulePreset(QStringLiteral("shaanxi-2018"))) << "a refused edit changes nothing";
    // 陕西's per-hour lines stay per hour: 县级 0.2 → 0.25 学分 a 学时.
    const auto numbers = rules.numbers();
    for (const RuleNumber& n : numbers)
        if (n.key.startsWith(QLatin1String("conversion.")) && n.value && std::abs(*n.value - 0.2) < 1e-9) {
            ASSERT_TRUE(setRuleNumber(rules, n.key, 0.25, s).ok());
            const int i = n.key.section(QLatin1Char('.'), 1).toInt();
            EXPECT_DOUBLE_EQ(rules.conversions.at(i).creditsPerHour, 0.25);
            EXPECT_DOUBLE_EQ(rules.conversions.at(i).creditsFor(10), 2.5);
        }
}
