#include "CreditRuleEdit.h"

#include <QCoreApplication>
#include <cmath>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::CreditRuleEdit)
};

Error outOfRange(const QString& label, double value, const QString& expected)
{
    Error e(Text::tr("%1 的值 %2 不合适：%3").arg(label).arg(value).arg(expected));
    e.value = QString::number(value);
    return e;
}
} // namespace

Status setRuleNumber(CreditRules& rules, const QString& key, double value, const RuleSource& source)
{
    if (!std::isfinite(value))
        return outOfRange(key, value, Text::tr("应为有限的数"));
    const QStringList parts = key.split(QLatin1Char('.'));
    const QString head = parts.value(0);
    if (key == QLatin1String("cycle.first_year")) {
        if (value < 1949 || value > 2200 || value != std::floor(value))
            return outOfRange(Text::tr("周期起始年"), value, Text::tr("应为 1949–2200 的年份"));
        rules.cycleFirstYear = int(value);
        rules.cycleFirstYearSource = source;
        return success();
    }
    if (key == QLatin1String("cycle.years")) {
        if (value < 1 || value > 10 || value != std::floor(value))
            return outOfRange(Text::tr("周期年数"), value, Text::tr("应为 1–10 的整数"));
        rules.cycleYears = int(value);
        rules.cycleYearsSource = source;
        return success();
    }
    if (key == QLatin1String("hours_per_day")) {
        if (value < 0 || value > 24)
            return outOfRange(Text::tr("每天计学时"), value, Text::tr("应在 0–24 之间"));
        rules.hoursPerDay = value;
        rules.hoursPerDaySource = source;
        return success();
    }
    if (key == QLatin1String("absence.share")) {
        if (value < 0 || value > 1)
            return outOfRange(Text::tr("缺课不计学分的比例"), value, Text::tr("应在 0–1 之间（五分之一即 0.2）"));
        rules.voidMissedShare = value;
        rules.absenceSource = source;
        return success();
    }
    if (head == QLatin1String("requirement") && parts.size() >= 3) {
        const QString id = parts.mid(1, parts.size() - 2).join(QLatin1Char('.'));
        const QString what = parts.last();
        for (CreditRequirement& r : rules.requirements) {
            if (r.id != id)
                continue;
            if (value < 0 || value > 5000)
                return outOfRange(r.label, value, Text::tr("应在 0–5000 之间"));
            if (what == QLatin1String("minimum")) {
                r.minimum = value;
                r.minimumSource = source;
                return success();
            }
            if (what == QLatin1String("yearly_cap")) {
                r.yearlyCap = value;
                r.yearlyCapSource = source;
                return success();
            }
        }
    }
    bool ok = false;
    const qsizetype index = parts.value(1).toLongLong(&ok);
    if (head == QLatin1String("conversion") && parts.size() == 2 && ok && index >= 0
        && index < rules.conversions.size()) {
        CreditConversion& c = rules.conversions[index];
        if (value < 0 || value > 1000)
            return outOfRange(Text::tr("%1 学时→学分").arg(c.scopeText()), value, Text::tr("应在 0–1000 之间"));
        // The line keeps its form: 每学时 N 学分 (陕西) or N 学时折合 1 学分 (北京, and a line that had none).
        if (c.creditsPerHour > 0) {
            c.creditsPerHour = value;
        } else {
            c.hoursPerCredit = value;
            c.creditsPerHour = 0;
        }
        c.source = source;
        return success();
    }
    if (head == QLatin1String("overflow") && parts.size() == 2 && ok && index >= 0 && index < rules.overflows.size()) {
        rules.overflows[index].source = source;
        return success();
    }
    return Error(Text::tr("学分规则中没有“%1”这一项").arg(key));
}

} // namespace tp
