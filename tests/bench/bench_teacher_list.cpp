// The teacher list with credit columns at city scale (GUI): 100,000 teachers in 1,000 units with about
// 600,000 credit registrations (so the credit columns are not trivial). Measures
//   (a) opening the list — from nothing to the first screenful of rows with credit columns and statuses,
//       the model alone and the whole page (TeacherListPage, shown offscreen);
//   (b) the pinyin filter per keystroke over 100,000 names ("z", "zh", "zhw", "zhangw");
//   (c) one school's list;
// and the deferred work after the first screenful: the summary line / chart figures of the whole scope.
// Peak RSS (VmHWM) is reported as a counter. The generator follows bench_ledger.cpp's (same names and units)
// but writes credit registrations directly (the triggers keep the totals); it takes a minute or two.
//
//   ./trainplan_bench_teacher_list

#include "BenchData.h"
#include "CreditChartView.h"
#include "Database.h"
#include "LedgerRepository.h"
#include "TeacherListModel.h"
#include "TeacherListPage.h"
#include "TeacherRepository.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace tp;
using namespace tp::bench;

namespace {

constexpr int kTeachers = 100000;
constexpr int kUnits = 1000;
constexpr int kScreenRows = 40; // a screenful at 1440×900

struct City {
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<Database> db;
    qint64 school = 0; // a unit of 100 teachers
    int registrations = 0;
};

City generate()
{
    QElapsedTimer timer;
    timer.start();
    City c;
    c.dir = std::make_unique<QTemporaryDir>();
    c.db = scratchDatabase(*c.dir, QStringLiteral("city.sqlite"));
    Database& d = *c.db;
    Transaction tx(d);
    UnitRepository units(d);
    QList<qint64> unitIds;
    for (int u = 0; u < kUnits; ++u)
        unitIds << units.ensureUnit(unitName(u)).value();
    c.school = unitIds[17];
    QList<Teacher> teachers;
    const char* subjects[] = { "语文", "数学", "英语", "科学", "体育", "音乐", "美术", "道德与法治" };
    for (int i = 0; i < kTeachers; ++i) {
        Teacher t;
        t.staffNumber = staffNumber(i);
        t.name = teacherName(i);
        t.unitId = unitIds[i % kUnits];
        t.stage = (i % kUnits) % 3 == 0 ? QStringLiteral("初中") : QStringLiteral("小学");
        t.subject = QString::fromUtf8(subjects[i % 8]);
        teachers << t;
    }
    auto ids = TeacherRepository(d).importTeachers(teachers, QStringLiteral("generator"));
    check(ids.ok(), "teachers");
    QSqlQuery reg(d.connection());
    check(reg.prepare(QStringLiteral("INSERT INTO credit_registration (teacher_id, year, level, kind, credits, hours, "
                                     "reason, registered_on) VALUES (?, ?, ?, ?, ?, ?, 'generator', ?)")),
        "prepare");
    // 0–11 registrations a teacher (6 on average) over 2021–2026: county centralized (counts for 梁平's 20),
    // municipal centralized, school-based and online; 1–4 credits each. Totals spread from 0 to ~30.
    const char* levels[] = { "county", "municipal", "school", "provincial" };
    const char* kinds[] = { "centralized", "centralized", "school_based", "online" };
    for (int i = 0; i < kTeachers; ++i) {
        const int n = (i * 7919) % 12;
        for (int k = 0; k < n; ++k) {
            const int mix = (i + k * 3) % 4;
            const int year = 2021 + (i + k) % 6;
            const double credits = 1 + (i + k) % 4;
            reg.addBindValue(ids->at(i));
            reg.addBindValue(year);
            reg.addBindValue(QString::fromLatin1(levels[mix]));
            reg.addBindValue(QString::fromLatin1(kinds[mix]));
            reg.addBindValue(credits);
            reg.addBindValue(credits * 8);
            reg.addBindValue(QStringLiteral("%1-12-01").arg(year));
            check(reg.exec(), "registration");
            ++c.registrations;
        }
    }
    check(tx.commit().ok(), "commit");
    check(d.exec(QStringLiteral("ANALYZE")).ok(), "analyze");
    check(d.exec(QStringLiteral("PRAGMA synchronous = FULL")).ok(), "pragma");
    std::fprintf(stderr, "[bench_teacher_list] generated %d teachers, %d units, %d registrations in %.1f s\n",
        kTeachers, kUnits, c.registrations, timer.elapsed() / 1000.0);
    return c;
}

City& city()
{
    static City c = generate();
    return c;
}

const CreditRules& rules()
{
    static const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    return r;
}

const QDate kToday(2024, 6, 1); // mid-cycle: every state occurs

// What a view asks for to paint rows: every column's text, colours and alignment.
void readScreen(const TeacherListModel& model, int first = 0)
{
    for (int r = first; r < std::min(model.rowCount(), first + kScreenRows); ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            benchmark::DoNotOptimize(model.index(r, c).data(Qt::DisplayRole));
            benchmark::DoNotOptimize(model.index(r, c).data(Qt::BackgroundRole));
        }
}

void BM_TeacherList_OpenModel_AllUnits(benchmark::State& state)
{
    City& c = city();
    for (auto _ : state) {
        TeacherListModel model;
        model.setToday(kToday);
        model.setRules(rules(), 2021);
        model.setDatabase(c.db.get());
        readScreen(model);
        if (model.rowCount() != kTeachers || model.fetchCount() != 1)
            state.SkipWithError("unexpected rows or fetches");
    }
    state.counters["VmHWM_MB"] = peakMemoryKb() / 1024.0;
}
BENCHMARK(BM_TeacherList_OpenModel_AllUnits)->Unit(benchmark::kMillisecond);

// The page as the user sees it: units combo (1,000 units), cycles, table and chart, shown; the summary and
// chart figures are deferred to the next event-loop turn and measured below.
void BM_TeacherList_OpenPage_AllUnits(benchmark::State& state)
{
    City& c = city();
    for (auto _ : state) {
        auto page = std::make_unique<TeacherListPage>();
        page->setToday(kToday);
        page->setDatabase(c.db.get());
        page->setDistrict(QStringLiteral("city"));
        page->selectCycle(2021);
        page->resize(1400, 800);
        page->show();
        benchmark::DoNotOptimize(page->grab()); // the first frame: paints the visible rows
        if (page->model()->fetchCount() < 1) {
            state.SkipWithError("nothing fetched");
            break;
        }
        state.PauseTiming(); // not the deferred figures, nor the page's destruction
        page.reset();
        state.ResumeTiming();
    }
    state.counters["VmHWM_MB"] = peakMemoryKb() / 1024.0;
}
BENCHMARK(BM_TeacherList_OpenPage_AllUnits)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_TeacherList_ScopeFigures_AllUnits(benchmark::State& state)
{
    City& c = city();
    TeacherListModel model;
    model.setToday(kToday);
    model.setRules(rules(), 2021);
    model.setDatabase(c.db.get());
    int below = 0;
    for (auto _ : state) {
        model.reload(); // drops the cached figures
        const ScopeCredits& scope = model.scopeCredits();
        below = scope.count(CreditState::Short) + scope.count(CreditState::AtRisk);
        benchmark::DoNotOptimize(below);
    }
    const ScopeCredits& scope = model.scopeCredits();
    std::fprintf(stderr, "[bench_teacher_list] 2021–2025 on %s: met %d, on track %d, at risk %d, short %d\n",
        qPrintable(kToday.toString(Qt::ISODate)), scope.count(CreditState::Met), scope.count(CreditState::OnTrack),
        scope.count(CreditState::AtRisk), scope.count(CreditState::Short));
    state.counters["VmHWM_MB"] = peakMemoryKb() / 1024.0;
}
BENCHMARK(BM_TeacherList_ScopeFigures_AllUnits)->Unit(benchmark::kMillisecond)->Iterations(5);

// The same figures and the search keys read on a worker thread (its own connection: open, quick_check, read),
// while the GUI thread keeps handling events: wall time until both are there.
void BM_TeacherList_BackgroundPrepare_AllUnits(benchmark::State& state)
{
    City& c = city();
    for (auto _ : state) {
        state.PauseTiming();
        auto model = std::make_unique<TeacherListModel>();
        model->setToday(kToday);
        model->setRules(rules(), 2021);
        model->setDatabase(c.db.get());
        state.ResumeTiming();
        QEventLoop loop; // idle until the worker is done, as the GUI thread would be
        QObject::connect(model.get(), &TeacherListModel::scopeCreditsChanged, &loop, &QEventLoop::quit);
        model->prepareInBackground();
        if (!model->hasScopeCredits())
            loop.exec();
        if (!model->hasSearchIndex())
            state.SkipWithError("no index");
        state.PauseTiming();
        model.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_TeacherList_BackgroundPrepare_AllUnits)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// What the worker pays first: its own connection (Database::open runs PRAGMA quick_check over the whole file).
// The worker's connection (Database::openSecondary: no integrity check, no migration).
void BM_TeacherList_SecondConnectionOpen(benchmark::State& state)
{
    City& c = city();
    for (auto _ : state)
        benchmark::DoNotOptimize(Database::openSecondary(c.db->path()).ok());
}
BENCHMARK(BM_TeacherList_SecondConnectionOpen)->Unit(benchmark::kMillisecond)->Iterations(3);

// What the application's own start pays: Database::open with its PRAGMA quick_check over the whole file.
void BM_TeacherList_PrimaryOpen(benchmark::State& state)
{
    City& c = city();
    for (auto _ : state)
        benchmark::DoNotOptimize(Database::open(c.db->path()).ok());
}
BENCHMARK(BM_TeacherList_PrimaryOpen)->Unit(benchmark::kMillisecond)->Iterations(3);

// The chart's buckets from the scope's figures (after ScopeFigures).
void BM_TeacherList_ChartBuckets_AllUnits(benchmark::State& state)
{
    QList<double> earned;
    for (int i = 0; i < kTeachers; ++i)
        earned << (i * 37) % 31;
    for (auto _ : state)
        benchmark::DoNotOptimize(CreditChartView::bucketsFor(earned, 20));
}
BENCHMARK(BM_TeacherList_ChartBuckets_AllUnits)->Unit(benchmark::kMillisecond);

// The first keystroke reads the unit's search index (once); the following ones filter in memory.
void BM_TeacherList_FirstKeystroke_AllUnits(benchmark::State& state)
{
    City& c = city();
    for (auto _ : state) {
        state.PauseTiming();
        TeacherListModel model;
        model.setToday(kToday);
        model.setRules(rules(), 2021);
        model.setDatabase(c.db.get());
        state.ResumeTiming();
        model.setQuery(QStringLiteral("z"));
        readScreen(model);
    }
}
BENCHMARK(BM_TeacherList_FirstKeystroke_AllUnits)->Unit(benchmark::kMillisecond)->Iterations(5);

const char* kQueries[] = { "z", "zh", "zhw", "zhangw", "张伟", "00123" };

// A keystroke once the index is in memory: filter 100,000 entries, reset the model, read the first screenful.
void BM_TeacherList_Keystroke_AllUnits(benchmark::State& state)
{
    City& c = city();
    TeacherListModel model;
    model.setToday(kToday);
    model.setRules(rules(), 2021);
    model.setDatabase(c.db.get());
    model.setQuery(QStringLiteral("x")); // reads the index
    const QString query = QString::fromUtf8(kQueries[state.range(0)]);
    int rows = 0;
    for (auto _ : state) {
        state.PauseTiming(); // the previous keystroke's list
        model.setQuery(QStringLiteral("q"));
        state.ResumeTiming();
        model.setQuery(query);
        readScreen(model);
        rows = model.rowCount();
    }
    state.SetLabel(QStringLiteral("\"%1\" → %2 rows").arg(query).arg(rows).toStdString());
    state.counters["rows"] = rows;
}
BENCHMARK(BM_TeacherList_Keystroke_AllUnits)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);

// Clearing the search (backspace to nothing): back to the whole list, from the index in memory.
void BM_TeacherList_ClearQuery_AllUnits(benchmark::State& state)
{
    City& c = city();
    TeacherListModel model;
    model.setToday(kToday);
    model.setRules(rules(), 2021);
    model.setDatabase(c.db.get());
    for (auto _ : state) {
        state.PauseTiming();
        model.setQuery(QStringLiteral("z"));
        state.ResumeTiming();
        model.setQuery(QString());
        readScreen(model);
    }
    if (model.rowCount() != kTeachers)
        state.SkipWithError("not the whole list");
}
BENCHMARK(BM_TeacherList_ClearQuery_AllUnits)->Unit(benchmark::kMillisecond);

// The filter alone (no model reset, no rows read): TeacherRepository::matches over the index.
void BM_TeacherList_FilterOnly_AllUnits(benchmark::State& state)
{
    City& c = city();
    auto index = TeacherRepository(*c.db).searchIndex(0);
    const QString query = normalizePinyinQuery(QString::fromUtf8(kQueries[state.range(0)]));
    for (auto _ : state) {
        int n = 0;
        for (const TeacherSearchEntry& e : index.value())
            n += TeacherRepository::matches(e, query);
        benchmark::DoNotOptimize(n);
    }
}
BENCHMARK(BM_TeacherList_FilterOnly_AllUnits)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// One school (100 teachers): open with credit columns, its figures, and a keystroke.
void BM_TeacherList_OpenSchool(benchmark::State& state)
{
    City& c = city();
    for (auto _ : state) {
        TeacherListModel model;
        model.setToday(kToday);
        model.setRules(rules(), 2021);
        model.setUnit(c.school);
        model.setDatabase(c.db.get());
        readScreen(model);
        benchmark::DoNotOptimize(model.scopeCredits().total);
        model.setQuery(QStringLiteral("zh"));
        readScreen(model);
        if (model.scopeCredits().total != kTeachers / kUnits)
            state.SkipWithError("unexpected school size");
    }
}
BENCHMARK(BM_TeacherList_OpenSchool)->Unit(benchmark::kMillisecond);

// Scrolling: a screenful deep in the list (a new block each time).
void BM_TeacherList_ScrollBlock_AllUnits(benchmark::State& state)
{
    City& c = city();
    TeacherListModel model;
    model.setToday(kToday);
    model.setRules(rules(), 2021);
    model.setDatabase(c.db.get());
    int block = 1;
    for (auto _ : state) {
        readScreen(model, (block * 997 % (kTeachers / TeacherListModel::kBlockSize)) * TeacherListModel::kBlockSize);
        ++block;
    }
}
BENCHMARK(BM_TeacherList_ScrollBlock_AllUnits)->Unit(benchmark::kMillisecond);

} // namespace
