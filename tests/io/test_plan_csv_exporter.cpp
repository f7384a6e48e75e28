// PlanCsvExporter: CSV that Excel/WPS open directly, and that imports back to the same plan.

#include "CellParsers.h"
#include "PlanCsvExporter.h"
#include "PlanTableImporter.h"
#include "TableRules.h"
#include "TestHelpers.h"

#include <QTemporaryDir>

using namespace tptest;
using tp::CsvExportOptions;
using tp::PlanCsvExporter;
using tp::PlanTableImporter;

namespace {

QList<tp::Project> fixtureProjects(const char* name)
{
    const auto t = PlanTableImporter::importFile(dataPath(name));
    EXPECT_TRUE(t.ok());
    return t.ok() ? t->projects : QList<tp::Project>();
}

TEST(PlanCsvExporter, Utf8WithBomCrlfAndThePublishedHeader)
{
    const QByteArray csv = PlanCsvExporter::toCsv(fixtureProjects("liangping-2021-plan.csv"));
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    EXPECT_TRUE(
        text.startsWith(q("序号,培训项目,主办单位,培训天数,参培人数,培训方式,拟培训时间,培训地点,级别,备注\r\n")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("\r\n")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 36); // header + 34 + 合计
    EXPECT_EQ(text.count(QLatin1Char('\n')), 36) << "no bare LF line ends";
    EXPECT_TRUE(text.contains(q("\r\n1,基层党组织书记、班子成员培训,区教委,3,270,,,,,\r\n")));
    EXPECT_TRUE(text.contains(q("\r\n34,国培计划,区教师进修校,,1000,,,,,\r\n")));
}

TEST(PlanCsvExporter, TotalsRowSumsDaysAndHoursApart)
{
    const QList<tp::Project> projects = fixtureProjects("liangping-2021-plan.csv");
    const QString text = QString::fromUtf8(PlanCsvExporter::toCsv(projects).mid(3));
    EXPECT_TRUE(text.endsWith(q("合计,,,98天+400学时,14592,,,,,\r\n"))) << show(text.right(60));

    // Imported again, the stated totals agree with the rows: no difference to report.
    const auto back = PlanTableImporter::importBytes(PlanCsvExporter::toCsv(projects), q("export.csv"));
    ASSERT_TRUE(back.ok());
    ASSERT_TRUE(back->stated.has_value());
    const tp::PlanTotals totals = tp::computeTotals(back->projects);
    const tp::StatedDuration sd = tp::parseStatedDuration(back->stated->durationText);
    EXPECT_TRUE(sd.valid);
    EXPECT_EQ(sd.days.value_or(-1), totals.days);
    EXPECT_EQ(sd.hours.value_or(-1), totals.hours);
    EXPECT_EQ(tp::parseHeadcount(back->stated->headcountText).value, totals.headcount);
    EXPECT_EQ(back->stated->row, 36);
}

TEST(PlanCsvExporter, DaysOnlyTotalIsThePlainNumber)
{
    tp::Project a;
    a.seq = 1;
    a.name = q("a");
    a.durationText = q("2天");
    a.headcountText = q("全员");
    tp::Project b = a;
    b.seq = 2;
    b.name = q("b");
    b.durationText = q("1.5");
    b.headcountText = q("约120人");
    const QString text = QString::fromUtf8(PlanCsvExporter::toCsv({ a, b }).mid(3));
    // 全员 is never dropped from the total (issue 12): "120 + 全员×1", as the screen shows it.
    EXPECT_TRUE(text.endsWith(q("合计,,,3.5,120 + 全员×1,,,,,\r\n"))) << show(text);
}

void expectRoundTrip(const char* fixture)
{
    const auto original = PlanTableImporter::importFile(dataPath(fixture));
    ASSERT_TRUE(original.ok());
    CsvExportOptions options;
    options.title = q("梁平区教育系统2021年教师教育项目计划表");
    const QByteArray csv = PlanCsvExporter::toCsv(original->projects, options);
    const auto back = PlanTableImporter::importBytes(csv, q("export.csv"));
    ASSERT_TRUE(back.ok()) << show(back.error().toString());
    EXPECT_EQ(back->encoding, q("UTF-8"));
    EXPECT_EQ(back->title, options.title);
    EXPECT_EQ(back->headerRow, 2);
    EXPECT_EQ(back->columns.size(), 10);
    ASSERT_EQ(back->projects.size(), original->projects.size());
    for (qsizetype i = 0; i < back->projects.size(); ++i)
        EXPECT_EQ(back->projects.at(i), original->projects.at(i)) << "project " << i + 1;
    EXPECT_TRUE(back->findings.isEmpty()) << show(back->findings.value(0).message);
    EXPECT_TRUE(back->notes.isEmpty());
}

TEST(PlanCsvExporter, RoundTripLiangping)
{
    expectRoundTrip("liangping-2021-plan.csv");
}

TEST(PlanCsvExporter, RoundTripLiangpingGb18030)
{
    expectRoundTrip("liangping-2021-plan.gb18030.csv");
}

TEST(PlanCsvExporter, RoundTripJianan)
{
    expectRoundTrip("jianan-2024-plan.csv");
}

TEST(PlanCsvExporter, RoundTripOfAwkwardText)
{
    tp::Project p;
    p.seq = 1;
    p.name = q("他说\"好\"，然后, 走了\n第二行");
    p.organizers = { q("区教委"), q("社区学院") };
    p.durationText = q("1.5天");
    p.headcountText = q("约120人");
    p.modesText = q("集中培训、外出研修\n成果展示");
    p.monthsText = q("4-5");
    p.location = q("0023");
    p.level = q("区县级");
    p.remarks = q("工号 202100012345678901");
    tp::Project staff = p;
    staff.seq = 2;
    staff.name = q("202100012345678901");
    staff.remarks = q("00123456");
    staff.location = QString();
    staff.monthsText = q("全年");

    const QByteArray csv = PlanCsvExporter::toCsv({ p, staff });
    const QString text = QString::fromUtf8(csv);
    // What Excel would turn into numbers or dates goes out as ="…".
    EXPECT_TRUE(text.contains(q("\"=\"\"202100012345678901\"\"\""))) << show(text);
    EXPECT_TRUE(text.contains(q("\"=\"\"00123456\"\"\"")));
    EXPECT_TRUE(text.contains(q("\"=\"\"4-5\"\"\"")));
    EXPECT_TRUE(text.contains(q("\"他说\"\"好\"\"，然后, 走了\n第二行\"")));

    const auto back = PlanTableImporter::importBytes(csv, q("awkward.csv"));
    ASSERT_TRUE(back.ok()) << show(back.error().toString());
    ASSERT_EQ(back->projects.size(), 2);
    EXPECT_EQ(back->projects.at(0), p);
    EXPECT_EQ(back->projects.at(1), staff);

    CsvExportOptions plain;
    plain.protectText = false;
    const QString raw = QString::fromUtf8(PlanCsvExporter::toCsv({ staff }, plain));
    EXPECT_TRUE(raw.contains(q(",202100012345678901,")));
}

TEST(PlanCsvExporter, QuoteCell)
{
    EXPECT_EQ(PlanCsvExporter::quoteCell(q("区教委")), q("区教委"));
    EXPECT_EQ(PlanCsvExporter::quoteCell(q("a,b")), q("\"a,b\""));
    EXPECT_EQ(PlanCsvExporter::quoteCell(q("a\"b")), q("\"a\"\"b\""));
    EXPECT_EQ(PlanCsvExporter::quoteCell(q("a\nb")), q("\"a\nb\""));
    EXPECT_EQ(PlanCsvExporter::quoteCell(q(" a")), q("\" a\""));
    EXPECT_EQ(PlanCsvExporter::quoteCell(QString()), QString());
}

TEST(PlanCsvExporter, NoTotalsRowWhenAskedNot)
{
    CsvExportOptions options;
    options.totalsRow = false;
    const QString text = QString::fromUtf8(PlanCsvExporter::toCsv(fixtureProjects("jianan-2024-plan.csv"), options));
    EXPECT_FALSE(text.contains(q("合计")));
}

TEST(PlanCsvExporter, WriteFileAndReadItBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("计划.csv"));
    const QList<tp::Project> projects = fixtureProjects("jianan-2024-plan.csv");
    const tp::Status written = PlanCsvExporter::writeFile(path, projects);
    ASSERT_TRUE(written.ok()) << show(written.error().toString());
    const auto back = PlanTableImporter::importFile(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->projects, projects);
    EXPECT_EQ(back->file, q("计划.csv"));

    const tp::Status failed = PlanCsvExporter::writeFile(dir.filePath(QStringLiteral("no/such/dir/x.csv")), projects);
    ASSERT_FALSE(failed.ok());
    EXPECT_FALSE(failed.error().message.isEmpty());
}

} // namespace

namespace {

// 全员, an ordinary row and a cancelled one: the plan the screen, PDF and XLSX tests total the same way.
QList<tp::Project> withAllStaffAndACancelledRow()
{
    QList<tp::Project> list;
    const char* names[] = { "师德师风专题培训", "新任教师岗前培训", "班主任能力提升培训" };
    const char* people[] = { "全员", "120", "300" };
    for (int i = 0; i < 3; ++i) {
        tp::Project p;
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

TEST(PlanCsvExporter, TotalsKeepAllStaffAndLeaveTheCancelledRowOut)
{
    const QString text = QString::fromUtf8(PlanCsvExporter::toCsv(withAllStaffAndACancelledRow()).mid(3));
    // The same 合计 as on screen and in print: 6 days, "120 + 全员×1"; the cancelled project listed, marked.
    EXPECT_TRUE(text.contains(QStringLiteral("\r\n合计,,,6,120 + 全员×1,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3,【已取消】班主任能力提升培训,区教委,3,300"))) << text.toStdString();
    // Read back, the 合计 cell is understood: 120 people and one 全员 row.
    const tp::StatedHeadcount stated = tp::parseStatedHeadcount(QStringLiteral("120 + 全员×1"));
    EXPECT_EQ(stated.headcount.value, 120);
    EXPECT_EQ(stated.allStaffRows, 1);
}
