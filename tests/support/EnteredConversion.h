#pragma once

// The numbers a district enters where its preset's source publishes none (issue 11). The 梁平 2021 source
// (seeds 000) publishes no 学时→学分 conversion and no hours per day, so a district that counts 1 天 = 8 学时 =
// 1 学分 saves its own copy of the preset with those numbers and where they come from. Shared by the storage,
// CLI and GUI tests and the screenshot programs (their demo data assume 1 天 = 1 学分).

#include "CreditRules.h"

namespace tp::test {

inline CreditRules withEnteredConversion(CreditRules rules, double hoursPerDay = 8, double hoursPerCredit = 8)
{
    const QString document = QStringLiteral("梁平区中小学教师培训学分管理制度（测试与演示用）");
    rules.hoursPerDay = hoursPerDay;
    rules.hoursPerDaySource = RuleSource::published(
        document, QStringLiteral("第六条"), QStringLiteral("集中培训每天按%1学时计").arg(hoursPerDay));
    rules.conversions = { CreditConversion { std::nullopt, std::nullopt, hoursPerCredit, 0,
        RuleSource::published(
            document, QStringLiteral("第七条"), QStringLiteral("%1学时折合1学分").arg(hoursPerCredit)) } };
    return rules;
}

inline CreditRules liangpingWithEnteredConversion(double hoursPerDay = 8, double hoursPerCredit = 8)
{
    return withEnteredConversion(creditRulePreset(QStringLiteral("liangping-2021")), hoursPerDay, hoursPerCredit);
}

} // namespace tp::test
