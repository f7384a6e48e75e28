#pragma once

// The district server's administration (trainplan-cli server …): its logins and their TrainPlan roles, and
// moving a district's data between an SQLite file and the server, all or nothing. The roles themselves, their
// privileges and the row-level security are made by migration 008 (sql/pg/008_server_identities.sql).

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace tp {

class Database;

// TrainPlan's roles on the server: the stable name (server_user.role) and the PostgreSQL group role.
enum class ServerRole { Bureau, TrainingSchool, SchoolAdmin, ReadOnly };
QString serverRoleName(ServerRole role); // "school_admin"
QString serverRoleGroup(ServerRole role); // "学校管理员"
// From either name (or 培训机构 for the training school); nullopt if none.
std::optional<ServerRole> serverRoleFromText(const QString& text);

struct ServerUser {
    QString login;
    ServerRole role = ServerRole::ReadOnly;
    QString unit; // the unit's name (学校管理员), "" otherwise
    QString createdAt;
    QString actor;
    bool canLogIn = false; // the login exists on the server and may log in
};

// Rows copied per table, in the order they were copied.
using CopyCounts = QList<std::pair<QString, qint64>>;

class ServerAdmin {
    Q_DECLARE_TR_FUNCTIONS(tp::ServerAdmin)

public:
    explicit ServerAdmin(Database& db)
        : m_db(db)
    {
    }

    // Adds a login with a role (and the unit a school's clerk keeps; it must exist). Returns the initial
    // password, made here unless `password` is given.
    Result<QString> addUser(const QString& login, ServerRole role, const QString& unitName, QString password = {});
    Result<QList<ServerUser>> users() const;
    // The TrainPlan role of this session's login: nullopt for the database's owner (all rights) or a login
    // without one.
    Result<std::optional<ServerRole>> sessionRole() const;

    // Copies every table of `from` into this database, which must be empty (just migrated): one transaction,
    // all or nothing; ids, the audit's actors and times, and the id counters kept. The two schemas must be at
    // the same version.
    Result<CopyCounts> copyFrom(Database& from);

private:
    Database& m_db;
};

// Tables of a database in an order that inserts every referenced row first.
Result<QStringList> tablesInCopyOrder(Database& db);

} // namespace tp
