// A plan's life (seeds 000 §二, seeds 002 §五): its states and transitions, change requests against R-CHANGE,
// cancellations with their written explanation, and the diff of two versions.

#include "PlanWorkflow.h"

#include <gtest/gtest.h>

[[maybe_unused]] static void PrintTo(const QDate& d, std::ostream* os)
{
    *os << qPrintable(d.toString(Qt::ISODate));
}

using namespace tp;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

PlanActionInput by(const char* who, const char* on, const char* doc = "", const char* reason = "")
{
    return { QString::fromUtf8(who), date(on), QString::fromUtf8(doc), QString::fromUtf8(reason) };
}

EffectiveStart opening(const char* iso)
{
    return { date(iso), false };
}

} // namespace

TEST(PlanWorkflow, APlanWalksFromDraftToCompleted)
{
    PlanStatus s = PlanStatus::Draft;
    auto step = [&](PlanAction a, const PlanActionInput& in) {
        auto r = planTransition(s, a, in);
        EXPECT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().message);
        if (r)
            s = *r;
    };
    step(PlanAction::Submit, by("进修校 李明", "2026-01-05"));
    EXPECT_EQ(s, PlanStatus::Submitted);
    step(PlanAction::Return, by("区教委 王芳", "2026-01-08", "", "春季项目的天数与方案不符"));
    EXPECT_EQ(s, PlanStatus::Returned);
    step(PlanAction::Submit, by("进修校 李明", "2026-01-10"));
    step(PlanAction::Approve, by("区教委 王芳", "2026-01-15", "梁教委〔2026〕3号"));
    EXPECT_EQ(s, PlanStatus::Approved);
    EXPECT_TRUE(isApprovedStatus(s));
    step(PlanAction::Start, by("进修校 李明", "2026-03-01"));
    EXPECT_EQ(s, PlanStatus::InProgress);
    step(PlanAction::Complete, by("进修校 李明", "2026-12-31"));
    EXPECT_EQ(s, PlanStatus::Completed);
    EXPECT_TRUE(allowedActions(s).isEmpty());
}

TEST(PlanWorkflow, TransitionsThatAreNotAllowedSayWhatIs)
{
    auto r = planTransition(PlanStatus::Draft, PlanAction::Approve, by("王芳", "2026-01-15", "梁教委〔2026〕3号"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("草稿"))) << qPrintable(r.error().message);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("报审"))) << qPrintable(r.error().message);
    EXPECT_FALSE(planTransition(PlanStatus::Approved, PlanAction::Submit, by("李明", "2026-02-01")).ok());
    EXPECT_FALSE(planTransition(PlanStatus::Completed, PlanAction::Revise, by("李明", "2026-02-01")).ok());
    // An approved plan is revised as a whole and approved again (the next version).
    EXPECT_EQ(*planTransition(PlanStatus::Approved, PlanAction::Revise, by("李明", "2026-05-01")), PlanStatus::Draft);
    // A database before version 7 says 已印发: it is an approved plan.
    EXPECT_EQ(*planTransition(PlanStatus::Issued, PlanAction::Start, by("李明", "2026-05-01")), PlanStatus::InProgress);
}

TEST(PlanWorkflow, AnApprovalNeedsItsDocumentNumberAndAReturnItsReason)
{
    auto approve = planTransition(PlanStatus::Submitted, PlanAction::Approve, by("王芳", "2026-01-15"));
    ASSERT_FALSE(approve.ok());
    EXPECT_TRUE(approve.error().message.contains(QStringLiteral("文号")));
    auto ret = planTransition(PlanStatus::Submitted, PlanAction::Return, by("王芳", "2026-01-15"));
    ASSERT_FALSE(ret.ok());
    EXPECT_TRUE(ret.error().message.contains(QStringLiteral("原因")));
    auto nobody = planTransition(PlanStatus::Draft, PlanAction::Submit, by("", "2026-01-15"));
    ASSERT_FALSE(nobody.ok());
    EXPECT_TRUE(nobody.error().message.contains(QStringLiteral("经办人")));
}

TEST(PlanWorkflow, AChangeCountsFromTheEarlierOfTheApprovedAndTheNewStart)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    const RuleSet rules = RuleSet::defaults();
    // Later: 2026-06-15 → 2026-07-06 takes effect at the approved start: ask by 2026-05-15.
    ChangeTiming later = changeTiming(opening("2026-06-15"), opening("2026-07-06"), date("2026-05-15"), cal, rules);
    EXPECT_EQ(later.effective, date("2026-06-15"));
    EXPECT_EQ(later.due.date, date("2026-05-15"));
    EXPECT_FALSE(later.late);
    // Earlier: 2026-06-15 → 2026-05-20 takes effect at the new start: ask by 2026-04-20; 05-01 is late.
    ChangeTiming earlier = changeTiming(opening("2026-06-15"), opening("2026-05-20"), date("2026-05-01"), cal, rules);
    EXPECT_EQ(earlier.effective, date("2026-05-20"));
    EXPECT_EQ(earlier.due.date, date("2026-04-20"));
    EXPECT_TRUE(earlier.late);
    // The approved start counts, not the date already typed: a project approved for 2025-11-01 and moved to
    // 2025-12-01 had to be asked for by 2025-09-30 (10-01 is 国庆节).
    ChangeTiming national = changeTiming(opening("2025-11-01"), opening("2025-12-01"), date("2025-10-09"), cal, rules);
    EXPECT_EQ(national.due.date, date("2025-09-30"));
    EXPECT_TRUE(national.late);
    EXPECT_TRUE(changeDeadlineText(national, rules).contains(QStringLiteral("2025-09-30")));
    EXPECT_TRUE(changeDeadlineText(national, rules).contains(QStringLiteral("（10 月 1 日为节假日）")));
}

TEST(PlanWorkflow, ALateChangeIsRefusedWithItsDeadlineUnlessTheDelayIsExplained)
{
    const RuleSet rules = RuleSet::defaults();
    const ChangeTiming t = changeTiming(
        opening("2026-06-15"), opening("2026-05-20"), date("2026-05-01"), WorkCalendar::builtIn(), rules);
    PlanChangeRequest r;
    r.seq = 3;
    r.projectName = QStringLiteral("新入职教师岗前培训");
    r.field = ChangeField::Start;
    r.from = QStringLiteral("2026-06-15");
    r.to = QStringLiteral("2026-05-20");
    r.reason = QStringLiteral("与期中考试冲突");
    r.filedOn = date("2026-05-01");
    r.filedBy = QStringLiteral("李明");
    auto refused = checkChangeRequest(r, t, rules);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2026-04-20"))) << qPrintable(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("逾期")));
    r.lateExplanation = QStringLiteral("区教委临时调整考试安排");
    EXPECT_TRUE(checkChangeRequest(r, t, rules).ok());
    // No reason, or no change at all: refused.
    r.reason.clear();
    EXPECT_FALSE(checkChangeRequest(r, t, rules).ok());
    r.reason = QStringLiteral("x");
    r.to = r.from;
    EXPECT_FALSE(checkChangeRequest(r, t, rules).ok());
}

TEST(PlanWorkflow, ACancellationNeedsItsWrittenExplanation)
{
    PlanChangeRequest r;
    r.kind = ChangeKind::Cancel;
    r.seq = 5;
    r.projectName = QStringLiteral("骨干教师赴外研修");
    r.filedOn = date("2026-04-01");
    r.filedBy = QStringLiteral("李明");
    auto refused = checkChangeRequest(r, {}, RuleSet::defaults());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("书面说明"))) << qPrintable(refused.error().message);
    r.reason = QStringLiteral("承办方无法接待");
    EXPECT_TRUE(checkChangeRequest(r, {}, RuleSet::defaults()).ok());
}

TEST(PlanWorkflow, FieldsAreNamedByTheirStableNameOrTheirLabel)
{
    EXPECT_EQ(changeFieldFromText(QStringLiteral("months")), ChangeField::Months);
    EXPECT_EQ(changeFieldFromText(QStringLiteral("拟培训时间")), ChangeField::Months);
    EXPECT_EQ(changeFieldFromText(QStringLiteral("开班日期")), ChangeField::Start);
    EXPECT_FALSE(changeFieldFromText(QStringLiteral("序号")).has_value());
    VersionedProject v;
    EXPECT_FALSE(v.setValue(ChangeField::Start, QStringLiteral("2026-02-30"), 2026).ok());
    EXPECT_FALSE(v.setValue(ChangeField::Duration, QStringLiteral("若干"), 2026).ok());
    ASSERT_TRUE(v.setValue(ChangeField::Months, QStringLiteral("5月"), 2026).ok());
    EXPECT_EQ(v.start.date, date("2026-05-01"));
    EXPECT_TRUE(v.start.approximate);
    ASSERT_TRUE(v.setValue(ChangeField::Start, QStringLiteral("2026-05-18"), 2026).ok());
    EXPECT_EQ(v.start, opening("2026-05-18"));
    EXPECT_FALSE(v.setValue(ChangeField::End, QStringLiteral("2026-05-01"), 2026).ok()); // before the start
}

TEST(PlanWorkflow, TheDiffListsExactlyTheChangedCells)
{
    auto project = [](qint64 id, int seq, const char* name, const char* days, const char* people) {
        VersionedProject v;
        v.project.id = id;
        v.project.seq = seq;
        v.project.name = QString::fromUtf8(name);
        v.project.durationText = QString::fromUtf8(days);
        v.project.headcountText = QString::fromUtf8(people);
        v.project.monthsText = QStringLiteral("4月");
        return v;
    };
    const QList<VersionedProject> approved { project(1, 1, "师德培训", "1", "全员"),
        project(2, 2, "新教师培训", "5", "120"), project(3, 3, "班主任培训", "3", "300"),
        project(4, 4, "校长研修", "2", "40") };
    QList<VersionedProject> now = approved;
    now[1].project.durationText = QStringLiteral("6"); // changed: one cell
    now[1].startDate = date("2026-04-20");
    now[2].project.cancelled = true; // cancelled, cells unchanged
    now.removeAt(3); // removed from the table
    now << project(9, 4, "心理健康教育培训", "2", "80"); // added
    const QList<ProjectDiff> d = diffPlanVersions(approved, now);
    ASSERT_EQ(d.size(), 4);
    EXPECT_EQ(d[0].kind, DiffKind::Changed);
    EXPECT_EQ(d[0].seq, 2);
    ASSERT_EQ(d[0].cells.size(), 2);
    EXPECT_EQ(d[0].cells[0], (CellChange { ChangeField::Duration, QStringLiteral("5"), QStringLiteral("6") }));
    EXPECT_EQ(d[0].cells[1], (CellChange { ChangeField::Start, QString(), QStringLiteral("2026-04-20") }));
    EXPECT_EQ(d[1].kind, DiffKind::Cancelled);
    EXPECT_TRUE(d[1].cells.isEmpty());
    EXPECT_EQ(d[2].kind, DiffKind::Added);
    EXPECT_EQ(d[2].name, QStringLiteral("心理健康教育培训"));
    EXPECT_EQ(d[3].kind, DiffKind::Removed);
    EXPECT_EQ(d[3].name, QStringLiteral("校长研修"));
    EXPECT_TRUE(diffPlanVersions(approved, approved).isEmpty());
}
