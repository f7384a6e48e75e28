#include "Commands.h"

#include "CommandContext.h"
#include "Database.h"
#include "JsonOutput.h"
#include "TeacherService.h"

#include <QDate>
#include <QJsonObject>

// The teacher commands of trainplan-cli: teachers import (a school's teacher list) and teachers update (one
// teacher's facts, audited).

namespace tp::cli {

namespace {

int runTeachersImport(CommandContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    const QString file = ctx.positional().first();
    auto result = TeacherService(*db).importTeacherListFile(file, ctx.value("unit"), ctx.value("encoding"));
    QJsonObject doc;
    if (const auto rejected = ctx.rejectedImport(result, file, &doc))
        return *rejected;
    doc.insert(QStringLiteral("imported"), result->imported);
    doc.insert(QStringLiteral("unchanged"), result->unchanged);
    doc.insert(QStringLiteral("findings"), findingsJson(result->findings));
    if (ctx.json()) {
        ctx.printJson(doc);
    } else {
        ctx.print(Cli::tr("已导入 %n 位教师（%1，%2）\n", nullptr, int(result->imported)).arg(file, result->encoding));
        if (result->unchanged > 0)
            ctx.print(Cli::tr("另有 %n 位教师已登记且与文件一致，未重复导入\n", nullptr, result->unchanged));
    }
    return ExitSuccess;
}

// "姓名 张伟 → 张卫；学科 语文 → 数学".
QString changes(const Teacher& before, const Teacher& after)
{
    QStringList parts;
    const auto shown = [](const QString& value) { return value.isEmpty() ? Cli::tr("（空）") : value; };
    for (const TeacherFactDifference& d : TeacherService::factDifferences(before, after, false))
        parts << Cli::tr("%1 %2 → %3").arg(d.label, shown(d.first), shown(d.second));
    return parts.join(Cli::tr("；"));
}

int runTeachersUpdate(CommandContext& ctx)
{
    int exitCode = ExitSuccess;
    const auto before = ctx.teacher(&exitCode);
    if (!before)
        return exitCode;
    if (!ctx.has("name") && !ctx.has("unit") && !ctx.has("stage") && !ctx.has("subject") && !ctx.has("hired"))
        return ctx.usage(Cli::tr("至少给出 --name、--unit、--stage、--subject、--hired 中的一项"));
    Teacher changed = *before;
    if (ctx.has("name"))
        changed.name = ctx.value("name");
    if (ctx.has("unit"))
        changed.unitName = ctx.value("unit");
    if (ctx.has("stage"))
        changed.stage = ctx.value("stage");
    if (ctx.has("subject"))
        changed.subject = ctx.value("subject");
    if (ctx.has("hired")) {
        const QString text = ctx.value("hired").trimmed();
        if (text.isEmpty() || text == QStringLiteral("none")) {
            changed.hireDate = QDate();
        } else {
            changed.hireDate = QDate::fromString(text, Qt::ISODate);
            if (!changed.hireDate.isValid())
                return ctx.usage(Cli::tr("--hired 的值「%1」不是日期；写 2010-09-01，或 none 表示不详").arg(text));
        }
    }
    auto after = TeacherService(*ctx.database()).updateTeacher(before->id, changed);
    if (!after)
        return ctx.reject(after.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("staff_number"), after->staffNumber },
            { QStringLiteral("name"), after->name }, { QStringLiteral("unit"), after->unitName },
            { QStringLiteral("stage"), after->stage }, { QStringLiteral("subject"), after->subject },
            { QStringLiteral("hired"),
                after->hireDate.isValid() ? QJsonValue(after->hireDate.toString(Qt::ISODate)) : QJsonValue() } });
    else
        ctx.print(Cli::tr("已修改工号 %1 的教师：%2\n").arg(after->staffNumber, changes(*before, *after)));
    return ExitSuccess;
}

} // namespace

QList<Command> teacherCommands()
{
    return {
        { QStringLiteral("teachers import"), QStringLiteral("teachers import FILE [--unit NAME] [--encoding NAME]"),
            Cli::tr("导入学校的教师名单（CSV，UTF-8 或 "
                    "GB18030）；已登记且一致的教师跳过，工号重复或与已登记的不同时报告行列，不导入任何教师"),
            { valueOption("unit", "NAME"), valueOption("encoding", "NAME") }, { QStringLiteral("FILE") }, false,
            Command::Fonts::Never, runTeachersImport },
        { QStringLiteral("teachers update"),
            QStringLiteral(
                "teachers update --staff NUMBER [--name NAME] [--unit NAME] [--stage STAGE] [--subject SUBJECT] "
                "[--hired DATE|none]"),
            Cli::tr("修改一位已登记教师的姓名、学校（须在单位名录中）、学段、学科或参加工作时间；工号不变，修改记入审计"
                    "日志"),
            { valueOption("staff", "NUMBER"), valueOption("name", "NAME"), valueOption("unit", "NAME"),
                valueOption("stage", "STAGE"), valueOption("subject", "SUBJECT"), valueOption("hired", "DATE") },
            {}, false, Command::Fonts::Never, runTeachersUpdate },
    };
}

} // namespace tp::cli
