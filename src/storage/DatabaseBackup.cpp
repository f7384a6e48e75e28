// Database: the whole-file check, backups (VACUUM INTO), the daily backup, and restoring from a checked file
// (SQLite's online backup API into the open connection).

#include "Database.h"

#include "AtomicFile.h"
#include "DatabaseWork.h"
#include "Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <algorithm>

#include <sqlite3.h>

namespace tp {

namespace {

QString baseName(const QString& dbPath)
{
    return QFileInfo(dbPath).completeBaseName();
}

} // namespace

Result<QStringList> Database::checkIntegrity(bool thorough) const
{
    if (isServer())
        return QStringList {}; // the server checks its own storage (checksums, WAL); no file to read here
    QStringList problems;
    auto check = exec(thorough ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return check.error();
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (thorough) {
        auto keys = exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (!keys)
            return keys.error();
        while (keys->next())
            problems << tr("表 %1 的第 %2 行引用了 %3 中不存在的行")
                            .arg(keys->value(0).toString(), keys->value(1).toString(), keys->value(2).toString());
    }
    return problems;
}

void interruptStatement(void* handle)
{
    if (handle)
        sqlite3_interrupt(static_cast<sqlite3*>(handle));
}

namespace {

// SQLite's progress handler during VACUUM INTO: how much of the copy is written (the target file's size against
// the pages in use), and a 取消 from the sink stops the statement.
struct CopyProgress {
    const ProgressOptions* progress;
    QString file;
    qint64 expectedBytes;
    QString what;
    int calls = 0;
};

int reportCopy(void* context)
{
    auto* copy = static_cast<CopyProgress*>(context);
    if (++copy->calls % 16 != 0)
        return 0;
    const qint64 written = QFileInfo(copy->file).size();
    return copy->progress->step(std::min(written, copy->expectedBytes), copy->expectedBytes, copy->what) ? 0 : 1;
}

} // namespace

Status Database::backup(const QString& path) const
{
    if (isServer())
        return Error { tr("服务器上的数据库由服务器备份；要得到一份离线副本，请用 server export %1").arg(path) };
    if (m_depth > 0)
        return Error { tr("备份不能在未完成的修改中进行") };
    return backupWithProgress(*this, path, {});
}

Status backupWithProgress(const Database& db, const QString& path, const ProgressOptions& progress)
{
    if (db.isServer())
        return db.backup(path); // says why not
    const auto cancelled = [] { return Cancelled::error(Database::tr("备份")); };
    if (!progress.step(0, 0, Database::tr("正在检查数据库…")))
        return cancelled();
    auto problems = db.checkIntegrity(false);
    // An interrupted check may have stopped early: whatever it said, a 取消 is a 取消.
    if (!progress.step(0, 0, Database::tr("正在检查数据库…")))
        return cancelled();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error { Database::tr("数据库 %1 已损坏，未备份：%2").arg(db.path(), problems->join(QLatin1Char('\n'))) };
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == db.path())
        return Error { Database::tr("备份文件不能是数据库本身（%1）").arg(QDir::toNativeSeparators(target)) };
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error {
            Database::tr("无法创建文件夹 %1").arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()))
        };
    AtomicFile file(target);
    file.setNewFilePermissions(0600); // teacher data: the owner's only, like the database itself
    if (Status s = file.open(); !s)
        return s;
    // The copy's size is about the pages in use (VACUUM leaves the free ones out).
    qint64 expected = 0;
    if (auto pages = db.exec(QStringLiteral("SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT "
                                            "freelist_count FROM pragma_freelist_count()), (SELECT page_size FROM "
                                            "pragma_page_size())"));
        pages && pages->next())
        expected = std::max<qint64>(1, pages->value(0).toLongLong() * pages->value(1).toLongLong());
    CopyProgress copy { &progress, file.tempPath(), std::max<qint64>(1, expected), Database::tr("正在复制数据库…") };
    auto* handle = static_cast<sqlite3*>(sqliteHandle(db));
    if (handle && progress.sink)
        sqlite3_progress_handler(handle, 10000, &reportCopy, &copy);
    // VACUUM INTO copies the committed state (WAL included) as one read transaction: consistent while other
    // programs keep writing, and compact. It writes into the empty temporary file; commit() renames it.
    auto vacuum = db.exec(QStringLiteral("VACUUM INTO :path"), { { "path", file.tempPath() } });
    if (handle && progress.sink)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!progress.step(copy.expectedBytes, copy.expectedBytes, copy.what))
        return cancelled(); // the temporary file goes with `file`
    if (!vacuum) {
        Error e = vacuum.error();
        e.file = QDir::toNativeSeparators(target);
        return e;
    }
    return file.commit();
}

QString Database::backupFolder() const
{
    const QFileInfo info(m_path);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

Result<QString> Database::automaticBackup(const QString& reason) const
{
    if (isServer())
        return QString(); // the server's backups are the district's (pg_dump): no file beside a database here
    const QDir dir(backupFolder());
    if (!QDir().mkpath(dir.absolutePath()))
        return Error { tr("无法创建备份文件夹 %1").arg(QDir::toNativeSeparators(dir.absolutePath())) };
    QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = dir.filePath(QStringLiteral("%1-%2-%3.sqlite").arg(baseName(m_path), stamp, reason));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2-%3-%4.sqlite").arg(baseName(m_path), stamp, reason).arg(n));
    if (Status s = backup(path); !s)
        return s.error();
    return path;
}

Result<QString> Database::dailyBackup(int keepDays, QDate today) const
{
    return dailyBackupWithProgress(*this, keepDays, today, {});
}

Result<QString> dailyBackupWithProgress(const Database& db, int keepDays, QDate today, const ProgressOptions& progress)
{
    if (db.isServer())
        return QString();
    const QDir dir(db.backupFolder());
    if (!QDir().mkpath(dir.absolutePath()))
        return Error { Database::tr("无法创建备份文件夹 %1").arg(QDir::toNativeSeparators(dir.absolutePath())) };
    QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString prefix = baseName(db.path()) + QStringLiteral("-daily-");
    const QString todays = dir.filePath(prefix + today.toString(Qt::ISODate) + QStringLiteral(".sqlite"));
    if (!QFileInfo::exists(todays)) {
        if (Status s = backupWithProgress(db, todays, progress); !s)
            return s.error();
    }
    // Older daily backups beyond the kept days go; the automatic ones (before an upgrade, a replace) stay.
    static const QRegularExpression dated(QStringLiteral("-daily-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    for (const QString& name : dir.entryList({ prefix + QStringLiteral("*.sqlite") }, QDir::Files)) {
        const auto m = dated.match(name);
        if (!m.hasMatch())
            continue;
        const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
        if (day.isValid() && day.daysTo(today) >= std::max(1, keepDays))
            QFile::remove(dir.filePath(name));
    }
    return todays;
}

Result<DatabaseSummary> Database::inspectFile(const QString& path)
{
    static QAtomicInt counter;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error { tr("文件 %1 不存在").arg(QDir::toNativeSeparators(path)) };
    DatabaseSummary summary;
    summary.path = info.absoluteFilePath();
    summary.bytes = info.size();
    const QString name = QStringLiteral("trainplan-inspect-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<DatabaseSummary> result = Error {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        const auto run = [&](const QString& sql) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(sql);
            return q;
        };
        result = [&]() -> Result<DatabaseSummary> {
            if (!db.open())
                return Error { tr("无法打开 %1：%2").arg(QDir::toNativeSeparators(path), db.lastError().text()) };
            QSqlQuery id = run(QStringLiteral("PRAGMA application_id"));
            if (!id.isActive() || !id.next())
                return Error {
                    tr("%1 不是 SQLite 数据库：%2").arg(QDir::toNativeSeparators(path), id.lastError().text())
                };
            const qint64 applicationId = id.value(0).toLongLong();
            QSqlQuery version = run(QStringLiteral("PRAGMA user_version"));
            summary.schemaVersion = version.next() ? version.value(0).toInt() : 0;
            QSqlQuery tables = run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            summary.trainPlan = Database::isTrainPlanSchema(applicationId, summary.schemaVersion, names);
            if (!summary.trainPlan)
                return summary;
            QSqlQuery check = run(QStringLiteral("PRAGMA quick_check"));
            QStringList problems;
            while (check.next())
                if (check.value(0).toString() != QLatin1String("ok"))
                    problems << check.value(0).toString();
            if (!check.isActive())
                problems << check.lastError().text();
            summary.intact = problems.isEmpty();
            summary.integrityMessage = problems.join(QLatin1Char('\n'));
            const auto count = [&](const char* table) -> qint64 {
                if (!names.contains(QLatin1String(table)))
                    return 0;
                QSqlQuery q = run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
                return q.next() ? q.value(0).toLongLong() : 0;
            };
            summary.plans = count("plan");
            summary.projects = count("project");
            summary.teachers = count("teacher");
            summary.enrollments = count("enrollment");
            summary.registrations = count("credit_registration");
            QSqlQuery last = run(QStringLiteral("SELECT MAX(at) FROM audit_log"));
            summary.lastChange = last.next() ? last.value(0).toString() : QString();
            return summary;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<DatabaseSummary> Database::restoreFrom(const QString& candidate)
{
    if (isServer())
        return Error { tr("服务器上的数据库不从文件恢复；请用 server import %1 导入一份副本").arg(candidate) };
    if (m_depth > 0)
        return Error { tr("恢复不能在未完成的修改中进行") };
    auto summary = inspectFile(candidate);
    if (!summary)
        return summary.error();
    const QString shown = QDir::toNativeSeparators(candidate);
    if (!summary->trainPlan)
        return Error { tr("%1 不是 TrainPlan 的数据库，未恢复").arg(shown) };
    if (!summary->intact)
        return Error { tr("%1 已损坏，未恢复：%2").arg(shown, summary->integrityMessage) };
    if (summary->schemaVersion > latestSchemaVersion())
        return Error { tr("%1 来自更新版本的 TrainPlan（结构版本 %2，本程序 %3），未恢复")
                           .arg(shown)
                           .arg(summary->schemaVersion)
                           .arg(latestSchemaVersion()) };
    if (QFileInfo(candidate).absoluteFilePath() == m_path)
        return Error { tr("要恢复的文件就是当前数据库") };
    auto saved = automaticBackup(QStringLiteral("before-restore"));
    if (!saved)
        return Error { tr("恢复前无法备份当前数据库，未恢复：%1").arg(saved.error().message) };

    // The online backup API copies the candidate's pages into this connection's database in one write
    // transaction: every connection (another TrainPlan, the CLI) sees either the old or the restored content.
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error { tr("无法恢复：数据库驱动不是 SQLite") };
    sqlite3* dest = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(candidate).constData(), &source, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        const QString why = source ? QString::fromUtf8(sqlite3_errmsg(source)) : QString();
        sqlite3_close(source);
        return Error { tr("无法打开 %1：%2").arg(shown, why) };
    }
    sqlite3_backup* copy = sqlite3_backup_init(dest, "main", source, "main");
    if (!copy) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(source);
        return Error { tr("无法恢复 %1：%2").arg(shown, why) };
    }
    QElapsedTimer waited;
    waited.start();
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(copy, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < m_busyTimeoutMs)
            QThread::msleep(50);
        else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            break;
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(copy);
    const QString why = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(source);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error { tr("另一个程序正在写入，已等待 %1 秒；未恢复").arg((waited.elapsed() + 500) / 1000) };
    if (rc != SQLITE_DONE)
        return Error { tr("恢复 %1 失败：%2；当前数据库未改变（恢复前的备份：%3）").arg(shown, why, saved.value()) };
    if (Status s = migrate(*this); !s)
        return s.error();
    return summary;
}

} // namespace tp
