#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>
#include <utility>

namespace tp {

// One open SQLite database: created on first open, migrated to the current schema, foreign keys on,
// WAL journal. Storage never shows UI: it returns results or errors.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and creates, if needed) the database at `path` and brings its schema up to date.
    // `schemaVersion` < 0 means the latest; tests open older versions to check each migration step.
    static Result<std::shared_ptr<Database>> open(const QString& path, int schemaVersion = -1);
    // Another connection to a database this process has opened with open() already (a worker thread's own
    // connection): no integrity check and no migration — the first connection did both, and a quick_check of a
    // city-sized file takes over a second. A schema other than the latest is an error.
    static Result<std::shared_ptr<Database>> openSecondary(const QString& path);
    // The database the GUI opens by default: the user's data folder, created on first start.
    static QString defaultPath();

    QSqlDatabase connection() const;
    // Changes when another connection (another TrainPlan, the CLI) commits to the file; not for this
    // connection's own writes (SQLite's PRAGMA data_version). -1 on error.
    qint64 dataVersion() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Who is named in the audit log for changes made through this connection.
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // Runs one statement with named bound parameters; on failure the Error says which statement failed
    // and what SQLite said.
    using Binds = std::initializer_list<std::pair<const char*, QVariant>>;
    Result<QSqlQuery> exec(const QString& sql, Binds binds = {}) const;

    // Savepoint depth, for Transaction.
    int& transactionDepth() { return m_depth; }

private:
    static Result<std::shared_ptr<Database>> openConnection(const QString& path, int schemaVersion, bool primary);
    explicit Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    int m_depth = 0;
};

Error sqlError(const QSqlQuery& query, const QString& what);

} // namespace tp
