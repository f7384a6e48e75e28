// Issue 14: the imports (plan table, teacher list, external credits, roster) say how far they got and stop on
// 取消 — at any stage, even after the rows were written — with "cancelled" and the database exactly as before
// (the import's transaction rolled back). A generated district: 20 schools of 100 teachers
// (TRAINPLAN_PROGRESS_SCHOOLS=200 for a city, as measured in docs/performance.md: the printed gaps between the
// steps are how long a 取消 can wait).

#include "Database.h"
#include "EnrollmentService.h"
#include "PlanImportService.h"
#include "PlanRepository.h"
#include "RegistrationService.h"
#include "TeacherService.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

using namespace tp;
using namespace tp::test;

namespace {

// Records the stages (reports of 3 steps); says stop once a stage's `done` reaches `stopAt` (-1: never). The
// storage's reports per batch of rows (total: the rows) are counted, and stop at `stopAt` rows when `inRows`.
class StopAt : public ProgressSink {
public:
    explicit StopAt(qint64 stopAt)
        : m_stopAt(stopAt)
    {
    }
    bool report(qint64 done, qint64 total, const QString& what) override
    {
        if (total != 3) {
            batches << done;
            return !inRows || done < m_stopAt;
        }
        if (!clock.isValid())
            clock.start();
        steps << done;
        totals << total;
        whats << what;
        ms << clock.elapsed();
        return inRows || m_stopAt < 0 || done < m_stopAt;
    }
    bool inRows = false;
    QList<qint64> batches;
    QList<qint64> steps;
    QList<qint64> totals;
    QStringList whats;
    QList<qint64> ms; // since the first step
    QElapsedTimer clock;

    // "读取 12 ms, 检查 30 ms, 保存 400 ms": the longest is the longest wait after 取消.
    void print(const char* what) const
    {
        std::cout << "[progress] " << what;
        for (int i = 1; i < ms.size(); ++i)
            std::cout << " stage " << steps.at(i - 1) << ": " << ms.at(i) - ms.at(i - 1) << " ms;";
        std::cout << std::endl;
    }

private:
    qint64 m_stopAt;
};

class ImportProgressTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.isValid()) << m_db.error().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        const int schools = qEnvironmentVariableIsSet("TRAINPLAN_PROGRESS_SCHOOLS")
            ? qEnvironmentVariableIntValue("TRAINPLAN_PROGRESS_SCHOOLS")
            : 20;
        m_teachers = schools * 100;
        QString teachers = QStringLiteral("工号,姓名,学校\n");
        QString credits = QStringLiteral("工号,姓名,年度,级别,形式,学分,学时,培训名称,来源\n");
        QString roster = QStringLiteral("工号,姓名,学校\n");
        for (int school = 1; school <= schools; ++school)
            for (int t = 1; t <= 100; ++t) {
                const QString staff
                    = QStringLiteral("%1%2").arg(school, 3, 10, QLatin1Char('0')).arg(t, 3, 10, QLatin1Char('0'));
                const QString name = QStringLiteral("教师%1-%2").arg(school).arg(t);
                const QString unit = QStringLiteral("梁平区第%1小学").arg(school);
                teachers += QStringLiteral("%1,%2,%3\n").arg(staff, name, unit);
                credits += QStringLiteral("%1,%2,2022,市级,集中,2,16,市级骨干研修,市培\n").arg(staff, name);
                if (t <= 5)
                    roster += QStringLiteral("%1,%2,%3\n").arg(staff, name, unit);
            }
        write("teachers.csv", teachers);
        write("credits.csv", credits);
        write("roster.csv", roster);
    }

    void write(const char* name, const QString& text)
    {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    qint64 count(const char* table) const
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return (q && q->next()) ? q->value(0).toLongLong() : -1;
    }
    // Every table an import writes, and the audit log.
    QList<qint64> everything() const
    {
        return { count("plan"), count("project"), count("unit"), count("teacher"), count("enrollment"),
            count("credit_registration"), count("external_credit"), count("audit_operation"), count("audit_log") };
    }

    void importTeachers()
    {
        auto r = TeacherService(*m_db).importTeacherListFile(path("teachers.csv"));
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        ASSERT_EQ(r->imported, m_teachers);
    }

    int m_teachers = 0;
    TestDatabase m_db;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ImportProgressTest, TeacherListReportsItsStagesAndCancelWritesNothing)
{
    StopAt never(-1);
    {
        TeacherService service(*m_db);
        service.setProgress({ &never });
        auto r = service.importTeacherListFile(path("teachers.csv"));
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        EXPECT_EQ(r->imported, m_teachers);
    }
    never.print("teacher list");
    EXPECT_EQ(never.steps, (QList<qint64> { 0, 1, 2, 3 }));
    EXPECT_EQ(never.totals, (QList<qint64> { 3, 3, 3, 3 }));
    EXPECT_TRUE(never.whats.at(2).contains(QString::number(m_teachers))) << never.whats.at(2).toStdString();

    EXPECT_EQ(never.batches.size(), (m_teachers + 499) / 500); // saving: every 500 teachers
    // A second district's list, stopped at each stage — the last one after its 2,000 rows were written — and
    // in the middle of its rows.
    QString other = QStringLiteral("工号,姓名,学校\n");
    for (int t = 1; t <= 2000; ++t)
        other += QStringLiteral("9%1,新教师%1,云阳县第一中学\n").arg(t, 5, 10, QLatin1Char('0'));
    write("other.csv", other);
    const QList<qint64> before = everything();
    for (qint64 stage = 0; stage <= 3; ++stage) {
        StopAt stop(stage);
        TeacherService service(*m_db);
        service.setProgress({ &stop });
        auto r = service.importTeacherListFile(path("other.csv"));
        ASSERT_FALSE(r.ok()) << stage;
        EXPECT_TRUE(Cancelled::is(r.error())) << r.error().toString().toStdString();
        EXPECT_EQ(everything(), before) << "stage " << stage;
    }
    StopAt rows(1000);
    rows.inRows = true;
    TeacherService service(*m_db);
    service.setProgress({ &rows });
    auto r = service.importTeacherListFile(path("other.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(Cancelled::is(r.error())) << r.error().toString().toStdString();
    EXPECT_EQ(rows.batches, (QList<qint64> { 0, 500, 1000 }));
    EXPECT_EQ(everything(), before);
}

TEST_F(ImportProgressTest, ExternalCreditsCancelledAfterWritingLeaveNoRegistration)
{
    importTeachers();
    const QList<qint64> before = everything();
    StopAt stop(3);
    RegistrationService service(*m_db);
    service.setProgress({ &stop });
    auto r = service.importExternalCreditsFile(path("credits.csv"), {}, QDate(2023, 1, 10));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(Cancelled::is(r.error()));
    EXPECT_EQ(stop.steps, (QList<qint64> { 0, 1, 2, 3 }));
    EXPECT_EQ(everything(), before);
    StopAt rows(1500);
    rows.inRows = true;
    service.setProgress({ &rows });
    auto stopped = service.importExternalCreditsFile(path("credits.csv"), {}, QDate(2023, 1, 10));
    ASSERT_FALSE(stopped.ok());
    EXPECT_TRUE(Cancelled::is(stopped.error())) << stopped.error().toString().toStdString();
    EXPECT_EQ(rows.batches.last(), 1500);
    EXPECT_EQ(everything(), before);

    // Not cancelled: all 2,000 lines registered.
    StopAt never(-1);
    service.setProgress({ &never });
    auto done = service.importExternalCreditsFile(path("credits.csv"), {}, QDate(2023, 1, 10));
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    EXPECT_EQ(done->registrationIds.size(), m_teachers);
    never.print("external credits");
}

TEST_F(ImportProgressTest, RosterCancelledAfterEnrollingLeavesTheProjectEmpty)
{
    importTeachers();
    PlanRepository plans(*m_db);
    Plan plan;
    plan.district = QStringLiteral("梁平区");
    plan.year = 2022;
    auto created = plans.createPlan(plan);
    ASSERT_TRUE(created.ok());
    Project p;
    p.name = QStringLiteral("中小学班主任培训");
    p.headcountText = QStringLiteral("80");
    const qint64 project = plans.insertProject(created->id, p, 1)->id;
    const QList<qint64> before = everything();

    StopAt stop(3);
    EnrollmentService service(*m_db);
    service.setProgress({ &stop });
    auto r = service.importRosterFile(project, path("roster.csv"), {}, QDate(2022, 3, 1));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(Cancelled::is(r.error()));
    EXPECT_EQ(stop.steps, (QList<qint64> { 0, 1, 2, 3 }));
    EXPECT_EQ(everything(), before);

    StopAt never(-1);
    service.setProgress({ &never });
    auto done = service.importRosterFile(project, path("roster.csv"), {}, QDate(2022, 3, 1));
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    EXPECT_EQ(done->outcome.admitted + done->outcome.waitlisted, m_teachers / 20);
}

TEST_F(ImportProgressTest, PlanTableCancelledAfterStoringLeavesNoPlan)
{
    ImportRequest request;
    request.path = dataPath("liangping-2021-plan.csv");
    request.district = QStringLiteral("梁平区");
    request.year = 2021;
    const QList<qint64> before = everything();
    for (qint64 stage : { 0, 1, 3 }) {
        StopAt stop(stage);
        PlanImportService service(*m_db);
        service.setProgress({ &stop });
        auto r = service.importFile(request);
        ASSERT_FALSE(r.ok()) << stage;
        EXPECT_TRUE(Cancelled::is(r.error())) << r.error().toString().toStdString();
        EXPECT_EQ(everything(), before) << "stage " << stage;
    }
    StopAt never(-1);
    PlanImportService service(*m_db);
    service.setProgress({ &never });
    auto r = service.importFile(request);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(never.steps, (QList<qint64> { 0, 1, 3 }));
    EXPECT_EQ(r->imported, 34);
}
