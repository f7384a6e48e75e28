// Load test of the district server (issue 13): N clerks at once, each on its own connection with its own login,
// for a fixed time. Four in five are schools' clerks (学校管理员: row-level security, the server's seat guard):
// they enrol their own school's teachers and read rosters and counts; one in five is the training school's staff
// (进修学校): it records attendance of admitted teachers of any school and reads rosters. Half the projects store
// their capacity, half have it from their exact 参培人数 only (migration 013), and every school has a quota in
// every project. Then it checks what the issue promises under load: no write lost, no project over its capacity,
// no school over its quota, one audit operation per write, every audit row naming its clerk, the server's trail
// one transaction per write. Numbers go to docs/performance.md.
//
//   trainplan_load_server postgresql://postgres@127.0.0.1:PORT/postgres [--clerks 50] [--seconds 30]
//   (scripts/load-server.sh starts a throwaway cluster and runs it)
//
// The address is an administrator's (CREATEDB, CREATEROLE): a database and the clerks' logins are made for the
// run and dropped afterwards.

#include "Database.h"
#include "EnrollmentRepository.h"
#include "PlanRepository.h"
#include "ServerAdmin.h"
#include "TeacherRepository.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace tp;

namespace {

constexpr int kProjects = 20;
constexpr int kCapacity = 30;
constexpr int kQuota = 2; // seats of each school in each project
constexpr int kTeachersPerSchool = 40;

// Clerk c's role: every fifth is the training school's staff.
bool isTrainingStaff(int c)
{
    return c % 5 == 4;
}

struct Sample {
    char kind; // 'e' enroll, 'a' attendance, 'r' read
    double ms;
};

struct ClerkResult {
    std::vector<Sample> samples;
    QList<std::pair<qint64, qint64>> enrolled; // (project, teacher) the server said yes to
    int writes = 0; // successful writes (each one audit operation)
    int errors = 0;
    QString firstError;
};

bool adminExec(const QUrl& admin, const QString& sql)
{
    const QString name = QStringLiteral("load-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        } else {
            std::fprintf(stderr, "cannot connect: %s\n", qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

template <typename T> T need(Result<T> r, const char* what)
{
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().toString()));
        std::exit(1);
    }
    return std::move(r).value();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: trainplan_load_server ADMIN-ADDRESS [--clerks N] [--seconds S]\n");
        return 2;
    }
    const QUrl admin(args.at(1));
    int clerks = 50;
    int seconds = 30;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--clerks"))
            clerks = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seconds"))
            seconds = args.at(i + 1).toInt();
    }
    const QString suffix = QStringLiteral("%1").arg(QCoreApplication::applicationPid());
    const QString dbName = QStringLiteral("tp_load_") + suffix;
    if (!adminExec(admin, QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(dbName)))
        return 1;
    QUrl address = admin;
    address.setPath(QLatin1Char('/') + dbName);

    // The district: one plan of 20 projects with 30 seats each (the even ones stored as the capacity, the odd ones
    // only their 参培人数 "30"), one school per clerk with 40 teachers and a quota of 2 seats in every project.
    QStringList logins;
    {
        auto owner = need(Database::open(address.toString()), "open");
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2021;
        const Plan created = need(PlanRepository(*owner).createPlan(plan), "plan");
        for (int p = 0; p < kProjects; ++p) {
            Project project;
            project.name = QStringLiteral("培训项目%1").arg(p + 1);
            project.headcountText = QString::number(kCapacity);
            const Project inserted = need(PlanRepository(*owner).insertProject(created.id, project, p + 1), "project");
            if (!EnrollmentRepository(*owner).setProjectCredit(
                    inserted.id, TrainingKind::Centralized, 2.0, p % 2 == 0 ? kCapacity : 0))
                return 1;
        }
        QList<qint64> projectIds;
        {
            auto q = need(owner->exec(QStringLiteral("SELECT id FROM project ORDER BY seq")), "projects");
            while (q.next())
                projectIds << q.value(0).toLongLong();
        }
        ServerAdmin adminTool(*owner);
        for (int c = 0; c < clerks; ++c) {
            const QString school = QStringLiteral("梁平区第%1小学").arg(c + 1);
            const qint64 unit = need(UnitRepository(*owner).ensureUnit(school), "unit");
            QList<Teacher> teachers;
            for (int t = 0; t < kTeachersPerSchool; ++t) {
                Teacher teacher;
                teacher.staffNumber
                    = QStringLiteral("%1%2").arg(c + 1, 3, 10, QLatin1Char('0')).arg(t, 3, 10, QLatin1Char('0'));
                teacher.name = QStringLiteral("教师%1-%2").arg(c + 1).arg(t + 1);
                teacher.unitId = unit;
                teachers << teacher;
            }
            need(TeacherRepository(*owner).importTeachers(teachers, QStringLiteral("load.csv")), "teachers");
            for (qint64 project : std::as_const(projectIds))
                if (!EnrollmentRepository(*owner).setQuota(project, unit, kQuota))
                    return 1;
            const QString login = QStringLiteral("load_clerk%1_%2").arg(c + 1).arg(suffix);
            need(isTrainingStaff(c)
                    ? adminTool.addUser(login, ServerRole::TrainingSchool, QString(), QStringLiteral("pw"))
                    : adminTool.addUser(login, ServerRole::SchoolAdmin, school, QStringLiteral("pw")),
                "login");
            logins << login;
        }
    }
    qint64 auditBefore = 0;
    qint64 trailBefore = 0; // the clerks' transactions in the server's trail (tp_row_audit)
    {
        auto owner = need(Database::open(address.toString()), "open");
        auto q = need(owner->exec(QStringLiteral("SELECT COUNT(*) FROM audit_operation")), "count");
        q.next();
        auditBefore = q.value(0).toLongLong();
        auto t = need(owner->exec(QStringLiteral("SELECT COUNT(DISTINCT transaction_id) FROM tp_row_audit WHERE login "
                                                 "LIKE 'load_clerk%'")),
            "trail");
        t.next();
        trailBefore = t.value(0).toLongLong();
    }

    std::vector<ClerkResult> results(static_cast<size_t>(clerks));
    std::atomic<int> ready { 0 };
    std::atomic<bool> go { false };
    QList<QThread*> threads;
    for (int c = 0; c < clerks; ++c) {
        threads << QThread::create([&, c] {
            ClerkResult& out = results[size_t(c)];
            QUrl mine = address;
            mine.setUserName(logins.at(c));
            mine.setPassword(QStringLiteral("pw"));
            auto opened = Database::open(mine.toString());
            ++ready;
            while (!go)
                QThread::msleep(1);
            if (!opened) {
                out.errors++;
                out.firstError = opened.error().toString();
                return;
            }
            Database& db = **opened;
            EnrollmentRepository enrollments(db);
            TeacherRepository teacherRepo(db);
            auto school = UnitRepository(db).ensureUnit(QStringLiteral("梁平区第%1小学").arg(c + 1));
            const qint64 unit = school ? *school : 0;
            QList<qint64> myTeachers = teacherRepo.sortedIds({ unit, QString() }).value();
            QList<qint64> projects;
            {
                auto q = db.exec(QStringLiteral("SELECT id FROM project ORDER BY seq"));
                while (q && q->next())
                    projects << q->value(0).toLongLong();
            }
            const bool staff = isTrainingStaff(c);
            QList<qint64> admitted; // enrolments holding a seat: a school's own; the staff's, seen on rosters
            QRandomGenerator rng(quint32(c + 1));
            QElapsedTimer clock;
            clock.start();
            int day = 0;
            while (clock.elapsed() < qint64(seconds) * 1000) {
                const int pick = int(rng.bounded(10));
                QElapsedTimer t;
                t.start();
                if (!staff && pick < 6 && !myTeachers.isEmpty()) { // a school's clerk enrols one of its teachers
                    const qint64 teacher = myTeachers.takeAt(int(rng.bounded(int(myTeachers.size()))));
                    const qint64 project = projects.at(int(rng.bounded(int(projects.size()))));
                    auto e = enrollments.enroll(project, teacher, unit, 0, QDate(2021, 3, 1));
                    out.samples.push_back({ 'e', double(t.nsecsElapsed()) / 1e6 });
                    if (e) {
                        out.writes++;
                        out.enrolled << std::pair { project, teacher };
                        if (holdsSeat(e->status))
                            admitted << e->id;
                    } else if (out.errors++ == 0) {
                        out.firstError = e.error().toString();
                    }
                } else if (staff && pick < 6 && !admitted.isEmpty()) { // the staff records a day's attendance
                    const qint64 id = admitted.at(int(rng.bounded(int(admitted.size()))));
                    ++day;
                    auto s = enrollments.importAttendance({ { id,
                                                              { AttendanceRecord { QDate(2021, 4, 1).addDays(day % 300),
                                                                  1, AttendanceKind::Present, 4, 4 } } } },
                        QStringLiteral("load"));
                    out.samples.push_back({ 'a', double(t.nsecsElapsed()) / 1e6 });
                    if (s)
                        out.writes++;
                    else if (out.errors++ == 0)
                        out.firstError = s.error().toString();
                } else { // read a roster and a count
                    auto list = enrollments.enrollments(projects.at(int(rng.bounded(int(projects.size())))));
                    auto count = teacherRepo.count({ unit, QString() });
                    out.samples.push_back({ 'r', double(t.nsecsElapsed()) / 1e6 });
                    if ((!list || !count) && out.errors++ == 0)
                        out.firstError = !list ? list.error().toString() : count.error().toString();
                    if (staff && list)
                        for (const Enrollment& e : *list)
                            if (holdsSeat(e.status) && !admitted.contains(e.id))
                                admitted << e.id;
                }
            }
        });
        threads.last()->start();
    }
    while (ready < clerks)
        QThread::msleep(5);
    QElapsedTimer wall;
    wall.start();
    go = true;
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    const double elapsed = double(wall.elapsed()) / 1000.0;

    // What the server holds afterwards.
    std::vector<double> all, enrol, attend, read;
    int writes = 0, errors = 0;
    QList<std::pair<qint64, qint64>> enrolled;
    QString firstError;
    for (const ClerkResult& r : results) {
        for (const Sample& s : r.samples) {
            all.push_back(s.ms);
            (s.kind == 'e' ? enrol : s.kind == 'a' ? attend : read).push_back(s.ms);
        }
        writes += r.writes;
        errors += r.errors;
        enrolled += r.enrolled;
        if (firstError.isEmpty())
            firstError = r.firstError;
    }
    int lost = 0, overruns = 0, quotaOverruns = 0, wrongActor = 0;
    qint64 auditOps = 0, trailOps = 0, trailRows = 0;
    {
        auto owner = need(Database::open(address.toString()), "open");
        for (const auto& [project, teacher] : enrolled) {
            auto q = need(
                owner->exec(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE project_id = :p AND teacher_id = :t"),
                    { { "p", project }, { "t", teacher } }),
                "check");
            q.next();
            lost += q.value(0).toInt() == 1 ? 0 : 1;
        }
        auto rows = need(owner->exec(QStringLiteral("SELECT COUNT(*) FROM enrollment")), "rows");
        rows.next();
        lost += int(enrolled.size()) - rows.value(0).toInt() > 0 ? int(enrolled.size()) - rows.value(0).toInt() : 0;
        auto seats = need(owner->exec(QStringLiteral("SELECT project_id, COUNT(*) FROM enrollment WHERE status IN "
                                                     "('applied', 'admitted', 'checked_in', 'completed', 'absent') "
                                                     "GROUP BY project_id")),
            "seats");
        while (seats.next())
            overruns += seats.value(1).toInt() > kCapacity ? 1 : 0;
        auto bySchool = need(owner->exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT project_id, unit_id FROM "
                                                        "enrollment WHERE status IN ('applied', 'admitted', "
                                                        "'checked_in', 'completed', 'absent') GROUP BY project_id, "
                                                        "unit_id HAVING COUNT(*) > :quota) AS over"),
                                 { { "quota", kQuota } }),
            "quotas");
        bySchool.next();
        quotaOverruns = bySchool.value(0).toInt();
        auto ops = need(owner->exec(QStringLiteral("SELECT COUNT(*) FROM audit_operation")), "audit");
        ops.next();
        auditOps = ops.value(0).toLongLong() - auditBefore;
        auto actors
            = need(owner->exec(QStringLiteral("SELECT COUNT(*) FROM audit_operation WHERE id > :b AND actor NOT "
                                              "LIKE 'load_clerk%'"),
                       { { "b", auditBefore } }),
                "actors");
        actors.next();
        wrongActor = actors.value(0).toInt();
        // The server's own trail: each write of a clerk is one transaction there, under the clerk's login.
        auto trail = need(owner->exec(QStringLiteral("SELECT COUNT(DISTINCT transaction_id), COUNT(*) FROM "
                                                     "tp_row_audit WHERE login LIKE 'load_clerk%'")),
            "trail");
        trail.next();
        trailOps = trail.value(0).toLongLong() - trailBefore;
        trailRows = trail.value(1).toLongLong();
    }

    std::printf("clerks %d, %.1f s\n", clerks, elapsed);
    std::printf("operations %zu (%.0f/s): enrol %zu, attendance %zu, read %zu; errors %d%s%s\n", all.size(),
        double(all.size()) / elapsed, enrol.size(), attend.size(), read.size(), errors,
        firstError.isEmpty() ? "" : " — first: ", qPrintable(firstError));
    std::printf("latency ms p50/p95: all %.1f/%.1f, enrol %.1f/%.1f, attendance %.1f/%.1f, read %.1f/%.1f\n",
        percentile(all, 0.5), percentile(all, 0.95), percentile(enrol, 0.5), percentile(enrol, 0.95),
        percentile(attend, 0.5), percentile(attend, 0.95), percentile(read, 0.5), percentile(read, 0.95));
    std::printf("writes %d, audit operations %lld, lost writes %d, projects over capacity %d, schools over quota %d, "
                "audit rows not naming their clerk %d\n",
        writes, static_cast<long long>(auditOps), lost, overruns, quotaOverruns, wrongActor);
    std::printf("server trail: %lld transactions of the clerks (%lld rows)\n", static_cast<long long>(trailOps),
        static_cast<long long>(trailRows));

    adminExec(admin, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(dbName));
    for (const QString& login : std::as_const(logins))
        adminExec(admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    const bool ok = lost == 0 && overruns == 0 && quotaOverruns == 0 && auditOps == writes && trailOps == writes
        && wrongActor == 0;
    std::printf("%s\n", ok ? "OK" : "FAILED");
    return ok ? 0 : 1;
}
