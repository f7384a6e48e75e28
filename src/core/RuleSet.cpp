#include "RuleSet.h"

#include <QCoreApplication>

namespace tp {

RuleSet RuleSet::defaults()
{
    RuleSet r;
    r.name = QCoreApplication::translate("tp::RuleSet", "梁平 2021（默认）");
    r.source = QCoreApplication::translate("tp::RuleSet", "梁平区 2021 年教师教育项目计划通知（seeds 000）");
    return r;
}

} // namespace tp
