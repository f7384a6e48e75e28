#pragma once

// A district that has entered the numbers its preset's source does not publish (issue 11): the 梁平 2021
// preset's 学时→学分 conversion and hours per day are 未公布, so a district that counts 1 day = 8 学时 =
// 1 学分 saves its own copy with those numbers and where they come from.

#include "CreditRules.h"
#include "Database.h"
#include "RuleSetRepository.h"

#include <gtest/gtest.h>

namespace tp::test {

inline CreditRules withEnteredConversion(CreditRules rules, double hoursPerDay = 8, double hoursPerCredit = 8)
{
    const QString document = QStringLiteral("梁平区中小学教师培训学分管理制度（测试用）");
    rules.hoursPerDay = hoursPerDay;
    rules.hoursPerDaySource = RuleSource::published(document, QStringLiteral("第六条"),
        QStringLiteral("集中培训每天按%1学时计").arg(hoursPerDay));
    rules.conversions = { CreditConversion { std::nullopt, std::nullopt, hoursPerCredit, 0,
        RuleSource::published(document, QStringLiteral("第七条"),
            QStringLiteral("%1学时折合1学分").arg(hoursPerCredit)) } };
    return rules;
}

// Saves the 梁平 2021 preset with an entered conversion as `district`'s rule set; returns it as stored.
inline CreditRules enterConversion(Database& db, const QString& district = QStringLiteral("梁平区"))
{
    RuleSetRepository repo(db);
    auto id = repo.saveDistrictRules(district,
        withEnteredConversion(creditRulePreset(QStringLiteral("liangping-2021"))), QStringLiteral("区县填写换算"));
    EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().toString().toStdString());
    auto rules = repo.activeRules(district);
    EXPECT_TRUE(rules.ok());
    return rules ? rules.value() : CreditRules();
}

} // namespace tp::test
