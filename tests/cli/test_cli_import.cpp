// trainplan-cli import: the fixtures, both encodings, refusing a second import, a malformed file, and the
// district taken from a title row.

#include "CliRunner.h"
#include "Printers.h"

using namespace tp::test;

namespace {

QJsonObject findingMentioning(const QJsonArray& findings, const QStringList& words)
{
    for (const QJsonValue& v : findings) {
        const QString message = v[QStringLiteral("message")].toString();
        if (std::all_of(words.begin(), words.end(), [&](const QString& w) { return message.contains(w); }))
            return v.toObject();
    }
    return {};
}

} // namespace

class CliImport : public CliTest { };

TEST_F(CliImport, LiangpingTotalsAndTheStatedDifference)
{
    const CliResult imported = importLiangping();
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    const QJsonObject doc = showJson(2021);
    EXPECT_EQ(doc[QStringLiteral("plan")][QStringLiteral("district")].toString(), QStringLiteral("梁平区"));
    EXPECT_EQ(doc[QStringLiteral("plan")][QStringLiteral("year")].toInt(), 2021);
    EXPECT_EQ(doc[QStringLiteral("projects")].toArray().size(), 34);

    const QJsonObject totals = doc[QStringLiteral("totals")].toObject();
    EXPECT_EQ(totals[QStringLiteral("days")].toDouble(), 98);
    EXPECT_EQ(totals[QStringLiteral("hours")].toDouble(), 400);
    EXPECT_EQ(totals[QStringLiteral("headcount")].toInteger(), 14592);
    EXPECT_EQ(totals[QStringLiteral("all_staff_rows")].toInt(), 0);

    const QJsonObject stated = doc[QStringLiteral("stated_totals")].toObject();
    EXPECT_EQ(stated[QStringLiteral("days")].toDouble(), 82);
    EXPECT_EQ(stated[QStringLiteral("headcount")].toInteger(), 14592);

    // The published 合计 row is wrong: the report says so, and says which numbers.
    const QJsonObject finding
        = findingMentioning(doc[QStringLiteral("findings")].toArray(), { QStringLiteral("82"), QStringLiteral("98") });
    ASSERT_FALSE(finding.isEmpty()) << doc[QStringLiteral("findings")].toString().toStdString();
    EXPECT_EQ(finding[QStringLiteral("severity")].toString(), QStringLiteral("error"));
    EXPECT_EQ(finding[QStringLiteral("rule")].toString(), QStringLiteral("R-TABLE"));
    EXPECT_FALSE(finding[QStringLiteral("subject")].toString().isEmpty());
    EXPECT_FALSE(finding[QStringLiteral("fix")].toString().isEmpty());
    // ...and that the 400 学时 are not in it.
    EXPECT_FALSE(findingMentioning(doc[QStringLiteral("findings")].toArray(), { QStringLiteral("400") }).isEmpty());
}

TEST_F(CliImport, ProjectShapesOfDesignSection6)
{
    ASSERT_EQ(importLiangping().exitCode, 0);
    const QJsonArray projects = showJson(2021)[QStringLiteral("projects")].toArray();
    ASSERT_EQ(projects.size(), 34);
    const QJsonObject first = projects.at(0).toObject();
    EXPECT_EQ(first[QStringLiteral("seq")].toInt(), 1);
    EXPECT_EQ(first[QStringLiteral("name")].toString(), QStringLiteral("基层党组织书记、班子成员培训"));
    EXPECT_EQ(first[QStringLiteral("organizers")].toArray(), QJsonArray { QStringLiteral("区教委") });
    EXPECT_EQ(first[QStringLiteral("duration")][QStringLiteral("value")].toDouble(), 3);
    EXPECT_EQ(first[QStringLiteral("duration")][QStringLiteral("unit")].toString(), QStringLiteral("day"));
    EXPECT_EQ(first[QStringLiteral("duration")][QStringLiteral("text")].toString(), QStringLiteral("3"));
    EXPECT_EQ(first[QStringLiteral("headcount")][QStringLiteral("value")].toInt(), 270);
    EXPECT_EQ(first[QStringLiteral("headcount")][QStringLiteral("kind")].toString(), QStringLiteral("exact"));
    for (const char* key : { "months", "modes" })
        EXPECT_TRUE(first[QString::fromUtf8(key)].isArray()) << key;
    EXPECT_TRUE(first.contains(QStringLiteral("location")));

    // 国培计划: no duration given — value and unit null, the (empty) text kept.
    const QJsonObject guopei = projects.at(33).toObject();
    EXPECT_EQ(guopei[QStringLiteral("name")].toString(), QStringLiteral("国培计划"));
    EXPECT_TRUE(guopei[QStringLiteral("duration")][QStringLiteral("value")].isNull());
    EXPECT_TRUE(guopei[QStringLiteral("duration")][QStringLiteral("unit")].isNull());

    // 300学时 stays hours.
    bool sawHours = false;
    for (const QJsonValue& p : projects) {
        if (p[QStringLiteral("duration")][QStringLiteral("text")].toString() == QStringLiteral("300学时")) {
            sawHours = true;
            EXPECT_EQ(p[QStringLiteral("duration")][QStringLiteral("unit")].toString(), QStringLiteral("hour"));
            EXPECT_EQ(p[QStringLiteral("duration")][QStringLiteral("value")].toDouble(), 300);
        }
    }
    EXPECT_TRUE(sawHours);
}

TEST_F(CliImport, BothLiangpingEncodingsGiveTheSameProjects)
{
    const CliResult utf8 = importLiangping(db(QStringLiteral("utf8.sqlite")));
    ASSERT_EQ(utf8.exitCode, 0) << utf8.err.toStdString();
    const CliResult gb = cli(
        { QStringLiteral("import"), dataFile("liangping-2021-plan.gb18030.csv"), QStringLiteral("--year"),
            QStringLiteral("2021"), QStringLiteral("--district"), QStringLiteral("梁平区"), QStringLiteral("--json") },
        db(QStringLiteral("gb.sqlite")));
    ASSERT_EQ(gb.exitCode, 0) << gb.err.toStdString();
    EXPECT_EQ(gb.json()[QStringLiteral("encoding")].toString(), QStringLiteral("GB18030"));

    const QJsonObject a = showJson(2021, db(QStringLiteral("utf8.sqlite")));
    const QJsonObject b = showJson(2021, db(QStringLiteral("gb.sqlite")));
    EXPECT_EQ(a[QStringLiteral("projects")].toArray().size(), 34);
    EXPECT_EQ(a[QStringLiteral("projects")], b[QStringLiteral("projects")]);
    EXPECT_EQ(a[QStringLiteral("totals")], b[QStringLiteral("totals")]);
    EXPECT_EQ(a[QStringLiteral("stated_totals")], b[QStringLiteral("stated_totals")]);
}

TEST_F(CliImport, JiananAllStaffAndApproximateHeadcounts)
{
    const CliResult r = cli({ QStringLiteral("import"), dataFile("jianan-2024-plan.csv"), QStringLiteral("--year"),
        QStringLiteral("2024"), QStringLiteral("--district"), QStringLiteral("建安区") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QJsonObject doc = showJson(2024);
    const QJsonArray projects = doc[QStringLiteral("projects")].toArray();
    ASSERT_EQ(projects.size(), 14);
    qint64 sum = 0;
    int allStaff = 0;
    int approx = 0;
    for (const QJsonValue& p : projects) {
        const QJsonObject h = p[QStringLiteral("headcount")].toObject();
        const QString kind = h[QStringLiteral("kind")].toString();
        if (kind == QStringLiteral("all_staff")) {
            ++allStaff;
            EXPECT_EQ(h[QStringLiteral("text")].toString(), QStringLiteral("全员"));
            EXPECT_TRUE(h[QStringLiteral("value")].isNull()); // 全员 is never 0
        } else if (kind == QStringLiteral("approx") || kind == QStringLiteral("exact")) {
            approx += kind == QStringLiteral("approx");
            sum += h[QStringLiteral("value")].toInteger();
        }
    }
    EXPECT_EQ(allStaff, 2);
    EXPECT_GE(approx, 1);
    const QJsonObject totals = doc[QStringLiteral("totals")].toObject();
    EXPECT_EQ(totals[QStringLiteral("all_staff_rows")].toInt(), 2);
    EXPECT_EQ(totals[QStringLiteral("headcount")].toInteger(), sum); // the approximate row is counted
    EXPECT_GT(sum, 0);
    EXPECT_TRUE(doc[QStringLiteral("stated_totals")].isNull()); // the table has no 合计 row
}

TEST_F(CliImport, ASecondImportIsRefusedWithoutReplace)
{
    ASSERT_EQ(importLiangping().exitCode, 0);

    const CliResult again = importLiangping();
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--replace"))) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("liangping-2021-plan.csv"))) << again.err.toStdString();
    EXPECT_EQ(showJson(2021)[QStringLiteral("projects")].toArray().size(), 34); // nothing duplicated

    const CliResult replaced = cli({ QStringLiteral("import"), dataFile("liangping-2021-plan.csv"),
        QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--district"), QStringLiteral("梁平区"),
        QStringLiteral("--replace"), QStringLiteral("--json") });
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    const QJsonObject report = replaced.json();
    EXPECT_TRUE(report[QStringLiteral("replaced")].toBool());
    EXPECT_EQ(report[QStringLiteral("imported")].toInt(), 34);
    EXPECT_EQ(showJson(2021)[QStringLiteral("projects")].toArray().size(), 34);
}

TEST_F(CliImport, AMalformedFileIsRejectedWholeAndNamed)
{
    // Row 3 opens a quote that is never closed: nothing may be imported, not even row 2.
    const QString file = writeFile(QStringLiteral("broken.csv"),
        QStringLiteral(
            "序号,培训项目,主办单位,培训天数,参培人数\n1,班主任培训,区教委,3,270\n2,\"德育培训,区教委,2,100\n"
            "3,办公室工作培训,区教委,2,200\n"));
    const CliResult r = cli({ QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--district"), QStringLiteral("梁平区") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("broken.csv"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("第 3 行"))) << r.err.toStdString();

    const CliResult show = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021") });
    EXPECT_EQ(show.exitCode, 1); // no plan at all
    EXPECT_TRUE(show.out.isEmpty());
}

TEST_F(CliImport, AMalformedFileWithJsonGivesAnErrorDocument)
{
    const QString file = writeFile(QStringLiteral("broken.csv"),
        QStringLiteral("序号,培训项目,主办单位,培训天数,参培人数\n1,\"班主任培训,区教委,3,270\n"));
    const CliResult r = cli({ QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--district"), QStringLiteral("梁平区"), QStringLiteral("--json") });
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject error = r.json()[QStringLiteral("error")].toObject();
    EXPECT_EQ(error[QStringLiteral("file")].toString(), QStringLiteral("broken.csv"));
    EXPECT_EQ(error[QStringLiteral("row")].toInt(), 2);
}

TEST_F(CliImport, AnUnparseableCellIsKeptAsTypedAndReportedWithRowAndColumn)
{
    const QString file = writeFile(QStringLiteral("odd.csv"),
        QStringLiteral("序号,培训项目,主办单位,培训天数,参培人数\n1,班主任培训,区教委,三天半左右,270\n"
                       "2,德育培训,区教委,2,100\n"));
    const CliResult r = cli({ QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2022"),
        QStringLiteral("--district"), QStringLiteral("梁平区"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject report = r.json();
    EXPECT_EQ(report[QStringLiteral("imported")].toInt(), 2);

    const QJsonObject duration = showJson(2022)[QStringLiteral("projects")][0][QStringLiteral("duration")].toObject();
    EXPECT_EQ(duration[QStringLiteral("text")].toString(), QStringLiteral("三天半左右"));
    EXPECT_TRUE(duration[QStringLiteral("value")].isNull());
    EXPECT_TRUE(duration[QStringLiteral("unit")].isNull());
    EXPECT_FALSE(duration[QStringLiteral("error")].toString().isEmpty());

    int reported = 0;
    for (const QJsonValue& f : report[QStringLiteral("findings")].toArray()) {
        if (!f[QStringLiteral("message")].toString().contains(QStringLiteral("三天半左右")))
            continue;
        ++reported;
        EXPECT_EQ(f[QStringLiteral("row")].toInt(), 2);
        EXPECT_EQ(f[QStringLiteral("column")].toInt(), 4);
        EXPECT_EQ(f[QStringLiteral("severity")].toString(), QStringLiteral("error"));
    }
    EXPECT_EQ(reported, 1); // once, not once by the reader and again by the check
}

TEST_F(CliImport, TheTextReportSaysEncodingRowsAndFindings)
{
    const CliResult r = cli({ QStringLiteral("import"), dataFile("liangping-2021-plan.gb18030.csv"),
        QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--district"), QStringLiteral("梁平区") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = r.text();
    EXPECT_TRUE(text.contains(QStringLiteral("GB18030"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("34"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("第 36 行 第 4 列"))) << text.toStdString();
}

// The district comes from --district, or else from a title row that opens with a place name.
struct TitleCase {
    const char* name; // of the test case
    const char* title;
    const char* district; // nullptr: no district can be derived
};

void PrintTo(const TitleCase& c, std::ostream* os)
{
    *os << c.title << " → " << (c.district ? c.district : "(none)");
}

class CliDistrictFromTitle : public CliTest, public ::testing::WithParamInterface<TitleCase> { };

TEST_P(CliDistrictFromTitle, ImportWithoutDistrict)
{
    const TitleCase c = GetParam();
    const QString file = writeFile(QStringLiteral("titled.csv"),
        QString::fromUtf8(c.title)
            + QStringLiteral(",,,,\n序号,培训项目,主办单位,培训天数,参培人数\n1,班主任培训,区教委,3,270\n"));
    const CliResult r = cli(
        { QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--json") });
    if (!c.district) {
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(QStringLiteral("--district"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("titled.csv"))) << r.err.toStdString();
        return;
    }
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject plan = r.json()[QStringLiteral("plan")].toObject();
    EXPECT_EQ(plan[QStringLiteral("district")].toString(), QString::fromUtf8(c.district));
    EXPECT_EQ(plan[QStringLiteral("title")].toString(), QString::fromUtf8(c.title)); // the title row is kept
}

INSTANTIATE_TEST_SUITE_P(Titles, CliDistrictFromTitle,
    ::testing::Values(TitleCase { "district education system", "梁平区教育系统2024年教师教育项目计划表", "梁平区" },
        // the most specific place: the district's plan
        TitleCase { "city then district", "许昌市建安区2024年教师培训计划", "建安区" },
        TitleCase { "city district committee", "重庆市梁平区教育委员会2024年教师培训计划", "梁平区" },
        TitleCase { "county", "云阳县2024年中小学教师培训项目计划", "云阳县" },
        TitleCase { "year first", "2024年建安区教师培训项目计划", "建安区" },
        TitleCase { "banner", "阿鲁科尔沁旗2024年教师培训计划", "阿鲁科尔沁旗" },
        TitleCase { "municipality", "北京市2024年教师培训计划", "北京市" },
        TitleCase { "province only", "四川省2024年教师培训计划", nullptr },
        TitleCase { "no place", "教师教育项目计划表", nullptr }),
    NameOfCase());

TEST_F(CliImport, TheGivenDistrictAndTitleWin)
{
    const QString file = writeFile(QStringLiteral("titled.csv"),
        QStringLiteral("梁平区教育系统2024年教师教育项目计划表\n序号,培训项目,主办单位,培训天数,参培人数\n1,班主任培训,"
                       "区教委,3,270\n"));
    const CliResult r = cli({ QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024"),
        QStringLiteral("--district"), QStringLiteral("垫江县"), QStringLiteral("--title"), QStringLiteral("垫江县计划"),
        QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject plan = showJson(2024)[QStringLiteral("plan")].toObject();
    EXPECT_EQ(plan[QStringLiteral("district")].toString(), QStringLiteral("垫江县"));
    EXPECT_EQ(plan[QStringLiteral("title")].toString(), QStringLiteral("垫江县计划"));
}
