#include "CliCommands.h"

#include "CalendarRepository.h"
#include "CellParsers.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "Database.h"
#include "DeadlineRules.h"
#include "JsonOutput.h"
#include "LedgerCommands.h"
#include "PageSetup.h"
#include "Plan.h"
#include "PlanCsvExporter.h"
#include "PlanImportService.h"
#include "PlanLoader.h"
#include "PlanRepository.h"
#include "PlanTableDocument.h"
#include "ScheduleRepository.h"
#include "TableRules.h"
#include "UnitRepository.h"
#include "WorkCalendar.h"
#include "XlsxExporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace tp::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("trainplan-cli", text);
}

// --- arguments -------------------------------------------------------------------------------------------

struct OptionSpec {
    QString name; // without the leading "--"
    bool takesValue = false;
};

struct Command;

struct Arguments {
    QString command;
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;

    bool has(const QString& name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString& name) const { return values.value(name); }
};

// What a command needs to run: its arguments, where to write, and the database once opened.
class Context : public CliOutput {
public:
    Context(Arguments args, QIODevice& out, QIODevice& err)
        : CliOutput(out, err)
        , m_args(std::move(args))
    {
    }

    const Arguments& args() const { return m_args; }
    bool json() const override { return m_args.flags.contains(QStringLiteral("json")); }
    QDate today() const { return m_today; }
    void setToday(QDate d) { m_today = d; }
    int year() const { return m_year; }
    void setYear(int y) { m_year = y; }

    Database* database()
    {
        if (m_db)
            return m_db.get();
        auto opened = openCliDatabase(m_args.values.value(QStringLiteral("db"), Database::defaultPath()));
        if (!opened) {
            reject(opened.error());
            return nullptr;
        }
        m_db = opened.value();
        return m_db.get();
    }

private:
    Arguments m_args;
    QDate m_today = QDate::currentDate();
    int m_year = 0;
    std::shared_ptr<Database> m_db;
};

using Handler = std::function<int(Context&)>;

struct Command {
    QString name;
    QString synopsis; // after "trainplan-cli "
    QString summary;
    QList<OptionSpec> options; // besides the common ones
    int positional = 0; // number of positional arguments
    bool needsYear = true;
    Handler run;
};

const QList<OptionSpec>& commonOptions()
{
    static const QList<OptionSpec> options { { QStringLiteral("db"), true }, { QStringLiteral("json"), false },
        { QStringLiteral("today"), true }, { QStringLiteral("help"), false } };
    return options;
}

// --- text output -----------------------------------------------------------------------------------------

// Columns a terminal gives a character: 2 for East Asian wide and full-width characters, else 1.
int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
            || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padRight(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString padLeft(const QString& text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), QLatin1Char(' ')) + text;
}

QString oneLine(const QString& text)
{
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QString s = text;
    s.replace(breaks, QStringLiteral(" "));
    return s.trimmed();
}

QString findingLine(const Finding& f)
{
    QString line = QStringLiteral("  [%1] %2：%3").arg(severityLabel(f.severity), f.subject(), f.message);
    if (!f.fix.isEmpty())
        line += tr("（建议：%1）").arg(f.fix);
    return line + QLatin1Char('\n');
}

QString findingsText(const Findings& findings)
{
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error)
            ++errors;
        else if (f.severity == Severity::Warning)
            ++warnings;
        else
            ++infos;
    }
    if (findings.isEmpty())
        return tr("检查结果：没有发现问题\n");
    QString s = tr("检查结果：%1 个错误，%2 个警告，%3 个提示\n").arg(errors).arg(warnings).arg(infos);
    for (const Finding& f : findings)
        s += findingLine(f);
    return s;
}

QString totalsText(const QList<Project>& projects, const std::optional<StatedTotals>& stated)
{
    const PlanTotals t = computeTotals(projects);
    QStringList parts;
    if (t.days > 0)
        parts << tr("%1 天").arg(formatNumber(t.days));
    if (t.hours > 0)
        parts << tr("%1 学时").arg(formatNumber(t.hours));
    QString s = tr("合计：%1 个项目，%2，%3 人")
                    .arg(t.projects)
                    .arg(parts.isEmpty() ? tr("无天数") : parts.join(QStringLiteral(" + ")))
                    .arg(t.headcount);
    QStringList extra;
    if (t.allStaffRows > 0)
        extra << tr("%1 行为“全员”，未计入人数").arg(t.allStaffRows);
    if (t.approxRows > 0)
        extra << tr("%1 行为约数，已计入").arg(t.approxRows);
    if (t.blankDurationRows > 0)
        extra << tr("%1 行未填天数").arg(t.blankDurationRows);
    if (!extra.isEmpty())
        s += tr("（%1）").arg(extra.join(tr("；")));
    s += QLatin1Char('\n');
    if (stated) {
        s += tr("表中合计行%1：天数「%2」，人数「%3」\n")
                 .arg(stated->row > 0 ? tr("（第 %1 行）").arg(stated->row) : QString(), stated->durationText,
                     stated->headcountText);
    }
    return s;
}

// The plan table aligned for a terminal: the columns that have anything in them, a 合计 line.
QString planTableText(const QList<Project>& projects)
{
    struct Column {
        QString header;
        std::function<QString(const Project&)> cell;
        bool rightAligned = false;
    };
    const QList<Column> all {
        { tr("序号"), [](const Project& p) { return QString::number(p.seq); }, true },
        { tr("培训项目"), [](const Project& p) { return p.name; } },
        { tr("主办单位"), [](const Project& p) { return joinOrganizers(p.organizers); } },
        { tr("天数/学时"), [](const Project& p) { return p.durationText; }, true },
        { tr("参培人数"), [](const Project& p) { return p.headcountText; }, true },
        { tr("培训方式"), [](const Project& p) { return p.modesText; } },
        { tr("拟培训时间"), [](const Project& p) { return p.monthsText; } },
        { tr("培训地点"), [](const Project& p) { return p.location; } },
        { tr("级别"), [](const Project& p) { return p.level; } },
        { tr("备注"), [](const Project& p) { return p.remarks; } },
    };
    const PlanTotals t = computeTotals(projects);
    QList<Column> columns;
    QList<QStringList> cells; // per column
    for (qsizetype c = 0; c < all.size(); ++c) {
        QStringList texts;
        bool any = c < 2; // 序号 and 培训项目 always
        for (const Project& p : projects) {
            texts << oneLine(all[c].cell(p));
            any = any || !texts.last().isEmpty();
        }
        if (!any)
            continue;
        columns << all[c];
        QString total;
        if (c == 1)
            total = tr("合计");
        else if (c == 3)
            total = formatDurationTotal(t);
        else if (c == 4)
            total = formatHeadcountTotal(t);
        texts << total;
        cells << texts;
    }
    QList<int> widths;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        int w = displayWidth(columns[c].header);
        for (const QString& s : cells[c])
            w = std::max(w, displayWidth(s));
        widths << w;
    }
    const auto line = [&](const std::function<QString(qsizetype)>& text) {
        QStringList parts;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString s = text(c);
            parts << (columns[c].rightAligned ? padLeft(s, widths[c]) : padRight(s, widths[c]));
        }
        QString l = parts.join(QStringLiteral("  "));
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
        return l + QLatin1Char('\n');
    };
    QString rule;
    for (qsizetype c = 0; c < columns.size(); ++c)
        rule += (c ? QStringLiteral("  ") : QString()) + QString(widths[c], QLatin1Char('-'));
    rule += QLatin1Char('\n');

    QString s = line([&](qsizetype c) { return columns[c].header; });
    s += rule;
    for (qsizetype r = 0; r < projects.size(); ++r)
        s += line([&](qsizetype c) { return cells[c][r]; });
    s += rule;
    s += line([&](qsizetype c) { return cells[c].last(); });
    return s;
}

// --- shared steps ----------------------------------------------------------------------------------------

bool parseYear(const QString& text, int* year)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{4}$"));
    if (!digits.match(text).hasMatch())
        return false;
    *year = text.toInt();
    return *year >= 1949 && *year <= 2200;
}

bool parseDate(const QString& text, QDate* date)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return false;
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

// The plan the command names: --district, or the only district with a plan of that year.
// Returns the exit code on failure (after saying why).
std::optional<Plan> resolvePlan(Context& ctx, PlanRepository& plans, int* exitCode)
{
    PlanLookup lookup = findCliPlan(plans, ctx.year(), ctx.args().value(QStringLiteral("district")));
    if (lookup.plan)
        return lookup.plan;
    *exitCode = lookup.ambiguous ? ctx.usage(lookup.error.message) : ctx.reject(lookup.error);
    return std::nullopt;
}

// --- commands --------------------------------------------------------------------------------------------

int runImport(Context& ctx)
{
    ImportRequest request;
    request.path = ctx.args().positional.value(0);
    request.year = ctx.year();
    request.district = ctx.args().value(QStringLiteral("district"));
    request.title = ctx.args().value(QStringLiteral("title"));
    request.replace = ctx.args().flags.contains(QStringLiteral("replace"));
    request.encoding = ctx.args().value(QStringLiteral("encoding"));
    request.sheet = ctx.args().value(QStringLiteral("sheet"));

    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto imported = PlanImportService(*db).importFile(request);
    if (!imported)
        return ctx.reject(imported.error());
    const ImportReport& report = imported.value();
    const ImportedTable& table = report.table;

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
        ctx.printJson(doc);
        return ExitSuccess;
    }
    QString s = tr("文件：%1（编码 %2）\n").arg(QFileInfo(request.path).fileName(), table.encoding);
    s += tr("计划：%1 %2 年度「%3」\n").arg(report.plan.district).arg(report.plan.year).arg(report.plan.title);
    s += report.replaced ? tr("已导入 %1 个项目，替换了原有的计划\n").arg(report.imported)
                         : tr("已导入 %1 个项目\n").arg(report.imported);
    s += totalsText(table.projects, table.stated);
    if (!table.notes.isEmpty())
        s += tr("表下备注：%1\n").arg(oneLine(table.notes.join(QLatin1Char(' '))));
    s += findingsText(report.findings);
    ctx.print(s);
    return ExitSuccess;
}

int runShow(Context& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    PlanRepository plans(*db);
    int code = ExitSuccess;
    const auto plan = resolvePlan(ctx, plans, &code);
    if (!plan)
        return code;
    // The plan table and its 合计 row, as stored (no deadlines: `check` has them).
    PlanCheckOptions options;
    options.deadlines = false;
    auto document = PlanLoader(*db).document(*plan, options);
    if (!document)
        return ctx.reject(document.error());
    const QList<Project>& projects = document->projects();
    const Findings& findings = document->findings();
    if (ctx.json()) {
        ctx.printJson(planDocument(*plan, projects, findings));
        return ExitSuccess;
    }
    QString s = tr("%1 %2 年度「%3」（%4）\n\n")
                    .arg(plan->district)
                    .arg(plan->year)
                    .arg(plan->title, planStatusLabel(plan->status));
    s += planTableText(projects);
    s += QLatin1Char('\n') + totalsText(projects, plan->stated);
    s += findingsText(findings);
    ctx.print(s);
    return ExitSuccess;
}

int runExport(Context& ctx)
{
    const QString format = ctx.args().value(QStringLiteral("format")).trimmed().toLower();
    const QString output = ctx.args().value(QStringLiteral("output"));
    const QString orientation = ctx.args().value(QStringLiteral("orientation")).trimmed().toLower();
    const QString columnNames = ctx.args().value(QStringLiteral("columns"));
    if (format.isEmpty())
        return ctx.usage(tr("export 需要 --format pdf、xlsx 或 csv"));
    if (format != QStringLiteral("csv") && format != QStringLiteral("pdf") && format != QStringLiteral("xlsx"))
        return ctx.usage(tr("未知的导出格式「%1」；可用：pdf、xlsx、csv").arg(format));
    if (output.isEmpty())
        return ctx.usage(tr("export 需要 --output 文件"));
    if (!orientation.isEmpty() && orientation != QStringLiteral("portrait")
        && orientation != QStringLiteral("landscape"))
        return ctx.usage(
            tr("--orientation 的值「%1」无效；可用：portrait（纵向）、landscape（横向）").arg(orientation));
    if (format == QStringLiteral("csv") && (ctx.args().has(QStringLiteral("orientation")) || !columnNames.isEmpty()))
        return ctx.usage(tr("--orientation 和 --columns 只用于 pdf 和 xlsx"));
    std::optional<QList<PlanColumn>> columns;
    if (ctx.args().has(QStringLiteral("columns"))) {
        auto chosen = PlanTableDocument::columnsFromNames(
            columnNames.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts));
        if (!chosen)
            return ctx.usage(tr("--columns：%1").arg(chosen.error().message));
        columns = chosen.value();
    }
    if (format == QStringLiteral("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.reject(Error(tr("导出 PDF 需要字体（QGuiApplication），当前进程没有")));
    const bool landscape = orientation == QStringLiteral("landscape");

    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    PlanRepository plans(*db);
    int code = ExitSuccess;
    const auto plan = resolvePlan(ctx, plans, &code);
    if (!plan)
        return code;
    auto projects = plans.projects(plan->id);
    if (!projects)
        return ctx.reject(projects.error());

    int pages = 0;
    Status written = success();
    if (format == QStringLiteral("pdf")) {
        PlanTableOptions options;
        options.page = PageSetup::defaults(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        if (columns)
            options.columns = *columns;
        options.issuer = ctx.args().value(QStringLiteral("issuer"));
        options.attachmentHeading = ctx.args().value(QStringLiteral("attachment"));
        if (ctx.args().has(QStringLiteral("notes")))
            options.notes = ctx.args().value(QStringLiteral("notes"));
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
            = (ctx.args().has(QStringLiteral("notes")) ? ctx.args().value(QStringLiteral("notes")) : plan->notes)
                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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
        if (format == QStringLiteral("pdf"))
            doc.insert(QStringLiteral("pages"), pages);
        ctx.printJson(doc);
    } else {
        ctx.message(tr("已导出 %1 %2 年度的 %3 个项目到 %4")
                        .arg(plan->district)
                        .arg(plan->year)
                        .arg(projects->size())
                        .arg(QDir::toNativeSeparators(output)));
    }
    return ExitSuccess;
}

int runCalendar(Context& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto calendar = CalendarRepository(*db).calendar();
    if (!calendar)
        return ctx.reject(calendar.error());
    const int year = ctx.year();
    const QList<DayInfo> days = calendar->yearDays(year);
    const bool estimated = !calendar->hasSchedule(year);
    if (ctx.json()) {
        QJsonArray list;
        for (const DayInfo& d : days) {
            QJsonObject o;
            o.insert(QStringLiteral("date"), d.date.toString(Qt::ISODate));
            o.insert(QStringLiteral("workday"), d.workday);
            o.insert(QStringLiteral("source"), daySourceName(d.source));
            o.insert(QStringLiteral("name"), d.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.name));
            list.append(o);
        }
        QJsonObject doc;
        doc.insert(QStringLiteral("year"), year);
        doc.insert(QStringLiteral("estimated"), estimated);
        doc.insert(QStringLiteral("days"), list);
        ctx.printJson(doc);
        return ExitSuccess;
    }
    static const QStringList weekdays { tr("周一"), tr("周二"), tr("周三"), tr("周四"), tr("周五"), tr("周六"),
        tr("周日") };
    int workdays = 0;
    QString s;
    if (estimated)
        s += tr("%1 年尚无官方节假日安排：节假日为估算，据此算出的期限为预计\n").arg(year);
    for (const DayInfo& d : days) {
        workdays += d.workday;
        s += QStringLiteral("%1 %2  %3  %4%5\n")
                 .arg(d.date.toString(Qt::ISODate), weekdays.at(d.date.dayOfWeek() - 1),
                     d.workday ? tr("上班") : tr("休息"), daySourceLabel(d.source),
                     d.name.isEmpty() ? QString() : QStringLiteral("  ") + d.name);
    }
    s += tr("%1 年共 %2 天，其中工作日 %3 天\n").arg(year).arg(days.size()).arg(workdays);
    ctx.print(s);
    return ExitSuccess;
}

bool parseCount(const QString& text, int* n)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
    if (!digits.match(text).hasMatch())
        return false;
    *n = text.toInt();
    return *n > 0;
}

int runDeadline(Context& ctx)
{
    const Arguments& args = ctx.args();
    QDate start;
    if (!args.values.contains(QStringLiteral("start")))
        return ctx.usage(tr("deadline 需要 --start 日期（YYYY-MM-DD）"));
    if (!parseDate(args.value(QStringLiteral("start")), &start))
        return ctx.usage(
            tr("--start 的值「%1」不是有效的日期（格式 YYYY-MM-DD）").arg(args.value(QStringLiteral("start"))));
    const bool byWorkdays = args.values.contains(QStringLiteral("workdays"));
    const bool byMonths = args.values.contains(QStringLiteral("months"));
    if (byWorkdays && byMonths)
        return ctx.usage(tr("--workdays 与 --months 只能给一个"));
    int count = 0;
    if (byWorkdays && !parseCount(args.value(QStringLiteral("workdays")), &count))
        return ctx.usage(tr("--workdays 的值「%1」应为正整数").arg(args.value(QStringLiteral("workdays"))));
    if (byMonths && !parseCount(args.value(QStringLiteral("months")), &count))
        return ctx.usage(tr("--months 的值「%1」应为正整数").arg(args.value(QStringLiteral("months"))));

    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    CalendarRepository calendars(*db);
    auto calendar = calendars.calendar();
    if (!calendar)
        return ctx.reject(calendar.error());
    auto rules = calendars.ruleSet(args.value(QStringLiteral("district")).trimmed());
    if (!rules)
        return ctx.reject(rules.error());

    QString rule;
    Deadline deadline;
    if (byMonths) {
        // R-CHANGE — seeds 000 §二(一): 调整须提前1个月报批 (calendar months, no working-day adjustment).
        rule = QStringLiteral("R-CHANGE");
        deadline.date = WorkCalendar::monthsBefore(start, count);
    } else {
        // R-LEAD — seeds 000 §二(一): 开班前15个工作日 (the rule set's number unless --workdays says otherwise).
        rule = QStringLiteral("R-LEAD");
        if (!byWorkdays)
            count = rules->leadWorkdays;
        deadline = calendar->workdaysBefore(start, count);
    }
    if (!deadline.isValid())
        return ctx.reject(Error(tr("无法计算 %1 之前的期限").arg(start.toString(Qt::ISODate))));

    if (ctx.json()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("start"), start.toString(Qt::ISODate));
        doc.insert(QStringLiteral("deadline"), deadline.date.toString(Qt::ISODate));
        doc.insert(QStringLiteral("rule"), rule);
        doc.insert(QStringLiteral("provisional"), deadline.provisional);
        doc.insert(byMonths ? QStringLiteral("months") : QStringLiteral("workdays"), count);
        doc.insert(QStringLiteral("today"), ctx.today().toString(Qt::ISODate));
        doc.insert(QStringLiteral("remaining_workdays"), calendar->workdaysBetween(ctx.today(), deadline.date));
        ctx.printJson(doc);
        return ExitSuccess;
    }
    ctx.print(deadline.date.toString(Qt::ISODate) + QLatin1Char('\n'));
    if (deadline.provisional)
        ctx.message(tr("注意：该期限依据估算的节假日，官方安排公布后可能变动"));
    return ExitSuccess;
}

int runCheck(Context& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    PlanRepository plans(*db);
    int code = ExitSuccess;
    const auto plan = resolvePlan(ctx, plans, &code);
    if (!plan)
        return code;
    // Every rule, with the units, the calendar and the rule set the GUI checks the plan with.
    auto document = PlanLoader(*db).document(*plan, ctx.today());
    if (!document)
        return ctx.reject(document.error());
    const Findings& findings = document->findings();

    const bool errors
        = std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
    if (ctx.json()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("plan"), planJson(*plan));
        doc.insert(QStringLiteral("today"), ctx.today().toString(Qt::ISODate));
        doc.insert(QStringLiteral("findings"), findingsJson(findings));
        doc.insert(QStringLiteral("errors"), errors);
        ctx.printJson(doc);
    } else {
        ctx.print(tr("%1 %2 年度「%3」，以 %4 为今天\n")
                      .arg(plan->district)
                      .arg(plan->year)
                      .arg(plan->title, ctx.today().toString(Qt::ISODate))
            + findingsText(findings));
    }
    return errors ? ExitRejected : ExitSuccess;
}

const QList<Command>& commands()
{
    static const QList<Command> list {
        { QStringLiteral("import"),
            QStringLiteral("import FILE --year YEAR [--district NAME] [--title TEXT] [--replace] [--encoding NAME] "
                           "[--sheet NAME]"),
            tr("导入计划表（CSV，UTF-8 或 GB18030/GBK；或 Excel .xlsx，默认第一个工作表，--sheet 指定工作表名）；"
               "同一区县同一年度已有计划时需加 --replace"),
            { { QStringLiteral("year"), true }, { QStringLiteral("district"), true }, { QStringLiteral("title"), true },
                { QStringLiteral("replace"), false }, { QStringLiteral("encoding"), true },
                { QStringLiteral("sheet"), true } },
            1, true, runImport },
        { QStringLiteral("show"), QStringLiteral("show --year YEAR [--district NAME]"),
            tr("显示计划表、合计与检查结果"),
            { { QStringLiteral("year"), true }, { QStringLiteral("district"), true } }, 0, true, runShow },
        { QStringLiteral("export"),
            QStringLiteral("export --year YEAR [--district NAME] --format pdf|xlsx|csv --output FILE "
                           "[--orientation portrait|landscape] [--columns 序号,培训项目,…] [--issuer TEXT] "
                           "[--attachment TEXT] [--notes TEXT]"),
            tr("导出计划表：PDF（A4，与印发的附件表格同样式，嵌入中文字体）、XLSX（合计为公式）或 CSV（UTF-8 带 "
               "BOM）；--columns 按表头名选择并排列列，--issuer 落款单位，--attachment 附件标识（仅 PDF），--notes "
               "表下备注"),
            { { QStringLiteral("year"), true }, { QStringLiteral("district"), true },
                { QStringLiteral("format"), true }, { QStringLiteral("output"), true },
                { QStringLiteral("orientation"), true }, { QStringLiteral("columns"), true },
                { QStringLiteral("issuer"), true }, { QStringLiteral("attachment"), true },
                { QStringLiteral("notes"), true } },
            0, true, runExport },
        { QStringLiteral("calendar"), QStringLiteral("calendar --year YEAR"),
            tr("列出一年中的每一天：是否工作日，依据（官方、估算、用户、平日、周末）"),
            { { QStringLiteral("year"), true } }, 0, true, runCalendar },
        { QStringLiteral("deadline"), QStringLiteral("deadline --start DATE [--workdays N | --months N]"),
            tr("报送期限：开班日前 N 个工作日（默认按规则集，15 个），或生效日前 N 个月"),
            { { QStringLiteral("start"), true }, { QStringLiteral("workdays"), true },
                { QStringLiteral("months"), true }, { QStringLiteral("district"), true } },
            0, false, runDeadline },
        { QStringLiteral("check"), QStringLiteral("check --year YEAR [--district NAME]"),
            tr("检查计划的全部规则（计划表 R-TABLE、报送期限）；有错误时退出状态为 1"),
            { { QStringLiteral("year"), true }, { QStringLiteral("district"), true } }, 0, true, runCheck },
    };
    return list;
}

QString helpText()
{
    QString s = tr("trainplan-cli — 教师培训计划管理（TrainPlan）命令行\n\n用法：\n");
    for (const Command& c : commands())
        s += QStringLiteral("  trainplan-cli %1\n      %2\n").arg(c.synopsis, c.summary);
    s += ledgerHelpText();
    s += tr("\n每个命令都接受：\n"
            "  --db PATH          数据库文件（默认：与图形界面相同的数据库 %1）\n"
            "  --json             在标准输出上输出一个 UTF-8 JSON 文档\n"
            "  --today YYYY-MM-DD 以此日期为“今天”\n"
            "  --help             显示本帮助\n"
            "省略 --district 时，若该年度只有一个区县的计划，就用它。\n\n"
            "退出状态：0 成功；1 输入被拒绝或检查发现错误；2 用法错误。\n")
             .arg(Database::defaultPath());
    return s;
}

} // namespace

int runCli(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    Arguments args;
    Context early(args, out, err);
    if (arguments.isEmpty())
        return early.usage(tr("缺少命令"));
    if (arguments.first() == QStringLiteral("--help") || arguments.first() == QStringLiteral("-h")
        || arguments.first() == QStringLiteral("help")) {
        out.write(helpText().toUtf8());
        return ExitSuccess;
    }

    if (isLedgerCommand(arguments.first()))
        return runLedgerCommand(arguments, out, err);
    args.command = arguments.first();
    const auto command
        = std::find_if(commands().begin(), commands().end(), [&](const Command& c) { return c.name == args.command; });
    if (command == commands().end())
        return early.usage(tr("未知的命令「%1」；可用的命令：%2").arg(args.command).arg([] {
            QStringList names;
            for (const Command& c : commands())
                names << c.name;
            return names.join(QStringLiteral(", "));
        }()));

    QList<OptionSpec> specs = commonOptions();
    specs << command->options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        if (a == QStringLiteral("-h"))
            args.flags.insert(QStringLiteral("help"));
        else if (a.startsWith(QStringLiteral("--"))) {
            QString name = a.mid(2);
            std::optional<QString> inlineValue;
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name.truncate(eq);
            }
            const auto spec
                = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
            if (spec == specs.end())
                return early.usage(tr("命令 %1 不认识选项 --%2").arg(args.command, name));
            if (!spec->takesValue) {
                if (inlineValue)
                    return early.usage(tr("选项 --%1 不带值").arg(name));
                args.flags.insert(name);
                continue;
            }
            if (inlineValue)
                args.values.insert(name, *inlineValue);
            else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QStringLiteral("--")))
                args.values.insert(name, arguments.at(++i));
            else
                return early.usage(tr("选项 --%1 缺少值").arg(name));
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return early.usage(tr("命令 %1 不认识选项 %2").arg(args.command, a));
        } else {
            args.positional << a;
        }
    }
    if (args.flags.contains(QStringLiteral("help"))) {
        out.write(QStringLiteral("trainplan-cli %1\n    %2\n").arg(command->synopsis, command->summary).toUtf8());
        return ExitSuccess;
    }
    if (args.positional.size() < command->positional)
        return early.usage(tr("命令 %1 缺少参数；用法：trainplan-cli %2").arg(args.command, command->synopsis));
    if (args.positional.size() > command->positional)
        return early.usage(tr("命令 %1 多余的参数「%2」").arg(args.command, args.positional.at(command->positional)));

    Context ctx(args, out, err);
    if (args.values.contains(QStringLiteral("today"))) {
        QDate today;
        if (!parseDate(args.value(QStringLiteral("today")), &today))
            return ctx.usage(
                tr("--today 的值「%1」不是有效的日期（格式 YYYY-MM-DD）").arg(args.value(QStringLiteral("today"))));
        ctx.setToday(today);
    }
    if (command->needsYear) {
        if (!args.values.contains(QStringLiteral("year")))
            return ctx.usage(tr("命令 %1 需要 --year 年度").arg(args.command));
        int year = 0;
        if (!parseYear(args.value(QStringLiteral("year")), &year))
            return ctx.usage(
                tr("--year 的值「%1」不是有效的年度（1949–2200 的四位数）").arg(args.value(QStringLiteral("year"))));
        ctx.setYear(year);
    }
    if (args.values.contains(QStringLiteral("db")) && args.value(QStringLiteral("db")).trimmed().isEmpty())
        return ctx.usage(tr("--db 的值为空"));
    return command->run(ctx);
}

} // namespace tp::cli
