// End-to-end: teachers import → enroll import → attendance import → credits register → credits.

#include "CliRunner.h"
#include "LedgerSetup.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace tp::test;

namespace {

class CliLedgerTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        const CliResult plan = importLiangping();
        ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    }

    QStringList args(std::initializer_list<const char*> list) const
    {
        QStringList a;
        for (const char* s : list)
            a << QString::fromUtf8(s);
        return a;
    }
};

} // namespace

TEST_F(CliLedgerTest, TeachersRosterAttendanceAndCredits)
{
    const QString teachers = writeFile(QStringLiteral("teachers.csv"),
        QStringLiteral("工号,姓名,学段,学科\n=\"00123\",张伟,小学,语文\n00124,王芳,小学,数学\n00125,李娜,初中,英语\n"));
    CliResult r = cli(args({ "teachers", "import" })
        << teachers << QStringLiteral("--unit") << QStringLiteral("梁平区实验小学") << QStringLiteral("--json"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("imported")).toInt(), 3);

    // The same list again: every teacher is registered as it gives them; nothing written, not an error.
    r = cli(args({ "teachers", "import" })
        << teachers << QStringLiteral("--unit") << QStringLiteral("梁平区实验小学") << QStringLiteral("--json"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(r.json().value(QStringLiteral("unchanged")).toInt(), 3);

    // A list that gives registered teachers differently: nothing imported, exit 1, rows and differences named.
    const QString changed = writeFile(QStringLiteral("teachers-changed.csv"),
        QStringLiteral("工号,姓名,学段,学科\n00123,张伟,小学,数学\n00124,王芳,小学,数学\n00125,李娜,高中,英语\n"));
    r = cli(args({ "teachers", "import" })
        << changed << QStringLiteral("--unit") << QStringLiteral("梁平区实验小学") << QStringLiteral("--json"));
    EXPECT_EQ(r.exitCode, 1);
    const QJsonArray findings = r.json().value(QStringLiteral("findings")).toArray();
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].toObject().value(QStringLiteral("row")).toInt(), 2);
    EXPECT_EQ(findings[1].toObject().value(QStringLiteral("row")).toInt(), 4);
    EXPECT_TRUE(r.err.contains(QStringLiteral("学科：已登记「语文」，文件为「数学」"))) << r.err.toStdString();

    // The change is made one teacher at a time, by a person, audited: 张伟 now teaches 数学.
    r = cli(args({ "teachers", "update", "--staff", "00123", "--subject", "数学", "--operator", "教务处 刘老师" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("学科 语文 → 数学"))) << r.out.toStdString();
    r = cli(args({ "teachers", "update", "--staff", "00123", "--unit", "梁平区实验小学校" }));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("单位名录中没有「梁平区实验小学校」"))) << r.err.toStdString();
    r = cli(args({ "teachers", "update", "--staff", "00123", "--hired", "2010-13-01" }));
    EXPECT_EQ(r.exitCode, 2) << "a date that is none is a usage error";

    const QString roster
        = writeFile(QStringLiteral("roster.csv"), QStringLiteral("工号,姓名\n00123,张伟\n00124,王芳\n"));
    r = cli(args({ "enroll", "import" }) << roster << args({ "--year", "2021", "--project", "3", "--json" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("admitted")).toInt(), 2);

    // Project 3 of the 梁平 2021 table; 王芳 misses half of the sessions.
    const QString sheet = writeFile(QStringLiteral("kaoqin.csv"),
        QStringLiteral("工号,日期,场次,考勤\n00123,2021-04-12,1,出勤\n00123,2021-04-12,2,出勤\n"
                       "00124,2021-04-12,1,出勤\n00124,2021-04-12,2,缺勤\n"));
    r = cli(args({ "attendance", "import" }) << sheet << args({ "--year", "2021", "--project", "3" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    // The 梁平 table has no 培训方式 and its source no conversion: the clerk sets project 3's kind and credits
    // (issue 11; no command for it yet). Planned hours are then the sheet's: 王芳 missed half.
    {
        LedgerSetup setup(db());
        setup.setCredits(setup.projectId(QStringLiteral("梁平区"), 2021, 3), tp::TrainingKind::Centralized, 3);
    }
    r = cli(args(
        { "credits", "register", "--year", "2021", "--project", "3", "--reason", "第一批", "--complete", "--json" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("registered")).toInt(), 1);
    EXPECT_EQ(r.json().value(QStringLiteral("skipped")).toArray().size(), 1);

    r = cli(args({ "credits", "--cycle", "2021-2025", "--today", "2023-03-01", "--json" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject doc = r.json();
    EXPECT_EQ(doc.value(QStringLiteral("rules")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("liangping-2021"));
    const QJsonArray list = doc.value(QStringLiteral("teachers")).toArray();
    ASSERT_EQ(list.size(), 3);
    // Pinyin order: 李娜, 王芳, 张伟.
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("李娜"));
    const QJsonObject zhang = list[2].toObject();
    EXPECT_EQ(zhang.value(QStringLiteral("staff_number")).toString(), QStringLiteral("00123"));
    EXPECT_EQ(zhang.value(QStringLiteral("unit")).toString(), QStringLiteral("梁平区实验小学"));
    const QJsonObject req = zhang.value(QStringLiteral("requirements")).toArray()[0].toObject();
    EXPECT_EQ(req.value(QStringLiteral("id")).toString(), QStringLiteral("R-CREDIT-DISTRICT"));
    EXPECT_GT(req.value(QStringLiteral("earned")).toDouble(), 0);
    EXPECT_DOUBLE_EQ(
        req.value(QStringLiteral("missing")).toDouble(), 20 - req.value(QStringLiteral("earned")).toDouble());

    r = cli(args({ "credits", "--cycle", "2021-2025", "--below", "--unit", "梁平区实验小学" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("00124")));
    EXPECT_TRUE(r.text().contains(QStringLiteral("共 3 人"))) << r.text().toStdString();

    // The school's 学分统计表 as a PDF: every teacher, the summary; the text holds names and staff numbers.
    const QString pdf = path(QStringLiteral("学分统计表.pdf"));
    r = cli(args({ "credits", "--cycle", "2021-2025", "--unit", "梁平区实验小学", "--today", "2023-03-01", "--issuer",
                "梁平区实验小学", "--json", "--output" })
        << pdf);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("count")).toInt(), 3);
    EXPECT_EQ(r.json().value(QStringLiteral("pages")).toInt(), 1);
    EXPECT_TRUE(r.json().value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("共 3 名教师")));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, { pdf, QStringLiteral("-") });
        ASSERT_TRUE(p.waitForFinished(30000));
        const QString text
            = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
        EXPECT_TRUE(text.contains(QStringLiteral("梁平区实验小学教师继续教育学分统计表"))) << text.toStdString();
        for (const char* name : { "张伟", "王芳", "李娜", "00123", "00124", "00125" })
            EXPECT_TRUE(text.contains(QString::fromUtf8(name))) << name;
    }
    // --progress: how far the district's PDF got, on stderr, each stage to its end (the count of teachers, then of
    // pages); stdout holds only the JSON document. Without it, and stderr not a terminal (here a pipe): nothing.
    r = cli(args({ "credits", "--cycle", "2021-2025", "--today", "2023-03-01", "--json", "--progress", "--output" })
        << path(QStringLiteral("district.pdf")));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const int listed = r.json().value(QStringLiteral("count")).toInt();
    const int pages = r.json().value(QStringLiteral("pages")).toInt();
    ASSERT_GT(listed, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("正在计算列宽… %1/%1").arg(listed))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("正在排版… %1/%1").arg(listed))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("正在生成第 %1 页，共 %1 页").arg(pages))) << r.err.toStdString();
    EXPECT_LT(r.err.indexOf(QStringLiteral("正在计算列宽")), r.err.indexOf(QStringLiteral("正在排版")));
    EXPECT_LT(r.err.indexOf(QStringLiteral("正在排版")), r.err.indexOf(QStringLiteral("正在生成")));
    EXPECT_FALSE(r.text().contains(QStringLiteral("正在")));
    r = cli(args({ "credits", "--cycle", "2021-2025", "--today", "2023-03-01", "--output" })
        << path(QStringLiteral("district.pdf")));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("正在"))) << r.err.toStdString();
    EXPECT_EQ(cli(args({ "credits", "--cycle", "2021-2025", "--progress" })).exitCode, 2) << "only with --output";

    // --orientation without --output is a usage error; a bad orientation too.
    EXPECT_EQ(cli(args({ "credits", "--cycle", "2021-2025", "--orientation", "landscape" })).exitCode, 2);
    EXPECT_EQ(cli(args({ "credits", "--cycle", "2021-2025", "--orientation", "sideways", "--output" })
                  << path(QStringLiteral("x.pdf")))
                  .exitCode,
        2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.pdf"))));
}

TEST_F(CliLedgerTest, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli(args({ "credits" })).exitCode, 2);
    EXPECT_EQ(cli(args({ "credits", "--cycle", "2021-2024" })).exitCode, 2);
    EXPECT_EQ(cli(args({ "credits", "--cycle", "2021-2025", "--rules", "nowhere" })).exitCode, 2);
    EXPECT_EQ(cli(args({ "teachers", "import" })).exitCode, 2);
    EXPECT_EQ(cli(args({ "enroll", "import", "x.csv", "--year", "2021" })).exitCode, 2);
    EXPECT_EQ(cli(args({ "teachers", "fire", "x.csv" })).exitCode, 2);
    EXPECT_EQ(cli(args({ "enroll", "import", "x.csv", "--year", "2021", "--project", "99" })).exitCode, 1);
    EXPECT_EQ(cli(args({ "credits", "--cycle", "2021-2025", "--unit", "不存在的学校" })).exitCode, 1);
}
