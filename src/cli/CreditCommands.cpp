#include "Commands.h"

#include "CliProgress.h"
#include "CommandContext.h"
#include "CreditLedger.h"
#include "CreditReportDocument.h"
#include "Database.h"
#include "JsonOutput.h"
#include "LedgerRepository.h"
#include "RegistrationService.h"
#include "UnitRepository.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cstdio>

// The credit commands of trainplan-cli: credits (every teacher's standing in a cycle, or the 学分统计表 PDF),
// credits register (学分登记 of a project), credits external import/add (credits earned elsewhere), credits
// reverse and credits history.

namespace tp::cli {

namespace {

int runCreditsRegister(CommandContext& ctx)
{
    if (ctx.value("reason").trimmed().isEmpty())
        return ctx.usage(Cli::tr("学分登记需要 --reason 说明（例如“2021年第一批学分登记”）"));
    int code = ExitSuccess;
    const qint64 project = ctx.project(&code);
    if (!project)
        return code;
    // The rule set is the district's whose plan holds the project (also when --district was left out).
    const auto plan = ctx.plan(&code);
    if (!plan)
        return code;
    // With --complete, 结业 and the credits are one transaction (LedgerRepository::completeAndRegister): a kill
    // cannot leave enrollments 结业 without their credits.
    auto report = RegistrationService(*ctx.database())
                      .registerProject(
                          project, plan->district, ctx.value("reason").trimmed(), ctx.has("complete"), ctx.today());
    if (!report)
        return ctx.reject(report.error());
    QJsonObject doc;
    doc.insert(QStringLiteral("registered"), report->registrationIds.size());
    QJsonArray skipped;
    for (const auto& [id, why] : report->skipped)
        skipped.append(QJsonObject { { QStringLiteral("enrollment"), id }, { QStringLiteral("reason"), why } });
    doc.insert(QStringLiteral("skipped"), skipped);
    doc.insert(QStringLiteral("district"), plan->district);
    auto rules = LedgerRepository(*ctx.database()).creditRules(plan->district);
    if (!rules)
        return ctx.reject(rules.error());
    doc.insert(QStringLiteral("rules"),
        QJsonObject { { QStringLiteral("id"), rules->id }, { QStringLiteral("name"), rules->name } });
    if (ctx.json())
        ctx.printJson(doc);
    else
        ctx.print(Cli::tr("已按%1的学分规则「%2」登记 %3 人的学分；未登记 %4 人\n")
                      .arg(plan->district, rules->name)
                      .arg(report->registrationIds.size())
                      .arg(report->skipped.size()));
    return ExitSuccess;
}

int runCredits(CommandContext& ctx)
{
    static const QRegularExpression cyclePattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const auto m = cyclePattern.match(ctx.value("cycle"));
    if (!ctx.has("cycle") || !m.hasMatch())
        return ctx.usage(Cli::tr("需要 --cycle 周期，例如 --cycle 2021-2025"));
    const int start = m.captured(1).toInt();
    const int end = m.captured(2).toInt();
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    LedgerRepository ledger(*db);
    CreditRules rules;
    if (ctx.has("rules")) {
        rules = creditRulePreset(ctx.value("rules"));
        if (rules.id != ctx.value("rules")) {
            QStringList ids;
            for (const CreditRules& r : creditRulePresets())
                ids << r.id;
            return ctx.usage(
                Cli::tr("没有学分规则「%1」；可用：%2").arg(ctx.value("rules"), ids.join(QStringLiteral(", "))));
        }
    } else {
        auto chosen = ledger.creditRules(ctx.value("district"));
        if (!chosen)
            return ctx.reject(chosen.error());
        rules = chosen.value();
    }
    if (end - start + 1 != rules.cycleYears || rules.cycleStartOf(start) != start)
        return ctx.usage(Cli::tr("「%1」不是学分规则「%2」的周期（每 %3 年，自 %4 年起）")
                             .arg(ctx.value("cycle"), rules.name)
                             .arg(rules.cycleYears)
                             .arg(rules.cycleFirstYear));
    LedgerScope scope;
    QString unitName;
    if (ctx.has("unit")) {
        unitName = ctx.value("unit").trimmed();
        auto units = UnitRepository(*db).units();
        if (!units)
            return ctx.reject(units.error());
        for (const Unit& u : units.value())
            if (u.name == unitName || u.shortName == unitName)
                scope.unitId = u.id;
        if (scope.unitId == 0)
            return ctx.reject(Error(Cli::tr("没有名为「%1」的单位").arg(unitName)));
    }
    const bool below = ctx.has("below");
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    if (ctx.has("orientation")) {
        if (ctx.value("orientation") == QStringLiteral("landscape"))
            orientation = QPageLayout::Landscape;
        else if (ctx.value("orientation") != QStringLiteral("portrait"))
            return ctx.usage(Cli::tr("--orientation 的值「%1」无效；可用：portrait（纵向）、landscape（横向）")
                                 .arg(ctx.value("orientation")));
    }
    if ((ctx.has("orientation") || ctx.has("issuer") || ctx.has("progress")) && !ctx.has("output"))
        return ctx.usage(Cli::tr("--orientation、--issuer 和 --progress 只用于 --output 写出的 PDF"));
    if (ctx.has("output") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.reject(Error(Cli::tr("写出 PDF 需要字体（QGuiApplication），当前进程没有")));
    auto rows = ledger.report(rules, start, ctx.today(), scope, below);
    if (!rows)
        return ctx.reject(rows.error());

    // 学分统计表 as a PDF: the school's (or the district's, with a 单位 column) teachers and their status.
    if (ctx.has("output")) {
        CreditReportOptions options;
        options.district = ctx.value("district");
        options.unitName = unitName;
        options.rules = rules;
        options.cycleStart = start;
        options.asOf = ctx.today();
        options.belowOnly = below;
        options.issuer = ctx.value("issuer");
        options.page = PageSetup::defaults(orientation);
        CreditReportDocument document(rows.value(), options);
        // A district's report takes tens of seconds: how far it got, on stderr (CliProgress.h).
        CliProgress progress(CliProgress::modeFor(ctx.has("progress")), [](const QByteArray& bytes) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
        });
        document.setProgress(ProgressOptions { &progress });
        const QString output = ctx.value("output");
        const Status written = document.writePdf(output);
        progress.finish();
        document.setProgress({});
        if (!written)
            return ctx.reject(written.error());
        if (ctx.json())
            ctx.printJson(
                QJsonObject { { QStringLiteral("output"), output }, { QStringLiteral("pages"), document.pageCount() },
                    { QStringLiteral("count"), rows->size() }, { QStringLiteral("summary"), document.summary() } });
        else
            ctx.print(Cli::tr("已写出「%1」到 %2（%3 页）；%4\n")
                          .arg(document.title(), output)
                          .arg(document.pageCount())
                          .arg(document.summary()));
        return ExitSuccess;
    }

    if (ctx.json()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("cycle"),
            QJsonObject { { QStringLiteral("start"), start }, { QStringLiteral("end"), end } });
        doc.insert(QStringLiteral("rules"),
            QJsonObject { { QStringLiteral("id"), rules.id }, { QStringLiteral("name"), rules.name },
                { QStringLiteral("source"), rules.source } });
        doc.insert(QStringLiteral("today"), ctx.today().toString(Qt::ISODate));
        doc.insert(QStringLiteral("unit"), unitName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(unitName));
        doc.insert(QStringLiteral("below_only"), below);
        QJsonArray teachers;
        for (const TeacherCreditRow& r : rows.value()) {
            QJsonArray requirements;
            for (const RequirementStatus& s : r.status.requirements)
                requirements.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("label"), s.label },
                    { QStringLiteral("measure"), creditMeasureName(s.measure) },
                    { QStringLiteral("year"), s.year > 0 ? QJsonValue(s.year) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("earned"), s.earned }, { QStringLiteral("minimum"), s.minimum },
                    { QStringLiteral("missing"), s.missing }, { QStringLiteral("status"), creditStateName(s.state) } });
            const CreditAmount total = r.totals.total();
            teachers.append(QJsonObject { { QStringLiteral("staff_number"), r.teacher.staffNumber },
                { QStringLiteral("name"), r.teacher.name }, { QStringLiteral("unit"), r.teacher.unitName },
                { QStringLiteral("total_credits"), total.credits }, { QStringLiteral("total_hours"), total.hours },
                { QStringLiteral("status"), creditStateName(r.status.overall) },
                { QStringLiteral("below"), r.status.below }, { QStringLiteral("requirements"), requirements } });
        }
        doc.insert(QStringLiteral("teachers"), teachers);
        doc.insert(QStringLiteral("count"), teachers.size());
        ctx.printJson(doc);
        return ExitSuccess;
    }
    QString s
        = Cli::tr("%1–%2 周期，学分规则「%3」，以 %4 为今天%5\n")
              .arg(start)
              .arg(end)
              .arg(rules.name, ctx.today().toString(Qt::ISODate), below ? Cli::tr("，只列未达要求者") : QString());
    for (const TeacherCreditRow& r : rows.value()) {
        QStringList parts;
        for (const RequirementStatus& st : r.status.requirements) {
            const QString label = st.year > 0 ? QStringLiteral("%1%2").arg(st.label).arg(st.year) : st.label;
            QString part = QStringLiteral("%1 %2/%3%4")
                               .arg(label, formatCreditAmount(st.earned), formatCreditAmount(st.minimum),
                                   creditMeasureLabel(st.measure));
            if (st.missing > 0)
                part += Cli::tr("（差 %1）").arg(formatCreditAmount(st.missing));
            parts << part;
        }
        s += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                 .arg(r.teacher.staffNumber, r.teacher.name, r.teacher.unitName, creditStateLabel(r.status.overall),
                     parts.join(QStringLiteral("；")));
    }
    s += Cli::tr("共 %1 人\n").arg(rows->size());
    ctx.print(s);
    return ExitSuccess;
}

int runExternalImport(CommandContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    const QString file = ctx.positional().first();
    auto result = RegistrationService(*db).importExternalCreditsFile(file, ctx.value("encoding"), ctx.today());
    QJsonObject doc;
    if (const auto rejected = ctx.rejectedImport(result, file, &doc))
        return *rejected;
    if (ctx.json()) {
        QJsonArray ids; // only for --json: 100,000 ids are not built to be dropped
        for (qint64 id : result->registrationIds)
            ids.append(id);
        doc.insert(QStringLiteral("imported"), result->registrationIds.size());
        doc.insert(QStringLiteral("registrations"), ids);
        ctx.printJson(doc);
    } else
        ctx.print(Cli::tr("已导入 %1 条外部学分（%2，%3）\n")
                      .arg(result->registrationIds.size())
                      .arg(file, result->encoding));
    return ExitSuccess;
}

// A level or kind as the user types it: the label (国家级, 集中培训), the stable name, or what a plan says.
std::optional<TrainingLevel> levelOption(const QString& text)
{
    if (auto l = trainingLevelFromName(text.trimmed()))
        return l;
    return trainingLevelFromText(text);
}

std::optional<TrainingKind> kindOption(const QString& text)
{
    if (auto k = trainingKindFromName(text.trimmed()))
        return k;
    return trainingKindFromText(text);
}

// A non-negative number of --credits/--hours; false (after the usage message) when it is not one.
bool amountOption(CommandContext& ctx, const char* name, double* value, int* code)
{
    *value = 0;
    if (!ctx.has(name))
        return true;
    bool ok = false;
    *value = ctx.value(name).trimmed().toDouble(&ok);
    if (!ok || *value < 0) {
        *code = ctx.usage(Cli::tr("--%1 的值「%2」应为非负的数").arg(QString::fromLatin1(name), ctx.value(name)));
        return false;
    }
    return true;
}

int runExternalAdd(CommandContext& ctx)
{
    static const QRegularExpression yearPattern(QStringLiteral("^\\d{4}$"));
    if (!yearPattern.match(ctx.value("year")).hasMatch())
        return ctx.usage(Cli::tr("需要 --year 年度（四位数）"));
    const auto level = levelOption(ctx.value("level"));
    if (!level)
        return ctx.usage(Cli::tr("--level 的值「%1」应为 国家级、省级、市级、区县级 或 校级").arg(ctx.value("level")));
    const auto kind = kindOption(ctx.value("kind"));
    if (!kind)
        return ctx.usage(Cli::tr("--kind 的值「%1」应为 集中、网络、校本 或 实践").arg(ctx.value("kind")));
    if (!ctx.has("credits"))
        return ctx.usage(Cli::tr("需要 --credits 学分"));
    int code = ExitSuccess;
    ExternalCredit c;
    if (!amountOption(ctx, "credits", &c.credits, &code) || !amountOption(ctx, "hours", &c.hours, &code))
        return code;
    c.title = ctx.value("title").trimmed();
    c.source = ctx.value("source").trimmed();
    if (c.title.isEmpty())
        return ctx.usage(Cli::tr("需要 --title 培训名称"));
    if (c.source.isEmpty())
        return ctx.usage(Cli::tr("需要 --source 来源（例如 国培、市培、省平台）"));
    const auto teacher = ctx.teacher(&code);
    if (!teacher)
        return code;
    c.teacherId = teacher->id;
    c.year = ctx.value("year").toInt();
    c.level = *level;
    c.kind = *kind;
    auto id = RegistrationService(*ctx.database())
                  .addExternalCredit(c, Cli::tr("%1：%2").arg(c.source, c.title), ctx.today());
    if (!id)
        return ctx.reject(id.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("registration"), id.value() },
            { QStringLiteral("teacher"), teacherJson(*teacher) }, { QStringLiteral("credits"), c.credits },
            { QStringLiteral("hours"), c.hours } });
    else
        ctx.print(Cli::tr("已登记 %1 %2 的外部学分 %3（%4 %5，%6），登记编号 %7\n")
                      .arg(teacher->staffNumber, teacher->name, formatCreditAmount(c.credits),
                          trainingLevelLabel(c.level), trainingKindLabel(c.kind), c.title)
                      .arg(id.value()));
    return ExitSuccess;
}

int runCreditsReverse(CommandContext& ctx)
{
    bool ok = false;
    const qint64 id = ctx.positional().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(Cli::tr("登记编号「%1」应为正整数（见 credits history）").arg(ctx.positional().first()));
    if (ctx.value("reason").trimmed().isEmpty())
        return ctx.usage(Cli::tr("撤销学分登记需要 --reason 说明原因"));
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto reversal = RegistrationService(*db).reverse(id, ctx.value("reason").trimmed(), ctx.today());
    if (!reversal)
        return ctx.reject(reversal.error());
    if (ctx.json())
        ctx.printJson(
            QJsonObject { { QStringLiteral("reversed"), id }, { QStringLiteral("registration"), reversal.value() } });
    else
        ctx.print(Cli::tr("已撤销学分登记 %1（撤销记录编号 %2）\n").arg(id).arg(reversal.value()));
    return ExitSuccess;
}

int runCreditsHistory(CommandContext& ctx)
{
    int code = ExitSuccess;
    const auto teacher = ctx.teacher(&code);
    if (!teacher)
        return code;
    Database* db = ctx.database();
    auto list = LedgerRepository(*db).registrations(teacher->id);
    if (!list)
        return ctx.reject(list.error());
    // What each registration is for: the project of its enrollment, or the training earned elsewhere.
    auto what = [](const CreditRegistration& r) -> QString {
        if (r.enrollmentId && r.projectSeq > 0)
            return Cli::tr("第 %1 项 %2").arg(r.projectSeq).arg(r.title);
        if (r.enrollmentId)
            return Cli::tr("参训记录 %1").arg(r.enrollmentId);
        if (r.title.isEmpty())
            return Cli::tr("外部学分");
        return r.source.isEmpty() ? r.title : Cli::tr("%1（%2）").arg(r.title, r.source);
    };
    CreditAmount total;
    for (const CreditRegistration& r : list.value())
        total += CreditAmount { r.credits, r.hours };
    if (ctx.json()) {
        QJsonArray rows;
        for (const CreditRegistration& r : list.value())
            rows.append(QJsonObject { { QStringLiteral("id"), r.id },
                { QStringLiteral("registered_on"), r.registeredOn.toString(Qt::ISODate) },
                { QStringLiteral("actor"), r.actor }, { QStringLiteral("year"), r.year },
                { QStringLiteral("level"), trainingLevelName(r.level) },
                { QStringLiteral("kind"), trainingKindName(r.kind) }, { QStringLiteral("credits"), r.credits },
                { QStringLiteral("hours"), r.hours },
                { QStringLiteral("enrollment"), r.enrollmentId ? QJsonValue(r.enrollmentId) : QJsonValue() },
                { QStringLiteral("external"), r.externalCreditId ? QJsonValue(r.externalCreditId) : QJsonValue() },
                { QStringLiteral("for"), what(r) }, { QStringLiteral("reason"), r.reason },
                { QStringLiteral("reversal_of"), r.reversalOf ? QJsonValue(r.reversalOf) : QJsonValue() },
                { QStringLiteral("reversed"), r.reversed } });
        QJsonObject doc { { QStringLiteral("teacher"), teacherJson(*teacher) },
            { QStringLiteral("registrations"), rows }, { QStringLiteral("total_credits"), total.credits },
            { QStringLiteral("total_hours"), total.hours } };
        ctx.printJson(doc);
        return ExitSuccess;
    }
    QString s = Cli::tr("%1 %2（%3）的学分登记\n").arg(teacher->staffNumber, teacher->name, teacher->unitName);
    s += Cli::tr("编号\t登记日期\t登记人\t年度\t级别\t形式\t学分\t学时\t项目/来源\t说明\t状态\n");
    for (const CreditRegistration& r : list.value()) {
        const QString state
            = r.reversalOf ? Cli::tr("撤销第 %1 条").arg(r.reversalOf) : (r.reversed ? Cli::tr("已撤销") : QString());
        s += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t")
                 .arg(QString::number(r.id), r.registeredOn.toString(Qt::ISODate), r.actor, QString::number(r.year),
                     trainingLevelLabel(r.level), trainingKindLabel(r.kind), formatCreditAmount(r.credits),
                     formatCreditAmount(r.hours), what(r))
            + r.reason + QLatin1Char('\t') + state + QLatin1Char('\n');
    }
    s += Cli::tr("共 %1 条，合计 %2 学分、%3 学时\n")
             .arg(list->size())
             .arg(formatCreditAmount(total.credits), formatCreditAmount(total.hours));
    ctx.print(s);
    return ExitSuccess;
}

} // namespace

QList<Command> creditCommands()
{
    return {
        { QStringLiteral("credits register"),
            QStringLiteral("credits register --year YEAR --project SEQ --reason TEXT [--district NAME] [--complete]"),
            Cli::tr("学分登记：为该项目结业的参训记录登记学分（--complete 先把录取、报到的记录设为结业）"),
            projectOptions() << QList<QCommandLineOption> { valueOption("reason", "TEXT"), flagOption("complete") }, {},
            true, Command::Fonts::Never, runCreditsRegister },
        { QStringLiteral("credits external import"), QStringLiteral("credits external import FILE [--encoding NAME]"),
            Cli::tr("导入外部学分（国培、市培、省平台记录；CSV：工号、姓名、年度、级别、形式、学分、学时、培训名称、来"
                    "源）；"
                    "有错误时报告行列和值，不导入任何记录"),
            { valueOption("encoding", "NAME") }, { QStringLiteral("FILE") }, false, Command::Fonts::Never,
            runExternalImport },
        { QStringLiteral("credits external add"),
            QStringLiteral("credits external add --staff NUMBER --year YEAR --level LEVEL --kind KIND --credits C "
                           "[--hours H] --title TEXT --source TEXT"),
            Cli::tr("登记一条外部学分（级别：国家级/省级/市级/区县级/校级；形式：集中/网络/校本/实践）"),
            { valueOption("staff", "NUMBER"), valueOption("year", "YEAR"), valueOption("level", "LEVEL"),
                valueOption("kind", "KIND"), valueOption("credits", "C"), valueOption("hours", "H"),
                valueOption("title", "TEXT"), valueOption("source", "TEXT") },
            {}, false, Command::Fonts::Never, runExternalAdd },
        { QStringLiteral("credits reverse"), QStringLiteral("credits reverse REGISTRATION_ID --reason TEXT"),
            Cli::tr("撤销一次学分登记（记一条负数登记，原登记保留）；之后可重新登记"),
            { valueOption("reason", "TEXT") }, { QStringLiteral("REGISTRATION_ID") }, false, Command::Fonts::Never,
            runCreditsReverse },
        { QStringLiteral("credits history"), QStringLiteral("credits history --staff NUMBER"),
            Cli::tr(
                "教师的学分登记记录：登记编号、日期、登记人、年度、级别、形式、学分、学时、项目或来源、说明、是否撤销"),
            { valueOption("staff", "NUMBER") }, {}, false, Command::Fonts::Never, runCreditsHistory },
        { QStringLiteral("credits"),
            QStringLiteral("credits --cycle 2021-2025 [--unit NAME] [--below] [--district NAME] [--rules PRESET] "
                           "[--output FILE.pdf [--orientation portrait|landscape] [--issuer TEXT] [--progress]]"),
            Cli::tr(
                "每位教师本周期的学分：各项要求的累计、状态（已达标/进度正常/有风险/未达标）；--below 只列未达要求者；"
                "--output 写出学分统计表 PDF（A4，表头每页重复，末尾汇总各状态人数、落款与日期；在终端上于标准错误"
                "显示进度，--progress 则总是逐行显示）"),
            { valueOption("cycle", "CYCLE"), valueOption("unit", "NAME"), flagOption("below"),
                valueOption("district", "NAME"), valueOption("rules", "PRESET"), valueOption("output", "FILE"),
                valueOption("orientation", "ORIENTATION"), valueOption("issuer", "TEXT"), flagOption("progress") },
            {}, false, Command::Fonts::WithOutput, runCredits },
    };
}

} // namespace tp::cli
