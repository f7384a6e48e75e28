#include "Commands.h"

#include "CommandContext.h"
#include "Database.h"
#include "JsonOutput.h"
#include "PageSetup.h"
#include "Plan.h"
#include "PlanCsvExporter.h"
#include "PlanImportService.h"
#include "PlanLoader.h"
#include "PlanRepository.h"
#include "PlanTableDocument.h"
#include "PlanText.h"
#include "UnitDirectoryService.h"
#include "XlsxExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

// The plan commands of trainplan-cli: import, show, export, check.

namespace tp::cli {

namespace {

// A name as a command-line argument: quoted when it holds a space or a quote.
QString shellWord(const QString& word)
{
    if (!word.contains(QRegularExpression(QStringLiteral("[\\s\"'$`\\\\]"))))
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList unknownOrganizerCommands(const UnknownOrganizer& u)
{
    QStringList commands;
    for (const QString& unit : u.closeMatches)
        commands << QStringLiteral("trainplan-cli units alias %1 %2").arg(shellWord(unit), shellWord(u.name));
    commands << QStringLiteral("trainplan-cli units add %1").arg(shellWord(u.name));
    return commands;
}

QJsonArray unknownOrganizersJson(const QList<UnknownOrganizer>& unknown)
{
    QJsonArray list;
    for (const UnknownOrganizer& u : unknown) {
        QJsonArray seqs;
        for (int seq : u.seqs)
            seqs.append(seq);
        list.append(QJsonObject { { QStringLiteral("name"), u.name }, { QStringLiteral("seqs"), seqs },
            { QStringLiteral("close"), QJsonArray::fromStringList(u.closeMatches) },
            { QStringLiteral("commands"), QJsonArray::fromStringList(unknownOrganizerCommands(u)) } });
    }
    return list;
}

// "不在单位名录中的主办单位（1 个）…  区进修校（第 3 项），相近：区教师进修学校" and the commands that add or map each.
QString unknownOrganizersText(const QList<UnknownOrganizer>& unknown)
{
    if (unknown.isEmpty())
        return QString();
    QString s = Cli::tr("\n不在单位名录中的主办单位（%1 个）：导入不会自动把它们加入单位名录。"
                        "对应到已有单位（记为别名）或添加为新单位：\n")
                    .arg(unknown.size());
    for (const UnknownOrganizer& u : unknown) {
        s += Cli::tr("  %1（%2）").arg(u.name, UnitDirectoryService::projectsPhrase(u.seqs));
        if (!u.closeMatches.isEmpty())
            s += Cli::tr("，相近：%1").arg(u.closeMatches.join(Cli::tr("、")));
        s += QLatin1Char('\n');
        for (const QString& command : unknownOrganizerCommands(u))
            s += QStringLiteral("    %1\n").arg(command);
    }
    return s;
}

int runImport(CommandContext& ctx)
{
    ImportRequest request;
    request.path = ctx.positional().value(0);
    request.year = ctx.year();
    request.district = ctx.value("district");
    request.title = ctx.value("title");
    request.replace = ctx.has("replace");
    request.encoding = ctx.value("encoding");
    request.sheet = ctx.value("sheet");

    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto imported = PlanImportService(*db).importFile(request);
    if (!imported && imported.error().code == QStringLiteral("no-district")) {
        Error e = imported.error();
        e.message += Cli::tr("（用 --district 名称）");
        return ctx.reject(e);
    }
    if (!imported)
        return ctx.reject(imported.error());
    const ImportReport& report = imported.value();
    const ImportedTable& table = report.table;
    // An import never adds a unit by itself: the organizers the directory does not know, with what to run.
    auto unknown = UnitDirectoryService(*db).unknownOrganizers(report.plan.id);
    if (!unknown)
        return ctx.reject(unknown.error());

    if (ctx.json()) {
        QJsonObject doc = planDocument(report.plan, table.projects, report.findings);
        doc.insert(QStringLiteral("file"), QFileInfo(request.path).fileName());
        doc.insert(QStringLiteral("encoding"), table.encoding);
        doc.insert(QStringLiteral("imported"), report.imported);
        doc.insert(QStringLiteral("replaced"), report.replaced);
        QJsonArray rows;
        for (int row : table.projectRows)
            rows.append(row);
        doc.insert(QStringLiteral("rows"), rows);
        doc.insert(QStringLiteral("notes"), QJsonArray::fromStringList(table.notes));
        doc.insert(QStringLiteral("unknown_organizers"), unknownOrganizersJson(*unknown));
        ctx.printJson(doc);
        return ExitSuccess;
    }
    QString s = Cli::tr("文件：%1（编码 %2）\n").arg(QFileInfo(request.path).fileName(), table.encoding);
    s += Cli::tr("计划：%1 %2 年度「%3」\n").arg(report.plan.district).arg(report.plan.year).arg(report.plan.title);
    s += report.replaced ? Cli::tr("已导入 %n 个项目，替换了原有的计划\n", nullptr, int(report.imported))
                         : Cli::tr("已导入 %n 个项目\n", nullptr, int(report.imported));
    s += totalsText(table.projects, table.stated);
    if (!table.notes.isEmpty())
        s += Cli::tr("表下备注：%1\n").arg(oneLine(table.notes.join(QLatin1Char(' '))));
    s += findingsText(report.findings);
    s += unknownOrganizersText(*unknown);
    ctx.print(s);
    return ExitSuccess;
}

int runShow(CommandContext& ctx)
{
    // The plan table and its 合计 row, as stored (no deadlines: `check` has them).
    int code = ExitSuccess;
    const auto document = ctx.planDocument(CommandContext::Rules::TableOnly, &code);
    if (!document)
        return code;
    const Plan& plan = document->plan();
    const QList<Project>& projects = document->projects();
    const Findings& findings = document->findings();
    if (ctx.json()) {
        ctx.printJson(planDocument(plan, projects, findings));
        return ExitSuccess;
    }
    QString s = Cli::tr("%1 %2 年度「%3」（%4）\n\n")
                    .arg(plan.district)
                    .arg(plan.year)
                    .arg(plan.title, planStatusLabel(plan.status));
    s += planTableText(projects);
    s += QLatin1Char('\n') + totalsText(projects, plan.stated);
    s += findingsText(findings);
    ctx.print(s);
    return ExitSuccess;
}

int runExport(CommandContext& ctx)
{
    const QString format = ctx.value("format").trimmed().toLower();
    const QString output = ctx.value("output");
    const QString orientation = ctx.value("orientation").trimmed().toLower();
    const QString columnNames = ctx.value("columns");
    if (format.isEmpty())
        return ctx.usage(Cli::tr("export 需要 --format pdf、xlsx 或 csv"));
    if (format != QStringLiteral("csv") && format != QStringLiteral("pdf") && format != QStringLiteral("xlsx"))
        return ctx.usage(Cli::tr("未知的导出格式「%1」；可用：pdf、xlsx、csv").arg(format));
    if (output.isEmpty())
        return ctx.usage(Cli::tr("export 需要 --output 文件"));
    if (!orientation.isEmpty() && orientation != QStringLiteral("portrait")
        && orientation != QStringLiteral("landscape"))
        return ctx.usage(
            Cli::tr("--orientation 的值「%1」无效；可用：portrait（纵向）、landscape（横向）").arg(orientation));
    if (format == QStringLiteral("csv") && (ctx.has("orientation") || !columnNames.isEmpty()))
        return ctx.usage(Cli::tr("--orientation 和 --columns 只用于 pdf 和 xlsx"));
    std::optional<QList<PlanColumn>> columns;
    if (ctx.has("columns")) {
        auto chosen = PlanTableDocument::columnsFromNames(
            columnNames.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts));
        if (!chosen)
            return ctx.usage(Cli::tr("--columns：%1").arg(chosen.error().message));
        columns = chosen.value();
    }
    if (format == QStringLiteral("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.reject(Error(Cli::tr("导出 PDF 需要字体（QGuiApplication），当前进程没有")));
    const bool landscape = orientation == QStringLiteral("landscape");

    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    int code = ExitSuccess;
    const auto plan = ctx.plan(&code);
    if (!plan)
        return code;
    // The table as the plan page shows it: cancelled projects marked, and the table's own errors (两周, 春季) said
    // before it goes out (it is exported all the same: the user decides what to do with it).
    const auto document = ctx.planDocument(CommandContext::Rules::TableOnly, &code);
    if (!document)
        return code;
    const Result<QList<Project>> projects = document->projects();
    const int errors = int(std::count_if(document->findings().begin(), document->findings().end(),
        [](const Finding& f) { return f.severity == Severity::Error; }));
    const int cancelled = document->totals().cancelledRows;
    if (errors > 0)
        ctx.message(Cli::tr("注意：计划表有 %n 个错误（trainplan-cli check 可列出），照常导出", nullptr, errors));
    if (cancelled > 0)
        ctx.message(Cli::tr("注意：%n 个项目已取消，导出时标为“已取消”，不计入合计", nullptr, cancelled));

    int pages = 0;
    Status written = success();
    if (format == QStringLiteral("pdf")) {
        PlanTableOptions options;
        options.page = PageSetup::defaults(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        if (columns)
            options.columns = *columns;
        options.issuer = ctx.value("issuer");
        options.attachmentHeading = ctx.value("attachment");
        if (ctx.has("notes"))
            options.notes = ctx.value("notes");
        const PlanTableDocument document(*plan, projects.value(), options);
        pages = document.pageCount();
        written = document.writePdf(output);
    } else if (format == QStringLiteral("xlsx")) {
        XlsxExportOptions options;
        options.title = plan->title;
        options.landscape = landscape;
        if (columns) {
            for (const PlanColumn& c : *columns)
                options.columns << XlsxColumn { c.field, c.header };
        }
        // A 合计 row where the printed table has one: the plan had one, or it counts days.
        options.totalsRow = plan->stated.has_value()
            || std::any_of(projects->begin(), projects->end(),
                [](const Project& p) { return !p.durationText.trimmed().isEmpty(); });
        options.notes
            = (ctx.has("notes") ? ctx.value("notes") : plan->notes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        written = XlsxExporter::writeFile(output, projects.value(), options);
    } else {
        CsvExportOptions options;
        options.title = plan->title;
        written = PlanCsvExporter::writeFile(output, projects.value(), options);
    }
    if (!written) {
        Error e = written.error();
        if (e.file.isEmpty())
            e.file = output;
        return ctx.reject(e);
    }
    if (ctx.json()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("plan"), planJson(*plan));
        doc.insert(QStringLiteral("format"), format);
        doc.insert(QStringLiteral("output"), QFileInfo(output).absoluteFilePath());
        doc.insert(QStringLiteral("projects"), int(projects->size()));
        doc.insert(QStringLiteral("errors"), errors);
        doc.insert(QStringLiteral("cancelled"), cancelled);
        if (format == QStringLiteral("pdf"))
            doc.insert(QStringLiteral("pages"), pages);
        ctx.printJson(doc);
    } else {
        ctx.message(Cli::tr("已导出 %1 %2 年度的 %3 个项目到 %4")
                        .arg(plan->district)
                        .arg(plan->year)
                        .arg(projects->size())
                        .arg(QDir::toNativeSeparators(output)));
    }
    return ExitSuccess;
}

int runCheck(CommandContext& ctx)
{
    // Every rule, with the units, the calendar and the rule set the GUI checks the plan with.
    int code = ExitSuccess;
    const auto document = ctx.planDocument(CommandContext::Rules::All, &code);
    if (!document)
        return code;
    const Plan& plan = document->plan();
    const Findings& findings = document->findings();

    const bool errors
        = std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
    if (ctx.json()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("plan"), planJson(plan));
        doc.insert(QStringLiteral("today"), ctx.today().toString(Qt::ISODate));
        doc.insert(QStringLiteral("findings"), findingsJson(findings));
        doc.insert(QStringLiteral("errors"), errors);
        ctx.printJson(doc);
    } else {
        ctx.print(Cli::tr("%1 %2 年度「%3」，以 %4 为今天\n")
                      .arg(plan.district)
                      .arg(plan.year)
                      .arg(plan.title, ctx.today().toString(Qt::ISODate))
            + findingsText(findings));
    }
    return errors ? ExitRejected : ExitSuccess;
}

} // namespace

QList<Command> planCommands()
{
    return {
        { QStringLiteral("import"),
            QStringLiteral("import FILE --year YEAR [--district NAME] [--title TEXT] [--replace] [--encoding NAME] "
                           "[--sheet NAME]"),
            Cli::tr("导入计划表（CSV，UTF-8 或 GB18030/GBK；或 Excel .xlsx，默认第一个工作表，--sheet 指定工作表名）；"
                    "同一区县同一年度已有计划时需加 --replace"),
            { valueOption("year", "YEAR"), valueOption("district", "NAME"), valueOption("title", "TEXT"),
                flagOption("replace"), valueOption("encoding", "NAME"), valueOption("sheet", "NAME") },
            { QStringLiteral("FILE") }, true, Command::Fonts::Never, runImport },
        { QStringLiteral("show"), QStringLiteral("show --year YEAR [--district NAME]"),
            Cli::tr("显示计划表、合计与检查结果"), { valueOption("year", "YEAR"), valueOption("district", "NAME") }, {},
            true, Command::Fonts::Never, runShow },
        { QStringLiteral("export"),
            QStringLiteral("export --year YEAR [--district NAME] --format pdf|xlsx|csv --output FILE "
                           "[--orientation portrait|landscape] [--columns 序号,培训项目,…] [--issuer TEXT] "
                           "[--attachment TEXT] [--notes TEXT]"),
            Cli::tr(
                "导出计划表：PDF（A4，与印发的附件表格同样式，嵌入中文字体）、XLSX（合计为公式）或 CSV（UTF-8 带 "
                "BOM）；--columns 按表头名选择并排列列，--issuer 落款单位，--attachment 附件标识（仅 PDF），--notes "
                "表下备注"),
            { valueOption("year", "YEAR"), valueOption("district", "NAME"), valueOption("format", "FORMAT"),
                valueOption("output", "FILE"), valueOption("orientation", "ORIENTATION"),
                valueOption("columns", "COLUMNS"), valueOption("issuer", "TEXT"), valueOption("attachment", "TEXT"),
                valueOption("notes", "TEXT") },
            {}, true, Command::Fonts::Always, runExport },
        { QStringLiteral("check"), QStringLiteral("check --year YEAR [--district NAME]"),
            Cli::tr("检查计划的全部规则（计划表 R-TABLE、报送期限）；有错误时退出状态为 1"),
            { valueOption("year", "YEAR"), valueOption("district", "NAME") }, {}, true, Command::Fonts::Never,
            runCheck },
    };
}

} // namespace tp::cli
