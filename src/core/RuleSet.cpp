#include "RuleSet.h"

#include <QCoreApplication>

namespace tp {

RuleSet RuleSet::defaults()
{
    RuleSet r;
    r.name = QCoreApplication::translate("tp::RuleSet", "梁平 2021（默认）");
    r.source = QCoreApplication::translate("tp::RuleSet", "重庆市梁平区教育委员会《2021年教师教育工作要点》（2021年5月12日印发）");
    return r;
}

} // namespace tp
