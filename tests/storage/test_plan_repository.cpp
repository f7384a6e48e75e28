#include "Database.h"
#include "PlanRepository.h"
#include "TestBackend.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

class PlanRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(test::databaseLocation(m_dir, QStringLiteral("plans.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = *db;
        m_db->setActor(QStringLiteral("tester"));
    }

    Plan newPlan()
    {
        Plan p;
        p.district = QStringLiteral("梁平区");
        p.year = 2021;
        p.title = QStringLiteral("梁平区教育系统2021年教师教育项目计划表");
        auto created = repo().createPlan(p);
        EXPECT_TRUE(created.ok()) << created.error().toString().toStdString();
        return *created;
    }

    static Project project(const QString& name, const QString& organizers = QStringLiteral("区教委"))
    {
        Project p;
        p.name = name;
        p.organizers = splitOrganizers(organizers);
        p.durationText = QStringLiteral("3");
        p.headcountText = QStringLiteral("100");
        return p;
    }

    QStringList names(qint64 planId)
    {
        QStringList out;
        const auto list = repo().projects(planId);
        EXPECT_TRUE(list.ok());
        int expectedSeq = 1;
        for (const Project& p : *list) {
            EXPECT_EQ(p.seq, expectedSeq++) << p.name.toStdString();
            out << p.name;
        }
        return out;
    }

    int auditCount(const QString& action)
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a AND actor = 'tester'"),
            { { "a", action } });
        q->next();
        return q->value(0).toInt();
    }

    PlanRepository repo() { return PlanRepository(*m_db); }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

} // namespace

TEST_F(PlanRepositoryTest, CreatesAPlanOncePerDistrictAndYear)
{
    const Plan p = newPlan();
    EXPECT_GT(p.id, 0);
    auto again = repo().createPlan(p);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("2021")));
    auto found = repo().findPlan(QStringLiteral("梁平区"), 2021);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->title, p.title);
    Plan bad;
    bad.district = QStringLiteral("  ");
    bad.year = 2021;
    EXPECT_FALSE(repo().createPlan(bad).ok());
}

TEST_F(PlanRepositoryTest, InsertsDeletesAndMovesRowsKeepingSequenceNumbers)
{
    const Plan plan = newPlan();
    ASSERT_TRUE(repo().insertProject(plan.id, project(QStringLiteral("A")), 1).ok());
    ASSERT_TRUE(repo().insertProject(plan.id, project(QStringLiteral("C")), 2).ok());
    auto b = repo().insertProject(plan.id, project(QStringLiteral("B")), 2);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(names(plan.id), (QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") }));

    ASSERT_TRUE(repo().moveProject(b->id, 3).ok());
    EXPECT_EQ(names(plan.id), (QStringList { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B") }));
    ASSERT_TRUE(repo().moveProject(b->id, 1).ok());
    EXPECT_EQ(names(plan.id), (QStringList { QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C") }));

    ASSERT_TRUE(repo().deleteProject(b->id).ok());
    EXPECT_EQ(names(plan.id), (QStringList { QStringLiteral("A"), QStringLiteral("C") }));

    // An undone delete: the same id comes back at its place, with its organizers.
    Project restored = *b;
    restored.organizers = QStringList { QStringLiteral("区教委"), QStringLiteral("社区学院") };
    ASSERT_TRUE(repo().insertProject(plan.id, restored, 2).ok());
    auto back = repo().project(b->id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->seq, 2);
    EXPECT_EQ(back->organizers, restored.organizers);
    EXPECT_EQ(auditCount(QStringLiteral("delete")), 1);
    EXPECT_EQ(auditCount(QStringLiteral("move")), 2);
}

TEST_F(PlanRepositoryTest, UpdatesAFieldKeepsTheTextAndLogsOldAndNew)
{
    const Plan plan = newPlan();
    auto p = repo().insertProject(plan.id, project(QStringLiteral("A")), 1);
    ASSERT_TRUE(p.ok());
    ASSERT_TRUE(repo().updateProjectField(p->id, ProjectField::Duration, QStringLiteral("三周")).ok());
    ASSERT_TRUE(
        repo().updateProjectField(p->id, ProjectField::Organizers, QStringLiteral("区教委、区教师进修校")).ok());
    auto after = repo().project(p->id);
    EXPECT_EQ(after->durationText, QStringLiteral("三周")); // kept as typed, even though it does not parse
    EXPECT_EQ(after->organizers, (QStringList { QStringLiteral("区教委"), QStringLiteral("区教师进修校") }));
    auto log = m_db->exec(QStringLiteral("SELECT old_value, new_value FROM audit_log WHERE field = 'duration'"));
    ASSERT_TRUE(log->next());
    EXPECT_EQ(log->value(0).toString(), QStringLiteral("3"));
    EXPECT_EQ(log->value(1).toString(), QStringLiteral("三周"));
    auto units = UnitRepository(*m_db).units();
    ASSERT_TRUE(units.ok());
    ASSERT_EQ(units->size(), 2);
    for (const Unit& u : *units)
        EXPECT_TRUE(u.kind == UnitKind::Bureau || u.kind == UnitKind::TrainingSchool) << u.name.toStdString();
    EXPECT_FALSE(repo().updateProjectField(p->id, ProjectField::Seq, QStringLiteral("9")).ok());
}

TEST_F(PlanRepositoryTest, ImportIsAllOrNothingAndRefusesToDuplicate)
{
    Plan header;
    header.district = QStringLiteral("梁平区");
    header.year = 2021;
    header.stated = StatedTotals { QStringLiteral("82"), QStringLiteral("14592"), 36, 4, 5 };
    QList<Project> rows { project(QStringLiteral("A")),
        project(QStringLiteral("B"), QStringLiteral("区教委、社区学院")) };
    auto first = repo().importPlan(header, rows, false);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    auto again = repo().importPlan(header, rows, false);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(names(first->id).size(), 2); // nothing duplicated

    // A replace that does not reach its end (killed, or the caller's transaction fails) leaves the old plan.
    QList<Project> broken = rows;
    broken << project(QStringLiteral("C"));
    {
        Transaction outer(*m_db);
        auto replaced = repo().importPlan(header, broken, true);
        ASSERT_TRUE(replaced.ok());
        // the outer transaction is not committed: as if the program was killed before the end
    }
    auto still = repo().findPlan(QStringLiteral("梁平区"), 2021);
    ASSERT_TRUE(still.ok() && still->has_value());
    EXPECT_EQ((*still)->id, first->id);
    EXPECT_EQ(names(first->id), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
    ASSERT_TRUE((*still)->stated.has_value());
    EXPECT_EQ((*still)->stated->durationText, QStringLiteral("82"));

    auto replaced = repo().importPlan(header, broken, true);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(names(replaced->id).size(), 3);
    EXPECT_EQ(replaced->id, first->id); // a replace keeps the plan, and A and B as they were (issue 9)
    EXPECT_EQ(repo().plans()->size(), 1);
}
