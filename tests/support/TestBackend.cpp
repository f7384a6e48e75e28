#include "TestBackend.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace tp::test {

namespace {
QMutex mutex;
QStringList created; // database names, to drop at the end
QStringList logins; // logins made by tests
QAtomicInt counter;

// Runs `sql` on the server's maintenance database with the admin login.
bool adminExec(const QString& sql, QString* error)
{
    const QUrl url(serverAdminAddress());
    const QString name = QStringLiteral("trainplan-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.isOpen() && !db.open()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
    }
    return ok;
}
} // namespace

bool onServer()
{
    return qEnvironmentVariable("TRAINPLAN_TEST_BACKEND").compare(QLatin1String("postgresql"), Qt::CaseInsensitive)
        == 0;
}

QString serverAdminAddress()
{
    return qEnvironmentVariable("TRAINPLAN_TEST_PG");
}

QString createServerDatabase(QString* error)
{
    if (serverAdminAddress().isEmpty()) {
        if (error)
            *error = QStringLiteral("TRAINPLAN_TEST_PG is not set");
        return QString();
    }
    const QString name = QStringLiteral("tp_test") + uniqueSuffix();
    QMutexLocker lock(&mutex);
    if (!adminExec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name), error))
        return QString();
    // Dropped when the program ends, whatever kind of test program it is: GoogleTest's environment drops them
    // earlier (ServerTestEnvironment), a QtTest program when its QApplication goes.
    static bool dropAtExit = [] {
        qAddPostRoutine(dropServerDatabases);
        return true;
    }();
    (void)dropAtExit;
    created << name;
    QUrl url(serverAdminAddress());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

QString databaseLocation(const QTemporaryDir& dir, const QString& name)
{
    if (!onServer())
        return dir.filePath(name);
    if (serverAdminAddress().isEmpty()) {
        // A "pg." run of a QtTest program without a server: skipped (ctest's SKIP_RETURN_CODE 77), unless a server
        // is required (CI, scripts/test.sh). GoogleTest programs skip earlier (ServerTestEnvironment).
        if (!qEnvironmentVariableIsEmpty("TRAINPLAN_REQUIRE_PG"))
            qFatal("TRAINPLAN_REQUIRE_PG is set but TRAINPLAN_TEST_PG names no PostgreSQL server");
        std::fprintf(
            stderr, "PostgreSQL tests skipped: TRAINPLAN_TEST_PG is not set (scripts/test.sh starts a server)\n");
        std::exit(77);
    }
    QString error;
    const QString address = createServerDatabase(&error);
    if (address.isEmpty())
        qFatal("cannot create a test database on the server: %s", qPrintable(error));
    return address;
}

QString uniqueSuffix()
{
    return QStringLiteral("_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter++);
}

void registerServerLogin(const QString& login)
{
    QMutexLocker lock(&mutex);
    logins << login;
}

void dropServerDatabases()
{
    QMutexLocker lock(&mutex);
    for (const QString& name : std::as_const(created))
        (void)adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), nullptr);
    created.clear();
    for (const QString& login : std::as_const(logins))
        (void)adminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login), nullptr);
    logins.clear();
    QSqlDatabase::removeDatabase(QStringLiteral("trainplan-test-admin"));
}

} // namespace tp::test
