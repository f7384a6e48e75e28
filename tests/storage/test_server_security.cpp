// Issue 13: the server enforces the roles itself. Each role logs in with its own login and plain SQL (QPSQL, not
// TrainPlan's repositories), and what it may not read or write is refused by PostgreSQL: a school clerk sees only
// its unit's teachers, enrolments, attendance and credits; the audit's actor and every registration's 登记人 are
// the session's login; nobody edits or empties the audit log.

#include "AuditQuery.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "PlanRepository.h"
#include "ServerAdmin.h"
#include "TeacherRepository.h"
#include "TestBackend.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <gtest/gtest.h>

#include <atomic>
#include <barrier>

using namespace tp;

namespace {

class ServerSecurityTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        m_address = test::createServerDatabase(&error);
        ASSERT_FALSE(m_address.isEmpty()) << error.toStdString();
        auto db = Database::open(m_address); // the owner: migrations make the roles and the policies
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_owner = *db;
        for (const char* sql :
            {
                "INSERT INTO unit (id, name) VALUES (1, '梁平区实验小学'), (2, '梁平区城东小学')",
                "INSERT INTO plan (id, district, year) VALUES (1, '梁平区', 2021)",
                "INSERT INTO project (id, plan_id, seq, name) VALUES (1, 1, 1, '班主任培训')",
                "INSERT INTO teacher (id, staff_number, name, unit_id) VALUES (1, '00001', '张伟', 1), "
                "(2, '00002', '王芳', 2)",
                "INSERT INTO enrollment (id, project_id, teacher_id, unit_id, status, queue_position) VALUES "
                "(1, 1, 1, 1, 'completed', 1), (2, 1, 2, 2, 'completed', 2)",
                "INSERT INTO attendance (enrollment_id, date, kind, hours) VALUES (1, '2021-04-01', 'present', 4), "
                "(2, '2021-04-01', 'present', 4)",
                "INSERT INTO credit_registration (teacher_id, enrollment_id, year, level, kind, credits, hours, "
                "registered_on) VALUES (1, 1, 2021, 'county', 'centralized', 2, 16, '2021-05-01'), "
                "(2, 2, 2021, 'county', 'centralized', 2, 16, '2021-05-01')",
                // (the rows above were given their ids: new rows take the next ones)
                "SELECT setval(pg_get_serial_sequence('unit', 'id'), 10), setval(pg_get_serial_sequence('teacher', "
                "'id'), 10), setval(pg_get_serial_sequence('enrollment', 'id'), 10), "
                "setval(pg_get_serial_sequence('plan', 'id'), 10), setval(pg_get_serial_sequence('project', 'id'), 10)",
            })
            ASSERT_TRUE(m_owner->exec(QString::fromUtf8(sql)).ok()) << sql;
        ServerAdmin admin(*m_owner);
        const QString suffix = test::uniqueSuffix();
        for (auto [name, role, unit] : { std::tuple { "clerk", ServerRole::SchoolAdmin, "梁平区实验小学" },
                 std::tuple { "bureau", ServerRole::Bureau, "" },
                 std::tuple { "school", ServerRole::TrainingSchool, "" },
                 std::tuple { "reader", ServerRole::ReadOnly, "" } }) {
            const QString login = QString::fromLatin1(name) + suffix;
            test::registerServerLogin(login);
            auto added = admin.addUser(login, role, QString::fromUtf8(unit), QStringLiteral("pw-%1").arg(login));
            ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
            m_logins[QString::fromLatin1(name)] = login;
        }
    }

    void TearDown() override
    {
        for (const QString& c : std::as_const(m_connections))
            QSqlDatabase::removeDatabase(c);
    }

    // A plain QPSQL connection logged in as `who` (clerk, bureau, school, reader).
    QSqlDatabase login(const QString& who)
    {
        const QUrl url(m_address);
        const QString name = QStringLiteral("security-%1").arg(who);
        if (!m_connections.contains(name)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(m_logins.value(who));
            db.setPassword(QStringLiteral("pw-%1").arg(m_logins.value(who)));
            EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
            m_connections << name;
        }
        return QSqlDatabase::database(name);
    }

    // TrainPlan's own connection logged in as `who` (another program: its own connection name).
    Result<std::shared_ptr<Database>> trainPlanAs(const QString& who)
    {
        QUrl url(m_address);
        url.setUserName(m_logins.value(who));
        url.setPassword(QStringLiteral("pw-%1").arg(m_logins.value(who)));
        return Database::openSecondary(url.toString());
    }

    // The rows of a query as "a|b" lines; empty (and the error in `error`) when refused.
    QStringList rows(const QString& who, const QString& sql, QString* error = nullptr)
    {
        QSqlQuery q(login(who));
        QStringList out;
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return out;
        }
        while (q.next()) {
            QStringList cells;
            for (int i = 0; q.value(i).isValid(); ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    // Whether the statement is refused; the server's words in `error`.
    bool refused(const QString& who, const QString& sql, QString* error = nullptr)
    {
        QSqlQuery q(login(who));
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
        return !ok;
    }

    qint64 ownerCount(const QString& sql)
    {
        auto q = m_owner->exec(sql);
        return (q && q->next()) ? q->value(0).toLongLong() : -1;
    }

    QString m_address;
    std::shared_ptr<Database> m_owner;
    QHash<QString, QString> m_logins;
    QStringList m_connections;
};

} // namespace

TEST_F(ServerSecurityTest, ASchoolClerkReadsOnlyItsOwnUnitsTeachersEnrolmentsAndCredits)
{
    EXPECT_EQ(rows(QStringLiteral("clerk"), QStringLiteral("SELECT name FROM teacher ORDER BY id")),
        QStringList { QStringLiteral("张伟") });
    EXPECT_EQ(rows(QStringLiteral("clerk"), QStringLiteral("SELECT id FROM enrollment ORDER BY id")),
        QStringList { QStringLiteral("1") });
    // Another school's enrolments, asked for by name: nothing.
    EXPECT_TRUE(rows(QStringLiteral("clerk"), QStringLiteral("SELECT * FROM enrollment WHERE unit_id = 2")).isEmpty());
    EXPECT_TRUE(
        rows(QStringLiteral("clerk"), QStringLiteral("SELECT * FROM teacher WHERE staff_number = '00002'")).isEmpty());
    EXPECT_EQ(rows(QStringLiteral("clerk"), QStringLiteral("SELECT teacher_id FROM credit_registration")),
        QStringList { QStringLiteral("1") });
    EXPECT_EQ(rows(QStringLiteral("clerk"), QStringLiteral("SELECT teacher_id FROM credit_total")),
        QStringList { QStringLiteral("1") });
    EXPECT_EQ(rows(QStringLiteral("clerk"), QStringLiteral("SELECT enrollment_id FROM attendance")),
        QStringList { QStringLiteral("1") });
    // The plans and projects are everyone's to read.
    EXPECT_EQ(rows(QStringLiteral("clerk"), QStringLiteral("SELECT name FROM project")),
        QStringList { QStringLiteral("班主任培训") });
    // The district's roles read every school's.
    for (const char* who : { "bureau", "school", "reader" })
        EXPECT_EQ(rows(QString::fromLatin1(who), QStringLiteral("SELECT id FROM enrollment ORDER BY id")),
            (QStringList { QStringLiteral("1"), QStringLiteral("2") }))
            << who;
}

TEST_F(ServerSecurityTest, ASchoolClerkCannotWriteAnotherSchoolsRowsOrTheLedger)
{
    const QString clerk = QStringLiteral("clerk");
    QString error;
    EXPECT_TRUE(refused(clerk,
        QStringLiteral("INSERT INTO teacher (staff_number, name, unit_id) VALUES ('00003', '李娜', 2)"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("row-level security"))) << error.toStdString();
    EXPECT_TRUE(refused(clerk,
        QStringLiteral("INSERT INTO enrollment (project_id, teacher_id, unit_id, status, queue_position) VALUES (1, 2, "
                       "2, 'admitted', 3)")));
    // Moving one's own teacher to another school is refused too.
    EXPECT_TRUE(refused(clerk, QStringLiteral("UPDATE teacher SET unit_id = 2 WHERE id = 1")));
    // An UPDATE of another school's teacher finds no row.
    EXPECT_FALSE(refused(clerk, QStringLiteral("UPDATE teacher SET name = '改名' WHERE id = 2")));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM teacher WHERE name = '王芳'")), 1);
    // Own school: allowed.
    EXPECT_FALSE(refused(
        clerk, QStringLiteral("INSERT INTO teacher (staff_number, name, unit_id) VALUES ('00004', '赵敏', 1)"), &error))
        << error.toStdString();
    // The ledger is the training school's: a clerk registers no credits and deletes nothing.
    EXPECT_TRUE(refused(clerk,
        QStringLiteral("INSERT INTO credit_registration (teacher_id, year, level, kind, credits, hours, "
                       "registered_on) VALUES (1, 2021, 'county', 'centralized', 9, 72, '2021-06-01')"),
        &error));
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
    EXPECT_TRUE(refused(clerk, QStringLiteral("DELETE FROM enrollment WHERE id = 1")));
    EXPECT_TRUE(refused(clerk, QStringLiteral("UPDATE project SET name = 'x'")));
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM credit_registration")), 2);
}

TEST_F(ServerSecurityTest, TheAuditNamesTheLoginAndNobodyChangesIt)
{
    // A clerk naming someone else in the audit: the server writes the login.
    EXPECT_FALSE(refused(QStringLiteral("clerk"),
        QStringLiteral("INSERT INTO audit_operation (actor, label) VALUES ('区教委主任', '伪造')")));
    EXPECT_EQ(rows(QStringLiteral("bureau"), QStringLiteral("SELECT actor FROM audit_operation WHERE label = '伪造'")),
        QStringList { m_logins.value(QStringLiteral("clerk")) });
    // Every registration's 登记人 is the login that made it.
    EXPECT_FALSE(refused(QStringLiteral("school"),
        QStringLiteral("INSERT INTO credit_registration (teacher_id, year, level, kind, credits, hours, registered_on, "
                       "actor) VALUES (2, 2022, 'county', 'online', 1, 8, '2022-03-01', '别人')")));
    EXPECT_EQ(rows(QStringLiteral("reader"), QStringLiteral("SELECT actor FROM credit_registration WHERE year = 2022")),
        QStringList { m_logins.value(QStringLiteral("school")) });
    // Nobody edits or empties the audit, whatever the role.
    for (const char* who : { "clerk", "bureau", "school", "reader" }) {
        EXPECT_TRUE(refused(QString::fromLatin1(who), QStringLiteral("UPDATE audit_operation SET actor = 'x'"))) << who;
        EXPECT_TRUE(refused(QString::fromLatin1(who), QStringLiteral("DELETE FROM audit_operation"))) << who;
        EXPECT_TRUE(refused(QString::fromLatin1(who), QStringLiteral("TRUNCATE audit_log"))) << who;
    }
    // Not even the owner through SQL (the triggers of 006).
    ASSERT_GT(ownerCount(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    EXPECT_FALSE(m_owner->exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")).ok());
    EXPECT_FALSE(m_owner->exec(QStringLiteral("DELETE FROM audit_log")).ok());
}

TEST_F(ServerSecurityTest, EachRoleWritesOnlyWhatItsWorkNeeds)
{
    QString error;
    // 只读: reads, writes nothing.
    EXPECT_EQ(rows(QStringLiteral("reader"), QStringLiteral("SELECT COUNT(*) FROM teacher")),
        QStringList { QStringLiteral("2") });
    EXPECT_TRUE(refused(QStringLiteral("reader"), QStringLiteral("INSERT INTO unit (name) VALUES ('新学校')")));
    EXPECT_TRUE(refused(QStringLiteral("reader"), QStringLiteral("UPDATE plan SET status = 'approved'")));
    // 区教委: approves plans and manages units, does not keep rosters.
    EXPECT_FALSE(refused(QStringLiteral("bureau"), QStringLiteral("UPDATE plan SET status = 'approved'"), &error))
        << error.toStdString();
    EXPECT_FALSE(refused(QStringLiteral("bureau"), QStringLiteral("INSERT INTO unit (name) VALUES ('新学校')")));
    EXPECT_TRUE(refused(QStringLiteral("bureau"),
        QStringLiteral("INSERT INTO enrollment (project_id, teacher_id, unit_id, status, queue_position) VALUES (1, 2, "
                       "2, 'admitted', 3)")));
    // 进修学校: rosters and attendance of any school.
    EXPECT_FALSE(refused(QStringLiteral("school"),
        QStringLiteral(
            "INSERT INTO attendance (enrollment_id, date, kind, hours) VALUES (2, '2021-04-02', 'present', 4)"),
        &error))
        << error.toStdString();
    // Who may log in with which role is the owner's to say.
    EXPECT_TRUE(refused(QStringLiteral("bureau"),
        QStringLiteral("INSERT INTO server_user (login, role) VALUES ('someone', 'bureau')")));
    EXPECT_EQ(rows(QStringLiteral("clerk"), QStringLiteral("SELECT login FROM server_user")),
        QStringList { m_logins.value(QStringLiteral("clerk")) });
}

TEST_F(ServerSecurityTest, TrainPlanLoggedInAsAClerkSeesTheSameAsPlainSql)
{
    QUrl url(m_address);
    url.setUserName(m_logins.value(QStringLiteral("clerk")));
    url.setPassword(QStringLiteral("pw-%1").arg(m_logins.value(QStringLiteral("clerk"))));
    auto db = Database::open(url.toString());
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ((*db)->actor(), m_logins.value(QStringLiteral("clerk")));
    EXPECT_FALSE((*db)->path().contains(QStringLiteral("pw-"))) << "the password is never shown";
    auto role = ServerAdmin(**db).sessionRole();
    ASSERT_TRUE(role.ok());
    EXPECT_EQ(*role, std::optional<ServerRole>(ServerRole::SchoolAdmin));
    TeacherRepository teachers(**db);
    auto count = teachers.count();
    ASSERT_TRUE(count.ok()) << count.error().toString().toStdString();
    EXPECT_EQ(*count, 1);
    auto page = teachers.page({}, 0, 10);
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->size(), 1);
    EXPECT_EQ(page->first().name, QStringLiteral("张伟"));
    EXPECT_FALSE(teachers.teacher(2).ok()) << "another school's teacher is not there for this login";
}

TEST_F(ServerSecurityTest, ARefusedWriteThroughTrainPlanSaysPermissionInWords)
{
    QUrl url(m_address);
    url.setUserName(m_logins.value(QStringLiteral("reader")));
    url.setPassword(QStringLiteral("pw-%1").arg(m_logins.value(QStringLiteral("reader"))));
    auto db = Database::open(url.toString());
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    auto written = (*db)->exec(QStringLiteral("UPDATE teacher SET name = '李四' WHERE id = 1"));
    ASSERT_FALSE(written.ok()) << "a 只读 login writes nothing";
    EXPECT_EQ(written.error().code, QStringLiteral("permission"));
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("权限不足"))) << written.error().message.toStdString();
    EXPECT_FALSE(written.error().message.contains(QStringLiteral("QPSQL"))) << written.error().message.toStdString();
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT count(*) FROM teacher WHERE name = '李四'")), 0);
}

TEST_F(ServerSecurityTest, UsersAreListedWithRoleAndUnitAndBadOnesRefused)
{
    auto users = ServerAdmin(*m_owner).users();
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 4);
    bool sawClerk = false;
    for (const ServerUser& u : *users) {
        EXPECT_TRUE(u.canLogIn) << u.login.toStdString();
        if (u.login == m_logins.value(QStringLiteral("clerk"))) {
            sawClerk = true;
            EXPECT_EQ(u.role, ServerRole::SchoolAdmin);
            EXPECT_EQ(u.unit, QStringLiteral("梁平区实验小学"));
        }
    }
    EXPECT_TRUE(sawClerk);
    ServerAdmin admin(*m_owner);
    EXPECT_FALSE(admin.addUser(QStringLiteral("x'; DROP TABLE unit; --"), ServerRole::ReadOnly, QString()).ok());
    EXPECT_FALSE(admin.addUser(QStringLiteral("clerk_without_unit"), ServerRole::SchoolAdmin, QString()).ok());
    EXPECT_FALSE(
        admin.addUser(QStringLiteral("clerk_bad_unit"), ServerRole::SchoolAdmin, QStringLiteral("不存在的学校")).ok());
    EXPECT_FALSE(admin.addUser(m_logins.value(QStringLiteral("reader")), ServerRole::Bureau, QString()).ok())
        << "a login is added once";
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM unit")), 2);
}

TEST_F(ServerSecurityTest, AClerksDirectSqlWriteIsAuditedByTheServerWithItsLogin)
{
    const QString clerk = m_logins.value(QStringLiteral("clerk"));
    // Not through TrainPlan: plain SQL, as with psql. The server's trigger writes the trail.
    QString error;
    ASSERT_FALSE(
        refused(QStringLiteral("clerk"), QStringLiteral("UPDATE teacher SET name = '张伟伟' WHERE id = 1"), &error))
        << error.toStdString();
    EXPECT_EQ(rows(QStringLiteral("bureau"),
                  QStringLiteral("SELECT login, action, old_row->>'name', new_row->>'name' FROM tp_row_audit WHERE "
                                 "table_name = 'teacher' AND row_id = 1 AND action = 'UPDATE'")),
        QStringList { clerk + QStringLiteral("|UPDATE|张伟|张伟伟") });
    // Its own rows are what the clerk reads of the trail; another login's are not there for it.
    ASSERT_FALSE(refused(QStringLiteral("school"), QStringLiteral("UPDATE teacher SET stage = '小学' WHERE id = 2")));
    EXPECT_EQ(rows(QStringLiteral("clerk"), QStringLiteral("SELECT DISTINCT login FROM tp_row_audit")),
        QStringList { clerk });
    // Nobody but the owner changes or empties it, nor writes into it by hand.
    for (const char* who : { "clerk", "bureau", "school", "reader" }) {
        EXPECT_TRUE(refused(QString::fromLatin1(who), QStringLiteral("UPDATE tp_row_audit SET login = 'x'"))) << who;
        EXPECT_TRUE(refused(QString::fromLatin1(who), QStringLiteral("DELETE FROM tp_row_audit"))) << who;
        EXPECT_TRUE(refused(QString::fromLatin1(who), QStringLiteral("TRUNCATE tp_row_audit"))) << who;
        EXPECT_TRUE(refused(QString::fromLatin1(who),
            QStringLiteral(
                "INSERT INTO tp_row_audit (login, table_name, action) VALUES ('别人', 'teacher', 'DELETE')")))
            << who;
    }
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM tp_row_audit WHERE login = '别人' OR login = 'x'")), 0);
    // A refused write leaves nothing behind: the trail is the transaction's.
    EXPECT_TRUE(refused(QStringLiteral("clerk"), QStringLiteral("UPDATE teacher SET name = '王芳芳' WHERE id = 2"))
        || ownerCount(QStringLiteral("SELECT COUNT(*) FROM teacher WHERE name = '王芳芳'")) == 0);
    EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM tp_row_audit WHERE new_row->>'name' = '王芳芳'")), 0);
}

TEST_F(ServerSecurityTest, TwoSchoolsClerksTakingTheLastSeatAtOnceGetOneSeatAndOneWaitlistPlace)
{
    // A second school's clerk, and one teacher per school; each project has one seat.
    const QString second = QStringLiteral("clerk2") + test::uniqueSuffix();
    test::registerServerLogin(second);
    ASSERT_TRUE(ServerAdmin(*m_owner)
                    .addUser(second, ServerRole::SchoolAdmin, QStringLiteral("梁平区城东小学"),
                        QStringLiteral("pw-%1").arg(second))
                    .ok());
    m_logins[QStringLiteral("clerk2")] = second;
    constexpr int kRounds = 8;
    for (int i = 0; i < kRounds; ++i) {
        ASSERT_TRUE(
            m_owner
                ->exec(QStringLiteral("INSERT INTO project (id, plan_id, seq, name) VALUES (%1, 1, %2, '项目%2')")
                           .arg(100 + i)
                           .arg(i + 2))
                .ok());
        ASSERT_TRUE(m_owner
                        ->exec(QStringLiteral("INSERT INTO project_credit (project_id, kind, credits, capacity) VALUES "
                                              "(%1, 'centralized', 1, 1)")
                                   .arg(100 + i))
                        .ok());
    }

    std::barrier start(2);
    std::atomic<int> failures { 0 };
    QString firstError;
    auto clerk = [&](const QString& who, qint64 teacher, qint64 unit) {
        return QThread::create([&, who, teacher, unit] {
            auto own = trainPlanAs(who);
            for (int round = 0; round < kRounds; ++round) {
                start.arrive_and_wait();
                if (!own) {
                    if (failures++ == 0)
                        firstError = own.error().toString();
                    continue;
                }
                auto e = EnrollmentRepository(**own).enroll(100 + round, teacher, unit);
                if (!e && failures++ == 0)
                    firstError = e.error().toString();
            }
        });
    };
    QThread* a = clerk(QStringLiteral("clerk"), 1, 1);
    QThread* b = clerk(QStringLiteral("clerk2"), 2, 2);
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    ASSERT_EQ(failures.load(), 0) << firstError.toStdString();
    for (int round = 0; round < kRounds; ++round) {
        EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE project_id = %1 AND status = "
                                            "'admitted'")
                                 .arg(100 + round)),
            1)
            << "round " << round;
        EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE project_id = %1 AND status = "
                                            "'waitlisted'")
                                 .arg(100 + round)),
            1)
            << "round " << round;
        EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(DISTINCT queue_position) FROM enrollment WHERE project_id = "
                                            "%1")
                                 .arg(100 + round)),
            2)
            << "one queue across the schools, round " << round;
    }
}

TEST_F(ServerSecurityTest, TwoClerksTakingTheLastSeatOfAProjectSizedByItsHeadcountGetOneSeatWhateverProgramWrites)
{
    // Each project stores no capacity: its one seat is its 参培人数 ("1人"), core's rule (projectCapacity), which
    // the server keeps as project.headcount_seats (migration 013). Two schools' clerks take the last seat at the same
    // instant — half the rounds with plain SQL (psql, a script: no TrainPlan lock, only the server's seat guard), half
    // through TrainPlan — and each round ends with one seat and one waitlist place.
    const QString second = QStringLiteral("clerk2") + test::uniqueSuffix();
    test::registerServerLogin(second);
    ASSERT_TRUE(ServerAdmin(*m_owner)
                    .addUser(second, ServerRole::SchoolAdmin, QStringLiteral("梁平区城东小学"),
                        QStringLiteral("pw-%1").arg(second))
                    .ok());
    m_logins[QStringLiteral("clerk2")] = second;
    constexpr int kRounds = 12; // 0..5 plain SQL, 6..11 TrainPlan
    QList<qint64> projects;
    for (int i = 0; i < kRounds; ++i) {
        Project p;
        p.name = QStringLiteral("按人数项目%1").arg(i + 1);
        p.headcountText = QStringLiteral("1人");
        auto inserted = PlanRepository(*m_owner).insertProject(1, p, i + 2);
        ASSERT_TRUE(inserted.ok()) << inserted.error().toString().toStdString();
        projects << inserted->id;
    }
    ASSERT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM project_credit")), 0) << "no stored capacity";

    std::barrier start(2);
    std::atomic<int> failures { 0 };
    std::atomic<int> refusedAsFull { 0 };
    QString firstError;
    const QUrl url(m_address);
    auto clerk = [&](const QString& who, qint64 teacher, qint64 unit) {
        return QThread::create([&, who, teacher, unit] {
            const QString login = m_logins.value(who);
            const QString connection = QStringLiteral("race-%1").arg(who);
            {
                // A plain connection of this thread (a QSqlDatabase belongs to the thread that opened it).
                QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
                plain.setHostName(url.host());
                plain.setPort(url.port(5432));
                plain.setDatabaseName(url.path().mid(1));
                plain.setUserName(login);
                plain.setPassword(QStringLiteral("pw-%1").arg(login));
                const bool plainOpen = plain.open();
                auto own = trainPlanAs(who);
                for (int round = 0; round < kRounds; ++round) {
                    start.arrive_and_wait();
                    if (!plainOpen || !own) {
                        if (failures++ == 0)
                            firstError = plainOpen ? own.error().toString() : plain.lastError().text();
                        continue;
                    }
                    if (round < kRounds / 2) {
                        const QString insert = QStringLiteral("INSERT INTO enrollment (project_id, teacher_id, "
                                                              "unit_id, status, queue_position) VALUES (%1, %2, %3, "
                                                              "'%4', %3)")
                                                   .arg(projects[round])
                                                   .arg(teacher)
                                                   .arg(unit);
                        QSqlQuery q(plain);
                        if (q.exec(insert.arg(QStringLiteral("admitted"))))
                            continue;
                        const QString why = q.lastError().text();
                        if (why.contains(QStringLiteral("已满")))
                            ++refusedAsFull;
                        if (!q.exec(insert.arg(QStringLiteral("waitlisted"))) && failures++ == 0)
                            firstError = why + QStringLiteral(" / ") + q.lastError().text();
                    } else {
                        auto e = EnrollmentRepository(**own).enroll(projects[round], teacher, unit);
                        if (!e && failures++ == 0)
                            firstError = e.error().toString();
                    }
                }
                plain.close();
            }
            QSqlDatabase::removeDatabase(connection);
        });
    };
    QThread* a = clerk(QStringLiteral("clerk"), 1, 1);
    QThread* b = clerk(QStringLiteral("clerk2"), 2, 2);
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    ASSERT_EQ(failures.load(), 0) << firstError.toStdString();
    EXPECT_EQ(refusedAsFull.load(), kRounds / 2) << "the server refused one plain INSERT a round, as full";
    for (int round = 0; round < kRounds; ++round) {
        EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE project_id = %1 AND status = "
                                            "'admitted'")
                                 .arg(projects[round])),
            1)
            << "round " << round;
        EXPECT_EQ(ownerCount(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE project_id = %1 AND status = "
                                            "'waitlisted'")
                                 .arg(projects[round])),
            1)
            << "round " << round;
    }
}

TEST_F(ServerSecurityTest, TheServerRefusesAClerksSeatBeyondTheCapacityWhateverProgramWritesIt)
{
    // Project 1 has room for one, and 王芳 (the other school) holds it: a clerk's plain INSERT as 'admitted' is
    // refused by the server; as 'waitlisted' it is taken.
    ASSERT_TRUE(m_owner
                    ->exec(QStringLiteral("INSERT INTO teacher (id, staff_number, name, unit_id) VALUES (3, "
                                          "'00003', '李娜', 1)"))
                    .ok());
    ASSERT_TRUE(
        m_owner->exec(QStringLiteral("INSERT INTO project (id, plan_id, seq, name) VALUES (5, 1, 2, '骨干教师研修')"))
            .ok());
    ASSERT_TRUE(m_owner
                    ->exec(QStringLiteral("INSERT INTO project_credit (project_id, kind, credits, capacity) VALUES "
                                          "(5, 'centralized', 1, 1)"))
                    .ok());
    ASSERT_TRUE(m_owner
                    ->exec(QStringLiteral("INSERT INTO enrollment (project_id, teacher_id, unit_id, status, "
                                          "queue_position) VALUES (5, 2, 2, 'admitted', 1)"))
                    .ok());
    QString error;
    EXPECT_TRUE(refused(QStringLiteral("clerk"),
        QStringLiteral("INSERT INTO enrollment (project_id, teacher_id, unit_id, status, queue_position) VALUES (5, 3, "
                       "1, 'admitted', 2)"),
        &error));
    EXPECT_TRUE(error.contains(QStringLiteral("已满"))) << error.toStdString();
    EXPECT_FALSE(refused(QStringLiteral("clerk"),
        QStringLiteral("INSERT INTO enrollment (project_id, teacher_id, unit_id, status, queue_position) VALUES (5, 3, "
                       "1, 'waitlisted', 2)"),
        &error))
        << error.toStdString();
    // Promoting itself by UPDATE is refused the same way.
    EXPECT_TRUE(refused(QStringLiteral("clerk"),
        QStringLiteral("UPDATE enrollment SET status = 'admitted' WHERE project_id = 5 AND teacher_id = 3")));
    EXPECT_EQ(
        ownerCount(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE project_id = 5 AND status = 'admitted'")), 1);
}

TEST_F(ServerSecurityTest, AClerksWithdrawalPromotesTheNextWaitlistedTeacherOfAnySchool)
{
    // Project 6 has one seat: 张伟 (实验小学) holds it, 王芳 (城东小学) waits first, 李娜 (实验小学) second. The clerk
    // of 实验小学 cannot see 王芳's enrolment; withdrawing 张伟 through TrainPlan still gives the seat to 王芳, the
    // first in the queue, as on a file.
    for (const char* sql : {
             "INSERT INTO teacher (id, staff_number, name, unit_id) VALUES (3, '00003', '李娜', 1)",
             "INSERT INTO project (id, plan_id, seq, name) VALUES (6, 1, 3, '新教师培训')",
             "INSERT INTO project_credit (project_id, kind, credits, capacity) VALUES (6, 'centralized', 1, 1)",
             "INSERT INTO enrollment (id, project_id, teacher_id, unit_id, status, queue_position) VALUES "
             "(61, 6, 1, 1, 'admitted', 1), (62, 6, 2, 2, 'waitlisted', 2), (63, 6, 3, 1, 'waitlisted', 3)",
         })
        ASSERT_TRUE(m_owner->exec(QString::fromUtf8(sql)).ok()) << sql;
    auto clerk = trainPlanAs(QStringLiteral("clerk"));
    ASSERT_TRUE(clerk.ok()) << clerk.error().toString().toStdString();
    EXPECT_EQ(
        rows(QStringLiteral("clerk"), QStringLiteral("SELECT id FROM enrollment WHERE project_id = 6 ORDER BY id")),
        (QStringList { QStringLiteral("61"), QStringLiteral("63") }))
        << "the clerk does not see the other school's waitlisted teacher";
    auto promoted = EnrollmentRepository(**clerk).withdraw(61, QStringLiteral("调岗"));
    ASSERT_TRUE(promoted.ok()) << promoted.error().toString().toStdString();
    EXPECT_EQ(promoted.value(), QList<qint64> { 62 });
    EXPECT_EQ(rows(QStringLiteral("bureau"),
                  QStringLiteral("SELECT id, status FROM enrollment WHERE project_id = 6 ORDER BY id")),
        (QStringList {
            QStringLiteral("61|withdrawn"), QStringLiteral("62|admitted"), QStringLiteral("63|waitlisted") }));
    // The server's trail names the clerk whose withdrawal moved 王芳 up.
    EXPECT_EQ(rows(QStringLiteral("bureau"),
                  QStringLiteral("SELECT login, old_row->>'status', new_row->>'status' FROM tp_row_audit WHERE "
                                 "table_name = 'enrollment' AND row_id = 62 AND action = 'UPDATE'")),
        QStringList { m_logins.value(QStringLiteral("clerk")) + QStringLiteral("|waitlisted|admitted") });

    // The same rule as on a file for a school's quota: with two seats, 实验小学 allowed one (which 陈静 holds) and
    // 王芳 withdrawn by her own school's clerk, 李娜 (实验小学, first in the queue) stays waiting and 刘洋 (城东小学)
    // moves up.
    const QString second = QStringLiteral("clerk2") + test::uniqueSuffix();
    test::registerServerLogin(second);
    ASSERT_TRUE(ServerAdmin(*m_owner)
                    .addUser(second, ServerRole::SchoolAdmin, QStringLiteral("梁平区城东小学"),
                        QStringLiteral("pw-%1").arg(second))
                    .ok());
    m_logins[QStringLiteral("clerk2")] = second;
    for (const char* sql : {
             "UPDATE project_credit SET capacity = 2 WHERE project_id = 6",
             "INSERT INTO project_quota (project_id, unit_id, seats) VALUES (6, 1, 1)",
             "INSERT INTO teacher (id, staff_number, name, unit_id) VALUES (4, '00004', '刘洋', 2), "
             "(5, '00005', '陈静', 1)",
             "INSERT INTO enrollment (id, project_id, teacher_id, unit_id, status, queue_position) VALUES "
             "(64, 6, 4, 2, 'waitlisted', 4), (65, 6, 5, 1, 'admitted', 5)",
         })
        ASSERT_TRUE(m_owner->exec(QString::fromUtf8(sql)).ok()) << sql;
    auto clerk2 = trainPlanAs(QStringLiteral("clerk2"));
    ASSERT_TRUE(clerk2.ok()) << clerk2.error().toString().toStdString();
    auto next = EnrollmentRepository(**clerk2).withdraw(62);
    ASSERT_TRUE(next.ok()) << next.error().toString().toStdString();
    EXPECT_EQ(next.value(), QList<qint64> { 64 });
    EXPECT_EQ(rows(QStringLiteral("bureau"),
                  QStringLiteral("SELECT id, status FROM enrollment WHERE project_id = 6 ORDER BY id")),
        (QStringList { QStringLiteral("61|withdrawn"), QStringLiteral("62|withdrawn"), QStringLiteral("63|waitlisted"),
            QStringLiteral("64|admitted"), QStringLiteral("65|admitted") }));
}

TEST_F(ServerSecurityTest, TheServersTrailIsReadWithLoginWhenTableAndOldToNewFilteredByPersonAndDate)
{
    const QString clerk = m_logins.value(QStringLiteral("clerk"));
    ASSERT_FALSE(refused(QStringLiteral("clerk"), QStringLiteral("UPDATE teacher SET name = '张伟伟' WHERE id = 1")));
    ASSERT_FALSE(refused(QStringLiteral("school"), QStringLiteral("UPDATE teacher SET stage = '小学' WHERE id = 2")));
    auto bureau = trainPlanAs(QStringLiteral("bureau"));
    ASSERT_TRUE(bureau.ok()) << bureau.error().toString().toStdString();

    ServerTrailFilter byClerk;
    byClerk.login = clerk;
    auto trail = readServerTrail(**bureau, byClerk);
    ASSERT_TRUE(trail.ok()) << trail.error().toString().toStdString();
    ASSERT_EQ(trail->size(), 1);
    const ServerTrailEntry& e = trail->first();
    EXPECT_EQ(e.login, clerk);
    EXPECT_EQ(e.table, QStringLiteral("teacher"));
    EXPECT_EQ(e.rowId, 1);
    EXPECT_EQ(e.action, QStringLiteral("UPDATE"));
    EXPECT_EQ(e.field, QStringLiteral("name"));
    EXPECT_EQ(e.oldValue, QStringLiteral("张伟"));
    EXPECT_EQ(e.newValue, QStringLiteral("张伟伟"));
    EXPECT_TRUE(e.at.startsWith(QDate::currentDate().toString(Qt::ISODate))) << e.at.toStdString();

    // Every login's changes, newest first; the logins offered by the viewer's filter.
    auto all = readServerTrail(**bureau, {});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->first().login, m_logins.value(QStringLiteral("school")));
    EXPECT_EQ(all->first().field, QStringLiteral("stage"));
    auto logins = serverTrailLogins(**bureau);
    ASSERT_TRUE(logins.ok());
    EXPECT_TRUE(logins->contains(clerk));
    EXPECT_TRUE(logins->contains(m_logins.value(QStringLiteral("school"))));

    // By date: nothing from tomorrow on, nothing up to yesterday; today's from today to today.
    ServerTrailFilter tomorrow;
    tomorrow.since = QDate::currentDate().addDays(1);
    EXPECT_TRUE(readServerTrail(**bureau, tomorrow)->isEmpty());
    ServerTrailFilter yesterday;
    yesterday.until = QDate::currentDate().addDays(-1);
    EXPECT_TRUE(readServerTrail(**bureau, yesterday)->isEmpty());
    ServerTrailFilter today;
    today.since = today.until = QDate::currentDate();
    today.login = clerk;
    EXPECT_EQ(readServerTrail(**bureau, today)->size(), 1);

    // A school's clerk reads its own login's rows only.
    auto own = trainPlanAs(QStringLiteral("clerk"));
    ASSERT_TRUE(own.ok());
    auto seen = readServerTrail(**own, {});
    ASSERT_TRUE(seen.ok()) << seen.error().toString().toStdString();
    for (const ServerTrailEntry& x : *seen)
        EXPECT_EQ(x.login, clerk);
}
