// Printed tables that fit their content (issue 17), measured through the page engine's own geometry: the
// rows on each page and the lines each cell takes at its column's width — what a reader sees, not only the
// text. The PDFs are checked with poppler where the page count or the text matters.

#include "CreditReportDocument.h"
#include "PlanTableDocument.h"
#include "PopplerTools.h"
#include "SignInSheet.h"
#include "TestPlans.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;
using tptest::q;

namespace {

// The shape of a laid-out table: pages, body rows per page ("22 13"), lines of each header cell ("11111") and
// of each body cell, row by row ("11111 12111 …").
struct Shape {
    int pages = 0;
    std::string rowsPerPage;
    std::string header;
    std::string body;
};

Shape shapeOf(const report::PagedTable& t)
{
    Shape s;
    s.pages = t.pageCount();
    QStringList perPage;
    for (int p = 0; p < t.pageCount(); ++p)
        perPage << QString::number(t.rowsOnPage(p).size());
    s.rowsPerPage = perPage.join(QLatin1Char(' ')).toStdString();
    for (int c = 0; c < t.input().header.cells.size(); ++c)
        s.header += std::to_string(t.lineCount(-1, c));
    QStringList rows;
    for (int r = 0; r < t.input().rows.size(); ++r) {
        QString row;
        for (int c = 0; c < t.input().rows.at(r).cells.size(); ++c)
            row += QString::number(t.lineCount(r, c));
        rows << row;
    }
    s.body = rows.join(QLatin1Char(' ')).toStdString();
    return s;
}

void expectShape(const report::PagedTable& t, const Shape& expected, const char* what)
{
    const Shape s = shapeOf(t);
    EXPECT_EQ(s.pages, expected.pages) << what;
    EXPECT_EQ(s.rowsPerPage, expected.rowsPerPage) << what;
    EXPECT_EQ(s.header, expected.header) << what;
    EXPECT_EQ(s.body, expected.body) << what;
}

} // namespace

// The two published tables print as they did before the widths came from the content: recorded from the
// layout of commit be91c95 (the 梁平 names that wrap — rows 9, 10, 14, 16, 24 — and the 主办单位 "区教委、/社区学院"
// of rows 18–21; the 建安 headers 拟培训/人数 and 拟培训/时间 on two lines, its 培训方式 on up to three).
TEST(PublishedLayouts, LiangpingAndJiananPrintAsBefore)
{
    const tptest::TestPlan lp = tptest::liangping2021();
    const tptest::TestPlan jn = tptest::jianan2024();
    ASSERT_EQ(lp.projects.size(), 34);
    ASSERT_EQ(jn.projects.size(), 14);

    const std::string lpPortrait = "11111 11111 11111 11111 11111 11111 11111 11111 12111 12111 11111 11111 11111 "
                                   "12111 11111 12111 11111 11211 11211 11211 11211 11111 11111 12111 11111 11111 "
                                   "11111 11111 11111 11111 11111 11111 11111 11101 111";
    const std::string lpLandscape = "11111 11111 11111 11111 11111 11111 11111 11111 11111 11111 11111 11111 11111 "
                                    "11111 11111 11111 11111 11111 11111 11111 11111 11111 11111 11111 11111 11111 "
                                    "11111 11111 11111 11111 11111 11111 11111 11101 111";
    expectShape(PlanTableDocument(lp.plan, lp.projects).layout(), { 2, "22 13", "11111", lpPortrait }, "梁平 portrait");
    PlanTableOptions landscape;
    landscape.page = PageSetup::defaults(QPageLayout::Landscape);
    expectShape(PlanTableDocument(lp.plan, lp.projects, landscape).layout(), { 2, "17 18", "11111", lpLandscape },
        "梁平 landscape");
    PlanTableOptions attachment;
    attachment.attachmentHeading = q("附件");
    attachment.issuer = q("梁平区教育委员会");
    attachment.date = QDate(2021, 5, 12);
    attachment.notes = q("备注：如培训时间调整，请以实际开班时间为准。");
    expectShape(PlanTableDocument(lp.plan, lp.projects, attachment).layout(), { 2, "21 14", "11111", lpPortrait },
        "梁平 with 附件, 备注 and 落款");

    const std::string jnPortrait
        = "121210 121310 121310 121110 121110 121210 121110 111210 111110 121110 111110 121210 121210 121110";
    const std::string jnLandscape
        = "121110 121210 121210 121110 121110 121110 121110 111110 111110 121110 111110 121110 111110 121110";
    expectShape(PlanTableDocument(jn.plan, jn.projects).layout(), { 1, "14", "112121", jnPortrait }, "建安 portrait");
    expectShape(PlanTableDocument(jn.plan, jn.projects, landscape).layout(), { 2, "11 3", "112121", jnLandscape },
        "建安 landscape");
    PlanTableOptions jnAttachment;
    jnAttachment.attachmentHeading = q("附件");
    jnAttachment.notes = q("备注：如培训时间调整，请以实际开班时间为准。");
    jnAttachment.issuer = q("许昌市建安区教育体育局");
    jnAttachment.date = QDate(2024, 3, 15);
    expectShape(PlanTableDocument(jn.plan, jn.projects, jnAttachment).layout(), { 2, "12 2", "112121", jnPortrait },
        "建安 with 附件, 备注 and 落款");
}
