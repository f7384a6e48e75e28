// End-to-end: enroll withdraw, credits external import/add, credits reverse, credits history.

#include "CliRunner.h"

using namespace tp::test;

namespace {

class CliLedgerHistoryTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        const CliResult plan = importLiangping();
        ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
        // 42 teachers of one school: 教师01 … 教师42, staff numbers 0001 … 0042.
        QString list = QStringLiteral("工号,姓名,学科\n");
        for (int i = 1; i <= 42; ++i)
            list += QStringLiteral("%1,教师%2,语文\n").arg(i, 4, 10, QLatin1Char('0')).arg(i, 2, 10, QLatin1Char('0'));
        const CliResult teachers = cli(args({ "teachers", "import" })
            << writeFile(QStringLiteral("teachers.csv"), list) << args({ "--unit", "梁平中学" }));
        ASSERT_EQ(teachers.exitCode, 0) << teachers.err.toStdString();
    }

    QStringList args(std::initializer_list<const char*> list) const
    {
        QStringList a;
        for (const char* s : list)
            a << QString::fromUtf8(s);
        return a;
    }

    QJsonArray history(const char* staff)
    {
        const CliResult r = cli(args({ "credits", "history", "--staff", staff, "--json" }));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json().value(QStringLiteral("registrations")).toArray();
    }
};

} // namespace

TEST_F(CliLedgerHistoryTest, WithdrawPromotesTheFirstWaitlistedTeacher)
{
    // Project 6 of the 梁平 2021 table (小学校长任职资格培训) has 40 seats: 0041 and 0042 wait.
    QString roster = QStringLiteral("工号\n");
    for (int i = 1; i <= 42; ++i)
        roster += QStringLiteral("%1\n").arg(i, 4, 10, QLatin1Char('0'));
    CliResult r = cli(args({ "enroll", "import" })
        << writeFile(QStringLiteral("roster.csv"), roster) << args({ "--year", "2021", "--project", "6", "--json" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(r.json().value(QStringLiteral("waitlisted")).toInt(), 2);

    r = cli(args({ "enroll", "withdraw", "--year", "2021", "--project", "6", "--staff", "0007", "--reason", "调离" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("已退训：0007 教师07"))) << r.text().toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("候补递补录取：0041 教师41"))) << r.text().toStdString();
    EXPECT_FALSE(r.text().contains(QStringLiteral("0042")));

    // Once only: withdrawing again is refused; another withdrawal promotes the next one.
    r = cli(args({ "enroll", "withdraw", "--year", "2021", "--project", "6", "--staff", "0007" }));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("已退训"))) << r.err.toStdString();
    r = cli(args({ "enroll", "withdraw", "--year", "2021", "--project", "6", "--staff", "0008", "--json" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray promoted = r.json().value(QStringLiteral("promoted")).toArray();
    ASSERT_EQ(promoted.size(), 1);
    EXPECT_EQ(promoted[0].toObject().value(QStringLiteral("staff_number")).toString(), QStringLiteral("0042"));

    // Not enrolled, unknown staff number, missing --staff.
    EXPECT_EQ(cli(args({ "enroll", "withdraw", "--year", "2021", "--project", "5", "--staff", "0001" })).exitCode, 1);
    EXPECT_EQ(cli(args({ "enroll", "withdraw", "--year", "2021", "--project", "6", "--staff", "9999" })).exitCode, 1);
    EXPECT_EQ(cli(args({ "enroll", "withdraw", "--year", "2021", "--project", "6" })).exitCode, 2);
}

TEST_F(CliLedgerHistoryTest, ExternalCreditsImportAddReverseAndHistory)
{
    const QString file = writeFile(QStringLiteral("external.csv"),
        QStringLiteral("工号,姓名,年度,级别,形式,学分,学时,培训名称,来源\n"
                       "0001,教师01,2022,国家级,集中,6,48,国培计划骨干教师研修,国培\n"
                       "0002,教师02,2023,市级,网络,3,,市级网络研修,市培\n"));
    CliResult r = cli(args({ "credits", "external", "import" }) << file << QStringLiteral("--json"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("imported")).toInt(), 2);

    r = cli(
        args({ "credits", "external", "add", "--staff", "0001", "--year", "2023", "--level", "区级", "--kind", "集中",
            "--credits", "2", "--hours", "16", "--title", "班主任论坛", "--source", "区培", "--today", "2023-06-01" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("登记编号 3"))) << r.text().toStdString();

    QJsonArray list = history("0001");
    ASSERT_EQ(list.size(), 2);
    QJsonObject first = list[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("level")).toString(), QStringLiteral("national"));
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("credits")).toDouble(), 6);
    EXPECT_EQ(first.value(QStringLiteral("actor")).toString(), osUserName()) << "the person, not the program";
    EXPECT_TRUE(first.value(QStringLiteral("for")).toString().contains(QStringLiteral("国培计划骨干教师研修")));
    EXPECT_TRUE(first.value(QStringLiteral("reason")).toString().contains(QStringLiteral("第 2 行")))
        << "the file's line it came from";
    const QJsonObject added = list[1].toObject();
    EXPECT_EQ(added.value(QStringLiteral("registered_on")).toString(), QStringLiteral("2023-06-01"));
    EXPECT_EQ(added.value(QStringLiteral("level")).toString(), QStringLiteral("county"));
    EXPECT_EQ(added.value(QStringLiteral("reason")).toString(), QStringLiteral("区培：班主任论坛"));

    // Reverse the 国培 line: a negative row, the original marked reversed; a second reversal is refused.
    const qint64 id = first.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(cli(args({ "credits", "reverse" }) << QString::number(id)).exitCode, 2) << "a reason is required";
    r = cli(args({ "credits", "reverse" }) << QString::number(id) << args({ "--reason", "证书不符" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli(args({ "credits", "reverse" }) << QString::number(id) << args({ "--reason", "再撤销" }));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("已撤销"))) << r.err.toStdString();
    EXPECT_EQ(cli(args({ "credits", "reverse", "abc", "--reason", "x" })).exitCode, 2);

    list = history("0001");
    ASSERT_EQ(list.size(), 3);
    EXPECT_TRUE(list[0].toObject().value(QStringLiteral("reversed")).toBool());
    const QJsonObject reversal = list[2].toObject();
    EXPECT_EQ(reversal.value(QStringLiteral("reversal_of")).toInteger(), id);
    EXPECT_DOUBLE_EQ(reversal.value(QStringLiteral("credits")).toDouble(), -6);
    EXPECT_EQ(reversal.value(QStringLiteral("reason")).toString(), QStringLiteral("证书不符"));

    r = cli(args({ "credits", "history", "--staff", "0001" }));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("合计 2 学分、16 学时"))) << r.text().toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("已撤销")));
}

TEST_F(CliLedgerHistoryTest, BadExternalCreditFileNamesRowColumnValueAndWritesNothing)
{
    const QString file = writeFile(QStringLiteral("bad.csv"),
        QStringLiteral("工号,姓名,年度,级别,形式,学分,学时,培训名称,来源\n"
                       "0001,教师01,2022,国家级,集中,6,48,国培计划骨干教师研修,国培\n"
                       "0002,教师02,2022,乡级,集中,abc,,乡级研修,乡培\n"
                       "0003,张三,2022,市级,网络,2,,市级网络研修,市培\n"));
    CliResult r = cli(args({ "credits", "external", "import" }) << file << QStringLiteral("--json"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bad.csv 第 3 行 第 4 列(级别)：级别「乡级」"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("第 3 行 第 6 列(学分)：学分「abc」"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("第 4 行 第 2 列(姓名)：姓名「张三」"))) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(r.json().value(QStringLiteral("findings")).toArray().size(), 3);
    EXPECT_TRUE(history("0001").isEmpty()) << "the good first row is not written either";

    // Bad options of external add are usage errors; nothing written.
    EXPECT_EQ(cli(args({ "credits", "external", "add", "--staff", "0001", "--year", "2022", "--level", "乡级", "--kind",
                      "集中", "--credits", "2", "--title", "x", "--source", "y" }))
                  .exitCode,
        2);
    EXPECT_EQ(cli(args({ "credits", "external", "add", "--staff", "0001", "--year", "2022", "--level", "市级", "--kind",
                      "集中", "--credits", "-1", "--title", "x", "--source", "y" }))
                  .exitCode,
        2);
    EXPECT_EQ(cli(args({ "credits", "external", "add", "--staff", "0001", "--year", "2022", "--level", "市级", "--kind",
                      "集中", "--credits", "0", "--title", "x", "--source", "y" }))
                  .exitCode,
        1);
    EXPECT_TRUE(history("0001").isEmpty());
}
