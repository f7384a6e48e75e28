#include "Commands.h"

#include "AuditQuery.h"
#include "CommandContext.h"
#include "Database.h"
#include "JsonOutput.h"
#include "PlanDiffDocument.h"
#include "PlanRepository.h"
#include "PlanWorkflowService.h"
#include "UnitRepository.h"
#include "WorkflowRepository.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

// A plan's life in trainplan-cli (issue 12): plan submit|approve|return|start|complete|revise, change request,
// change approve|reject, cancel, history, diff, audit, and the unit directory (units list|add|alias|merge).

namespace tp::cli {

namespace {

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString actorOf(CommandContext& ctx)
{
    Database* db = ctx.database();
    return db ? db->actor() : QString();
}

QJsonObject requestJson(const PlanChangeRequest& r)
{
    return QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("project_id"), r.projectId },
        { QStringLiteral("seq"), r.seq }, { QStringLiteral("name"), r.projectName },
        { QStringLiteral("kind"), changeKindName(r.kind) },
        { QStringLiteral("field"), r.field ? QJsonValue(changeFieldName(*r.field)) : QJsonValue() },
        { QStringLiteral("from"), r.from }, { QStringLiteral("to"), r.to }, { QStringLiteral("reason"), r.reason },
        { QStringLiteral("effective"), iso(r.effective) }, { QStringLiteral("due"), iso(r.due) },
        { QStringLiteral("late"), r.late }, { QStringLiteral("late_explanation"), r.lateExplanation },
        { QStringLiteral("filed_on"), iso(r.filedOn) }, { QStringLiteral("filed_by"), r.filedBy },
        { QStringLiteral("status"), changeStatusName(r.status) }, { QStringLiteral("decided_on"), iso(r.decidedOn) },
        { QStringLiteral("decided_by"), r.decidedBy }, { QStringLiteral("note"), r.decisionNote } };
}

QString requestText(const PlanChangeRequest& r)
{
    if (r.kind == ChangeKind::Cancel)
        return Cli::tr("申请 %1：第 %2 项「%3」取消（%4），%5\n")
            .arg(r.id)
            .arg(r.seq)
            .arg(r.projectName, r.reason, changeStatusLabel(r.status));
    return Cli::tr("申请 %1：第 %2 项「%3」%4：%5 → %6，%7%8\n")
        .arg(r.id)
        .arg(r.seq)
        .arg(r.projectName, r.field ? changeFieldLabel(*r.field) : QString(), r.from, r.to, changeStatusLabel(r.status),
            r.due.isValid() ? Cli::tr("（最迟 %1 报批）").arg(iso(r.due)) : QString());
}

int runPlanAction(CommandContext& ctx, PlanAction action)
{
    int code = ExitSuccess;
    const auto plan = ctx.plan(&code);
    if (!plan)
        return code;
    PlanActionInput input { actorOf(ctx), ctx.today(), ctx.value("doc"), ctx.value("reason") };
    auto status = PlanWorkflowService(*ctx.database()).act(plan->id, action, input);
    if (!status)
        return ctx.reject(status.error());
    auto versions = WorkflowRepository(*ctx.database()).versions(plan->id);
    if (!versions)
        return ctx.reject(versions.error());
    const int version = versions->isEmpty() ? 0 : versions->last().version;
    if (ctx.json()) {
        QJsonObject doc { { QStringLiteral("plan"), planJson(*plan) },
            { QStringLiteral("action"), planActionName(action) },
            { QStringLiteral("from"), planStatusName(plan->status) },
            { QStringLiteral("status"), planStatusName(*status) },
            { QStringLiteral("status_label"), planStatusLabel(*status) }, { QStringLiteral("by"), input.actor },
            { QStringLiteral("on"), iso(input.on) }, { QStringLiteral("version"), version } };
        ctx.printJson(doc);
        return ExitSuccess;
    }
    QString text = Cli::tr("%1 %2 年度计划：%3 → %4")
                       .arg(plan->district)
                       .arg(plan->year)
                       .arg(planStatusLabel(plan->status), planStatusLabel(*status));
    if (action == PlanAction::Approve)
        text += Cli::tr("（%1，第 %2 版）").arg(input.docNumber).arg(version);
    ctx.print(text + QLatin1Char('\n'));
    return ExitSuccess;
}

int runPlanSubmit(CommandContext& ctx)
{
    return runPlanAction(ctx, PlanAction::Submit);
}
int runPlanApprove(CommandContext& ctx)
{
    return runPlanAction(ctx, PlanAction::Approve);
}
int runPlanReturn(CommandContext& ctx)
{
    return runPlanAction(ctx, PlanAction::Return);
}
int runPlanStart(CommandContext& ctx)
{
    return runPlanAction(ctx, PlanAction::Start);
}
int runPlanComplete(CommandContext& ctx)
{
    return runPlanAction(ctx, PlanAction::Complete);
}
int runPlanRevise(CommandContext& ctx)
{
    return runPlanAction(ctx, PlanAction::Revise);
}

bool projectSeq(CommandContext& ctx, int* seq, int* code)
{
    bool ok = false;
    *seq = ctx.value("project").toInt(&ok);
    if (!ok || *seq <= 0) {
        *code = ctx.usage(Cli::tr("--project 的值「%1」应为项目序号（正整数）").arg(ctx.value("project")));
        return false;
    }
    return true;
}

int printOutcome(CommandContext& ctx, const ChangeOutcome& outcome, const QString& said)
{
    if (ctx.json()) {
        QJsonObject doc { { QStringLiteral("request"), requestJson(outcome.request) },
            { QStringLiteral("applied"), outcome.applied } };
        ctx.printJson(doc);
        return ExitSuccess;
    }
    ctx.print(said + requestText(outcome.request));
    return ExitSuccess;
}

int runChangeRequest(CommandContext& ctx)
{
    int code = ExitSuccess;
    int seq = 0;
    if (!projectSeq(ctx, &seq, &code))
        return code;
    const auto field = changeFieldFromText(ctx.value("field"));
    if (!field) {
        QStringList names;
        for (ChangeField f : allChangeFields())
            names << changeFieldName(f);
        return ctx.usage(Cli::tr("--field 的值「%1」不是可调整的项（%2）")
                             .arg(ctx.value("field"), names.join(QStringLiteral(", "))));
    }
    const auto plan = ctx.plan(&code);
    if (!plan)
        return code;
    auto outcome = PlanWorkflowService(*ctx.database())
                       .requestChange(plan->id, seq, *field, ctx.value("to"), ctx.value("reason"),
                           ctx.value("late-explanation"), ctx.today(), actorOf(ctx));
    if (!outcome)
        return ctx.reject(outcome.error());
    return printOutcome(ctx, *outcome, Cli::tr("已提出调整申请，待批复。\n"));
}

int runCancel(CommandContext& ctx)
{
    int code = ExitSuccess;
    int seq = 0;
    if (!projectSeq(ctx, &seq, &code))
        return code;
    const auto plan = ctx.plan(&code);
    if (!plan)
        return code;
    auto outcome = PlanWorkflowService(*ctx.database())
                       .requestCancellation(plan->id, seq, ctx.value("explanation"), ctx.today(), actorOf(ctx));
    if (!outcome)
        return ctx.reject(outcome.error());
    return printOutcome(ctx, *outcome,
        outcome->applied ? Cli::tr("计划尚未批复，项目已取消。\n") : Cli::tr("已提出取消申请，待批复。\n"));
}

int runChangeDecide(CommandContext& ctx, bool approve)
{
    bool ok = false;
    const qint64 id = ctx.positional().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(Cli::tr("申请编号「%1」应为正整数").arg(ctx.positional().value(0)));
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto outcome = PlanWorkflowService(*db).decide(id, approve, ctx.today(), db->actor(), ctx.value("note"));
    if (!outcome)
        return ctx.reject(outcome.error());
    return printOutcome(ctx, *outcome, approve ? Cli::tr("已批准并生效。\n") : Cli::tr("未批准。\n"));
}

int runChangeApprove(CommandContext& ctx)
{
    return runChangeDecide(ctx, true);
}
int runChangeReject(CommandContext& ctx)
{
    return runChangeDecide(ctx, false);
}

int runChangeList(CommandContext& ctx)
{
    int code = ExitSuccess;
    const auto plan = ctx.plan(&code);
    if (!plan)
        return code;
    auto list = WorkflowRepository(*ctx.database()).requests(plan->id);
    if (!list)
        return ctx.reject(list.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const PlanChangeRequest& r : *list)
            a.append(requestJson(r));
        ctx.printJson(QJsonObject { { QStringLiteral("plan"), planJson(*plan) }, { QStringLiteral("requests"), a } });
        return ExitSuccess;
    }
    QString s;
    for (const PlanChangeRequest& r : *list)
        s += requestText(r);
    ctx.print(s.isEmpty() ? Cli::tr("没有调整申请\n") : s);
    return ExitSuccess;
}

int runHistory(CommandContext& ctx)
{
    int code = ExitSuccess;
    const auto plan = ctx.plan(&code);
    if (!plan)
        return code;
    qint64 projectId = 0;
    if (ctx.has("project")) {
        projectId = ctx.project(&code);
        if (!projectId)
            return code;
    }
    PlanWorkflowService service(*ctx.database());
    auto events = service.history(plan->id, projectId);
    if (!events)
        return ctx.reject(events.error());
    auto versions = WorkflowRepository(*ctx.database()).versions(plan->id);
    if (!versions)
        return ctx.reject(versions.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const HistoryEvent& e : *events)
            list.append(QJsonObject { { QStringLiteral("on"), iso(e.on) }, { QStringLiteral("kind"), e.kind },
                { QStringLiteral("by"), e.who }, { QStringLiteral("text"), e.text },
                { QStringLiteral("version"), e.version }, { QStringLiteral("request"), e.requestId } });
        QJsonArray vs;
        for (const PlanVersionInfo& v : *versions)
            vs.append(QJsonObject { { QStringLiteral("version"), v.version },
                { QStringLiteral("approved_on"), iso(v.approvedOn) }, { QStringLiteral("approved_by"), v.approvedBy },
                { QStringLiteral("doc_number"), v.docNumber } });
        ctx.printJson(QJsonObject { { QStringLiteral("plan"), planJson(*plan) },
            { QStringLiteral("status"), planStatusName(plan->status) }, { QStringLiteral("versions"), vs },
            { QStringLiteral("events"), list } });
        return ExitSuccess;
    }
    QString s
        = Cli::tr("%1 %2 年度计划（%3）\n").arg(plan->district).arg(plan->year).arg(planStatusLabel(plan->status));
    for (const HistoryEvent& e : *events)
        s += QStringLiteral("%1  %2  %3\n").arg(iso(e.on), e.who, e.text);
    ctx.print(s);
    return ExitSuccess;
}

// 计划调整一览表 as a PDF (--output): every changed cell, added and cancelled project and pending request, with its
// reason, the day it was filed and who approved it when.
int writeAdjustmentList(CommandContext& ctx, const Plan& plan)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.reject(Error(Cli::tr("写出 PDF 需要字体（QGuiApplication），当前进程没有")));
    auto adjustments = PlanWorkflowService(*ctx.database()).adjustments(plan.id);
    if (!adjustments)
        return ctx.reject(adjustments.error());
    PlanDiffOptions options;
    options.version = adjustments->version;
    options.docNumber = adjustments->docNumber;
    options.approvedOn = adjustments->approvedOn;
    const PlanDiffDocument document(plan, adjustments->lines, options);
    const QString output = ctx.value("output");
    if (Status written = document.writePdf(output); !written)
        return ctx.reject(written.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("plan"), planJson(plan) },
            { QStringLiteral("version"), adjustments->version },
            { QStringLiteral("output"), QFileInfo(output).absoluteFilePath() },
            { QStringLiteral("pages"), document.pageCount() }, { QStringLiteral("lines"), adjustments->lines.size() },
            { QStringLiteral("summary"), document.summary() } });
    else
        ctx.print(Cli::tr("已写出「%1」到 %2（%3 页）；%4\n")
                      .arg(document.title(), output)
                      .arg(document.pageCount())
                      .arg(document.summary()));
    return ExitSuccess;
}

int runDiff(CommandContext& ctx)
{
    int code = ExitSuccess;
    const auto plan = ctx.plan(&code);
    if (!plan)
        return code;
    if (ctx.has("output"))
        return writeAdjustmentList(ctx, *plan);
    auto diff = PlanWorkflowService(*ctx.database()).diff(plan->id);
    if (!diff)
        return ctx.reject(diff.error());
    auto version = WorkflowRepository(*ctx.database()).latestVersion(plan->id);
    if (!version)
        return ctx.reject(version.error());
    const int v = version->has_value() ? (*version)->version : 0;
    if (ctx.json()) {
        QJsonArray list;
        for (const ProjectDiff& d : *diff) {
            QJsonArray cells;
            for (const CellChange& c : d.cells)
                cells.append(QJsonObject { { QStringLiteral("field"), changeFieldName(c.field) },
                    { QStringLiteral("label"), changeFieldLabel(c.field) }, { QStringLiteral("before"), c.before },
                    { QStringLiteral("after"), c.after } });
            list.append(QJsonObject { { QStringLiteral("kind"), diffKindName(d.kind) },
                { QStringLiteral("seq"), d.seq }, { QStringLiteral("project_id"), d.projectId },
                { QStringLiteral("name"), d.name }, { QStringLiteral("cells"), cells } });
        }
        ctx.printJson(QJsonObject { { QStringLiteral("plan"), planJson(*plan) }, { QStringLiteral("version"), v },
            { QStringLiteral("projects"), list } });
        return ExitSuccess;
    }
    QString s = Cli::tr("与第 %1 版（已批复）相比：\n").arg(v);
    for (const ProjectDiff& d : *diff) {
        s += Cli::tr("%1 第 %2 项「%3」\n").arg(diffKindLabel(d.kind)).arg(d.seq).arg(d.name);
        for (const CellChange& c : d.cells)
            s += Cli::tr("    %1：%2 → %3\n").arg(changeFieldLabel(c.field), c.before, c.after);
    }
    if (diff->isEmpty())
        s += Cli::tr("没有变化\n");
    ctx.print(s);
    return ExitSuccess;
}

int runAudit(CommandContext& ctx)
{
    if (ctx.has("trail"))
        return runServerTrail(ctx); // the server's own trail (ServerCommands.cpp)
    AuditFilter filter;
    if (ctx.has("since")) {
        filter.since = QDate::fromString(ctx.value("since"), Qt::ISODate);
        if (!filter.since.isValid())
            return ctx.usage(Cli::tr("--since 的值「%1」应为日期 YYYY-MM-DD").arg(ctx.value("since")));
    }
    filter.actor = ctx.value("actor").trimmed();
    int code = ExitSuccess;
    if (ctx.has("year")) {
        bool ok = false;
        const int year = ctx.value("year").toInt(&ok);
        if (!ok || year < 1949 || year > 2200)
            return ctx.usage(Cli::tr("--year 的值「%1」不是有效的年度（1949–2200 的四位数）").arg(ctx.value("year")));
        ctx.setYear(year);
        const auto plan = ctx.plan(&code);
        if (!plan)
            return code;
        filter.planId = plan->id;
        if (ctx.has("project")) {
            filter.projectId = ctx.project(&code);
            if (!filter.projectId)
                return code;
        }
    }
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto entries = readAudit(*db, filter);
    if (!entries)
        return ctx.reject(entries.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const AuditEntry& e : *entries)
            list.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("at"), e.at },
                { QStringLiteral("actor"), e.actor }, { QStringLiteral("entity"), e.entity },
                { QStringLiteral("entity_id"), e.entityId }, { QStringLiteral("action"), e.action },
                { QStringLiteral("field"), e.field }, { QStringLiteral("old"), e.oldValue },
                { QStringLiteral("new"), e.newValue }, { QStringLiteral("operation"), e.operation } });
        ctx.printJson(QJsonObject { { QStringLiteral("entries"), list } });
        return ExitSuccess;
    }
    QString s;
    for (const AuditEntry& e : *entries)
        s += QStringLiteral("%1  %2  %3 %4 %5 %6%7\n")
                 .arg(e.at, e.actor, e.entity)
                 .arg(e.entityId)
                 .arg(e.action, e.field,
                     e.oldValue.isEmpty() && e.newValue.isEmpty()
                         ? QString()
                         : QStringLiteral("  %1 → %2").arg(e.oldValue.left(80), e.newValue.left(80)));
    ctx.print(s.isEmpty() ? Cli::tr("审计日志中没有符合条件的记录\n") : s);
    return ExitSuccess;
}

// ---- units ---------------------------------------------------------------------------------------------

QJsonObject unitJson(const Unit& u)
{
    return QJsonObject { { QStringLiteral("id"), u.id }, { QStringLiteral("name"), u.name },
        { QStringLiteral("kind"), unitKindName(u.kind) }, { QStringLiteral("kind_label"), unitKindLabel(u.kind) },
        { QStringLiteral("listed"), u.listed }, { QStringLiteral("aliases"), QJsonArray::fromStringList(u.aliases) } };
}

int runUnitsList(CommandContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto units = UnitRepository(*db).units();
    if (!units)
        return ctx.reject(units.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const Unit& u : *units)
            list.append(unitJson(u));
        ctx.printJson(QJsonObject { { QStringLiteral("units"), list } });
        return ExitSuccess;
    }
    QString s;
    for (const Unit& u : *units) {
        s += QStringLiteral("%1\t%2").arg(u.name, unitKindLabel(u.kind));
        if (!u.aliases.isEmpty())
            s += Cli::tr("\t别名：%1").arg(u.aliases.join(QStringLiteral("、")));
        if (!u.listed)
            s += Cli::tr("\t（不在单位名录中）");
        s += QLatin1Char('\n');
    }
    ctx.print(s);
    return ExitSuccess;
}

int runUnitsAdd(CommandContext& ctx)
{
    UnitKind kind = UnitKind::Other;
    const QString name = ctx.positional().value(0);
    if (ctx.has("kind")) {
        const auto typed = unitKindFromText(ctx.value("kind"));
        if (!typed)
            return ctx.usage(Cli::tr("--kind 的值「%1」不是单位类别；应为 %2 之一（也可写 training_school 等英文名）")
                                 .arg(ctx.value("kind"), unitKindLabels().join(Cli::tr("、"))));
        kind = *typed;
    } else {
        kind = guessUnitKind(name);
    }
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto unit = UnitRepository(*db).addUnit(name, kind);
    if (!unit)
        return ctx.reject(unit.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("unit"), unitJson(*unit) } });
    else
        ctx.print(Cli::tr("已添加到单位名录：%1（%2）\n").arg(unit->name, unitKindLabel(unit->kind)));
    return ExitSuccess;
}

int runUnitsAlias(CommandContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    const QString unit = ctx.positional().value(0);
    const QString alias = ctx.positional().value(1);
    if (Status s = UnitRepository(*db).addAlias(unit, alias); !s)
        return ctx.reject(s.error());
    if (ctx.json())
        ctx.printJson(
            QJsonObject { { QStringLiteral("unit"), unit.trimmed() }, { QStringLiteral("alias"), alias.trimmed() } });
    else
        ctx.print(Cli::tr("「%1」是「%2」的别名\n").arg(alias.trimmed(), unit.trimmed()));
    return ExitSuccess;
}

int runUnitsMerge(CommandContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    const QString from = ctx.positional().value(0);
    const QString into = ctx.positional().value(1);
    if (Status s = UnitRepository(*db).mergeUnits(from, into); !s)
        return ctx.reject(s.error());
    if (ctx.json())
        ctx.printJson(
            QJsonObject { { QStringLiteral("from"), from.trimmed() }, { QStringLiteral("into"), into.trimmed() } });
    else
        ctx.print(Cli::tr("已将「%1」合并到「%2」\n").arg(from.trimmed(), into.trimmed()));
    return ExitSuccess;
}

QList<QCommandLineOption> planOptions()
{
    return { valueOption("year", "YEAR"), valueOption("district", "NAME") };
}

} // namespace

QList<Command> workflowCommands()
{
    const auto withPlan = [](QList<QCommandLineOption> extra) { return planOptions() << extra; };
    return {
        { QStringLiteral("plan submit"), QStringLiteral("plan submit --year YEAR [--district NAME]"),
            Cli::tr("报审：把计划报区教委审批"), withPlan({}), {}, true, Command::Fonts::Never, runPlanSubmit },
        { QStringLiteral("plan approve"), QStringLiteral("plan approve --year YEAR --doc NUMBER [--district NAME]"),
            Cli::tr("批复：计划成为已批复的一版（第 1、2…版），此后调整须提出申请"),
            withPlan({ valueOption("doc", "文号") }), {}, true, Command::Fonts::Never, runPlanApprove },
        { QStringLiteral("plan return"), QStringLiteral("plan return --year YEAR --reason TEXT [--district NAME]"),
            Cli::tr("退回修改，写明原因"), withPlan({ valueOption("reason", "TEXT") }), {}, true, Command::Fonts::Never,
            runPlanReturn },
        { QStringLiteral("plan start"), QStringLiteral("plan start --year YEAR [--district NAME]"),
            Cli::tr("已批复的计划开始执行"), withPlan({}), {}, true, Command::Fonts::Never, runPlanStart },
        { QStringLiteral("plan complete"), QStringLiteral("plan complete --year YEAR [--district NAME]"),
            Cli::tr("执行中的计划已完成"), withPlan({}), {}, true, Command::Fonts::Never, runPlanComplete },
        { QStringLiteral("plan revise"), QStringLiteral("plan revise --year YEAR [--reason TEXT] [--district NAME]"),
            Cli::tr("修订：已批复的计划整体修改，再报审、批复为下一版"), withPlan({ valueOption("reason", "TEXT") }),
            {}, true, Command::Fonts::Never, runPlanRevise },
        { QStringLiteral("change request"),
            QStringLiteral("change request --year YEAR --project SEQ --field FIELD --to VALUE --reason TEXT "
                           "[--late-explanation TEXT]"),
            Cli::tr("调整申请：已批复计划中一个项目的一项（提前 1 个月报批；逾期须说明原因）"),
            projectOptions() << valueOption("field", "FIELD") << valueOption("to", "VALUE")
                             << valueOption("reason", "TEXT") << valueOption("late-explanation", "TEXT"),
            {}, true, Command::Fonts::Never, runChangeRequest },
        { QStringLiteral("change approve"), QStringLiteral("change approve ID [--note TEXT]"),
            Cli::tr("批准调整申请：项目随即按申请修改"), { valueOption("note", "TEXT") }, { QStringLiteral("ID") },
            false, Command::Fonts::Never, runChangeApprove },
        { QStringLiteral("change reject"), QStringLiteral("change reject ID [--note TEXT]"), Cli::tr("不批准调整申请"),
            { valueOption("note", "TEXT") }, { QStringLiteral("ID") }, false, Command::Fonts::Never, runChangeReject },
        { QStringLiteral("change list"), QStringLiteral("change list --year YEAR [--district NAME]"),
            Cli::tr("计划的全部调整与取消申请"), withPlan({}), {}, true, Command::Fonts::Never, runChangeList },
        { QStringLiteral("cancel"), QStringLiteral("cancel --year YEAR --project SEQ --explanation TEXT"),
            Cli::tr("取消项目（因故不能举办），须附书面说明；已批复的计划须经批准"),
            projectOptions() << valueOption("explanation", "TEXT"), {}, true, Command::Fonts::Never, runCancel },
        { QStringLiteral("history"), QStringLiteral("history --year YEAR [--project SEQ] [--district NAME]"),
            Cli::tr("计划或项目的历史：报审、批复（版本）、调整申请及其决定"), projectOptions(), {}, true,
            Command::Fonts::Never, runHistory },
        { QStringLiteral("diff"), QStringLiteral("diff --year YEAR [--output FILE.pdf] [--district NAME]"),
            Cli::tr("与已批复版本相比的变化：新增、取消、删除的项目，调整的单元格；--output 写出计划调整一览表（PDF）"),
            withPlan({ valueOption("output", "FILE") }), {}, true, Command::Fonts::WithOutput, runDiff },
        { QStringLiteral("audit"),
            QStringLiteral("audit [--since DATE] [--actor NAME] [--year YEAR [--project SEQ]] [--district NAME] | "
                           "audit --trail [--since DATE] [--until DATE] [--actor LOGIN]"),
            Cli::tr("审计日志：谁在何时改了什么（最新的在前）；--"
                    "trail：服务器自己的审计轨迹（登录名、时间、表、操作、原值 → "
                    "新值）"),
            { valueOption("since", "DATE"), valueOption("actor", "NAME"), valueOption("year", "YEAR"),
                valueOption("project", "SEQ"), valueOption("district", "NAME"), flagOption("trail"),
                valueOption("until", "DATE") },
            {}, false, Command::Fonts::Never, runAudit },
        { QStringLiteral("units list"), QStringLiteral("units list"),
            Cli::tr("单位名录：名称、类别、别名；不在名录中的主办单位另行标出"), {}, {}, false, Command::Fonts::Never,
            runUnitsList },
        { QStringLiteral("units add"), QStringLiteral("units add NAME [--kind KIND]"), Cli::tr("把单位加入单位名录"),
            { valueOption("kind", "KIND") }, { QStringLiteral("NAME") }, false, Command::Fonts::Never, runUnitsAdd },
        { QStringLiteral("units alias"), QStringLiteral("units alias UNIT ALIAS"),
            Cli::tr("单位的别名（如 区进修校 = 区教师进修学校）"), {},
            { QStringLiteral("UNIT"), QStringLiteral("ALIAS") }, false, Command::Fonts::Never, runUnitsAlias },
        { QStringLiteral("units merge"), QStringLiteral("units merge FROM INTO"),
            Cli::tr("合并两个单位：FROM 的项目、教师、报名都归 INTO，FROM 成为其别名"), {},
            { QStringLiteral("FROM"), QStringLiteral("INTO") }, false, Command::Fonts::Never, runUnitsMerge },
    };
}

} // namespace tp::cli
