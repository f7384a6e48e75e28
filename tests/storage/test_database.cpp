#include "Database.h"
#include "Migrations.h"
#include "Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

TEST(Database, CreatesTheSchemaOnFirstOpen)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("sub/folder/t.sqlite")));
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 1);
    auto fk = (*db)->exec(QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(fk.ok());
    ASSERT_TRUE(fk->next());
    EXPECT_EQ(fk->value(0).toInt(), 1);
    auto journal = (*db)->exec(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(journal->next());
    EXPECT_EQ(journal->value(0).toString(), QStringLiteral("wal"));
}

TEST(Database, MigratesFromEveryEarlierVersionKeepingTheData)
{
    for (int from = 0; from < latestSchemaVersion(); ++from) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        {
            auto db = Database::open(path, from);
            ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
            // A number no migration has (005 was written while 004 was in another branch) is not a version.
            if ((*db)->schemaVersion() != from)
                continue;
            if (from >= 1) { // version 1 has plans: one must survive every later step
                ASSERT_TRUE(
                    (*db)->exec(QStringLiteral("INSERT INTO plan (district, year) VALUES ('梁平区', 2021)")).ok());
            }
        }
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << "from " << from << ": " << db.error().toString().toStdString();
        EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
        auto q = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM plan"));
        ASSERT_TRUE(q.ok());
        ASSERT_TRUE(q->next());
        EXPECT_EQ(q->value(0).toInt(), from >= 1 ? 1 : 0) << "from " << from;
    }
}

TEST(Database, RefusesADatabaseFromANewerProgram)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("999")));
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_FALSE(db.error().message.isEmpty());
}

TEST(Database, SecondaryConnectionSeesTheDataButNeedsAMigratedSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.sqlite"));
    // A file no primary connection has migrated yet (an older schema): refused, naming both versions.
    {
        auto old = Database::open(path, 1);
        ASSERT_TRUE(old.ok());
    }
    auto early = Database::openSecondary(path);
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QString::number(latestSchemaVersion())));

    auto primary = Database::open(path);
    ASSERT_TRUE(primary.ok());
    ASSERT_TRUE(
        (*primary)
            ->exec(QStringLiteral("INSERT INTO unit (name) VALUES (:n)"), { { "n", QStringLiteral("梁平中学") } })
            .ok());
    auto secondary = Database::openSecondary(path);
    ASSERT_TRUE(secondary.ok()) << secondary.error().toString().toStdString();
    auto q = (*secondary)->exec(QStringLiteral("SELECT name FROM unit"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("梁平中学"));
}

TEST(Transaction, RollsBackUnlessCommittedAndNests)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
    ASSERT_TRUE(db.ok());
    Database& d = **db;
    auto count = [&] {
        auto q = d.exec(QStringLiteral("SELECT COUNT(*) FROM unit"));
        q->next();
        return q->value(0).toInt();
    };
    {
        Transaction outer(d);
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO unit (name) VALUES ('a')")).ok());
        {
            Transaction inner(d);
            ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO unit (name) VALUES ('b')")).ok());
            ASSERT_TRUE(inner.commit().ok());
        }
        EXPECT_EQ(count(), 2);
    } // outer not committed: both gone
    EXPECT_EQ(count(), 0);
    {
        Transaction outer(d);
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO unit (name) VALUES ('a')")).ok());
        {
            Transaction inner(d);
            ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO unit (name) VALUES ('b')")).ok());
        } // inner rolled back
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(count(), 1);
}

TEST(Migrations, SplitsAtEverySemicolonOutsideQuotesCommentsAndTriggerBodies)
{
    // Each case: the script, then the statements it must give.
    struct Case {
        const char* script;
        QStringList statements;
    };
    const Case cases[] = {
        // A comment after the ';' once joined the next statement to this one, which the driver refuses.
        { "DROP INDEX a; -- a why\nDROP INDEX b;\n",
            { QStringLiteral("DROP INDEX a;"), QStringLiteral("DROP INDEX b;") } },
        { "DROP INDEX a; DROP INDEX b;", { QStringLiteral("DROP INDEX a;"), QStringLiteral("DROP INDEX b;") } },
        // A ';' in text, in a quoted name or in a comment ends nothing.
        { "INSERT INTO t VALUES ('a;b', 'it''s;');\nSELECT 1;",
            { QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s;');"), QStringLiteral("SELECT 1;") } },
        { "CREATE TABLE \"x;y\" (a);", { QStringLiteral("CREATE TABLE \"x;y\" (a);") } },
        { "CREATE TABLE t (\n  a INTEGER -- the count; never negative\n);\n/* done; */ SELECT 1;",
            { QStringLiteral("CREATE TABLE t (\n  a INTEGER -- the count; never negative\n);"),
                QStringLiteral("SELECT 1;") } },
        // A trigger whose body has a CASE … END and whose END is not alone on its line.
        { "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN 1 THEN 2 ELSE 3 END; "
          "SELECT 1; END; CREATE INDEX i ON a(x);",
            { QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN 1 THEN 2 ELSE 3 "
                             "END; SELECT 1; END;"),
                QStringLiteral("CREATE INDEX i ON a(x);") } },
        // Comments only: no statement.
        { "-- nothing here;\n/* nor; here */\n", {} },
    };
    for (const Case& c : cases)
        EXPECT_EQ(splitSqlStatements(QString::fromUtf8(c.script)), c.statements) << c.script;
    // PostgreSQL: a tagged dollar quote holds ';' and $$ alike.
    EXPECT_EQ(splitSqlStatements(QStringLiteral("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $$x$$; "
                                                "$body$ LANGUAGE sql; SELECT 2;"),
                  true),
        QStringList({ QStringLiteral("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $$x$$; $body$ LANGUAGE sql;"),
            QStringLiteral("SELECT 2;") }));
}

TEST(Migrations, SplitsStatementsAndKeepsTriggersWhole)
{
    const QString script = QStringLiteral("-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                          "  UPDATE a SET x = 1;\nEND;\nCREATE INDEX i ON a(x);\n");
    const QStringList s = splitSqlStatements(script);
    ASSERT_EQ(s.size(), 3);
    EXPECT_TRUE(s[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(s[1].endsWith(QStringLiteral("END;")));
}

// Before open() upgrades a file the GUI says so (UpgradeNotice): the version a file holds is read without changing
// it; anything that is not an SQLite file is -1.
TEST(Database, StoredSchemaVersionIsReadWithoutChangingTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto db = Database::open(path, 14);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    }
    EXPECT_EQ(Database::storedSchemaVersion(path), 14);
    EXPECT_EQ(Database::storedSchemaVersion(path), 14) << "reading it upgraded nothing";
    EXPECT_EQ(Database::upgradeDueFrom(path), 14);
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
    }
    EXPECT_EQ(Database::storedSchemaVersion(path), latestSchemaVersion());
    EXPECT_EQ(Database::upgradeDueFrom(path), 0) << "nothing to upgrade";
    EXPECT_EQ(Database::storedSchemaVersion(dir.filePath(QStringLiteral("none.sqlite"))), -1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite")))) << "no file is made";
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    EXPECT_EQ(Database::storedSchemaVersion(junk), -1);
    EXPECT_EQ(Database::upgradeDueFrom(junk), 0);
    EXPECT_EQ(Database::storedSchemaVersion(QStringLiteral("postgresql://clerk@server/liangping")), -1);
}
