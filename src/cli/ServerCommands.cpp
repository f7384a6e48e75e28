#include "Commands.h"

#include "AuditQuery.h"
#include "CommandContext.h"
#include "Database.h"
#include "Migrations.h"
#include "ServerAdmin.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

// The district server's commands of trainplan-cli (docs/server.md): server init, server user add, server user
// list, server import FILE.sqlite, server export FILE.sqlite. --db names the server's database
// (postgresql://login@host[:port]/dbname); the administrator runs them as the database's owner.

namespace tp::cli {

namespace {

// The server's database of --db; nullptr after saying why, with the exit status in `exit` (a file is not a server:
// a usage error).
Database* serverDatabase(CommandContext& ctx, int* exit)
{
    if (!Database::isServerAddress(ctx.value("db"))) {
        *exit = ctx.usage(Cli::tr("命令 %1 需要服务器上的数据库：--db postgresql://登录名@服务器[:端口]/数据库名")
                              .arg(ctx.command().name));
        return nullptr;
    }
    *exit = ExitRejected;
    return ctx.database();
}

QJsonArray countsJson(const CopyCounts& counts, qint64* total)
{
    QJsonArray tables;
    for (const auto& [table, rows] : counts) {
        tables.append(QJsonObject { { QStringLiteral("table"), table }, { QStringLiteral("rows"), rows } });
        *total += rows;
    }
    return tables;
}

QString countsText(const CopyCounts& counts)
{
    QString s;
    for (const auto& [table, rows] : counts)
        if (rows > 0)
            s += QStringLiteral("  %1 %2\n").arg(table, -28).arg(rows);
    return s;
}

int runServerInit(CommandContext& ctx)
{
    int exit = ExitSuccess;
    Database* db = serverDatabase(ctx, &exit);
    if (!db)
        return exit;
    // Opening it made the schema, the roles and the policies (the migrations, 008 for the roles).
    QStringList roles;
    for (ServerRole r :
        { ServerRole::Bureau, ServerRole::TrainingSchool, ServerRole::SchoolAdmin, ServerRole::ReadOnly })
        roles << serverRoleGroup(r);
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("database"), db->path() },
            { QStringLiteral("schema_version"), db->schemaVersion() },
            { QStringLiteral("roles"), QJsonArray::fromStringList(roles) } });
    } else {
        ctx.print(Cli::tr("服务器上的数据库 %1 已就绪：结构版本 %2，角色 %3\n")
                      .arg(db->path())
                      .arg(db->schemaVersion())
                      .arg(roles.join(QStringLiteral("、"))));
    }
    return ExitSuccess;
}

int runServerUserAdd(CommandContext& ctx)
{
    int exit = ExitSuccess;
    Database* db = serverDatabase(ctx, &exit);
    if (!db)
        return exit;
    const auto role = serverRoleFromText(ctx.value("role"));
    if (!role)
        return ctx.usage(
            Cli::tr("角色「%1」未知；可用：区教委、进修学校（培训机构）、学校管理员、只读").arg(ctx.value("role")));
    const QString login = ctx.positional().first();
    auto added = ServerAdmin(*db).addUser(login, *role, ctx.value("unit"), ctx.value("password"));
    if (!added)
        return ctx.reject(added.error());
    if (ctx.json()) {
        QJsonObject doc { { QStringLiteral("login"), login.trimmed() },
            { QStringLiteral("role"), serverRoleName(*role) },
            { QStringLiteral("unit"), ctx.value("unit").trimmed() } };
        if (!added->isEmpty())
            doc.insert(QStringLiteral("initial_password"), *added);
        ctx.printJson(doc);
    } else {
        ctx.print(
            Cli::tr("已添加用户 %1（%2%3）\n")
                .arg(login.trimmed(), serverRoleGroup(*role),
                    ctx.value("unit").isEmpty() ? QString() : QStringLiteral("，") + ctx.value("unit").trimmed()));
        if (!added->isEmpty())
            ctx.print(Cli::tr("初始密码：%1（请交给本人，登录后用 ALTER ROLE 或图形界面修改）\n").arg(*added));
        else
            ctx.print(Cli::tr("该登录名在服务器上已经存在，密码未改变\n"));
    }
    return ExitSuccess;
}

int runServerUserList(CommandContext& ctx)
{
    int exit = ExitSuccess;
    Database* db = serverDatabase(ctx, &exit);
    if (!db)
        return exit;
    auto users = ServerAdmin(*db).users();
    if (!users)
        return ctx.reject(users.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const ServerUser& u : *users)
            list.append(
                QJsonObject { { QStringLiteral("login"), u.login }, { QStringLiteral("role"), serverRoleName(u.role) },
                    { QStringLiteral("group"), serverRoleGroup(u.role) }, { QStringLiteral("unit"), u.unit },
                    { QStringLiteral("created_at"), u.createdAt }, { QStringLiteral("added_by"), u.actor },
                    { QStringLiteral("can_log_in"), u.canLogIn } });
        ctx.printJson(QJsonObject { { QStringLiteral("users"), list } });
        return ExitSuccess;
    }
    QString s = Cli::tr("登录名\t角色\t单位\t添加时间\t添加人\n");
    for (const ServerUser& u : *users)
        s += QStringLiteral("%1\t%2\t%3\t%4\t%5%6\n")
                 .arg(u.login, serverRoleGroup(u.role), u.unit.isEmpty() ? QStringLiteral("—") : u.unit, u.createdAt,
                     u.actor, u.canLogIn ? QString() : Cli::tr("\t（不能登录）"));
    ctx.print(s);
    return ExitSuccess;
}

int runServerImport(CommandContext& ctx)
{
    int exit = ExitSuccess;
    Database* server = serverDatabase(ctx, &exit);
    if (!server)
        return exit;
    const QString file = ctx.positional().first();
    if (!QFileInfo(file).isFile())
        return ctx.reject(Error { Cli::tr("文件 %1 不存在").arg(file) });
    auto source = Database::open(file); // (an older file is upgraded first, after a backup beside it)
    if (!source)
        return ctx.reject(source.error());
    auto copied = ServerAdmin(*server).copyFrom(**source);
    if (!copied)
        return ctx.reject(copied.error());
    qint64 total = 0;
    const QJsonArray tables = countsJson(*copied, &total);
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("file"), file }, { QStringLiteral("database"), server->path() },
            { QStringLiteral("tables"), tables }, { QStringLiteral("rows"), total } });
    } else {
        ctx.print(Cli::tr("已把 %1 导入服务器上的数据库 %2：共 %3 行\n").arg(file, server->path()).arg(total)
            + countsText(*copied));
    }
    return ExitSuccess;
}

int runServerExport(CommandContext& ctx)
{
    int exit = ExitSuccess;
    Database* server = serverDatabase(ctx, &exit);
    if (!server)
        return exit;
    const QString file = ctx.positional().first();
    if (QFileInfo::exists(file))
        return ctx.reject(Error { Cli::tr("文件 %1 已经存在；为免覆盖，请换一个文件名").arg(file) });
    // A school's clerk sees its own school's rows only: that would be no full copy.
    auto role = ServerAdmin(*server).sessionRole();
    if (!role)
        return ctx.reject(role.error());
    if (*role == std::optional<ServerRole>(ServerRole::SchoolAdmin))
        return ctx.reject(Error { Cli::tr("学校管理员只能看到本校的数据，不能导出完整的副本；请由区县管理员导出") });
    CopyCounts counts;
    {
        auto target = Database::open(file);
        if (!target)
            return ctx.reject(target.error());
        auto copied = ServerAdmin(**target).copyFrom(*server);
        if (!copied) {
            target->reset();
            QFile::remove(file); // nothing half-written stays
            return ctx.reject(copied.error());
        }
        counts = *copied;
    }
    qint64 total = 0;
    const QJsonArray tables = countsJson(counts, &total);
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("file"), file }, { QStringLiteral("database"), server->path() },
            { QStringLiteral("tables"), tables }, { QStringLiteral("rows"), total } });
    } else {
        ctx.print(Cli::tr("已把服务器上的数据库 %1 导出到 %2：共 %3 行\n").arg(server->path(), file).arg(total)
            + countsText(counts));
    }
    return ExitSuccess;
}

} // namespace

int runServerTrail(CommandContext& ctx)
{
    int exit = ExitSuccess;
    Database* db = serverDatabase(ctx, &exit);
    if (!db)
        return exit;
    ServerTrailFilter filter;
    for (auto [option, date] : { std::pair { "since", &filter.since }, std::pair { "until", &filter.until } }) {
        if (!ctx.has(option))
            continue;
        *date = QDate::fromString(ctx.value(option), Qt::ISODate);
        if (!date->isValid())
            return ctx.usage(
                Cli::tr("--%1 的值「%2」应为日期 YYYY-MM-DD").arg(QLatin1String(option), ctx.value(option)));
    }
    filter.login = ctx.value("actor").trimmed();
    auto entries = readServerTrail(*db, filter);
    if (!entries)
        return ctx.reject(entries.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const ServerTrailEntry& e : *entries)
            list.append(QJsonObject { { QStringLiteral("at"), e.at }, { QStringLiteral("login"), e.login },
                { QStringLiteral("table"), e.table }, { QStringLiteral("row_id"), e.rowId },
                { QStringLiteral("action"), e.action }, { QStringLiteral("field"), e.field },
                { QStringLiteral("old"), e.oldValue }, { QStringLiteral("new"), e.newValue } });
        ctx.printJson(QJsonObject { { QStringLiteral("trail"), list } });
        return ExitSuccess;
    }
    QString s;
    for (const ServerTrailEntry& e : *entries)
        s += QStringLiteral("%1  %2  %3 %4 %5 %6%7\n")
                 .arg(QString(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')).left(19), e.login, e.table)
                 .arg(e.rowId)
                 .arg(e.action, e.field,
                     e.oldValue.isEmpty() && e.newValue.isEmpty()
                         ? QString()
                         : QStringLiteral("  %1 → %2").arg(e.oldValue.left(80), e.newValue.left(80)));
    ctx.print(s.isEmpty() ? Cli::tr("服务器审计轨迹中没有符合条件的记录\n") : s);
    return ExitSuccess;
}

QList<Command> serverCommands()
{
    return {
        { QStringLiteral("server init"), QStringLiteral("server init --db postgresql://LOGIN@SERVER/DATABASE"),
            Cli::tr("在区县服务器（PostgreSQL）上建立数据库结构、角色（区教委、进修学校、学校管理员、只读）和行级权限"),
            {}, {}, false, Command::Fonts::Never, runServerInit },
        { QStringLiteral("server user add"),
            QStringLiteral("server user add NAME --role ROLE [--unit UNIT] [--password PASSWORD]"),
            Cli::tr("在服务器上添加一个登录名及其角色；学校管理员须指定单位；未给密码时生成初始密码"),
            { valueOption("role", "ROLE"), valueOption("unit", "UNIT"), valueOption("password", "PASSWORD") },
            { QStringLiteral("NAME") }, false, Command::Fonts::Never, runServerUserAdd },
        { QStringLiteral("server user list"), QStringLiteral("server user list"),
            Cli::tr("列出服务器上的登录名、角色和单位"), {}, {}, false, Command::Fonts::Never, runServerUserList },
        { QStringLiteral("server import"), QStringLiteral("server import FILE.sqlite"),
            Cli::tr("把一个区县的 SQLite 数据库整体导入服务器上的空数据库（全部成功或什么都不改），列出各表行数"), {},
            { QStringLiteral("FILE") }, false, Command::Fonts::Never, runServerImport },
        { QStringLiteral("server export"), QStringLiteral("server export FILE.sqlite"),
            Cli::tr("把服务器上的数据库完整导出为一个新的 SQLite 文件（离线副本）"), {}, { QStringLiteral("FILE") },
            false, Command::Fonts::Never, runServerExport },
    };
}

} // namespace tp::cli
