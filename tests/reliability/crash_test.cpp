// The crash test of issue 9: trainplan-cli, as a user runs it, killed with SIGKILL at a random moment of an
// import (plan replace, teacher list, roster, external credits), a credit registration (--complete), an export (CSV,
// XLSX, PDF, the credit report) or the first open of a new database. After every kill the database must open, pass
// integrity_check and foreign_key_check, and hold either all of the killed operation or none of it, with every
// earlier commit intact; an export's file must be absent, the old one, or a complete new one.
//
//   crash_test [--trials N] [--seed S] [--keep DIR]      (CRASH_TEST_TRIALS, CRASH_TEST_SEED also work)
//
// Prints one line of figures (trials, kills that landed while the child ran, by operation) and exits 1 with the
// violations listed if any. The seed is printed so a failing run can be repeated.

#include "Database.h"
#include "ReliabilityHelpers.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <optional>

using namespace tp;
using namespace tp::reliability;

namespace {

QTextStream out(stdout);

struct Figures {
    int trials = 0;
    int kills = 0; // the child was still running when killed
    QMap<QString, std::pair<int, int>> byOperation; // trials, kills
    QStringList violations;
};

// An external-credit file of kExternalLines lines over the first 2,000 teachers, kExternalCredits credits in all
// (the lines differ from trial to trial only in their titles).
constexpr int kExternalLines = 3000;
constexpr int kExternalCredits = kExternalLines / 3 * (1 + 2 + 3);
QString externalCredits(int trial)
{
    QString text = QStringLiteral("工号,年度,来源,级别,形式,学分,学时,培训名称\n");
    for (int i = 0; i < kExternalLines; ++i)
        text += QStringLiteral("T%1,%2,国培,区县级,集中,%3,%4,第%5次试验的研修\n")
                    .arg(1 + i % 2000, 7, 10, QLatin1Char('0'))
                    .arg(2021 + i % 5)
                    .arg(1 + i % 3)
                    .arg(8 * (1 + i % 3))
                    .arg(trial);
    return text;
}

class CrashTest {
public:
    CrashTest(QString dir, quint32 seed)
        : m_dir(std::move(dir))
        , m_rng(seed)
    {
    }

    bool setUp();
    void trial();
    const Figures& figures() const { return m_figures; }

private:
    QString path(const QString& name) const { return QDir(m_dir).filePath(name); }
    QString db() const { return path(QStringLiteral("ledger.sqlite")); }
    QStringList withDb(QStringList arguments) const { return arguments << QStringLiteral("--db") << db(); }

    // Runs the CLI and kills it after `delayUs`; true when it was still running then.
    bool runAndKill(const QString& operation, const QStringList& arguments, qint64 delayUs);
    qint64 measure(const QStringList& arguments); // µs of an undisturbed run (which must succeed)
    void violation(const QString& operation, const QString& what);
    std::optional<QHash<QString, qint64>> state(const QString& operation); // opens, checks, counts
    qint64 delayFor(const QString& operation);
    QString planFingerprint() const;

    void trialTeachers();
    void trialReplace();
    void trialRoster();
    void trialRegister();
    void trialExternal();
    void trialExport();
    void trialNewDatabase();

    QString m_dir;
    QRandomGenerator m_rng;
    Figures m_figures;
    QHash<QString, qint64> m_durationUs;
    QHash<QString, qint64> m_committed; // what every earlier commit left
    QString m_fingerprintA, m_fingerprintB;
    int m_nextTeacher = 100000;
    int m_rosterBlock = 0;
    QList<int> m_registerProjects; // 序号 of projects not registered yet
    QHash<QString, QByteArray> m_exportHash; // deterministic exports: the one complete content
};

void CrashTest::violation(const QString& operation, const QString& what)
{
    m_figures.violations << QStringLiteral("%1: %2").arg(operation, what);
    out << "VIOLATION " << operation << ": " << what << Qt::endl;
}

qint64 CrashTest::measure(const QStringList& arguments)
{
    QElapsedTimer timer;
    timer.start();
    const CliRun r = runCli(withDb(arguments));
    const qint64 us = timer.nsecsElapsed() / 1000;
    if (r.exitCode != 0)
        violation(arguments.join(QLatin1Char(' ')), QStringLiteral("setup run failed: ") + r.err);
    return us;
}

bool CrashTest::runAndKill(const QString& operation, const QStringList& arguments, qint64 delayUs)
{
    QProcess process;
    process.setProgram(cliPath());
    process.setArguments(withDb(arguments));
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(10000))
        return false;
    QThread::usleep(quint64(delayUs));
    const bool running = process.state() == QProcess::Running && ::kill(pid_t(process.processId()), SIGKILL) == 0;
    process.waitForFinished(60000);
    const bool killed = running && process.exitStatus() == QProcess::CrashExit;
    ++m_figures.trials;
    m_figures.kills += killed ? 1 : 0;
    auto& op = m_figures.byOperation[operation];
    ++op.first;
    op.second += killed ? 1 : 0;
    return killed;
}

qint64 CrashTest::delayFor(const QString& operation)
{
    // Anywhere from the start to a little past the end of an undisturbed run.
    const qint64 span = m_durationUs.value(operation, 200000) * 11 / 10;
    return qint64(m_rng.bounded(quint32(std::max<qint64>(1, span))));
}

std::optional<QHash<QString, qint64>> CrashTest::state(const QString& operation)
{
    // The program's own open: it finds the killed session's marker and checks the whole file before anything
    // else. (Not against another build: this open would upgrade that build's database out of its reach.)
    if (qEnvironmentVariable("TRAINPLAN_CLI_UNDER_TEST").isEmpty()) {
        auto opened = Database::open(db());
        if (!opened) {
            violation(operation, QStringLiteral("the database does not open: ") + opened.error().toString());
            return std::nullopt;
        }
    }
    // integrity_check and foreign_key_check, and what the tables hold, through a plain read-only connection.
    RawConnection raw(db());
    QSqlQuery check(QSqlDatabase::database(raw.name(), false));
    QStringList problems;
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")))
        problems << check.lastError().text();
    while (check.next())
        if (check.value(0).toString() != QLatin1String("ok"))
            problems << check.value(0).toString();
    if (check.exec(QStringLiteral("PRAGMA foreign_key_check")) && check.next())
        problems << QStringLiteral("foreign key: %1 row %2").arg(check.value(0).toString(), check.value(1).toString());
    if (!problems.isEmpty()) {
        violation(operation, QStringLiteral("integrity: ") + problems.join(QLatin1Char(';')));
        return std::nullopt;
    }
    QHash<QString, qint64> s;
    const auto scalar = [&](const char* key, const char* sql) {
        s.insert(QString::fromLatin1(key), raw.scalar(QString::fromUtf8(sql)));
    };
    scalar("teachers", "SELECT COUNT(*) FROM teacher");
    scalar("enrollments", "SELECT COUNT(*) FROM enrollment");
    scalar("registrations", "SELECT COUNT(*) FROM credit_registration");
    scalar("external", "SELECT COUNT(*) FROM external_credit");
    scalar("credits", "SELECT CAST(ROUND(COALESCE(SUM(credits), 0) * 100) AS INTEGER) FROM credit_registration");
    scalar("totals", "SELECT CAST(ROUND(COALESCE(SUM(credits), 0) * 100) AS INTEGER) FROM credit_year_total");
    scalar("projects", "SELECT COUNT(*) FROM project");
    scalar("completedWithoutCredits",
        "SELECT COUNT(*) FROM enrollment e JOIN project p ON p.id = e.project_id JOIN plan l ON l.id = p.plan_id "
        "WHERE l.year = 2021 AND e.status = 'completed' AND e.credits_awarded IS NULL");
    if (s.value(QStringLiteral("credits")) != s.value(QStringLiteral("totals")))
        violation(operation, QStringLiteral("maintained totals differ from the registrations"));
    return s;
}

// The 2021 plan's rows: 序号, name and 参培人数, which tell plan A from plan B.
QString CrashTest::planFingerprint() const
{
    RawConnection raw(db());
    QSqlQuery q(QSqlDatabase::database(raw.name(), false));
    const bool ok = q.exec(QStringLiteral(
        "SELECT group_concat(seq || ':' || name || ':' || headcount_text, '|') FROM (SELECT p.seq, p.name, "
        "p.headcount_text FROM project p JOIN plan l ON l.id = p.plan_id WHERE l.year = 2021 ORDER BY p.seq)"));
    return ok && q.next() ? q.value(0).toString() : QString();
}

bool CrashTest::setUp()
{
    // Plan A (梁平 2021) and plan B (the same projects, every 参培人数 changed) replace each other; a plan of 2020
    // with 600 rows is what the exports print; 2,000 teachers to enrol.
    QFile liangping(testData("liangping-2021-plan.csv"));
    if (!liangping.open(QIODevice::ReadOnly))
        return false;
    const QStringList lines = QString::fromUtf8(liangping.readAll()).split(QLatin1Char('\n'));
    QStringList b;
    for (const QString& line : lines) {
        QStringList cells = line.split(QLatin1Char(','));
        bool numeric = false;
        cells.value(0).toInt(&numeric);
        if (numeric && cells.size() >= 5)
            cells[4] = QString::number(cells[4].toInt() + 7);
        b << cells.join(QLatin1Char(','));
    }
    writeText(path(QStringLiteral("plan-a.csv")), lines.join(QLatin1Char('\n')));
    writeText(path(QStringLiteral("plan-b.csv")), b.join(QLatin1Char('\n')));
    QString big = QStringLiteral("序号,培训项目,主办单位,培训天数,参培人数,培训方式,拟培训时间,培训地点,备注\n");
    for (int i = 1; i <= 600; ++i)
        big += QStringLiteral("%1,第%1个培训项目：教师信息技术应用能力提升,区教委、区教师进修学校,%2,%3,集中培训,%4月,"
                              "区教师进修学校,第%1行的备注\n")
                   .arg(i)
                   .arg(i % 5 + 1)
                   .arg(50 + i)
                   .arg(i % 12 + 1);
    writeText(path(QStringLiteral("plan-2020.csv")), big);
    writeText(path(QStringLiteral("teachers.csv")), teacherList(1, 2000));

    const QStringList a { QStringLiteral("import"), path(QStringLiteral("plan-a.csv")), QStringLiteral("--year"),
        QStringLiteral("2021"), QStringLiteral("--district"), QStringLiteral("梁平区"), QStringLiteral("--replace") };
    measure(a);
    measure({ QStringLiteral("import"), path(QStringLiteral("plan-2020.csv")), QStringLiteral("--year"),
        QStringLiteral("2020"), QStringLiteral("--district"), QStringLiteral("梁平区") });
    measure({ QStringLiteral("teachers"), QStringLiteral("import"), path(QStringLiteral("teachers.csv")) });
    const auto fingerprint = [&] { return planFingerprint(); };
    if (!giveProjectsCredits(db(), 2021, 2))
        return false;
    m_fingerprintA = fingerprint();
    QStringList bArgs = a;
    bArgs[1] = path(QStringLiteral("plan-b.csv"));
    m_durationUs.insert(QStringLiteral("replace"), measure(bArgs));
    m_fingerprintB = fingerprint();
    if (m_fingerprintA == m_fingerprintB || m_fingerprintA.isEmpty())
        return false;

    // Durations of each operation undisturbed, to aim the kills inside them.
    writeText(path(QStringLiteral("t-measure.csv")), teacherList(m_nextTeacher, 3000));
    m_nextTeacher += 3000;
    m_durationUs.insert(QStringLiteral("teachers"),
        measure({ QStringLiteral("teachers"), QStringLiteral("import"), path(QStringLiteral("t-measure.csv")) }));
    writeText(path(QStringLiteral("r-measure.csv")), rosterList(1, 300));
    m_durationUs.insert(QStringLiteral("roster"),
        measure({ QStringLiteral("enroll"), QStringLiteral("import"), path(QStringLiteral("r-measure.csv")),
            QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--project"), QStringLiteral("1") }));
    measure({ QStringLiteral("credits"), QStringLiteral("register"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("measure"),
        QStringLiteral("--complete") });
    // A registration the size of a trial's (project 2, 60 enrolled), to aim the kills at it.
    writeText(path(QStringLiteral("reg-measure.csv")), rosterList(1, 60));
    measure({ QStringLiteral("enroll"), QStringLiteral("import"), path(QStringLiteral("reg-measure.csv")),
        QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--project"), QStringLiteral("2") });
    m_durationUs.insert(QStringLiteral("register"),
        measure({ QStringLiteral("credits"), QStringLiteral("register"), QStringLiteral("--year"),
            QStringLiteral("2021"), QStringLiteral("--project"), QStringLiteral("2"), QStringLiteral("--reason"),
            QStringLiteral("measure"), QStringLiteral("--complete") }));
    for (const char* format : { "csv", "xlsx", "pdf" }) {
        const QString target = path(QStringLiteral("measure.%1").arg(QLatin1String(format)));
        m_durationUs.insert(QStringLiteral("export ") + QLatin1String(format),
            measure({ QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2020"),
                QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("--output"), target }));
        if (QLatin1String(format) == QLatin1String("csv"))
            m_exportHash.insert(QStringLiteral("csv"), fileHash(target));
    }
    m_durationUs.insert(QStringLiteral("credit report"),
        measure({ QStringLiteral("credits"), QStringLiteral("--cycle"), QStringLiteral("2021-2025"),
            QStringLiteral("--today"), QStringLiteral("2023-03-01"), QStringLiteral("--output"),
            path(QStringLiteral("measure-report.pdf")) }));
    writeText(path(QStringLiteral("x-measure.csv")), externalCredits(0));
    m_durationUs.insert(QStringLiteral("external"),
        measure({ QStringLiteral("credits"), QStringLiteral("external"), QStringLiteral("import"),
            path(QStringLiteral("x-measure.csv")) }));
    {
        QElapsedTimer t;
        t.start();
        runCli({ QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--db"),
            path(QStringLiteral("fresh-measure.sqlite")) });
        m_durationUs.insert(QStringLiteral("new database"), t.nsecsElapsed() / 1000);
    }
    // Projects with a number of days (credits by the 梁平 rule set) to register, one per trial; 1 and 2 are done.
    for (int seq = 3; seq <= 33; ++seq)
        if (seq != 6 && seq != 9 && seq != 10)
            m_registerProjects << seq;
    auto s = state(QStringLiteral("setup"));
    if (!s)
        return false;
    if (s->value(QStringLiteral("completedWithoutCredits")) != 0)
        violation(
            QStringLiteral("setup"), QStringLiteral("an undisturbed --complete left enrollments without credits"));
    m_committed = *s;
    out << "crash_test: set up in " << m_dir << "; undisturbed runs (ms):";
    for (auto it = m_durationUs.constBegin(); it != m_durationUs.constEnd(); ++it)
        out << ' ' << it.key() << '=' << it.value() / 1000;
    out << Qt::endl;
    return m_figures.violations.isEmpty();
}

void CrashTest::trial()
{
    const quint32 pick = m_rng.bounded(100u);
    if (pick < 22)
        trialTeachers();
    else if (pick < 42)
        trialReplace();
    else if (pick < 57)
        trialRoster();
    else if (pick < 67 && !m_registerProjects.isEmpty())
        trialRegister();
    else if (pick < 77)
        trialExternal();
    else if (pick < 92)
        trialExport();
    else
        trialNewDatabase();
}

void CrashTest::trialTeachers()
{
    const QString op = QStringLiteral("teachers import");
    const QString file = path(QStringLiteral("t-%1.csv").arg(m_nextTeacher));
    writeText(file, teacherList(m_nextTeacher, 3000));
    m_nextTeacher += 3000;
    runAndKill(
        op, { QStringLiteral("teachers"), QStringLiteral("import"), file }, delayFor(QStringLiteral("teachers")));
    QFile::remove(file);
    auto s = state(op);
    if (!s)
        return;
    const qint64 before = m_committed.value(QStringLiteral("teachers"));
    const qint64 now = s->value(QStringLiteral("teachers"));
    if (now != before && now != before + 3000)
        violation(op,
            QStringLiteral("%1 teachers: neither %2 nor %3 (half an import)").arg(now).arg(before).arg(before + 3000));
    m_committed = *s;
}

void CrashTest::trialReplace()
{
    const QString op = QStringLiteral("import --replace");
    const bool toB = m_rng.bounded(2u) == 1;
    const QString file = path(toB ? QStringLiteral("plan-b.csv") : QStringLiteral("plan-a.csv"));
    runAndKill(op,
        { QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2021"),
            QStringLiteral("--district"), QStringLiteral("梁平区"), QStringLiteral("--replace") },
        delayFor(QStringLiteral("replace")));
    auto s = state(op);
    if (!s)
        return;
    const QString fp = planFingerprint();
    if (fp != m_fingerprintA && fp != m_fingerprintB)
        violation(op, QStringLiteral("the plan is neither the old table nor the new one"));
    for (const char* key : { "enrollments", "registrations", "credits" })
        if (s->value(QLatin1String(key)) != m_committed.value(QLatin1String(key)))
            violation(op,
                QStringLiteral("%1 changed by a replace: %2 → %3")
                    .arg(QLatin1String(key))
                    .arg(m_committed.value(QLatin1String(key)))
                    .arg(s->value(QLatin1String(key))));
    m_committed = *s;
}

void CrashTest::trialRoster()
{
    const QString op = QStringLiteral("enroll import");
    // 100 teachers not on this project yet: blocks of the 2,000 over projects 2..33.
    const int block = m_rosterBlock++;
    const int project = 2 + block % 32;
    const int first = 1 + (block / 32) * 100 % 1900;
    const QString file = path(QStringLiteral("r-%1.csv").arg(block));
    writeText(file, rosterList(first, 100));
    // A register trial may have enrolled some of them already: they are skipped, not enrolled twice.
    const qint64 already = RawConnection(db()).scalar(
        QStringLiteral("SELECT COUNT(*) FROM enrollment e JOIN teacher t ON t.id = e.teacher_id JOIN project p ON "
                       "p.id = e.project_id JOIN plan l ON l.id = p.plan_id WHERE l.year = 2021 AND p.seq = %1 AND "
                       "t.staff_number BETWEEN 'T%2' AND 'T%3'")
            .arg(project)
            .arg(first, 7, 10, QLatin1Char('0'))
            .arg(first + 99, 7, 10, QLatin1Char('0')));
    const qint64 expected = 100 - already;
    runAndKill(op,
        { QStringLiteral("enroll"), QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2021"),
            QStringLiteral("--project"), QString::number(project) },
        delayFor(QStringLiteral("roster")));
    auto s = state(op);
    if (!s)
        return;
    const qint64 before = m_committed.value(QStringLiteral("enrollments"));
    const qint64 now = s->value(QStringLiteral("enrollments"));
    if (now != before && now != before + expected)
        violation(op, QStringLiteral("%1 enrollments: neither %2 nor %3").arg(now).arg(before).arg(before + expected));
    m_committed = *s;
}

void CrashTest::trialRegister()
{
    const QString op = QStringLiteral("credits register --complete");
    const int project = m_registerProjects.takeFirst();
    // Its roster first (undisturbed), then the registration, killed.
    const QString file = path(QStringLiteral("reg-%1.csv").arg(project));
    writeText(file, rosterList(200 + (project - 2) * 55, 60));
    const CliRun enrolled = runCli(withDb({ QStringLiteral("enroll"), QStringLiteral("import"), file,
        QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--project"), QString::number(project) }));
    if (enrolled.exitCode != 0) {
        violation(op, QStringLiteral("roster for project %1: %2").arg(project).arg(enrolled.err));
        return;
    }
    auto before = state(op);
    if (!before)
        return;
    m_committed = *before;
    const QString pending = QStringLiteral(
        "SELECT COUNT(*) FROM enrollment e JOIN project p ON p.id = e.project_id JOIN plan l ON l.id = p.plan_id "
        "WHERE l.year = 2021 AND p.seq = %1 AND e.status IN ('admitted', 'checked_in')")
                                .arg(project);
    const auto count = [&](const QString& sql) { return RawConnection(db()).scalar(sql); };
    const qint64 toComplete = count(pending);
    runAndKill(op,
        { QStringLiteral("credits"), QStringLiteral("register"), QStringLiteral("--year"), QStringLiteral("2021"),
            QStringLiteral("--project"), QString::number(project), QStringLiteral("--reason"),
            QStringLiteral("第%1批").arg(project), QStringLiteral("--complete") },
        delayFor(QStringLiteral("register")));
    auto s = state(op);
    if (!s)
        return;
    // 结业 and its credits in one transaction: no enrollment is 结业 without them.
    if (s->value(QStringLiteral("completedWithoutCredits")) != 0)
        violation(op,
            QStringLiteral("%1 enrollments 结业 without credits")
                .arg(s->value(QStringLiteral("completedWithoutCredits"))));
    // All of it or none: every pending enrollment 结业 and registered, or none of them.
    const qint64 added = s->value(QStringLiteral("registrations")) - m_committed.value(QStringLiteral("registrations"));
    const qint64 stillPending = count(pending);
    if (!((stillPending == toComplete && added == 0) || (stillPending == 0 && added == toComplete)))
        violation(op,
            QStringLiteral("project %1: %2 of %3 still pending, %4 registrations added")
                .arg(project)
                .arg(stillPending)
                .arg(toComplete)
                .arg(added));
    m_committed = *s;
}

// issue 16: the external-credit import writes its lines 500 at a time (INSERT … SELECT over tp_batch), several
// statements in one transaction: killed anywhere, all 3,000 lines are there — each registration with its external
// record — or none.
void CrashTest::trialExternal()
{
    const QString op = QStringLiteral("credits external import");
    const QString file = path(QStringLiteral("x-%1.csv").arg(m_figures.trials));
    writeText(file, externalCredits(m_figures.trials));
    runAndKill(op, { QStringLiteral("credits"), QStringLiteral("external"), QStringLiteral("import"), file },
        delayFor(QStringLiteral("external")));
    QFile::remove(file);
    auto s = state(op);
    if (!s)
        return;
    const qint64 registrations
        = s->value(QStringLiteral("registrations")) - m_committed.value(QStringLiteral("registrations"));
    const qint64 records = s->value(QStringLiteral("external")) - m_committed.value(QStringLiteral("external"));
    const qint64 credits = s->value(QStringLiteral("credits")) - m_committed.value(QStringLiteral("credits"));
    if (!((registrations == 0 && records == 0 && credits == 0)
            || (registrations == kExternalLines && records == kExternalLines && credits == kExternalCredits * 100)))
        violation(op,
            QStringLiteral("%1 registrations, %2 external records, %3 credits added: neither none nor the file's %4")
                .arg(registrations)
                .arg(records)
                .arg(double(credits) / 100)
                .arg(kExternalLines));
    m_committed = *s;
}

void CrashTest::trialExport()
{
    static const char* kinds[] = { "csv", "xlsx", "pdf", "report" };
    const QString kind = QString::fromLatin1(kinds[m_rng.bounded(4u)]);
    const QString op = QStringLiteral("export ") + kind;
    const QString target
        = path(kind == QLatin1String("report") ? QStringLiteral("report.pdf") : QStringLiteral("plan.") + kind);
    const QStringList arguments = kind == QLatin1String("report")
        ? QStringList { QStringLiteral("credits"), QStringLiteral("--cycle"), QStringLiteral("2021-2025"),
              QStringLiteral("--today"), QStringLiteral("2023-03-01"), QStringLiteral("--output"), target }
        : QStringList { QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2020"),
              QStringLiteral("--format"), kind, QStringLiteral("--output"), target };
    runAndKill(op, arguments, delayFor(kind == QLatin1String("report") ? QStringLiteral("credit report") : op));
    if (!QFileInfo::exists(target))
        return; // never written completely yet: nothing there is right
    QFile f(target);
    f.open(QIODevice::ReadOnly);
    const QByteArray bytes = f.readAll();
    if (kind == QLatin1String("csv")) {
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) != m_exportHash.value(kind))
            violation(op, QStringLiteral("the CSV is not the complete export (%1 bytes)").arg(bytes.size()));
    } else if (kind == QLatin1String("xlsx")) {
        auto sheet = XlsxReader::readSheet(target);
        if (!sheet || sheet->records.size() < 600)
            violation(op,
                QStringLiteral("the XLSX is not a complete workbook: ")
                    + (sheet ? QString::number(sheet->records.size()) : sheet.error().toString()));
    } else if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF")) {
        violation(op, QStringLiteral("the PDF is cut off (%1 bytes)").arg(bytes.size()));
    }
    // The database is only read by an export.
    auto s = state(op);
    if (s && *s != m_committed)
        violation(op, QStringLiteral("an export changed the database"));
}

void CrashTest::trialNewDatabase()
{
    const QString op = QStringLiteral("new database");
    const QString fresh = path(QStringLiteral("fresh-%1.sqlite").arg(m_figures.trials));
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments({ QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--db"), fresh });
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start();
    p.waitForStarted();
    QThread::usleep(quint64(delayFor(op)));
    const bool running = p.state() == QProcess::Running && ::kill(pid_t(p.processId()), SIGKILL) == 0;
    p.waitForFinished();
    const bool killed = running && p.exitStatus() == QProcess::CrashExit;
    ++m_figures.trials;
    m_figures.kills += killed ? 1 : 0;
    auto& entry = m_figures.byOperation[op];
    ++entry.first;
    entry.second += killed ? 1 : 0;
    // Killed while creating and migrating: the next open finishes the job.
    auto d = Database::open(fresh);
    if (!d) {
        violation(op, d.error().toString());
        return;
    }
    if ((*d)->schemaVersion() < 1)
        violation(op, QStringLiteral("schema version %1 after open").arg((*d)->schemaVersion()));
    auto problems = (*d)->checkIntegrity(true);
    if (!problems || !problems->isEmpty())
        violation(op, QStringLiteral("integrity of a new database"));
    d->reset();
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(fresh + suffix);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int trials = qEnvironmentVariableIntValue("CRASH_TEST_TRIALS");
    if (trials <= 0)
        trials = 300;
    quint32 seed = quint32(qEnvironmentVariableIntValue("CRASH_TEST_SEED"));
    if (seed == 0)
        seed = QRandomGenerator::global()->generate() | 1u;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--trials"))
            trials = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toUInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(dir);
    out << "crash_test: " << trials << " trials, seed " << seed << " (CRASH_TEST_SEED=" << seed << " to repeat), CLI "
        << cliPath() << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    CrashTest test(dir, seed);
    if (!test.setUp()) {
        out << "crash_test: setup failed" << Qt::endl;
        return 1;
    }
    while (test.figures().trials < trials && test.figures().violations.size() < 20)
        test.trial();
    const Figures& f = test.figures();
    out << "crash_test: " << f.trials << " trials, " << f.kills << " kills while the CLI ran, " << f.violations.size()
        << " violations, " << timer.elapsed() / 1000 << " s;";
    for (auto it = f.byOperation.constBegin(); it != f.byOperation.constEnd(); ++it)
        out << ' ' << it.key() << ' ' << it.value().second << '/' << it.value().first;
    out << Qt::endl;
    return f.violations.isEmpty() ? 0 : 1;
}
