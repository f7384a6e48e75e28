// Export of a 500-project plan (issue 5: each under 1 s): the printed table to PDF (layout + QPdfWriter +
// ToUnicode repair + atomic write) and the workbook to XLSX (libxlsxwriter, formulas, rename). Its own
// executable: the PDF needs a QGuiApplication (fonts), the other benchmarks a QCoreApplication.
// Run: ./build/tests/bench/trainplan_bench_export

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

// 500 projects like the seeds': names of 8 to 40 characters (some wrap), one or two organizers, days and
// some 学时, exact and approximate headcounts and 全员; with `allColumns`, modes, months and places too (a plan
// made in TrainPlan, printed in the eight default columns).
QList<tp::Project> generatePlan(int n, bool allColumns = false)
{
    const QStringList stems { q("中小学班主任培训"), q("幼儿园园长任职资格培训"),
        q("学校教研水平与教研管理能力提升培训"), q("中小学教师信息技术应用能力提升工程2.0”全员培训第一批项目学校"),
        q("核心素养下的义务教育阶段学科命题培训"), q("社区居民道德礼仪培训") };
    QList<tp::Project> projects;
    for (int i = 1; i <= n; ++i) {
        tp::Project p;
        p.seq = i;
        p.name = q("第%1期").arg(i) + stems.at(i % stems.size());
        p.organizers = i % 4 == 0 ? QStringList { q("区教委"), q("区教师进修校") } : QStringList { q("区教师进修校") };
        p.durationText = i % 9 == 0 ? QStringLiteral("%1学时").arg(10 * (i % 7 + 1)) : QString::number(i % 5 + 1);
        p.headcountText = i % 23 == 0 ? q("全员") : (i % 11 == 0 ? q("约%1人").arg(i) : QString::number(50 + i % 400));
        if (allColumns) {
            p.modesText = i % 3 == 0 ? q("集中培训、线上研修") : q("集中培训");
            p.monthsText = i % 5 == 0 ? q("全年") : q("%1月").arg(i % 12 + 1);
            p.location = i % 2 == 0 ? q("区教师进修校") : q("各学校");
        }
        projects << p;
    }
    return projects;
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
    const QList<tp::Project> projects = generatePlan(500);
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
    const QList<tp::Project> projects = generatePlan(500, true);
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
    const QList<tp::Project> projects = generatePlan(500);
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

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
