#pragma once

// The storage tests run on both backends: SQLite always, and PostgreSQL when TRAINPLAN_TEST_BACKEND=postgresql
// (ctest's "pg." tests) with TRAINPLAN_TEST_PG naming a server login allowed to create databases
// (postgresql://postgres@127.0.0.1:PORT/postgres, scripts/test.sh starts a throwaway cluster). Each fresh
// database on the server is dropped when the test program ends.

#include <QString>
#include <QTemporaryDir>

namespace tp::test {

// True in the "pg." run.
bool onServer();
// The server's admin address (TRAINPLAN_TEST_PG), "" when not set.
QString serverAdminAddress();
// A fresh, empty database for a test: the file `name` in `dir`, or on the server a new database.
QString databaseLocation(const QTemporaryDir& dir, const QString& name);
// A new empty database on the server (for tests that need one whatever the backend); "" and `error` on failure.
QString createServerDatabase(QString* error = nullptr);
// Drops the databases made by createServerDatabase, then the logins registered (the test program's end: logins
// belong to the whole cluster).
void dropServerDatabases();
// A login a test makes on the server, dropped at the end.
void registerServerLogin(const QString& login);
// "_<pid>_<n>": names unique on the cluster while this program runs (logins are cluster-wide).
QString uniqueSuffix();

} // namespace tp::test
