// Issue 15: trainplan-cli speaks English with --lang en (or on an English system), Chinese by default.

#include "CliRunner.h"

#include <QRegularExpression>
#include <algorithm>

using namespace tp::test;

namespace {

// The values trainplan-cli reads as they are written in a plan table or a school's list, whatever the language of
// its messages: 级别, 形式, 角色, the sources of external credits, the plan table's column names. The English help
// names them (with their meaning); every other word must be English.
QString withoutInputValues(QString text)
{
    static const QStringList values = { QStringLiteral("国家级"), QStringLiteral("省级"), QStringLiteral("市级"),
        QStringLiteral("区县级"), QStringLiteral("校级"), QStringLiteral("集中"), QStringLiteral("网络"),
        QStringLiteral("校本"), QStringLiteral("实践"), QStringLiteral("区教委"), QStringLiteral("进修学校"),
        QStringLiteral("学校管理员"), QStringLiteral("只读"), QStringLiteral("国培"), QStringLiteral("市培"),
        QStringLiteral("省平台"), QStringLiteral("区教师进修学校"), QStringLiteral("区进修校"), QStringLiteral("序号"),
        QStringLiteral("培训项目") };
    // Longest first: 区教师进修学校 before the 进修学校 in it.
    static const QStringList longestFirst = [] {
        QStringList sorted = values;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return sorted;
    }();
    for (const QString& v : longestFirst)
        text.remove(v);
    return text;
}

bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{3000}-\\x{303F}\\x{FF01}-\\x{FF5E}]"));
    return han.match(withoutInputValues(text)).hasMatch();
}

// The lines of `text` with Chinese in them, for the failure message.
std::string chineseLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (hasChinese(line))
            lines << line;
    return lines.join(QLatin1Char('\n')).toStdString();
}

} // namespace

class CliLanguage : public CliTest { };

TEST_F(CliLanguage, HelpInEnglishHasNoChinese)
{
    const CliResult r = runCli({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("Usage: trainplan-cli [global options] command")))
        << r.text().toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("--lang LANG"))) << r.text().toStdString();
    EXPECT_FALSE(hasChinese(r.text())) << chineseLines(r.text());
}

TEST_F(CliLanguage, EveryCommandsHelpInEnglishHasNoChinese)
{
    // The command list of the general help: each command's own help too.
    const CliResult all = runCli({ QStringLiteral("--help"), QStringLiteral("--lang=en") });
    static const QRegularExpression command(
        QStringLiteral("^  trainplan-cli ([a-z]+(?: [a-z]+){0,2})"), QRegularExpression::MultilineOption);
    int checked = 0;
    for (auto it = command.globalMatch(all.text()); it.hasNext(); ++checked) {
        QStringList words = it.next().captured(1).split(QLatin1Char(' '));
        const CliResult r
            = runCli(QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help") } + words);
        EXPECT_EQ(r.exitCode, 0) << words.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(hasChinese(r.text())) << chineseLines(r.text());
    }
    EXPECT_GT(checked, 20);
}

TEST_F(CliLanguage, AnErrorInEnglish)
{
    const CliResult r = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("20x1"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("The value \"20x1\" of --year is not a valid year")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Run trainplan-cli --help to see the usage."))) << r.err.toStdString();
    EXPECT_FALSE(hasChinese(r.err)) << chineseLines(r.err);
}

TEST_F(CliLanguage, ImportFindingsInEnglish)
{
    // A real command on a real file: the import's summary and the check's findings come from core and io.
    const CliResult r = cli({ QStringLiteral("import"), dataFile("liangping-2021-plan.csv"), QStringLiteral("--year"),
        QStringLiteral("2021"), QStringLiteral("--district"), QStringLiteral("梁平区"), QStringLiteral("--lang"),
        QStringLiteral("en") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("Imported 34 projects"))) << r.text().toStdString();
}

TEST_F(CliLanguage, EnglishSystemGetsEnglishAndLangOverridesIt)
{
    const CliResult english = runCli({ QStringLiteral("--help") }, { QStringLiteral("LC_ALL=en_US.UTF-8") });
    EXPECT_TRUE(english.text().contains(QStringLiteral("Usage:"))) << english.text().toStdString();
    const CliResult chinese = runCli({ QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh_CN") },
        { QStringLiteral("LC_ALL=en_US.UTF-8") });
    EXPECT_TRUE(chinese.text().contains(QStringLiteral("用法："))) << chinese.text().toStdString();
    // The plain C locale (a machine set up for no language) keeps the program's own language.
    EXPECT_TRUE(runCli({ QStringLiteral("--help") }).text().contains(QStringLiteral("用法：")));
}

TEST_F(CliLanguage, UnknownLanguageIsAUsageError)
{
    const CliResult r = runCli({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("「fr」"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("zh_CN, en"))) << r.err.toStdString();
}
