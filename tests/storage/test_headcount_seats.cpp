// Issue 13, migration 013: project.headcount_seats is the seats a project's 参培人数 gives by core's rule
// (headcountSeats), kept beside the text so the server's seat guard applies the capacity the program does. Every way
// the program writes a project keeps the two equal, and the migration fills it for the projects already there —
// on both backends (the "pg." run), and for the 梁平 sample file made before 009.

#include "Database.h"
#include "Enrollment.h"
#include "EnrollmentRepository.h"
#include "Migrations.h"
#include "PlanRepository.h"
#include "TestBackend.h"
#include "TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

// Every project's 参培人数 with the seats stored beside it and the seats core's rule gives, where they differ.
QStringList disagreements(Database& db, int* projects = nullptr, int* withSeats = nullptr)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT id, headcount_text, headcount_seats FROM project ORDER BY id"));
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().toString().toStdString());
    if (!q)
        return out;
    int n = 0, seated = 0;
    while (q->next()) {
        ++n;
        const QString text = q->value(1).toString();
        const int stored = q->value(2).isNull() ? 0 : q->value(2).toInt();
        seated += stored > 0 ? 1 : 0;
        if (stored != headcountSeats(text))
            out << QStringLiteral("project %1 「%2」: stored %3, core %4")
                       .arg(q->value(0).toLongLong())
                       .arg(text)
                       .arg(stored)
                       .arg(headcountSeats(text));
    }
    if (projects)
        *projects = n;
    if (withSeats)
        *withSeats = seated;
    return out;
}

Project project(const QString& name, const QString& headcount)
{
    Project p;
    p.name = name;
    p.headcountText = headcount;
    return p;
}

} // namespace

TEST(HeadcountSeats, EveryWayTheProgramWritesAProjectKeepsTheStoredSeatsEqualToCoresRule)
{
    QTemporaryDir dir;
    auto opened = Database::open(test::databaseLocation(dir, QStringLiteral("seats.sqlite")));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Database& db = **opened;
    PlanRepository plans(db);

    // An imported plan (one prepared INSERT per row).
    Plan plan;
    plan.district = QStringLiteral("梁平区");
    plan.year = 2021;
    const QList<Project> table { project(QStringLiteral("班主任培训"), QStringLiteral("120")),
        project(QStringLiteral("骨干教师研修"), QStringLiteral("约50人")),
        project(QStringLiteral("新教师培训"), QStringLiteral("４０人")),
        project(QStringLiteral("全员培训"), QStringLiteral("全体")), project(QStringLiteral("心理健康"), QString()),
        project(QStringLiteral("信息技术"), QStringLiteral("1,200人")) };
    auto imported = plans.importPlan(plan, table, false);
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    int projects = 0, seated = 0;
    EXPECT_EQ(disagreements(db, &projects, &seated), QStringList());
    EXPECT_EQ(projects, 6);
    EXPECT_EQ(seated, 3); // 120, ４０人, 1,200人

    // A project inserted in the table, then its 参培人数 typed over: exact → approximate → exact → blank.
    auto inserted = plans.insertProject(imported->id, project(QStringLiteral("德育研修"), QStringLiteral("30人")), 2);
    ASSERT_TRUE(inserted.ok()) << inserted.error().toString().toStdString();
    EXPECT_EQ(disagreements(db), QStringList());
    EnrollmentRepository enrollments(db);
    for (const QString& typed : { QStringLiteral("30人左右"), QStringLiteral("25"), QString() }) {
        auto saved = plans.saveProjectField(inserted->id, ProjectField::Headcount, typed, 0);
        ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
        EXPECT_EQ(disagreements(db), QStringList()) << typed.toStdString();
        // The program's capacity (no stored capacity): the same number the server reads.
        auto credit = enrollments.projectCredit(inserted->id);
        ASSERT_TRUE(credit.ok());
        EXPECT_EQ(credit->capacity, headcountSeats(typed)) << typed.toStdString();
    }
    auto retyped = plans.saveProjectField(inserted->id, ProjectField::Headcount, QStringLiteral("25"), 0);
    ASSERT_TRUE(retyped.ok());

    // The plan imported again over itself: kept projects take the new text, a new one is added.
    QList<Project> again = table;
    again[0].headcountText = QStringLiteral("约120人");
    again[1].headcountText = QStringLiteral("50");
    again << project(QStringLiteral("校长培训"), QStringLiteral("60人"));
    PlanReplaceSummary summary;
    auto replaced = plans.importPlan(plan, again, true, &summary);
    ASSERT_TRUE(replaced.ok()) << replaced.error().toString().toStdString();
    EXPECT_EQ(summary.added, 1);
    EXPECT_EQ(disagreements(db, &projects, &seated), QStringList());
    EXPECT_EQ(seated, 4); // 50, ４０人, 1,200人, 60人 (德育研修 was dropped by the replace: no enrolments)

    // A stored capacity wins over the 参培人数, for the program as for the server (tp_seat_capacity).
    auto q = db.exec(QStringLiteral("SELECT id FROM project WHERE name = '骨干教师研修'"));
    ASSERT_TRUE(q.ok() && q->next());
    const qint64 id = q->value(0).toLongLong();
    ASSERT_TRUE(enrollments.setProjectCredit(id, TrainingKind::Centralized, 1.0, 8).ok());
    EXPECT_EQ(enrollments.projectCredit(id)->capacity, 8);
    ASSERT_TRUE(enrollments.setProjectCredit(id, TrainingKind::Centralized, 1.0, 0).ok());
    EXPECT_EQ(enrollments.projectCredit(id)->capacity, 50);
}

TEST(HeadcountSeats, TheMigrationFillsTheSeatsOfTheProjectsAlreadyThere)
{
    // A database at 012 with projects written before the column existed, opened by this program.
    QTemporaryDir dir;
    const QString location = test::databaseLocation(dir, QStringLiteral("at-012.sqlite"));
    {
        auto old = Database::open(location, 12);
        ASSERT_TRUE(old.ok()) << old.error().toString().toStdString();
        ASSERT_EQ((*old)->schemaVersion(), 12);
        for (const char* sql : { "INSERT INTO plan (id, district, year) VALUES (1, '梁平区', 2021)",
                 "INSERT INTO project (id, plan_id, seq, name, headcount_text) VALUES (1, 1, 1, '班主任培训', '40人'), "
                 "(2, 1, 2, '骨干教师研修', '约40人'), (3, 1, 3, '全员培训', '全体'), (4, 1, 4, '新教师培训', "
                 "'１２０'), (5, 1, 5, '心理健康', ''), (6, 1, 6, '信息技术', '0')" })
            ASSERT_TRUE((*old)->exec(QString::fromUtf8(sql)).ok()) << sql;
    }
    auto db = Database::open(location);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    int projects = 0, seated = 0;
    EXPECT_EQ(disagreements(**db, &projects, &seated), QStringList());
    EXPECT_EQ(projects, 6);
    EXPECT_EQ(seated, 2); // 40人, １２０
}

TEST(Migration013, TheLiangpingFileFromBeforeGetsTheSeatsCoresRuleGives)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(test::dataPath("pre-009/pre-009.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    int projects = 0, seated = 0;
    EXPECT_EQ(disagreements(**db, &projects, &seated), QStringList());
    EXPECT_GT(projects, 0);
    EXPECT_GT(seated, 0) << "the 梁平 plan states exact 参培人数";
}
