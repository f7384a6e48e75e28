#pragma once

// A district that has entered the numbers its preset's source does not publish (EnteredConversion.h), saved as
// its rule set.

#include "Database.h"
#include "EnteredConversion.h"
#include "RuleSetRepository.h"

#include <gtest/gtest.h>

namespace tp::test {

// Saves the 梁平 2021 preset with an entered conversion as `district`'s rule set; returns it as stored.
inline CreditRules enterConversion(Database& db, const QString& district = QStringLiteral("梁平区"))
{
    RuleSetRepository repo(db);
    auto id = repo.saveDistrictRules(district, liangpingWithEnteredConversion(), QStringLiteral("区县填写换算"));
    EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().toString().toStdString());
    auto rules = repo.activeRules(district);
    EXPECT_TRUE(rules.ok());
    return rules ? rules.value() : CreditRules();
}

} // namespace tp::test
