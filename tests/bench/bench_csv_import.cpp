// Issue 9 point 10 (and issue 16): CSV import in linear time. The plan table of N rows read (decode + parse +
// header detection + cleaning + checks: PlanTableImporter) and imported into a new database (PlanImportService: the
// same path as `trainplan-cli import`), at 10k, 20k, 40k and 100k rows; and a line of 50 MB of commas through
// the plan and the teacher-list importers. Time per row should stay flat as N grows.
// Run: ./build/tests/bench/trainplan_bench_csv [--benchmark_filter=REGEX]

#include "Database.h"
#include "PlanImportService.h"
#include "PlanTableImporter.h"
#include "TeacherListImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

QByteArray planCsv(int rows)
{
    QString text = QStringLiteral("梁平区教育系统2021年教师教育项目计划表\n"
                                  "序号,培训项目,主办单位,培训天数,参培人数,培训方式,拟培训时间,培训地点\n");
    text.reserve(rows * 80);
    for (int i = 1; i <= rows; ++i)
        text += QStringLiteral("%1,项目%1信息技术应用能力提升培训,区教委、社区学院,%2,%3,集中培训,%4月,区进修学校\n")
                    .arg(i)
                    .arg(i % 5 + 1)
                    .arg(i % 300 + 10)
                    .arg(i % 12 + 1);
    return text.toUtf8();
}

void BM_PlanCsvRead(benchmark::State& state)
{
    const int rows = int(state.range(0));
    const QByteArray csv = planCsv(rows);
    for (auto _ : state) {
        auto table = tp::PlanTableImporter::importBytes(csv, QStringLiteral("plan.csv"));
        if (!table || table->projects.size() != rows)
            state.SkipWithError("read failed");
        benchmark::DoNotOptimize(table);
    }
    state.counters["rows"] = rows;
    state.counters["us_per_row"] = benchmark::Counter(
        double(rows) / 1e6, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_PlanCsvRead)->Arg(10000)->Arg(20000)->Arg(40000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_PlanCsvImportIntoDatabase(benchmark::State& state)
{
    const int rows = int(state.range(0));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plan.csv"));
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(planCsv(rows));
    }
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = dir.filePath(QStringLiteral("db-%1.sqlite").arg(round++));
        auto db = tp::Database::open(path);
        state.ResumeTiming();
        tp::ImportRequest request;
        request.path = file;
        request.year = 2021;
        request.district = QStringLiteral("梁平区");
        auto report = tp::PlanImportService(**db).importFile(request);
        if (!report || report->imported != rows)
            state.SkipWithError("import failed");
    }
    state.counters["rows"] = rows;
    state.counters["us_per_row"] = benchmark::Counter(
        double(rows) / 1e6, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_PlanCsvImportIntoDatabase)
    ->Arg(10000)
    ->Arg(20000)
    ->Arg(40000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

// A single line of 50 MB of commas under a header (the issue: over 120 s in every CSV importer).
QByteArray commaLine()
{
    return QByteArray("序号,培训项目,主办单位\n") + QByteArray(50 * 1024 * 1024, ',') + "\n";
}

void BM_LineOf50MBOfCommas_Plan(benchmark::State& state)
{
    const QByteArray bytes = commaLine();
    for (auto _ : state)
        benchmark::DoNotOptimize(tp::PlanTableImporter::importBytes(bytes, QStringLiteral("commas.csv")));
}
BENCHMARK(BM_LineOf50MBOfCommas_Plan)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_LineOf50MBOfCommas_Teachers(benchmark::State& state)
{
    const QByteArray bytes = QByteArray("工号,姓名,学校\n") + QByteArray(50 * 1024 * 1024, ',') + "\n";
    for (auto _ : state)
        benchmark::DoNotOptimize(tp::TeacherListImporter::parse(bytes, QStringLiteral("commas.csv")));
}
BENCHMARK(BM_LineOf50MBOfCommas_Teachers)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
