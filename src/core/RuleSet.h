#pragma once

// 规则集: the parameters of the deadline rules of docs/rules.md, as data, so another district can change
// the numbers. (Credit requirements and the district presets come with the credits issue.)

#include <QString>

namespace tp {

struct RuleSet {
    QString name; // shown in settings, e.g. 梁平 2021
    QString source; // where the numbers come from, e.g. seeds 000

    // R-LEAD — seeds 000 §二(一): 开班前15个工作日 报送详细培训方案
    int leadWorkdays = 15;
    // R-OUTCITY — seeds 000 §二(二): 赴市外培训 出发前15个工作日 报送管理责任书
    int outOfCityWorkdays = 15;
    // R-CHANGE — seeds 000 §二(一): 调整须提前1个月报批 (calendar months)
    int changeMonths = 1;
    // Deadlines coming due within this many working days are reported as warnings (a setting, no source).
    int dueSoonWorkdays = 5;

    // The defaults of docs/rules.md (梁平 2021, seeds 000).
    static RuleSet defaults();

    bool operator==(const RuleSet&) const = default;
};

} // namespace tp
