// Export of a 500-project plan (each under 1 s): the printed table to PDF (layout + QPdfWriter +
// ToUnicode repair + atomic write) and the workbook to XLSX (libxlsxwriter, formulas, rename). Its own
// executable: the PDF needs a QGuiApplication (fonts), the other benchmarks a QCoreApplication.
// Run: ./build/tests/bench/trainplan_bench_export

#include "BenchData.h"
#include "PlanTableDocument.h"
#include "XlsxExporter.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

tp::Plan plan()
{
    tp::Plan p;
    p.district = q("测试区");
    p.year = 2025;
    p.title = q("测试区教育系统2025年教师教育项目计划表");
    p.notes = q("备注：如培训时间调整，请以实际开班时间为准。");
    return p;
}

void BM_ExportPdf_500Projects(benchmark::State& state)
{
    const QList<tp::Project> projects = tp::bench::generatedProjects(500);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    int pages = 0;
    for (auto _ : state) {
        tp::PlanTableOptions options;
        options.issuer = q("测试区教育委员会");
        const tp::PlanTableDocument document(plan(), projects, options);
        pages = document.pageCount();
        if (!document.writePdf(path).ok())
            state.SkipWithError("writePdf failed");
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_ExportPdf_500Projects)->Unit(benchmark::kMillisecond);

// The same plan with every column filled: the eight default columns share the width.
void BM_ExportPdf_500Projects_8Columns(benchmark::State& state)
{
    const QList<tp::Project> projects = tp::bench::generatedProjects(500, tp::bench::Columns::All);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    int pages = 0;
    for (auto _ : state) {
        const tp::PlanTableDocument document(plan(), projects);
        pages = document.pageCount();
        if (!document.writePdf(path).ok())
            state.SkipWithError("writePdf failed");
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_ExportPdf_500Projects_8Columns)->Unit(benchmark::kMillisecond);

void BM_ExportXlsx_500Projects(benchmark::State& state)
{
    const QList<tp::Project> projects = tp::bench::generatedProjects(500);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.xlsx"));
    for (auto _ : state) {
        tp::XlsxExportOptions options;
        options.title = plan().title;
        options.notes = { plan().notes };
        if (!tp::XlsxExporter::writeFile(path, projects, options).ok())
            state.SkipWithError("writeFile failed");
    }
}
BENCHMARK(BM_ExportXlsx_500Projects)->Unit(benchmark::kMillisecond);

} // namespace
