// Migration 007 (issue 12) from a version-6 database, the frozen approved versions, change requests decided once,
// and the unit directory that no longer grows by itself. (WorkflowStorage runs on PostgreSQL too: the "pg." tests.)

#include "Database.h"
#include "Migrations.h"
#include "PlanRepository.h"
#include "TestBackend.h"
#include "UnitRepository.h"
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

int count(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().toString().toStdString());
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

class WorkflowStorage : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(test::databaseLocation(m_dir, QStringLiteral("w.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = *db;
        m_db->setActor(QStringLiteral("区教委 王芳"));
        PlanRepository plans(*m_db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2026;
        auto created = plans.createPlan(plan);
        ASSERT_TRUE(created.ok());
        m_planId = created->id;
        Project p;
        p.name = QStringLiteral("新任教师岗前培训");
        p.organizers = { QStringLiteral("区教委"), QStringLiteral("区进修校") };
        p.durationText = QStringLiteral("5");
        p.monthsText = QStringLiteral("8月");
        auto inserted = plans.insertProject(m_planId, p, 1);
        ASSERT_TRUE(inserted.ok()) << inserted.error().toString().toStdString();
        m_projectId = inserted->id;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_planId = 0;
    qint64 m_projectId = 0;
};

} // namespace

TEST(Migration007, UpgradesAVersion6DatabaseKeepingPlansIdsAndUnits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    {
        auto db = Database::open(path, 6);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        ASSERT_EQ((*db)->schemaVersion(), 6);
        Database& d = **db;
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO plan (district, year, status, doc_number) VALUES "
                                          "('梁平区', 2020, 'draft', '')"))
                        .ok());
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO plan (district, year, status, doc_number) VALUES "
                                          "('梁平区', 2021, 'issued', '梁教委〔2021〕12号')"))
                        .ok());
        ASSERT_TRUE(d.exec(QStringLiteral("DELETE FROM plan WHERE year = 2020")).ok()); // id 1 was given once
        ASSERT_TRUE(
            d.exec(QStringLiteral("INSERT INTO unit (name, kind) VALUES ('区进修校', 'training_school')")).ok());
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO project (plan_id, seq, name) VALUES (2, 1, '师德培训')")).ok());
        ASSERT_TRUE(
            d.exec(QStringLiteral("INSERT INTO project_organizer (project_id, position, unit_id) VALUES (1, 0, 1)"))
                .ok());
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO project_cancellation (project_id, cancelled_on, explanation) "
                                          "VALUES (1, '2021-06-01', '疫情')"))
                        .ok());
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    Database& d = **db;
    EXPECT_EQ(d.schemaVersion(), latestSchemaVersion());
    EXPECT_GE(d.schemaVersion(), 7);
    // The plan, its id, its status and its 文号 are kept; the project still points at it.
    auto plan = PlanRepository(d).findPlan(QStringLiteral("梁平区"), 2021);
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->has_value());
    EXPECT_EQ((*plan)->id, 2);
    EXPECT_EQ((*plan)->status, PlanStatus::Issued);
    EXPECT_TRUE(isApprovedStatus((*plan)->status));
    EXPECT_EQ((*plan)->docNumber, QStringLiteral("梁教委〔2021〕12号"));
    auto projects = PlanRepository(d).projects(2);
    ASSERT_TRUE(projects.ok());
    ASSERT_EQ(projects->size(), 1);
    EXPECT_EQ(projects->first().organizers, QStringList { QStringLiteral("区进修校") });
    EXPECT_TRUE(projects->first().cancelled);
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), 0);
    // A new plan never gets the id given before (the AUTOINCREMENT counter came along).
    Plan next;
    next.district = QStringLiteral("梁平区");
    next.year = 2022;
    auto fresh = PlanRepository(d).createPlan(next);
    ASSERT_TRUE(fresh.ok()) << fresh.error().toString().toStdString();
    EXPECT_EQ(fresh->id, 3);
    // The units a database had stay in the directory; the new states are accepted.
    EXPECT_TRUE(UnitRepository(d).unitNames()->contains(QStringLiteral("区进修校")));
    EXPECT_TRUE(d.exec(QStringLiteral("UPDATE plan SET status = 'in_progress' WHERE id = 2")).ok());
    EXPECT_FALSE(d.exec(QStringLiteral("UPDATE plan SET status = 'bogus' WHERE id = 2")).ok());
}

TEST_F(WorkflowStorage, AnApprovedVersionIsFrozen)
{
    WorkflowRepository workflow(*m_db);
    VersionedProject v;
    v.project.id = m_projectId;
    v.project.planId = m_planId;
    v.project.seq = 1;
    v.project.name = QStringLiteral("新任教师岗前培训");
    v.project.organizers = { QStringLiteral("区教委"), QStringLiteral("区进修校") };
    v.start = { date("2026-08-01"), true };
    auto version = workflow.freezeVersion(
        m_planId, { 0, date("2026-01-15"), QStringLiteral("王芳"), QStringLiteral("梁教委〔2026〕3号") }, { v });
    ASSERT_TRUE(version.ok()) << version.error().toString().toStdString();
    EXPECT_EQ(*version, 1);
    auto again = workflow.freezeVersion(m_planId, { 0, date("2026-05-15"), QStringLiteral("王芳"), {} }, { v });
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 2);
    auto projects = workflow.versionProjects(m_planId, 1);
    ASSERT_TRUE(projects.ok());
    ASSERT_EQ(projects->size(), 1);
    EXPECT_EQ(projects->first(), v);
    // Neither edited nor deleted, even by hand.
    EXPECT_FALSE(m_db->exec(QStringLiteral("UPDATE plan_version_project SET name = 'x'")).ok());
    EXPECT_FALSE(m_db->exec(QStringLiteral("DELETE FROM plan_version")).ok());
    EXPECT_FALSE(m_db->exec(QStringLiteral("DELETE FROM plan WHERE id = %1").arg(m_planId)).ok());
}

TEST_F(WorkflowStorage, ARequestIsDecidedOnceAndNeverDeleted)
{
    WorkflowRepository workflow(*m_db);
    PlanChangeRequest r;
    r.projectId = m_projectId;
    r.field = ChangeField::Location;
    r.from = QStringLiteral("区进修校");
    r.to = QStringLiteral("万州");
    r.reason = QStringLiteral("场地维修");
    r.filedOn = date("2026-06-01");
    r.filedBy = QStringLiteral("李明");
    auto filed = workflow.fileRequest(r, 1);
    ASSERT_TRUE(filed.ok()) << filed.error().toString().toStdString();
    EXPECT_GT(filed->id, 0);
    ASSERT_TRUE(
        workflow.decideRequest(filed->id, ChangeStatus::Approved, date("2026-06-03"), QStringLiteral("王芳"), {}).ok());
    auto again
        = workflow.decideRequest(filed->id, ChangeStatus::Rejected, date("2026-06-04"), QStringLiteral("张三"), {});
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("王芳"))) << again.error().toString().toStdString();
    auto read = workflow.request(filed->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->status, ChangeStatus::Approved);
    EXPECT_EQ(read->decidedBy, QStringLiteral("王芳"));
    EXPECT_EQ(read->seq, 1);
    EXPECT_FALSE(m_db->exec(QStringLiteral("DELETE FROM change_request")).ok());
    EXPECT_FALSE(m_db->exec(QStringLiteral("UPDATE change_request SET new_value = 'x'")).ok());
    // The audit log names who filed and who decided.
    EXPECT_EQ(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'change_request'")), 2);
}

TEST_F(WorkflowStorage, AnUnknownOrganizerIsKeptButNotAddedToTheDirectory)
{
    UnitRepository units(*m_db);
    // The project names 区教委 and 区进修校: neither was added to the directory by typing it.
    auto names = units.unitNames();
    ASSERT_TRUE(names.ok());
    EXPECT_FALSE(names->contains(QStringLiteral("区进修校")));
    auto projects = PlanRepository(*m_db).projects(m_planId);
    ASSERT_TRUE(projects.ok());
    EXPECT_EQ(projects->first().organizers, (QStringList { QStringLiteral("区教委"), QStringLiteral("区进修校") }));

    // A user adds the school under its full name and maps the short name to it.
    auto added = units.addUnit(QStringLiteral("区教师进修学校"), UnitKind::TrainingSchool);
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_TRUE(added->listed);
    ASSERT_TRUE(units.addAlias(QStringLiteral("区教师进修学校"), QStringLiteral("区进修校")).ok());
    names = units.unitNames();
    EXPECT_TRUE(names->contains(QStringLiteral("区进修校")));
    EXPECT_TRUE(names->contains(QStringLiteral("区教师进修学校")));
    EXPECT_FALSE(names->contains(QStringLiteral("区教委")));
    EXPECT_FALSE(units.addUnit(QStringLiteral("区教师进修学校"), UnitKind::Other).ok()); // already listed
    EXPECT_FALSE(units.addUnit(QStringLiteral("区进修校"), UnitKind::Other).ok()); // an alias

    // Merging 区教委 into a listed 梁平区教育委员会: the project names the merged unit, and the old name is an alias.
    ASSERT_TRUE(units.addUnit(QStringLiteral("梁平区教育委员会"), UnitKind::Bureau).ok());
    ASSERT_TRUE(units.mergeUnits(QStringLiteral("区教委"), QStringLiteral("梁平区教育委员会")).ok());
    projects = PlanRepository(*m_db).projects(m_planId);
    EXPECT_EQ(projects->first().organizers.first(), QStringLiteral("梁平区教育委员会"));
    names = units.unitNames();
    EXPECT_TRUE(names->contains(QStringLiteral("区教委")));
    auto merged = units.unitNamed(QStringLiteral("区教委"));
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(merged->name, QStringLiteral("梁平区教育委员会"));
    // Typing the old name again names the unit it was merged into.
    ASSERT_TRUE(
        PlanRepository(*m_db).updateProjectField(m_projectId, ProjectField::Organizers, QStringLiteral("区教委")).ok());
    EXPECT_EQ(PlanRepository(*m_db).projects(m_planId)->first().organizers.first(), QStringLiteral("梁平区教育委员会"));
    EXPECT_GE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'unit'")), 4);
}

TEST(Migration011, EveryChangeOfTheOldRegisterIsARequestOfTheOneTable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    {
        auto db = Database::open(path, 8);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        ASSERT_EQ((*db)->schemaVersion(), 8);
        Database& d = **db;
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO plan (district, year) VALUES ('梁平区', 2021)")).ok());
        ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO project (plan_id, seq, name, months_text) VALUES "
                                          "(1, 1, '师德培训', '3月'), (1, 2, '班主任培训', '5月')"))
                        .ok());
        // 项目详情's register (002): a date change approved, a place change pending, one with a field of its own.
        ASSERT_TRUE(
            d.exec(QStringLiteral(
                       "INSERT INTO project_change (project_id, seq, field, old_text, new_text, old_start, "
                       "new_start, requested_on, decided_on, decision, note) VALUES "
                       "(1, 1, '培训时间', '3月31日', '5月10日', '2021-03-31', '2021-05-10', '2021-02-26', "
                       "'2021-03-02', 'approved', '与期中考试冲突'), "
                       "(1, 2, '培训地点', '区进修校', '万州', NULL, NULL, '2021-03-01', NULL, 'pending', ''), "
                       "(2, 1, '授课教师', '张老师', '李老师', NULL, '2021-05-10', NULL, NULL, 'rejected', '')"))
                .ok());
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    Database& d = **db;
    EXPECT_EQ(d.schemaVersion(), latestSchemaVersion());
    // One table: the old one is gone, every row of it is a request, in the order made.
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'project_change'")), 0);
    auto requests = WorkflowRepository(d).requests(1);
    ASSERT_TRUE(requests.ok()) << requests.error().toString().toStdString();
    ASSERT_EQ(requests->size(), 3);
    const PlanChangeRequest& first = requests->at(0);
    EXPECT_EQ(first.seq, 1);
    EXPECT_EQ(first.kind, ChangeKind::Change);
    EXPECT_EQ(first.field, ChangeField::Months); // 培训时间: the plan's 拟培训时间
    EXPECT_EQ(first.from, QStringLiteral("3月31日"));
    EXPECT_EQ(first.to, QStringLiteral("5月10日"));
    EXPECT_EQ(first.reason, QStringLiteral("与期中考试冲突"));
    EXPECT_EQ(first.effective, date("2021-03-31")); // the earlier of the old and the new start
    EXPECT_EQ(first.filedOn, date("2021-02-26"));
    EXPECT_EQ(first.status, ChangeStatus::Approved);
    EXPECT_EQ(first.decidedOn, date("2021-03-02"));
    EXPECT_FALSE(first.filedBy.trimmed().isEmpty()) << "who filed it was never recorded, and the row says so";
    EXPECT_EQ(requests->at(1).field, ChangeField::Location);
    EXPECT_EQ(requests->at(1).status, ChangeStatus::Pending);
    EXPECT_EQ(requests->at(1).filedOn, date("2021-03-01"));
    const PlanChangeRequest& own = requests->at(2);
    EXPECT_EQ(own.seq, 2);
    EXPECT_FALSE(own.field.has_value()) << "授课教师 is no column of the plan: kept as typed";
    EXPECT_EQ(own.status, ChangeStatus::Rejected);
    EXPECT_EQ(own.effective, date("2021-05-10"));
    EXPECT_EQ(count(d, QStringLiteral("SELECT COUNT(*) FROM change_request WHERE field = '授课教师'")), 1);
    // A decided request is decided once, as every request of the table.
    EXPECT_FALSE(WorkflowRepository(d)
                     .decideRequest(
                         first.id, ChangeStatus::Rejected, date("2021-04-01"), QStringLiteral("区教委 王芳"), QString())
                     .ok());
}
