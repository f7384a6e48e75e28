// The language the programs choose (docs/translations.md), and the English catalogue embedded in them.

#include "Language.h"
#include "SignInSheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace tp;

TEST(Language, SpellingsPeopleTypeAreUnderstood)
{
    EXPECT_EQ(i18n::normalized(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(i18n::normalized(QStringLiteral("EN_us")), QStringLiteral("en"));
    EXPECT_EQ(i18n::normalized(QStringLiteral("en-GB")), QStringLiteral("en"));
    EXPECT_EQ(i18n::normalized(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    EXPECT_EQ(i18n::normalized(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(i18n::normalized(QStringLiteral("fr")), QString());
    EXPECT_EQ(i18n::normalized(QString()), QString());
}

TEST(Language, LangIsFoundAmongTheArguments)
{
    bool given = false;
    EXPECT_EQ(i18n::languageArgument({ QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--lang"),
                                         QStringLiteral("en"), QStringLiteral("check") },
                  &given),
        QStringLiteral("en"));
    EXPECT_TRUE(given);
    EXPECT_EQ(i18n::languageArgument({ QStringLiteral("check"), QStringLiteral("--lang=zh_CN") }, &given),
        QStringLiteral("zh_CN"));
    EXPECT_TRUE(given);
    EXPECT_EQ(
        i18n::languageArgument({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2021") }, &given),
        QString());
    EXPECT_FALSE(given);
    // Given without a value: the caller reports it rather than silently choosing a language.
    EXPECT_EQ(i18n::languageArgument({ QStringLiteral("--lang") }, &given), QString());
    EXPECT_TRUE(given);
}

TEST(Language, SystemLocaleChoosesTheLanguage)
{
    EXPECT_EQ(i18n::systemLanguage(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
    EXPECT_EQ(i18n::systemLanguage(QLocale(QLocale::Chinese, QLocale::Taiwan)), QStringLiteral("zh_CN"));
    // A machine set up for no language gets the program's own.
    EXPECT_EQ(i18n::systemLanguage(QLocale::c()), QStringLiteral("zh_CN"));
    EXPECT_EQ(i18n::systemLanguage(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("en"));
    // Any other language: English, the one translation such a reader most likely follows.
    EXPECT_EQ(i18n::systemLanguage(QLocale(QLocale::French, QLocale::France)), QStringLiteral("en"));
}

TEST(Language, SignInSheetNamesTheWeekdayInTheProgramsLanguage)
{
    // Before English is installed in this process (the tests run in one process outside ctest).
    // Chinese first (the source): 星期一, as the printed sheet has always read.
    SignInOptions chinese;
    SignInSheet::arrange(chinese, SignInLayout::SheetPerDay, QDate(2021, 6, 7), QDate(2021, 6, 7));
    ASSERT_EQ(chinese.days.size(), 1);
    EXPECT_EQ(chinese.days.first().dateText, QStringLiteral("2021年6月7日（星期一）"));

    ASSERT_TRUE(i18n::install(QStringLiteral("en")));
    SignInOptions english;
    SignInSheet::arrange(english, SignInLayout::SheetPerDay, QDate(2021, 6, 7), QDate(2021, 6, 7));
    ASSERT_EQ(english.days.size(), 1);
    EXPECT_TRUE(english.days.first().dateText.contains(QStringLiteral("Monday")))
        << english.days.first().dateText.toStdString();
    EXPECT_FALSE(english.days.first().dateText.contains(QStringLiteral("星期")))
        << english.days.first().dateText.toStdString();
}

TEST(Language, EnglishIsEmbeddedAndSpeaksForEveryLayer)
{
    EXPECT_FALSE(i18n::install(QStringLiteral("fr")));
    ASSERT_TRUE(i18n::install(QStringLiteral("en")));
    // One message of each layer, in the context its code uses at run time (core, storage, io, gui, cli).
    EXPECT_EQ(QCoreApplication::translate("tp::Finding", "错误"), QStringLiteral("Error"));
    EXPECT_EQ(QCoreApplication::translate("tp::Migrations", "缺少数据库升级脚本 %1"),
        QStringLiteral("The database upgrade script %1 is missing"));
    EXPECT_EQ(QCoreApplication::translate("tp::XlsxReader", "工作簿中没有工作表"),
        QStringLiteral("The workbook has no worksheets"));
    EXPECT_EQ(QCoreApplication::translate("MainWindow", "文件(&F)"), QStringLiteral("&File"));
    EXPECT_EQ(QCoreApplication::translate("tp::cli::Cli", "运行 trainplan-cli --help 查看用法。"),
        QStringLiteral("Run trainplan-cli --help to see the usage."));
    // Counted things take the English plural.
    EXPECT_EQ(QCoreApplication::translate("tp::PlanPage", "%n 个项目", nullptr, 1), QStringLiteral("1 project"));
    EXPECT_EQ(QCoreApplication::translate("tp::PlanPage", "%n 个项目", nullptr, 12), QStringLiteral("12 projects"));
    EXPECT_EQ(QCoreApplication::translate("tp::MainWindow", "%n 个错误", nullptr, 1), QStringLiteral("1 error"));
    EXPECT_EQ(QCoreApplication::translate("tp::cli::Cli", "已导入 %n 个项目\n", nullptr, 2),
        QStringLiteral("Imported 2 projects\n"));
}
