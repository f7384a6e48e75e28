#include "Plan.h"

#include <gtest/gtest.h>

using namespace tp;

namespace {
Project row(int seq, const QString& duration, const QString& headcount)
{
    Project p;
    p.seq = seq;
    p.name = QStringLiteral("项目%1").arg(seq);
    p.durationText = duration;
    p.headcountText = headcount;
    return p;
}
} // namespace

TEST(PlanTotals, DaysAndHoursAreSummedApart)
{
    const QList<Project> rows { row(1, QStringLiteral("3"), QStringLiteral("270")),
        row(2, QStringLiteral("300学时"), QStringLiteral("40")), row(3, QStringLiteral("2天"), QStringLiteral("10")),
        row(4, QStringLiteral("50学时"), QStringLiteral("1863")) };
    const PlanTotals t = computeTotals(rows);
    EXPECT_DOUBLE_EQ(t.days, 5);
    EXPECT_DOUBLE_EQ(t.hours, 350);
    EXPECT_EQ(t.headcount, 270 + 40 + 10 + 1863);
    EXPECT_EQ(t.projects, 4);
}

TEST(PlanTotals, AllStaffIsCountedApartNeverAsZero)
{
    const QList<Project> rows { row(1, QString(), QStringLiteral("全员")), row(2, QString(), QStringLiteral("300人")),
        row(3, QString(), QStringLiteral("约120人")), row(4, QString(), QStringLiteral("全员")) };
    const PlanTotals t = computeTotals(rows);
    EXPECT_EQ(t.allStaffRows, 2);
    EXPECT_EQ(t.approxRows, 1);
    EXPECT_EQ(t.headcount, 420);
    EXPECT_EQ(t.blankDurationRows, 4);
}

TEST(PlanTotals, UnparseableCellsAreCountedAndNotAdded)
{
    const QList<Project> rows { row(1, QStringLiteral("三周"), QStringLiteral("很多")),
        row(2, QStringLiteral("2"), QStringLiteral("5")) };
    const PlanTotals t = computeTotals(rows);
    EXPECT_EQ(t.invalidRows, 1);
    EXPECT_DOUBLE_EQ(t.days, 2);
    EXPECT_EQ(t.headcount, 5);
}

TEST(Project, TextRoundTripsThroughSetText)
{
    Project p;
    for (int f = int(ProjectField::Name); f < int(ProjectField::Count); ++f)
        ASSERT_TRUE(p.setText(ProjectField(f), QStringLiteral("值%1").arg(f)));
    for (int f = int(ProjectField::Name); f < int(ProjectField::Count); ++f)
        EXPECT_EQ(p.text(ProjectField(f)), QStringLiteral("值%1").arg(f));
    EXPECT_FALSE(p.setText(ProjectField::Seq, QStringLiteral("5")));
    p.setText(ProjectField::Organizers, QStringLiteral("区教委、社区学院"));
    EXPECT_EQ(p.organizers, (QStringList { QStringLiteral("区教委"), QStringLiteral("社区学院") }));
    EXPECT_EQ(p.text(ProjectField::Organizers), QStringLiteral("区教委、社区学院"));
}
