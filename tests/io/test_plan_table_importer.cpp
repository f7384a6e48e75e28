// PlanTableImporter on the published tables (fixtures) and on the oddities of real sheets.

#include "CellParsers.h"
#include "PlanHeaders.h"
#include "PlanTableImporter.h"
#include "TestHelpers.h"

#include <algorithm>

using namespace tptest;
using tp::Finding;
using tp::ImportedTable;
using tp::PlanTableImporter;
using tp::ProjectField;
using tp::Severity;

namespace {

tp::Result<ImportedTable> importText(const char* utf8, const char* name = "test.csv")
{
    return PlanTableImporter::importBytes(QByteArray(utf8), q(name));
}

QList<Finding> findingsOf(const ImportedTable& t, Severity s)
{
    QList<Finding> out;
    std::copy_if(t.findings.begin(), t.findings.end(), std::back_inserter(out),
        [s](const Finding& f) { return f.severity == s; });
    return out;
}

TEST(PlanTableImporter, LiangpingBothEncodingsGiveTheSame34Projects)
{
    const auto utf8 = PlanTableImporter::importFile(dataPath("liangping-2021-plan.csv"));
    const auto gb = PlanTableImporter::importFile(dataPath("liangping-2021-plan.gb18030.csv"));
    ASSERT_TRUE(utf8.ok()) << show(utf8.error().toString());
    ASSERT_TRUE(gb.ok()) << show(gb.error().toString());
    EXPECT_EQ(utf8->encoding, q("UTF-8"));
    EXPECT_EQ(gb->encoding, q("GB18030"));
    EXPECT_EQ(utf8->file, q("liangping-2021-plan.csv"));
    ASSERT_EQ(utf8->projects.size(), 34);
    EXPECT_EQ(gb->projects, utf8->projects);
    EXPECT_EQ(gb->projectRows, utf8->projectRows);
    EXPECT_EQ(utf8->headerRow, 1);
    EXPECT_EQ(utf8->projectRows.first(), 2);
    EXPECT_EQ(utf8->projectRows.last(), 35);
    EXPECT_TRUE(utf8->findings.isEmpty()) << show(utf8->findings.value(0).message);
    EXPECT_TRUE(utf8->title.isEmpty());
    EXPECT_TRUE(utf8->notes.isEmpty());

    for (int i = 0; i < 34; ++i)
        EXPECT_EQ(utf8->projects.at(i).seq, i + 1);

    const tp::Project& first = utf8->projects.first();
    EXPECT_EQ(first.name, q("基层党组织书记、班子成员培训"));
    EXPECT_EQ(first.organizers, QStringList { q("区教委") });
    EXPECT_EQ(first.durationText, q("3"));
    EXPECT_EQ(first.headcountText, q("270"));

    EXPECT_EQ(utf8->projects.at(5).durationText, q("300学时"));
    EXPECT_EQ(utf8->projects.at(8).name, q("中小学教师信息技术应用能力提升工程2.0”全员培训第一批项目学校"))
        << "the stray ” is kept as published";
    EXPECT_EQ(utf8->projects.at(17).organizers, (QStringList { q("区教委"), q("社区学院") }));
    const tp::Project& last = utf8->projects.last();
    EXPECT_EQ(last.name, q("国培计划"));
    EXPECT_TRUE(last.durationText.isEmpty());
    EXPECT_EQ(last.headcountText, q("1000"));

    const QList<ProjectField> fields { ProjectField::Seq, ProjectField::Name, ProjectField::Organizers,
        ProjectField::Duration, ProjectField::Headcount };
    ASSERT_EQ(utf8->columns.size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(utf8->columns.at(i).column, i + 1);
        EXPECT_EQ(utf8->columns.at(i).field, fields.at(i));
    }
}

TEST(PlanTableImporter, LiangpingStatedTotalsAreKeptApart)
{
    const auto t = PlanTableImporter::importFile(dataPath("liangping-2021-plan.csv"));
    ASSERT_TRUE(t.ok());
    ASSERT_TRUE(t->stated.has_value());
    EXPECT_EQ(t->stated->durationText, q("82"));
    EXPECT_EQ(t->stated->headcountText, q("14592"));
    EXPECT_EQ(t->stated->row, 36);
    EXPECT_EQ(t->stated->durationColumn, 4);
    EXPECT_EQ(t->stated->headcountColumn, 5);
    const tp::Duration d = tp::parseDuration(t->stated->durationText);
    EXPECT_EQ(d.unit, tp::DurationUnit::Day);
    EXPECT_EQ(d.value, 82);
    EXPECT_EQ(tp::parseHeadcount(t->stated->headcountText).value, 14592);
    for (const tp::Project& p : t->projects)
        EXPECT_NE(p.name, q("合计"));

    const auto gb = PlanTableImporter::importFile(dataPath("liangping-2021-plan.gb18030.csv"));
    ASSERT_TRUE(gb.ok());
    ASSERT_TRUE(gb->stated.has_value());
    EXPECT_EQ(gb->stated->durationText, q("82"));
    EXPECT_EQ(gb->stated->headcountText, q("14592"));
    EXPECT_EQ(gb->stated->row, 36);
}

TEST(PlanTableImporter, JiananLineBreaksInCellsAndTwoLineHeaders)
{
    const auto t = PlanTableImporter::importFile(dataPath("jianan-2024-plan.csv"));
    ASSERT_TRUE(t.ok()) << show(t.error().toString());
    EXPECT_EQ(t->encoding, q("UTF-8"));
    ASSERT_EQ(t->projects.size(), 14);
    EXPECT_FALSE(t->stated.has_value());
    EXPECT_TRUE(findingsOf(*t, Severity::Error).isEmpty());
    EXPECT_TRUE(findingsOf(*t, Severity::Warning).isEmpty()) << show(t->findings.value(0).message);

    // 序号, 培训项目名称, "拟培训\n人数", 培训方式, "拟培训\n时间", 培训地点
    ASSERT_EQ(t->columns.size(), 6);
    EXPECT_EQ(t->columns.at(1).field, ProjectField::Name);
    EXPECT_EQ(t->columns.at(2).field, ProjectField::Headcount);
    EXPECT_EQ(t->columns.at(2).header, q("拟培训\n人数"));
    EXPECT_EQ(t->columns.at(3).field, ProjectField::Modes);
    EXPECT_EQ(t->columns.at(4).field, ProjectField::Months);
    EXPECT_EQ(t->columns.at(4).header, q("拟培训\n时间"));
    EXPECT_EQ(t->columns.at(5).field, ProjectField::Location);

    const tp::Project& p1 = t->projects.at(0);
    EXPECT_EQ(p1.seq, 1);
    EXPECT_EQ(p1.name, q("区级中小学骨干教师、名师培训\n（第四期）"));
    EXPECT_EQ(p1.headcountText, q("300人"));
    EXPECT_EQ(p1.modes(), (QStringList { q("线上研修"), q("线下送教") }));
    EXPECT_EQ(p1.monthsText, q("4月"));
    EXPECT_TRUE(p1.organizers.isEmpty());
    EXPECT_TRUE(p1.location.isEmpty());

    EXPECT_EQ(t->projects.at(1).modesText, q("同课异构、专家讲座\n互动交流"));
    EXPECT_EQ(t->projects.at(2).months().wholeYear, true);
    EXPECT_EQ(t->projects.at(6).headcount().kind, tp::HeadcountKind::AllStaff);
    EXPECT_EQ(t->projects.at(8).headcount().kind, tp::HeadcountKind::Approx);
    EXPECT_EQ(t->projects.at(13).seq, 14);
    EXPECT_EQ(t->projects.at(13).name, q("中小学及幼儿园教师继续教育\n岗位培训"));
    // Rows are spreadsheet rows (records), not text lines.
    EXPECT_EQ(t->projectRows.first(), 2);
    EXPECT_EQ(t->projectRows.last(), 15);
}

TEST(PlanTableImporter, TitleNotesTotalsAndColumnsInAnyOrder)
{
    const auto t = importText("\xEF\xBB\xBF"
                              "梁平区教育系统2021年教师教育项目计划表,,,,,\r\n"
                              ",,,,,\r\n"
                              "参训 人数,\"培训项目\n名称\",主办（承办）单位,培训时长（天或学时）,序号,拟培训时间\r\n"
                              "270,基层党组织书记培训,区教委,3,1,4-5月\r\n"
                              "约120人,新教师培训,\"区教委、社区学院\",50学时,2,全年\r\n"
                              "全员,\xE3\x80\x80师德培训\xE3\x80\x80,区教师进修校,半天,3,\r\n"
                              "390,总 计,,3.5天+50学时,,\r\n"
                              ",,,,,\r\n"
                              "备注：1. 本表由区教委师训科填报,,,,,\r\n"
                              "2. 学时按实际计,,,,,\r\n",
        "title.csv");
    ASSERT_TRUE(t.ok()) << show(t.error().toString());
    EXPECT_EQ(t->title, q("梁平区教育系统2021年教师教育项目计划表"));
    EXPECT_EQ(t->headerRow, 3);
    ASSERT_EQ(t->projects.size(), 3);
    EXPECT_EQ(t->projectRows, (QList<int> { 4, 5, 6 }));
    EXPECT_EQ(t->projects.at(0).name, q("基层党组织书记培训"));
    EXPECT_EQ(t->projects.at(0).headcountText, q("270"));
    EXPECT_EQ(t->projects.at(0).monthsText, q("4-5月"));
    EXPECT_EQ(t->projects.at(1).organizers, (QStringList { q("区教委"), q("社区学院") }));
    EXPECT_EQ(t->projects.at(1).durationText, q("50学时"));
    EXPECT_EQ(t->projects.at(2).name, q("师德培训")) << "U+3000 around a cell is trimmed";
    EXPECT_EQ(t->projects.at(2).seq, 3);
    ASSERT_TRUE(t->stated.has_value());
    EXPECT_EQ(t->stated->row, 7);
    EXPECT_EQ(t->stated->durationText, q("3.5天+50学时"));
    EXPECT_EQ(t->stated->headcountText, q("390"));
    EXPECT_EQ(t->stated->durationColumn, 4);
    EXPECT_EQ(t->stated->headcountColumn, 1);
    EXPECT_EQ(t->notes, (QStringList { q("备注：1. 本表由区教委师训科填报"), q("2. 学时按实际计") }));
    EXPECT_TRUE(t->findings.isEmpty()) << show(t->findings.value(0).message);
}

TEST(PlanTableImporter, FlexibleHeaderNames)
{
    const struct {
        const char* header;
        ProjectField field;
    } cases[] = {
        { "培训项目", ProjectField::Name },
        { "培训项目名称", ProjectField::Name },
        { "项目名称", ProjectField::Name },
        { "项目", ProjectField::Name },
        { "主办单位", ProjectField::Organizers },
        { "承办单位", ProjectField::Organizers },
        { "主办（承办）单位", ProjectField::Organizers },
        { "主办(承办)单位", ProjectField::Organizers },
        { "培训天数", ProjectField::Duration },
        { "培训时长(天或学时)", ProjectField::Duration },
        { "培训时长（天或学时）", ProjectField::Duration },
        { "天数", ProjectField::Duration },
        { "学时", ProjectField::Duration },
        { "参培人数", ProjectField::Headcount },
        { "参训人数", ProjectField::Headcount },
        { "拟培训人数", ProjectField::Headcount },
        { "拟培训\n人数", ProjectField::Headcount },
        { "拟培训\r\n人数", ProjectField::Headcount },
        { "人数", ProjectField::Headcount },
        { "参培人数（人）", ProjectField::Headcount },
        { "培训方式", ProjectField::Modes },
        { "方式", ProjectField::Modes },
        { "拟培训时间", ProjectField::Months },
        { "培训时间", ProjectField::Months },
        { "时间", ProjectField::Months },
        { "培训地点", ProjectField::Location },
        { "地点", ProjectField::Location },
        { "级别", ProjectField::Level },
        { "备注", ProjectField::Remarks },
        { "序号", ProjectField::Seq },
        { " 序　号 ", ProjectField::Seq },
        { "联系人", ProjectField::None },
        { "", ProjectField::None },
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.header);
        EXPECT_EQ(tp::fieldForHeader(q(c.header)), c.field);
    }
}

TEST(PlanTableImporter, MissingNameColumnIsAnErrorNamingFileAndHeaders)
{
    const auto t = importText("序号,主办单位,参培人数\n1,区教委,270\n", "noname.csv");
    ASSERT_FALSE(t.ok());
    const tp::Error& e = t.error();
    EXPECT_EQ(e.file, q("noname.csv"));
    EXPECT_EQ(e.row, 1);
    EXPECT_TRUE(e.message.contains(q("培训项目"))) << show(e.message);
    EXPECT_TRUE(e.message.contains(q("noname.csv"))) << show(e.message);
    EXPECT_TRUE(e.message.contains(q("序号、主办单位、参培人数"))) << show(e.message);
}

TEST(PlanTableImporter, NoHeaderRowIsAnError)
{
    const auto t = importText("a,b,c\n1,2,3\n", "nohead.csv");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().file, q("nohead.csv"));
    EXPECT_TRUE(t.error().message.contains(q("表头"))) << show(t.error().message);

    const auto empty = importText("", "empty.csv");
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(q("空"))) << show(empty.error().message);
}

TEST(PlanTableImporter, MalformedCsvIsAnErrorWithRow)
{
    const auto t = importText("序号,培训项目,参培人数\n1,a,270\n2,\"b,300\n3,c,100\n", "bad.csv");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().file, q("bad.csv"));
    EXPECT_EQ(t.error().row, 3);
    EXPECT_EQ(t.error().column, 2);
}

TEST(PlanTableImporter, UndecodableFileIsAnError)
{
    const auto t = PlanTableImporter::importBytes(QByteArray("\xFF\xFF\xFF\xFF\x80\x80"), q("binary.csv"));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().file, q("binary.csv"));
}

TEST(PlanTableImporter, MissingFileIsAnError)
{
    const auto t = PlanTableImporter::importFile(q("/nonexistent/plan.csv"));
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().message.contains(q("/nonexistent/plan.csv")));
}

TEST(PlanTableImporter, EmptyNameWithOtherContentIsAnErrorFinding)
{
    const auto t = importText("序号,培训项目,主办单位,培训天数\n1,a,区教委,3\n2,,区教委,5\n", "gap.csv");
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->projects.size(), 2) << "the row is kept, so nothing typed is lost";
    const QList<Finding> errors = findingsOf(*t, Severity::Error);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(t->hasErrors());
    EXPECT_EQ(errors.at(0).row, 3);
    EXPECT_EQ(errors.at(0).column, 2);
    EXPECT_EQ(errors.at(0).columnName, q("培训项目"));
    EXPECT_EQ(errors.at(0).file, q("gap.csv"));
    EXPECT_EQ(errors.at(0).field, ProjectField::Name);
}

TEST(PlanTableImporter, CellsThatDoNotParseAreKeptAndReported)
{
    const auto t = importText("序号,培训项目,培训天数,参培人数,拟培训时间\n"
                              "1,a,abc,-3,13月\n"
                              "2,b,3周,约120人,4月\n",
        "cells.csv");
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->projects.size(), 2);
    EXPECT_EQ(t->projects.at(0).durationText, q("abc"));
    EXPECT_EQ(t->projects.at(0).headcountText, q("-3"));
    EXPECT_EQ(t->projects.at(0).monthsText, q("13月"));
    EXPECT_FALSE(t->hasErrors()) << "a cell that does not parse is a warning: its text is kept";
    const QList<Finding> warnings = findingsOf(*t, Severity::Warning);
    ASSERT_EQ(warnings.size(), 4);
    EXPECT_EQ(warnings.at(0).row, 2);
    EXPECT_EQ(warnings.at(0).column, 3);
    EXPECT_EQ(warnings.at(0).columnName, q("培训天数"));
    EXPECT_EQ(warnings.at(0).field, ProjectField::Duration);
    EXPECT_TRUE(warnings.at(0).message.contains(q("abc"))) << show(warnings.at(0).message);
    EXPECT_EQ(warnings.at(1).column, 4);
    EXPECT_TRUE(warnings.at(1).message.contains(q("负数"))) << show(warnings.at(1).message);
    EXPECT_EQ(warnings.at(2).column, 5);
    EXPECT_TRUE(warnings.at(2).message.contains(q("1 到 12"))) << show(warnings.at(2).message);
    EXPECT_EQ(warnings.at(3).row, 3);
    EXPECT_TRUE(warnings.at(3).message.contains(q("周"))) << show(warnings.at(3).message);
    EXPECT_EQ(warnings.at(3).seq, 2);
}

TEST(PlanTableImporter, CrlfLfAndBomGiveTheSameTable)
{
    // The fixture, as Excel writes it, ends records with CRLF and breaks lines inside cells with LF.
    const QByteArray excel = readData("jianan-2024-plan.csv");
    ASSERT_TRUE(excel.contains("\r\n"));
    QByteArray lf = excel;
    lf.replace("\r\n", "\n");
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n"); // CRLF everywhere, inside cells too
    const QByteArray bom = QByteArray("\xEF\xBB\xBF") + crlf;
    const auto a = PlanTableImporter::importBytes(lf, q("lf.csv"));
    const auto b = PlanTableImporter::importBytes(crlf, q("crlf.csv"));
    const auto c = PlanTableImporter::importBytes(bom, q("bom.csv"));
    const auto d = PlanTableImporter::importBytes(excel, q("excel.csv"));
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    ASSERT_TRUE(c.ok());
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(a->projects, d->projects);
    EXPECT_EQ(a->projects, b->projects) << "line breaks inside cells come out as LF either way";
    EXPECT_EQ(a->projects, c->projects);
    EXPECT_EQ(a->projectRows, c->projectRows);
    EXPECT_EQ(c->columns.at(0).field, ProjectField::Seq) << "the BOM must not hide 序号";
}

TEST(PlanTableImporter, StaffNumberLikeTextStaysText)
{
    const auto t = importText("序号,培训项目,主办单位,备注\n"
                              "1,202100012345678901,0012,00123456\n"
                              "2,b,\"=\"\"0012\"\"\",1.20E+17\n",
        "text.csv");
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->projects.size(), 2);
    EXPECT_EQ(t->projects.at(0).name, q("202100012345678901"));
    EXPECT_EQ(t->projects.at(0).organizers, QStringList { q("0012") });
    EXPECT_EQ(t->projects.at(0).remarks, q("00123456"));
    EXPECT_EQ(t->projects.at(1).organizers, QStringList { q("0012") }) << "Excel's =\"0012\" text form is unwrapped";
    EXPECT_EQ(t->projects.at(1).remarks, q("1.20E+17")) << "kept as typed, not turned into a number";
}

TEST(PlanTableImporter, SeqFromTheCellOrRunning)
{
    const auto t = importText("序号,培训项目\n5,a\n,b\n一,c\n", "seq.csv");
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->projects.size(), 3);
    EXPECT_EQ(t->projects.at(0).seq, 5);
    EXPECT_EQ(t->projects.at(1).seq, 6);
    EXPECT_EQ(t->projects.at(2).seq, 7);
    const QList<Finding> warnings = findingsOf(*t, Severity::Warning);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).row, 4);
    EXPECT_EQ(warnings.at(0).field, ProjectField::Seq);
}

TEST(PlanTableImporter, GroupHeadingsAndUnknownColumnsAreReportedNotLost)
{
    const auto t = importText("序号,培训项目,联系人,\n"
                              "一、干部培训,,,\n"
                              "1,a,张老师,x\n"
                              "2,b,,\n",
        "extra.csv");
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->projects.size(), 2);
    EXPECT_EQ(t->projects.at(0).name, q("a"));
    EXPECT_EQ(t->projects.at(0).seq, 1);
    const QList<Finding> infos = findingsOf(*t, Severity::Info);
    ASSERT_EQ(infos.size(), 1);
    EXPECT_EQ(infos.at(0).row, 2);
    EXPECT_TRUE(infos.at(0).message.contains(q("一、干部培训")));
    const QList<Finding> warnings = findingsOf(*t, Severity::Warning);
    ASSERT_EQ(warnings.size(), 2);
    EXPECT_EQ(warnings.at(0).column, 3);
    EXPECT_EQ(warnings.at(0).columnName, q("联系人"));
    EXPECT_EQ(warnings.at(0).row, 3);
    EXPECT_EQ(warnings.at(1).column, 4);
}

TEST(PlanTableImporter, BlankRowThenANoteEndsTheTable)
{
    const auto t = importText("序号,培训项目,参培人数\n1,a,10\n,,\n2,b,20\n,,\n制表：区教委师训科,,\n", "blank.csv");
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->projects.size(), 2) << "a blank row inside the table does not drop the rows after it";
    EXPECT_EQ(t->projectRows, (QList<int> { 2, 4 }));
    EXPECT_EQ(t->notes, QStringList { q("制表：区教委师训科") });
}

TEST(PlanTableImporter, SemicolonSeparatedFile)
{
    const auto t = importText("序号;培训项目;主办单位\n1;a;区教委,社区学院\n", "semi.csv");
    ASSERT_TRUE(t.ok()) << show(t.error().toString());
    ASSERT_EQ(t->projects.size(), 1);
    EXPECT_EQ(t->projects.at(0).organizers, (QStringList { q("区教委"), q("社区学院") }));
}

} // namespace
