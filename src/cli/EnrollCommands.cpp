#include "Commands.h"

#include "CommandContext.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnrollmentService.h"
#include "JsonOutput.h"
#include "TeacherRepository.h"

#include <QJsonArray>
#include <QJsonObject>

// The enrolment commands of trainplan-cli: enroll import (a school's roster), enroll withdraw (退训 and the
// waitlist's promotion), attendance import (an attendance sheet).

namespace tp::cli {

namespace {

int runEnrollImport(CommandContext& ctx)
{
    int code = ExitSuccess;
    const qint64 project = ctx.project(&code);
    if (!project)
        return code;
    const QString file = ctx.positional().first();
    auto result
        = EnrollmentService(*ctx.database()).importRosterFile(project, file, ctx.value("encoding"), ctx.today());
    QJsonObject doc;
    if (const auto rejected = ctx.rejectedImport(result, file, &doc))
        return *rejected;
    doc.insert(QStringLiteral("imported"), result->outcome.enrollments.size());
    doc.insert(QStringLiteral("admitted"), result->outcome.admitted);
    doc.insert(QStringLiteral("waitlisted"), result->outcome.waitlisted);
    doc.insert(QStringLiteral("already_enrolled"), result->outcome.alreadyEnrolled.size());
    if (ctx.json())
        ctx.printJson(doc);
    else
        ctx.print(Cli::tr("已报名 %1 人：录取 %2，候补 %3；已在名单中 %4 人\n")
                      .arg(result->outcome.enrollments.size())
                      .arg(result->outcome.admitted)
                      .arg(result->outcome.waitlisted)
                      .arg(result->outcome.alreadyEnrolled.size()));
    return ExitSuccess;
}

int runAttendanceImport(CommandContext& ctx)
{
    double sessionHours = 4;
    if (ctx.has("session-hours")) {
        bool ok = false;
        sessionHours = ctx.value("session-hours").toDouble(&ok);
        if (!ok || sessionHours <= 0 || sessionHours > 24)
            return ctx.usage(
                Cli::tr("--session-hours 的值「%1」应为 0 到 24 之间的数").arg(ctx.value("session-hours")));
    }
    int code = ExitSuccess;
    const qint64 project = ctx.project(&code);
    if (!project)
        return code;
    const QString file = ctx.positional().first();
    auto result
        = EnrollmentService(*ctx.database()).importAttendanceFile(project, file, sessionHours, ctx.value("encoding"));
    QJsonObject doc;
    if (const auto rejected = ctx.rejectedImport(result, file, &doc))
        return *rejected;
    doc.insert(QStringLiteral("imported"), result->records);
    doc.insert(QStringLiteral("enrollments"), result->enrollments);
    if (ctx.json())
        ctx.printJson(doc);
    else
        ctx.print(Cli::tr("已导入 %n 条考勤（%1 人）\n", nullptr, result->records).arg(result->enrollments));
    return ExitSuccess;
}

int runEnrollWithdraw(CommandContext& ctx)
{
    int code = ExitSuccess;
    const qint64 project = ctx.project(&code);
    if (!project)
        return code;
    const auto teacher = ctx.teacher(&code);
    if (!teacher)
        return code;
    Database* db = ctx.database();
    EnrollmentRepository enrollments(*db);
    auto found = enrollments.find(project, teacher->id);
    if (!found)
        return ctx.reject(found.error());
    if (!found->has_value())
        return ctx.reject(
            Error(Cli::tr("%1（工号 %2）没有报名 %3 年度计划第 %4 项")
                      .arg(teacher->name, teacher->staffNumber, ctx.value("year"), ctx.value("project"))));
    if ((*found)->status == EnrollmentStatus::Withdrawn)
        return ctx.reject(Error(Cli::tr("%1（工号 %2）已退训").arg(teacher->name, teacher->staffNumber)));
    auto promoted = EnrollmentService(*db).withdraw({ (*found)->id }, ctx.value("reason").trimmed());
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
    QString s = Cli::tr("已退训：%1 %2（%3）\n").arg(teacher->staffNumber, teacher->name, teacher->unitName);
    if (promotedTeachers.isEmpty())
        s += Cli::tr("没有候补教师递补\n");
    for (const Teacher& t : promotedTeachers)
        s += Cli::tr("候补递补录取：%1 %2（%3）\n").arg(t.staffNumber, t.name, t.unitName);
    ctx.print(s);
    return ExitSuccess;
}

} // namespace

QList<Command> enrollCommands()
{
    return {
        { QStringLiteral("enroll import"),
            QStringLiteral("enroll import FILE --year YEAR --project SEQ [--district NAME] [--encoding NAME]"),
            Cli::tr("导入学校的参训名单到计划第 SEQ 项：按容量和名额录取，其余候补"),
            projectOptions() << QList<QCommandLineOption> { valueOption("encoding", "NAME") },
            { QStringLiteral("FILE") }, true, Command::Fonts::Never, runEnrollImport },
        { QStringLiteral("attendance import"),
            QStringLiteral("attendance import FILE --year YEAR --project SEQ [--district NAME] [--session-hours H]"),
            Cli::tr("导入考勤表（工号、日期、场次、考勤、学时）；每场默认 4 学时"),
            projectOptions() << QList<QCommandLineOption> { valueOption("encoding", "NAME"),
                valueOption("session-hours", "H") },
            { QStringLiteral("FILE") }, true, Command::Fonts::Never, runAttendanceImport },
        { QStringLiteral("enroll withdraw"),
            QStringLiteral(
                "enroll withdraw --year YEAR --project SEQ --staff NUMBER [--reason TEXT] [--district NAME]"),
            Cli::tr("退训：把该教师从计划第 SEQ 项的名单中退出，第一位候补教师递补录取"),
            projectOptions() << QList<QCommandLineOption> { valueOption("staff", "NUMBER"),
                valueOption("reason", "TEXT") },
            {}, true, Command::Fonts::Never, runEnrollWithdraw },
    };
}

} // namespace tp::cli
