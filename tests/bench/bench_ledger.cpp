// Enrollments and credits at district and city scale. A generator builds a database:
//   district: 10,000 teachers, 100 units, 200 projects over 2021–2025, 300,000 completed enrollments,
//   city:    100,000 teachers, 1,000 units, 3,000 projects, 3,000,000 completed enrollments.
// Every enrollment has its credit registration, so the maintained totals (triggers) are filled the way the
// application fills them. The district is generated once per run (about half a minute); the city only when
// TRAINPLAN_BENCH_CITY=1 is set (several minutes on 2 cores), once per run into a temporary file.
//
//   ./trainplan_bench_ledger                                   district + imports
//   TRAINPLAN_BENCH_CITY=1 ./trainplan_bench_ledger --benchmark_filter=City
//
// The generator writes with prepared statements directly (test data, not an import being measured).

#include "BenchData.h"
#include "Database.h"
#include "EnrollmentService.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "RegistrationService.h"
#include "TeacherRepository.h"
#include "TeacherService.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace tp;
using namespace tp::bench;

namespace {

struct Scale {
    int teachers;
    int units;
    int projects; // over 5 years
    int enrollments;
};

// A generated database; the file lives as long as the object.
struct Generated {
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<Database> db;
    double seconds = 0;
};

Generated generate(const Scale& s, const char* label)
{
    QElapsedTimer timer;
    timer.start();
    Generated g;
    g.dir = std::make_unique<QTemporaryDir>();
    g.db = scratchDatabase(*g.dir, QStringLiteral("ledger.sqlite"));
    Database& d = *g.db;
    {
        Transaction tx(d);
        UnitRepository units(d);
        QList<qint64> unitIds;
        for (int u = 0; u < s.units; ++u)
            unitIds << units.ensureUnit(unitName(u)).value();
        QList<Teacher> teachers;
        for (int i = 0; i < s.teachers; ++i) {
            Teacher t;
            t.staffNumber = staffNumber(i);
            t.name = teacherName(i);
            t.unitId = unitIds[i % s.units];
            t.stage = QStringLiteral("小学");
            teachers << t;
        }
        check(TeacherRepository(d).importTeachers(teachers, QStringLiteral("generator")).ok(), "teachers");
        PlanRepository plans(d);
        QSqlQuery project(d.connection());
        check(project.prepare(QStringLiteral("INSERT INTO project (plan_id, seq, name, duration_text, level) VALUES "
                                             "(?, ?, ?, ?, ?)")),
            "prepare project");
        QSqlQuery credit(d.connection());
        check(credit.prepare(QStringLiteral("INSERT INTO project_credit (project_id, kind) VALUES (?, ?)")), "prepare");
        QSqlQuery enroll(d.connection());
        check(enroll.prepare(QStringLiteral("INSERT INTO enrollment (project_id, teacher_id, unit_id, status, "
                                            "queue_position, credits_awarded, registered_on) VALUES (?, ?, ?, "
                                            "'completed', ?, ?, ?)")),
            "prepare enrollment");
        QSqlQuery reg(d.connection());
        check(reg.prepare(QStringLiteral("INSERT INTO credit_registration (teacher_id, enrollment_id, year, level, "
                                         "kind, credits, hours, reason, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                         "'generator', ?)")),
            "prepare registration");
        const int perYear = s.projects / 5;
        const int perProject = s.enrollments / s.projects;
        qint64 firstTeacher = 1; // teacher ids are 1..n
        for (int y = 0; y < 5; ++y) {
            Plan plan;
            plan.district = QString::fromLatin1(label);
            plan.year = 2021 + y;
            const qint64 planId = plans.createPlan(plan)->id;
            for (int p = 0; p < perYear; ++p) {
                const int k = y * perYear + p;
                // 30 % county centralized (the qualifying kind), 10 % municipal centralized, 30 % school-based,
                // 30 % online: most teachers are still short of 20 qualifying credits, some are not.
                const int mix = k % 10;
                const bool county = mix < 3;
                const bool municipal = mix == 3;
                const bool school = mix >= 4 && mix < 7;
                const char* level = county ? "区级" : municipal ? "市级" : school ? "校级" : "区级";
                const char* kind = county || municipal ? "centralized" : school ? "school_based" : "online";
                const int days = 1 + k % 2;
                project.addBindValue(planId);
                project.addBindValue(p + 1);
                project.addBindValue(QStringLiteral("项目%1").arg(k + 1));
                project.addBindValue(QString::number(days));
                project.addBindValue(QString::fromUtf8(level));
                check(project.exec(), "project");
                const qint64 projectId = project.lastInsertId().toLongLong();
                credit.addBindValue(projectId);
                credit.addBindValue(QString::fromLatin1(kind));
                check(credit.exec(), "credit");
                const QString levelName = municipal ? QStringLiteral("municipal")
                    : school                        ? QStringLiteral("school")
                                                    : QStringLiteral("county");
                const QString on = QStringLiteral("%1-12-20").arg(2021 + y);
                for (int j = 0; j < perProject; ++j) {
                    const qint64 teacher = (firstTeacher + j - 1) % s.teachers + 1;
                    enroll.addBindValue(projectId);
                    enroll.addBindValue(teacher);
                    enroll.addBindValue(qint64((teacher - 1) % s.units + 1));
                    enroll.addBindValue(j + 1);
                    enroll.addBindValue(double(days));
                    enroll.addBindValue(on);
                    check(enroll.exec(), "enrollment");
                    reg.addBindValue(teacher);
                    reg.addBindValue(enroll.lastInsertId());
                    reg.addBindValue(2021 + y);
                    reg.addBindValue(levelName);
                    reg.addBindValue(QString::fromLatin1(kind));
                    reg.addBindValue(double(days));
                    reg.addBindValue(days * 8.0);
                    reg.addBindValue(on);
                    check(reg.exec(), "registration");
                }
                // The next project starts at a pseudo-random teacher, so totals spread unevenly.
                firstTeacher = (firstTeacher + perProject + 7919 * (k % 13)) % s.teachers + 1;
            }
        }
        check(tx.commit().ok(), "commit");
    }
    check(d.exec(QStringLiteral("ANALYZE")).ok(), "analyze");
    check(d.exec(QStringLiteral("PRAGMA synchronous = FULL")).ok(), "pragma");
    g.seconds = timer.elapsed() / 1000.0;
    std::fprintf(stderr, "[bench_ledger] generated %s: %d teachers, %d units, %d projects, %d enrollments in %.1f s\n",
        label, s.teachers, s.units, s.projects, s.enrollments, g.seconds);
    return g;
}

Generated& district()
{
    static Generated g = generate({ 10000, 100, 200, 300000 }, "district");
    return g;
}

Generated& city()
{
    static Generated g = generate({ 100000, 1000, 3000, 3000000 }, "city");
    return g;
}

bool cityEnabled(benchmark::State& state)
{
    if (qEnvironmentVariableIntValue("TRAINPLAN_BENCH_CITY") == 1)
        return true;
    state.SkipWithError("set TRAINPLAN_BENCH_CITY=1 to generate the city (3,000,000 enrollments; minutes)");
    return false;
}

const CreditRules& rules()
{
    static const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    return r;
}

void reportBelow(benchmark::State& state, Database& db, TotalsSource source)
{
    LedgerRepository ledger(db);
    qint64 below = 0;
    for (auto _ : state) {
        auto rows = ledger.report(rules(), 2021, QDate(2026, 1, 5), {}, true, source);
        if (!rows)
            state.SkipWithError(rows.error().message.toUtf8().constData());
        below = rows->size();
        benchmark::DoNotOptimize(below);
    }
    state.counters["below"] = double(below);
    state.counters["VmHWM_MB"] = peakMemoryKb() / 1024.0;
}

// The totals step alone (what the maintained table replaces), without judging and teacher details.
void totalsOnly(benchmark::State& state, Database& db, TotalsSource source)
{
    LedgerRepository ledger(db);
    for (auto _ : state) {
        auto totals = ledger.totals(2021, 5, {}, false, source);
        benchmark::DoNotOptimize(totals->size());
    }
    state.counters["VmHWM_MB"] = peakMemoryKb() / 1024.0;
}

void schoolReport(benchmark::State& state, Database& db)
{
    LedgerRepository ledger(db);
    const qint64 unit = UnitRepository(db).ensureUnit(unitName(17)).value();
    qint64 n = 0;
    for (auto _ : state) {
        auto rows = ledger.report(rules(), 2021, QDate(2026, 1, 5), { unit, {} }, false);
        n = rows->size();
        benchmark::DoNotOptimize(n);
    }
    state.counters["teachers"] = double(n);
}

} // namespace

static void BM_Ledger_ImportTeacherList_10000(benchmark::State& state)
{
    QString csv = QStringLiteral("第0001中心学校 教师名单\n工号,姓名,学段,学科,参加工作时间\n");
    for (int i = 0; i < 10000; ++i)
        csv += QStringLiteral("=\"%1\",%2,小学,语文,2010-09-01\n").arg(staffNumber(i), teacherName(i));
    const QByteArray bytes = csv.toUtf8();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
        state.ResumeTiming();
        auto r = TeacherService(**db).importTeacherList(bytes, QStringLiteral("teachers.csv"), unitName(0));
        if (!r || r->imported != 10000)
            state.SkipWithError("import failed");
        state.PauseTiming();
        db->reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Ledger_ImportTeacherList_10000)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_Ledger_ImportRoster_15000(benchmark::State& state)
{
    Database& db = *district().db;
    // A roster lists each teacher once, and the district has 10,000: the 15,000 rows come as two schools'
    // files for two projects (10,000 + 5,000 rows), imported back to back.
    QString first = QStringLiteral("工号,姓名\n");
    for (int i = 0; i < 10000; ++i)
        first += QStringLiteral("%1,%2\n").arg(staffNumber(i), teacherName(i));
    QString second = QStringLiteral("工号,姓名\n");
    for (int i = 0; i < 5000; ++i)
        second += QStringLiteral("%1,%2\n").arg(staffNumber(i * 2), teacherName(i * 2));
    const QByteArray a = first.toUtf8();
    const QByteArray b = second.toUtf8();
    PlanRepository plans(db);
    const qint64 planId = (*plans.findPlan(QStringLiteral("district"), 2025))->id;
    int seq = 1000;
    for (auto _ : state) {
        state.PauseTiming();
        Project p1;
        p1.name = QStringLiteral("全员培训A");
        p1.durationText = QStringLiteral("2");
        Project p2 = p1;
        p2.name = QStringLiteral("全员培训B");
        const qint64 id1 = plans.insertProject(planId, p1, ++seq)->id;
        const qint64 id2 = plans.insertProject(planId, p2, ++seq)->id;
        state.ResumeTiming();
        auto r1 = EnrollmentService(db).importRoster(id1, a, QStringLiteral("a.csv"));
        auto r2 = EnrollmentService(db).importRoster(id2, b, QStringLiteral("b.csv"));
        if (!r1 || !r2 || r1->hasErrors() || r2->hasErrors()
            || r1->outcome.enrollments.size() + r2->outcome.enrollments.size() != 15000)
            state.SkipWithError("roster import failed");
        state.PauseTiming();
        check(plans.deleteProject(id1).ok() && plans.deleteProject(id2).ok(), "delete");
        state.ResumeTiming();
    }
    state.counters["rows"] = 15000;
}
BENCHMARK(BM_Ledger_ImportRoster_15000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Issue 16: `credits external import` of a 100,000-row file (make-city.sh's columns) into a database of 100,000
// teachers, through RegistrationService (the CLI's path: parse, check every staff number, one transaction, one
// audit operation). Beside it, in the same run, SQLite's own speed for the same rows: one INSERT … SELECT per table
// from a temporary table (no parse, no checks, no bound values) — the floor this import is measured against.
namespace {
constexpr int kExternalRows = 100000;

std::shared_ptr<Database> hundredThousandTeachers(const QTemporaryDir& dir, const QString& name)
{
    auto db = Database::open(dir.filePath(name));
    check(db.ok(), "open");
    Database& d = **db;
    Transaction tx(d);
    check(d.exec(QStringLiteral("INSERT INTO unit (name) VALUES ('第0001学校')")).ok(), "unit");
    // Test data, not what is measured: the teachers in one statement.
    check(d.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ")
               + QString::number(kExternalRows)
               + QStringLiteral(") INSERT INTO teacher (staff_number, name, unit_id) "
                                "SELECT printf('%07d', i), '教师' || i, 1 FROM n"))
              .ok(),
        "teachers");
    check(tx.commit().ok(), "commit");
    return db.value();
}

QByteArray externalCreditCsv()
{
    static const char* const levels[] = { "国家级", "省级", "市级", "区县级", "校级" };
    static const char* const kinds[] = { "集中", "网络", "校本", "实践" };
    QByteArray csv = "工号,年度,来源,级别,类型,学分,学时,培训名称\n";
    csv.reserve(kExternalRows * 70);
    for (int i = 0; i < kExternalRows; ++i) {
        const int year = 2021 + i % 6;
        const int credits = 1 + (i * 7) % 6;
        csv += QStringLiteral("%1,%2,国培,%3,%4,%5,%6,%2年骨干教师能力提升\n")
                   .arg(i + 1, 7, 10, QLatin1Char('0'))
                   .arg(year)
                   .arg(QString::fromUtf8(levels[i % 5]), QString::fromUtf8(kinds[i % 4]))
                   .arg(credits)
                   .arg(credits * 8)
                   .toUtf8();
    }
    return csv;
}
} // namespace

static void BM_Ledger_ImportExternalCredits_100000(benchmark::State& state)
{
    const QByteArray csv = externalCreditCsv();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = hundredThousandTeachers(dir, QStringLiteral("x%1.sqlite").arg(round++));
        state.ResumeTiming();
        auto r = RegistrationService(*db).importExternalCredits(csv, QStringLiteral("external.csv"));
        if (!r || r->hasErrors() || r->registrationIds.size() != kExternalRows)
            state.SkipWithError("import failed");
        state.PauseTiming();
        db.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = kExternalRows;
    state.counters["us_per_row"] = benchmark::Counter(
        double(kExternalRows) / 1e6, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_Ledger_ImportExternalCredits_100000)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_Ledger_ExternalCredits_100000_SqliteFloor(benchmark::State& state)
{
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = hundredThousandTeachers(dir, QStringLiteral("f%1.sqlite").arg(round++));
        Database& d = *db;
        check(d.exec(QStringLiteral("CREATE TEMP TABLE src AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL "
                                    "SELECT i + 1 FROM n WHERE i < %1) SELECT i + 1 AS teacher, 2021 + i % 6 AS year, "
                                    "1 + (i * 7) % 6 AS credits FROM n")
                         .arg(kExternalRows - 1))
                  .ok(),
            "source rows");
        check(d.exec(QStringLiteral("PRAGMA cache_size = -131072")).ok(), "cache");
        state.ResumeTiming();
        Transaction tx(d, QStringLiteral("floor"));
        check(
            d.exec(QStringLiteral("INSERT INTO external_credit (teacher_id, year, level, kind, credits, hours, title, "
                                  "source, category) SELECT teacher, year, 'county', 'online', credits, credits * 8, "
                                  "year || '年骨干教师能力提升', '国培', '' FROM temp.src"))
                .ok(),
            "external rows");
        check(d.exec(QStringLiteral("INSERT INTO credit_registration (teacher_id, external_credit_id, year, level, "
                                    "kind, credits, hours, reason, registered_on, actor, category, operation_id) "
                                    "SELECT teacher_id, id, year, level, kind, credits, hours, '第 ' || id || ' 行', "
                                    "'2026-12-02', 'bench', '', NULL FROM external_credit"))
                  .ok(),
            "registrations");
        check(tx.commit().ok(), "commit");
        state.PauseTiming();
        db.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = kExternalRows;
}
BENCHMARK(BM_Ledger_ExternalCredits_100000_SqliteFloor)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_Ledger_District_BelowReport_Maintained(benchmark::State& state)
{
    reportBelow(state, *district().db, TotalsSource::Maintained);
}
BENCHMARK(BM_Ledger_District_BelowReport_Maintained)->Unit(benchmark::kMillisecond);

static void BM_Ledger_District_BelowReport_GroupBy(benchmark::State& state)
{
    reportBelow(state, *district().db, TotalsSource::GroupBy);
}
BENCHMARK(BM_Ledger_District_BelowReport_GroupBy)->Unit(benchmark::kMillisecond);

static void BM_Ledger_District_SchoolReport(benchmark::State& state)
{
    schoolReport(state, *district().db);
}
BENCHMARK(BM_Ledger_District_SchoolReport)->Unit(benchmark::kMillisecond);

static void BM_Ledger_City_TotalsOnly_Maintained(benchmark::State& state)
{
    if (cityEnabled(state))
        totalsOnly(state, *city().db, TotalsSource::Maintained);
}
BENCHMARK(BM_Ledger_City_TotalsOnly_Maintained)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_Ledger_City_TotalsOnly_GroupBy(benchmark::State& state)
{
    if (cityEnabled(state))
        totalsOnly(state, *city().db, TotalsSource::GroupBy);
}
BENCHMARK(BM_Ledger_City_TotalsOnly_GroupBy)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_Ledger_City_BelowReport_Maintained(benchmark::State& state)
{
    if (cityEnabled(state))
        reportBelow(state, *city().db, TotalsSource::Maintained);
}
BENCHMARK(BM_Ledger_City_BelowReport_Maintained)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_Ledger_City_BelowReport_GroupBy(benchmark::State& state)
{
    if (cityEnabled(state))
        reportBelow(state, *city().db, TotalsSource::GroupBy);
}
BENCHMARK(BM_Ledger_City_BelowReport_GroupBy)->Unit(benchmark::kMillisecond)->Iterations(3);

static void BM_Ledger_City_SchoolReport(benchmark::State& state)
{
    if (cityEnabled(state))
        schoolReport(state, *city().db);
}
BENCHMARK(BM_Ledger_City_SchoolReport)->Unit(benchmark::kMillisecond);
