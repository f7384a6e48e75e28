// Issue 9 through trainplan-cli, as a user would meet it: two writers at once, a full disk under every export,
// a replace of a plan with rosters, another program's database, CSV that is safe to open, file permissions and
// links, and hostile numbers. Run with TRAINPLAN_CLI_UNDER_TEST=<an older trainplan-cli> to see them fail there.

#include "ReliabilityHelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <memory>
#include <vector>

using namespace tp;
using namespace tp::reliability;

namespace {

int modeOf(const QString& path)
{
    struct stat st { };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

class CliReliability : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("plans.sqlite")); }

    // Starts every command (on db()) at the same moment — two writers at once — and waits: each must succeed.
    void runAtOnce(const QList<QStringList>& commands) const
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList& arguments : commands) {
            auto p = std::make_unique<QProcess>();
            p->setProgram(cliPath());
            p->setArguments(QStringList(arguments) << QStringLiteral("--db") << db());
            processes.push_back(std::move(p));
        }
        for (const auto& p : processes)
            p->start();
        for (const auto& p : processes) {
            ASSERT_TRUE(p->waitForFinished(120000));
            EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        }
    }

    CliRun cli(QStringList arguments, qint64 limit = 0) const
    {
        arguments << QStringLiteral("--db") << db();
        return runCli(arguments, limit);
    }

    qint64 scalar(const QString& sql) const { return RawConnection(db()).scalar(sql); }

    static QStringList args(std::initializer_list<const char*> list)
    {
        QStringList a;
        for (const char* s : list)
            a << QString::fromUtf8(s);
        return a;
    }

    // The 梁平 2021 plan, teachers, a roster of 40 on project 3 with attendance, registered with --complete.
    void ledger()
    {
        CliRun r = cli(QStringList { QStringLiteral("import"), testData("liangping-2021-plan.csv") }
            << args({ "--year", "2021", "--district", "梁平区" }));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(writeText(path(QStringLiteral("t.csv")), teacherList(1, 60)));
        r = cli(QStringList { QStringLiteral("teachers"), QStringLiteral("import"), path(QStringLiteral("t.csv")) });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(giveProjectsCredits(db(), 2021, 2));
        ASSERT_TRUE(writeText(path(QStringLiteral("r.csv")), rosterList(1, 40)));
        for (const char* project : { "3", "5" }) {
            r = cli(QStringList { QStringLiteral("enroll"), QStringLiteral("import"), path(QStringLiteral("r.csv")) }
                << args({ "--year", "2021", "--project" }) << QString::fromLatin1(project));
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            r = cli(args({ "credits", "register", "--year", "2021", "--project" })
                << QString::fromLatin1(project) << args({ "--reason", "第一批", "--complete" }));
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
    }

    QTemporaryDir m_dir;
};

} // namespace

// --- 1. import --replace keeps the ledger, or refuses -----------------------------------------------------

TEST_F(CliReliability, ImportReplaceKeepsEveryEnrollmentAndRegistrationOrRefuses)
{
    ledger();
    const qint64 enrollments = scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment"));
    const qint64 registrations = scalar(QStringLiteral("SELECT COUNT(*) FROM credit_registration"));
    const qint64 credits
        = scalar(QStringLiteral("SELECT CAST(SUM(credits) * 100 AS INTEGER) FROM credit_registration"));
    ASSERT_EQ(enrollments, 80);
    ASSERT_GT(registrations, 0);

    CliRun r = cli(QStringList { QStringLiteral("import"), testData("liangping-2021-plan.csv") }
        << args({ "--year", "2021", "--district", "梁平区", "--replace" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment")), enrollments);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_registration")), registrations);
    EXPECT_EQ(scalar(QStringLiteral("SELECT CAST(SUM(credits) * 100 AS INTEGER) FROM credit_registration")), credits);

    // A table without project 3 (a row of another name in its place): refused, listing it; nothing changes.
    QFile original(testData("liangping-2021-plan.csv"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(original.readAll()).split(QLatin1Char('\n'));
    const qsizetype third = lines.indexOf(lines.filter(QRegularExpression(QStringLiteral("^\"?3,"))).value(0));
    ASSERT_GT(third, 0);
    lines[third] = QStringLiteral("3,另一个项目,区教委,1,10,,,,,");
    ASSERT_TRUE(writeText(path(QStringLiteral("without-3.csv")), lines.join(QLatin1Char('\n'))));
    r = cli(QStringList { QStringLiteral("import"), path(QStringLiteral("without-3.csv")) }
        << args({ "--year", "2021", "--district", "梁平区", "--replace" }));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("第 3 项"))) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment")), enrollments);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_registration")), registrations);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM project WHERE name = '另一个项目'")), 0);
}

// --- 2. a full disk under every export -----------------------------------------------------------------------

TEST_F(CliReliability, AFullDiskLeavesTheOldExportWholeAndSaysSo)
{
    ledger();
    struct Export {
        const char* file;
        QStringList arguments;
    };
    const QList<Export> exports {
        { "plan.pdf", args({ "export", "--year", "2021", "--format", "pdf", "--output" }) },
        { "plan.csv", args({ "export", "--year", "2021", "--format", "csv", "--output" }) },
        { "plan.xlsx", args({ "export", "--year", "2021", "--format", "xlsx", "--output" }) },
        { "credits.pdf", args({ "credits", "--cycle", "2021-2025", "--today", "2023-03-01", "--output" }) },
    };
    for (const Export& e : exports) {
        SCOPED_TRACE(e.file);
        const QString target = path(QString::fromUtf8(e.file));
        CliRun r = cli(QStringList(e.arguments) << target);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QByteArray before = fileHash(target);
        const qint64 size = QFileInfo(target).size();
        // The limit at half the file: every write past it fails as on a full disk. A connection held open here
        // keeps the database's shared-memory file at its size, so the CLI itself needs to write nothing else.
        RawConnection keep(db());
        ASSERT_GE(keep.scalar(QStringLiteral("SELECT COUNT(*) FROM plan")), 1);
        r = cli(QStringList(e.arguments) << target, size / 2);
        EXPECT_EQ(r.exitCode, 1) << "a full disk is a failure, not success";
        EXPECT_TRUE(r.err.contains(QStringLiteral("磁盘空间不足"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(e.file))) << r.err.toStdString();
        EXPECT_EQ(fileHash(target), before) << "the old file is whole";
        EXPECT_EQ(QFileInfo(target).size(), size);
    }
}

// --- 5. two writers wait for each other ---------------------------------------------------------------------

TEST_F(CliReliability, TwoImportsOf5000TeachersAtOnceBothSucceed)
{
    CliRun r = cli(args({ "calendar", "--year", "2021" })); // creates the database
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (int round = 0; round < 2; ++round) {
        SCOPED_TRACE(round);
        QList<QStringList> imports;
        for (int i = 0; i < 2; ++i) {
            const QString file = path(QStringLiteral("teachers-%1-%2.csv").arg(round).arg(i));
            ASSERT_TRUE(writeText(file, teacherList(1 + (round * 2 + i) * 5000, 5000)));
            imports << (args({ "teachers", "import" }) << file);
        }
        runAtOnce(imports);
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM teacher")), (round + 1) * 10000);
    }
}

// Issue 16: an external-credit import writes 500 lines per statement and takes each chunk's ids from the tables'
// largest; two imports at once must still each get their own, every registration naming its own external record.
TEST_F(CliReliability, TwoExternalCreditImportsAtOnceBothSucceedEachLineWithItsOwnRecord)
{
    ASSERT_TRUE(writeText(path(QStringLiteral("teachers.csv")), teacherList(1, 2000)));
    CliRun r = cli(args({ "teachers", "import" }) << path(QStringLiteral("teachers.csv")));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QList<QStringList> imports;
    for (int i = 0; i < 2; ++i) {
        QString text = QStringLiteral("工号,年度,来源,级别,形式,学分,学时,培训名称\n");
        for (int line = 0; line < 20000; ++line)
            text += QStringLiteral("T%1,%2,国培,区县级,集中,%3,%4,第%5批研修\n")
                        .arg(1 + line % 2000, 7, 10, QLatin1Char('0'))
                        .arg(2021 + line % 5)
                        .arg(1 + i)
                        .arg(8 * (1 + i))
                        .arg(i + 1);
        const QString file = path(QStringLiteral("external-%1.csv").arg(i));
        ASSERT_TRUE(writeText(file, text));
        imports << (args({ "credits", "external", "import" }) << file);
    }
    runAtOnce(imports);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_registration")), 40000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM external_credit")), 40000);
    // The first file's lines are 1 credit each, the second's 2: a registration pointing at the other file's
    // record, or at another teacher's, would show here.
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM credit_registration r JOIN external_credit e ON e.id = "
                              "r.external_credit_id WHERE e.teacher_id = r.teacher_id AND e.credits = r.credits "
                              "AND e.year = r.year AND e.title = '第' || CAST(r.credits AS INTEGER) || '批研修'")),
        40000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT external_credit_id) FROM credit_registration")), 40000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT CAST(SUM(credits) AS INTEGER) FROM credit_year_total")), 60000);
}

// --- 6. CSV export safe to open -------------------------------------------------------------------------------

TEST_F(CliReliability, CsvExportWritesNoFormulas)
{
    const QString plan = path(QStringLiteral("formulas.csv"));
    ASSERT_TRUE(writeText(plan,
        QStringLiteral("序号,培训项目,主办单位,培训天数,参培人数,培训地点,备注\n"
                       "1,班主任培训,区教委,3,100,\"=cmd|' /C calc'!A0\",+1+1\n"
                       "2,德育培训,区教委,2,100,@SUM(A1:A9),\"=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"\n")));
    CliRun r
        = cli(QStringList { QStringLiteral("import"), plan } << args({ "--year", "2022", "--district", "梁平区" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = path(QStringLiteral("out.csv"));
    r = cli(args({ "export", "--year", "2022", "--format", "csv", "--output" }) << out);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const QString& line : text.split(QStringLiteral("\r\n"))) {
        for (const QString& cell : line.split(QLatin1Char(','))) {
            const QString c = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
            EXPECT_FALSE(
                c.startsWith(QLatin1Char('=')) || c.startsWith(QLatin1Char('+')) || c.startsWith(QLatin1Char('@')))
                << "a cell Excel would run: " << cell.toStdString();
        }
    }
    // Exported and imported again: the same text.
    r = cli(QStringList { QStringLiteral("import"), out } << args({ "--year", "2023", "--district", "梁平区" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM project p JOIN plan l ON l.id = p.plan_id WHERE l.year = "
                                    "2023 AND p.location = '=cmd|'' /C calc''!A0' AND p.remarks = '+1+1'")),
        1);
}

// --- 8 and 11. another program's database; permissions and links ----------------------------------------

TEST_F(CliReliability, AnotherProgramsDatabaseIsLeftByteForByteAsItWas)
{
    const QString other = path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        d.setDatabaseName(other);
        ASSERT_TRUE(d.open());
        QSqlQuery q(d);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO customers (name) VALUES ('ACME')")));
        q.finish();
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(other);
    const CliRun r = runCli(args({ "show", "--year", "2021", "--db" }) << other);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("不是 TrainPlan 的数据库"))) << r.err.toStdString();
    EXPECT_EQ(fileHash(other), before);
    EXPECT_FALSE(QFileInfo::exists(other + QStringLiteral("-wal")));
}

TEST_F(CliReliability, DatabasesAreTheOwnersExportsFollowTheUmaskAndLinksAreNotFollowed)
{
    CliRun r = cli(QStringList { QStringLiteral("import"), testData("liangping-2021-plan.csv") }
        << args({ "--year", "2021", "--district", "梁平区" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(modeOf(db()), 0600) << "teacher data was world-readable";
    const QString victim = path(QStringLiteral("victim.txt"));
    ASSERT_TRUE(writeText(victim, QStringLiteral("keep me")));
    const QByteArray victimHash = fileHash(victim);
    for (const char* format : { "csv", "xlsx", "pdf" }) {
        SCOPED_TRACE(format);
        const QString out = path(QStringLiteral("plan.%1").arg(QString::fromLatin1(format)));
        r = cli(args({ "export", "--year", "2021", "--format" })
            << QString::fromLatin1(format) << QStringLiteral("--output") << out);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(modeOf(out), 0666 & ~0022) << "umask 022 in the test environment";
        const QString link = path(QStringLiteral("link.%1").arg(QString::fromLatin1(format)));
        ASSERT_TRUE(QFile::link(victim, link));
        r = cli(args({ "export", "--year", "2021", "--format" })
            << QString::fromLatin1(format) << QStringLiteral("--output") << link);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(fileHash(victim), victimHash) << "the export followed the link and overwrote its target";
        EXPECT_FALSE(QFileInfo(link).isSymLink());
    }
}

// --- 3 and 9. hostile numbers and text ------------------------------------------------------------------------

TEST_F(CliReliability, InfinityAsCreditsIsRefusedAndNothingIsStored)
{
    ledger();
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM credit_registration"));
    for (const char* amount : { "inf", "1e308", "nan" }) {
        const CliRun r = cli(args({ "credits", "external", "add", "--staff", "T0000001", "--year", "2022", "--level",
                                 "国家级", "--kind", "网络", "--credits" })
            << QString::fromLatin1(amount) << args({ "--title", "国培", "--source", "国培" }));
        EXPECT_NE(r.exitCode, 0) << amount << r.err.toStdString();
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_registration")), before);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM credit_registration WHERE credits > 500")), 0);
}

TEST_F(CliReliability, AttendanceHoursOfNanNameTheRowAndColumn)
{
    ledger();
    const QString sheet = path(QStringLiteral("kaoqin.csv"));
    ASSERT_TRUE(writeText(sheet,
        QStringLiteral("工号,日期,场次,考勤,学时\nT0000001,2021-04-12,1,出勤,4\n"
                       "T0000002,2021-04-12,1,出勤,nan\n")));
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM attendance"));
    const CliRun r = cli(QStringList { QStringLiteral("attendance"), QStringLiteral("import"), sheet }
        << args({ "--year", "2021", "--project", "3", "--json" }));
    EXPECT_EQ(r.exitCode, 1);
    const QString all = r.err + QString::fromUtf8(r.out);
    EXPECT_TRUE(all.contains(QStringLiteral("nan"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("constraint"), Qt::CaseInsensitive)) << all.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonObject finding = doc.value(QStringLiteral("findings")).toArray().at(0).toObject();
    EXPECT_EQ(finding.value(QStringLiteral("row")).toInt(), 3);
    EXPECT_EQ(finding.value(QStringLiteral("column")).toInt(), 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM attendance")), before);
}

TEST_F(CliReliability, AZeroWidthSpaceDoesNotMakeASecondTeacher)
{
    ASSERT_TRUE(writeText(path(QStringLiteral("a.csv")), QStringLiteral("工号,姓名,学校\n2001,杜文,实验小学\n")));
    ASSERT_TRUE(writeText(path(QStringLiteral("b.csv")),
        QStringLiteral("工号,姓名,学校\n20") + QChar(0x200B) + QStringLiteral("01,杜") + QChar(0x200B)
            + QStringLiteral("文,实验小学\n")));
    CliRun r = cli(QStringList { QStringLiteral("teachers"), QStringLiteral("import"), path(QStringLiteral("a.csv")) });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The invisible characters go: it is the teacher already registered, left as he is (not a second 杜文).
    r = cli(QStringList { QStringLiteral("teachers"), QStringLiteral("import"), path(QStringLiteral("b.csv")) });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("另有 1 位教师已登记且与文件一致")))
        << r.out.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM teacher")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM teacher WHERE staff_number = '2001' AND name = '杜文'")), 1);
}
