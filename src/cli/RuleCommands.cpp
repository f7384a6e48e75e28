#include "Commands.h"

#include "CommandContext.h"
#include "CreditLedger.h"
#include "CreditRules.h"
#include "Database.h"
#include "JsonOutput.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "RuleSetRepository.h"

#include <QJsonArray>
#include <QJsonObject>

// The rule-set commands of trainplan-cli (issue 11): rules list, rules show, rules set, rules recalc. A district's
// active rule set is RuleSetRepository's; a change of rules leaves past registrations as they were until
// `rules recalc --apply` (LedgerRepository::recalculate: a dry run first, then reversals and new registrations,
// audited as one recalculation).

namespace tp::cli {

namespace {

QJsonObject rulesSummaryJson(const CreditRules& r)
{
    return QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("name"), r.name },
        { QStringLiteral("source"), r.source }, { QStringLiteral("based_on"), r.basedOn } };
}

// --district, or the only district the database has plans for; a usage error when neither names one.
std::optional<QString> districtOption(CommandContext& ctx, Database& db, int* code)
{
    auto resolved = RuleSetRepository(db).resolveDistrict(ctx.value("district"));
    if (!resolved) {
        *code = ctx.reject(resolved.error());
        return std::nullopt;
    }
    if (resolved->isEmpty()) {
        *code = ctx.usage(Cli::tr("请用 --district 指定区县（数据库中有多个区县的计划，或还没有计划）"));
        return std::nullopt;
    }
    return resolved.value();
}

// The districts the database knows: those with plans, in their order.
Result<QStringList> knownDistricts(Database& db)
{
    auto plans = PlanRepository(db).plans();
    if (!plans)
        return plans.error();
    QStringList districts;
    for (const Plan& p : plans.value())
        if (!districts.contains(p.district))
            districts << p.district;
    return districts;
}

int runRulesList(CommandContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    RuleSetRepository repo(*db);
    auto districts = knownDistricts(*db);
    if (!districts)
        return ctx.reject(districts.error());
    QJsonArray presets;
    QString text = Cli::tr("预置学分规则：\n");
    for (const CreditRules& r : creditRulePresets()) {
        presets.append(rulesSummaryJson(r));
        text += QStringLiteral("  %1\t%2\t%3\n").arg(r.id, r.name, r.source);
    }
    QJsonArray active;
    text += Cli::tr("各区县使用的规则：\n");
    for (const QString& d : districts.value()) {
        auto choice = repo.choice(d);
        auto rules = repo.activeRules(d);
        if (!choice)
            return ctx.reject(choice.error());
        if (!rules)
            return ctx.reject(rules.error());
        QString how;
        if (!choice->chosen)
            how = Cli::tr("未选择，使用默认");
        else if (choice->ruleSetId > 0)
            how = Cli::tr("本区县修订版（基于 %1）").arg(creditRulePreset(choice->preset).name);
        else if (choice->district.isEmpty())
            how = Cli::tr("所有区县的选择");
        else
            how = Cli::tr("已选择预置规则");
        QJsonObject o = rulesSummaryJson(rules.value());
        o.insert(QStringLiteral("district"), d);
        o.insert(QStringLiteral("chosen"), choice->chosen);
        o.insert(QStringLiteral("own_version"), choice->ruleSetId);
        active.append(o);
        text += QStringLiteral("  %1\t%2\t%3\n").arg(d, rules->name, how);
    }
    if (districts->isEmpty())
        text += Cli::tr("  （数据库中还没有计划）\n");
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("presets"), presets }, { QStringLiteral("districts"), active } });
    else
        ctx.print(text);
    return ExitSuccess;
}

int runRulesShow(CommandContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    CreditRules rules;
    QString district;
    if (ctx.has("preset")) {
        rules = creditRulePreset(ctx.value("preset"));
        if (rules.id != ctx.value("preset"))
            return ctx.usage(
                Cli::tr("没有名为「%1」的预置学分规则（trainplan-cli rules list 列出全部）").arg(ctx.value("preset")));
    } else {
        int code = ExitSuccess;
        const auto d = districtOption(ctx, *db, &code);
        if (!d)
            return code;
        district = *d;
        auto active = RuleSetRepository(*db).activeRules(district);
        if (!active)
            return ctx.reject(active.error());
        rules = active.value();
    }
    const QList<RuleNumber> numbers = rules.numbers();
    if (ctx.json()) {
        QJsonArray list;
        for (const RuleNumber& n : numbers) {
            QJsonObject o { { QStringLiteral("key"), n.key }, { QStringLiteral("label"), n.label },
                { QStringLiteral("value_text"), n.valueText },
                { QStringLiteral("source_kind"), sourceKindName(n.source.kind) },
                { QStringLiteral("source"), n.source.describe() }, { QStringLiteral("used"), n.source.usable() } };
            o.insert(QStringLiteral("value"), n.value ? QJsonValue(*n.value) : QJsonValue());
            list.append(o);
        }
        QJsonObject doc { { QStringLiteral("rules"), rulesSummaryJson(rules) }, { QStringLiteral("numbers"), list } };
        if (!district.isEmpty())
            doc.insert(QStringLiteral("district"), district);
        ctx.printJson(doc);
        return ExitSuccess;
    }
    QString text = district.isEmpty() ? Cli::tr("学分规则「%1」\n").arg(rules.name)
                                      : Cli::tr("%1 使用的学分规则：「%2」\n").arg(district, rules.name);
    if (!rules.source.isEmpty())
        text += Cli::tr("依据：%1\n").arg(rules.source);
    for (const RuleNumber& n : numbers) {
        if (n.source.usable())
            text += QStringLiteral("  %1：%2\n      %3\n").arg(n.label, n.valueText, n.source.describe());
        else
            text += Cli::tr("  %1：未公布 — 不用于判定\n      %2\n").arg(n.label, n.source.describe());
    }
    ctx.print(text);
    return ExitSuccess;
}

int runRulesSet(CommandContext& ctx)
{
    if (ctx.value("district").trimmed().isEmpty())
        return ctx.usage(Cli::tr("需要 --district 区县"));
    if (ctx.value("preset").trimmed().isEmpty())
        return ctx.usage(Cli::tr("需要 --preset 预置规则（trainplan-cli rules list 列出全部）"));
    const QString preset = ctx.value("preset").trimmed();
    if (creditRulePreset(preset).id != preset) {
        QStringList ids;
        for (const CreditRules& r : creditRulePresets())
            ids << r.id;
        return ctx.usage(Cli::tr("没有名为「%1」的预置学分规则；可用：%2").arg(preset, ids.join(QStringLiteral(", "))));
    }
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    const QString district = ctx.value("district").trimmed();
    if (Status s = RuleSetRepository(*db).choosePreset(district, preset); !s)
        return ctx.reject(s.error());
    const CreditRules rules = creditRulePreset(preset);
    if (ctx.json())
        ctx.printJson(QJsonObject {
            { QStringLiteral("district"), district }, { QStringLiteral("rules"), rulesSummaryJson(rules) } });
    else
        ctx.print(Cli::tr("%1 今后按学分规则「%2」登记学分；已登记的学分不变，需要时用 trainplan-cli rules recalc "
                          "--district %1 查看并重新计算\n")
                      .arg(district, rules.name));
    return ExitSuccess;
}

QJsonObject entryJson(const CreditEntry& e)
{
    return QJsonObject { { QStringLiteral("year"), e.year }, { QStringLiteral("level"), trainingLevelName(e.level) },
        { QStringLiteral("kind"), trainingKindName(e.kind) }, { QStringLiteral("credits"), e.credits },
        { QStringLiteral("hours"), e.hours }, { QStringLiteral("category"), e.category } };
}

QJsonObject changeJson(const RecalculationChange& c)
{
    QJsonObject o { { QStringLiteral("registration"), c.registrationId },
        { QStringLiteral("teacher"), teacherJson(c.teacher) }, { QStringLiteral("project"), c.project },
        { QStringLiteral("old_rules"), c.oldRuleSet }, { QStringLiteral("before"), entryJson(c.before) },
        { QStringLiteral("why"), c.why } };
    o.insert(QStringLiteral("after"), c.after ? QJsonValue(entryJson(*c.after)) : QJsonValue());
    return o;
}

QString changeLine(const RecalculationChange& c)
{
    const QString after = c.after ? Cli::tr("%1 学分").arg(formatCreditAmount(c.after->credits)) : Cli::tr("不计学分");
    return QStringLiteral("  %1 %2\t%3\t%4 学分 → %5\t%6\n")
        .arg(c.teacher.staffNumber, c.teacher.name, c.project, formatCreditAmount(c.before.credits), after, c.why);
}

int runRulesRecalc(CommandContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    int code = ExitSuccess;
    const auto district = districtOption(ctx, *db, &code);
    if (!district)
        return code;
    const bool apply = ctx.has("apply");
    QString reason = ctx.value("reason").trimmed();
    if (reason.isEmpty())
        reason = Cli::tr("学分规则变更后重新计算");
    auto result = LedgerRepository(*db).recalculate(*district, reason, apply, ctx.today());
    if (!result)
        return ctx.reject(result.error());
    if (ctx.json()) {
        QJsonArray changes;
        for (const RecalculationChange& c : result->changes)
            changes.append(changeJson(c));
        QJsonArray blocked;
        for (const RecalculationChange& c : result->blocked)
            blocked.append(changeJson(c));
        QJsonArray ids;
        for (qint64 id : result->newRegistrationIds)
            ids.append(id);
        ctx.printJson(QJsonObject { { QStringLiteral("district"), *district },
            { QStringLiteral("rules"), rulesSummaryJson(result->rules) },
            { QStringLiteral("applied"), result->applied }, { QStringLiteral("changes"), changes },
            { QStringLiteral("blocked"), blocked }, { QStringLiteral("unchanged"), result->unchanged },
            { QStringLiteral("new_registrations"), ids } });
        return ExitSuccess;
    }
    QString text = Cli::tr("%1 按学分规则「%2」重新计算：%3 条会改变，%4 条不变，%5 条暂不能重新计算\n")
                       .arg(*district, result->rules.name)
                       .arg(result->changes.size())
                       .arg(result->unchanged)
                       .arg(result->blocked.size());
    for (const RecalculationChange& c : result->changes)
        text += changeLine(c);
    if (!result->blocked.isEmpty()) {
        text += Cli::tr("暂不能重新计算（保持原样）：\n");
        for (const RecalculationChange& c : result->blocked)
            text += QStringLiteral("  %1 %2\t%3\t%4\n").arg(c.teacher.staffNumber, c.teacher.name, c.project, c.why);
    }
    if (result->applied)
        text += Cli::tr("已重新计算：原登记已撤销（保留在记录中），新登记 %1 条\n")
                    .arg(result->newRegistrationIds.size());
    else if (!result->changes.isEmpty())
        text += Cli::tr("这是预览，没有改动任何登记；确认后加上 --apply 再运行一次\n");
    ctx.print(text);
    return ExitSuccess;
}

} // namespace

QList<Command> ruleCommands()
{
    return {
        { QStringLiteral("rules list"), QStringLiteral("rules list"),
            Cli::tr("列出预置学分规则，以及每个区县正在使用的规则"), {}, {}, false, Command::Fonts::Never,
            runRulesList },
        { QStringLiteral("rules show"), QStringLiteral("rules show [--district NAME | --preset ID]"),
            Cli::tr("列出区县所用学分规则的每个数字及其出处；出处未公布的数字标为“未公布”，不用于判定"),
            { valueOption("district", "NAME"), valueOption("preset", "ID") }, {}, false, Command::Fonts::Never,
            runRulesShow },
        { QStringLiteral("rules set"), QStringLiteral("rules set --district NAME --preset ID"),
            Cli::tr("为区县选择预置学分规则（记入审计日志）；已登记的学分不变，直到 rules recalc --apply"),
            { valueOption("district", "NAME"), valueOption("preset", "ID") }, {}, false, Command::Fonts::Never,
            runRulesSet },
        { QStringLiteral("rules recalc"), QStringLiteral("rules recalc [--district NAME] [--apply] [--reason TEXT]"),
            Cli::tr("按区县现行规则重新计算已登记的学分：不加 --apply 只列出会改变的登记；加 --apply "
                    "则撤销原登记并重新登记（一次操作，记入审计日志）"),
            { valueOption("district", "NAME"), flagOption("apply"), valueOption("reason", "TEXT") }, {}, false,
            Command::Fonts::Never, runRulesRecalc },
    };
}

} // namespace tp::cli
