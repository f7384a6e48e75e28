// The district-wide 学分统计表 (issue 16, fifth pass): N teachers of 1,000 schools — the 梁平 rules, credits of
// several levels and kinds, the status of 2026-01-05 — written as the district's PDF (no unit name: a 单位
// column), A4 portrait. Counters: pages, the seconds of the layout and of the writing, and the peak resident
// memory after each (VmHWM: the process's, so run one size per process for an honest peak:
//   ./build/tests/bench/trainplan_bench_credit_report --benchmark_filter='/10000$'
//   ./build/tests/bench/trainplan_bench_credit_report --benchmark_filter='/100000$'

#include "BenchData.h"
#include "CreditLedger.h"
#include "CreditReportDocument.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The u-th of 1,000 schools, named as 梁平's are: 梁平区第N中学, 梁平区…实验小学, 中心小学, 幼儿园.
QString schoolName(int u)
{
    static const QStringList towns { q("双桂"), q("梁山"), q("仁贤"), q("礼让"), q("云龙"), q("屏锦"), q("袁驿"),
        q("新盛"), q("福禄"), q("聚奎"), q("明达"), q("荫平"), q("和林"), q("回龙"), q("碧山"), q("虎城"), q("七星"),
        q("龙门"), q("文化"), q("合兴"), q("金带"), q("大观"), q("蟠龙"), q("星桥"), q("曲水") };
    switch (u % 5) {
    case 0:
        return q("梁平区第%1中学").arg(u / 5 + 1);
    case 1:
        return q("梁平区%1实验小学").arg(towns.at(u % towns.size())) + (u >= 25 ? QString::number(u / 25) : QString());
    case 2:
        return q("梁平区%1镇中心小学").arg(towns.at(u % towns.size())) + QString::number(u / 25 + 1) + q("校区");
    case 3:
        return q("梁平区%1镇初级中学校").arg(towns.at((u / 3) % towns.size())) + QString::number(u / 75 + 1);
    default:
        return q("梁平区%1幼儿园第%2分园").arg(towns.at(u % towns.size())).arg(u / 25 + 1);
    }
}

QList<tp::TeacherCreditRow> generatedRows(int n, const tp::CreditRules& rules, QDate asOf)
{
    static const QStringList stages { q("小学"), q("初中"), q("高中"), q("幼儿园") };
    static const QStringList subjects { q("语文"), q("数学"), q("英语"), q("物理"), q("化学"), q("生物"), q("历史"),
        q("地理"), q("道德与法治"), q("音乐"), q("体育与健康"), q("美术"), q("信息技术"), q("科学") };
    const int perSchool = std::max(1, n / 1000);
    QList<tp::TeacherCreditRow> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        tp::TeacherCreditRow r;
        r.teacher.id = i + 1;
        r.teacher.staffNumber = tp::bench::staffNumber(i);
        r.teacher.name = tp::bench::teacherName(i);
        const int school = std::min(999, i / perSchool);
        r.teacher.unitName = schoolName(school);
        r.teacher.stage = stages.at(school % 4);
        r.teacher.subject = subjects.at(i % subjects.size());
        // Credits as a city's teachers have them: district centralized, school-based, online; some short.
        QList<tp::CreditEntry> entries;
        for (int year = 2021; year <= 2025; ++year) {
            if ((i + year) % 3 != 0)
                entries << tp::CreditEntry { year, tp::TrainingLevel::County, tp::TrainingKind::Centralized,
                    double((i + year) % 4 + 1) * 1.5, 0 };
            entries << tp::CreditEntry { year, tp::TrainingLevel::School, tp::TrainingKind::SchoolBased,
                double((i * 7 + year) % 5), 0 };
            if (i % 4 == 0)
                entries << tp::CreditEntry { year, tp::TrainingLevel::Municipal, tp::TrainingKind::Online, 2.5, 0 };
        }
        r.totals = tp::creditLedger(entries, rules, 2021);
        r.status = tp::evaluateCredits(r.totals, rules, 2021, asOf);
        rows << r;
    }
    return rows;
}

void BM_DistrictCreditReportPdf(benchmark::State& state)
{
    const int n = int(state.range(0));
    const tp::CreditRules rules = tp::creditRulePreset(QStringLiteral("liangping-2021"));
    const QDate asOf(2026, 1, 5);
    QTemporaryDir dir;
    // TRAINPLAN_BENCH_PDF=file keeps the PDF to look at.
    const QString path = qEnvironmentVariableIsEmpty("TRAINPLAN_BENCH_PDF")
        ? dir.filePath(QStringLiteral("district.pdf"))
        : qEnvironmentVariable("TRAINPLAN_BENCH_PDF");
    int pages = 0;
    double layoutSeconds = 0;
    double writeSeconds = 0;
    double rowsMb = 0;
    double layoutMb = 0;
    for (auto _ : state) {
        QList<tp::TeacherCreditRow> rows = generatedRows(n, rules, asOf);
        rowsMb = double(tp::bench::peakMemoryKb()) / 1024.0;
        tp::CreditReportOptions options;
        options.district = q("梁平区");
        options.rules = rules;
        options.cycleStart = 2021;
        options.asOf = asOf;
        options.issuer = q("重庆市梁平区教育委员会");
        QElapsedTimer timer;
        timer.start();
        const tp::CreditReportDocument document(std::move(rows), options);
        pages = document.pageCount();
        layoutSeconds = double(timer.nsecsElapsed()) / 1e9;
        layoutMb = double(tp::bench::peakMemoryKb()) / 1024.0;
        timer.restart();
        if (!document.writePdf(path).ok())
            state.SkipWithError("writePdf failed");
        writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    state.counters["pages"] = pages;
    state.counters["layout_s"] = layoutSeconds;
    state.counters["write_s"] = writeSeconds;
    state.counters["rows_peak_MB"] = rowsMb; // peak after the rows were generated
    state.counters["layout_peak_MB"] = layoutMb; // after the layout
    state.counters["peak_MB"] = double(tp::bench::peakMemoryKb()) / 1024.0; // after the PDF was written
    state.counters["pdf_MB"] = double(QFileInfo(path).size()) / 1e6;
}
BENCHMARK(BM_DistrictCreditReportPdf)->Arg(10000)->Arg(100000)->Iterations(1)->Unit(benchmark::kSecond);

} // namespace
