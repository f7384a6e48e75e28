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
