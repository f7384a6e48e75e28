// Issue 9: nothing lost, ever. The ledger survives replaces and deletes (migration 006, PlanRepository), audit
// operations, a foreign database left untouched, owner-only files, the cheap open and its check after an
// unclean shutdown, backups and restore, and writers that wait for each other.

#include "AuditLog.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "LedgerRepository.h"
#include "Migrations.h"
#include "PlanRepository.h"
#include "TeacherRepository.h"
#include "TestBackend.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include <atomic>
#include <limits>
#include <sys/stat.h>

using namespace tp;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int modeOf(const QString& path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

qint64 scalar(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().message.toStdString());
    return (q && q->next()) ? q->value(0).toLongLong() : -1;
}

// A plan with two projects, six teachers, a roster, attendance and registered credits: the ledger the issue's
// replace erased.
class LedgerSafetyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(test::databaseLocation(m_dir, QStringLiteral("ledger.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = *db;
        m_db->setActor(QStringLiteral("tester"));
        PlanRepository plans(*m_db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2021;
        plan.sourceFile = QStringLiteral("old.csv");
        auto imported = plans.importPlan(plan,
            { project(1, QStringLiteral("中小学班主任培训"), QStringLiteral("5")),
                project(2, QStringLiteral("信息技术应用能力提升"), QStringLiteral("3")),
                project(3, QStringLiteral("没有报名的讲座"), QStringLiteral("1")) },
            false);
        ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
        m_plan = *imported;
        auto list = plans.projects(m_plan.id);
        m_projects = list.value();
        // 2 credits each (the 梁平 source publishes no conversion: issue 11).
        for (const Project& p : m_projects)
            ASSERT_TRUE(EnrollmentRepository(*m_db).setProjectCredit(p.id, TrainingKind::Centralized, 2.0).ok());
        m_school = *UnitRepository(*m_db).ensureUnit(QStringLiteral("梁平区实验小学"));
        QList<Teacher> teachers;
        for (int i = 0; i < 6; ++i) {
            Teacher t;
            t.staffNumber = QStringLiteral("10%1").arg(i);
            t.name = QStringLiteral("教师%1").arg(i);
            t.unitId = m_school;
            teachers << t;
        }
        m_teachers = TeacherRepository(*m_db).importTeachers(teachers, QStringLiteral("t.csv")).value();
        EnrollmentRepository enrollments(*m_db);
        LedgerRepository ledger(*m_db);
        for (int p = 0; p < 2; ++p) {
            QList<RosterLine> lines;
            for (qint64 t : m_teachers)
                lines << RosterLine { t, m_school, 0 };
            auto outcome
                = enrollments.enrollRoster(m_projects[p].id, lines, QStringLiteral("r.csv"), QDate(2021, 3, 1));
            ASSERT_TRUE(outcome.ok()) << outcome.error().toString().toStdString();
            QList<qint64> ids;
            for (const Enrollment& e : outcome->enrollments)
                ids << e.id;
            QHash<qint64, QList<AttendanceRecord>> attendance;
            for (qint64 id : ids)
                attendance[id] << AttendanceRecord { QDate(2021, 4, 1), 1, AttendanceKind::Present, 4, 4 };
            ASSERT_TRUE(enrollments.importAttendance(attendance, QStringLiteral("a.csv")).ok());
            auto registered = ledger.completeAndRegister(ids, ids, creditRulePreset(QStringLiteral("liangping-2021")),
                QStringLiteral("第一批"), QDate(2021, 5, 1));
            ASSERT_TRUE(registered.ok()) << registered.error().toString().toStdString();
            ASSERT_EQ(registered->registrationIds.size(), 6)
                << (registered->skipped.isEmpty() ? std::string() : registered->skipped.first().second.toStdString());
        }
    }

    static Project project(int seq, const QString& name, const QString& days)
    {
        Project p;
        p.seq = seq;
        p.name = name;
        p.organizers = { QStringLiteral("区教委"), QStringLiteral("区进修学校") };
        p.durationText = days;
        p.headcountText = QStringLiteral("60");
        p.modesText = QStringLiteral("集中培训");
        return p;
    }

    QString path(const QString& name = QStringLiteral("ledger.sqlite")) const { return m_dir.filePath(name); }

    struct Counts {
        qint64 enrollments, attendance, registrations, credits100;
        bool operator==(const Counts&) const = default;
    };
    Counts counts()
    {
        return { scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM enrollment")),
            scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM attendance")),
            scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM credit_registration")),
            scalar(
                *m_db, QStringLiteral("SELECT CAST(ROUND(SUM(credits) * 100) AS INTEGER) FROM credit_registration")) };
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    Plan m_plan;
    QList<Project> m_projects;
    qint64 m_school = 0;
    QList<qint64> m_teachers;
};

} // namespace

// --- 1. the ledger is never deleted by accident ------------------------------------------------------------

TEST_F(LedgerSafetyTest, ReplaceKeepsEveryEnrollmentAttendanceRowAndRegistration)
{
    const Counts before = counts();
    ASSERT_EQ(before.enrollments, 12);
    ASSERT_EQ(before.registrations, 12);
    // The new table: a row inserted on top (the others move down), one cell changed, the lecture gone.
    Plan plan = m_plan;
    plan.sourceFile = QStringLiteral("new.csv");
    PlanReplaceSummary summary;
    auto replaced = PlanRepository(*m_db).importPlan(plan,
        { project(1, QStringLiteral("新增的校长培训"), QStringLiteral("2")),
            project(2, QStringLiteral("中小学班主任培训"), QStringLiteral("6")),
            project(3, QStringLiteral("信息技术应用能力提升"), QStringLiteral("3")) },
        true, &summary);
    ASSERT_TRUE(replaced.ok()) << replaced.error().toString().toStdString();
    EXPECT_EQ(counts(), before);
    EXPECT_EQ(replaced->id, m_plan.id);
    EXPECT_EQ(summary.kept, 2);
    EXPECT_EQ(summary.added, 1);
    EXPECT_EQ(summary.removed, 1);
    if (!test::onServer()) { // (the server's backups are the district's: no file beside a database there)
        EXPECT_TRUE(QFileInfo::exists(summary.backupPath)) << summary.backupPath.toStdString();
    }
    auto after = PlanRepository(*m_db).projects(m_plan.id);
    ASSERT_EQ(after->size(), 3);
    EXPECT_EQ(after->at(1).id, m_projects[0].id); // the same project: its roster and credits with it
    EXPECT_EQ(after->at(1).seq, 2);
    EXPECT_EQ(after->at(1).durationText, QStringLiteral("6"));
    EXPECT_EQ(after->at(2).id, m_projects[1].id);
    EXPECT_EQ(EnrollmentRepository(*m_db).enrollments(m_projects[0].id)->size(), 6);
    // Audited: the removed lecture with its old values, the changed row old → new, one operation.
    auto removed = m_db->exec(
        QStringLiteral("SELECT old_value, operation_id FROM audit_log WHERE entity = 'project' AND action = 'delete'"));
    ASSERT_TRUE(removed->next());
    const QJsonObject old = QJsonDocument::fromJson(removed->value(0).toString().toUtf8()).object();
    EXPECT_EQ(old.value(QStringLiteral("name")).toString(), QStringLiteral("没有报名的讲座"));
    EXPECT_EQ(old.value(QStringLiteral("organizers")).toArray().size(), 2);
    const qint64 operation = removed->value(1).toLongLong();
    EXPECT_GT(operation, 0);
    EXPECT_EQ(scalar(*m_db,
                  QStringLiteral("SELECT COUNT(DISTINCT operation_id) FROM audit_log WHERE id > (SELECT MAX(id) FROM "
                                 "audit_log WHERE action = 'register')")),
        1);
}

TEST_F(LedgerSafetyTest, ReplaceThatWouldDropAProjectWithEnrollmentsIsRefusedAndListsIt)
{
    const Counts before = counts();
    auto replaced = PlanRepository(*m_db).importPlan(m_plan,
        { project(1, QStringLiteral("中小学班主任培训"), QStringLiteral("5")),
            project(2, QStringLiteral("另一个项目"), QStringLiteral("3")) },
        true);
    ASSERT_FALSE(replaced.ok());
    const QString message = replaced.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("信息技术应用能力提升"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("6 人报名"))) << message.toStdString();
    EXPECT_EQ(counts(), before);
    auto projects = PlanRepository(*m_db).projects(m_plan.id);
    EXPECT_EQ(projects->size(), 3);
    EXPECT_EQ(projects->at(2).name, QStringLiteral("没有报名的讲座"));
}

TEST_F(LedgerSafetyTest, DeletingAProjectWithEnrollmentsIsRefusedWithTheCounts)
{
    const Counts before = counts();
    Status s = PlanRepository(*m_db).deleteProject(m_projects[0].id);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("6 人报名"))) << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("取消"))) << "offers cancellation instead";
    EXPECT_EQ(counts(), before);
    auto ledger = PlanRepository(*m_db).ledgerOf(m_projects[0].id);
    EXPECT_EQ(ledger->enrollments, 6);
    EXPECT_EQ(ledger->registrations, 6);
    EXPECT_FALSE(PlanRepository(*m_db).deletePlan(m_plan.id).ok());
    EXPECT_EQ(counts(), before);
    // Even SQL that goes around the repositories cannot: RESTRICT, and registrations are never deleted.
    EXPECT_FALSE(m_db->exec(QStringLiteral("DELETE FROM project WHERE id = %1").arg(m_projects[0].id)).ok());
    EXPECT_FALSE(m_db->exec(QStringLiteral("DELETE FROM plan")).ok());
    EXPECT_FALSE(m_db->exec(QStringLiteral("DELETE FROM teacher")).ok());
    EXPECT_FALSE(m_db->exec(QStringLiteral("DELETE FROM credit_registration")).ok());
    EXPECT_FALSE(m_db->exec(QStringLiteral("DELETE FROM enrollment")).ok());
    EXPECT_FALSE(m_db->exec(QStringLiteral("DELETE FROM audit_log")).ok());
    EXPECT_FALSE(m_db->exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")).ok());
    EXPECT_EQ(counts(), before);
    EXPECT_FALSE(TeacherRepository(*m_db).removeTeacher(m_teachers[0]).ok());
}

TEST_F(LedgerSafetyTest, DeletingAProjectWithoutEnrollmentsAuditsEveryOldValue)
{
    ASSERT_TRUE(PlanRepository(*m_db).deleteProject(m_projects[2].id).ok());
    auto q = m_db->exec(QStringLiteral("SELECT old_value, actor FROM audit_log WHERE entity = 'project' AND action = "
                                       "'delete' AND entity_id = %1")
                            .arg(m_projects[2].id));
    ASSERT_TRUE(q->next());
    const QJsonObject old = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    EXPECT_EQ(old.value(QStringLiteral("name")).toString(), QStringLiteral("没有报名的讲座"));
    EXPECT_EQ(old.value(QStringLiteral("duration")).toString(), QStringLiteral("1"));
    EXPECT_EQ(old.value(QStringLiteral("headcount")).toString(), QStringLiteral("60"));
    EXPECT_EQ(old.value(QStringLiteral("organizers")).toArray().at(1).toString(), QStringLiteral("区进修学校"));
    EXPECT_EQ(q->value(1).toString(), QStringLiteral("tester"));
}

TEST_F(LedgerSafetyTest, OneOperationGroupsItsAuditRows)
{
    const qint64 operationsBefore = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_operation"));
    EnrollmentRepository enrollments(*m_db);
    // One batch: three status changes, one audit operation.
    auto list = enrollments.enrollments(m_projects[0].id);
    ASSERT_TRUE(enrollments.setStatuses({ list->at(0).id, list->at(1).id }, EnrollmentStatus::Completed).ok());
    {
        Transaction tx(*m_db, QStringLiteral("导入 x.csv"));
        ASSERT_TRUE(writeAudit(*m_db, QStringLiteral("teacher"), 1, QStringLiteral("a")).ok());
        ASSERT_TRUE(writeAudit(*m_db, QStringLiteral("teacher"), 2, QStringLiteral("b")).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_operation")), operationsBefore + 1);
    EXPECT_EQ(scalar(*m_db,
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operation_id = (SELECT MAX(id) FROM "
                                 "audit_operation)")),
        2);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_operation WHERE label = '导入 x.csv'")), 1);
    // Every audit row belongs to an operation.
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operation_id IS NULL")), 0);
}

TEST(LedgerMigration, FromAVersion3DatabaseEveryLedgerRowAndIdIsKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        auto db = Database::open(path, 3);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        Database& d = **db;
        for (const char* sql :
            {
                "INSERT INTO unit (id, name) VALUES (1, '区教委'), (2, '实验小学')",
                "INSERT INTO plan (id, district, year) VALUES (1, '梁平区', 2021)",
                "INSERT INTO project (id, plan_id, seq, name) VALUES (1, 1, 1, '班主任培训'), (2, 1, 2, '讲座')",
                "INSERT INTO teacher (id, staff_number, name, unit_id) VALUES (1, '001', '张伟', 2), (2, '002', "
                "'王芳', 2), (7, '007', '李娜', 2)",
                "INSERT INTO enrollment (id, project_id, teacher_id, unit_id, status, queue_position, hours_attended, "
                "credits_awarded) VALUES (1, 1, 1, 2, 'completed', 1, 8, 2), (5, 1, 2, 2, 'completed', 2, 8, 2)",
                "INSERT INTO attendance (enrollment_id, date, session, kind, hours, planned_hours) VALUES "
                "(1, '2021-04-01', 1, 'present', 4, 4), (1, '2021-04-02', 1, 'present', 4, 4), "
                "(5, '2021-04-01', 1, 'present', 4, 4)",
                "INSERT INTO external_credit (id, teacher_id, year, level, kind, credits, hours, title, source) "
                "VALUES (3, 7, 2022, 'national', 'online', 4, 40, '国培', '国培')",
                "INSERT INTO credit_registration (id, teacher_id, enrollment_id, year, level, kind, credits, hours, "
                "registered_on) VALUES (1, 1, 1, 2021, 'county', 'centralized', 2, 8, '2021-05-01'), "
                "(2, 2, 5, 2021, 'county', 'centralized', 2, 8, '2021-05-01')",
                "INSERT INTO credit_registration (id, teacher_id, external_credit_id, year, level, kind, credits, "
                "hours, registered_on) VALUES (9, 7, 3, 2022, 'national', 'online', 4, 40, '2022-06-01')",
                "INSERT INTO credit_registration (id, teacher_id, enrollment_id, year, level, kind, credits, hours, "
                "registered_on, reversal_of) VALUES (10, 2, 5, 2021, 'county', 'centralized', -2, -8, '2021-06-01', 2)",
                // An id given once and its row deleted since: never given again (AUTOINCREMENT).
                "UPDATE sqlite_sequence SET seq = 40 WHERE name = 'credit_registration'",
                "INSERT INTO audit_log (entity, entity_id, action) VALUES ('plan', 1, 'create')",
            })
            ASSERT_TRUE(d.exec(QString::fromUtf8(sql)).ok()) << sql;
        EXPECT_EQ(scalar(d, QStringLiteral("SELECT SUM(credits) FROM credit_total")), 6);
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    Database& d = **db;
    EXPECT_EQ(d.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(scalar(d, QStringLiteral("PRAGMA application_id")), Database::kApplicationId);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM enrollment")), 2);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT SUM(id) FROM enrollment")), 6);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM attendance")), 3);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM external_credit WHERE id = 3")), 1);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM credit_registration")), 4);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT SUM(id) FROM credit_registration")), 22);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT reversal_of FROM credit_registration WHERE id = 10")), 2);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
    auto problems = d.checkIntegrity(true);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    // A backup was made before the upgrade.
    EXPECT_EQ(QDir(d.backupFolder()).entryList({ QStringLiteral("*before-upgrade*.sqlite") }, QDir::Files).size(), 1);

    // The maintained totals still follow every registration (003's trigger, recreated), and ids continue after 40.
    ExternalCredit c { 0, 1, 2023, TrainingLevel::County, TrainingKind::Centralized, 3, 24, QStringLiteral("市培"),
        QStringLiteral("市培") };
    auto id = LedgerRepository(d).addExternalCredit(c, QStringLiteral("x"));
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    EXPECT_GT(id.value(), 40);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT SUM(credits) FROM credit_total")), 9);
    // And the ledger is kept: no delete reaches it any more.
    EXPECT_FALSE(d.exec(QStringLiteral("DELETE FROM project WHERE id = 1")).ok());
    EXPECT_FALSE(d.exec(QStringLiteral("DELETE FROM teacher WHERE id = 7")).ok());
    EXPECT_FALSE(d.exec(QStringLiteral("DELETE FROM credit_registration WHERE id = 9")).ok());
    EXPECT_FALSE(d.exec(QStringLiteral("UPDATE credit_registration SET credits = 100 WHERE id = 9")).ok());
    EXPECT_TRUE(d.exec(QStringLiteral("DELETE FROM project WHERE id = 2")).ok()) << "no enrollments: deletable";
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM credit_registration")), 5);
}

TEST(LedgerMigration, FromAVersion5DatabaseTheRuleSetColumnsAndTheirTotalsAreKept)
{
    // A database the main branch made before the ledger migration existed (005 came first).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    {
        auto db = Database::open(path, 5);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        ASSERT_EQ((*db)->schemaVersion(), 5);
        Database& d = **db;
        for (const char* sql : {
                 "INSERT INTO unit (id, name) VALUES (2, '实验小学')",
                 "INSERT INTO teacher (id, staff_number, name, unit_id) VALUES (1, '001', '张伟', 2)",
                 "INSERT INTO credit_rule_set (id, district, preset, name, definition) VALUES (4, '梁平区', "
                 "'liangping-2021', '梁平', '{}')",
                 "INSERT INTO external_credit (id, teacher_id, year, level, kind, credits, hours, title, source, "
                 "category) VALUES (3, 1, 2022, 'municipal', 'centralized', 4, 32, '市培', '市培', '通识')",
                 "INSERT INTO credit_registration (id, teacher_id, external_credit_id, year, level, kind, credits, "
                 "hours, registered_on, rule_set_id, conversion, attendance, category) VALUES (7, 1, 3, 2022, "
                 "'municipal', 'centralized', 4, 32, '2022-06-01', 4, '8 学时 = 1 学分', '全勤', '通识')",
             })
            ASSERT_TRUE(d.exec(QString::fromUtf8(sql)).ok()) << sql;
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    Database& d = **db;
    EXPECT_EQ(d.schemaVersion(), latestSchemaVersion());
    auto q = d.exec(
        QStringLiteral("SELECT rule_set_id, conversion, attendance, category FROM credit_registration WHERE id = 7"));
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toInt(), 4);
    EXPECT_EQ(q->value(1).toString(), QStringLiteral("8 学时 = 1 学分"));
    EXPECT_EQ(q->value(2).toString(), QStringLiteral("全勤"));
    EXPECT_EQ(q->value(3).toString(), QStringLiteral("通识"));
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM external_credit WHERE category = '通识'")), 1);
    // 005's category totals still follow new registrations; the ledger is kept.
    ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO credit_registration (teacher_id, external_credit_id, year, level, "
                                      "kind, credits, hours, registered_on, category) VALUES (1, 3, 2022, "
                                      "'municipal', 'centralized', 1, 8, '2022-07-01', '通识')"))
                    .ok());
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT CAST(SUM(credits) AS INTEGER) FROM credit_category_year_total")), 5)
        << "4 registered under 005, 1 after the rebuild";
    EXPECT_FALSE(d.exec(QStringLiteral("DELETE FROM credit_registration WHERE id = 7")).ok());
    EXPECT_FALSE(d.exec(QStringLiteral("DELETE FROM teacher WHERE id = 1")).ok());
    auto problems = d.checkIntegrity(true);
    EXPECT_TRUE(problems.ok() && problems->isEmpty());
}

// --- 3. numbers finite and within bounds, at the lowest layer too ------------------------------------------

TEST_F(LedgerSafetyTest, ExternalCreditsOfInfinityOrHugeAmountsAreRefused)
{
    const Counts before = counts();
    LedgerRepository ledger(*m_db);
    for (double credits :
        { std::numeric_limits<double>::infinity(), 1e308, std::numeric_limits<double>::quiet_NaN(), -1.0, 501.0 }) {
        ExternalCredit c { 0, m_teachers[0], 2022, TrainingLevel::National, TrainingKind::Online, credits, 10,
            QStringLiteral("国培"), QStringLiteral("国培") };
        auto r = ledger.addExternalCredit(c, QStringLiteral("x"));
        EXPECT_FALSE(r.ok()) << credits;
    }
    EXPECT_EQ(counts(), before);
}

// --- 7. credits register --complete in one transaction -------------------------------------------------------

TEST_F(LedgerSafetyTest, CompleteAndRegisterIsAllOrNothing)
{
    EnrollmentRepository enrollments(*m_db);
    auto list = enrollments.enrollments(m_projects[2].id);
    ASSERT_TRUE(list->isEmpty());
    QList<RosterLine> lines;
    for (qint64 t : m_teachers)
        lines << RosterLine { t, m_school, 0 };
    auto outcome = enrollments.enrollRoster(m_projects[2].id, lines, QString(), QDate(2021, 3, 1));
    ASSERT_TRUE(outcome.ok());
    QList<qint64> ids;
    for (const Enrollment& e : outcome->enrollments)
        ids << e.id;
    // The registration fails (an enrollment that does not exist): the statuses set before it are rolled back.
    auto r = LedgerRepository(*m_db).completeAndRegister(
        ids, ids + QList<qint64> { 999999 }, creditRulePreset(QStringLiteral("liangping-2021")), QStringLiteral("x"));
    ASSERT_FALSE(r.ok());
    const auto after = enrollments.enrollments(m_projects[2].id);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 6);
    for (const Enrollment& e : after.value())
        EXPECT_EQ(e.status, EnrollmentStatus::Admitted);
}

// --- 8. a foreign database is left untouched; databases are the owner's -----------------------------------

TEST(ForeignDatabase, IsRefusedBeforeAnythingIsWrittenToIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        // Another program's database: its own tables, rollback journal, no application_id of ours.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO invoices (amount) VALUES (12.5)")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    const qint64 size = QFileInfo(path).size();
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("invoices"))) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("不是 TrainPlan"))) << db.error().message.toStdString();
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(QFileInfo(path).size(), size);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))) << "no switch to WAL";
    EXPECT_TRUE(QDir(dir.path()).entryList({ QStringLiteral("*session*") }, QDir::Files | QDir::Hidden).isEmpty());
}

TEST(ForeignDatabase, AnotherProgramsApplicationIdIsRefusedEvenWithoutTables)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("app"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = 1234")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("app"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(fileHash(path), before);
}

TEST(DatabaseFiles, ANewDatabaseAndItsJournalAreReadableByTheOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), 0600);
    EXPECT_EQ(scalar(**db, QStringLiteral("PRAGMA application_id")), Database::kApplicationId);
}

// --- #16: the cheap open; the whole-file check after an unclean shutdown and on demand ---------------------

TEST(DatabaseOpen, TheWholeFileIsCheckedOnlyAfterASessionThatDidNotClose)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        EXPECT_FALSE((*db)->checkedAfterUncleanShutdown());
        // While it is open, a second open (the CLI beside the GUI) does not take it for a crash.
        auto second = Database::open(path);
        ASSERT_TRUE(second.ok());
        EXPECT_FALSE((*second)->checkedAfterUncleanShutdown());
    }
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        EXPECT_FALSE((*db)->checkedAfterUncleanShutdown()) << "closed cleanly: no whole-file check";
    }
    // A session that never closed (killed: its marker stays, and nobody holds its lock).
    QFile marker(dir.filePath(QStringLiteral("s.sqlite-session-999999-0")));
    ASSERT_TRUE(marker.open(QIODevice::WriteOnly));
    marker.close();
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        EXPECT_TRUE((*db)->checkedAfterUncleanShutdown());
    }
    EXPECT_FALSE(marker.exists()) << "the stale marker is removed";
    auto db = Database::open(path);
    EXPECT_FALSE((*db)->checkedAfterUncleanShutdown());
}

TEST(DatabaseOpen, TheGuiDefersTheWholeFileCheckAndTheUnclosedSessionIsForgottenOnlyWhenItPasses)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    ASSERT_TRUE(Database::open(path).ok());
    // A session that never closed (killed: its marker stays, and nobody holds its lock).
    QFile marker(dir.filePath(QStringLiteral("s.sqlite-session-999999-0")));
    ASSERT_TRUE(marker.open(QIODevice::WriteOnly));
    marker.close();
    {
        // The GUI's open: no whole-file read on the way to the window; the check is left to it.
        auto db = Database::open(path, -1, IntegrityCheckTiming::Deferred);
        ASSERT_TRUE(db.ok());
        EXPECT_TRUE((*db)->integrityCheckPending());
        EXPECT_FALSE((*db)->checkedAfterUncleanShutdown());
        EXPECT_TRUE(marker.exists()) << "not checked yet: the next program to open the file must know";
        // The check on a worker's connection found a problem: the marker stays, the next open checks again.
        (*db)->finishDeferredIntegrityCheck(false);
        EXPECT_FALSE((*db)->integrityCheckPending());
        EXPECT_FALSE((*db)->checkedAfterUncleanShutdown());
        EXPECT_TRUE(marker.exists());
    }
    {
        auto db = Database::open(path, -1, IntegrityCheckTiming::Deferred);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->integrityCheckPending());
        auto worker = Database::openSecondary(path);
        ASSERT_TRUE(worker.ok());
        auto problems = (*worker)->checkIntegrity(false);
        ASSERT_TRUE(problems.ok());
        EXPECT_TRUE(problems->isEmpty());
        (*db)->finishDeferredIntegrityCheck(true);
        EXPECT_TRUE((*db)->checkedAfterUncleanShutdown());
        EXPECT_FALSE(marker.exists()) << "checked and intact: the unclosed session is forgotten";
    }
    auto db = Database::open(path, -1, IntegrityCheckTiming::Deferred);
    ASSERT_TRUE(db.ok());
    EXPECT_FALSE((*db)->integrityCheckPending()) << "closed cleanly: nothing to check";
}

TEST(DatabaseOpen, CheckIntegrityFindsADamagedFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        auto clean = (*db)->checkIntegrity(true);
        ASSERT_TRUE(clean.ok());
        EXPECT_TRUE(clean->isEmpty());
        Transaction tx(**db);
        for (int i = 0; i < 300; ++i)
            ASSERT_TRUE((*db)->exec(QStringLiteral("INSERT INTO unit (name) VALUES ('单位%1')").arg(i)).ok());
        ASSERT_TRUE(tx.commit().ok());
        ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    // Scribble over the middle of an index page (not the header): quick_check sees it.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    ASSERT_GT(pages, 4);
    for (qint64 page = 2; page < pages; ++page) {
        f.seek(page * 4096 + 100);
        f.write(QByteArray(600, '\x5a'));
    }
    f.close();
    auto db = Database::open(path);
    if (db.ok()) {
        auto problems = (*db)->checkIntegrity(false);
        EXPECT_TRUE(!problems.ok() || !problems->isEmpty());
    }
}

// --- 12. backups and restore ----------------------------------------------------------------------------------

TEST_F(LedgerSafetyTest, BackupIsAConsistentOwnerOnlyCopyWhileTheDataSitsInTheWal)
{
    if (test::onServer())
        GTEST_SKIP() << "SQLite only: a file backup (the server's copy is server export)";
    // Committed but not checkpointed: the .sqlite file alone would miss it (the clerk's copy of the issue).
    ASSERT_TRUE(m_db->exec(QStringLiteral("INSERT INTO unit (name) VALUES ('只在 WAL 中的单位')")).ok());
    const QString target = path(QStringLiteral("copies/backup.sqlite"));
    ASSERT_TRUE(m_db->backup(target).ok());
    EXPECT_EQ(modeOf(target), 0600);
    auto summary = Database::inspectFile(target);
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_TRUE(summary->trainPlan);
    EXPECT_TRUE(summary->intact);
    EXPECT_EQ(summary->schemaVersion, latestSchemaVersion());
    EXPECT_EQ(summary->plans, 1);
    EXPECT_EQ(summary->projects, 3);
    EXPECT_EQ(summary->teachers, 6);
    EXPECT_EQ(summary->enrollments, 12);
    EXPECT_EQ(summary->registrations, 12);
    auto copy = Database::open(target);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(scalar(**copy, QStringLiteral("SELECT COUNT(*) FROM unit WHERE name = '只在 WAL 中的单位'")), 1);
    // Inside a transaction there is no consistent copy to make.
    Transaction tx(*m_db);
    EXPECT_FALSE(m_db->backup(path(QStringLiteral("copies/b2.sqlite"))).ok());
}

TEST_F(LedgerSafetyTest, DailyBackupIsMadeOnceADayAndOldOnesGo)
{
    if (test::onServer())
        GTEST_SKIP() << "SQLite only: a file backup (the server's backups are the district's)";
    auto first = m_db->dailyBackup(3, QDate(2024, 5, 1));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    const QByteArray hash = fileHash(first.value());
    ASSERT_TRUE(m_db->exec(QStringLiteral("INSERT INTO unit (name) VALUES ('later')")).ok());
    EXPECT_EQ(m_db->dailyBackup(3, QDate(2024, 5, 1)).value(), first.value());
    EXPECT_EQ(fileHash(first.value()), hash) << "today's backup is not redone";
    ASSERT_TRUE(m_db->dailyBackup(3, QDate(2024, 5, 2)).ok());
    ASSERT_TRUE(m_db->dailyBackup(3, QDate(2024, 5, 5)).ok());
    const QStringList left
        = QDir(m_db->backupFolder()).entryList({ QStringLiteral("*-daily-*.sqlite") }, QDir::Files, QDir::Name);
    EXPECT_EQ(left, (QStringList { QStringLiteral("ledger-daily-2024-05-05.sqlite") }))
        << left.join(QLatin1Char(' ')).toStdString();
}

TEST_F(LedgerSafetyTest, RestoreChecksTheCandidateAndOtherConnectionsSeeTheRestoredState)
{
    if (test::onServer())
        GTEST_SKIP() << "SQLite only: a file restore (the server's is server import)";
    const QString saved = path(QStringLiteral("saved.sqlite"));
    ASSERT_TRUE(m_db->backup(saved).ok());
    ASSERT_TRUE(PlanRepository(*m_db).deleteProject(m_projects[2].id).ok());
    auto other = Database::openSecondary(path());
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(scalar(**other, QStringLiteral("SELECT COUNT(*) FROM project")), 2);

    // A foreign file, a damaged one: refused, nothing replaced.
    const QString junk = path(QStringLiteral("junk.sqlite"));
    QFile j(junk);
    ASSERT_TRUE(j.open(QIODevice::WriteOnly));
    j.write(QByteArray(8192, 'x'));
    j.close();
    EXPECT_FALSE(m_db->restoreFrom(junk).ok());
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM project")), 2);

    auto restored = m_db->restoreFrom(saved);
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    EXPECT_EQ(restored->projects, 3);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM project")), 3);
    EXPECT_EQ(scalar(**other, QStringLiteral("SELECT COUNT(*) FROM project")), 3);
    EXPECT_EQ(QDir(m_db->backupFolder()).entryList({ QStringLiteral("*before-restore*") }, QDir::Files).size(), 1);
    auto problems = m_db->checkIntegrity(true);
    EXPECT_TRUE(problems.ok() && problems->isEmpty());
}

// --- 5. writers wait ------------------------------------------------------------------------------------------

namespace {
// Holds a write transaction on its own connection, in its own thread, for `holdMs`.
class Holder : public QThread {
public:
    Holder(QString path, int holdMs)
        : m_path(std::move(path))
        , m_holdMs(holdMs)
    {
    }
    std::atomic<bool> holding { false };

protected:
    void run() override
    {
        auto db = Database::openSecondary(m_path);
        if (!db.ok())
            return;
        {
            Transaction tx(**db);
            (void)(*db)->exec(QStringLiteral("INSERT INTO unit (name) VALUES ('holder')"));
            holding = true;
            QThread::msleep(m_holdMs);
            (void)tx.commit();
        }
        db->reset();
    }

private:
    QString m_path;
    int m_holdMs;
};
} // namespace

TEST_F(LedgerSafetyTest, ASecondWriterWaitsForTheFirstInsteadOfFailing)
{
    Holder holder(m_db->path(), 800); // (on the server: its address; writers wait there too)
    holder.start();
    while (!holder.holding)
        QThread::msleep(5);
    QElapsedTimer waited;
    waited.start();
    Teacher late;
    late.staffNumber = QStringLiteral("200");
    late.name = QStringLiteral("后来者");
    late.unitId = m_school;
    auto teacher = TeacherRepository(*m_db).addTeacher(late);
    EXPECT_TRUE(teacher.ok()) << teacher.error().toString().toStdString();
    EXPECT_GE(waited.elapsed(), 200) << "it waited for the holder";
    holder.wait();
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM unit WHERE name = 'holder'")), 1);
}

TEST_F(LedgerSafetyTest, AWriterThatWaitedPastTheTimeoutSaysSoPlainly)
{
    ASSERT_TRUE(m_db->setBusyTimeout(300).ok());
    Holder holder(m_db->path(), 1200);
    holder.start();
    while (!holder.holding)
        QThread::msleep(5);
    Transaction tx(*m_db);
    EXPECT_FALSE(tx.isActive());
    // The message names the time really waited: at least the 0.3 s timeout, more on a busy machine.
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("另一个程序正在写入，已等待 ([0-9.]+) 秒")).match(tx.error().message);
    ASSERT_TRUE(m.hasMatch()) << tx.error().message.toStdString();
    EXPECT_GE(m.captured(1).toDouble(), 0.3) << tx.error().message.toStdString();
    EXPECT_EQ(tx.error().code, QStringLiteral("busy")) << "the GUI retries on this code";
    holder.wait();
}
