#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <memory>
#include <utility>

namespace tp {

// What a database file holds, read without changing it (Database::inspectFile): for a restore, which says
// what it would bring back before anything is replaced.
struct DatabaseSummary {
    QString path;
    bool trainPlan = false; // TrainPlan's application_id, or an older TrainPlan schema
    int schemaVersion = 0; // PRAGMA user_version
    bool intact = false; // PRAGMA quick_check said ok
    QString integrityMessage; // what quick_check said when not ok
    qint64 plans = 0;
    qint64 projects = 0;
    qint64 teachers = 0;
    qint64 enrollments = 0;
    qint64 registrations = 0;
    QString lastChange; // the newest audit-log time, "" if none
    qint64 bytes = 0;
};

// Where the data lives: an SQLite file (the default: nothing to install, works offline) or a district's
// PostgreSQL server (postgresql://user@host[:port]/dbname, through Qt's QPSQL driver).
enum class DatabaseBackend { SQLite, PostgreSQL };

// When open() reads the whole file after a session on it did not close: at once (the CLI: nothing else to do
// first), or later on another connection (the GUI: its window first, the check on a worker thread after it).
enum class IntegrityCheckTiming { OnOpen, Deferred };

// One open database. An SQLite file is created on first open (0600), checked cheaply (header, application_id,
// schema version) and migrated to the current schema, foreign keys on, WAL journal. A PostgreSQL database is
// migrated by the same numbered migrations in its own dialect (sql/pg/); its version is in the table tp_schema.
// A file or a database that is not TrainPlan's is refused before anything is written to it. Storage never shows
// UI: it returns results or errors.
class Database {
    Q_DECLARE_TR_FUNCTIONS(tp::Database)

public:
    // PRAGMA application_id of a TrainPlan database: "TPLN".
    static constexpr qint32 kApplicationId = 0x54504C4E;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and creates, if needed) the database at `path` and brings its schema up to date. A `path` starting
    // with postgresql:// (isServerAddress) opens a PostgreSQL database instead; the password, if not in the
    // address, comes from libpq (PGPASSWORD, ~/.pgpass). Only cheap checks
    // run on the way (header, application_id, schema version); the whole file is checked (quick_check) only
    // when the last session on this file did not close (a crash, a kill, a power cut) — in open(), or with
    // `Deferred` by the caller (integrityCheckPending; always in open() when the schema is to be migrated). Before
    // a migration the file is backed up (automaticBackup). `schemaVersion` < 0 means the latest; tests open older
    // versions to check each migration step.
    static Result<std::shared_ptr<Database>> open(
        const QString& path, int schemaVersion = -1, IntegrityCheckTiming timing = IntegrityCheckTiming::OnOpen);
    // Another connection to a database this process has opened with open() already (a worker thread's own
    // connection): no check and no migration — the first connection did both. A schema other than the latest is
    // an error.
    static Result<std::shared_ptr<Database>> openSecondary(const QString& path);
    // Whether `location` names a PostgreSQL database (postgresql:// or postgres://) rather than a file.
    static bool isServerAddress(const QString& location);
    // The database the GUI opens by default: the user's data folder, created on first start.
    static QString defaultPath();
    // The schema version a file holds (PRAGMA user_version), read without opening it for work, changing it or
    // checking it: to say before open() that it will upgrade the file. -1 when there is no such file or it is not
    // an SQLite database (a server address, too).
    static int storedSchemaVersion(const QString& path);
    // The version open() would upgrade the file from (its stored version, older than this program's), else 0: what
    // the GUI and the CLI check before opening, to say that an upgrade is coming.
    static int upgradeDueFrom(const QString& path);
    // Whether a file's header and tables are TrainPlan's: our application_id, or (before schema 6 set it) no
    // application_id, a schema version and TrainPlan's tables.
    static bool isTrainPlanSchema(qint64 applicationId, int userVersion, const QStringList& tables);

    QSqlDatabase connection() const;
    DatabaseBackend backend() const { return m_backend; }
    // True on a PostgreSQL server: no file, no PRAGMA; backups are the server's (pg_dump, server export).
    bool isServer() const { return m_backend == DatabaseBackend::PostgreSQL; }
    // Changes when another connection (another TrainPlan, the CLI) commits to the file; not for this
    // connection's own writes (SQLite's PRAGMA data_version). -1 on error.
    qint64 dataVersion() const;
    // The file's absolute path, or the server's address without its password.
    QString path() const { return m_path; }
    int schemaVersion() const;
    // True when open() found that the previous session on this file ended without closing it, and therefore
    // ran the whole-file check (which passed, or open() would have failed).
    bool checkedAfterUncleanShutdown() const { return m_checkedAfterUncleanShutdown; }
    // True when open(…, Deferred) found that the last session did not close and left the whole-file check to the
    // caller: run checkIntegrity() (on any connection to the file, e.g. a worker's openSecondary) and report its
    // outcome with finishDeferredIntegrityCheck. Until then the unclosed session's marker stays, so a program
    // that opens the file meanwhile (or the next start, if this one is killed first) checks it too.
    bool integrityCheckPending() const { return m_integrityCheckPending; }
    // The deferred check's outcome: intact forgets the unclosed session (checkedAfterUncleanShutdown becomes
    // true); damaged keeps its marker, so the next open checks again.
    void finishDeferredIntegrityCheck(bool intact);

    // Who is named in the audit log for changes made through this connection.
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // How long a write waits for another program's write to finish before giving up (ms).
    int busyTimeout() const { return m_busyTimeoutMs; }
    Status setBusyTimeout(int milliseconds);

    // Runs one statement with named bound parameters; on failure the Error says which statement failed
    // and what SQLite said.
    using Binds = std::initializer_list<std::pair<const char*, QVariant>>;
    Result<QSqlQuery> exec(const QString& sql, Binds binds = {}) const;

    // --- integrity and backups (DatabaseBackup.cpp) ----------------------------------------------------
    // The whole-file check on demand: quick_check, or with `thorough` integrity_check and foreign_key_check
    // (which also compare every index with its table). Returns the problems found; empty when all is well.
    Result<QStringList> checkIntegrity(bool thorough = false) const;
    // A consistent copy of the database at `path` while the program runs (VACUUM INTO: the committed state,
    // WAL included), checked first; written to a temporary file beside `path` and renamed, 0600. An existing
    // file at `path` is replaced only when the copy is complete. Not inside a transaction.
    Status backup(const QString& path) const;
    // The folder automatic backups go to: "<name>-backups" beside the database file.
    QString backupFolder() const;
    // A dated backup in backupFolder() ("trainplan-20240501-103000-before-replace.sqlite"), made before a
    // migration and before a plan is replaced. Returns its path.
    Result<QString> automaticBackup(const QString& reason) const;
    // Today's backup ("trainplan-daily-2024-05-01.sqlite") unless there is one; daily backups older than
    // `keepDays` are removed. Returns the path of today's backup.
    Result<QString> dailyBackup(int keepDays, QDate today = QDate::currentDate()) const;
    // Reads a candidate file read-only and says what it holds; never writes to it.
    static Result<DatabaseSummary> inspectFile(const QString& path);
    // Replaces the content of this database with the file at `candidate` (SQLite's online backup into this
    // connection: other programs see the restored state at once, or the old one if anything fails). The
    // candidate is inspected first and must be an intact TrainPlan database no newer than this program; the
    // current content is backed up first (automaticBackup "before-restore"). Migrates the restored schema.
    Result<DatabaseSummary> restoreFrom(const QString& candidate);

    // --- transactions (Transaction.cpp) ----------------------------------------------------------------
    // Savepoint depth, for Transaction.
    int& transactionDepth() { return m_depth; }
    // The audit operation of the outermost transaction (AuditLog.cpp): 0 until its first audit row.
    qint64 operationId() const { return m_operationId; }
    void setOperationId(qint64 id) { m_operationId = id; }
    QString operationLabel() const { return m_operationLabel; }
    void setOperationLabel(const QString& label) { m_operationLabel = label; }

private:
    static Result<std::shared_ptr<Database>> openConnection(const QString& path, int schemaVersion, bool primary,
        IntegrityCheckTiming timing = IntegrityCheckTiming::OnOpen);
    static Result<std::shared_ptr<Database>> openServer(const QString& address, int schemaVersion, bool primary);
    explicit Database(QString path, QString connectionName, DatabaseBackend backend = DatabaseBackend::SQLite);
    Status checkOwnership(const QString& displayPath) const;
    void releaseSessionMarker();

    QString m_path;
    QString m_connectionName;
    DatabaseBackend m_backend = DatabaseBackend::SQLite;
    QString m_actor;
    int m_depth = 0;
    int m_busyTimeoutMs = 5000;
    qint64 m_operationId = 0;
    QString m_operationLabel;
    bool m_checkedAfterUncleanShutdown = false;
    bool m_integrityCheckPending = false;
    int m_sessionFd = -1;
    QString m_sessionMarker;
};

// The error of a failed statement. SQLite's "database is locked" (another program writing for longer than the
// busy timeout) becomes "另一个程序正在写入，已等待 N 秒" with `waitedMs`.
Error sqlError(const QSqlQuery& query, const QString& what, qint64 waitedMs = -1);

} // namespace tp
