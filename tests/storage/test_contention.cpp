// Issue 13: many clerks at once. Two schools taking a project's last seat at the same instant, each on its own
// connection (its own program), get one seat and one waitlist place — never two seats — on SQLite (its write
// lock) and on the server (the writer lock of Transaction) alike.

#include "Database.h"
#include "EnrollmentRepository.h"
#include "PlanRepository.h"
#include "TeacherRepository.h"
#include "TestBackend.h"
#include "UnitRepository.h"

#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include <atomic>
#include <barrier>

using namespace tp;

TEST(Contention, TwoSchoolsTakingTheLastSeatAtOnceGetOneSeatAndOneWaitlistPlace)
{
    constexpr int kRounds = 12;
    QTemporaryDir dir;
    auto opened = Database::open(test::databaseLocation(dir, QStringLiteral("race.sqlite")));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Database& db = **opened;
    Plan plan;
    plan.district = QStringLiteral("梁平区");
    plan.year = 2021;
    auto created = PlanRepository(db).createPlan(plan);
    ASSERT_TRUE(created.ok());
    QList<qint64> projects;
    for (int i = 0; i < kRounds; ++i) {
        Project p;
        p.name = QStringLiteral("项目%1").arg(i + 1);
        p.headcountText = QStringLiteral("1");
        auto inserted = PlanRepository(db).insertProject(created->id, p, i + 1);
        ASSERT_TRUE(inserted.ok());
        auto credit = EnrollmentRepository(db).setProjectCredit(inserted->id, TrainingKind::Centralized, 1.0, 1);
        ASSERT_TRUE(credit.ok()) << credit.error().toString().toStdString();
        projects << inserted->id;
    }
    qint64 units[2];
    qint64 teachers[2];
    for (int s = 0; s < 2; ++s) {
        units[s] = *UnitRepository(db).ensureUnit(
            s == 0 ? QStringLiteral("梁平区实验小学") : QStringLiteral("梁平区城东小学"));
        Teacher t;
        t.staffNumber = QStringLiteral("0000%1").arg(s + 1);
        t.name = s == 0 ? QStringLiteral("张伟") : QStringLiteral("王芳");
        t.unitId = units[s];
        auto added = TeacherRepository(db).addTeacher(t);
        ASSERT_TRUE(added.ok());
        teachers[s] = added->id;
    }

    std::barrier start(2);
    std::atomic<int> failures { 0 };
    QString firstError;
    const QString location = db.path();
    auto clerk = [&](int school) {
        return QThread::create([&, school] {
            auto own = Database::openSecondary(location); // its own connection, as another clerk's program
            for (int round = 0; round < kRounds; ++round) {
                start.arrive_and_wait();
                if (!own) {
                    ++failures;
                    continue;
                }
                auto e = EnrollmentRepository(**own).enroll(projects[round], teachers[school], units[school]);
                if (!e) {
                    if (failures++ == 0)
                        firstError = e.error().toString();
                }
            }
        });
    };
    QThread* a = clerk(0);
    QThread* b = clerk(1);
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    ASSERT_EQ(failures.load(), 0) << firstError.toStdString();

    for (int round = 0; round < kRounds; ++round) {
        auto list = EnrollmentRepository(db).enrollments(projects[round]);
        ASSERT_TRUE(list.ok());
        int seats = 0, waitlist = 0;
        for (const Enrollment& e : *list) {
            seats += holdsSeat(e.status) ? 1 : 0;
            waitlist += e.status == EnrollmentStatus::Waitlisted ? 1 : 0;
        }
        EXPECT_EQ(seats, 1) << "round " << round;
        EXPECT_EQ(waitlist, 1) << "round " << round;
    }
}
