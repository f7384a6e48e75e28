#include "Commands.h"

#include "CommandContext.h"
#include "Database.h"
#include "JsonOutput.h"
#include "TeacherService.h"

#include <QJsonObject>

// The teacher command of trainplan-cli: teachers import (a school's teacher list).

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

} // namespace

QList<Command> teacherCommands()
{
    return {
        { QStringLiteral("teachers import"), QStringLiteral("teachers import FILE [--unit NAME] [--encoding NAME]"),
            Cli::tr("导入学校的教师名单（CSV，UTF-8 或 "
                    "GB18030）；已登记且一致的教师跳过，工号重复或与已登记的不同时报告行列，不导入任何教师"),
            { valueOption("unit", "NAME"), valueOption("encoding", "NAME") }, { QStringLiteral("FILE") }, false,
            Command::Fonts::Never, runTeachersImport },
    };
}

} // namespace tp::cli
