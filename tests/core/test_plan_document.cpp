// PlanDocument and checkPlan: the one check of a plan, kept current as the plan is edited.
#include "PlanDocument.h"

#include <gtest/gtest.h>

using namespace tp;

namespace {

Project project(qint64 id, const QString& name, const QString& duration, const QString& headcount,
    const QString& months = QString())
{
    Project p;
    p.id = id;
    p.seq = int(id);
    p.name = name;
    p.durationText = duration;
    p.headcountText = headcount;
    p.monthsText = months;
    p.organizers = { QStringLiteral("区教委") };
    return p;
}

Plan plan2026()
{
    Plan plan;
    plan.id = 1;
    plan.district = QStringLiteral("梁平区");
    plan.year = 2026;
    return plan;
}

PlanCheckOptions onDay(QDate today)
{
    PlanCheckOptions options;
    options.today = today;
    options.knownUnits = { QStringLiteral("区教委") };
    return options;
}

int countRule(const Findings& findings, const QString& rule)
{
    return int(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

} // namespace

TEST(PlanDocument, TableFindingsComeBeforeDeadlinesAndTheStatedTotalsAreChecked)
{
    Plan plan = plan2026();
    plan.stated = StatedTotals { QStringLiteral("9"), QStringLiteral("300"), 5, 4, 5 };
    plan.sourceFile = QStringLiteral("plan.csv");
    const QList<Project> projects { project(1, QStringLiteral("班主任培训"), QStringLiteral("3"), QStringLiteral("270"),
                                        QStringLiteral("3月")),
        project(2, QStringLiteral("德育培训"), QStringLiteral("两周"), QStringLiteral("30"), QStringLiteral("4月")) };
    const Findings findings = checkPlan(plan, projects, {}, onDay(QDate(2026, 3, 20)));
    ASSERT_FALSE(findings.isEmpty());
    EXPECT_EQ(findings.first().rule, QStringLiteral("R-TABLE"));
    EXPECT_EQ(findings.last().rule, QStringLiteral("R-LEAD"));
    // 两周 does not parse: an error on project 2's duration; the stated 9 days are not the rows' 3.
    EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
        return f.seq == 2 && f.field == ProjectField::Duration && f.severity == Severity::Error;
    }));
    EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
        return f.row == 5 && f.file == QStringLiteral("plan.csv") && f.message.contains(QStringLiteral("9"));
    }));
    EXPECT_EQ(countRule(findings, QStringLiteral("R-LEAD")), 2); // both March and April plans are overdue
}

TEST(PlanDocument, WithoutDeadlinesOnlyTheTableIsChecked)
{
    PlanCheckOptions options = onDay(QDate(2026, 3, 20));
    options.deadlines = false;
    const PlanDocument doc(plan2026(),
        { project(1, QStringLiteral("班主任培训"), QStringLiteral("3"), QStringLiteral("270"), QStringLiteral("3月")) },
        {}, options);
    EXPECT_EQ(countRule(doc.findings(), QStringLiteral("R-LEAD")), 0);
    EXPECT_FALSE(doc.deadlinesOf(1).plan.isValid());
}

TEST(PlanDocument, AnEditKeepsTotalsAndDeadlinesCurrent)
{
    PlanDocument doc(plan2026(),
        { project(1, QStringLiteral("班主任培训"), QStringLiteral("3"), QStringLiteral("270"), QStringLiteral("9月")),
            project(
                2, QStringLiteral("德育培训"), QStringLiteral("2"), QStringLiteral("100"), QStringLiteral("10月")) },
        {}, onDay(QDate(2026, 3, 20)));
    EXPECT_EQ(doc.totals().days, 5);
    EXPECT_EQ(countRule(doc.findings(), QStringLiteral("R-LEAD")), 0); // September is far off

    doc.applyField(1, ProjectField::Duration, QStringLiteral("10"));
    EXPECT_EQ(doc.totals().days, 12);
    doc.applyField(1, ProjectField::Months, QStringLiteral("4月")); // now due 2026-03-10: overdue
    EXPECT_EQ(doc.scheduleOf(1).plannedMonths.firstMonth(), 4);
    EXPECT_EQ(doc.deadlinesOf(1).plan.state, DeadlineState::Overdue);
    EXPECT_EQ(countRule(doc.findings(), QStringLiteral("R-LEAD")), 1);

    ProjectSchedule submitted = doc.scheduleOf(1);
    submitted.planSubmitted = QDate(2026, 3, 2);
    doc.applySchedule(1, submitted);
    EXPECT_EQ(doc.deadlinesOf(1).plan.state, DeadlineState::OnTime);
    EXPECT_EQ(countRule(doc.findings(), QStringLiteral("R-LEAD")), 0);
}

TEST(PlanDocument, RowsThatComeGoOrMoveAreRenumbered)
{
    PlanDocument doc(plan2026(),
        { project(1, QStringLiteral("甲"), QStringLiteral("1"), QStringLiteral("10")),
            project(2, QStringLiteral("乙"), QStringLiteral("1"), QStringLiteral("10")) },
        {}, onDay(QDate(2026, 1, 5)));
    Project c = project(3, QStringLiteral("丙"), QStringLiteral("1"), QStringLiteral("10"));
    c.seq = 1;
    doc.insertProject(0, c);
    doc.renumber();
    EXPECT_EQ(doc.projects().at(0).name, QStringLiteral("丙"));
    EXPECT_EQ(doc.projects().at(2).seq, 3);
    EXPECT_EQ(countRule(doc.findings(), QStringLiteral("R-TABLE")), 0) << "序号 run 1..n again";

    doc.moveProject(3, 2);
    doc.renumber();
    EXPECT_EQ(doc.projects().at(2).name, QStringLiteral("丙"));
    EXPECT_EQ(doc.rowOfProject(3), 2);

    doc.removeProject(1);
    doc.renumber();
    EXPECT_EQ(doc.projectCount(), 2);
    EXPECT_EQ(doc.projects().at(0).seq, 1);
    EXPECT_EQ(doc.totals().days, 2);
}
