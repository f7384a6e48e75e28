#include "TableRules.h"

#include <gtest/gtest.h>

using namespace tp;

namespace {
Project row(
    int seq, const QString& duration, const QString& headcount, const QString& organizers = QStringLiteral("区教委"))
{
    Project p;
    p.seq = seq;
    p.name = QStringLiteral("项目%1").arg(seq);
    p.durationText = duration;
    p.headcountText = headcount;
    p.organizers = splitOrganizers(organizers);
    return p;
}

Findings withSeverity(const Findings& all, Severity s)
{
    Findings out;
    for (const Finding& f : all)
        if (f.severity == s)
            out << f;
    return out;
}
} // namespace

TEST(StatedDuration, UnderstandsThePublishedForms)
{
    EXPECT_EQ(parseStatedDuration(QStringLiteral("82")).days, 82.0);
    EXPECT_FALSE(parseStatedDuration(QStringLiteral("82")).hours.has_value());
    const StatedDuration both = parseStatedDuration(QStringLiteral("98天+400学时"));
    EXPECT_TRUE(both.valid);
    EXPECT_EQ(both.days, 98.0);
    EXPECT_EQ(both.hours, 400.0);
    EXPECT_EQ(parseStatedDuration(QStringLiteral("400学时")).hours, 400.0);
    EXPECT_FALSE(parseStatedDuration(QStringLiteral("很多天")).valid);
}

TEST(TableRules, ACleanTableHasNoErrorsOrWarnings)
{
    const QList<Project> rows { row(1, QStringLiteral("3"), QStringLiteral("270")),
        row(2, QStringLiteral("5"), QStringLiteral("105")) };
    TableCheckOptions options;
    options.stated = StatedTotals { QStringLiteral("8"), QStringLiteral("375"), 4, 4, 5 };
    const Findings f = checkPlanTable(rows, options);
    EXPECT_TRUE(withSeverity(f, Severity::Error).isEmpty());
    EXPECT_TRUE(withSeverity(f, Severity::Warning).isEmpty());
    EXPECT_EQ(withSeverity(f, Severity::Info).size(), 2); // both totals agree
}

TEST(TableRules, ReportsStatedDaysThatDifferAndHoursLeftOut)
{
    const QList<Project> rows { row(1, QStringLiteral("90"), QStringLiteral("100")),
        row(2, QStringLiteral("8"), QStringLiteral("50")), row(3, QStringLiteral("400学时"), QStringLiteral("10")) };
    TableCheckOptions options;
    options.file = QStringLiteral("plan.csv");
    options.stated = StatedTotals { QStringLiteral("82"), QStringLiteral("160"), 36, 4, 5 };
    const Findings f = checkPlanTable(rows, options);
    const Findings errors = withSeverity(f, Severity::Error);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("82")));
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("98")));
    EXPECT_EQ(errors[0].row, 36);
    EXPECT_EQ(errors[0].column, 4);
    EXPECT_TRUE(errors[0].subject().contains(QStringLiteral("plan.csv")));
    const Findings warnings = withSeverity(f, Severity::Warning);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].message.contains(QStringLiteral("400")));
}

TEST(TableRules, ReportsHeadcountThatDiffers)
{
    const QList<Project> rows { row(1, QStringLiteral("1"), QStringLiteral("100")),
        row(2, QStringLiteral("1"), QStringLiteral("全员")) };
    TableCheckOptions options;
    options.stated = StatedTotals { QStringLiteral("2"), QStringLiteral("120"), 4, 4, 5 };
    const Findings f = checkPlanTable(rows, options);
    const Findings errors = withSeverity(f, Severity::Error);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("120")));
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("100")));
    EXPECT_EQ(errors[0].fix, QStringLiteral("核对各行人数，或将合计改为 100 人"));
}

TEST(TableRules, FlagsSequenceGapsEmptyNamesBadCellsAndUnknownOrganizers)
{
    QList<Project> rows { row(1, QStringLiteral("3"), QStringLiteral("20")),
        row(3, QStringLiteral("三周"), QStringLiteral("-5")),
        row(3, QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("区教委、某某学校")) };
    rows[2].name.clear();
    rows[0].monthsText = QStringLiteral("13月");
    TableCheckOptions options;
    options.knownUnits = QStringList { QStringLiteral("区教委") };
    const Findings f = checkPlanTable(rows, options);
    auto has = [&](int seq, ProjectField field, Severity s) {
        return std::any_of(f.begin(), f.end(), [&](const Finding& x) {
            return x.seq == seq && x.field == field && x.severity == s && x.rule == QStringLiteral("R-TABLE");
        });
    };
    EXPECT_TRUE(has(2, ProjectField::Seq, Severity::Warning)); // 3 where 2 was expected
    EXPECT_TRUE(has(2, ProjectField::Duration, Severity::Error));
    EXPECT_TRUE(has(2, ProjectField::Headcount, Severity::Error));
    EXPECT_TRUE(has(1, ProjectField::Months, Severity::Error));
    EXPECT_TRUE(has(3, ProjectField::Name, Severity::Error));
    EXPECT_TRUE(has(3, ProjectField::Organizers, Severity::Warning));
    EXPECT_FALSE(has(1, ProjectField::Organizers, Severity::Warning));
}

TEST(TableRules, APlanWithoutAnyDurationGetsOneFindingNotOneARow)
{
    // 建安 2024 has no 培训天数 column: one finding about the plan, the GUI's and the CLI's alike.
    const QList<Project> rows { row(1, QString(), QStringLiteral("270")), row(2, QString(), QStringLiteral("105")),
        row(3, QString(), QStringLiteral("全员")) };
    const Findings f = checkPlanTable(rows);
    const auto aboutDuration = [](const Finding& x) { return x.field == ProjectField::Duration; };
    ASSERT_EQ(std::count_if(f.begin(), f.end(), aboutDuration), 1);
    const Finding once = *std::find_if(f.begin(), f.end(), aboutDuration);
    EXPECT_EQ(once.seq, 0);
    EXPECT_EQ(once.severity, Severity::Info);
    EXPECT_EQ(once.subject(), QStringLiteral("计划"));

    // One row with a duration: the others are blank rows, each said where it is.
    QList<Project> some = rows;
    some[0].durationText = QStringLiteral("3");
    const Findings g = checkPlanTable(some);
    EXPECT_EQ(std::count_if(g.begin(), g.end(), aboutDuration), 2);
}
