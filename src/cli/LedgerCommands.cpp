#include "LedgerCommands.h"

#include "CliCommands.h"
#include "CliDatabase.h"
#include "CliOutput.h"
#include "CreditLedger.h"
#include "CreditReportDocument.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "ExternalCreditImporter.h"
#include "JsonOutput.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "RosterImporter.h"
#include "TeacherListImporter.h"
#include "TeacherRepository.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
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

class LedgerContext;
int runTeachersImport(LedgerContext& ctx);
int runEnrollImport(LedgerContext& ctx);
int runAttendanceImport(LedgerContext& ctx);
int runCreditsRegister(LedgerContext& ctx);
int runCredits(LedgerContext& ctx);
int runEnrollWithdraw(LedgerContext& ctx);
int runExternalImport(LedgerContext& ctx);
int runExternalAdd(LedgerContext& ctx);
int runCreditsReverse(LedgerContext& ctx);
int runCreditsHistory(LedgerContext& ctx);

struct LedgerCommand {
    QString name; // "teachers import", "credits", ...
    QString synopsis;
    QString summary;
    QStringList valueOptions;
    QStringList flagOptions;
    int positional = 0;
    int (*run)(LedgerContext&) = nullptr;
};

const QList<LedgerCommand>& ledgerCommands()
{
    static const QList<LedgerCommand> list {
        { QStringLiteral("teachers import"), QStringLiteral("teachers import FILE [--unit NAME] [--encoding NAME]"),
            tr("导入学校的教师名单（CSV，UTF-8 或 GB18030）；工号重复时报告行列，不导入任何教师"),
            { QStringLiteral("unit"), QStringLiteral("encoding") }, {}, 1, runTeachersImport },
        { QStringLiteral("enroll import"),
            QStringLiteral("enroll import FILE --year YEAR --project SEQ [--district NAME] [--encoding NAME]"),
            tr("导入学校的参训名单到计划第 SEQ 项：按容量和名额录取，其余候补"),
            { QStringLiteral("year"), QStringLiteral("project"), QStringLiteral("district"),
                QStringLiteral("encoding") },
            {}, 1, runEnrollImport },
        { QStringLiteral("attendance import"),
            QStringLiteral("attendance import FILE --year YEAR --project SEQ [--district NAME] [--session-hours H]"),
            tr("导入考勤表（工号、日期、场次、考勤、学时）；每场默认 4 学时"),
            { QStringLiteral("year"), QStringLiteral("project"), QStringLiteral("district"), QStringLiteral("encoding"),
                QStringLiteral("session-hours") },
            {}, 1, runAttendanceImport },
        { QStringLiteral("enroll withdraw"),
            QStringLiteral(
                "enroll withdraw --year YEAR --project SEQ --staff NUMBER [--reason TEXT] [--district NAME]"),
            tr("退训：把该教师从计划第 SEQ 项的名单中退出，第一位候补教师递补录取"),
            { QStringLiteral("year"), QStringLiteral("project"), QStringLiteral("district"), QStringLiteral("staff"),
                QStringLiteral("reason") },
            {}, 0, runEnrollWithdraw },
        { QStringLiteral("credits register"),
            QStringLiteral("credits register --year YEAR --project SEQ --reason TEXT [--district NAME] [--complete]"),
            tr("学分登记：为该项目结业的参训记录登记学分（--complete 先把录取、报到的记录设为结业）"),
            { QStringLiteral("year"), QStringLiteral("project"), QStringLiteral("district"), QStringLiteral("reason") },
            { QStringLiteral("complete") }, 0, runCreditsRegister },
        { QStringLiteral("credits external import"), QStringLiteral("credits external import FILE [--encoding NAME]"),
            tr("导入外部学分（国培、市培、省平台记录；CSV：工号、姓名、年度、级别、形式、学分、学时、培训名称、来源）；"
               "有错误时报告行列和值，不导入任何记录"),
            { QStringLiteral("encoding") }, {}, 1, runExternalImport },
        { QStringLiteral("credits external add"),
            QStringLiteral("credits external add --staff NUMBER --year YEAR --level LEVEL --kind KIND --credits C "
                           "[--hours H] --title TEXT --source TEXT"),
            tr("登记一条外部学分（级别：国家级/省级/市级/区县级/校级；形式：集中/网络/校本/实践）"),
            { QStringLiteral("staff"), QStringLiteral("year"), QStringLiteral("level"), QStringLiteral("kind"),
                QStringLiteral("credits"), QStringLiteral("hours"), QStringLiteral("title"), QStringLiteral("source") },
            {}, 0, runExternalAdd },
        { QStringLiteral("credits reverse"), QStringLiteral("credits reverse REGISTRATION_ID --reason TEXT"),
            tr("撤销一次学分登记（记一条负数登记，原登记保留）；之后可重新登记"), { QStringLiteral("reason") }, {}, 1,
            runCreditsReverse },
        { QStringLiteral("credits history"), QStringLiteral("credits history --staff NUMBER"),
            tr("教师的学分登记记录：登记编号、日期、登记人、年度、级别、形式、学分、学时、项目或来源、说明、是否撤销"),
            { QStringLiteral("staff") }, {}, 0, runCreditsHistory },
        { QStringLiteral("credits"),
            QStringLiteral("credits --cycle 2021-2025 [--unit NAME] [--below] [--district NAME] [--rules PRESET] "
                           "[--output FILE.pdf [--orientation portrait|landscape] [--issuer TEXT]]"),
            tr("每位教师本周期的学分：各项要求的累计、状态（已达标/进度正常/有风险/未达标）；--below 只列未达要求者；"
               "--output 写出学分统计表 PDF（A4，表头每页重复，末尾汇总各状态人数、落款与日期）"),
            { QStringLiteral("cycle"), QStringLiteral("unit"), QStringLiteral("district"), QStringLiteral("rules"),
                QStringLiteral("output"), QStringLiteral("orientation"), QStringLiteral("issuer") },
            { QStringLiteral("below") }, 0, runCredits },
    };
    return list;
}

class LedgerContext : public CliOutput {
public:
    LedgerContext(QIODevice& out, QIODevice& err)
        : CliOutput(out, err)
    {
    }

    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList positional;
    QDate today = QDate::currentDate();

    bool json() const override { return flags.contains(QStringLiteral("json")); }
    QString value(const char* name) const { return values.value(QString::fromLatin1(name)); }
    bool has(const char* name) const { return values.contains(QString::fromLatin1(name)); }

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
        auto opened = openCliDatabase(values.value(QStringLiteral("db"), Database::defaultPath()));
        if (!opened) {
            reject(opened.error());
            return nullptr;
        }
        m_db = opened.value();
        return m_db.get();
    }

private:
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
    const PlanLookup lookup = findCliPlan(plans, y, ctx.value("district"));
    if (!lookup.plan) {
        *code = lookup.ambiguous ? ctx.usage(lookup.error.message) : ctx.reject(lookup.error);
        return 0;
    }
    auto projects = plans.projects(lookup.plan->id);
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
    auto rules = ledger.creditRules(ctx.value("district"));
    if (!rules)
        return ctx.reject(rules.error());
    // One transaction (issue 9): a kill can no longer leave enrollments 结业 without their credits.
    auto report = ledger.completeAndRegister(toComplete, ids, rules.value(), ctx.value("reason").trimmed(), ctx.today);
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
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    if (ctx.has("orientation")) {
        if (ctx.value("orientation") == QStringLiteral("landscape"))
            orientation = QPageLayout::Landscape;
        else if (ctx.value("orientation") != QStringLiteral("portrait"))
            return ctx.usage(tr("--orientation 的值「%1」无效；可用：portrait（纵向）、landscape（横向）")
                                 .arg(ctx.value("orientation")));
    }
    if ((ctx.has("orientation") || ctx.has("issuer")) && !ctx.has("output"))
        return ctx.usage(tr("--orientation 和 --issuer 只用于 --output 写出的 PDF"));
    if (ctx.has("output") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.reject(Error(tr("写出 PDF 需要字体（QGuiApplication），当前进程没有")));
    auto rows = ledger.report(rules, start, ctx.today, scope, below);
    if (!rows)
        return ctx.reject(rows.error());

    // 学分统计表 as a PDF: the school's (or the district's, with a 单位 column) teachers and their status.
    if (ctx.has("output")) {
        CreditReportOptions options;
        options.district = ctx.value("district");
        options.unitName = unitName;
        options.rules = rules;
        options.cycleStart = start;
        options.asOf = ctx.today;
        options.belowOnly = below;
        options.issuer = ctx.value("issuer");
        options.page = PageSetup::defaults(orientation);
        const CreditReportDocument document(rows.value(), options);
        const QString output = ctx.value("output");
        if (Status written = document.writePdf(output); !written)
            return ctx.reject(written.error());
        if (ctx.json())
            ctx.printJson(
                QJsonObject { { QStringLiteral("output"), output }, { QStringLiteral("pages"), document.pageCount() },
                    { QStringLiteral("count"), rows->size() }, { QStringLiteral("summary"), document.summary() } });
        else
            ctx.print(tr("已写出「%1」到 %2（%3 页）；%4\n")
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
            QString part = QStringLiteral("%1 %2/%3%4")
                               .arg(label, formatCreditAmount(st.earned), formatCreditAmount(st.minimum),
                                   creditMeasureLabel(st.measure));
            if (st.missing > 0)
                part += tr("（差 %1）").arg(formatCreditAmount(st.missing));
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

// The teacher of --staff; nullopt with the exit code set when there is none.
std::optional<Teacher> resolveTeacher(LedgerContext& ctx, int* code)
{
    const QString staff = normalizeStaffNumber(ctx.value("staff"));
    if (staff.isEmpty()) {
        *code = ctx.usage(tr("需要 --staff 工号"));
        return std::nullopt;
    }
    Database* db = ctx.database();
    if (!db) {
        *code = ExitRejected;
        return std::nullopt;
    }
    auto found = TeacherRepository(*db).findByStaffNumber(staff);
    if (!found) {
        *code = ctx.reject(found.error());
        return std::nullopt;
    }
    if (!found->has_value()) {
        *code = ctx.reject(Error(tr("没有工号为「%1」的教师").arg(staff)));
        return std::nullopt;
    }
    return **found;
}

QJsonObject teacherJson(const Teacher& t)
{
    return QJsonObject { { QStringLiteral("staff_number"), t.staffNumber }, { QStringLiteral("name"), t.name },
        { QStringLiteral("unit"), t.unitName } };
}

int runEnrollWithdraw(LedgerContext& ctx)
{
    int code = ExitSuccess;
    const qint64 project = resolveProject(ctx, &code);
    if (!project)
        return code;
    const auto teacher = resolveTeacher(ctx, &code);
    if (!teacher)
        return code;
    Database* db = ctx.database();
    EnrollmentRepository enrollments(*db);
    auto found = enrollments.find(project, teacher->id);
    if (!found)
        return ctx.reject(found.error());
    if (!found->has_value())
        return ctx.reject(
            Error(tr("%1（工号 %2）没有报名 %3 年度计划第 %4 项")
                      .arg(teacher->name, teacher->staffNumber, ctx.value("year"), ctx.value("project"))));
    if ((*found)->status == EnrollmentStatus::Withdrawn)
        return ctx.reject(Error(tr("%1（工号 %2）已退训").arg(teacher->name, teacher->staffNumber)));
    auto promoted = enrollments.withdraw((*found)->id, ctx.value("reason").trimmed());
    if (!promoted)
        return ctx.reject(promoted.error());
    TeacherRepository teachers(*db);
    QList<Teacher> promotedTeachers;
    for (qint64 id : promoted.value()) {
        auto e = enrollments.enrollment(id);
        if (!e)
            return ctx.reject(e.error());
        auto t = teachers.teacher(e->teacherId);
        if (!t)
            return ctx.reject(t.error());
        promotedTeachers << t.value();
    }
    if (ctx.json()) {
        QJsonArray list;
        for (const Teacher& t : promotedTeachers)
            list.append(teacherJson(t));
        ctx.printJson(QJsonObject {
            { QStringLiteral("withdrawn"), teacherJson(*teacher) }, { QStringLiteral("promoted"), list } });
        return ExitSuccess;
    }
    QString s = tr("已退训：%1 %2（%3）\n").arg(teacher->staffNumber, teacher->name, teacher->unitName);
    if (promotedTeachers.isEmpty())
        s += tr("没有候补教师递补\n");
    for (const Teacher& t : promotedTeachers)
        s += tr("候补递补录取：%1 %2（%3）\n").arg(t.staffNumber, t.name, t.unitName);
    ctx.print(s);
    return ExitSuccess;
}

int runExternalImport(LedgerContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    const QString file = ctx.positional.first();
    auto result = ExternalCreditImporter::importFile(*db, file, ctx.value("encoding"), ctx.today);
    if (!result)
        return ctx.reject(result.error());
    QJsonObject doc;
    doc.insert(QStringLiteral("file"), file);
    doc.insert(QStringLiteral("encoding"), result->encoding);
    if (result->hasErrors())
        return ctx.rejectFindings(result->findings, doc);
    QJsonArray ids;
    for (qint64 id : result->registrationIds)
        ids.append(id);
    doc.insert(QStringLiteral("imported"), result->registrationIds.size());
    doc.insert(QStringLiteral("registrations"), ids);
    if (ctx.json())
        ctx.printJson(doc);
    else
        ctx.print(
            tr("已导入 %1 条外部学分（%2，%3）\n").arg(result->registrationIds.size()).arg(file, result->encoding));
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
bool amountOption(LedgerContext& ctx, const char* name, double* value, int* code)
{
    *value = 0;
    if (!ctx.has(name))
        return true;
    bool ok = false;
    *value = ctx.value(name).trimmed().toDouble(&ok);
    if (!ok || *value < 0) {
        *code = ctx.usage(tr("--%1 的值「%2」应为非负的数").arg(QString::fromLatin1(name), ctx.value(name)));
        return false;
    }
    return true;
}

int runExternalAdd(LedgerContext& ctx)
{
    static const QRegularExpression yearPattern(QStringLiteral("^\\d{4}$"));
    if (!yearPattern.match(ctx.value("year")).hasMatch())
        return ctx.usage(tr("需要 --year 年度（四位数）"));
    const auto level = levelOption(ctx.value("level"));
    if (!level)
        return ctx.usage(tr("--level 的值「%1」应为 国家级、省级、市级、区县级 或 校级").arg(ctx.value("level")));
    const auto kind = kindOption(ctx.value("kind"));
    if (!kind)
        return ctx.usage(tr("--kind 的值「%1」应为 集中、网络、校本 或 实践").arg(ctx.value("kind")));
    if (!ctx.has("credits"))
        return ctx.usage(tr("需要 --credits 学分"));
    int code = ExitSuccess;
    ExternalCredit c;
    if (!amountOption(ctx, "credits", &c.credits, &code) || !amountOption(ctx, "hours", &c.hours, &code))
        return code;
    c.title = ctx.value("title").trimmed();
    c.source = ctx.value("source").trimmed();
    if (c.title.isEmpty())
        return ctx.usage(tr("需要 --title 培训名称"));
    if (c.source.isEmpty())
        return ctx.usage(tr("需要 --source 来源（例如 国培、市培、省平台）"));
    const auto teacher = resolveTeacher(ctx, &code);
    if (!teacher)
        return code;
    c.teacherId = teacher->id;
    c.year = ctx.value("year").toInt();
    c.level = *level;
    c.kind = *kind;
    auto id = LedgerRepository(*ctx.database()).addExternalCredit(c, tr("%1：%2").arg(c.source, c.title), ctx.today);
    if (!id)
        return ctx.reject(id.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("registration"), id.value() },
            { QStringLiteral("teacher"), teacherJson(*teacher) }, { QStringLiteral("credits"), c.credits },
            { QStringLiteral("hours"), c.hours } });
    else
        ctx.print(tr("已登记 %1 %2 的外部学分 %3（%4 %5，%6），登记编号 %7\n")
                      .arg(teacher->staffNumber, teacher->name, formatCreditAmount(c.credits),
                          trainingLevelLabel(c.level), trainingKindLabel(c.kind), c.title)
                      .arg(id.value()));
    return ExitSuccess;
}

int runCreditsReverse(LedgerContext& ctx)
{
    bool ok = false;
    const qint64 id = ctx.positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(tr("登记编号「%1」应为正整数（见 credits history）").arg(ctx.positional.first()));
    if (ctx.value("reason").trimmed().isEmpty())
        return ctx.usage(tr("撤销学分登记需要 --reason 说明原因"));
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto reversal = LedgerRepository(*db).reverseRegistration(id, ctx.value("reason").trimmed(), ctx.today);
    if (!reversal)
        return ctx.reject(reversal.error());
    if (ctx.json())
        ctx.printJson(
            QJsonObject { { QStringLiteral("reversed"), id }, { QStringLiteral("registration"), reversal.value() } });
    else
        ctx.print(tr("已撤销学分登记 %1（撤销记录编号 %2）\n").arg(id).arg(reversal.value()));
    return ExitSuccess;
}

int runCreditsHistory(LedgerContext& ctx)
{
    int code = ExitSuccess;
    const auto teacher = resolveTeacher(ctx, &code);
    if (!teacher)
        return code;
    Database* db = ctx.database();
    auto list = LedgerRepository(*db).registrations(teacher->id);
    if (!list)
        return ctx.reject(list.error());
    // What each registration is for: the project of its enrollment, or the training earned elsewhere.
    auto what = [](const CreditRegistration& r) -> QString {
        if (r.enrollmentId && r.projectSeq > 0)
            return tr("第 %1 项 %2").arg(r.projectSeq).arg(r.title);
        if (r.enrollmentId)
            return tr("参训记录 %1").arg(r.enrollmentId);
        if (r.title.isEmpty())
            return tr("外部学分");
        return r.source.isEmpty() ? r.title : tr("%1（%2）").arg(r.title, r.source);
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
    QString s = tr("%1 %2（%3）的学分登记\n").arg(teacher->staffNumber, teacher->name, teacher->unitName);
    s += tr("编号\t登记日期\t登记人\t年度\t级别\t形式\t学分\t学时\t项目/来源\t说明\t状态\n");
    for (const CreditRegistration& r : list.value()) {
        const QString state
            = r.reversalOf ? tr("撤销第 %1 条").arg(r.reversalOf) : (r.reversed ? tr("已撤销") : QString());
        s += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t")
                 .arg(QString::number(r.id), r.registeredOn.toString(Qt::ISODate), r.actor, QString::number(r.year),
                     trainingLevelLabel(r.level), trainingKindLabel(r.kind), formatCreditAmount(r.credits),
                     formatCreditAmount(r.hours), what(r))
            + r.reason + QLatin1Char('\t') + state + QLatin1Char('\n');
    }
    s += tr("共 %1 条，合计 %2 学分、%3 学时\n")
             .arg(list->size())
             .arg(formatCreditAmount(total.credits), formatCreditAmount(total.hours));
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
    // Commands of one to three words ("credits", "credits register", "credits external import"): the longest
    // name the leading words spell.
    auto command = ledgerCommands().end();
    qsizetype next = 1;
    QString name = arguments.first();
    for (qsizetype words = std::min<qsizetype>(3, arguments.size()); words >= 1 && command == ledgerCommands().end();
         --words) {
        const QStringList leading = arguments.mid(0, words);
        if (std::any_of(
                leading.begin(), leading.end(), [](const QString& w) { return w.startsWith(QLatin1Char('-')); }))
            continue;
        const QString candidate = leading.join(QLatin1Char(' '));
        command = std::find_if(ledgerCommands().begin(), ledgerCommands().end(),
            [&](const LedgerCommand& c) { return c.name == candidate; });
        if (command != ledgerCommands().end())
            next = words;
        else if (words == 2)
            name = candidate;
    }
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
    return command->run(ctx);
}

} // namespace tp::cli
