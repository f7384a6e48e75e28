// Table-driven tests of the cell parsers (CellParsers.h) over every cell value of the fixtures plus the
// forms people type. Test suites are named CellParser* so `--gtest_filter='CellParser*'` selects them.

#include "CellParsers.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

#include <ostream>

static void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

using tp::DurationUnit;
using tp::HeadcountKind;

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

std::string show(const QString& s)
{
    return s.toStdString();
}

// --- durations ---------------------------------------------------------------------------------

struct DurationCase {
    const char* text;
    double value;
    DurationUnit unit;
};

const DurationCase kValidDurations[] = {
    // fixtures: liangping-2021-plan.csv, 培训天数 column (every distinct value)
    { "3", 3, DurationUnit::Day },
    { "5", 5, DurationUnit::Day },
    { "2", 2, DurationUnit::Day },
    { "1", 1, DurationUnit::Day },
    { "4", 4, DurationUnit::Day },
    { "16", 16, DurationUnit::Day },
    { "300学时", 300, DurationUnit::Hour },
    { "50学时", 50, DurationUnit::Hour },
    { "", 0, DurationUnit::None }, // 国培计划: no duration
    // as the published tables write them
    { "2天", 2, DurationUnit::Day },
    { "1.5天", 1.5, DurationUnit::Day },
    { "半天", 0.5, DurationUnit::Day },
    { "３天", 3, DurationUnit::Day },
    { "１．５天", 1.5, DurationUnit::Day },
    // more of what people type
    { " 3 ", 3, DurationUnit::Day },
    { "\xE3\x80\x80"
      "2天\xE3\x80\x80",
        2, DurationUnit::Day }, // U+3000 around
    { "3 天", 3, DurationUnit::Day },
    { "3日", 3, DurationUnit::Day },
    { "两天", 2, DurationUnit::Day },
    { "三天", 3, DurationUnit::Day },
    { "1天半", 1.5, DurationUnit::Day },
    { "5个工作日", 5, DurationUnit::Day },
    { "半日", 0.5, DurationUnit::Day },
    { "3课时", 3, DurationUnit::Hour },
    { "3小时", 3, DurationUnit::Hour },
    { "12个学时", 12, DurationUnit::Hour },
    { "２４学时", 24, DurationUnit::Hour },
    { "   ", 0, DurationUnit::None },
    { "\xE3\x80\x80", 0, DurationUnit::None },
};

TEST(CellParserDuration, ParsesEveryKnownForm)
{
    for (const DurationCase& c : kValidDurations) {
        SCOPED_TRACE(c.text);
        const tp::Duration d = tp::parseDuration(q(c.text));
        EXPECT_TRUE(d.isValid()) << show(d.error);
        EXPECT_EQ(d.unit, c.unit);
        EXPECT_DOUBLE_EQ(d.value, c.value);
        EXPECT_EQ(d.text, q(c.text)) << "the typed text is kept exactly";
    }
}

struct RejectCase {
    const char* text;
    const char* messagePart; // the error must say what was expected, or why
};

const RejectCase kInvalidDurations[] = {
    { "abc", "应填天数" },
    { "-3", "负数" },
    { "-2天", "负数" },
    { "3周", "周" },
    { "3个月", "个月" },
    { "0", "大于 0" },
    { "天", "应填天数" },
    { "3天+50学时", "应填天数" },
    { "待定", "应填天数" },
    { "1..5天", "应填天数" },
};

TEST(CellParserDuration, RejectsWithAMessageAndKeepsTheText)
{
    for (const RejectCase& c : kInvalidDurations) {
        SCOPED_TRACE(c.text);
        const tp::Duration d = tp::parseDuration(q(c.text));
        EXPECT_FALSE(d.isValid());
        EXPECT_TRUE(d.error.contains(q(c.messagePart))) << show(d.error);
        EXPECT_TRUE(d.error.contains(q("学时"))) << "names the accepted forms: " << show(d.error);
        EXPECT_EQ(d.text, q(c.text));
        EXPECT_EQ(d.value, 0) << "never a made-up number";
    }
}

TEST(CellParserDuration, BlankIsNoneAndNotAnError)
{
    const tp::Duration d = tp::parseDuration(QString());
    EXPECT_TRUE(d.isValid());
    EXPECT_TRUE(d.isBlank());
    EXPECT_EQ(d.unit, DurationUnit::None);
}

// --- headcounts ------------------------------------------------------------------------------------

struct HeadcountCase {
    const char* text;
    int value;
    HeadcountKind kind;
};

const HeadcountCase kValidHeadcounts[] = {
    // fixtures: jianan-2024-plan.csv 拟培训人数 (every distinct value)
    { "300人", 300, HeadcountKind::Exact },
    { "400人", 400, HeadcountKind::Exact },
    { "50人", 50, HeadcountKind::Exact },
    { "200人", 200, HeadcountKind::Exact },
    { "60人", 60, HeadcountKind::Exact },
    { "全员", 0, HeadcountKind::AllStaff },
    { "150人", 150, HeadcountKind::Exact },
    { "约120人", 120, HeadcountKind::Approx },
    { "600人", 600, HeadcountKind::Exact },
    { "95人", 95, HeadcountKind::Exact },
    // the published tables and the Liangping 合计 row
    { "270", 270, HeadcountKind::Exact },
    { "14592", 14592, HeadcountKind::Exact },
    { "", 0, HeadcountKind::None },
    // more of what people type
    { "120人左右", 120, HeadcountKind::Approx },
    { "120余人", 120, HeadcountKind::Approx },
    { "120多人", 120, HeadcountKind::Approx },
    { "大约120人", 120, HeadcountKind::Approx },
    { "100人以上", 100, HeadcountKind::Approx },
    { "约 120 人", 120, HeadcountKind::Approx },
    { "３００人", 300, HeadcountKind::Exact },
    { "1,200", 1200, HeadcountKind::Exact },
    { "1,200人", 1200, HeadcountKind::Exact },
    { "40名", 40, HeadcountKind::Exact },
    { "500人次", 500, HeadcountKind::Exact },
    { "全体", 0, HeadcountKind::AllStaff },
    { "全体教师", 0, HeadcountKind::AllStaff },
    { " 全员 ", 0, HeadcountKind::AllStaff },
    { "0", 0, HeadcountKind::Exact },
};

TEST(CellParserHeadcount, ParsesEveryKnownForm)
{
    for (const HeadcountCase& c : kValidHeadcounts) {
        SCOPED_TRACE(c.text);
        const tp::Headcount h = tp::parseHeadcount(q(c.text));
        EXPECT_TRUE(h.isValid()) << show(h.error);
        EXPECT_EQ(h.kind, c.kind);
        EXPECT_EQ(h.value, c.value);
        EXPECT_EQ(h.text, q(c.text));
    }
}

const RejectCase kInvalidHeadcounts[] = {
    { "-3", "负数" },
    { "-120人", "负数" },
    { "abc", "全员" },
    { "若干", "全员" },
    { "1.5人", "整数" },
    { "100-120人", "全员" },
    { "99999999999", "过大" },
};

TEST(CellParserHeadcount, RejectsWithAMessageAndKeepsTheText)
{
    for (const RejectCase& c : kInvalidHeadcounts) {
        SCOPED_TRACE(c.text);
        const tp::Headcount h = tp::parseHeadcount(q(c.text));
        EXPECT_FALSE(h.isValid());
        EXPECT_TRUE(h.error.contains(q(c.messagePart))) << show(h.error);
        EXPECT_EQ(h.text, q(c.text));
        EXPECT_EQ(h.value, 0);
    }
}

TEST(CellParserHeadcount, AllStaffIsAKindNeverZeroPeople)
{
    const tp::Headcount h = tp::parseHeadcount(q("全员"));
    EXPECT_EQ(h.kind, HeadcountKind::AllStaff);
    EXPECT_NE(h.kind, HeadcountKind::Exact);
}

// --- months ------------------------------------------------------------------------------------

struct MonthCase {
    const char* text;
    QList<int> months;
    bool wholeYear;
    int year;
};

const QList<int> kAllMonths { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };

const MonthCase kValidMonths[] = {
    // fixtures: jianan-2024-plan.csv 拟培训时间 (every distinct value)
    { "4月", { 4 }, false, 0 },
    { "5月", { 5 }, false, 0 },
    { "7月", { 7 }, false, 0 },
    { "8月", { 8 }, false, 0 },
    { "9月", { 9 }, false, 0 },
    { "10月", { 10 }, false, 0 },
    { "11月", { 11 }, false, 0 },
    { "全年", kAllMonths, true, 0 },
    // as the published tables write them
    { "4-5月", { 4, 5 }, false, 0 },
    { "4～5月", { 4, 5 }, false, 0 },
    { "4~5月", { 4, 5 }, false, 0 },
    { "4、5月", { 4, 5 }, false, 0 },
    { "2024年4月", { 4 }, false, 2024 },
    { "上半年", { 1, 2, 3, 4, 5, 6 }, false, 0 },
    { "下半年", { 7, 8, 9, 10, 11, 12 }, false, 0 },
    { "", {}, false, 0 },
    // more of what people type
    { "4月-6月", { 4, 5, 6 }, false, 0 },
    { "4至6月", { 4, 5, 6 }, false, 0 },
    { "4月、9月", { 4, 9 }, false, 0 },
    { "9月、4月", { 4, 9 }, false, 0 },
    { "4，5月", { 4, 5 }, false, 0 },
    { "12月", { 12 }, false, 0 },
    { "１２月", { 12 }, false, 0 },
    { "十二月", { 12 }, false, 0 },
    { "四月", { 4 }, false, 0 },
    { "4月中旬", { 4 }, false, 0 },
    { "4月10日", { 4 }, false, 0 },
    { "4月10日-5月20日", { 4, 5 }, false, 0 },
    { "4月份", { 4 }, false, 0 },
    { "2024年4-5月", { 4, 5 }, false, 2024 },
    { "2024年全年", kAllMonths, true, 2024 },
    { "暑假", { 7, 8 }, false, 0 },
    { "第三季度", { 7, 8, 9 }, false, 0 },
    { " 4 月 ", { 4 }, false, 0 },
};

TEST(CellParserMonths, ParsesEveryKnownForm)
{
    for (const MonthCase& c : kValidMonths) {
        SCOPED_TRACE(c.text);
        const tp::MonthSpec m = tp::parseMonths(q(c.text));
        EXPECT_TRUE(m.isValid()) << show(m.error);
        EXPECT_EQ(m.months, c.months);
        EXPECT_EQ(m.wholeYear, c.wholeYear);
        EXPECT_EQ(m.year, c.year);
        EXPECT_EQ(m.text, q(c.text));
    }
}

const RejectCase kInvalidMonths[] = {
    { "13月", "1 到 12" },
    { "0月", "1 到 12" },
    { "4-13月", "1 到 12" },
    { "6-4月", "晚于" },
    { "待定", "全年" },
    { "春天", "全年" },
    { "2024年13月", "1 到 12" },
};

TEST(CellParserMonths, RejectsWithAMessageAndKeepsTheText)
{
    for (const RejectCase& c : kInvalidMonths) {
        SCOPED_TRACE(c.text);
        const tp::MonthSpec m = tp::parseMonths(q(c.text));
        EXPECT_FALSE(m.isValid());
        EXPECT_TRUE(m.error.contains(q(c.messagePart))) << show(m.error);
        EXPECT_EQ(m.text, q(c.text));
    }
}

TEST(CellParserMonths, FirstMonthForDeadlines)
{
    EXPECT_EQ(tp::parseMonths(q("4-5月")).firstMonth(), 4);
    EXPECT_EQ(tp::parseMonths(q("全年")).firstMonth(), 1);
    EXPECT_EQ(tp::parseMonths(q("下半年")).firstMonth(), 7);
    EXPECT_EQ(tp::parseMonths(QString()).firstMonth(), 0);
}

// --- modes and organizers ------------------------------------------------------------------------

struct SplitCase {
    const char* text;
    QStringList parts;
};

const SplitCase kModes[] = {
    // fixtures: jianan-2024-plan.csv 培训方式 (every distinct value)
    { "线上研修、线下送教", { q("线上研修"), q("线下送教") } },
    { "同课异构、专家讲座\n互动交流", { q("同课异构"), q("专家讲座"), q("互动交流") } },
    { "集中培训、任务驱动\n成果展示", { q("集中培训"), q("任务驱动"), q("成果展示") } },
    { "集中培训", { q("集中培训") } },
    { "集中培训、外出研修", { q("集中培训"), q("外出研修") } },
    { "线上研修", { q("线上研修") } },
    { "线上研修、集中培训", { q("线上研修"), q("集中培训") } },
    { "集中培训、实践课程", { q("集中培训"), q("实践课程") } },
    // the separators the published tables use
    { "集中培训，线上研修", { q("集中培训"), q("线上研修") } },
    { "集中培训,线上研修", { q("集中培训"), q("线上研修") } },
    { "集中培训;线上研修；外出研修", { q("集中培训"), q("线上研修"), q("外出研修") } },
    { "集中培训\r\n线上研修", { q("集中培训"), q("线上研修") } },
    { "集中培训、、 线上研修 、", { q("集中培训"), q("线上研修") } },
    { "", {} },
    { "  ", {} },
};

TEST(CellParserModes, SplitsOnEverySeparator)
{
    for (const SplitCase& c : kModes) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(tp::splitModes(q(c.text)), c.parts);
    }
}

const SplitCase kOrganizers[] = {
    // fixtures: liangping-2021-plan.csv 主办单位 (every distinct value)
    { "区教委", { q("区教委") } },
    { "区教师进修校", { q("区教师进修校") } },
    { "区教委、社区学院", { q("区教委"), q("社区学院") } },
    { "区教委、区教师进修校", { q("区教委"), q("区教师进修校") } },
    // more
    { "区教委，社区学院", { q("区教委"), q("社区学院") } },
    { "区教委\n社区学院", { q("区教委"), q("社区学院") } },
    { "\xE3\x80\x80区教委\xE3\x80\x80", { q("区教委") } },
    { "", {} },
};

TEST(CellParserOrganizers, SplitKeepsOrderAndJoinRoundTrips)
{
    for (const SplitCase& c : kOrganizers) {
        SCOPED_TRACE(c.text);
        const QStringList parts = tp::splitOrganizers(q(c.text));
        EXPECT_EQ(parts, c.parts);
        EXPECT_EQ(tp::splitOrganizers(tp::joinOrganizers(parts)), parts);
    }
    EXPECT_EQ(tp::joinOrganizers({ q("区教委"), q("社区学院") }), q("区教委、社区学院"));
    EXPECT_EQ(tp::joinOrganizers({}), QString());
}

// --- normalizeWidth and formatNumber ---------------------------------------------------------------

TEST(CellParserNormalizeWidth, FullWidthToAsciiAndTrimmed)
{
    const struct {
        const char* in;
        const char* out;
    } cases[] = {
        { "３天", "3天" },
        { "１．５", "1.5" },
        { "４－５月", "4-5月" },
        { "４～５月", "4~5月" },
        { "（下）", "(下)" },
        { "ＡＢＣａｂｃ", "ABCabc" },
        { "\xE3\x80\x80"
          "区教委\xE3\x80\x80",
            "区教委" },
        { "区\xE3\x80\x80教委", "区 教委" },
        { "  3  ", "3" },
        { "梁平区", "梁平区" },
        { "", "" },
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.in);
        EXPECT_EQ(tp::normalizeWidth(q(c.in)), q(c.out));
    }
}

TEST(CellParserFormatNumber, NoTrailingZeros)
{
    EXPECT_EQ(tp::formatNumber(3), q("3"));
    EXPECT_EQ(tp::formatNumber(1.5), q("1.5"));
    EXPECT_EQ(tp::formatNumber(0.5), q("0.5"));
    EXPECT_EQ(tp::formatNumber(98), q("98"));
    EXPECT_EQ(tp::formatNumber(0), q("0"));
    EXPECT_EQ(tp::formatNumber(-0.0), q("0"));
    EXPECT_EQ(tp::formatNumber(1000000), q("1000000"));
    EXPECT_EQ(tp::formatNumber(0.1 + 0.2), q("0.3"));
}

// --- every cell of the Liangping fixture -----------------------------------------------------------

// liangping-2021-plan.csv has no quoted cells, so a plain split reads it; the core tests do not depend
// on the io library.
TEST(CellParserFixtures, EveryLiangpingCellParsesAndAddsUp)
{
    QFile file(QStringLiteral(TRAINPLAN_TEST_DATA_DIR "/liangping-2021-plan.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 36);
    double days = 0;
    double hours = 0;
    qint64 people = 0;
    int blankDurations = 0;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QStringList cells = lines.at(i).trimmed().split(QLatin1Char(','));
        ASSERT_EQ(cells.size(), 5) << show(lines.at(i));
        SCOPED_TRACE(show(lines.at(i)));
        const tp::Duration d = tp::parseDuration(cells.at(3));
        const tp::Headcount h = tp::parseHeadcount(cells.at(4));
        EXPECT_TRUE(d.isValid()) << show(d.error);
        EXPECT_TRUE(h.isValid()) << show(h.error);
        EXPECT_EQ(h.kind, HeadcountKind::Exact);
        EXPECT_FALSE(tp::splitOrganizers(cells.at(2)).isEmpty());
        if (d.unit == DurationUnit::Day)
            days += d.value;
        else if (d.unit == DurationUnit::Hour)
            hours += d.value;
        else
            ++blankDurations;
        people += h.value;
    }
    // docs/rules.md: the rows give 98 days and 400 学时 (the 合计 row says 82), and 14592 people.
    EXPECT_DOUBLE_EQ(days, 98);
    EXPECT_DOUBLE_EQ(hours, 400);
    EXPECT_EQ(people, 14592);
    EXPECT_EQ(blankDurations, 1);

    const QStringList total = lines.last().trimmed().split(QLatin1Char(','));
    EXPECT_EQ(tp::parseDuration(total.at(3)).value, 82);
    EXPECT_EQ(tp::parseHeadcount(total.at(4)).value, 14592);
}

} // namespace
