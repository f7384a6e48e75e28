// Issue 13: one schema on two backends. The PostgreSQL dialect of every migration (src/storage/sql/pg/) leaves the
// same tables, columns (in order, with their types' families, NOT NULL and defaults), primary keys, foreign keys
// with their ON DELETE actions, unique constraints, CHECK constraints, indexes and triggers as SQLite's. (The
// server's own objects — tp_* tables, functions and triggers, the roles' server_* triggers, migrations 008 and 010 —
// are not SQLite's.)

#include "Database.h"
#include "Migrations.h"
#include "TestBackend.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace tp;

namespace {

struct Schema {
    std::map<QString, QStringList> columns; // table → "name family [not null] [default] [pk]", in order
    std::set<QString> foreignKeys; // "table.column → table.column on delete ACTION"
    std::set<QString> uniques; // "table(columns)"
    std::map<QString, int> checks; // table → number of CHECK constraints
    std::set<QString> indexes; // "table.name"
    std::set<QString> triggers;
};

QString family(QString type)
{
    type = type.toLower();
    if (type.contains(QLatin1String("int")))
        return QStringLiteral("integer");
    if (type.contains(QLatin1String("real")) || type.contains(QLatin1String("double")))
        return QStringLiteral("real");
    if (type.contains(QLatin1String("text")))
        return QStringLiteral("text");
    if (type.contains(QLatin1String("blob")) || type.contains(QLatin1String("bytea")))
        return QStringLiteral("blob");
    return type;
}

QString action(const QString& sqliteAction)
{
    return sqliteAction.toUpper() == QLatin1String("NO ACTION") ? QStringLiteral("NO ACTION") : sqliteAction.toUpper();
}

QList<QVariantList> rows(Database& db, const QString& sql)
{
    QList<QVariantList> out;
    auto q = db.exec(sql);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().toString().toStdString());
    if (!q)
        return out;
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < q->record().count(); ++i)
            row << q->value(i);
        out << row;
    }
    return out;
}

Schema sqliteSchema(Database& db)
{
    Schema s;
    for (const QVariantList& t : rows(db,
             QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            "ORDER BY name"))) {
        const QString table = t[0].toString();
        static const QRegularExpression check(
            QStringLiteral("\\bCHECK\\s*\\("), QRegularExpression::CaseInsensitiveOption);
        const int checks = int(t[1].toString().count(check));
        if (checks > 0)
            s.checks[table] = checks;
        for (const QVariantList& c : rows(db, QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            const bool pk = c[5].toInt() > 0;
            QString line = c[1].toString() + QLatin1Char(' ') + family(c[2].toString());
            if (c[3].toInt() != 0 && !pk)
                line += QLatin1String(" not null");
            if (!c[4].isNull())
                line += QLatin1String(" default");
            if (pk)
                line += QLatin1String(" pk");
            s.columns[table] << line;
        }
        for (const QVariantList& f : rows(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
            s.foreignKeys.insert(
                QStringLiteral("%1.%2 → %3.%4 on delete %5")
                    .arg(table, f[3].toString(), f[2].toString(), f[4].toString(), action(f[6].toString())));
        for (const QVariantList& i : rows(db, QStringLiteral("PRAGMA index_list(%1)").arg(table))) {
            const QString origin = i[3].toString();
            if (origin == QLatin1String("c")) {
                s.indexes.insert(table + QLatin1Char('.') + i[1].toString());
            } else if (origin == QLatin1String("u")) {
                QStringList cols;
                for (const QVariantList& c : rows(db, QStringLiteral("PRAGMA index_info(%1)").arg(i[1].toString())))
                    cols << c[2].toString();
                s.uniques.insert(QStringLiteral("%1(%2)").arg(table, cols.join(QLatin1Char(','))));
            }
        }
    }
    for (const QVariantList& t : rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        s.triggers.insert(t[0].toString());
    return s;
}

Schema serverSchema(Database& db)
{
    Schema s;
    const QString ns = QStringLiteral("(SELECT oid FROM pg_namespace WHERE nspname = current_schema())");
    for (const QVariantList& c : rows(db,
             QStringLiteral("SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default, "
                            "EXISTS (SELECT 1 FROM information_schema.table_constraints tc JOIN "
                            "information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name AND "
                            "k.table_name = tc.table_name WHERE tc.constraint_type = 'PRIMARY KEY' AND "
                            "tc.table_name = c.table_name AND k.column_name = c.column_name) "
                            "FROM information_schema.columns c JOIN information_schema.tables t ON "
                            "t.table_name = c.table_name AND t.table_schema = c.table_schema "
                            "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                            "AND c.table_name NOT LIKE 'tp\\_%' ORDER BY c.table_name, c.ordinal_position"))) {
        const bool pk = c[5].toBool();
        QString line = c[1].toString() + QLatin1Char(' ') + family(c[2].toString());
        if (c[3].toString() == QLatin1String("NO") && !pk)
            line += QLatin1String(" not null");
        if (!c[4].isNull())
            line += QLatin1String(" default");
        if (pk)
            line += QLatin1String(" pk");
        s.columns[c[0].toString()] << line;
    }
    for (const QVariantList& f : rows(db,
             QStringLiteral(
                 "SELECT cl.relname, a.attname, rcl.relname, ra.attname, con.confdeltype FROM pg_constraint "
                 "con JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_class rcl ON rcl.oid = "
                 "con.confrelid CROSS JOIN generate_subscripts(con.conkey, 1) k(i) JOIN pg_attribute a ON a.attrelid = "
                 "con.conrelid AND a.attnum = con.conkey[k.i] JOIN pg_attribute ra ON ra.attrelid = "
                 "con.confrelid AND ra.attnum = con.confkey[k.i] WHERE con.contype = 'f' AND "
                 "cl.relnamespace = %1")
                 .arg(ns))) {
        static const std::map<QString, QString> actions { { QStringLiteral("a"), QStringLiteral("NO ACTION") },
            { QStringLiteral("r"), QStringLiteral("RESTRICT") }, { QStringLiteral("c"), QStringLiteral("CASCADE") },
            { QStringLiteral("n"), QStringLiteral("SET NULL") },
            { QStringLiteral("d"), QStringLiteral("SET DEFAULT") } };
        s.foreignKeys.insert(
            QStringLiteral("%1.%2 → %3.%4 on delete %5")
                .arg(f[0].toString(), f[1].toString(), f[2].toString(), f[3].toString(), actions.at(f[4].toString())));
    }
    for (const QVariantList& u : rows(db,
             QStringLiteral("SELECT cl.relname, (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM "
                            "unnest(con.conkey) WITH ORDINALITY k(num, ord) JOIN pg_attribute a ON a.attrelid = "
                            "con.conrelid AND a.attnum = k.num) FROM pg_constraint con JOIN pg_class cl ON cl.oid = "
                            "con.conrelid WHERE con.contype = 'u' AND cl.relnamespace = %1")
                 .arg(ns)))
        s.uniques.insert(QStringLiteral("%1(%2)").arg(u[0].toString(), u[1].toString()));
    for (const QVariantList& c : rows(db,
             QStringLiteral("SELECT cl.relname, count(*) FROM pg_constraint con JOIN pg_class cl ON cl.oid = "
                            "con.conrelid WHERE con.contype = 'c' AND cl.relnamespace = %1 AND cl.relname NOT LIKE "
                            "'tp\\_%' GROUP BY cl.relname")
                 .arg(ns)))
        s.checks[c[0].toString()] = c[1].toInt();
    for (const QVariantList& i : rows(db,
             QStringLiteral("SELECT tablename, indexname FROM pg_indexes WHERE schemaname = current_schema() AND "
                            "indexname NOT IN (SELECT conname FROM pg_constraint) AND tablename NOT LIKE 'tp\\_%'")))
        s.indexes.insert(i[0].toString() + QLatin1Char('.') + i[1].toString());
    for (const QVariantList& t : rows(db,
             QStringLiteral("SELECT t.tgname FROM pg_trigger t JOIN pg_class cl ON cl.oid = t.tgrelid WHERE NOT "
                            "t.tgisinternal AND cl.relnamespace = %1 AND t.tgname NOT LIKE 'server%' "
                            "AND t.tgname NOT LIKE 'tp\\_%'")
                 .arg(ns)))
        s.triggers.insert(t[0].toString());
    return s;
}

template <typename Set> std::string describe(const Set& set)
{
    std::string out;
    for (const auto& item : set)
        out += "\n  " + QVariant(item).toString().toStdString();
    return out;
}

} // namespace

TEST(ServerMigrations, EveryMigrationHasAPostgreSQLVariant)
{
    QList<int> sqlite, server;
    for (const MigrationScript& m : migrationScripts(false))
        sqlite << m.version;
    for (const MigrationScript& m : migrationScripts(true))
        server << m.version;
    EXPECT_EQ(sqlite, server) << "every src/storage/sql/NNN_*.sql needs its src/storage/sql/pg/NNN_*.sql";
    EXPECT_EQ(sqlite.isEmpty() ? 0 : sqlite.last(), latestSchemaVersion());
}

TEST(ServerMigrations, FunctionBodiesStayWholeWhenSplit)
{
    const QStringList statements = splitSqlStatements(QStringLiteral("CREATE TABLE a (x INTEGER);\n"
                                                                     "CREATE FUNCTION f() RETURNS trigger AS $$\n"
                                                                     "BEGIN\n"
                                                                     "    RAISE EXCEPTION 'no';\n"
                                                                     "END;\n"
                                                                     "$$;\n"
                                                                     "CREATE TRIGGER t BEFORE UPDATE ON a\n"
                                                                     "    FOR EACH ROW EXECUTE FUNCTION f();\n"),
        true);
    ASSERT_EQ(statements.size(), 3) << statements.join(QStringLiteral("\n---\n")).toStdString();
    EXPECT_TRUE(statements[1].endsWith(QStringLiteral("$$;")));
}

TEST(ServerSchema, BothBackendsHaveTheSameSchemaAfterAllMigrations)
{
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("schema.sqlite")));
    ASSERT_TRUE(file.ok()) << file.error().toString().toStdString();
    QString error;
    const QString address = test::createServerDatabase(&error);
    ASSERT_FALSE(address.isEmpty()) << error.toStdString();
    auto server = Database::open(address);
    ASSERT_TRUE(server.ok()) << server.error().toString().toStdString();
    EXPECT_EQ((*server)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ((*server)->schemaVersion(), (*file)->schemaVersion());

    const Schema a = sqliteSchema(**file);
    const Schema b = serverSchema(**server);
    ASSERT_FALSE(a.columns.empty());
    for (const auto& [table, columns] : a.columns) {
        ASSERT_TRUE(b.columns.count(table)) << "missing on the server: table " << table.toStdString();
        EXPECT_EQ(columns, b.columns.at(table)) << table.toStdString();
    }
    for (const auto& [table, columns] : b.columns)
        EXPECT_TRUE(a.columns.count(table)) << "only on the server: table " << table.toStdString();
    EXPECT_EQ(a.foreignKeys, b.foreignKeys)
        << "SQLite:" << describe(a.foreignKeys) << "\nserver:" << describe(b.foreignKeys);
    EXPECT_EQ(a.uniques, b.uniques) << "SQLite:" << describe(a.uniques) << "\nserver:" << describe(b.uniques);
    EXPECT_EQ(a.checks, b.checks);
    EXPECT_EQ(a.indexes, b.indexes) << "SQLite:" << describe(a.indexes) << "\nserver:" << describe(b.indexes);
    EXPECT_EQ(a.triggers, b.triggers) << "SQLite:" << describe(a.triggers) << "\nserver:" << describe(b.triggers);
}

TEST(ServerSchema, AnotherProgramsDatabaseIsRefusedUntouched)
{
    QString error;
    const QString address = test::createServerDatabase(&error);
    ASSERT_FALSE(address.isEmpty()) << error.toStdString();
    {
        auto db = Database::open(address);
        ASSERT_TRUE(db.ok());
        // Make it look like someone else's: drop ours, create theirs.
        ASSERT_TRUE((*db)->exec(QStringLiteral("DROP SCHEMA public CASCADE")).ok());
        ASSERT_TRUE((*db)->exec(QStringLiteral("CREATE SCHEMA public")).ok());
        ASSERT_TRUE((*db)->exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")).ok());
    }
    auto again = Database::open(address);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("invoices"))) << again.error().message.toStdString();
}
