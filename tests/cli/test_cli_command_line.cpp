// The command line itself: global options before or after the command, help for one command, the message of an
// unknown command, and --operator as the audit log's actor.

#include "CliRunner.h"

using namespace tp::test;

namespace {

class CliCommandLine : public CliTest { };

const QStringList kEveryCommand { QStringLiteral("import"), QStringLiteral("show"), QStringLiteral("export"),
    QStringLiteral("check"), QStringLiteral("calendar"), QStringLiteral("deadline"), QStringLiteral("teachers import"),
    QStringLiteral("enroll import"), QStringLiteral("attendance import"), QStringLiteral("enroll withdraw"),
    QStringLiteral("credits register"), QStringLiteral("credits external import"),
    QStringLiteral("credits external add"), QStringLiteral("credits reverse"), QStringLiteral("credits history"),
    QStringLiteral("credits") };

} // namespace

TEST_F(CliCommandLine, GlobalOptionsMayComeBeforeTheCommand)
{
    const CliResult imported = runCli({ QStringLiteral("--db"), db(), QStringLiteral("--json"),
        QStringLiteral("import"), dataFile("liangping-2021-plan.csv"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--district"), QStringLiteral("梁平区") });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.json().value(QStringLiteral("imported")).toInt(), 34);

    // --today=… before, --db after: the same check as with every option after the command.
    const CliResult before = runCli({ QStringLiteral("--today=2021-01-04"), QStringLiteral("--json"),
        QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--db"), db() });
    const CliResult after = cli({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--today"), QStringLiteral("2021-01-04"), QStringLiteral("--json") });
    EXPECT_EQ(before.exitCode, after.exitCode);
    EXPECT_EQ(before.json(), after.json());
    EXPECT_EQ(before.json().value(QStringLiteral("today")).toString(), QStringLiteral("2021-01-04"));
}

TEST_F(CliCommandLine, AnOptionOfACommandBeforeTheCommandIsAUsageError)
{
    const CliResult r = runCli(
        { QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("show"), QStringLiteral("--db"), db() });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--year"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--db"))) << "names the options allowed before the command";
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(CliCommandLine, AnUnknownCommandListsEveryCommand)
{
    for (const QStringList& words : { QStringList { QStringLiteral("frobnicate") },
             QStringList { QStringLiteral("teachers"), QStringLiteral("frob") } }) {
        const CliResult r = cli(words);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(QStringLiteral("「%1」").arg(words.join(QLatin1Char(' '))))) << r.err.toStdString();
        for (const QString& command : kEveryCommand)
            EXPECT_TRUE(r.err.contains(command)) << command.toStdString() << " missing in " << r.err.toStdString();
    }
}

TEST_F(CliCommandLine, HelpForOneCommand)
{
    for (const QStringList& words :
        { QStringList { QStringLiteral("help"), QStringLiteral("credits"), QStringLiteral("register") },
            QStringList { QStringLiteral("credits"), QStringLiteral("register"), QStringLiteral("--help") },
            QStringList { QStringLiteral("credits"), QStringLiteral("register"), QStringLiteral("-h") } }) {
        const CliResult r = runCli(words);
        EXPECT_EQ(r.exitCode, 0) << words.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.text().startsWith(QStringLiteral("trainplan-cli credits register"))) << r.text().toStdString();
        EXPECT_TRUE(r.text().contains(QStringLiteral("--reason")));
        EXPECT_FALSE(r.text().contains(QStringLiteral("teachers import"))) << "only that command";
    }
    const CliResult all = runCli({ QStringLiteral("help") });
    EXPECT_EQ(all.exitCode, 0);
    for (const QString& command : kEveryCommand)
        EXPECT_TRUE(all.text().contains(QStringLiteral("trainplan-cli ") + command)) << command.toStdString();
    const CliResult unknown = runCli({ QStringLiteral("help"), QStringLiteral("frobnicate") });
    EXPECT_EQ(unknown.exitCode, 2);
}

TEST_F(CliCommandLine, OperatorIsNamedInTheCreditHistory)
{
    ASSERT_EQ(importLiangping().exitCode, 0);
    const QString teachers
        = writeFile(QStringLiteral("teachers.csv"), QStringLiteral("工号,姓名,学校\n00123,张伟,梁平区实验小学\n"));
    ASSERT_EQ(cli({ QStringLiteral("teachers"), QStringLiteral("import"), teachers }).exitCode, 0);
    const QStringList add { QStringLiteral("credits"), QStringLiteral("external"), QStringLiteral("add"),
        QStringLiteral("--staff"), QStringLiteral("00123"), QStringLiteral("--year"), QStringLiteral("2022"),
        QStringLiteral("--level"), QStringLiteral("国家级"), QStringLiteral("--kind"), QStringLiteral("集中"),
        QStringLiteral("--credits"), QStringLiteral("6"), QStringLiteral("--title"), QStringLiteral("国培计划"),
        QStringLiteral("--source"), QStringLiteral("国培") };
    ASSERT_EQ(runCli(QStringList {
                         QStringLiteral("--operator"), QStringLiteral("师训科 王老师"), QStringLiteral("--db"), db() }
                  + add)
                  .exitCode,
        0);
    ASSERT_EQ(cli(add).exitCode, 0); // without --operator: the person at the computer (the OS user) is named
    const CliResult history = cli({ QStringLiteral("credits"), QStringLiteral("history"), QStringLiteral("--staff"),
        QStringLiteral("00123"), QStringLiteral("--json") });
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    const QJsonArray rows = history.json().value(QStringLiteral("registrations")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("师训科 王老师"));
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("actor")).toString(), osUserName());
}
