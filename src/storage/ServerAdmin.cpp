#include "ServerAdmin.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tp {

namespace {

struct RoleNames {
    ServerRole role;
    const char* name;
    const char* group;
};
constexpr RoleNames kRoles[] = {
    { ServerRole::Bureau, "bureau", "区教委" },
    { ServerRole::TrainingSchool, "training_school", "进修学校" },
    { ServerRole::SchoolAdmin, "school_admin", "学校管理员" },
    { ServerRole::ReadOnly, "read_only", "只读" },
};

// The tables kept by triggers from credit_registration (003, 005): copied verbatim after everything else.
const QSet<QString>& maintainedTables()
{
    static const QSet<QString> tables { QStringLiteral("credit_total"), QStringLiteral("credit_year_total"),
        QStringLiteral("credit_category_year_total") };
    return tables;
}

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Result<QStringList> tableNames(Database& db)
{
    auto q = db.isServer()
        ? db.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename "
                                 "NOT LIKE 'tp\\_%' ORDER BY tablename"))
        : db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                 "ORDER BY name"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

// table → the tables it references (not itself).
Result<QHash<QString, QSet<QString>>> references(Database& db, const QStringList& tables)
{
    QHash<QString, QSet<QString>> refs;
    if (db.isServer()) {
        auto q = db.exec(QStringLiteral("SELECT cl.relname, rcl.relname FROM pg_constraint con JOIN pg_class cl ON "
                                        "cl.oid = con.conrelid JOIN pg_class rcl ON rcl.oid = con.confrelid WHERE "
                                        "con.contype = 'f' AND cl.relnamespace = (SELECT oid FROM pg_namespace WHERE "
                                        "nspname = current_schema())"));
        if (!q)
            return q.error();
        while (q->next())
            if (q->value(0).toString() != q->value(1).toString())
                refs[q->value(0).toString()].insert(q->value(1).toString());
        return refs;
    }
    for (const QString& t : tables) {
        auto q = db.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(t)));
        if (!q)
            return q.error();
        while (q->next())
            if (q->value(2).toString() != t)
                refs[t].insert(q->value(2).toString());
    }
    return refs;
}

// The id counters (AUTOINCREMENT's sqlite_sequence, the identity columns' sequences): table → last id given.
Result<QHash<QString, qint64>> idCounters(Database& db)
{
    QHash<QString, qint64> counters;
    if (db.isServer()) {
        auto q = db.exec(QStringLiteral("SELECT table_name, pg_sequence_last_value(pg_get_serial_sequence("
                                        "quote_ident(table_name), 'id')) FROM information_schema.columns WHERE "
                                        "table_schema = current_schema() AND column_name = 'id' AND is_identity = "
                                        "'YES'"));
        if (!q)
            return q.error();
        while (q->next())
            if (!q->value(1).isNull())
                counters.insert(q->value(0).toString(), q->value(1).toLongLong());
        return counters;
    }
    auto exists = db.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'"));
    if (!exists)
        return exists.error();
    if (!exists->next() || exists->value(0).toInt() == 0)
        return counters;
    auto q = db.exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence"));
    if (!q)
        return q.error();
    while (q->next())
        counters.insert(q->value(0).toString(), q->value(1).toLongLong());
    return counters;
}

Status setIdCounters(Database& db, const QHash<QString, qint64>& counters)
{
    for (auto it = counters.begin(); it != counters.end(); ++it) {
        if (db.isServer()) {
            auto r = db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence(:t, 'id'), GREATEST(:seq, (SELECT "
                                            "COALESCE(MAX(id), 0) FROM %1), 1))")
                                 .arg(quoted(it.key())),
                { { "t", quoted(it.key()) }, { "seq", it.value() } });
            if (!r)
                return r.error();
        } else {
            auto r = db.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = MAX(seq, :seq) WHERE name = :t"),
                { { "t", it.key() }, { "seq", it.value() } });
            if (!r)
                return r.error();
            auto insert = db.exec(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT :t, :seq WHERE NOT "
                                                 "EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = :t2)"),
                { { "t", it.key() }, { "seq", it.value() }, { "t2", it.key() } });
            if (!insert)
                return insert.error();
        }
    }
    return success();
}

Error copyError(const QSqlQuery& q, const QString& table, qint64 row)
{
    return Error { ServerAdmin::tr("复制表 %1 的第 %2 行时出错：%3").arg(table).arg(row).arg(q.lastError().text()) };
}

// Copies every row of `table` (ordered by id where there is one: a reversal after the registration it reverses).
Result<qint64> copyTable(Database& from, Database& to, const QString& table)
{
    QSqlQuery read(from.connection());
    read.setForwardOnly(!from.isServer());
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(quoted(table)))) // to learn the columns
        return Error { ServerAdmin::tr("无法读取表 %1：%2").arg(table, read.lastError().text()) };
    const QSqlRecord record = read.record();
    QStringList columns, marks;
    bool hasId = false;
    for (int i = 0; i < record.count(); ++i) {
        columns << quoted(record.fieldName(i));
        marks << QStringLiteral("?");
        hasId = hasId || record.fieldName(i) == QLatin1String("id");
    }
    if (hasId) {
        read.finish();
        if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(quoted(table))))
            return Error { ServerAdmin::tr("无法读取表 %1：%2").arg(table, read.lastError().text()) };
    }
    QSqlQuery insert(to.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(quoted(table), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return Error { ServerAdmin::tr("无法写入表 %1：%2").arg(table, insert.lastError().text()) };
    qint64 rows = 0;
    while (read.next()) {
        ++rows;
        for (int i = 0; i < record.count(); ++i) {
            QVariant v = read.value(i);
            if (read.isNull(i)) {
                v = QVariant();
            } else if (v.typeId() == QMetaType::QByteArray && v.toByteArray().isNull()) {
                v = QByteArray(""); // an empty BLOB is not NULL
            } else if (v.typeId() == QMetaType::QString && v.toString().isNull()) {
                v = QStringLiteral("");
            }
            insert.bindValue(i, v);
        }
        if (!insert.exec())
            return copyError(insert, table, rows);
    }
    return rows;
}

} // namespace

QString serverRoleName(ServerRole role)
{
    for (const RoleNames& r : kRoles)
        if (r.role == role)
            return QString::fromLatin1(r.name);
    return QString();
}

QString serverRoleGroup(ServerRole role)
{
    for (const RoleNames& r : kRoles)
        if (r.role == role)
            return QString::fromUtf8(r.group);
    return QString();
}

std::optional<ServerRole> serverRoleFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t == QStringLiteral("培训机构"))
        return ServerRole::TrainingSchool;
    for (const RoleNames& r : kRoles)
        if (t == QLatin1String(r.name) || t == QString::fromUtf8(r.group))
            return r.role;
    return std::nullopt;
}

Result<QStringList> tablesInCopyOrder(Database& db)
{
    auto tables = tableNames(db);
    if (!tables)
        return tables.error();
    auto refs = references(db, *tables);
    if (!refs)
        return refs.error();
    QStringList order;
    QSet<QString> placed;
    QStringList left = *tables;
    while (!left.isEmpty()) {
        const qsizetype before = left.size();
        for (qsizetype i = 0; i < left.size();) {
            const QString& t = left.at(i);
            bool ready = true;
            for (const QString& r : refs->value(t))
                ready = ready && (placed.contains(r) || !tables->contains(r));
            if (ready) {
                order << t;
                placed.insert(t);
                left.removeAt(i);
            } else {
                ++i;
            }
        }
        if (left.size() == before)
            return Error {
                ServerAdmin::tr("表之间的引用成环（%1），无法确定复制顺序").arg(left.join(QStringLiteral(", ")))
            };
    }
    return order;
}

Result<QString> ServerAdmin::addUser(
    const QString& rawLogin, ServerRole role, const QString& unitName, QString password)
{
    if (!m_db.isServer())
        return Error { tr("用户只能添加到服务器上的数据库（--db postgresql://…）") };
    const QString login = rawLogin.trimmed();
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}_.-]{1,63}$"));
    if (!allowed.match(login).hasMatch())
        return Error { tr("登录名「%1」无效：只能由文字、数字、下划线、点和连字符组成，最长 63 个字符").arg(rawLogin) };
    if (role == ServerRole::SchoolAdmin && unitName.trimmed().isEmpty())
        return Error { tr("学校管理员必须指定所在单位（--unit 单位名称）") };

    Transaction tx(m_db, tr("添加服务器用户 %1").arg(login));
    if (!tx.isActive())
        return tx.error();
    QVariant unitId;
    if (!unitName.trimmed().isEmpty()) {
        auto unit = m_db.exec(QStringLiteral("SELECT id FROM unit WHERE name = :n"), { { "n", unitName.trimmed() } });
        if (!unit)
            return unit.error();
        if (!unit->next())
            return Error { tr("单位「%1」不存在；请先导入它的教师名单或计划").arg(unitName.trimmed()) };
        unitId = unit->value(0);
    }
    auto existing = m_db.exec(QStringLiteral("SELECT role FROM server_user WHERE login = :l"), { { "l", login } });
    if (!existing)
        return existing.error();
    if (existing->next())
        return Error { tr("登录名「%1」已经存在（角色 %2）").arg(login, existing->value(0).toString()) };

    auto roleExists = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = :l"), { { "l", login } });
    if (!roleExists || !roleExists->next())
        return roleExists ? Error { tr("无法读取服务器的登录名") } : roleExists.error();
    QString given;
    if (roleExists->value(0).toInt() == 0) {
        // A login of its own, its password known to the administrator once (the person changes it).
        if (password.isEmpty()) {
            static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            for (int i = 0; i < 16; ++i)
                password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
        }
        auto create = m_db.exec(
            QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(:l AS text), CAST(:p AS text))"),
            { { "l", login }, { "p", password } });
        if (!create || !create->next())
            return create ? Error { tr("无法创建登录名 %1").arg(login) } : create.error();
        if (auto r = m_db.exec(create->value(0).toString()); !r)
            return Error {
                tr("无法创建登录名 %1（需要数据库所有者或有 CREATEROLE 权限的登录）：%2").arg(login, r.error().message)
            };
        given = password;
    }
    auto grant = m_db.exec(QStringLiteral("SELECT format('GRANT %I TO %I', CAST(:g AS text), CAST(:l AS text))"),
        { { "g", serverRoleGroup(role) }, { "l", login } });
    if (!grant || !grant->next())
        return grant ? Error { tr("无法授予角色") } : grant.error();
    if (auto r = m_db.exec(grant->value(0).toString()); !r)
        return r.error();
    auto insert = m_db.exec(QStringLiteral("INSERT INTO server_user (login, role, unit_id, actor) VALUES (:l, :r, "
                                           ":u, :a)"),
        { { "l", login }, { "r", serverRoleName(role) }, { "u", unitId }, { "a", m_db.actor() } });
    if (!insert)
        return insert.error();
    if (Status s = writeAudit(m_db, QStringLiteral("server_user"), 0, QStringLiteral("add"), login, QString(),
            serverRoleName(role) + (unitName.isEmpty() ? QString() : QLatin1Char(' ') + unitName.trimmed()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return given;
}

Result<QList<ServerUser>> ServerAdmin::users() const
{
    auto q = m_db.exec(m_db.isServer()
            ? QStringLiteral("SELECT s.login, s.role, COALESCE(u.name, ''), s.created_at, s.actor, EXISTS (SELECT 1 "
                             "FROM pg_roles r WHERE r.rolname = s.login AND r.rolcanlogin) FROM server_user s LEFT "
                             "JOIN unit u ON u.id = s.unit_id ORDER BY s.login")
            : QStringLiteral("SELECT s.login, s.role, COALESCE(u.name, ''), s.created_at, s.actor, 0 FROM server_user "
                             "s LEFT JOIN unit u ON u.id = s.unit_id ORDER BY s.login"));
    if (!q)
        return q.error();
    QList<ServerUser> list;
    while (q->next()) {
        ServerUser u;
        u.login = q->value(0).toString();
        u.role = serverRoleFromText(q->value(1).toString()).value_or(ServerRole::ReadOnly);
        u.unit = q->value(2).toString();
        u.createdAt = q->value(3).toString();
        u.actor = q->value(4).toString();
        u.canLogIn = q->value(5).toBool();
        list << u;
    }
    return list;
}

Result<std::optional<ServerRole>> ServerAdmin::sessionRole() const
{
    if (!m_db.isServer())
        return std::optional<ServerRole> {};
    auto q = m_db.exec(QStringLiteral("SELECT tp_is_owner(), (SELECT role FROM server_user WHERE login = "
                                      "session_user)"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toBool() || q->value(1).isNull())
        return std::optional<ServerRole> {};
    return serverRoleFromText(q->value(1).toString());
}

Result<CopyCounts> ServerAdmin::copyFrom(Database& from)
{
    if (from.schemaVersion() != m_db.schemaVersion())
        return Error { tr("%1 的结构版本（%2）与 %3 的（%4）不同；请先用本程序打开它以升级")
                           .arg(from.path())
                           .arg(from.schemaVersion())
                           .arg(m_db.path())
                           .arg(m_db.schemaVersion()) };
    auto order = tablesInCopyOrder(from);
    if (!order)
        return order.error();
    auto targetTables = tableNames(m_db);
    if (!targetTables)
        return targetTables.error();
    for (const QString& t : *order)
        if (!targetTables->contains(t))
            return Error { tr("%1 没有表 %2").arg(m_db.path(), t) };
    auto counters = idCounters(from);
    if (!counters)
        return counters.error();

    Transaction tx(m_db, tr("从 %1 复制").arg(from.path()));
    if (!tx.isActive())
        return tx.error();
    // Only an empty database takes a copy (ledger_cycle holds the default the migration put there).
    for (const QString& t : *targetTables) {
        if (t == QLatin1String("ledger_cycle"))
            continue;
        auto n = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(t)));
        if (!n)
            return n.error();
        if (n->next() && n->value(0).toLongLong() > 0)
            return Error { tr("%1 不是空的（表 %2 有 %3 行）；只能复制到一个新建的数据库")
                               .arg(m_db.path(), t)
                               .arg(n->value(0).toLongLong()) };
    }
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM ledger_cycle")); !r)
        return r.error();

    CopyCounts counts;
    QStringList last;
    for (const QString& t : *order) {
        if (maintainedTables().contains(t)) {
            last << t;
            continue;
        }
        auto n = copyTable(from, m_db, t);
        if (!n)
            return n.error();
        counts << std::pair { t, *n };
    }
    // The totals as they were (the registrations' triggers added them up again meanwhile).
    for (const QString& t : last) {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM %1").arg(quoted(t))); !r)
            return r.error();
        auto n = copyTable(from, m_db, t);
        if (!n)
            return n.error();
        counts << std::pair { t, *n };
    }
    if (Status s = setIdCounters(m_db, *counters); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

} // namespace tp
