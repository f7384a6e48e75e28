#include "LedgerCommands.h"

#include "CliCommands.h"
#include "CreditLedger.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "JsonOutput.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "RosterImporter.h"
#include "TeacherListImporter.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <memory>

namespace tp::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("trainplan-cli", text);
}

struct LedgerCommand {
    QString name; // "teachers import", "credits", ...
    QString synopsis;
    QString summary;
    QStringList valueOptions;
    QStringList flagOptions;
    int positional = 0;
};

const QList<LedgerCommand>& ledgerCommands()
{
    static const QList<LedgerCommand> list {
        { QStringLiteral("teachers import"), QStringLiteral("teachers import FILE [--unit NAME] [--encoding NAME]"),
            tr("导入学校的教师名单（CSV，UTF-8 或 GB18030）；工号重复时报告行列，不导入任何教师"),
            { QStringLiteral("unit"), QStringLiteral("encoding") }, {}, 1 },
        { QStringLiteral("enroll import"),
            QStringLiteral("enroll import FILE --year YEAR --project SEQ [--district NAME] [--encoding NAME]"),
            tr("导入学校的参训名单到计划第 SEQ 项：按容量和名额录取，其余候补"),
            { QStringLiteral("year"), QStringLiteral("project"), QStringLiteral("district"),
                QStringLiteral("encoding") },
            {}, 1 },
        { QStringLiteral("attendance import"),
            QStringLiteral("attendance import FILE --year YEAR --project SEQ [--district NAME] [--session-hours H]"),
            tr("导入考勤表（工号、日期、场次、考勤、学时）；每场默认 4 学时"),
            { QStringLiteral("year"), QStringLiteral("project"), QStringLiteral("district"), QStringLiteral("encoding"),
                QStringLiteral("session-hours") },
            {}, 1 },
        { QStringLiteral("credits register"),
            QStringLiteral("credits register --year YEAR --project SEQ --reason TEXT [--district NAME] [--complete]"),
            tr("学分登记：为该项目结业的参训记录登记学分（--complete 先把录取、报到的记录设为结业）"),
            { QStringLiteral("year"), QStringLiteral("project"), QStringLiteral("district"), QStringLiteral("reason") },
            { QStringLiteral("complete") }, 0 },
        { QStringLiteral("credits"),
            QStringLiteral("credits --cycle 2021-2025 [--unit NAME] [--below] [--district NAME] [--rules PRESET]"),
            tr("每位教师本周期的学分：各项要求的累计、状态（已达标/进度正常/有风险/未达标）；--below 只列未达要求者"),
            { QStringLiteral("cycle"), QStringLiteral("unit"), QStringLiteral("district"), QStringLiteral("rules") },
            { QStringLiteral("below") }, 0 },
    };
    return list;
}

class LedgerContext {
public:
    LedgerContext(QIODevice& out, QIODevice& err)
        : m_out(out)
        , m_err(err)
    {
    }

    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList positional;
    QDate today = QDate::currentDate();

    bool json() const { return flags.contains(QStringLiteral("json")); }
    QString value(const char* name) const { return values.value(QString::fromLatin1(name)); }
    bool has(const char* name) const { return values.contains(QString::fromLatin1(name)); }

    void print(const QString& text) { m_out.write(text.toUtf8()); }
    void printJson(const QJsonObject& doc) { m_out.write(toJsonBytes(doc)); }
    void message(const QString& text) { m_err.write((text + QLatin1Char('\n')).toUtf8()); }
    int usage(const QString& text)
    {
        message(text);
        message(tr("运行 trainplan-cli --help 查看用法。"));
        return ExitUsage;
    }
    int reject(const Error& error)
    {
        message(error.toString());
        if (json())
            printJson(errorDocument(error));
        return ExitRejected;
    }
    // Findings with errors: each to stderr; with --json one document with them.
    int rejectFindings(const Findings& findings, QJsonObject doc)
    {
        for (const Finding& f : findings)
            message(QStringLiteral("[%1] %2：%3").arg(severityLabel(f.severity), f.subject(), f.message));
        message(tr("有错误，未导入任何内容。"));
        if (json()) {
            doc.insert(QStringLiteral("findings"), findingsJson(findings));
            doc.insert(QStringLiteral("imported"), 0);
            printJson(doc);
        }
        return ExitRejected;
    }

    Database* database()
    {
        if (m_db)
            return m_db.get();
        const QString path = values.value(QStringLiteral("db"), Database::defaultPath());
        auto opened = Database::open(path);
        if (!opened) {
            Error e = opened.error();
            if (e.file.isEmpty())
                e.file = path;
            reject(e);
            return nullptr;
        }
        m_db = opened.value();
        m_db->setActor(QStringLiteral("trainplan-cli"));
        return m_db.get();
    }

private:
    QIODevice& m_out;
    QIODevice& m_err;
    std::shared_ptr<Database> m_db;
};

// The project of --year/--project [--district]; 0 with the exit code set when it cannot be found.
qint64 resolveProject(LedgerContext& ctx, int* code, int* year = nullptr)
{
    static const QRegularExpression yearPattern(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression seqPattern(QStringLiteral("^\\d{1,4}$"));
    if (!ctx.has("year") || !yearPattern.match(ctx.value("year")).hasMatch()) {
        *code = ctx.usage(tr("需要 --year 年度（四位数）"));
        return 0;
    }
    if (!ctx.has("project") || !seqPattern.match(ctx.value("project")).hasMatch()) {
        *code = ctx.usage(tr("需要 --project 项目序号（计划表中的序号）"));
        return 0;
    }
    const int y = ctx.value("year").toInt();
    const int seq = ctx.value("project").toInt();
    if (year)
        *year = y;
    Database* db = ctx.database();
    if (!db) {
        *code = ExitRejected;
        return 0;
    }
    PlanRepository plans(*db);
    auto all = plans.plans();
    if (!all) {
        *code = ctx.reject(all.error());
        return 0;
    }
    QList<Plan> matching;
    for (const Plan& p : all.value())
        if (p.year == y && (!ctx.has("district") || p.district == ctx.value("district").trimmed()))
            matching << p;
    if (matching.size() != 1) {
        *code = ctx.reject(Error(matching.isEmpty()
                ? tr("没有 %1 年度的计划%2")
                      .arg(y)
                      .arg(ctx.has("district") ? tr("（%1）").arg(ctx.value("district")) : QString())
                : tr("%1 年度有多个区县的计划，请用 --district 指定").arg(y)));
        return 0;
    }
    auto projects = plans.projects(matching.first().id);
    if (!projects) {
        *code = ctx.reject(projects.error());
        return 0;
    }
    for (const Project& p : projects.value())
        if (p.seq == seq)
            return p.id;
    *code = ctx.reject(Error(tr("%1 年度计划没有第 %2 项").arg(y).arg(seq)));
    return 0;
}

int runTeachersImport(LedgerContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    const QString file = ctx.positional.first();
    auto result = TeacherListImporter::importFile(*db, file, ctx.value("unit"), ctx.value("encoding"));
    if (!result)
        return ctx.reject(result.error());
    QJsonObject doc;
    doc.insert(QStringLiteral("file"), file);
    doc.insert(QStringLiteral("encoding"), result->encoding);
    if (result->hasErrors())
        return ctx.rejectFindings(result->findings, doc);
    doc.insert(QStringLiteral("imported"), result->imported);
    doc.insert(QStringLiteral("findings"), findingsJson(result->findings));
    if (ctx.json())
        ctx.printJson(doc);
    else
        ctx.print(tr("已导入 %1 位教师（%2，%3）\n").arg(result->imported).arg(file, result->encoding));
    return ExitSuccess;
}

int runEnrollImport(LedgerContext& ctx)
{
    int code = ExitSuccess;
    const qint64 project = resolveProject(ctx, &code);
    if (!project)
        return code;
    const QString file = ctx.positional.first();
    auto result = RosterImporter::importFile(*ctx.database(), project, file, ctx.value("encoding"), ctx.today);
    if (!result)
        return ctx.reject(result.error());
    QJsonObject doc;
    doc.insert(QStringLiteral("file"), file);
    doc.insert(QStringLiteral("encoding"), result->encoding);
    if (result->hasErrors())
        return ctx.rejectFindings(result->findings, doc);
    doc.insert(QStringLiteral("imported"), result->outcome.enrollments.size());
    doc.insert(QStringLiteral("admitted"), result->outcome.admitted);
    doc.insert(QStringLiteral("waitlisted"), result->outcome.waitlisted);
    doc.insert(QStringLiteral("already_enrolled"), result->outcome.alreadyEnrolled.size());
    if (ctx.json())
        ctx.printJson(doc);
    else
        ctx.print(tr("已报名 %1 人：录取 %2，候补 %3；已在名单中 %4 人\n")
                      .arg(result->outcome.enrollments.size())
                      .arg(result->outcome.admitted)
                      .arg(result->outcome.waitlisted)
                      .arg(result->outcome.alreadyEnrolled.size()));
    return ExitSuccess;
}

int runAttendanceImport(LedgerContext& ctx)
{
    double sessionHours = 4;
    if (ctx.has("session-hours")) {
        bool ok = false;
        sessionHours = ctx.value("session-hours").toDouble(&ok);
        if (!ok || sessionHours <= 0 || sessionHours > 24)
            return ctx.usage(tr("--session-hours 的值「%1」应为 0 到 24 之间的数").arg(ctx.value("session-hours")));
    }
    int code = ExitSuccess;
    const qint64 project = resolveProject(ctx, &code);
    if (!project)
        return code;
    const QString file = ctx.positional.first();
    auto result = AttendanceImporter::importFile(*ctx.database(), project, file, sessionHours, ctx.value("encoding"));
    if (!result)
        return ctx.reject(result.error());
    QJsonObject doc;
    doc.insert(QStringLiteral("file"), file);
    doc.insert(QStringLiteral("encoding"), result->encoding);
    if (result->hasErrors())
        return ctx.rejectFindings(result->findings, doc);
    doc.insert(QStringLiteral("imported"), result->records);
    doc.insert(QStringLiteral("enrollments"), result->enrollments);
    if (ctx.json())
        ctx.printJson(doc);
    else
        ctx.print(tr("已导入 %1 条考勤（%2 人）\n").arg(result->records).arg(result->enrollments));
    return ExitSuccess;
}

int runCreditsRegister(LedgerContext& ctx)
{
    if (ctx.value("reason").trimmed().isEmpty())
        return ctx.usage(tr("学分登记需要 --reason 说明（例如“2021年第一批学分登记”）"));
    int code = ExitSuccess;
    const qint64 project = resolveProject(ctx, &code);
    if (!project)
        return code;
    Database* db = ctx.database();
    EnrollmentRepository enrollments(*db);
    LedgerRepository ledger(*db);
    auto list = enrollments.enrollments(project);
    if (!list)
        return ctx.reject(list.error());
    QList<qint64> ids;
    QList<qint64> toComplete;
    for (const Enrollment& e : list.value()) {
        if (ctx.flags.contains(QStringLiteral("complete"))
            && (e.status == EnrollmentStatus::Admitted || e.status == EnrollmentStatus::CheckedIn))
            toComplete << e.id;
        if (holdsSeat(e.status))
            ids << e.id;
    }
    if (!toComplete.isEmpty())
        if (Status s = enrollments.setStatuses(toComplete, EnrollmentStatus::Completed); !s)
            return ctx.reject(s.error());
    auto rules = ledger.creditRules(ctx.value("district"));
    if (!rules)
        return ctx.reject(rules.error());
    auto report = ledger.registerCredits(ids, rules.value(), ctx.value("reason").trimmed(), ctx.today);
    if (!report)
        return ctx.reject(report.error());
    QJsonObject doc;
    doc.insert(QStringLiteral("registered"), report->registrationIds.size());
    QJsonArray skipped;
    for (const auto& [id, why] : report->skipped)
        skipped.append(QJsonObject { { QStringLiteral("enrollment"), id }, { QStringLiteral("reason"), why } });
    doc.insert(QStringLiteral("skipped"), skipped);
    if (ctx.json())
        ctx.printJson(doc);
    else
        ctx.print(
            tr("已登记 %1 人的学分；未登记 %2 人\n").arg(report->registrationIds.size()).arg(report->skipped.size()));
    return ExitSuccess;
}

QString amountText(double v)
{
    return formatNumber(std::round(v * 100) / 100);
}

int runCredits(LedgerContext& ctx)
{
    static const QRegularExpression cyclePattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const auto m = cyclePattern.match(ctx.value("cycle"));
    if (!ctx.has("cycle") || !m.hasMatch())
        return ctx.usage(tr("需要 --cycle 周期，例如 --cycle 2021-2025"));
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
                tr("没有学分规则「%1」；可用：%2").arg(ctx.value("rules"), ids.join(QStringLiteral(", "))));
        }
    } else {
        auto chosen = ledger.creditRules(ctx.value("district"));
        if (!chosen)
            return ctx.reject(chosen.error());
        rules = chosen.value();
    }
    if (end - start + 1 != rules.cycleYears || rules.cycleStartOf(start) != start)
        return ctx.usage(tr("「%1」不是学分规则「%2」的周期（每 %3 年，自 %4 年起）")
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
            return ctx.reject(Error(tr("没有名为「%1」的单位").arg(unitName)));
    }
    const bool below = ctx.flags.contains(QStringLiteral("below"));
    auto rows = ledger.report(rules, start, ctx.today, scope, below);
    if (!rows)
        return ctx.reject(rows.error());

    if (ctx.json()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("cycle"),
            QJsonObject { { QStringLiteral("start"), start }, { QStringLiteral("end"), end } });
        doc.insert(QStringLiteral("rules"),
            QJsonObject { { QStringLiteral("id"), rules.id }, { QStringLiteral("name"), rules.name },
                { QStringLiteral("source"), rules.source } });
        doc.insert(QStringLiteral("today"), ctx.today.toString(Qt::ISODate));
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
    QString s = tr("%1–%2 周期，学分规则「%3」，以 %4 为今天%5\n")
                    .arg(start)
                    .arg(end)
                    .arg(rules.name, ctx.today.toString(Qt::ISODate), below ? tr("，只列未达要求者") : QString());
    for (const TeacherCreditRow& r : rows.value()) {
        QStringList parts;
        for (const RequirementStatus& st : r.status.requirements) {
            const QString label = st.year > 0 ? QStringLiteral("%1%2").arg(st.label).arg(st.year) : st.label;
            QString part
                = QStringLiteral("%1 %2/%3%4")
                      .arg(label, amountText(st.earned), amountText(st.minimum), creditMeasureLabel(st.measure));
            if (st.missing > 0)
                part += tr("（差 %1）").arg(amountText(st.missing));
            parts << part;
        }
        s += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                 .arg(r.teacher.staffNumber, r.teacher.name, r.teacher.unitName, creditStateLabel(r.status.overall),
                     parts.join(QStringLiteral("；")));
    }
    s += tr("共 %1 人\n").arg(rows->size());
    ctx.print(s);
    return ExitSuccess;
}

} // namespace

bool isLedgerCommand(const QString& command)
{
    return command == QStringLiteral("teachers") || command == QStringLiteral("enroll")
        || command == QStringLiteral("attendance") || command == QStringLiteral("credits");
}

QString ledgerHelpText()
{
    QString s;
    for (const LedgerCommand& c : ledgerCommands())
        s += QStringLiteral("  trainplan-cli %1\n      %2\n").arg(c.synopsis, c.summary);
    return s;
}

int runLedgerCommand(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    LedgerContext ctx(out, err);
    // "credits register" and "credits" share a first word; the sub-command decides.
    QString name = arguments.first();
    qsizetype next = 1;
    if (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'))
        && (name != QStringLiteral("credits") || arguments.at(1) == QStringLiteral("register"))) {
        name += QLatin1Char(' ') + arguments.at(1);
        next = 2;
    }
    const auto command = std::find_if(
        ledgerCommands().begin(), ledgerCommands().end(), [&](const LedgerCommand& c) { return c.name == name; });
    if (command == ledgerCommands().end())
        return ctx.usage(tr("未知的命令「%1」").arg(name));
    QStringList valueOptions = command->valueOptions;
    valueOptions << QStringLiteral("db") << QStringLiteral("today");
    QStringList flagOptions = command->flagOptions;
    flagOptions << QStringLiteral("json") << QStringLiteral("help");
    for (qsizetype i = next; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        if (!a.startsWith(QStringLiteral("--"))) {
            if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
                return ctx.usage(tr("命令 %1 不认识选项 %2").arg(name, a));
            ctx.positional << a;
            continue;
        }
        QString option = a.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = option.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = option.mid(eq + 1);
            option.truncate(eq);
        }
        if (flagOptions.contains(option) && !inlineValue) {
            ctx.flags.insert(option);
        } else if (valueOptions.contains(option)) {
            if (inlineValue)
                ctx.values.insert(option, *inlineValue);
            else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QStringLiteral("--")))
                ctx.values.insert(option, arguments.at(++i));
            else
                return ctx.usage(tr("选项 --%1 缺少值").arg(option));
        } else {
            return ctx.usage(tr("命令 %1 不认识选项 --%2").arg(name, option));
        }
    }
    if (ctx.flags.contains(QStringLiteral("help"))) {
        out.write(QStringLiteral("trainplan-cli %1\n    %2\n").arg(command->synopsis, command->summary).toUtf8());
        return ExitSuccess;
    }
    if (ctx.positional.size() != command->positional)
        return ctx.usage(tr("用法：trainplan-cli %1").arg(command->synopsis));
    if (ctx.has("db") && ctx.value("db").trimmed().isEmpty())
        return ctx.usage(tr("--db 的值为空"));
    if (ctx.has("today")) {
        ctx.today = QDate::fromString(ctx.value("today"), Qt::ISODate);
        if (!ctx.today.isValid())
            return ctx.usage(tr("--today 的值「%1」不是有效的日期（格式 YYYY-MM-DD）").arg(ctx.value("today")));
    }
    if (command->name == QStringLiteral("teachers import"))
        return runTeachersImport(ctx);
    if (command->name == QStringLiteral("enroll import"))
        return runEnrollImport(ctx);
    if (command->name == QStringLiteral("attendance import"))
        return runAttendanceImport(ctx);
    if (command->name == QStringLiteral("credits register"))
        return runCreditsRegister(ctx);
    return runCredits(ctx);
}

} // namespace tp::cli
