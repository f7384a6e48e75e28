#include "CommandContext.h"

#include "Database.h"
#include "JsonOutput.h"
#include "Migrations.h"
#include "PlanLoader.h"
#include "PlanRepository.h"
#include "TeacherRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <algorithm>

namespace tp::cli {

namespace {

// The plan of `year`: the district's, or the only district's with a plan that year.
struct PlanLookup {
    std::optional<Plan> plan;
    Error error; // when there is no plan
    bool ambiguous = false; // several districts and none named: a usage error
};

PlanLookup findPlan(PlanRepository& plans, int year, const QString& districtText)
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
            lookup.error = Error(districts.isEmpty() ? Cli::tr("数据库中没有 %1 %2 年度的计划").arg(district).arg(year)
                                                     : Cli::tr("数据库中没有 %1 %2 年度的计划；该年度有计划的区县：%3")
                                                           .arg(district)
                                                           .arg(year)
                                                           .arg(districts.join(Cli::tr("、"))));
        return lookup;
    }
    if (districts.size() == 1) {
        for (const Plan& p : all.value())
            if (p.year == year)
                lookup.plan = p;
        return lookup;
    }
    if (districts.isEmpty()) {
        lookup.error
            = Error(yearTexts.isEmpty() ? Cli::tr("数据库中还没有任何计划；先用 trainplan-cli import 导入计划表")
                                        : Cli::tr("数据库中没有 %1 年度的计划；已有计划的年度：%2")
                                              .arg(year)
                                              .arg(yearTexts.join(Cli::tr("、"))));
        return lookup;
    }
    lookup.ambiguous = true;
    lookup.error = Error(Cli::tr("%1 年度有多个区县的计划：%2；请用 --district 指定其中一个")
                             .arg(year)
                             .arg(districts.join(Cli::tr("、"))));
    return lookup;
}

} // namespace

CommandContext::CommandContext(const Command& command, const QCommandLineParser& parser, QIODevice& out, QIODevice& err)
    : CliOutput(out, err)
    , m_command(command)
    , m_parser(parser)
{
}

bool CommandContext::json() const
{
    return has("json");
}

bool CommandContext::has(const char* name) const
{
    // Only the options this command has (asking the parser for another one would warn).
    const QString n = QString::fromLatin1(name);
    return m_parser.optionNames().contains(n) && m_parser.isSet(n);
}

QString CommandContext::value(const char* name) const
{
    return has(name) ? m_parser.value(QString::fromLatin1(name)) : QString();
}

Database* CommandContext::database()
{
    if (m_db)
        return m_db.get();
    const QString path = has("db") ? value("db") : Database::defaultPath();
    // A file of an earlier version is upgraded by this open (a backup, the check, the migrations): said on stderr
    // first, as the GUI says it before its window — on a city's file it takes a while.
    if (const int from = Database::upgradeDueFrom(path))
        message(Cli::tr("正在升级数据库 %1（结构版本 %2 → %3）：先在文件旁的备份文件夹中留一份原文件，再逐步升级…")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(from)
                    .arg(latestSchemaVersion()));
    auto opened = Database::open(path);
    if (!opened) {
        Error e = opened.error();
        if (e.file.isEmpty() && !Database::isServerAddress(path)) // (an address may hold a password)
            e.file = path;
        reject(e);
        return nullptr;
    }
    // Who is named in the audit log: --operator, else the person (the OS user; on the server the login, which the
    // server writes itself for everyone but the database's owner).
    const QString op = value("operator").trimmed();
    if (!op.isEmpty())
        opened.value()->setActor(op);
    else if (opened.value()->actor().isEmpty())
        opened.value()->setActor(QStringLiteral("trainplan-cli"));
    m_db = opened.value();
    return m_db.get();
}

std::optional<Plan> CommandContext::plan(int* exitCode)
{
    Database* db = database();
    if (!db) {
        *exitCode = ExitRejected;
        return std::nullopt;
    }
    PlanRepository plans(*db);
    PlanLookup lookup = findPlan(plans, m_year, value("district"));
    if (lookup.plan)
        return lookup.plan;
    *exitCode = lookup.ambiguous ? usage(lookup.error.message) : reject(lookup.error);
    return std::nullopt;
}

qint64 CommandContext::project(int* exitCode)
{
    static const QRegularExpression seqPattern(QStringLiteral("^\\d{1,4}$"));
    if (!seqPattern.match(value("project")).hasMatch()) {
        *exitCode = usage(Cli::tr("需要 --project 项目序号（计划表中的序号）"));
        return 0;
    }
    const int seq = value("project").toInt();
    const auto found = plan(exitCode);
    if (!found)
        return 0;
    auto projects = PlanRepository(*database()).projects(found->id);
    if (!projects) {
        *exitCode = reject(projects.error());
        return 0;
    }
    for (const Project& p : projects.value())
        if (p.seq == seq)
            return p.id;
    *exitCode = reject(Error(Cli::tr("%1 年度计划没有第 %2 项").arg(m_year).arg(seq)));
    return 0;
}

std::optional<Teacher> CommandContext::teacher(int* exitCode)
{
    const QString staff = normalizeStaffNumber(value("staff"));
    if (staff.isEmpty()) {
        *exitCode = usage(Cli::tr("需要 --staff 工号"));
        return std::nullopt;
    }
    Database* db = database();
    if (!db) {
        *exitCode = ExitRejected;
        return std::nullopt;
    }
    auto found = TeacherRepository(*db).findByStaffNumber(staff);
    if (!found) {
        *exitCode = reject(found.error());
        return std::nullopt;
    }
    if (!found->has_value()) {
        *exitCode = reject(Error(Cli::tr("没有工号为「%1」的教师").arg(staff)));
        return std::nullopt;
    }
    return **found;
}

std::optional<PlanDocument> CommandContext::planDocument(Rules rules, int* exitCode)
{
    const auto found = plan(exitCode);
    if (!found)
        return std::nullopt;
    PlanLoader loader(*database());
    auto options = loader.checkOptions(found->district, m_today);
    if (!options) {
        *exitCode = reject(options.error());
        return std::nullopt;
    }
    if (rules == Rules::TableOnly) {
        options->knownUnits.clear();
        options->deadlines = false;
    }
    auto document = loader.document(*found, options.value());
    if (!document) {
        *exitCode = reject(document.error());
        return std::nullopt;
    }
    return document.value();
}

int CommandContext::rejectFindings(const Findings& findings, QJsonObject doc)
{
    for (const Finding& f : findings)
        message(QStringLiteral("[%1] %2：%3").arg(severityLabel(f.severity), f.subject(), f.message));
    message(Cli::tr("有错误，未导入任何内容。"));
    if (json()) {
        doc.insert(QStringLiteral("findings"), findingsJson(findings));
        doc.insert(QStringLiteral("imported"), 0);
        printJson(doc);
    }
    return ExitRejected;
}

} // namespace tp::cli
