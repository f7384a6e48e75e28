#include "CliDatabase.h"

#include "Database.h"
#include "PlanRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace tp::cli {

// The messages belong to the CLI's translation context ("trainplan-cli"), like those of CliCommands.cpp.

Result<std::shared_ptr<Database>> openCliDatabase(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened) {
        Error e = opened.error();
        if (e.file.isEmpty())
            e.file = path;
        return e;
    }
    opened.value()->setActor(QStringLiteral("trainplan-cli"));
    return opened.value();
}

PlanLookup findCliPlan(PlanRepository& plans, int year, const QString& districtText)
{
    PlanLookup lookup;
    const QString district = districtText.trimmed();
    auto all = plans.plans();
    if (!all) {
        lookup.error = all.error();
        return lookup;
    }
    QStringList districts;
    QList<int> years;
    for (const Plan& p : all.value()) {
        if (p.year == year)
            districts << p.district;
        if (!years.contains(p.year))
            years << p.year;
    }
    std::sort(years.begin(), years.end());
    QStringList yearTexts;
    for (int y : years)
        yearTexts << QString::number(y);

    if (!district.isEmpty()) {
        auto found = plans.findPlan(district, year);
        if (!found)
            lookup.error = found.error();
        else if (found->has_value())
            lookup.plan = **found;
        else
            lookup.error = Error(districts.isEmpty()
                    ? QCoreApplication::translate("trainplan-cli", "数据库中没有 %1 %2 年度的计划")
                          .arg(district)
                          .arg(year)
                    : QCoreApplication::translate(
                        "trainplan-cli", "数据库中没有 %1 %2 年度的计划；该年度有计划的区县：%3")
                          .arg(district)
                          .arg(year)
                          .arg(districts.join(QCoreApplication::translate("trainplan-cli", "、"))));
        return lookup;
    }
    if (districts.size() == 1) {
        for (const Plan& p : all.value())
            if (p.year == year)
                lookup.plan = p;
        return lookup;
    }
    if (districts.isEmpty()) {
        lookup.error = Error(yearTexts.isEmpty()
                ? QCoreApplication::translate(
                    "trainplan-cli", "数据库中还没有任何计划；先用 trainplan-cli import 导入计划表")
                : QCoreApplication::translate("trainplan-cli", "数据库中没有 %1 年度的计划；已有计划的年度：%2")
                      .arg(year)
                      .arg(yearTexts.join(QCoreApplication::translate("trainplan-cli", "、"))));
        return lookup;
    }
    lookup.ambiguous = true;
    lookup.error = Error(
        QCoreApplication::translate("trainplan-cli", "%1 年度有多个区县的计划：%2；请用 --district 指定其中一个")
            .arg(year)
            .arg(districts.join(QCoreApplication::translate("trainplan-cli", "、"))));
    return lookup;
}

} // namespace tp::cli
