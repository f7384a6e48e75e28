// 签到表: a class's sign-in sheet from a project and a list of names.

#include "PopplerTools.h"
#include "SignInSheet.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;
using tptest::squeezed;

namespace {

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

Project newTeacherTraining()
{
    Project p;
    p.seq = 12;
    p.name = q("2021年新教师培训");
    p.organizers = QStringList { q("区教师进修校") };
    p.durationText = QStringLiteral("5");
    p.headcountText = QStringLiteral("150");
    return p;
}

} // namespace

TEST(SignInSheet, ListsEveryNameWithTitleHeaderOnEveryPageAndFixedRowsPerPage)
{
    SKIP_WITHOUT_POPPLER();
    QList<SignInEntry> entries;
    for (int i = 1; i <= 45; ++i)
        entries << SignInEntry { q("梁平区第%1小学").arg(i % 7 + 1), q("教师%1号").arg(i), q("语文") };
    SignInOptions options;
    options.rowsPerPage = 20;
    options.dateText = q("2021年7月5日—9日");
    options.place = q("区教师进修校报告厅");
    SignInSheet sheet(newTeacherTraining(), entries, options);
    EXPECT_EQ(sheet.pageCount(), 3) << "45 names at 20 a page";

    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("TRAINPLAN_REPORT_OUTPUT_DIR"); // to look at it
    const QString pdf = (keep.isEmpty() ? QDir(dir.path()) : QDir(keep)).filePath(QStringLiteral("signin.pdf"));
    const Status written = sheet.writePdf(pdf);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(tptest::pdfPageCount(pdf), 3);
    const QStringList pages = tptest::pdfPages(pdf);
    ASSERT_EQ(pages.size(), 3);
    for (const QString& page : pages) {
        const QString s = squeezed(page);
        EXPECT_TRUE(s.startsWith(q("2021年新教师培训签到表"))) << s.left(40).toStdString();
        EXPECT_TRUE(s.contains(q("培训时间：2021年7月5日—9日")));
        EXPECT_TRUE(s.contains(q("培训地点：区教师进修校报告厅")));
        EXPECT_TRUE(s.contains(q("序号单位姓名学科签到")));
    }
    const QString all = squeezed(pages.join(QString()));
    for (const SignInEntry& e : entries)
        EXPECT_TRUE(all.contains(e.name)) << e.name.toStdString();
    // Blank rows fill the last page up to 60: the 序号 runs on for late additions.
    EXPECT_TRUE(squeezed(pages.last()).contains(QStringLiteral("60")));
    EXPECT_TRUE(squeezed(pages.first()).contains(q("教师20号")));
    EXPECT_FALSE(squeezed(pages.first()).contains(q("教师21号")));
}

TEST(SignInSheet, WithoutBlankRowsOnlyTheNamesArePrinted)
{
    QList<SignInEntry> entries { { q("梁平区实验小学"), q("张三"), q("数学") } };
    SignInOptions options;
    options.blankRows = false;
    options.rowsPerPage = 25;
    EXPECT_EQ(SignInSheet(newTeacherTraining(), entries, options).pageCount(), 1);
    entries.clear();
    for (int i = 0; i < 26; ++i)
        entries << SignInEntry { q("梁平区实验小学"), q("张三"), q("数学") };
    EXPECT_EQ(SignInSheet(newTeacherTraining(), entries, options).pageCount(), 2);
}

TEST(SignInSheet, AFiveDayClassGetsASignColumnPerSession)
{
    SKIP_WITHOUT_POPPLER();
    QList<SignInEntry> entries;
    for (int i = 1; i <= 12; ++i)
        entries << SignInEntry { q("梁平区实验小学"), q("教师%1号").arg(i), q("数学") };
    SignInOptions options;
    options.dateText = q("2021年6月7日—11日");
    options.place = q("区教师进修校301室");
    SignInSheet::arrange(options, SignInLayout::ColumnPerSession, QDate(2021, 6, 7), QDate(2021, 6, 11));
    ASSERT_EQ(options.signColumns.size(), 10);
    options.page = PageSetup::defaults(QPageLayout::Landscape);
    SignInSheet sheet(newTeacherTraining(), entries, options);
    const report::PagedTable& layout = sheet.layout();
    ASSERT_EQ(layout.input().header.cells.size(), 4 + 10);
    // Every session has room to sign a name (15 mm), the school's name is on one line, and the table fits the
    // landscape page: 12 names and 8 blank rows on one page.
    for (int c = 4; c < 14; ++c)
        EXPECT_GE(layout.input().columnWidthsMm.at(c), 15.0 - 1e-6) << c;
    EXPECT_TRUE(layout.columnsFit());
    EXPECT_EQ(layout.lineCount(0, 1), 1);
    EXPECT_EQ(sheet.pageCount(), 1);

    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("TRAINPLAN_REPORT_OUTPUT_DIR");
    const QString pdf
        = (keep.isEmpty() ? QDir(dir.path()) : QDir(keep)).filePath(QStringLiteral("signin-sessions.pdf"));
    ASSERT_TRUE(sheet.writePdf(pdf).ok());
    const QStringList pages = tptest::pdfPages(pdf);
    ASSERT_EQ(pages.size(), 1);
    const QString s = squeezed(pages.first());
    EXPECT_TRUE(s.contains(q("培训时间：2021年6月7日—11日"))) << s.left(120).toStdString();
    EXPECT_TRUE(s.contains(q("培训地点：区教师进修校301室")));
    // The session headers (two lines each: the day, then 上午/下午) are each one word wide: no day is broken.
    for (int c = 4; c < 14; ++c)
        EXPECT_EQ(layout.lineCount(-1, c), 2) << c;
    EXPECT_TRUE(s.contains(q("7日"))) << s.left(200).toStdString();
    EXPECT_TRUE(s.contains(q("11日")));
    EXPECT_EQ(s.count(q("上午")), 5);
    EXPECT_EQ(s.count(q("下午")), 5);
    EXPECT_FALSE(s.contains(q("学科签到")));
}

TEST(SignInSheet, ASheetPerDayHasEachDaysDateAndSessions)
{
    SKIP_WITHOUT_POPPLER();
    QList<SignInEntry> entries { { q("梁平区实验小学"), q("张三"), q("数学") },
        { q("梁平中学"), q("李四"), q("语文") } };
    SignInOptions options;
    options.place = q("区教师进修校301室");
    options.rowsPerPage = 20;
    for (int day = 7; day <= 9; ++day)
        options.days << SignInDay { q("2021年6月%1日").arg(day), { q("上午签到"), q("下午签到") } };
    SignInSheet sheet(newTeacherTraining(), entries, options);
    EXPECT_EQ(sheet.sheetCount(), 3);
    EXPECT_EQ(sheet.pageCount(), 3);

    QTemporaryDir dir;
    const QString pdf = QDir(dir.path()).filePath(QStringLiteral("signin-days.pdf"));
    ASSERT_TRUE(sheet.writePdf(pdf).ok());
    const QStringList pages = tptest::pdfPages(pdf);
    ASSERT_EQ(pages.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString s = squeezed(pages.at(i));
        EXPECT_TRUE(s.contains(q("培训时间：2021年6月%1日").arg(7 + i))) << s.left(120).toStdString();
        EXPECT_TRUE(s.contains(q("上午签到下午签到")));
        EXPECT_TRUE(s.contains(q("张三")) && s.contains(q("李四")));
    }
}

TEST(SignInSheet, ArrangeMakesTheColumnsOrSheetsOfTheClassDays)
{
    SignInOptions options;
    SignInSheet::arrange(options, SignInLayout::ColumnPerSession, QDate(2021, 6, 7), QDate(2021, 6, 11));
    ASSERT_EQ(options.signColumns.size(), 10);
    // Ten narrow columns: the day alone (the month is in 培训时间); across a month, month/day.
    EXPECT_EQ(options.signColumns.first(), q("7日\n上午"));
    EXPECT_EQ(options.signColumns.last(), q("11日\n下午"));
    EXPECT_EQ(SignInSheet::signColumnCount(options), 10);
    SignInSheet::arrange(options, SignInLayout::ColumnPerSession, QDate(2021, 6, 29), QDate(2021, 7, 2));
    EXPECT_EQ(options.signColumns.first(), q("6/29\n上午"));
    SignInSheet::arrange(options, SignInLayout::ColumnPerSession, QDate(2021, 6, 7), QDate(2021, 6, 8));
    EXPECT_EQ(options.signColumns.first(), q("6月7日\n上午"));
    SignInSheet::arrange(options, SignInLayout::ColumnPerDay, QDate(2021, 6, 7), QDate(2021, 6, 11));
    EXPECT_EQ(options.signColumns, QStringList({ q("6月7日"), q("6月8日"), q("6月9日"), q("6月10日"), q("6月11日") }));
    SignInSheet::arrange(options, SignInLayout::SheetPerDay, QDate(2021, 6, 7), QDate(2021, 6, 8));
    EXPECT_TRUE(options.signColumns.isEmpty());
    ASSERT_EQ(options.days.size(), 2);
    EXPECT_EQ(options.days.first().dateText, q("2021年6月7日（星期一）"));
    EXPECT_EQ(options.days.first().signColumns, QStringList({ q("上午签到"), q("下午签到") }));
    EXPECT_EQ(SignInSheet::signColumnCount(options), 2);
    // Without dates: one 签到 column.
    SignInSheet::arrange(options, SignInLayout::ColumnPerSession, QDate(), QDate());
    EXPECT_TRUE(options.signColumns.isEmpty() && options.days.isEmpty());
    EXPECT_EQ(SignInSheet::signColumnCount(options), 1);
}
