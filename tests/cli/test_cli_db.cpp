// backup, restore and db check through the real trainplan-cli (issue 9): a backup is consistent while another
// program holds the database open and writes; restore says what a file holds and replaces nothing without --yes,
// then backs the current data up first; db check exits 1 on a damaged file.

#include "CliRunner.h"
#include "Database.h"
#include "Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tp::test;

namespace {

class CliDbTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        const CliResult plan = importLiangping();
        ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
        m_projects = showJson(2021).value(QStringLiteral("projects")).toArray().size();
        ASSERT_GT(m_projects, 0);
    }

    CliResult addTeachers(const QString& csv, const QString& database = {}) const
    {
        return cli({ QStringLiteral("teachers"), QStringLiteral("import"), writeFile(QStringLiteral("t.csv"), csv),
                       QStringLiteral("--unit"), QStringLiteral("梁平区实验小学") },
            database);
    }

    qsizetype m_projects = 0;
};

// Another program's connection to the same file: committed rows sitting in the WAL, and a write it has not
// committed yet.
class OtherProgram {
public:
    explicit OtherProgram(const QString& path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        m_db.setDatabaseName(path);
        EXPECT_TRUE(m_db.open());
        QSqlQuery q(m_db);
        EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    }
    ~OtherProgram()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

private:
    QSqlDatabase m_db;
};

} // namespace

TEST_F(CliDbTest, BackupWhileAnotherProgramWritesIsTheCommittedState)
{
    ASSERT_EQ(addTeachers(QStringLiteral("工号,姓名\n001,张伟\n002,王芳\n")).exitCode, 0);
    OtherProgram other(db());
    // Another program is in the middle of a write: its row is not committed, so the backup must not hold it.
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(other.exec(QStringLiteral("INSERT INTO unit (name) VALUES ('尚未提交的单位')")));

    const QString target = path(QStringLiteral("备份/2021-12-31.sqlite"));
    const CliResult r = cli({ QStringLiteral("backup"), target, QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject backup = r.json().value(QStringLiteral("backup")).toObject();
    EXPECT_EQ(backup.value(QStringLiteral("plans")).toInt(), 1);
    EXPECT_EQ(backup.value(QStringLiteral("projects")).toInt(), m_projects);
    EXPECT_EQ(backup.value(QStringLiteral("teachers")).toInt(), 2);
    EXPECT_TRUE(backup.value(QStringLiteral("intact")).toBool());
    ASSERT_TRUE(other.exec(QStringLiteral("COMMIT")));

    // The copy opens as a database of its own: the plan is there, the uncommitted unit is not.
    const QJsonObject shown = showJson(2021, target);
    EXPECT_EQ(shown.value(QStringLiteral("projects")).toArray().size(), m_projects);
    const CliResult text = cli({ QStringLiteral("backup"), path(QStringLiteral("b2.sqlite")) });
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.text().contains(QStringLiteral("计划 1 份"))) << text.text().toStdString();
    EXPECT_TRUE(text.text().contains(QStringLiteral("教师 2 位"))) << text.text().toStdString();
}

TEST_F(CliDbTest, RestoreSaysWhatTheFileHoldsAndReplacesNothingWithoutYes)
{
    ASSERT_EQ(addTeachers(QStringLiteral("工号,姓名\n001,张伟\n")).exitCode, 0);
    const QString saved = path(QStringLiteral("saved.sqlite"));
    ASSERT_EQ(cli({ QStringLiteral("backup"), saved }).exitCode, 0);
    // After the backup: two more teachers, and the 2024 plan of 建安.
    ASSERT_EQ(addTeachers(QStringLiteral("工号,姓名\n002,王芳\n003,李娜\n")).exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("import"), dataFile("jianan-2024-plan.csv"), QStringLiteral("--year"),
                      QStringLiteral("2024"), QStringLiteral("--district"), QStringLiteral("建安区") })
                  .exitCode,
        0);

    CliResult r = cli({ QStringLiteral("restore"), saved });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.text().contains(QStringLiteral("计划 1 份，项目 %1 个，教师 1 位").arg(m_projects)))
        << r.text().toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("最后修改：")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("--yes"))) << r.err.toStdString();
    // Nothing was replaced.
    EXPECT_EQ(showJson(2024).value(QStringLiteral("plan")).toObject().value(QStringLiteral("district")).toString(),
        QStringLiteral("建安区"));

    r = cli({ QStringLiteral("restore"), saved, QStringLiteral("--yes"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().value(QStringLiteral("restored")).toBool());
    EXPECT_EQ(r.json().value(QStringLiteral("candidate")).toObject().value(QStringLiteral("teachers")).toInt(), 1);
    // The database is the backup's again: no 2024 plan.
    const CliResult show2024 = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2024") });
    EXPECT_EQ(show2024.exitCode, 1);
    EXPECT_EQ(showJson(2021).value(QStringLiteral("projects")).toArray().size(), m_projects);
    // What was there before the restore was backed up first, and holds the 2024 plan and the three teachers.
    const QDir folder(r.json().value(QStringLiteral("backup_folder")).toString());
    const QStringList before = folder.entryList({ QStringLiteral("*before-restore*.sqlite") }, QDir::Files);
    ASSERT_EQ(before.size(), 1) << folder.absolutePath().toStdString();
    const QString previous = folder.filePath(before.first());
    EXPECT_EQ(showJson(2024, previous).value(QStringLiteral("plan")).toObject().value(QStringLiteral("district")),
        QStringLiteral("建安区"));
}

TEST_F(CliDbTest, RestoreRefusesAFileThatIsNotTrainPlans)
{
    const QString junk = writeFile(QStringLiteral("notes.sqlite"), QStringLiteral("这不是数据库\n").repeated(200));
    CliResult r = cli({ QStringLiteral("restore"), junk, QStringLiteral("--yes") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("notes.sqlite"))) << r.err.toStdString();
    {
        // Another program's SQLite database.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path(QStringLiteral("foreign.sqlite")));
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    r = cli({ QStringLiteral("restore"), path(QStringLiteral("foreign.sqlite")), QStringLiteral("--yes") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("不是 TrainPlan 的数据库"))) << r.err.toStdString();
    EXPECT_EQ(showJson(2021).value(QStringLiteral("projects")).toArray().size(), m_projects);
}

TEST_F(CliDbTest, DbCheckPassesAnIntactFileAndExitsOneOnDamage)
{
    CliResult r = cli(
        { QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--thorough"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(r.json().value(QStringLiteral("problems")).toArray().isEmpty());

    // A copy with enough rows to span many pages, checkpointed, then scribbled over past the header.
    ASSERT_EQ(addTeachers([] {
        QString csv = QStringLiteral("工号,姓名\n");
        for (int i = 0; i < 600; ++i)
            csv += QStringLiteral("T%1,教师%1\n").arg(i, 4, 10, QLatin1Char('0'));
        return csv;
    }())
                  .exitCode,
        0);
    const QString copy = path(QStringLiteral("damaged.sqlite"));
    ASSERT_EQ(cli({ QStringLiteral("backup"), copy }).exitCode, 0);
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    ASSERT_GT(pages, 8);
    for (qint64 page = pages / 2; page < pages; ++page) {
        f.seek(page * 4096 + 100);
        f.write(QByteArray(600, '\x5a'));
    }
    f.close();
    r = cli({ QStringLiteral("db"), QStringLiteral("check") }, copy);
    EXPECT_EQ(r.exitCode, 1) << r.text().toStdString();
    EXPECT_FALSE(r.err.isEmpty());
}

TEST_F(CliDbTest, AnExportRemovesTheTemporaryFilesKilledExportsLeftInItsFolder)
{
    QDir().mkpath(path(QStringLiteral("out")));
    const auto make = [&](const QString& name, int ageSeconds) {
        const QString file = writeFile(QStringLiteral("out/") + name, QStringLiteral("半截的导出"));
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadWrite));
        EXPECT_TRUE(
            f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
        return file;
    };
    const QString stale = make(QStringLiteral(".计划.csv.0a1b2c3d.tmp"), 300);
    const QString staleOther = make(QStringLiteral(".other.pdf.ffff0000.tmp"), 120);
    const QString fresh = make(QStringLiteral(".计划.csv.12345678.tmp"), 0); // perhaps an export still running
    const QString notOurs = make(QStringLiteral(".notes.tmp"), 300);
    const QString notOurs2 = make(QStringLiteral("计划.csv.0a1b2c3d.tmp"), 300);

    const CliResult r
        = cli({ QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--output"), path(QStringLiteral("out/计划.csv")) });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(stale));
    EXPECT_FALSE(QFile::exists(staleOther));
    EXPECT_TRUE(QFile::exists(fresh));
    EXPECT_TRUE(QFile::exists(notOurs));
    EXPECT_TRUE(QFile::exists(notOurs2));
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("out/计划.csv"))));
}

// A file of an earlier version is upgraded by the first command that opens it; the CLI says so on stderr first
// (stdout stays the command's own, one JSON document with --json), and says nothing once the file is upgraded.
TEST_F(CliDbTest, AnUpgradeIsSaidOnStderrOnce)
{
    const QString old = path(QStringLiteral("old.sqlite"));
    {
        auto db = tp::Database::open(old, 14);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    }
    CliResult r = cli({ QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json") }, old);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("正在升级数据库"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("14 → %1").arg(tp::latestSchemaVersion()))) << r.err.toStdString();
    EXPECT_TRUE(r.json().contains(QStringLiteral("units")));
    EXPECT_EQ(tp::Database::storedSchemaVersion(old), tp::latestSchemaVersion());
    r = cli({ QStringLiteral("units"), QStringLiteral("list") }, old);
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_FALSE(r.err.contains(QStringLiteral("正在升级数据库"))) << r.err.toStdString();
}
