// Issue 13: two people editing the same project. Each reads the project (its row_version); the first save wins, the
// second — based on the older reading — is refused with who changed what and when, never a silent overwrite. Two
// connections (two programs) on SQLite and, in the "pg." run, on the server.

#include "Database.h"
#include "PlanRepository.h"
#include "TestBackend.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

class StaleSave : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto a = Database::open(test::databaseLocation(m_dir, QStringLiteral("shared.sqlite")));
        ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
        m_a = *a;
        m_a->setActor(QStringLiteral("进修学校 张老师"));
        auto b = Database::openSecondary(m_a->path()); // another clerk's program on the same database
        ASSERT_TRUE(b.ok()) << b.error().toString().toStdString();
        m_b = *b;
        m_b->setActor(QStringLiteral("进修学校 李老师"));
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2026;
        auto created = PlanRepository(*m_a).createPlan(plan);
        ASSERT_TRUE(created.ok());
        for (const char* name : { "班主任培训", "新任教师岗前培训" }) {
            Project p;
            p.name = QString::fromUtf8(name);
            p.location = QStringLiteral("区进修校");
            auto inserted = PlanRepository(*m_a).insertProject(created->id, p, int(m_ids.size()) + 1);
            ASSERT_TRUE(inserted.ok()) << inserted.error().toString().toStdString();
            m_ids << inserted->id;
        }
    }

    Project read(Database& db, qint64 id)
    {
        auto p = PlanRepository(db).project(id);
        EXPECT_TRUE(p.ok());
        return p.ok() ? *p : Project();
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_a;
    std::shared_ptr<Database> m_b;
    QList<qint64> m_ids;
};

} // namespace

TEST_F(StaleSave, TheSecondSaveBasedOnAnOlderReadingIsRefusedWithWhoChangedWhatAndWhen)
{
    const Project seenByA = read(*m_a, m_ids[0]);
    const Project seenByB = read(*m_b, m_ids[0]);
    ASSERT_GT(seenByA.rowVersion.value, 0);
    ASSERT_EQ(seenByA.rowVersion.value, seenByB.rowVersion.value);

    auto first = PlanRepository(*m_a).saveProjectField(
        m_ids[0], ProjectField::Location, QStringLiteral("梁平区实验小学"), seenByA.rowVersion.value);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(*first, seenByA.rowVersion.value + 1);

    auto second = PlanRepository(*m_b).saveProjectField(
        m_ids[0], ProjectField::Name, QStringLiteral("班主任能力提升培训"), seenByB.rowVersion.value);
    ASSERT_FALSE(second.ok()) << "the second save would overwrite a change its author never saw";
    EXPECT_EQ(second.error().code, QStringLiteral("stale"));
    const QString said = second.error().message;
    EXPECT_TRUE(said.contains(QStringLiteral("进修学校 张老师"))) << said.toStdString(); // who
    EXPECT_TRUE(said.contains(QStringLiteral("培训地点"))) << said.toStdString(); // what
    EXPECT_TRUE(said.contains(QStringLiteral("梁平区实验小学"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QDate::currentDate().toString(Qt::ISODate))) << said.toStdString(); // when
    EXPECT_EQ(second.error().value, QStringLiteral("班主任能力提升培训")) << "what B typed is handed back";

    const Project stored = read(*m_a, m_ids[0]);
    EXPECT_EQ(stored.name, QStringLiteral("班主任培训")) << "nothing of B's was written";
    EXPECT_EQ(stored.location, QStringLiteral("梁平区实验小学")) << "A's change stands";

    // Read again, B's save goes through.
    const Project reloaded = read(*m_b, m_ids[0]);
    auto again = PlanRepository(*m_b).saveProjectField(
        m_ids[0], ProjectField::Name, QStringLiteral("班主任能力提升培训"), reloaded.rowVersion.value);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(read(*m_a, m_ids[0]).name, QStringLiteral("班主任能力提升培训"));
    EXPECT_EQ(read(*m_a, m_ids[0]).location, QStringLiteral("梁平区实验小学"));
}

TEST_F(StaleSave, OrganizersCountAsAChangeOfTheProject)
{
    const Project seen = read(*m_b, m_ids[1]);
    ASSERT_TRUE(PlanRepository(*m_a)
                    .saveProjectField(m_ids[1], ProjectField::Organizers, QStringLiteral("区教委、区进修校"),
                        read(*m_a, m_ids[1]).rowVersion.value)
                    .ok());
    auto late = PlanRepository(*m_b).saveProjectField(
        m_ids[1], ProjectField::Remarks, QStringLiteral("含跟岗"), seen.rowVersion.value);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, QStringLiteral("stale"));
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("主办单位"))) << late.error().message.toStdString();
    EXPECT_EQ(read(*m_a, m_ids[1]).remarks, QString());
}

TEST_F(StaleSave, ReorderingThePlanIsNotAChangeOfTheRowsThatMoved)
{
    // B reads the second row; A moves the first row below it, so the second becomes 第 1 项.
    const Project seen = read(*m_b, m_ids[1]);
    ASSERT_TRUE(PlanRepository(*m_a).moveProject(m_ids[0], 2).ok());
    EXPECT_EQ(read(*m_a, m_ids[1]).seq, 1);
    auto saved = PlanRepository(*m_b).saveProjectField(
        m_ids[1], ProjectField::Location, QStringLiteral("线上"), seen.rowVersion.value);
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    EXPECT_EQ(read(*m_a, m_ids[1]).location, QStringLiteral("线上"));
}

TEST_F(StaleSave, AnUncheckedSaveStillWritesAndBumpsTheVersion)
{
    // The CLI and an approved change request write without a reading (version 0); the readers' versions go stale.
    const Project seen = read(*m_b, m_ids[0]);
    ASSERT_TRUE(PlanRepository(*m_a).updateProjectField(m_ids[0], ProjectField::Level, QStringLiteral("区级")).ok());
    EXPECT_EQ(read(*m_a, m_ids[0]).rowVersion.value, seen.rowVersion.value + 1);
    auto late = PlanRepository(*m_b).saveProjectField(
        m_ids[0], ProjectField::Level, QStringLiteral("市级"), seen.rowVersion.value);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(read(*m_a, m_ids[0]).level, QStringLiteral("区级"));
}
