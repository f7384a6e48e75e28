#include "Database.h"
#include "PlanRepository.h"
#include "ScheduleRepository.h"
#include "TestBackend.h"
#include "WorkflowRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class ScheduleRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(test::databaseLocation(m_dir, QStringLiteral("schedule.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = *db;
        m_db->setActor(QStringLiteral("tester"));
        PlanRepository plans(*m_db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2026;
        auto created = plans.createPlan(plan);
        ASSERT_TRUE(created.ok());
        m_planId = created->id;
        for (const char* name : { "新任教师岗前培训", "骨干教师赴市外研修" }) {
            Project p;
            p.name = QString::fromUtf8(name);
            p.monthsText = QStringLiteral("3月");
            auto inserted = plans.insertProject(m_planId, p, 99);
            ASSERT_TRUE(inserted.ok());
            m_projectIds << inserted->id;
        }
    }

    int count(const QString& sql) const
    {
        auto q = m_db->exec(sql);
        EXPECT_TRUE(q.ok());
        return (q && q->next()) ? q->value(0).toInt() : -1;
    }

    // A schedule with something in every part: two classes, events, a cancellation. (Its change requests are the
    // workflow's: ChangesAreTheFiledRequests.)
    static ProjectSchedule fullSchedule()
    {
        ProjectSchedule s;
        s.start = date("2026-03-02");
        s.end = date("2026-03-06");
        s.classes << ClassSession { QStringLiteral("第一期"), date("2026-03-02"), date("2026-03-04"),
            QStringLiteral("进修学校报告厅"), 120 };
        s.classes << ClassSession { QStringLiteral("第二期"), date("2026-03-09"), date("2026-03-11"), QString(), 0 };
        s.planSubmitted = date("2026-02-02");
        s.planApproved = date("2026-02-10");
        s.outOfCity = true;
        s.departure = date("2026-03-01");
        s.responsibilityLetterFiled = date("2026-02-05");
        s.cancellation = Cancellation { true, date("2026-02-20"), QStringLiteral("因疫情防控要求不能举办") };
        return s;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_planId = 0;
    QList<qint64> m_projectIds;
};

TEST_F(ScheduleRepositoryTest, RoundTripsDatesClassesEventsChangesAndCancellation)
{
    ScheduleRepository repo(*m_db);
    const ProjectSchedule saved = fullSchedule();
    ASSERT_TRUE(repo.saveSchedule(m_projectIds.at(0), saved).ok());

    auto loaded = repo.schedule(m_projectIds.at(0));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    // The planned month comes from the project's 拟培训时间, not from the schedule tables.
    EXPECT_EQ(loaded->plannedMonths.months, QList<int> { 3 });
    ProjectSchedule expected = saved;
    expected.plannedMonths = loaded->plannedMonths;
    EXPECT_EQ(*loaded, expected);
    EXPECT_EQ(loaded->classes.at(1).capacity, 0); // "not set" survives as not set

    // A plan's schedules at once: both projects, the second one with nothing but its planned month.
    auto all = repo.schedules(m_planId);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->value(m_projectIds.at(0)), expected);
    EXPECT_FALSE(all->value(m_projectIds.at(1)).start.isValid());
    EXPECT_EQ(all->value(m_projectIds.at(1)).plannedMonths.months, QList<int> { 3 });

    // Saving again replaces everything: fewer classes, no cancellation.
    ProjectSchedule smaller = saved;
    smaller.classes.removeLast();
    smaller.changes.clear();
    smaller.cancellation = Cancellation();
    ASSERT_TRUE(repo.saveSchedule(m_projectIds.at(0), smaller).ok());
    loaded = repo.schedule(m_projectIds.at(0));
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->classes.size(), 1);
    EXPECT_TRUE(loaded->changes.isEmpty());
    EXPECT_FALSE(loaded->isCancelled());
}

TEST_F(ScheduleRepositoryTest, EverySaveIsAuditedWithTheScheduleBeforeAndAfter)
{
    ScheduleRepository repo(*m_db);
    ASSERT_TRUE(repo.saveSchedule(m_projectIds.at(0), fullSchedule()).ok());
    auto q = m_db->exec(QStringLiteral("SELECT actor, action, old_value, new_value FROM audit_log "
                                       "WHERE entity = 'project' AND entity_id = :id AND action = 'schedule'"),
        { { "id", m_projectIds.at(0) } });
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("tester"));
    EXPECT_TRUE(q->value(3).toString().contains(QStringLiteral("因疫情防控要求不能举办")));
    EXPECT_TRUE(q->value(3).toString().contains(QStringLiteral("\"plan_submitted\":\"2026-02-02\"")));
    EXPECT_FALSE(q->value(2).toString().contains(QStringLiteral("2026-02-02")));
    // Saving the same schedule again changes nothing and logs nothing.
    ASSERT_TRUE(repo.saveSchedule(m_projectIds.at(0), fullSchedule()).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'schedule'")), 1);
}

TEST_F(ScheduleRepositoryTest, SavingSeveralIsAllOrNothing)
{
    ScheduleRepository repo(*m_db);
    QHash<qint64, ProjectSchedule> batch;
    batch.insert(m_projectIds.at(0), fullSchedule());
    ProjectSchedule bad;
    bad.start = date("2026-05-10");
    bad.end = date("2026-05-01"); // ends before it starts
    batch.insert(m_projectIds.at(1), bad);
    const Status s = repo.saveSchedules(batch);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("2026-05-01")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM project_class")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM project_schedule")), 0);

    batch.insert(m_projectIds.at(1), ProjectSchedule());
    ASSERT_TRUE(repo.saveSchedules(batch).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM project_schedule")), 2);
}

TEST_F(ScheduleRepositoryTest, DeletingAProjectDeletesItsScheduleAndEvents)
{
    ScheduleRepository repo(*m_db);
    ASSERT_TRUE(repo.saveSchedule(m_projectIds.at(0), fullSchedule()).ok());
    ASSERT_TRUE(repo.saveSchedule(m_projectIds.at(1), fullSchedule()).ok());
    PlanRepository plans(*m_db);
    ASSERT_TRUE(plans.deleteProject(m_projectIds.at(0)).ok());
    for (const char* table : { "project_schedule", "project_class", "project_cancellation" }) {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE project_id = :id").arg(QLatin1String(table)),
            { { "id", m_projectIds.at(0) } });
        ASSERT_TRUE(q.ok() && q->next());
        EXPECT_EQ(q->value(0).toInt(), 0) << table;
    }
    // The other project keeps its own.
    EXPECT_EQ(repo.schedule(m_projectIds.at(1))->classes.size(), 2);
    // And a whole plan's delete cascades through its projects.
    ASSERT_TRUE(plans.deletePlan(m_planId).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM project_class")), 0);
}

TEST_F(ScheduleRepositoryTest, ChangesAreTheFiledRequestsAndASavedScheduleNeverWritesThem)
{
    // 调整申请 live in one table (change_request, migration 011): a schedule lists the project's as filed, with
    // when each takes effect (R-CHANGE counts back from it).
    PlanChangeRequest r;
    r.projectId = m_projectIds.at(0);
    r.kind = ChangeKind::Change;
    r.field = ChangeField::Months;
    r.from = QStringLiteral("3月");
    r.to = QStringLiteral("4月");
    r.reason = QStringLiteral("与期中考试冲突");
    r.effective = date("2026-03-01");
    r.due = date("2026-01-30");
    r.filedOn = date("2026-01-20");
    r.filedBy = QStringLiteral("进修校 李明");
    auto filed = WorkflowRepository(*m_db).fileRequest(r, 1);
    ASSERT_TRUE(filed.ok()) << filed.error().toString().toStdString();
    PlanChangeRequest cancel = r;
    cancel.kind = ChangeKind::Cancel;
    cancel.field.reset();
    ASSERT_TRUE(WorkflowRepository(*m_db).fileRequest(cancel, 1).ok());

    ScheduleRepository repo(*m_db);
    auto loaded = repo.schedule(m_projectIds.at(0));
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->changes.size(), 1) << "a cancellation is not a change of a field";
    const ChangeRequest& c = loaded->changes.first();
    EXPECT_EQ(c.field, changeFieldLabel(ChangeField::Months));
    EXPECT_EQ(c.oldText, QStringLiteral("3月"));
    EXPECT_EQ(c.newText, QStringLiteral("4月"));
    EXPECT_EQ(c.oldStart, date("2026-03-01"));
    EXPECT_EQ(c.requestedOn, date("2026-01-20"));
    EXPECT_EQ(c.decision, ChangeDecision::Pending);

    // Saving a schedule (项目详情) keeps the requests as filed, whatever list it carries.
    ProjectSchedule edited = *loaded;
    edited.changes.clear();
    edited.start = date("2026-03-09");
    ASSERT_TRUE(repo.saveSchedule(m_projectIds.at(0), edited).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM change_request")), 2);
    EXPECT_EQ(repo.schedule(m_projectIds.at(0))->changes.size(), 1);
}

TEST_F(ScheduleRepositoryTest, UnknownProjectIsAnError)
{
    ScheduleRepository repo(*m_db);
    EXPECT_FALSE(repo.schedule(999).ok());
    EXPECT_FALSE(repo.saveSchedule(999, fullSchedule()).ok());
}

} // namespace
