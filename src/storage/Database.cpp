#include "Database.h"

#include "Migrations.h"
#include "SqliteStatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace tp {

namespace {

// The person at this computer: the OS login (USER, USERNAME, else the password database's name).
QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd* pw = ::getpwuid(::getuid()))
            name = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return name;
}

// SQLite's primary result codes for "another connection holds the lock"; PostgreSQL's lock_not_available
// (lock_timeout ran out) and deadlock_detected.
bool isBusy(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") || code.startsWith(QLatin1String("5 "))
        || code == QLatin1String("55P03") || code == QLatin1String("40P01")
        || error.databaseText().contains(QLatin1String("database is locked"));
}

// A server address as given (postgresql://user:password@host:port/dbname), and what is shown of it: the same
// without the password. The passwords of the addresses this process opened are kept in memory only, so a worker
// thread's second connection (openSecondary, given path()) logs in as the first did.
QMutex serverPasswordsMutex;
QHash<QString, QString>& serverPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QString displayAddress(QUrl url)
{
    url.setPassword(QString());
    return url.toString(QUrl::RemovePassword);
}

#ifdef Q_OS_UNIX
// Session markers: "<file>-session-<pid>-<n>", each held with flock() by the connection that made it for as
// long as it is open. A marker nobody holds was left by a session that never closed (a crash, a kill, a power
// cut): then, and only then, open() reads the whole file to check it. The kernel drops a dead process's flock,
// so a reused pid does not fool this.
QAtomicInt sessionCounter;

QString markerPrefix(const QFileInfo& db)
{
    return db.fileName() + QStringLiteral("-session-");
}

// Finds the markers of sessions that ended without closing and, with `remove`, removes them; true if there was
// one.
bool reapStaleSessions(const QFileInfo& db, bool remove = true)
{
    bool stale = false;
    const QDir dir = db.absoluteDir();
    const QStringList names
        = dir.entryList({ markerPrefix(db) + QLatin1Char('*') }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        const QByteArray file = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(file.constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            stale = true;
            if (remove)
                ::unlink(file.constData());
        }
        ::close(fd);
    }
    return stale;
}

// Creates this session's marker, locked before it gets the name another open() looks for. -1 if the folder
// cannot hold one (read-only): then a crash goes unnoticed, as before markers existed.
int createSessionMarker(const QFileInfo& db, QString* markerPath)
{
    const QDir dir = db.absoluteDir();
    const QString base
        = markerPrefix(db) + QStringLiteral("%1-%2").arg(::getpid()).arg(sessionCounter.fetchAndAddRelaxed(1));
    const QString temp = dir.filePath(QLatin1Char('.') + base + QStringLiteral(".new"));
    const QString finalPath = dir.filePath(base);
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0
        || ::rename(tempName.constData(), QFile::encodeName(finalPath).constData()) != 0) {
        ::unlink(tempName.constData());
        ::close(fd);
        return -1;
    }
    *markerPath = finalPath;
    return fd;
}
#endif

} // namespace

bool Database::isTrainPlanSchema(qint64 applicationId, int userVersion, const QStringList& tables)
{
    if (applicationId == kApplicationId)
        return true;
    // A TrainPlan database from before application_id was set (schema 1–3) has these tables.
    return applicationId == 0 && userVersion >= 1 && tables.contains(QStringLiteral("plan"))
        && tables.contains(QStringLiteral("project")) && tables.contains(QStringLiteral("unit"))
        && tables.contains(QStringLiteral("audit_log"));
}

Error sqlError(const QSqlQuery& query, const QString& what, qint64 waitedMs)
{
    const QSqlError error = query.lastError();
    if (qEnvironmentVariableIsSet("TRAINPLAN_SQL_DEBUG"))
        qWarning("SQL failed: %s: %s", qPrintable(query.lastQuery()), qPrintable(error.text()));
    return sqlError(error, what, waitedMs);
}

Error sqliteError(sqlite3* handle, int code, const QString& what)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(handle));
    if (qEnvironmentVariableIsSet("TRAINPLAN_SQL_DEBUG"))
        qWarning("SQL failed: %s: %s", qPrintable(what), qPrintable(text));
    return sqlError(QSqlError(QString(), text, QSqlError::StatementError, QString::number(code & 0xFF)), what);
}

sqlite3* sqliteHandle(const Database& db)
{
    if (db.isServer())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Error sqlError(const QSqlError& error, const QString& what, qint64 waitedMs)
{
    Error e;
    if (isBusy(error)) {
        // "已等待 5 秒" (whole seconds), or "已等待 0.3 秒" for a short timeout.
        QString seconds;
        if (waitedMs >= 0)
            seconds = waitedMs >= 1000 ? QString::number((waitedMs + 500) / 1000)
                                       : QString::number(double(waitedMs) / 1000.0, 'f', 1);
        e.message = !seconds.isEmpty() ? Database::tr("另一个程序正在写入，已等待 %1 秒；请稍后再试").arg(seconds)
                                       : Database::tr("另一个程序正在写入；请稍后再试");
        e.code = QStringLiteral("busy");
        return e;
    }
    if (error.nativeErrorCode() == QLatin1String("13") || error.nativeErrorCode() == QLatin1String("53100")) {
        // SQLITE_FULL, PostgreSQL's disk_full
        e.message = Database::tr("磁盘空间不足，无法写入数据库（%1）").arg(what);
        e.code = QStringLiteral("disk-full");
        return e;
    }
    if (error.nativeErrorCode() == QLatin1String("42501")) {
        // PostgreSQL's insufficient_privilege, also raised by a row-level security policy: the login's role may not
        // do this (docs/server.md, the roles). Said in words, not as "(42501) QPSQL: Unable to create query".
        e.message = Database::tr("权限不足：当前登录的角色不能进行此操作（%1）。如需要，请区教委的管理员调整角色。")
                        .arg(what);
        e.code = QStringLiteral("permission");
        return e;
    }
    e.message = Database::tr("数据库操作失败（%1）：%2").arg(what, error.text());
    return e;
}

Database::Database(QString path, QString connectionName, DatabaseBackend backend)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_backend(backend)
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
    releaseSessionMarker();
}

void Database::releaseSessionMarker()
{
#ifdef Q_OS_UNIX
    if (m_sessionFd >= 0) {
        ::unlink(QFile::encodeName(m_sessionMarker).constData());
        ::close(m_sessionFd);
        m_sessionFd = -1;
    }
#endif
}

QString Database::defaultPath()
{
    // Independent of the executable's name, so trainplan and trainplan-cli open the same database.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("TrainPlan/trainplan.sqlite"));
}

int Database::storedSchemaVersion(const QString& path)
{
    if (isServerAddress(path) || !QFileInfo(path).isFile())
        return -1;
    sqlite3* handle = nullptr;
    int version = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* pragma = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &pragma, nullptr) == SQLITE_OK
            && sqlite3_step(pragma) == SQLITE_ROW)
            version = sqlite3_column_int(pragma, 0);
        sqlite3_finalize(pragma);
    }
    sqlite3_close(handle);
    return version;
}

int Database::upgradeDueFrom(const QString& path)
{
    const int stored = storedSchemaVersion(path);
    return stored >= 1 && stored < latestSchemaVersion() ? stored : 0;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isServerAddress(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, int schemaVersion, IntegrityCheckTiming timing)
{
    return openConnection(path, schemaVersion, true, timing);
}

void Database::finishDeferredIntegrityCheck(bool intact)
{
    if (!m_integrityCheckPending)
        return;
    m_integrityCheckPending = false;
    if (!intact)
        return;
    m_checkedAfterUncleanShutdown = true;
#ifdef Q_OS_UNIX
    (void)reapStaleSessions(QFileInfo(m_path));
#endif
}

Result<std::shared_ptr<Database>> Database::openSecondary(const QString& path)
{
    return openConnection(path, -1, false);
}

Status Database::checkOwnership(const QString& displayPath) const
{
    if (isServer()) {
        // A database with tables but without tp_schema belongs to another program.
        auto tables = exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                          "ORDER BY tablename"));
        if (!tables)
            return Error { tr("%1 不是有效的 TrainPlan 数据库：%2").arg(displayPath, tables.error().message) };
        QStringList names;
        while (tables->next())
            names << tables->value(0).toString();
        if (names.isEmpty() || names.contains(QStringLiteral("tp_schema")))
            return success();
        QStringList shown = names.mid(0, 5);
        if (names.size() > shown.size())
            shown << QStringLiteral("…");
        Error e(tr("服务器上的数据库 %1 属于另一个程序（含有表 %2），不是 TrainPlan 的数据库；为保护它，TrainPlan "
                   "没有改动它")
                    .arg(displayPath, shown.join(QStringLiteral(", "))));
        e.file = displayPath;
        return e;
    }
    // Reads only: nothing may be written to a file that is not ours (no WAL switch, no user_version, no table).
    auto id = exec(QStringLiteral("PRAGMA application_id"));
    if (!id)
        return Error { tr("%1 不是有效的 TrainPlan 数据库：%2").arg(displayPath, id.error().message) };
    const qint64 applicationId = id->next() ? id->value(0).toLongLong() : 0;
    if (applicationId == kApplicationId)
        return success();
    auto tables = exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables)
        return Error { tr("%1 不是有效的 TrainPlan 数据库：%2").arg(displayPath, tables.error().message) };
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    if (applicationId == 0 && names.isEmpty())
        return success(); // new or empty: ours to create
    if (isTrainPlanSchema(applicationId, schemaVersion(), names))
        return success();
    QStringList shown = names.mid(0, 5);
    if (names.size() > shown.size())
        shown << QStringLiteral("…");
    Error e(applicationId != 0
            ? tr("%1 是另一个程序的 SQLite 数据库（application_id 0x%2），不是 TrainPlan 的数据库；为保护它，"
                 "TrainPlan 没有改动它")
                  .arg(displayPath)
                  .arg(QString::number(quint32(applicationId), 16).toUpper())
            : tr("%1 是另一个程序的 SQLite 数据库（含有表 %2），不是 TrainPlan 的数据库；为保护它，TrainPlan "
                 "没有改动它")
                  .arg(displayPath, shown.join(QStringLiteral(", "))));
    e.file = displayPath;
    return e;
}

namespace {
QAtomicInt connectionCounter;
}

Result<std::shared_ptr<Database>> Database::openServer(const QString& address, int schemaVersion, bool primary)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error { tr("缺少 Qt 的 PostgreSQL 驱动（QPSQL），请安装 libqt6sql6-psql") };
    const QUrl url(address, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
        return Error {
            tr("服务器地址 %1 无效，应为 postgresql://用户名@服务器[:端口]/数据库名").arg(displayAddress(url))
        };
    const QString shown = displayAddress(url);
    QString password = url.password();
    {
        QMutexLocker lock(&serverPasswordsMutex);
        if (password.isEmpty())
            password = serverPasswords().value(shown);
        else
            serverPasswords().insert(shown, password);
    }

    const QString name = QStringLiteral("trainplan-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::shared_ptr<Database> database(new Database(shown, name, DatabaseBackend::PostgreSQL));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(dbName);
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=TrainPlan"));
        if (!db.open())
            return Error { tr("无法连接服务器上的数据库 %1：%2").arg(shown, db.lastError().text().trimmed()) };
    }
    // The login is the actor on the server (the audit's triggers use session_user).
    database->m_actor = url.userName().isEmpty() ? userName() : url.userName();
    // Dates the server writes (created_at, the audit's time) in this computer's time zone, as SQLite's
    // 'localtime' does; the server's notices (NOTICE: … does not exist, skipping) are not errors.
    (void)database->exec(QStringLiteral("SET client_min_messages = warning"));
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (!zone.isEmpty())
        (void)database->exec(
            QStringLiteral("SET TIME ZONE '%1'").arg(QString::fromLatin1(zone).remove(QLatin1Char('\''))));
    if (Status s = database->setBusyTimeout(database->m_busyTimeoutMs); !s)
        return s.error();
    if (primary) {
        if (Status s = database->checkOwnership(shown); !s)
            return s.error();
    } else {
        if (database->schemaVersion() != latestSchemaVersion())
            return Error { tr("数据库 %1 的结构版本为 %2，与本程序（%3）不符")
                               .arg(shown)
                               .arg(database->schemaVersion())
                               .arg(latestSchemaVersion()) };
        return database;
    }
    if (Status s = migrate(*database, schemaVersion); !s)
        return s.error();
    return database;
}

Result<std::shared_ptr<Database>> Database::openConnection(
    const QString& path, int schemaVersion, bool primary, IntegrityCheckTiming timing)
{
    if (isServerAddress(path))
        return openServer(path, schemaVersion, primary);
    QAtomicInt& counter = connectionCounter;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error { tr("缺少 Qt 的 SQLite 驱动（QSQLITE），请安装 libqt6sql6-sqlite") };

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error { tr("无法创建数据库所在的文件夹 %1").arg(info.absolutePath()) };
#ifdef Q_OS_UNIX
    // Teacher data is nobody else's business: a new database is readable by its owner only (SQLite gives the
    // -wal and -shm files the database file's permissions).
    if (!info.exists() && !info.isSymLink()) {
        const int fd = ::open(
            QFile::encodeName(info.absoluteFilePath()).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
#endif

    const QString name = QStringLiteral("trainplan-%1").arg(counter.fetchAndAddRelaxed(1));
    std::shared_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(database->m_busyTimeoutMs));
        if (!db.open())
            return Error { tr("无法打开数据库 %1：%2").arg(path, db.lastError().text()) };
    }
    if (primary) {
        if (Status s = database->checkOwnership(path); !s)
            return s.error();
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

    const int current = database->schemaVersion();
    const int target = schemaVersion < 0 ? latestSchemaVersion() : schemaVersion;
    const bool migrating = current >= 1 && current < target;
#ifdef Q_OS_UNIX
    // The whole-file check costs seconds on a city-sized file: only after a session that did not close, and
    // then, when the caller defers it, not here — unless the file is to be migrated (it is checked before it
    // is changed). A deferred check leaves the unclosed session's marker until it has passed.
    const bool deferred = timing == IntegrityCheckTiming::Deferred && !migrating;
    const bool unclean = reapStaleSessions(info, !deferred);
    database->m_sessionFd = createSessionMarker(info, &database->m_sessionMarker);
#else
    const bool deferred = false;
    const bool unclean = false;
#endif
    if (unclean && deferred) {
        database->m_integrityCheckPending = true;
    } else if (unclean) {
        auto problems = database->checkIntegrity(false);
        if (!problems)
            return Error { tr("%1 不是有效的 TrainPlan 数据库：%2").arg(path, problems.error().message) };
        if (!problems->isEmpty())
            return Error { tr("数据库 %1 已损坏：%2").arg(path, problems->join(QLatin1Char('\n'))) };
        database->m_checkedAfterUncleanShutdown = true;
    }

    if (migrating) {
        auto saved = database->automaticBackup(QStringLiteral("before-upgrade-to-v%1").arg(target));
        if (!saved)
            return Error { tr("升级数据库 %1 之前无法备份它，未升级：%2").arg(path, saved.error().message) };
    }
    if (Status s = migrate(*database, schemaVersion); !s)
        return s.error();
    return database;
}

qint64 Database::dataVersion() const
{
    if (isServer()) {
        // Every change is an audit operation (AuditLog.cpp): the newest one's id, counted over every school's
        // (tp_data_version() is the owner's: a clerk's login sees only its own audit rows). Unlike SQLite's
        // data_version it also moves with this connection's own writes: a page then reloads once more.
        auto r = exec(QStringLiteral("SELECT tp_data_version()"));
        return (r && r->next()) ? r->value(0).toLongLong() : -1;
    }
    auto r = exec(QStringLiteral("PRAGMA data_version"));
    return (r && r->next()) ? r->value(0).toLongLong() : -1;
}

int Database::schemaVersion() const
{
    if (isServer()) {
        auto exists = exec(QStringLiteral("SELECT to_regclass('tp_schema') IS NOT NULL"));
        if (!exists || !exists->next())
            return -1;
        if (!exists->value(0).toBool())
            return 0;
        auto r = exec(QStringLiteral("SELECT version FROM tp_schema WHERE id = 1"));
        return (r && r->next()) ? r->value(0).toInt() : -1;
    }
    auto r = exec(QStringLiteral("PRAGMA user_version"));
    return (r && r->next()) ? r->value(0).toInt() : -1;
}

Status Database::setBusyTimeout(int milliseconds)
{
    // On the server: how long a statement waits for another session's lock (0 would mean forever there).
    auto r = isServer() ? exec(QStringLiteral("SET lock_timeout = %1").arg(std::max(1, milliseconds)))
                        : exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, milliseconds)));
    if (!r)
        return r.error();
    m_busyTimeoutMs = std::max(0, milliseconds);
    return success();
}

Result<QSqlQuery> Database::exec(const QString& sql, Binds binds) const
{
    QSqlQuery query(connection());
    if (isServer()) {
        // QPSQL's forward-only mode streams rows and loses them when another statement runs on the connection
        // meanwhile: results are read whole. A statement without parameters runs as it is (PostgreSQL prepares
        // only SELECT, INSERT, UPDATE, DELETE: not BEGIN, SAVEPOINT or a migration's CREATE).
        if (binds.size() == 0) {
            QElapsedTimer timer;
            timer.start();
            if (!query.exec(sql))
                return sqlError(query, sql.simplified().left(80), timer.elapsed());
            return query;
        }
    } else {
        query.setForwardOnly(true);
    }
    if (!query.prepare(sql))
        return sqlError(query, sql.simplified().left(80));
    for (const auto& [name, value] : binds) {
        // A value the statement does not use (a statement made with or without a column) is left out.
        const QString placeholder = QLatin1Char(':') + QLatin1String(name);
        bool used = false;
        for (qsizetype at = sql.indexOf(placeholder); at >= 0 && !used;
             at = sql.indexOf(placeholder, at + placeholder.size())) {
            const qsizetype end = at + placeholder.size();
            used = end >= sql.size() || !(sql.at(end).isLetterOrNumber() || sql.at(end) == QLatin1Char('_'));
        }
        if (!used)
            continue;
        // A null QString would be bound as SQL NULL; text columns want '' for "nothing typed".
        // Only an invalid QVariant() means NULL.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(placeholder, nullText ? QVariant(QStringLiteral("")) : value);
    }
    QElapsedTimer timer;
    timer.start();
    if (!query.exec())
        return sqlError(query, sql.simplified().left(80), timer.elapsed());
    return query;
}

} // namespace tp
