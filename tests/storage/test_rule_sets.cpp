// Issue 11 in storage: each district's own rule set, used by registration, the teacher list's query, the
// report and the forecast; registrations record what they used and stay as they were until an explicit,
// audited recalculation; the project's kind from its 培训方式; attendance exemptions; migration 005.

#include "Database.h"
#include "DistrictRules.h"
#include "EnrollmentRepository.h"
#include "ForecastQuery.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "RuleSetRepository.h"
#include "TeacherRepository.h"
#include "TestBackend.h"
#include "UnitRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

std::string text(const QString& s)
{
    return s.toStdString();
}

class RuleSetTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(test::databaseLocation(m_dir, QStringLiteral("rules.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = *db;
        m_db->setActor(QStringLiteral("师训科 王老师"));
        m_school = *UnitRepository(*m_db).ensureUnit(QStringLiteral("实验小学"));
        QList<Teacher> list;
        for (int i = 0; i < 4; ++i) {
            Teacher t;
            t.staffNumber = QStringLiteral("20%1").arg(i);
            t.name = QStringLiteral("教师%1").arg(i);
            t.unitId = m_school;
            list << t;
        }
        auto ids = TeacherRepository(*m_db).importTeachers(list, QStringLiteral("test"));
        ASSERT_TRUE(ids.ok());
        m_teachers = *ids;
    }

    qint64 plan(const QString& district, int year)
    {
        Plan p;
        p.district = district;
        p.year = year;
        auto created = PlanRepository(*m_db).createPlan(p);
        EXPECT_TRUE(created.ok());
        return created ? created->id : 0;
    }

    qint64 project(qint64 planId, int seq, const QString& name, const QString& duration, const QString& modes,
        const QString& level = QStringLiteral("区级"), const QString& headcount = QStringLiteral("30"))
    {
        Project p;
        p.name = name;
        p.durationText = duration;
        p.modesText = modes;
        p.level = level;
        p.headcountText = headcount;
        auto inserted = PlanRepository(*m_db).insertProject(planId, p, seq);
        EXPECT_TRUE(inserted.ok());
        return inserted ? inserted->id : 0;
    }

    // Enrolls teacher i, records `attended` of `sessions` sessions of 4 学时 (missing the rest), 结业.
    qint64 completed(qint64 projectId, int i, int sessions = 0, int attended = 0)
    {
        EnrollmentRepository enrollments(*m_db);
        auto e = enrollments.enroll(projectId, m_teachers[i], m_school, 0, QDate(2021, 3, 1));
        EXPECT_TRUE(e.ok()) << (e ? std::string() : text(e.error().toString()));
        if (!e)
            return 0;
        QList<AttendanceRecord> records;
        for (int s = 0; s < sessions; ++s)
            if (s < attended)
                records << AttendanceRecord { QDate(2021, 4, 1).addDays(s), 1, AttendanceKind::Present, 4, 4 };
        if (!records.isEmpty()) {
            EXPECT_TRUE(enrollments.recordAttendance(e->id, records).ok());
        }
        EXPECT_TRUE(enrollments.setStatus(e->id, EnrollmentStatus::Completed).ok());
        return e->id;
    }

    int count(const QString& sql) const
    {
        auto q = m_db->exec(sql);
        EXPECT_TRUE(q.ok());
        return (q && q->next()) ? q->value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_school = 0;
    QList<qint64> m_teachers;
};

} // namespace

TEST_F(RuleSetTest, EachDistrictsRuleSetIsUsedByRegistrationTheTeacherListTheReportAndTheForecast)
{
    // Two districts in one database: 梁平区 with its entered conversion (8 学时 = 1 学分), 汉滨区 under 陕西 2018.
    const qint64 liangping = plan(QStringLiteral("梁平区"), 2021);
    const qint64 hanbin = plan(QStringLiteral("汉滨区"), 2021);
    const qint64 lpProject
        = project(liangping, 1, QStringLiteral("班主任培训"), QStringLiteral("10学时"), QStringLiteral("集中培训"));
    const qint64 hbProject = project(hanbin, 1, QStringLiteral("县级骨干教师培训"), QStringLiteral("10学时"),
        QStringLiteral("集中培训"), QStringLiteral("县级"));
    const CreditRules lpRules = test::enterConversion(*m_db, QStringLiteral("梁平区"));
    RuleSetRepository ruleSets(*m_db);
    ASSERT_TRUE(ruleSets.choosePreset(QStringLiteral("汉滨区"), QStringLiteral("shaanxi-2018")).ok());
    EXPECT_EQ(ruleSets.choice(QStringLiteral("汉滨区"))->preset, QStringLiteral("shaanxi-2018"));
    EXPECT_TRUE(ruleSets.choice(QStringLiteral("汉滨区"))->chosen);
    EXPECT_FALSE(ruleSets.choice(QStringLiteral("云阳县"))->chosen) << "nothing chosen: the 梁平 2021 preset";
    EXPECT_EQ(ruleSets.activeRules(QStringLiteral("云阳县"))->id, QStringLiteral("liangping-2021"));

    // Registration: each enrollment by its own district's rules.
    const qint64 lp = completed(lpProject, 0);
    const qint64 hb = completed(hbProject, 1);
    LedgerRepository ledger(*m_db);
    auto report = ledger.registerCredits({ lp, hb }, QStringLiteral("2021年学分登记"), QDate(2021, 12, 1));
    ASSERT_TRUE(report.ok()) << text(report.error().toString());
    ASSERT_EQ(report->registrationIds.size(), 2) << (report->skipped.isEmpty() ? "" : text(report->skipped[0].second));
    EnrollmentRepository enrollments(*m_db);
    EXPECT_DOUBLE_EQ(*enrollments.enrollment(lp)->creditsAwarded, 1.25); // 10 学时 / 8
    EXPECT_DOUBLE_EQ(*enrollments.enrollment(hb)->creditsAwarded, 2.0); // 陕西 县级: 0.2 学分 per 学时
    const auto hbHistory = ledger.registrations(m_teachers[1]);
    EXPECT_EQ(hbHistory->first().ruleSetName, QStringLiteral("陕西 2018"));
    EXPECT_TRUE(hbHistory->first().conversion.contains(QStringLiteral("每学时 0.2 学分")))
        << text(hbHistory->first().conversion);

    // The teacher list asks LedgerRepository::creditRules(district) and judges the totals by them.
    EXPECT_EQ(*ledger.creditRules(QStringLiteral("梁平区")), lpRules);
    const CreditRules hbRules = *ledger.creditRules(QStringLiteral("汉滨区"));
    EXPECT_EQ(hbRules.id, QStringLiteral("shaanxi-2018"));
    auto totals = ledger.totals(hbRules.cycleStartOf(2021), hbRules.cycleYears, {}, hbRules.needsYearlyTotals());
    const TeacherCreditStatus hbStatus
        = evaluateCredits(totals->value(m_teachers[1]), hbRules, hbRules.cycleStartOf(2021), QDate(2021, 12, 31));
    ASSERT_NE(hbStatus.find(QStringLiteral("R-CREDIT-CENTRALIZED")), nullptr);
    EXPECT_DOUBLE_EQ(hbStatus.find(QStringLiteral("R-CREDIT-CENTRALIZED"))->earned, 2);

    // The report (credits --cycle, 学分统计表) by the district's rules.
    auto hbRows = ledger.districtReport(QStringLiteral("汉滨区"), 2021, QDate(2021, 12, 31));
    ASSERT_TRUE(hbRows.ok());
    ASSERT_EQ(hbRows->size(), 4);
    for (const TeacherCreditRow& row : hbRows.value())
        EXPECT_EQ(row.status.requirements.size(), 4) << "陕西: total, 集中, 远程, 校本";
    auto lpRows = ledger.districtReport(QStringLiteral("梁平区"), 2021, QDate(2021, 12, 31));
    ASSERT_TRUE(lpRows.ok());
    EXPECT_EQ(lpRows->first().status.requirements.size(), 1) << "梁平: 区县级及以上集中培训";

    // The forecast of each district's plan.
    auto hbForecast = ForecastQuery(*m_db).forPlan(hanbin);
    ASSERT_TRUE(hbForecast.ok());
    EXPECT_EQ(hbForecast->rules.id, QStringLiteral("shaanxi-2018"));
    EXPECT_EQ(hbForecast->cycleStart, 2018);
    ASSERT_EQ(hbForecast->lines.size(), 4);
    ASSERT_EQ(hbForecast->offers.size(), 1);
    EXPECT_DOUBLE_EQ(hbForecast->offers[0].creditsPerSeat, 2);
    auto lpForecast = ForecastQuery(*m_db).forPlan(liangping);
    ASSERT_TRUE(lpForecast.ok());
    EXPECT_EQ(lpForecast->rules, lpRules);
    ASSERT_EQ(lpForecast->offers.size(), 1);
    EXPECT_DOUBLE_EQ(lpForecast->offers[0].creditsPerSeat, 1.25);

    // With one district in a database, an empty district means that one (the CLI's --district left out).
    QTemporaryDir other;
    auto single = Database::open(test::databaseLocation(other, QStringLiteral("single.sqlite")));
    ASSERT_TRUE(single.ok());
    Plan p;
    p.district = QStringLiteral("汉滨区");
    p.year = 2021;
    ASSERT_TRUE(PlanRepository(**single).createPlan(p).ok());
    ASSERT_TRUE(
        RuleSetRepository(**single).choosePreset(QStringLiteral("汉滨区"), QStringLiteral("shaanxi-2018")).ok());
    EXPECT_EQ(LedgerRepository(**single).creditRules(QString())->id, QStringLiteral("shaanxi-2018"));
    EXPECT_EQ(ledger.creditRules(QString())->id, QStringLiteral("liangping-2021")) << "two districts: no guess";
}

TEST_F(RuleSetTest, ChangingTheRulesLeavesPastRegistrationsUntilAnExplicitRecalculation)
{
    const qint64 planId = plan(QStringLiteral("梁平区"), 2021);
    const qint64 fiveDays
        = project(planId, 1, QStringLiteral("骨干教师培训"), QStringLiteral("5"), QStringLiteral("集中培训"));
    const qint64 online
        = project(planId, 2, QStringLiteral("网络研修"), QStringLiteral("16学时"), QStringLiteral("线上研修"));
    const CreditRules first = test::enterConversion(*m_db); // 8 学时 a day, 8 学时 = 1 学分
    const qint64 a = completed(fiveDays, 0, 10, 10);
    const qint64 b = completed(fiveDays, 1, 10, 9); // one session missing: 10 % (on the sheet as nothing)
    const qint64 c = completed(online, 2);
    EnrollmentRepository enrollments(*m_db);
    ASSERT_TRUE(enrollments.setAttendanceExemption(b, QStringLiteral("第10场签到表遗失")).ok());
    LedgerRepository ledger(*m_db);
    auto registered = ledger.registerCredits({ a, b, c }, QStringLiteral("第一批"), QDate(2021, 6, 1));
    ASSERT_TRUE(registered.ok());
    ASSERT_EQ(registered->registrationIds.size(), 3)
        << (registered->skipped.isEmpty() ? "" : text(registered->skipped[0].second));
    EXPECT_DOUBLE_EQ(*enrollments.enrollment(a)->creditsAwarded, 5);
    const qint64 firstSetId = ledger.registrations(m_teachers[0])->first().ruleSetId;

    // The district changes its conversion to 10 学时 = 1 学分: nothing registered changes.
    RuleSetRepository ruleSets(*m_db);
    auto second = ruleSets.saveDistrictRules(QStringLiteral("梁平区"), test::withEnteredConversion(first, 8, 10),
        QStringLiteral("2022年起按10学时折合1学分"));
    ASSERT_TRUE(second.ok()) << text(second.error().toString());
    EXPECT_NE(second.value(), firstSetId);
    EXPECT_EQ(ruleSets.versions(QStringLiteral("梁平区"))->size(), 2);
    EXPECT_DOUBLE_EQ(*enrollments.enrollment(a)->creditsAwarded, 5);
    const auto history = ledger.registrations(m_teachers[0]);
    ASSERT_EQ(history->size(), 1);
    EXPECT_DOUBLE_EQ(history->first().credits, 5);
    EXPECT_EQ(history->first().ruleSetId, firstSetId);
    auto totals = ledger.totals(2021, 5);
    EXPECT_DOUBLE_EQ(totals->value(m_teachers[0]).total().credits, 5);
    // Also choosing another preset for the district leaves them.
    ASSERT_TRUE(ruleSets.choosePreset(QStringLiteral("梁平区"), QStringLiteral("beijing-13")).ok());
    EXPECT_DOUBLE_EQ(ledger.totals(2021, 5)->value(m_teachers[0]).total().credits, 5);
    auto third = ruleSets.saveDistrictRules(
        QStringLiteral("梁平区"), test::withEnteredConversion(first, 8, 10), QStringLiteral("回到本区规则"));
    ASSERT_TRUE(third.ok());

    // A dry run lists what would change, and changes nothing.
    const int auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto dry = ledger.recalculate(QStringLiteral("梁平区"), QString(), false);
    ASSERT_TRUE(dry.ok()) << text(dry.error().toString());
    EXPECT_FALSE(dry->applied);
    ASSERT_EQ(dry->changes.size(), 3);
    EXPECT_EQ(dry->unchanged, 0);
    const RecalculationChange& change = dry->changes[0];
    EXPECT_EQ(change.teacher.name, QStringLiteral("教师0"));
    EXPECT_EQ(change.project, QStringLiteral("第 1 项 骨干教师培训"));
    EXPECT_DOUBLE_EQ(change.before.credits, 5);
    ASSERT_TRUE(change.after.has_value());
    EXPECT_DOUBLE_EQ(change.after->credits, 4); // 40 学时 / 10
    EXPECT_TRUE(change.why.contains(QStringLiteral("10 学时折合 1 学分")));
    EXPECT_DOUBLE_EQ(dry->changes[2].after->credits, 1.6); // 16 学时 / 10
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    EXPECT_DOUBLE_EQ(ledger.totals(2021, 5)->value(m_teachers[0]).total().credits, 5);
    EXPECT_FALSE(ledger.recalculate(QStringLiteral("梁平区"), QString(), true).ok()) << "a reason is required";

    // Applied: reversals and new registrations under the new rules, one audited recalculation.
    auto applied
        = ledger.recalculate(QStringLiteral("梁平区"), QStringLiteral("区教委通知调整换算"), true, QDate(2022, 1, 5));
    ASSERT_TRUE(applied.ok()) << text(applied.error().toString());
    EXPECT_TRUE(applied->applied);
    EXPECT_EQ(applied->newRegistrationIds.size(), 3);
    EXPECT_DOUBLE_EQ(*enrollments.enrollment(a)->creditsAwarded, 4);
    EXPECT_DOUBLE_EQ(ledger.totals(2021, 5)->value(m_teachers[0]).total().credits, 4);
    const auto after = ledger.registrations(m_teachers[0]);
    ASSERT_EQ(after->size(), 3); // the original (reversed), its reversal, the new one
    EXPECT_TRUE(after->at(0).reversed);
    EXPECT_EQ(after->at(1).reversalOf, after->at(0).id);
    EXPECT_TRUE(after->at(2).reason.contains(QStringLiteral("区教委通知调整换算")));
    EXPECT_EQ(after->at(2).ruleSetId, third.value()) << "the version active now";
    // The exempted teacher's new registration keeps the exemption in its record.
    EXPECT_TRUE(ledger.registrations(m_teachers[1])->last().attendance.contains(QStringLiteral("第10场签到表遗失")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'credit_rules' AND action = "
                                   "'recalculate'")),
        1);
    auto again = ledger.recalculate(QStringLiteral("梁平区"), QString(), false);
    EXPECT_TRUE(again->changes.isEmpty());
    EXPECT_EQ(again->unchanged, 3);
}

TEST_F(RuleSetTest, ARecalculationLeavesWhatTheRulesCannotComputeYet)
{
    const qint64 planId = plan(QStringLiteral("梁平区"), 2021);
    const qint64 days
        = project(planId, 1, QStringLiteral("班主任培训"), QStringLiteral("2"), QStringLiteral("集中培训"));
    test::enterConversion(*m_db);
    const qint64 e = completed(days, 0);
    LedgerRepository ledger(*m_db);
    ASSERT_EQ(ledger.registerCredits({ e }, QStringLiteral("第一批"))->registrationIds.size(), 1);
    // Back to the preset as published: no conversion, so the 2 days cannot be recomputed; left as registered.
    ASSERT_TRUE(RuleSetRepository(*m_db).choosePreset(QStringLiteral("梁平区"), QStringLiteral("liangping-2021")).ok());
    auto dry = ledger.recalculate(QStringLiteral("梁平区"), QString(), false);
    ASSERT_TRUE(dry.ok());
    EXPECT_TRUE(dry->changes.isEmpty());
    ASSERT_EQ(dry->blocked.size(), 1);
    EXPECT_TRUE(dry->blocked[0].why.contains(QStringLiteral("未公布"))) << text(dry->blocked[0].why);
    auto applied = ledger.recalculate(QStringLiteral("梁平区"), QStringLiteral("试算"), true);
    ASSERT_TRUE(applied.ok());
    EXPECT_DOUBLE_EQ(ledger.totals(2021, 5)->value(m_teachers[0]).total().credits, 2);
}

TEST_F(RuleSetTest, TheKindComesFromThePlanAndAMixWaitsForTheClerk)
{
    const qint64 planId = plan(QStringLiteral("梁平区"), 2021);
    const qint64 online
        = project(planId, 1, QStringLiteral("师德师风培训"), QStringLiteral("8学时"), QStringLiteral("线上研修"));
    const qint64 mixed = project(
        planId, 2, QStringLiteral("骨干教师研修"), QStringLiteral("16学时"), QStringLiteral("线上研修、线下送教"));
    test::enterConversion(*m_db);
    EnrollmentRepository enrollments(*m_db);
    EXPECT_EQ(enrollments.projectCredit(online)->credit.kind, TrainingKind::Online);
    EXPECT_EQ(enrollments.projectCredit(online)->kind.origin, KindOrigin::Modes);
    EXPECT_FALSE(enrollments.projectCredit(mixed)->credit.kindDecided);

    const qint64 a = completed(online, 0);
    const qint64 b = completed(mixed, 1);
    LedgerRepository ledger(*m_db);
    auto report = ledger.registerCredits({ a, b }, QStringLiteral("第一批"));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->registrationIds.size(), 1);
    EXPECT_EQ(ledger.registrations(m_teachers[0])->first().kind, TrainingKind::Online)
        << "线上研修 is registered as online, not centralized";
    ASSERT_EQ(report->skipped.size(), 1);
    EXPECT_EQ(report->skipped[0].second,
        QStringLiteral(
            "未定：培训方式“线上研修、线下送教”兼有网络研修（线上研修）、集中培训（线下送教），请选择培训类型"));

    // The issue-4 credit dialog saving the kind it shows (the placeholder) stores no choice.
    ASSERT_TRUE(enrollments.setProjectCredit(mixed, TrainingKind::Centralized, std::nullopt, 40).ok());
    EXPECT_FALSE(enrollments.projectCredit(mixed)->credit.kindDecided);
    EXPECT_EQ(enrollments.projectCredit(mixed)->capacity, 40);
    // The clerk chooses once; the project remembers, and registration uses it.
    ASSERT_TRUE(enrollments.setProjectKind(mixed, TrainingKind::Centralized).ok());
    EXPECT_EQ(enrollments.projectCredit(mixed)->kind.origin, KindOrigin::Chosen);
    EXPECT_EQ(enrollments.projectCredit(mixed)->capacity, 40) << "choosing the kind keeps the other settings";
    ASSERT_EQ(ledger.registerCredits({ b }, QStringLiteral("第二批"))->registrationIds.size(), 1);
    EXPECT_EQ(ledger.registrations(m_teachers[1])->first().kind, TrainingKind::Centralized);
    EXPECT_GE(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'project' AND action = 'credit'")), 2);
    // Back to 培训方式.
    ASSERT_TRUE(enrollments.setProjectKind(mixed, std::nullopt).ok());
    EXPECT_FALSE(enrollments.projectCredit(mixed)->credit.kindDecided);
}

TEST_F(RuleSetTest, IncompleteAttendanceIsRefusedUnlessAnExemptionIsRecorded)
{
    const qint64 planId = plan(QStringLiteral("梁平区"), 2021);
    const qint64 days
        = project(planId, 1, QStringLiteral("新教师培训"), QStringLiteral("5"), QStringLiteral("集中培训"));
    test::enterConversion(*m_db);
    // Ten sessions of 4 学时 (40 学时): teacher 0 on the sheet for all; teacher 1 for nine (one session absent from
    // the sheet, 10 %); teacher 2 for six (40 %: voided whatever the exemption); teacher 3 for eight (20 %).
    const qint64 all = completed(days, 0, 10, 10);
    const qint64 nine = completed(days, 1, 10, 9);
    const qint64 six = completed(days, 2, 10, 6);
    const qint64 eight = completed(days, 3, 10, 8);
    EnrollmentRepository enrollments(*m_db);
    LedgerRepository ledger(*m_db);
    auto report = ledger.registerCredits({ all, nine, six, eight }, QStringLiteral("第一批"));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->registrationIds.size(), 1);
    ASSERT_EQ(report->skipped.size(), 3);
    EXPECT_EQ(report->skipped[0].second,
        QStringLiteral("缺少 1 场考勤记录（本班共 10 场）：请补录考勤，或写明原因登记考勤豁免"));
    EXPECT_TRUE(report->skipped[1].second.startsWith(QStringLiteral("缺课 40%"))) << text(report->skipped[1].second);
    EXPECT_TRUE(report->skipped[2].second.startsWith(QStringLiteral("缺课 20%"))) << text(report->skipped[2].second);
    EXPECT_TRUE(report->skipped[2].second.contains(QStringLiteral("达到规则集"))) << text(report->skipped[2].second);

    EXPECT_FALSE(enrollments.setAttendanceExemption(nine, QStringLiteral("  ")).ok()) << "a reason is required";
    ASSERT_TRUE(enrollments.setAttendanceExemption(nine, QStringLiteral("病假，有医院证明"), QDate(2021, 6, 2)).ok());
    ASSERT_TRUE(enrollments.setAttendanceExemption(six, QStringLiteral("补交作业")).ok());
    const auto exemption = enrollments.attendanceExemption(nine);
    ASSERT_TRUE(exemption.ok() && exemption->has_value());
    EXPECT_EQ((*exemption)->actor, QStringLiteral("师训科 王老师"));
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'enrollment' AND action = 'exempt'")), 2);
    report = ledger.registerCredits({ nine, six }, QStringLiteral("第二批"));
    ASSERT_EQ(report->registrationIds.size(), 1) << "the 40 % stay void";
    const auto history = ledger.registrations(m_teachers[1]);
    ASSERT_EQ(history->size(), 1);
    EXPECT_DOUBLE_EQ(history->first().credits, 5);
    EXPECT_EQ(history->first().attendance,
        QStringLiteral(
            "缺课 10%（出勤 36 学时，项目计划 40 学时）；1 场没有考勤记录，按未出勤计；考勤豁免：病假，有医院证明"));
    ASSERT_TRUE(enrollments.clearAttendanceExemption(six, QStringLiteral("作业不合格")).ok());
    EXPECT_FALSE(enrollments.attendanceExemption(six)->has_value());
}

TEST_F(RuleSetTest, DistrictCopiesAreVersionedAndNeedASourceForEveryNumber)
{
    RuleSetRepository ruleSets(*m_db);
    CreditRules yunyang = creditRulePreset(QStringLiteral("yunyang"));
    for (CreditRequirement& r : yunyang.requirements)
        if (r.id == QStringLiteral("R-CREDIT-ANNUAL")) {
            r.minimum = 24;
            r.minimumSource.kind = SourceKind::Published; // no document
        }
    auto refused = ruleSets.saveDistrictRules(QStringLiteral("云阳县"), yunyang, QString());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("须写明出处文件"))) << text(refused.error().message);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM credit_rule_set")), 0);

    for (CreditRequirement& r : yunyang.requirements)
        if (r.id == QStringLiteral("R-CREDIT-ANNUAL"))
            r.minimumSource = RuleSource::published(QStringLiteral("云阳县教委《教师培训学分登记细则》"),
                QStringLiteral("第四条"), QStringLiteral("每年不少于24学分"));
    yunyang.name = QStringLiteral("云阳（本县细则）");
    auto saved = ruleSets.saveDistrictRules(QStringLiteral("云阳县"), yunyang, QStringLiteral("填写年度最低学分"));
    ASSERT_TRUE(saved.ok()) << text(saved.error().toString());
    const CreditRules active = *ruleSets.activeRules(QStringLiteral("云阳县"));
    EXPECT_EQ(active.id, QStringLiteral("district-%1").arg(saved.value()));
    EXPECT_EQ(active.basedOn, QStringLiteral("yunyang"));
    EXPECT_TRUE(active.requirement(QStringLiteral("R-CREDIT-ANNUAL"))->judged());
    const auto stored = ruleSets.ruleSet(saved.value());
    EXPECT_EQ(stored->note, QStringLiteral("填写年度最低学分"));
    EXPECT_EQ(stored->actor, QStringLiteral("师训科 王老师"));
    EXPECT_FALSE(m_db->exec(QStringLiteral("UPDATE credit_rule_set SET name = 'x'")).ok()) << "versions are kept";
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'credit_rules' AND action = 'save'")), 1);
    // A preset is recorded once, however many registrations use it.
    const CreditRules beijing = creditRulePreset(QStringLiteral("beijing-13"));
    const qint64 first = *ruleSets.recordedId(beijing);
    EXPECT_EQ(*ruleSets.recordedId(beijing), first);
    EXPECT_EQ(ruleSets.ruleSet(first)->rules, beijing);
    EXPECT_EQ(*ruleSets.recordedId(active), saved.value());
}

TEST(RuleSetMigration, Version3DataKeepsClerksChoicesAndForgetsTheCentralizedDefault)
{
    QTemporaryDir dir;
    const QString path = test::databaseLocation(dir, QStringLiteral("v3.sqlite")); // each backend's migrations
    {
        auto db = Database::open(path, 3);
        ASSERT_TRUE(db.ok());
        ASSERT_EQ((*db)->schemaVersion(), 3);
        for (const char* sql : {
                 "INSERT INTO plan (id, district, year) VALUES (1, '梁平区', 2021)",
                 "INSERT INTO project (id, plan_id, seq, name, modes_text) VALUES (1, 1, 1, 'a', '线上研修')",
                 "INSERT INTO project (id, plan_id, seq, name, modes_text) VALUES (2, 1, 2, 'b', '')",
                 "INSERT INTO project (id, plan_id, seq, name, modes_text) VALUES (3, 1, 3, 'c', '线上线下混合')",
                 "INSERT INTO project_credit (project_id, kind, credits, capacity) VALUES (1, 'centralized', 2, 30)",
                 "INSERT INTO project_credit (project_id, kind, credits, capacity) VALUES (3, 'school_based', NULL, "
                 "NULL)",
                 "INSERT INTO credit_rule_choice (district, preset) VALUES ('梁平区', 'yunyang')",
                 "INSERT INTO unit (id, name) VALUES (1, '实验小学')",
                 "INSERT INTO teacher (id, staff_number, name, unit_id) VALUES (1, '001', '张伟', 1)",
                 "INSERT INTO credit_registration (teacher_id, year, level, kind, credits, hours, registered_on) "
                 "VALUES (1, 2021, 'county', 'centralized', 3, 24, '2021-06-01')",
             })
            ASSERT_TRUE((*db)->exec(QString::fromUtf8(sql)).ok()) << sql;
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EnrollmentRepository enrollments(**db);
    // 'centralized' was the old default: the kind comes from 培训方式 again (线上研修 → online).
    auto a = enrollments.projectCredit(1);
    EXPECT_EQ(a->kind.origin, KindOrigin::Modes);
    EXPECT_EQ(a->credit.kind, TrainingKind::Online);
    EXPECT_DOUBLE_EQ(*a->credit.credits, 2);
    EXPECT_EQ(a->capacity, 30);
    EXPECT_FALSE(enrollments.projectCredit(2)->credit.kindDecided);
    // Any other stored kind was a clerk's choice.
    EXPECT_EQ(enrollments.projectCredit(3)->kind.origin, KindOrigin::Chosen);
    EXPECT_EQ(enrollments.projectCredit(3)->credit.kind, TrainingKind::SchoolBased);
    // The district's preset choice stands; past registrations are kept, with no rule set recorded.
    EXPECT_EQ(RuleSetRepository(**db).activeRules(QStringLiteral("梁平区"))->id, QStringLiteral("yunyang"));
    const auto history = LedgerRepository(**db).registrations(1);
    ASSERT_EQ(history->size(), 1);
    EXPECT_DOUBLE_EQ(history->first().credits, 3);
    EXPECT_EQ(history->first().ruleSetId, 0);
    EXPECT_TRUE(history->first().conversion.isEmpty());
}
