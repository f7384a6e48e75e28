// Issue 13: others' changes appear without a restart. A ChangeWatch on one connection (one clerk's program) reports
// what another connection commits — by the server's notification on PostgreSQL, by PRAGMA data_version on a file —
// and not its own connection's writes.

#include "ChangeWatch.h"
#include "Database.h"
#include "PlanRepository.h"
#include "TestBackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

// Runs the event loop until `done` or, at the latest, `ms` have passed (a bound against hanging, not a measurement).
template <typename Done> void runEventsUntil(Done done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

Plan plan(int year)
{
    Plan p;
    p.district = QStringLiteral("梁平区");
    p.year = year;
    return p;
}

} // namespace

TEST(ChangeWatch, AnotherProgramsCommitIsReportedAndOnesOwnIsNot)
{
    QTemporaryDir dir;
    auto a = Database::open(test::databaseLocation(dir, QStringLiteral("watched.sqlite")));
    ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
    auto b = Database::openSecondary((*a)->path());
    ASSERT_TRUE(b.ok()) << b.error().toString().toStdString();
    ChangeWatch watch(**b, 20);
    EXPECT_EQ(watch.notified(), (*b)->isServer()) << "the server notifies; a file is polled";
    int reports = 0;
    QStringList tables;
    QObject::connect(&watch, &ChangeWatch::changed, [&](const QStringList& t) {
        ++reports;
        tables << t;
    });

    // B's own change is not somebody else's.
    ASSERT_TRUE(PlanRepository(**b).createPlan(plan(2025)).ok());
    runEventsUntil([&] { return reports > 0; }, 300);
    EXPECT_EQ(reports, 0);

    // A's is: B hears of it.
    ASSERT_TRUE(PlanRepository(**a).createPlan(plan(2026)).ok());
    runEventsUntil([&] { return reports > 0; }, 10000);
    ASSERT_GT(reports, 0) << "B was not told of A's change";
    if ((*b)->isServer()) {
        EXPECT_TRUE(tables.contains(QStringLiteral("plan"))) << tables.join(QLatin1Char(',')).toStdString();
    }
}
