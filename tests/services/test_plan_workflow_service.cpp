// PlanWorkflowService (issue 12): a plan approved, changed by requests counted from the approved start, revised and
// approved again as version 2.

#include "PlanEditService.h"
#include "PlanRepository.h"
#include "PlanWorkflowService.h"
#include "ScheduleRepository.h"
#include "TestDatabase.h"
#include "WorkflowRepository.h"

#include <gtest/gtest.h>

using namespace tp;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

class WorkflowService : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.isValid()) << m_db.error().toStdString();
        m_db->setActor(QStringLiteral("进修校 李明"));
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2025;
        auto created = PlanRepository(*m_db).createPlan(plan);
        ASSERT_TRUE(created.ok());
        m_planId = created->id;
        Project p;
        p.name = QStringLiteral("新任教师岗前培训");
        p.organizers = { QStringLiteral("区教委") };
        p.durationText = QStringLiteral("5");
        p.headcountText = QStringLiteral("120");
        p.monthsText = QStringLiteral("11月");
        auto inserted = PlanRepository(*m_db).insertProject(m_planId, p, 1);
        ASSERT_TRUE(inserted.ok());
        m_projectId = inserted->id;
        PlanWorkflowService flow(*m_db);
        ASSERT_TRUE(
            flow.act(m_planId, PlanAction::Submit, { QStringLiteral("李明"), date("2025-08-10"), {}, {} }).ok());
        auto approved = flow.act(m_planId, PlanAction::Approve,
            { QStringLiteral("王芳"), date("2025-08-20"), QStringLiteral("梁教委〔2025〕8号"), {} });
        ASSERT_TRUE(approved.ok()) << approved.error().toString().toStdString();
    }

    test::TestDatabase m_db;
    qint64 m_planId = 0;
    qint64 m_projectId = 0;
};

} // namespace

TEST_F(WorkflowService, ARequestRecordsTheApprovedValueNotOneTypedSince)
{
    // 12月 was written straight into the table after the approval (the bug of the issue, by an older version): the
    // request still goes from the approved 11月, and R-CHANGE counts from the approved start 11-01.
    ASSERT_TRUE(
        PlanRepository(*m_db).updateProjectField(m_projectId, ProjectField::Months, QStringLiteral("12月")).ok());
    PlanWorkflowService flow(*m_db);
    auto r = flow.requestChange(m_planId, 1, ChangeField::Months, QStringLiteral("12月"),
        QStringLiteral("与期中考试冲突"), {}, date("2025-09-20"), QStringLiteral("李明"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->request.from, QStringLiteral("11月"));
    EXPECT_EQ(r->request.effective, date("2025-11-01"));
    EXPECT_EQ(r->request.due, date("2025-09-30"));
    EXPECT_FALSE(r->request.late);
}

TEST_F(WorkflowService, ALateChangeWithItsExplanationIsFiledMarkedLateAndAppliedWhenApproved)
{
    PlanWorkflowService flow(*m_db);
    auto refused = flow.requestChange(m_planId, 1, ChangeField::Start, QStringLiteral("2025-11-17"),
        QStringLiteral("专家时间调整"), {}, date("2025-10-09"), QStringLiteral("李明"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2025-09-30")))
        << refused.error().message.toStdString();
    auto late = flow.requestChange(m_planId, 1, ChangeField::Start, QStringLiteral("2025-11-17"),
        QStringLiteral("专家时间调整"), QStringLiteral("专家 10 月 8 日才确认"), date("2025-10-09"),
        QStringLiteral("李明"));
    ASSERT_TRUE(late.ok()) << late.error().toString().toStdString();
    EXPECT_TRUE(late->request.late);
    EXPECT_FALSE(late->applied);
    EXPECT_FALSE(ScheduleRepository(*m_db).schedule(m_projectId)->start.isValid()) << "filed, not applied";
    auto decided
        = flow.decide(late->request.id, true, date("2025-10-10"), QStringLiteral("王芳"), QStringLiteral("同意"));
    ASSERT_TRUE(decided.ok()) << decided.error().toString().toStdString();
    EXPECT_TRUE(decided->applied);
    EXPECT_EQ(decided->request.decidedBy, QStringLiteral("王芳"));
    EXPECT_EQ(ScheduleRepository(*m_db).schedule(m_projectId)->start, date("2025-11-17"));
    // The approved view now starts on 11-17: a later request counts from it.
    auto approved = flow.approvedProjects(m_planId);
    ASSERT_TRUE(approved.ok());
    EXPECT_EQ(approved->first().start.date, date("2025-11-17"));
    auto diff = flow.diff(m_planId);
    ASSERT_TRUE(diff.ok());
    ASSERT_EQ(diff->size(), 1);
    ASSERT_EQ(diff->first().cells.size(), 1);
    EXPECT_EQ(diff->first().cells.first().field, ChangeField::Start);
}

TEST_F(WorkflowService, ARevisedPlanIsApprovedAgainAsVersion2)
{
    PlanWorkflowService flow(*m_db);
    ASSERT_TRUE(flow.act(m_planId, PlanAction::Revise, { QStringLiteral("李明"), date("2025-09-01"), {}, {} }).ok());
    ASSERT_TRUE(PlanEditService(*m_db).setField(m_projectId, ProjectField::Duration, QStringLiteral("6")).ok());
    ASSERT_TRUE(flow.act(m_planId, PlanAction::Submit, { QStringLiteral("李明"), date("2025-09-02"), {}, {} }).ok());
    ASSERT_TRUE(flow.act(m_planId, PlanAction::Approve,
                        { QStringLiteral("王芳"), date("2025-09-05"), QStringLiteral("梁教委〔2025〕11号"), {} })
                    .ok());
    auto versions = WorkflowRepository(*m_db).versions(m_planId);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(1).docNumber, QStringLiteral("梁教委〔2025〕11号"));
    EXPECT_EQ(
        WorkflowRepository(*m_db).versionProjects(m_planId, 1)->first().project.durationText, QStringLiteral("5"));
    EXPECT_EQ(
        WorkflowRepository(*m_db).versionProjects(m_planId, 2)->first().project.durationText, QStringLiteral("6"));
    EXPECT_TRUE(flow.diff(m_planId)->isEmpty());
    EXPECT_EQ(PlanRepository(*m_db).plan(m_planId)->docNumber, QStringLiteral("梁教委〔2025〕11号"));
    auto transitions = WorkflowRepository(*m_db).transitions(m_planId);
    ASSERT_EQ(transitions->size(), 5);
    EXPECT_EQ(transitions->at(4).version, 2);
}

TEST_F(WorkflowService, AnApprovedPlanIsNeitherEditedNorShortenedDirectly)
{
    // Whatever calls the edit service (the table, its undo and redo, a window opened before the approval): a cell
    // is refused with the way to change it, a project with the way to drop it; nothing is written.
    PlanEditService edits(*m_db);
    Status s = edits.setField(m_projectId, ProjectField::Months, QStringLiteral("12月"));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("梁教委〔2025〕8号"))) << s.error().toString().toStdString();
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("调整申请"))) << s.error().toString().toStdString();
    s = edits.removeProject(m_projectId);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("取消申请"))) << s.error().toString().toStdString();
    auto projects = PlanRepository(*m_db).projects(m_planId);
    ASSERT_TRUE(projects.ok());
    ASSERT_EQ(projects->size(), 1);
    EXPECT_EQ(projects->first().monthsText, QStringLiteral("11月"));
}

TEST_F(WorkflowService, APlanThatWasApprovedIsNotDeletedAndTheRefusalSaysWhatItHolds)
{
    PlanWorkflowService flow(*m_db);
    auto r = flow.requestChange(m_planId, 1, ChangeField::Location, QStringLiteral("万州"), QStringLiteral("场地维修"),
        {}, date("2025-09-01"), QStringLiteral("李明"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    Status s = PlanRepository(*m_db).deletePlan(m_planId);
    ASSERT_FALSE(s.ok());
    const QString m = s.error().message;
    EXPECT_FALSE(m.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive)) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("梁平区 2025"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("1 个批复版本"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("梁教委〔2025〕8号"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("1 项调整或取消申请"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("取消申请并写明书面说明"))) << m.toStdString();
    // The project named by a request is not deleted either, with the reason (not a foreign-key error).
    s = PlanRepository(*m_db).deleteProject(m_projectId);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("1 项调整或取消申请"))) << s.error().toString().toStdString();
    EXPECT_TRUE(PlanRepository(*m_db).plan(m_planId).ok());
    EXPECT_EQ(PlanRepository(*m_db).projects(m_planId)->size(), 1);
}
