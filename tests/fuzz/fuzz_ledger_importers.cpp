// libFuzzer: the roster, attendance and external-credit imports (the first input byte chooses): the parser of
// src/io and the service that checks its rows and stores them, against a small database (teachers 1001–1005, a
// 2021 plan whose project has two enrolled), inside a transaction that is rolled back after every input, so each
// input meets the same database.

#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnrollmentService.h"
#include "FuzzSupport.h"
#include "PlanRepository.h"
#include "RegistrationService.h"
#include "TeacherRepository.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QTemporaryDir>

#include <cstdlib>

namespace {

struct World {
    QTemporaryDir dir;
    std::shared_ptr<tp::Database> db;
    qint64 project = 0;

    World()
    {
        auto opened = tp::Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            std::abort();
        db = *opened;
        const qint64 school = *tp::UnitRepository(*db).ensureUnit(QStringLiteral("实验小学"));
        QList<tp::Teacher> teachers;
        for (int i = 0; i < 5; ++i) {
            tp::Teacher t;
            t.staffNumber = QString::number(1001 + i);
            t.name = QStringLiteral("教师%1").arg(i);
            t.unitId = school;
            teachers << t;
        }
        const QList<qint64> ids = tp::TeacherRepository(*db).importTeachers(teachers, QStringLiteral("seed")).value();
        tp::Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2021;
        tp::Project p;
        p.name = QStringLiteral("班主任培训");
        p.durationText = QStringLiteral("3");
        p.headcountText = QStringLiteral("100");
        auto created = tp::PlanRepository(*db).importPlan(plan, { p }, false);
        project = tp::PlanRepository(*db).projects(created->id)->first().id;
        (void)tp::EnrollmentRepository(*db).enrollRoster(
            project, { { ids[0], school, 0 }, { ids[1], school, 0 } }, QString(), QDate(2021, 3, 1));
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    tp::fuzz::ensureApplication();
    static World world;
    if (size == 0)
        return 0;
    const QByteArray input = tp::fuzz::bytes(data + 1, size - 1);
    tp::Transaction outer(*world.db); // never committed: the next input meets the same database
    switch (data[0] % 3) {
    case 0:
        (void)tp::EnrollmentService(*world.db).importRoster(world.project, input, QStringLiteral("fuzz.csv"));
        break;
    case 1:
        (void)tp::EnrollmentService(*world.db).importAttendance(world.project, input, QStringLiteral("fuzz.csv"));
        break;
    default:
        (void)tp::RegistrationService(*world.db).importExternalCredits(input, QStringLiteral("fuzz.csv"));
        break;
    }
    return 0;
}
