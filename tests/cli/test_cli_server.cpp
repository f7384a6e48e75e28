// Issue 13: the district server's commands, run as the administrator would (the real trainplan-cli against a
// real PostgreSQL, TRAINPLAN_TEST_PG): server init, server user add/list, server import of the 梁平 sample
// database and server export giving back an equal database, all or nothing.

#include "CliRunner.h"
#include "Database.h"
#include "LedgerSetup.h"
#include "Migrations.h"
#include "TestBackend.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

using namespace tp::test;

namespace {

class CliServerTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        if (serverAdminAddress().isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("TRAINPLAN_REQUIRE_PG"))
                FAIL() << "TRAINPLAN_REQUIRE_PG is set but TRAINPLAN_TEST_PG names no PostgreSQL server";
            GTEST_SKIP() << "PostgreSQL tests skipped: TRAINPLAN_TEST_PG is not set (scripts/test.sh starts a server)";
        }
        QString error;
        m_server = createServerDatabase(&error);
        ASSERT_FALSE(m_server.isEmpty()) << error.toStdString();
    }
    void TearDown() override { dropServerDatabases(); }

    QStringList args(std::initializer_list<const char*> list) const
    {
        QStringList a;
        for (const char* s : list)
            a << QString::fromUtf8(s);
        return a;
    }

    // The 梁平 sample of scripts/screenshots-roster.sh: the 2021 plan, two schools' teacher lists (one GB18030),
    // a roster with a waitlist, withdrawals, attendance, external credits, and registered credits.
    void buildLiangpingSample(const QString& file)
    {
        const QString demo = dataFile("roster-demo");
        const auto ok = [&](const QStringList& a) {
            const CliResult r = cli(a, file);
            ASSERT_EQ(r.exitCode, 0) << a.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
        };
        ok(args({ "import" }) << dataFile("liangping-2021-plan.csv")
                              << args({ "--year", "2021", "--district", "梁平区" }));
        ok(args({ "teachers", "import" }) << demo + QStringLiteral("/teachers-city.csv"));
        ok(args({ "teachers", "import" }) << demo + QStringLiteral("/teachers-town.csv"));
        ok(args({ "enroll", "import" }) << demo + QStringLiteral("/roster-first.csv")
                                        << args({ "--year", "2021", "--project", "14", "--today", "2021-05-20" }));
        ok(args({ "enroll", "import" }) << demo + QStringLiteral("/roster-late.csv")
                                        << args({ "--year", "2021", "--project", "14", "--today", "2021-05-28" }));
        ok(args(
            { "enroll", "withdraw", "--year", "2021", "--project", "14", "--staff", "00038", "--reason", "工作调动" }));
        ok(args({ "attendance", "import" })
            << demo + QStringLiteral("/attendance.csv") << args({ "--year", "2021", "--project", "14" }));
        ok(args({ "credits", "external", "import" })
            << demo + QStringLiteral("/external-credits.csv") << args({ "--today", "2022-12-20" }));
        {
            LedgerSetup setup(file);
            setup.setCredits(setup.projectId(QStringLiteral("梁平区"), 2021, 14), tp::TrainingKind::Centralized, 5);
        }
        const CliResult r = cli(args({ "credits", "register", "--year", "2021", "--project", "14", "--reason", "第一批",
                                    "--complete", "--json" }),
            file);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_GT(r.json().value(QStringLiteral("registered")).toInt(), 0);
    }

    // Every table of an SQLite file, its rows in a stable order, as text (sqlite_sequence too: ids never given
    // twice).
    static std::map<QString, QStringList> contents(const QString& file)
    {
        std::map<QString, QStringList> tables;
        auto db = tp::Database::open(file);
        EXPECT_TRUE(db.ok());
        if (!db)
            return tables;
        auto names = (*db)->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList list;
        while (names && names->next())
            list << names->value(0).toString();
        for (const QString& t : list) {
            auto q = (*db)->exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
            EXPECT_TRUE(q.ok());
            QStringList rows;
            while (q && q->next()) {
                QStringList cells;
                for (int i = 0; i < q->record().count(); ++i)
                    cells << (q->isNull(i) ? QStringLiteral("NULL")
                            : q->value(i).typeId() == QMetaType::QByteArray
                            ? QString::fromLatin1(q->value(i).toByteArray().toHex())
                            : q->value(i).toString());
                rows << cells.join(QLatin1Char('|'));
            }
            rows.sort();
            tables[t] = rows;
        }
        return tables;
    }

    QString m_server;
};

} // namespace

TEST_F(CliServerTest, ImportOfTheLiangpingSampleThenExportGivesBackAnEqualDatabase)
{
    const QString original = path(QStringLiteral("liangping.sqlite"));
    buildLiangpingSample(original);

    CliResult r = cli(args({ "server", "init", "--json" }), m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("schema_version")).toInt(), tp::latestSchemaVersion());

    r = cli(args({ "server", "import", "--json" }) << original, m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject imported = r.json();
    const auto before = contents(original);
    qint64 rows = 0;
    for (const auto& [table, list] : before)
        if (table != QLatin1String("sqlite_sequence"))
            rows += list.size();
    EXPECT_EQ(imported.value(QStringLiteral("rows")).toInteger(), rows) << "every row, counted";

    r = cli(args({ "server", "export" }) << path(QStringLiteral("copy.sqlite")), m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("共 %1 行").arg(rows))) << r.text().toStdString();

    const auto after = contents(path(QStringLiteral("copy.sqlite")));
    ASSERT_EQ(before.size(), after.size());
    for (const auto& [table, list] : before) {
        ASSERT_TRUE(after.count(table)) << table.toStdString();
        EXPECT_EQ(list, after.at(table)) << table.toStdString();
    }
    EXPECT_GT(before.at(QStringLiteral("credit_registration")).size(), 0);
    EXPECT_GT(before.at(QStringLiteral("attendance")).size(), 0);

    // The copy is TrainPlan's as any file: the CLI reads the same plan from it and from the server.
    const CliResult fromServer = cli(args({ "show", "--year", "2021", "--json" }), m_server);
    const CliResult fromCopy = cli(args({ "show", "--year", "2021", "--json" }), path(QStringLiteral("copy.sqlite")));
    ASSERT_EQ(fromServer.exitCode, 0) << fromServer.err.toStdString();
    EXPECT_EQ(fromServer.json(), fromCopy.json());

    // An export never overwrites a file.
    r = cli(args({ "server", "export" }) << original, m_server);
    EXPECT_EQ(r.exitCode, 1);
}

TEST_F(CliServerTest, ImportIsAllOrNothing)
{
    const QString file = path(QStringLiteral("small.sqlite"));
    ASSERT_EQ(importLiangping(file).exitCode, 0);
    {
        // SQLite keeps what it is given: a unit whose staff count is text. The server's INTEGER column refuses it.
        auto db = tp::Database::open(file);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(
            (*db)->exec(QStringLiteral("INSERT INTO unit (name, staff_count) VALUES ('末尾的学校', 'many')")).ok());
    }
    CliResult r = cli(args({ "server", "import" }) << file, m_server);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unit"))) << r.err.toStdString();
    auto server = tp::Database::open(m_server);
    ASSERT_TRUE(server.ok());
    for (const char* table : { "unit", "plan", "project", "audit_log" }) {
        auto q = (*server)->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        ASSERT_TRUE(q && q->next());
        EXPECT_EQ(q->value(0).toInt(), 0) << table << ": nothing imported";
    }
    // Into a database that already has data: refused, nothing added.
    auto clean = tp::Database::open(file);
    ASSERT_TRUE((*clean)->exec(QStringLiteral("DELETE FROM unit WHERE name = '末尾的学校'")).ok());
    clean->reset();
    ASSERT_EQ(cli(args({ "server", "import" }) << file, m_server).exitCode, 0);
    r = cli(args({ "server", "import" }) << file, m_server);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("不是空的"))) << r.err.toStdString();
}

TEST_F(CliServerTest, UsersAreAddedWithTheirRoleAndListed)
{
    ASSERT_EQ(importLiangping(m_server).exitCode, 0);
    const QString clerk = QStringLiteral("clerk") + uniqueSuffix();
    registerServerLogin(clerk);
    CliResult r
        = cli(args({ "server", "user", "add" }) << clerk << args({ "--role", "学校管理员", "--unit", "不存在的学校" }),
            m_server);
    EXPECT_EQ(r.exitCode, 1) << "the unit must exist: " << r.err.toStdString();
    r = cli(args({ "teachers", "import" }) << dataFile("roster-demo/teachers-city.csv"), m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli(
        args({ "server", "user", "add" }) << clerk << args({ "--role", "学校管理员", "--unit", "梁平中学" }), m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("初始密码"))) << r.text().toStdString();
    r = cli(args({ "server", "user", "add", "someone", "--role", "校长" }), m_server);
    EXPECT_EQ(r.exitCode, 2) << "an unknown role is a usage error";
    r = cli(args({ "server", "user", "list", "--json" }), m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray users = r.json().value(QStringLiteral("users")).toArray();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users[0].toObject().value(QStringLiteral("login")).toString(), clerk);
    EXPECT_EQ(users[0].toObject().value(QStringLiteral("group")).toString(), QStringLiteral("学校管理员"));
    EXPECT_EQ(users[0].toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("梁平中学"));
    // The server's commands need a server.
    EXPECT_EQ(cli(args({ "server", "user", "list" })).exitCode, 2);
}

TEST_F(CliServerTest, AuditTrailListsTheServersTrailWithLoginAndOldToNewFilteredByPersonAndDate)
{
    ASSERT_EQ(importLiangping(m_server).exitCode, 0);
    ASSERT_EQ(cli(args({ "teachers", "import" }) << dataFile("roster-demo/teachers-city.csv"), m_server).exitCode, 0);
    const QString clerk = QStringLiteral("trail") + uniqueSuffix();
    registerServerLogin(clerk);
    ASSERT_EQ(cli(args({ "server", "user", "add" })
                      << clerk << args({ "--role", "学校管理员", "--unit", "梁平中学", "--password", "pw" }),
                  m_server)
                  .exitCode,
        0);
    {
        // The clerk's own SQL (as with psql), not TrainPlan: the server's trail has it.
        QUrl url(m_server);
        url.setUserName(clerk);
        url.setPassword(QStringLiteral("pw"));
        auto db = tp::Database::open(url.toString());
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        auto q = (*db)->exec(QStringLiteral("UPDATE teacher SET name = name || '（改）' WHERE id = (SELECT MIN(id) "
                                            "FROM teacher)"));
        ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    }
    CliResult r = cli(args({ "audit", "--trail", "--actor" }) << clerk << args({ "--json" }), m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray trail = r.json().value(QStringLiteral("trail")).toArray();
    ASSERT_EQ(trail.size(), 1) << r.text().toStdString();
    const QJsonObject e = trail[0].toObject();
    EXPECT_EQ(e.value(QStringLiteral("login")).toString(), clerk);
    EXPECT_EQ(e.value(QStringLiteral("table")).toString(), QStringLiteral("teacher"));
    EXPECT_EQ(e.value(QStringLiteral("action")).toString(), QStringLiteral("UPDATE"));
    EXPECT_EQ(e.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
    EXPECT_EQ(e.value(QStringLiteral("new")).toString(),
        e.value(QStringLiteral("old")).toString() + QStringLiteral("（改）"));
    // As text: who, when, table, old → new.
    r = cli(args({ "audit", "--trail", "--actor" }) << clerk, m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.text().contains(clerk)) << r.text().toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("（改）"))) << r.text().toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral(" → "))) << r.text().toStdString();
    // By date: nothing from tomorrow on.
    r = cli(args({ "audit", "--trail", "--since" })
            << QDate::currentDate().addDays(1).toString(Qt::ISODate) << args({ "--json" }),
        m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().value(QStringLiteral("trail")).toArray().isEmpty());
    // A file has no server trail: a usage error.
    EXPECT_EQ(cli(args({ "audit", "--trail" })).exitCode, 2);
}

// A clerk's year through every command of the CLI, once in a file and once on the server: the same exit code for
// every command, and the same plan, check and credit report. (On the server the external-credit import once failed
// on every run — a PRAGMA sent to PostgreSQL — while every test of it ran on SQLite only.)
TEST_F(CliServerTest, AClerksYearGivesTheSameAnswersOnTheServerAsInAFile)
{
    CliResult r = cli(args({ "server", "init" }), m_server);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString demo = dataFile("roster-demo");
    const QString plan = dataFile("liangping-2021-plan.csv");
    const auto file = [&](const char* name) { return demo + u'/' + QString::fromUtf8(name); };
    // The commands, with the output files of each backend apart ({out} is replaced).
    const QList<QStringList> year {
        QStringList { QStringLiteral("import"), plan } << args({ "--year", "2021", "--district", "梁平区" }),
        args({ "show", "--year", "2021" }),
        args({ "check", "--year", "2021", "--today", "2021-03-01" }),
        args({ "export", "--year", "2021", "--format", "csv", "--output", "{out}plan.csv" }),
        args({ "export", "--year", "2021", "--format", "xlsx", "--output", "{out}plan.xlsx" }),
        args({ "export", "--year", "2021", "--format", "pdf", "--output", "{out}plan.pdf" }),
        args({ "calendar", "--year", "2021", "--ics", "{out}plan.ics" }),
        args({ "deadline", "--start", "2021-10-08", "--workdays", "15" }),
        args({ "units", "add", "梁平区教师进修学校", "--kind", "进修学校" }),
        args({ "units", "alias", "梁平区教师进修学校", "进修校" }),
        args({ "units", "list" }),
        args({ "teachers", "import" }) << file("teachers-city.csv"),
        args({ "teachers", "import" }) << file("teachers-town.csv"),
        args({ "teachers", "update", "--staff", "00001", "--subject", "物理" }),
        args({ "enroll", "import" }) << file("roster-first.csv")
                                     << args({ "--year", "2021", "--project", "14", "--today", "2021-05-20" }),
        args({ "enroll", "import" }) << file("roster-late.csv")
                                     << args({ "--year", "2021", "--project", "14", "--today", "2021-05-28" }),
        args({ "enroll", "withdraw", "--year", "2021", "--project", "14", "--staff", "00038", "--reason", "工作调动" }),
        args({ "attendance", "import" }) << file("attendance.csv") << args({ "--year", "2021", "--project", "14" }),
        args({ "credits", "register", "--year", "2021", "--project", "14", "--reason", "第一批", "--complete" }),
        args({ "credits", "external", "import" }) << file("external-credits.csv"),
        args({ "credits", "external", "add", "--staff", "00002", "--year", "2023", "--level", "市级", "--kind", "集中",
            "--credits", "2", "--title", "班主任研修", "--source", "市培" }),
        args({ "credits", "history", "--staff", "00001" }),
        args({ "credits", "--cycle", "2021-2025", "--below", "--today", "2026-01-05", "--output", "{out}below.pdf" }),
        args({ "rules", "list" }),
        args({ "rules", "show", "--district", "梁平区" }),
        args({ "plan", "submit", "--year", "2021" }),
        args({ "plan", "approve", "--year", "2021", "--doc", "梁教委〔2021〕1号" }),
        args({ "change", "request", "--year", "2021", "--project", "3", "--field", "参培人数", "--to", "99", "--reason",
            "人数调整", "--late-explanation", "补报" }),
        args({ "change", "list", "--year", "2021" }),
        args({ "change", "approve", "1", "--note", "同意" }),
        args({ "cancel", "--year", "2021", "--project", "5", "--explanation", "因故取消，书面说明附后" }),
        args({ "history", "--year", "2021" }),
        args({ "diff", "--year", "2021", "--output", "{out}diff.pdf" }),
        args({ "audit", "--year", "2021" }),
        args({ "plan", "start", "--year", "2021" }),
        args({ "credits", "reverse", "1", "--reason", "登记有误" }),
        args({ "units", "add", "某单位", "--kind", "火星" }),
    };
    const auto run = [&](const QString& where, const QString& database) {
        QList<int> codes;
        for (QStringList a : year) {
            a.replaceInStrings(QStringLiteral("{out}"), path(where + u'-'));
            const CliResult result = cli(a, database);
            codes << result.exitCode;
            // Every command does its work; `check` says 1 when the plan has errors (the 梁平 sample has), and the
            // last one is a usage error.
            if (a.first() != QLatin1String("check") && !a.contains(QStringLiteral("火星"))) {
                EXPECT_EQ(result.exitCode, 0) << where.toStdString() << ": " << a.join(u' ').toStdString() << "\n"
                                              << result.err.toStdString();
            }
        }
        return codes;
    };
    const QList<int> inFile = run(QStringLiteral("file"), db());
    const QList<int> onServer = run(QStringLiteral("server"), m_server);
    for (qsizetype i = 0; i < year.size(); ++i)
        EXPECT_EQ(inFile.at(i), onServer.at(i)) << year.at(i).join(u' ').toStdString();
    EXPECT_EQ(inFile.last(), 2) << "an unknown kind is a usage error on both";

    // The same answers: the plan, its check, the district's credit report.
    for (const QStringList& a : { args({ "show", "--year", "2021", "--json" }),
             args({ "check", "--year", "2021", "--today", "2021-03-01", "--json" }),
             args({ "credits", "--cycle", "2021-2025", "--today", "2026-01-05", "--json" }) }) {
        const CliResult f = cli(a, db());
        const CliResult s = cli(a, m_server);
        EXPECT_EQ(f.exitCode, s.exitCode) << a.join(u' ').toStdString();
        EXPECT_EQ(f.json(), s.json()) << a.join(u' ').toStdString() << "\nfile:\n"
                                      << f.out.left(600).toStdString() << "\nserver:\n"
                                      << s.out.left(600).toStdString();
    }
}
