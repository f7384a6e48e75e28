// The plan's findings as the clerk types: checkPlan's R-TABLE plus every project's deadlines, for a 200-project
// plan, on the PlanDocument (core) the GUI's table model shows. The GUI's budget is one frame (16 ms) per keystroke.

#include "BenchData.h"
#include "Database.h"
#include "PlanDocument.h"
#include "PlanEditService.h"
#include "PlanLoader.h"
#include "PlanRepository.h"
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
    PlanDocument document;

    explicit Fixture(int projects)
    {
        db = *Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        plans = std::make_unique<PlanRepository>(*db);
        schedules = std::make_unique<ScheduleRepository>(*db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2026;
        const QStringList units = bench::generatedOrganizers();
        const QList<Project> list = bench::generatedProjects(projects, bench::Columns::All);
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
        PlanCheckOptions options;
        options.today = QDate(2026, 6, 15);
        options.knownUnits = units;
        document = *PlanLoader(*db).document(*created, options);
    }
};

void BM_PlanFindings_Recompute200(benchmark::State& state)
{
    // Every finding of the plan: R-TABLE over the table and the deadlines of all 200 projects.
    Fixture f(200);
    for (auto _ : state) {
        f.document.recheck();
        benchmark::DoNotOptimize(f.document.findings().size());
    }
    state.counters["findings"] = double(f.document.findings().size());
}
BENCHMARK(BM_PlanFindings_Recompute200)->Unit(benchmark::kMillisecond);

void BM_PlanFindings_TableRulesOnly200(benchmark::State& state)
{
    // The R-TABLE part alone (totals + checkPlanTable), as the document runs it on every edit.
    Fixture f(200);
    TableCheckOptions options;
    options.knownUnits = f.document.options().knownUnits;
    for (auto _ : state) {
        benchmark::DoNotOptimize(computeTotals(f.document.projects()).projects);
        benchmark::DoNotOptimize(checkPlanTable(f.document.projects(), options).size());
    }
}
BENCHMARK(BM_PlanFindings_TableRulesOnly200)->Unit(benchmark::kMillisecond);

void BM_PlanFindings_DeadlinesOnly200(benchmark::State& state)
{
    // The deadline part alone: deadlinesFor (the columns) and checkProjectDeadlines (the findings) of all.
    Fixture f(200);
    const QList<ScheduledProject> projects = f.document.scheduledProjects();
    for (auto _ : state) {
        for (const ScheduledProject& p : projects)
            benchmark::DoNotOptimize(deadlinesFor(
                p.schedule, 2026, f.document.options().calendar, f.document.options().rules, f.document.today())
                                         .plan.due);
        benchmark::DoNotOptimize(checkDeadlines(
            projects, 2026, f.document.options().calendar, f.document.options().rules, f.document.today())
                                     .size());
    }
}
BENCHMARK(BM_PlanFindings_DeadlinesOnly200)->Unit(benchmark::kMillisecond);

void BM_PlanFindings_TypeMonth200(benchmark::State& state)
{
    // One keystroke's worth: the clerk commits a new 拟培训时间 in one cell. Includes the database write
    // (one transaction with its audit row, synchronous=FULL) and the findings update.
    // The same steps as PlanTableModel::applyField: PlanEditService stores, the document updates.
    Fixture f(200);
    PlanEditService edits(*f.db);
    const qint64 project = f.document.projects().at(101).id;
    int i = 0;
    for (auto _ : state) {
        const QString text = (i++ % 2) ? QStringLiteral("3月") : QStringLiteral("4月");
        if (!edits.setField(project, ProjectField::Months, text)) {
            state.SkipWithError("the database refused the edit");
            break;
        }
        f.document.applyField(project, ProjectField::Months, text);
        benchmark::DoNotOptimize(f.document.findings().size());
    }
}
BENCHMARK(BM_PlanFindings_TypeMonth200)->Unit(benchmark::kMillisecond);

} // namespace
