// One main for every benchmark program: the Qt application its benchmarks need, then Google Benchmark, then the
// process's peak memory on stderr. TRAINPLAN_BENCH_APP picks the application: QCoreApplication (the default),
// QGuiApplication (fonts, for PDF) or QApplication (widgets); the latter two on the offscreen platform.
#include "BenchData.h"

#include <QCoreApplication>
#if defined(TRAINPLAN_BENCH_WIDGETS)
#include <QApplication>
using BenchApplication = QApplication;
#elif defined(TRAINPLAN_BENCH_GUI)
#include <QGuiApplication>
using BenchApplication = QGuiApplication;
#else
using BenchApplication = QCoreApplication;
#endif

#include <benchmark/benchmark.h>
#include <cstdio>

int main(int argc, char** argv)
{
#if defined(TRAINPLAN_BENCH_WIDGETS) || defined(TRAINPLAN_BENCH_GUI)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    BenchApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::fprintf(stderr, "[%s] peak RSS (VmHWM): %.1f MB\n", qPrintable(QCoreApplication::applicationName()),
        double(tp::bench::peakMemoryKb()) / 1024.0);
    return 0;
}
