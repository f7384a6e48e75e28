#include "Database.h"

#include "Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace tp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tp::Database", text);
}

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}
} // namespace

Error sqlError(const QSqlQuery& query, const QString& what)
{
    Error e;
    e.message = tr("数据库操作失败（%1）：%2").arg(what, query.lastError().text());
    return e;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_actor(userName())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    // Independent of the executable's name, so trainplan and trainplan-cli open the same database.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("TrainPlan/trainplan.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, int schemaVersion)
{
    return openConnection(path, schemaVersion, true);
}

Result<std::shared_ptr<Database>> Database::openSecondary(const QString& path)
{
    return openConnection(path, -1, false);
}

Result<std::shared_ptr<Database>> Database::openConnection(const QString& path, int schemaVersion, bool primary)
{
    static QAtomicInt counter;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error { tr("缺少 Qt 的 SQLite 驱动（QSQLITE），请安装 libqt6sql6-sqlite") };

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error { tr("无法创建数据库所在的文件夹 %1").arg(info.absolutePath()) };

    const QString name = QStringLiteral("trainplan-%1").arg(counter.fetchAndAddRelaxed(1));
    std::shared_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error { tr("无法打开数据库 %1：%2").arg(path, db.lastError().text()) };
    }
    // Foreign keys on; WAL so a crash or kill leaves the last committed state and readers do not block.
    for (const char* pragma :
        { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL" }) {
        auto r = database->exec(QString::fromLatin1(pragma));
        if (!r)
            return r.error();
    }
    if (!primary) {
        if (database->schemaVersion() != latestSchemaVersion())
            return Error { tr("数据库 %1 的结构版本为 %2，与本程序（%3）不符")
                               .arg(path)
                               .arg(database->schemaVersion())
                               .arg(latestSchemaVersion()) };
        return database;
    }
    auto check = database->exec(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return Error { tr("%1 不是有效的 TrainPlan 数据库：%2").arg(path, check.error().message) };
    if (check->next() && check->value(0).toString() != QStringLiteral("ok"))
        return Error { tr("数据库 %1 已损坏：%2").arg(path, check->value(0).toString()) };

    if (Status s = migrate(*database, schemaVersion); !s)
        return s.error();
    return database;
}

qint64 Database::dataVersion() const
{
    auto r = exec(QStringLiteral("PRAGMA data_version"));
    return (r && r->next()) ? r->value(0).toLongLong() : -1;
}

int Database::schemaVersion() const
{
    auto r = exec(QStringLiteral("PRAGMA user_version"));
    return (r && r->next()) ? r->value(0).toInt() : -1;
}

Result<QSqlQuery> Database::exec(const QString& sql, Binds binds) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, sql.simplified().left(80));
    for (const auto& [name, value] : binds) {
        // A null QString would be bound as SQL NULL; text columns want '' for "nothing typed".
        // Only an invalid QVariant() means NULL.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(QLatin1Char(':') + QLatin1String(name), nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        return sqlError(query, sql.simplified().left(80));
    return query;
}

} // namespace tp
