// ForecastQuery: the plan window's 学分需求预测 from stored teachers, registrations and a plan's projects.
#include "Database.h"
#include "DistrictRules.h"
#include "EnrollmentRepository.h"
#include "ForecastQuery.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "ScheduleRepository.h"
#include "TeacherRepository.h"
#include "TestBackend.h"
#include "UnitRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

class ForecastQueryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(test::databaseLocation(m_dir, QStringLiteral("forecast.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = *db;
        const qint64 school = *UnitRepository(*m_db).ensureUnit(QStringLiteral("梁平区实验小学"));
        QList<Teacher> list;
        for (int i = 0; i < 6; ++i) {
            Teacher t;
            t.staffNumber = QStringLiteral("10%1").arg(i);
            t.name = QStringLiteral("教师%1").arg(i);
            t.unitId = school;
            list << t;
        }
        auto ids = TeacherRepository(*m_db).importTeachers(list, QStringLiteral("test"));
        ASSERT_TRUE(ids.ok());
        m_teachers = *ids;

        PlanRepository plans(*m_db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2022;
        auto created = plans.createPlan(plan);
        ASSERT_TRUE(created.ok());
        m_plan = created->id;
        // name, duration, headcount, level, 培训方式
        const char16_t* rows[][5] = {
            { u"骨干教师培训", u"5", u"2", u"区级", u"集中培训" }, // 2 seats × 5 credits (5 days × 8 h / 8)
            { u"市级班主任研修", u"3", u"约1人", u"市级", u"集中研修" }, // 1 seat × 3 credits
            { u"网络研修", u"2", u"10", u"区级", u"线上研修" }, // online: not centralized
            { u"校本研修", u"16学时", u"全员", u"校级", u"校本研修" }, // 全员: not counted
            { u"取消的项目", u"5", u"50", u"区级", u"集中培训" }, // cancelled: not counted
            { u"混合研修", u"2", u"30", u"区级", u"线上线下混合" }, // kind undecided: not counted
        };
        for (int i = 0; i < 6; ++i) {
            Project p;
            p.name = QString::fromUtf16(rows[i][0]);
            p.durationText = QString::fromUtf16(rows[i][1]);
            p.headcountText = QString::fromUtf16(rows[i][2]);
            p.level = QString::fromUtf16(rows[i][3]);
            p.modesText = QString::fromUtf16(rows[i][4]);
            auto inserted = plans.insertProject(m_plan, p, i + 1);
            ASSERT_TRUE(inserted.ok());
            m_projects << inserted->id;
        }
        m_rules = test::enterConversion(*m_db);
        ProjectSchedule cancelled;
        cancelled.cancellation.cancelled = true;
        ASSERT_TRUE(ScheduleRepository(*m_db).saveSchedule(m_projects[4], cancelled).ok());

        // Teacher 0 has the 20 district credits of 梁平; teacher 1 has 5; the other four none.
        LedgerRepository ledger(*m_db);
        ExternalCredit full;
        full.teacherId = m_teachers[0];
        full.year = 2021;
        full.level = TrainingLevel::County;
        full.kind = TrainingKind::Centralized;
        full.credits = 20;
        full.title = QStringLiteral("区级集中培训");
        full.source = QStringLiteral("区培");
        ASSERT_TRUE(ledger.addExternalCredit(full, QStringLiteral("补录")).ok());
        ExternalCredit part = full;
        part.teacherId = m_teachers[1];
        part.credits = 5;
        ASSERT_TRUE(ledger.addExternalCredit(part, QStringLiteral("补录")).ok());
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QList<qint64> m_teachers;
    QList<qint64> m_projects;
    qint64 m_plan = 0;
    CreditRules m_rules; // 梁平区's: the preset with the conversion the district entered
};

} // namespace

TEST_F(ForecastQueryTest, SeatsOfThePlanCountByLevelKindAndHeadcount)
{
    auto seats = ForecastQuery(*m_db).seatOffers(m_plan, m_rules);
    ASSERT_TRUE(seats.ok()) << seats.error().toString().toStdString();
    ASSERT_EQ(seats->offers.size(), 3) << "the cancelled, the 全员 and the undecided projects are left out";
    EXPECT_EQ(seats->offers[0].seats, 2);
    EXPECT_DOUBLE_EQ(seats->offers[0].creditsPerSeat, 5);
    EXPECT_EQ(seats->offers[0].level, TrainingLevel::County);
    EXPECT_EQ(seats->offers[1].seats, 1) << "约1人 counts as 1 seat";
    EXPECT_EQ(seats->offers[1].level, TrainingLevel::Municipal);
    EXPECT_EQ(seats->offers[2].kind, TrainingKind::Online) << "线上研修 is online, by its 培训方式";
    EXPECT_EQ(seats->allStaffProjects, 1);
    ASSERT_EQ(seats->projectsWithoutKind.size(), 1);
    EXPECT_TRUE(seats->projectsWithoutKind[0].startsWith(QStringLiteral("6 混合研修：未定：培训方式“线上线下混合”")))
        << seats->projectsWithoutKind[0].toStdString();

    // Under the preset as published (no conversion, no hours per day) the days earn nothing: no seat counts.
    auto published = ForecastQuery(*m_db).seatOffers(m_plan, creditRulePreset(QStringLiteral("liangping-2021")));
    ASSERT_TRUE(published.ok());
    EXPECT_TRUE(published->offers.isEmpty());
    EXPECT_EQ(published->projectsWithoutSeats, 3);
}

TEST_F(ForecastQueryTest, TeachersShortAgainstQualifyingSeats)
{
    auto forecast = ForecastQuery(*m_db).forPlan(m_plan);
    ASSERT_TRUE(forecast.ok()) << forecast.error().toString().toStdString();
    EXPECT_EQ(forecast->rules, m_rules) << "the district's own rule set";
    EXPECT_EQ(forecast->rules.basedOn, QStringLiteral("liangping-2021"));
    EXPECT_EQ(forecast->cycleStart, 2021);
    EXPECT_EQ(forecast->teachers, 6);
    ASSERT_EQ(forecast->lines.size(), 1);
    const ForecastLine& line = forecast->lines.first();
    EXPECT_EQ(line.requirementId, QStringLiteral("R-CREDIT-DISTRICT"));
    EXPECT_EQ(line.teachersShort, 5);
    EXPECT_DOUBLE_EQ(line.missingTotal, 15 + 4 * 20);
    EXPECT_EQ(line.qualifyingSeats, 3) << "2 区级 + 1 市级 centralized seats; the online seats do not count";
    EXPECT_DOUBLE_EQ(line.qualifyingAmount, 2 * 5 + 1 * 3);
    EXPECT_EQ(line.seatShortfall, 2);
}

TEST_F(ForecastQueryTest, ExplicitCapacityAndCreditsWin)
{
    ASSERT_TRUE(EnrollmentRepository(*m_db).setProjectCredit(m_projects[0], TrainingKind::Centralized, 2.5, 10).ok());
    auto forecast = ForecastQuery(*m_db).forPlan(m_plan);
    ASSERT_TRUE(forecast.ok());
    const ForecastLine& line = forecast->lines.first();
    EXPECT_EQ(line.qualifyingSeats, 11);
    EXPECT_DOUBLE_EQ(line.qualifyingAmount, 10 * 2.5 + 3);
    EXPECT_EQ(line.seatShortfall, 0);
}
