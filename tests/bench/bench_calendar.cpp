// Work calendar and deadline rules: working-day offsets and the deadline check of a plan.

#include "DeadlineRules.h"
#include "WorkCalendar.h"

#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <vector>

using namespace tp;

namespace {

struct Offset {
    QDate start;
    int n;
};

// 1,000,000 random (start, n) pairs: starts over 2007–2027 (official and estimated years), n in ±30.
const std::vector<Offset>& offsets()
{
    static const std::vector<Offset> data = [] {
        std::vector<Offset> v;
        v.reserve(1'000'000);
        QRandomGenerator rng(42);
        const QDate first(2007, 1, 1);
        for (int i = 0; i < 1'000'000; ++i) {
            int n = int(rng.bounded(61)) - 30;
            v.push_back({ first.addDays(rng.bounded(365 * 21)), n == 0 ? 15 : n });
        }
        return v;
    }();
    return data;
}

void BM_AddWorkdays_1M(benchmark::State& state)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    const auto& data = offsets();
    for (auto _ : state) {
        qint64 sum = 0;
        for (const Offset& o : data)
            sum += cal.addWorkdays(o.start, o.n).toJulianDay();
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * qint64(data.size()));
}
BENCHMARK(BM_AddWorkdays_1M)->Unit(benchmark::kMillisecond);

void BM_WorkdaysBefore15_1M(benchmark::State& state)
{
    // The R-LEAD computation, with the provisional flag.
    const WorkCalendar cal = WorkCalendar::builtIn();
    const auto& data = offsets();
    for (auto _ : state) {
        int provisional = 0;
        for (const Offset& o : data)
            provisional += cal.workdaysBefore(o.start, 15).provisional ? 1 : 0;
        benchmark::DoNotOptimize(provisional);
    }
    state.SetItemsProcessed(state.iterations() * qint64(data.size()));
}
BENCHMARK(BM_WorkdaysBefore15_1M)->Unit(benchmark::kMillisecond);

void BM_NaiveDayByDay_1M(benchmark::State& state)
{
    // For comparison: the definition of docs/rules.md stepped one day at a time over isWorkday.
    const WorkCalendar cal = WorkCalendar::builtIn();
    const auto& data = offsets();
    for (auto _ : state) {
        qint64 sum = 0;
        for (const Offset& o : data) {
            QDate d = o.start;
            const int step = o.n < 0 ? -1 : 1;
            for (int count = 0; count < std::abs(o.n);) {
                d = d.addDays(step);
                count += cal.isWorkday(d) ? 1 : 0;
            }
            sum += d.toJulianDay();
        }
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * qint64(data.size()));
}
BENCHMARK(BM_NaiveDayByDay_1M)->Unit(benchmark::kMillisecond);

void BM_WorkdaysBetween_1M(benchmark::State& state)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    const auto& data = offsets();
    for (auto _ : state) {
        qint64 sum = 0;
        for (const Offset& o : data)
            sum += cal.workdaysBetween(o.start, o.start.addDays(o.n * 7));
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * qint64(data.size()));
}
BENCHMARK(BM_WorkdaysBetween_1M)->Unit(benchmark::kMillisecond);

void BM_ColdCalendar_2007To2030(benchmark::State& state)
{
    // A fresh calendar answering one question per year: builds 24 year tables, estimating 2027–2030
    // (ICU's Chinese calendar) on the way.
    const QList<SpecialDay> official = WorkCalendar::builtInDays();
    for (auto _ : state) {
        const WorkCalendar cal(official);
        int work = 0;
        for (int y = 2007; y <= 2030; ++y)
            work += cal.isWorkday(QDate(y, 6, 1)) ? 1 : 0;
        benchmark::DoNotOptimize(work);
    }
}
BENCHMARK(BM_ColdCalendar_2007To2030)->Unit(benchmark::kMillisecond);

// A plan of `count` projects with every kind of schedule the rules look at.
QList<ScheduledProject> makePlan(int count, int year)
{
    QList<ScheduledProject> plan;
    QRandomGenerator rng(7);
    for (int i = 0; i < count; ++i) {
        ScheduledProject p;
        p.seq = i + 1;
        p.projectId = i + 1;
        p.name = QStringLiteral("项目 %1").arg(i + 1);
        ProjectSchedule& s = p.schedule;
        const QDate start = QDate(year, 1, 1).addDays(rng.bounded(360));
        if (i % 4 == 0) {
            s.plannedMonths.months = { start.month() };
            s.plannedMonths.text = QStringLiteral("%1月").arg(start.month());
        } else {
            s.start = start;
            s.end = start.addDays(2);
        }
        if (i % 3 == 0)
            s.planSubmitted = start.addDays(-int(rng.bounded(40)));
        if (i % 10 == 0) {
            s.outOfCity = true;
            if (i % 20 == 0)
                s.responsibilityLetterFiled = start.addDays(-25);
        }
        if (i % 7 == 0)
            s.changes = { { QStringLiteral("培训时间"), QString(), QString(), start, start.addDays(30),
                start.addDays(-int(rng.bounded(60))), QDate(), ChangeDecision::Pending } };
        if (i % 25 == 0)
            s.cancellation = { true, start.addDays(-10), i % 50 == 0 ? QStringLiteral("因故取消") : QString() };
        plan << p;
    }
    return plan;
}

void BM_CheckDeadlines_500Projects(benchmark::State& state)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    const RuleSet rules = RuleSet::defaults();
    const int year = int(state.range(0));
    const QList<ScheduledProject> plan = makePlan(500, year);
    const QDate today(year, 5, 15);
    qint64 findings = 0;
    for (auto _ : state) {
        const Findings f = checkDeadlines(plan, year, cal, rules, today);
        findings = f.size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["findings"] = double(findings);
    state.SetItemsProcessed(state.iterations() * plan.size());
}
// 2026: official holidays; 2027: estimated (provisional deadlines).
BENCHMARK(BM_CheckDeadlines_500Projects)->Arg(2026)->Arg(2027)->Unit(benchmark::kMicrosecond);

} // namespace
