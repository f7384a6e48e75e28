#include "Commands.h"

#include "CommandContext.h"
#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

// The database commands of trainplan-cli (issue 9): backup FILE, restore FILE, db check. What they call is
// Database's (DatabaseBackup.cpp): a consistent copy while another program runs, a restore that inspects the
// candidate and backs the current content up first, the whole-file check on demand.

namespace tp::cli {

namespace {

QJsonObject summaryJson(const DatabaseSummary& s)
{
    return QJsonObject {
        { QStringLiteral("path"), s.path },
        { QStringLiteral("trainplan"), s.trainPlan },
        { QStringLiteral("schema_version"), s.schemaVersion },
        { QStringLiteral("intact"), s.intact },
        { QStringLiteral("integrity_message"), s.integrityMessage },
        { QStringLiteral("plans"), s.plans },
        { QStringLiteral("projects"), s.projects },
        { QStringLiteral("teachers"), s.teachers },
        { QStringLiteral("enrollments"), s.enrollments },
        { QStringLiteral("registrations"), s.registrations },
        { QStringLiteral("last_change"), s.lastChange },
        { QStringLiteral("bytes"), s.bytes },
    };
}

// What a database file holds, in lines for people.
QString summaryText(const DatabaseSummary& s)
{
    QString text = Cli::tr("文件：%1（%2 字节）\n").arg(QDir::toNativeSeparators(s.path)).arg(s.bytes);
    if (!s.trainPlan)
        return text + Cli::tr("不是 TrainPlan 的数据库\n");
    text += Cli::tr("结构版本：%1\n").arg(s.schemaVersion);
    text += s.intact ? Cli::tr("完整性检查：通过\n") : Cli::tr("完整性检查：发现损坏（%1）\n").arg(s.integrityMessage);
    text += Cli::tr("计划 %1 份，项目 %2 个，教师 %3 位，参训记录 %4 条，学分登记 %5 条\n")
                .arg(s.plans)
                .arg(s.projects)
                .arg(s.teachers)
                .arg(s.enrollments)
                .arg(s.registrations);
    text += Cli::tr("最后修改：%1\n").arg(s.lastChange.isEmpty() ? Cli::tr("（无记录）") : s.lastChange);
    return text;
}

int runBackup(CommandContext& ctx)
{
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    const QString file = QFileInfo(ctx.positional().first()).absoluteFilePath();
    if (Status s = db->backup(file); !s)
        return ctx.reject(s.error());
    auto summary = Database::inspectFile(file);
    if (!summary)
        return ctx.reject(summary.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("backup"), summaryJson(*summary) } });
    } else {
        ctx.print(Cli::tr("已备份到 %1\n").arg(QDir::toNativeSeparators(file)));
        ctx.print(summaryText(*summary));
    }
    return ExitSuccess;
}

int runRestore(CommandContext& ctx)
{
    const QString file = ctx.positional().first();
    if (Database::isServerAddress(ctx.value("db")))
        return ctx.reject(Error { Cli::tr("服务器上的数据库不从文件恢复；请用 server import %1 导入一份副本")
                                      .arg(QDir::toNativeSeparators(file)) });
    auto candidate = Database::inspectFile(file);
    if (!candidate)
        return ctx.reject(candidate.error());
    const bool confirmed = ctx.has("yes");
    const auto refuse = [&](const QString& why) {
        if (!ctx.json())
            ctx.print(summaryText(*candidate));
        ctx.message(why);
        if (ctx.json())
            ctx.printJson(QJsonObject { { QStringLiteral("candidate"), summaryJson(*candidate) },
                { QStringLiteral("restored"), false }, { QStringLiteral("error"), why } });
        return ExitRejected;
    };
    if (!candidate->trainPlan)
        return refuse(Cli::tr("%1 不是 TrainPlan 的数据库，未恢复").arg(QDir::toNativeSeparators(file)));
    if (!candidate->intact)
        return refuse(Cli::tr("%1 已损坏，未恢复").arg(QDir::toNativeSeparators(file)));
    if (!confirmed)
        return refuse(Cli::tr("未恢复：恢复会用这个文件的内容替换当前数据库（替换前会自动备份当前数据）。"
                              "确认无误后加上 --yes 再运行一次。"));

    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto restored = db->restoreFrom(file);
    if (!restored)
        return ctx.reject(restored.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("candidate"), summaryJson(*restored) },
            { QStringLiteral("restored"), true }, { QStringLiteral("backup_folder"), db->backupFolder() } });
    } else {
        ctx.print(summaryText(*restored));
        ctx.print(Cli::tr("已恢复到 %1；恢复前的数据已备份在 %2\n")
                      .arg(QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(db->backupFolder())));
    }
    return ExitSuccess;
}

int runDbCheck(CommandContext& ctx)
{
    Database* db = ctx.database(); // an open that fails (a damaged header, a foreign file) says why: exit 1
    if (!db)
        return ExitRejected;
    const bool thorough = ctx.has("thorough");
    auto problems = db->checkIntegrity(thorough);
    if (!problems)
        return ctx.reject(problems.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("path"), db->path() }, { QStringLiteral("thorough"), thorough },
            { QStringLiteral("ok"), problems->isEmpty() },
            { QStringLiteral("problems"), QJsonArray::fromStringList(*problems) } });
    } else if (problems->isEmpty()) {
        ctx.print(Cli::tr("%1：完整性检查通过（%2）\n")
                      .arg(QDir::toNativeSeparators(db->path()),
                          thorough ? Cli::tr("完整检查与外键检查") : Cli::tr("快速检查")));
    } else {
        ctx.message(Cli::tr("%1：发现 %2 处损坏；请从备份恢复（trainplan-cli restore 备份文件 --yes）")
                        .arg(QDir::toNativeSeparators(db->path()))
                        .arg(problems->size()));
        for (const QString& p : *problems)
            ctx.message(QStringLiteral("  ") + p);
    }
    return problems->isEmpty() ? ExitSuccess : ExitRejected;
}

} // namespace

QList<Command> dbCommands()
{
    return {
        { QStringLiteral("backup"), QStringLiteral("backup FILE"),
            Cli::tr("把数据库备份到 FILE：其他程序正在使用数据库时也得到一致的副本，备份前先做完整性检查"), {},
            { QStringLiteral("FILE") }, false, Command::Fonts::Never, runBackup },
        { QStringLiteral("restore"), QStringLiteral("restore FILE [--yes]"),
            Cli::tr("从备份文件 FILE 恢复：先列出文件中的计划、项目、教师、登记与最后修改时间；"
                    "加 --yes 才替换当前数据库（替换前自动备份当前数据）"),
            { flagOption("yes") }, { QStringLiteral("FILE") }, false, Command::Fonts::Never, runRestore },
        { QStringLiteral("db check"), QStringLiteral("db check [--thorough]"),
            Cli::tr("检查数据库文件是否完好（快速检查；--thorough 做完整检查与外键检查）；发现损坏时退出状态为 1"),
            { flagOption("thorough") }, {}, false, Command::Fonts::Never, runDbCheck },
    };
}

} // namespace tp::cli
