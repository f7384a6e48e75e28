// The plan table's findings as the clerk types (issue 3): R-TABLE plus every project's deadlines, for a
// 200-project plan. The GUI's budget is one frame (16 ms) per keystroke.

#include "Database.h"
#include "PlanRepository.h"
#include "PlanTableModel.h"
#include "ScheduleRepository.h"
#include "TableRules.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace tp;

namespace {

// A 200-project 2026 plan: planned months for all, real dates, classes and events for every other one,
// some out of city, a few cancelled; "today" in the middle of the year so every state occurs.
struct Fixture {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    std::unique_ptr<PlanRepository> plans;
    std::unique_ptr<ScheduleRepository> schedules;
    std::unique_ptr<PlanTableModel> model;

    explicit Fixture(int projects)
    {
        db = *Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        plans = std::make_unique<PlanRepository>(*db);
        schedules = std::make_unique<ScheduleRepository>(*db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2026;
        QList<Project> list;
        const QStringList units { QStringLiteral("区教委"), QStringLiteral("进修学校"), QStringLiteral("社区学院") };
        for (int i = 0; i < projects; ++i) {
            Project p;
            p.name = QStringLiteral("培训项目%1").arg(i + 1);
            p.organizers = { units.at(i % 3) };
            p.durationText = i % 7 == 0 ? QStringLiteral("50学时") : QString::number(1 + i % 5);
            p.headcountText = i % 11 == 0 ? QStringLiteral("全员") : QString::number(50 + i);
            p.monthsText = QStringLiteral("%1月").arg(1 + i % 12);
            list << p;
        }
        auto created = plans->importPlan(plan, list, true);
        QHash<qint64, ProjectSchedule> batch;
        const auto stored = *plans->projects(created->id);
        for (int i = 0; i < stored.size(); ++i) {
            if (i % 2)
                continue;
            ProjectSchedule s;
            s.start = QDate(2026, 1 + i % 12, 1 + i % 27);
            s.end = s.start.addDays(2);
            s.classes << ClassSession { QStringLiteral("第一期"), s.start, s.end, QStringLiteral("进修学校"), 60 };
            if (i % 4 == 0)
                s.planSubmitted = s.start.addDays(-30);
            s.outOfCity = i % 10 == 0;
            if (i % 20 == 0)
                s.cancellation = Cancellation { true, s.start.addDays(-40), QString() };
            batch.insert(stored.at(i).id, s);
        }
        (void)schedules->saveSchedules(batch);
        model = std::make_unique<PlanTableModel>();
        model->setRepository(plans.get());
        model->setScheduleRepository(schedules.get());
        model->setToday(QDate(2026, 6, 15));
        model->setKnownUnits(units);
        model->loadPlan(*created);
    }
};

void BM_PlanFindings_Recompute200(benchmark::State& state)
{
    // Every finding of the plan: R-TABLE over the table and the deadlines of all 200 projects.
    Fixture f(200);
    for (auto _ : state) {
        f.model->recomputeAll();
        benchmark::DoNotOptimize(f.model->findings().size());
    }
    state.counters["findings"] = double(f.model->findings().size());
}
BENCHMARK(BM_PlanFindings_Recompute200)->Unit(benchmark::kMillisecond);

void BM_PlanFindings_TableRulesOnly200(benchmark::State& state)
{
    // The R-TABLE part alone (totals + checkPlanTable), as the model runs it on every edit.
    Fixture f(200);
    TableCheckOptions options;
    options.knownUnits = f.model->knownUnits();
    for (auto _ : state) {
        benchmark::DoNotOptimize(computeTotals(f.model->projects()).projects);
        benchmark::DoNotOptimize(checkPlanTable(f.model->projects(), options).size());
    }
}
BENCHMARK(BM_PlanFindings_TableRulesOnly200)->Unit(benchmark::kMillisecond);

void BM_PlanFindings_DeadlinesOnly200(benchmark::State& state)
{
    // The deadline part alone: deadlinesFor (the columns) and checkProjectDeadlines (the findings) of all.
    Fixture f(200);
    const QList<ScheduledProject> projects = f.model->scheduledProjects();
    for (auto _ : state) {
        for (const ScheduledProject& p : projects)
            benchmark::DoNotOptimize(
                deadlinesFor(p.schedule, 2026, f.model->calendar(), f.model->ruleSet(), f.model->today()).plan.due);
        benchmark::DoNotOptimize(
            checkDeadlines(projects, 2026, f.model->calendar(), f.model->ruleSet(), f.model->today()).size());
    }
}
BENCHMARK(BM_PlanFindings_DeadlinesOnly200)->Unit(benchmark::kMillisecond);

void BM_PlanFindings_TypeMonth200(benchmark::State& state)
{
    // One keystroke's worth: the clerk commits a new 拟培训时间 in one cell. Includes the database write
    // (one transaction with its audit row, synchronous=FULL) and the findings update.
    Fixture f(200);
    const QModelIndex cell = f.model->index(101, int(ProjectField::Months));
    int i = 0;
    for (auto _ : state) {
        f.model->setData(cell, (i++ % 2) ? QStringLiteral("3月") : QStringLiteral("4月"));
        benchmark::DoNotOptimize(f.model->findings().size());
    }
}
BENCHMARK(BM_PlanFindings_TypeMonth200)->Unit(benchmark::kMillisecond);

} // namespace
