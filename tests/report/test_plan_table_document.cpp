// The printed plan table: the PDF of the 梁平 2021 plan (seeds 000 attachment) read back with poppler.

#include "PageSetup.h"
#include "PdfOutput.h"
#include "PlanTableDocument.h"
#include "PlanTableImporter.h"
#include "PopplerTools.h"
#include "TableRules.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QPrinter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;
using tptest::squeezed;

namespace {

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString dataPath(const char* name)
{
    return QStringLiteral(TRAINPLAN_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

struct LoadedPlan {
    Plan plan;
    QList<Project> projects;
};

LoadedPlan load(const char* file, const char* title)
{
    auto table = PlanTableImporter::importFile(dataPath(file));
    EXPECT_TRUE(table.ok()) << (table.ok() ? std::string() : table.error().toString().toStdString());
    LoadedPlan p;
    if (!table.ok())
        return p;
    p.plan.title = q(title);
    p.plan.stated = table->stated;
    p.projects = table->projects;
    return p;
}

LoadedPlan liangping()
{
    return load("liangping-2021-plan.csv", "梁平区教育系统2021年教师教育项目计划表");
}

// The text of one column of every page: pdftotext cropped to the column's box (at 72 dpi, 1 px = 1 pt).
QStringList columnText(const QString& pdf, const PlanTableDocument& doc, int column, int pages)
{
    const QList<double> widths = doc.columnWidthsMm();
    double leftMm = doc.pageSetup().marginsMm.left();
    for (int i = 0; i < column; ++i)
        leftMm += widths.at(i);
    const auto pt = [](double mm) { return int(mm / 25.4 * 72.0); };
    const QSizeF page = doc.pageSetup().pageSizeMm();
    QStringList out;
    for (int p = 1; p <= pages; ++p) {
        out << squeezed(tptest::runTool(tptest::popplerTool("pdftotext"),
            { QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"), QString::number(p), QStringLiteral("-r"),
                QStringLiteral("72"), QStringLiteral("-x"), QString::number(pt(leftMm) + 1), QStringLiteral("-y"),
                QStringLiteral("0"), QStringLiteral("-W"), QString::number(pt(widths.at(column)) - 2),
                QStringLiteral("-H"), QString::number(pt(page.height())), pdf, QStringLiteral("-") }));
    }
    return out;
}

// With TRAINPLAN_REPORT_OUTPUT_DIR set, the PDFs are written there and kept (to look at them, e.g. for
// docs/screenshots: pdftoppm -png -r 80); otherwise into a temporary folder.
class PlanPdfTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const char* name) const
    {
        const QString keep = qEnvironmentVariable("TRAINPLAN_REPORT_OUTPUT_DIR");
        return QDir(keep.isEmpty() ? m_dir.path() : keep).filePath(QString::fromUtf8(name));
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(PlanPdfTest, LiangpingPdfHoldsTitleEveryProjectTheTotalsAndTheHeaderOnEveryPage)
{
    SKIP_WITHOUT_POPPLER();
    const LoadedPlan lp = liangping();
    ASSERT_EQ(lp.projects.size(), 34);
    PlanTableDocument doc(lp.plan, lp.projects);
    const QString pdf = path("liangping.pdf");
    const Status written = doc.writePdf(pdf);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();

    const int pages = doc.pageCount();
    EXPECT_GE(pages, 2) << "34 rows in 12 pt do not fit one A4 page";
    EXPECT_EQ(tptest::pdfPageCount(pdf), pages);

    const QStringList text = tptest::pdfPages(pdf);
    ASSERT_EQ(text.size(), pages);
    const QString all = squeezed(text.join(QString()));
    EXPECT_TRUE(all.startsWith(q("梁平区教育系统2021年教师教育项目计划表"))) << all.left(60).toStdString();
    for (int p = 0; p < pages; ++p) {
        EXPECT_TRUE(squeezed(text.at(p)).contains(q("序号培训项目主办单位培训天数参培人数")))
            << "header missing on page " << p + 1;
        EXPECT_TRUE(squeezed(text.at(p)).contains(QStringLiteral("-%1-").arg(p + 1)))
            << "page number on page " << p + 1;
    }
    // The 合计 row carries what the rows add up to: 98 days and 400 学时 (the published 82 is wrong), 14592.
    EXPECT_TRUE(all.contains(q("合计98天+400学时14592"))) << all.right(80).toStdString();

    // Every project name, whole, within one page (wrapped names: the name column cropped, whitespace removed).
    const QStringList names = columnText(pdf, doc, 1, pages);
    for (const Project& p : lp.projects) {
        const QString name = squeezed(p.name);
        const bool found
            = std::any_of(names.begin(), names.end(), [&](const QString& page) { return page.contains(name); });
        EXPECT_TRUE(found) << "not found on any single page: " << name.toStdString();
    }
}

TEST_F(PlanPdfTest, TextCopiedFromThePdfHasTheIdeographsNotKangxiRadicals)
{
    SKIP_WITHOUT_POPPLER();
    const LoadedPlan lp = liangping();
    const QString pdf = path("radicals.pdf");
    ASSERT_TRUE(PlanTableDocument(lp.plan, lp.projects).writePdf(pdf).ok());
    const QString all = tptest::pdfPages(pdf).join(QString());
    // 目, 人, 小, 高, 心 share their glyphs with Kangxi radicals in Noto CJK; 长, 民, 骨 with radicals of the
    // CJK Radicals Supplement.
    for (const char* word : { "项目", "参培人数", "中小学", "高三", "心理", "校长", "居民", "骨干" })
        EXPECT_TRUE(all.contains(q(word))) << word;
    for (const QChar c : all)
        EXPECT_FALSE(c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF)
            << "Kangxi radical U+" << std::hex << int(c.unicode());
}

TEST_F(PlanPdfTest, CjkFontsAreEmbedded)
{
    SKIP_WITHOUT_POPPLER();
    const LoadedPlan lp = liangping();
    const QString pdf = path("fonts.pdf");
    ASSERT_TRUE(PlanTableDocument(lp.plan, lp.projects).writePdf(pdf).ok());
    const QString fonts = tptest::runTool(tptest::popplerTool("pdffonts"), { pdf });
    bool embeddedCjk = false;
    for (const QString& line : fonts.split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        // name type... encoding emb sub uni object ID
        if (line.contains(QStringLiteral("CJK")) && f.size() >= 7 && f.at(f.size() - 5) == QStringLiteral("yes"))
            embeddedCjk = true;
        if (f.size() >= 7 && f.at(f.size() - 5) == QStringLiteral("no"))
            ADD_FAILURE() << "font not embedded: " << line.toStdString();
    }
    EXPECT_TRUE(embeddedCjk) << fonts.toStdString();
}

TEST_F(PlanPdfTest, LandscapeNeedsNoMorePagesThanPortrait)
{
    SKIP_WITHOUT_POPPLER();
    const LoadedPlan lp = liangping();
    PlanTableDocument portrait(lp.plan, lp.projects);
    PlanTableOptions options;
    options.page = PageSetup::defaults(QPageLayout::Landscape);
    PlanTableDocument landscape(lp.plan, lp.projects, options);
    EXPECT_LE(landscape.pageCount(), portrait.pageCount());
    EXPECT_GT(landscape.pageCount(), 1);

    const QString pdf = path("landscape.pdf");
    ASSERT_TRUE(landscape.writePdf(pdf).ok());
    EXPECT_EQ(tptest::pdfPageCount(pdf), landscape.pageCount());
    const QString info = tptest::runTool(tptest::popplerTool("pdfinfo"), { pdf });
    EXPECT_TRUE(info.contains(QStringLiteral("841.89 x 595.28")) || info.contains(QStringLiteral("842 x 595")))
        << info.toStdString();
}

TEST_F(PlanPdfTest, PagesDoNotDependOnTheDeviceResolution)
{
    // The preview paints onto a QPrinter at screen resolution; the PDF at 1200 dpi. Same layout, same pages.
    SKIP_WITHOUT_POPPLER();
    const LoadedPlan lp = liangping();
    PlanTableDocument doc(lp.plan, lp.projects);
    const QString pdf = path("lowres.pdf");
    {
        QPdfWriter writer(pdf);
        writer.setResolution(96);
        ASSERT_TRUE(doc.print(&writer).ok());
    }
    EXPECT_EQ(tptest::pdfPageCount(pdf), doc.pageCount());
    const QStringList text = tptest::pdfPages(pdf);
    ASSERT_EQ(text.size(), doc.pageCount());
    EXPECT_TRUE(squeezed(text.last()).contains(q("合计98天+400学时14592")));
}

TEST_F(PlanPdfTest, NoRowIsSplitAcrossPagesInALongPlan)
{
    SKIP_WITHOUT_POPPLER();
    QList<Project> projects;
    for (int i = 1; i <= 120; ++i) {
        Project p;
        p.seq = i;
        p.name = q("第%1期中小学教师信息技术应用能力提升工程全员培训项目学校").arg(i).repeated(1 + i % 3);
        p.organizers = QStringList { q("区教委"), q("区教师进修校") };
        p.durationText = QString::number(1 + i % 5);
        p.headcountText = QString::number(50 + i);
        projects << p;
    }
    Plan plan;
    plan.title = q("测试区2025年教师培训项目计划表");
    PlanTableDocument doc(plan, projects);
    const QString pdf = path("long.pdf");
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    const int pages = doc.pageCount();
    ASSERT_EQ(tptest::pdfPageCount(pdf), pages);
    EXPECT_GT(pages, 5);
    const QStringList names = columnText(pdf, doc, 1, pages);
    for (const Project& p : projects) {
        const QString name = squeezed(p.name);
        EXPECT_TRUE(std::any_of(names.begin(), names.end(), [&](const QString& page) { return page.contains(name); }))
            << "row " << p.seq << " split or missing";
    }
    // The header on every page (培训天数 may wrap to 培训/天数 in a tight table: each word, not the line).
    const QStringList text = tptest::pdfPages(pdf);
    for (int i = 0; i < text.size(); ++i)
        for (const char* word : { "序号", "培训项目", "主办单位", "天数", "人数" })
            EXPECT_TRUE(squeezed(text.at(i)).contains(q(word))) << word << " missing on page " << i + 1;
}

TEST_F(PlanPdfTest, JiananPlanPrintsInItsOwnSixColumnsWithNotesIssuerAndDate)
{
    SKIP_WITHOUT_POPPLER();
    const LoadedPlan jn = load("jianan-2024-plan.csv", "许昌市建安区2024年教师培训工作安排表");
    ASSERT_EQ(jn.projects.size(), 14);
    const QList<PlanColumn> cols = PlanTableDocument::defaultColumns(jn.projects);
    QList<ProjectField> fields;
    for (const PlanColumn& c : cols)
        fields << c.field;
    EXPECT_EQ(fields,
        (QList<ProjectField> { ProjectField::Seq, ProjectField::Name, ProjectField::Headcount, ProjectField::Modes,
            ProjectField::Months, ProjectField::Location }));

    PlanTableOptions options;
    options.attachmentHeading = q("附件");
    options.notes = q("备注：如培训时间调整，请以实际开班时间为准。");
    options.issuer = q("许昌市建安区教育体育局");
    options.date = QDate(2024, 3, 15);
    PlanTableDocument doc(jn.plan, jn.projects, options);
    const QString pdf = path("jianan.pdf");
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    const QStringList text = tptest::pdfPages(pdf);
    ASSERT_EQ(text.size(), doc.pageCount());
    const QString all = squeezed(text.join(QString()));
    EXPECT_TRUE(all.startsWith(q("附件许昌市建安区2024年教师培训工作安排表"))) << all.left(40).toStdString();
    EXPECT_TRUE(all.contains(q("培训项目名称"))) << all.left(200).toStdString();
    EXPECT_TRUE(all.contains(q("培训方式")));
    EXPECT_TRUE(all.contains(q("培训地点")));
    EXPECT_FALSE(all.contains(q("合计"))) << "the published 建安 table has no 合计 row";
    const QString last = squeezed(text.last());
    EXPECT_TRUE(last.contains(q("备注：如培训时间调整，请以实际开班时间为准。")));
    EXPECT_TRUE(last.indexOf(q("许昌市建安区教育体育局")) < last.indexOf(q("2024年3月15日")));
    EXPECT_TRUE(last.indexOf(q("备注")) < last.indexOf(q("许昌市建安区教育体育局")));
}

TEST(PlanColumns, ChosenByHeaderNamesInTheGivenOrder)
{
    auto cols = PlanTableDocument::columnsFromNames({ q("序号"), q("培训项目名称"), q("参培人数"), q("主办单位") });
    ASSERT_TRUE(cols.ok());
    ASSERT_EQ(cols->size(), 4);
    EXPECT_EQ(cols->at(1).field, ProjectField::Name);
    EXPECT_EQ(cols->at(1).header, q("培训项目名称"));
    EXPECT_EQ(cols->at(2).field, ProjectField::Headcount);
    EXPECT_EQ(cols->at(3).field, ProjectField::Organizers);

    auto unknown = PlanTableDocument::columnsFromNames({ q("序号"), q("经费") });
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(q("经费")));
    EXPECT_FALSE(PlanTableDocument::columnsFromNames({ q("序号"), q("序号") }).ok());
}

TEST(PlanColumns, ChosenColumnsArePrintedAndTheTotalsFollowThem)
{
    SKIP_WITHOUT_POPPLER();
    QTemporaryDir dir;
    const LoadedPlan lp = liangping();
    PlanTableOptions options;
    options.columns = PlanTableDocument::columnsFromNames({ q("序号"), q("培训项目"), q("参培人数") }).value();
    PlanTableDocument doc(lp.plan, lp.projects, options);
    const QString pdf = dir.filePath(QStringLiteral("cols.pdf"));
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    const QString all = squeezed(tptest::pdfPages(pdf).join(QString()));
    EXPECT_TRUE(all.contains(q("序号培训项目参培人数")));
    EXPECT_FALSE(all.contains(q("主办单位")));
    EXPECT_TRUE(all.contains(q("合计98天+400学时14592")) || all.contains(q("合计14592")))
        << all.right(60).toStdString();
}

TEST(PdfToUnicode, RadicalTargetsBecomeIdeographsAndRunsStayAlone)
{
    QByteArray cmap("2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<5E8F> <2F6C> <2F00> ]\n"
                    "<0004> <0005> <2F00>\nendbfrange\n1 beginbfchar\n<0007> <2F08>\nendbfchar\n");
    const QByteArray before = cmap;
    EXPECT_EQ(report::fixPdfToUnicode(cmap), 3);
    EXPECT_EQ(cmap.size(), before.size());
    EXPECT_TRUE(cmap.contains("[<5E8F> <76EE> <4E00> ]"));
    EXPECT_TRUE(cmap.contains("<0004> <0005> <2F00>")) << "a run's start is left alone";
    EXPECT_TRUE(cmap.contains("<0007> <4EBA>"));
}

TEST_F(PlanPdfTest, PrinterOfThePreviewGetsThePagesOfThePdf)
{
    // QPrintPreviewDialog paints onto a QPrinter; printed to a PDF file here, it must hold the same pages.
    SKIP_WITHOUT_POPPLER();
    const LoadedPlan lp = liangping();
    PlanTableDocument doc(lp.plan, lp.projects);
    const QString pdf = path("printer.pdf");
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setFullPage(true);
        ASSERT_TRUE(doc.print(&printer).ok());
    }
    EXPECT_EQ(tptest::pdfPageCount(pdf), doc.pageCount());
    const QStringList text = tptest::pdfPages(pdf);
    ASSERT_EQ(text.size(), doc.pageCount());
    // (NFKC: a QPrinter's own PDF keeps Qt's radical mapping, ⽬ for 目; only writePdf repairs it.)
    for (const QString& page : text)
        EXPECT_TRUE(squeezed(page)
                        .normalized(QString::NormalizationForm_KC)
                        .contains(q("序号培训项目主办单位培训天数参培人数")));
}

TEST_F(PlanPdfTest, TheTotalsRowNeverStandsAloneOnAPage)
{
    // Landscape with the 附件 mark put 34 rows on two pages and the 合计 row alone on a third; the last
    // project row now goes along with it.
    SKIP_WITHOUT_POPPLER();
    const LoadedPlan lp = liangping();
    for (const auto orientation : { QPageLayout::Portrait, QPageLayout::Landscape }) {
        for (const char* heading : { "", "附件" }) {
            PlanTableOptions options;
            options.page = PageSetup::defaults(orientation);
            options.attachmentHeading = q(heading);
            PlanTableDocument doc(lp.plan, lp.projects, options);
            const QString pdf = path("alone.pdf");
            ASSERT_TRUE(doc.writePdf(pdf).ok());
            const QString last = squeezed(tptest::pdfPages(pdf).last());
            EXPECT_TRUE(last.contains(q("34国培计划"))) << "orientation " << int(orientation) << " heading " << heading;
            EXPECT_TRUE(last.contains(q("合计98天+400学时14592")));
        }
    }
}

namespace {

// Three projects: one of 全员, one cancelled (已取消), one ordinary — the same plan the CSV, XLSX and screen tests use.
QList<Project> plansWithAllStaffAndACancelledRow()
{
    QList<Project> list;
    const char* names[] = { "师德师风专题培训", "新任教师岗前培训", "班主任能力提升培训" };
    const char* people[] = { "全员", "120", "300" };
    for (int i = 0; i < 3; ++i) {
        Project p;
        p.id = i + 1;
        p.seq = i + 1;
        p.name = QString::fromUtf8(names[i]);
        p.organizers = { QStringLiteral("区教委") };
        p.durationText = QStringLiteral("3");
        p.headcountText = QString::fromUtf8(people[i]);
        p.cancelled = i == 2;
        list << p;
    }
    return list;
}

} // namespace

TEST_F(PlanPdfTest, TotalsKeepAllStaffAndLeaveTheCancelledRowOut)
{
    SKIP_WITHOUT_POPPLER();
    Plan plan;
    plan.district = QStringLiteral("梁平区");
    plan.year = 2026;
    plan.title = QStringLiteral("梁平区2026年教师培训项目计划表");
    const QList<Project> projects = plansWithAllStaffAndACancelledRow();
    EXPECT_EQ(formatHeadcountTotal(computeTotals(projects)), QStringLiteral("120 + 全员×1"));
    PlanTableDocument doc(plan, projects);
    const QString pdf = path("cancelled-and-all-staff.pdf");
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    const QString all = squeezed(tptest::pdfPages(pdf).join(QString()));
    // The same 合计 as on screen: 6 days (the cancelled 3 out), 120 + 全员×1 (the cancelled 300 out).
    EXPECT_TRUE(all.contains(QStringLiteral("合计6120+全员×1"))) << all.toStdString();
    // The cancelled project is printed, marked.
    EXPECT_TRUE(all.contains(QStringLiteral("【已取消】班主任能力提升培训"))) << all.toStdString();
}
