#include "Database.h"
#include "DistrictRules.h"
#include "EnrollmentRepository.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "ScheduleRepository.h"
#include "TeacherRepository.h"
#include "TestBackend.h"
#include "UnitRepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace tp;

namespace {

class LedgerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(test::databaseLocation(m_dir, QStringLiteral("ledger.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = *db;
        m_db->setActor(QStringLiteral("师训科 王老师"));
        UnitRepository units(*m_db);
        m_schoolA = *units.ensureUnit(QStringLiteral("梁平区实验小学"));
        m_schoolB = *units.ensureUnit(QStringLiteral("梁平中学"));
        PlanRepository plans(*m_db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2021;
        auto created = plans.createPlan(plan);
        ASSERT_TRUE(created.ok());
        Project p;
        p.name = QStringLiteral("中小学班主任培训");
        p.durationText = QStringLiteral("5");
        p.headcountText = QStringLiteral("3");
        p.level = QStringLiteral("区级");
        p.modesText = QStringLiteral("集中培训");
        auto inserted = plans.insertProject(created->id, p, 1);
        ASSERT_TRUE(inserted.ok());
        m_project = inserted->id;
        p.name = QStringLiteral("校本研修");
        p.durationText = QStringLiteral("16学时");
        p.headcountText = QStringLiteral("全员");
        p.level = QStringLiteral("校级");
        p.modesText = QStringLiteral("校本研修");
        m_schoolProject = plans.insertProject(created->id, p, 2)->id;

        TeacherRepository teachers(*m_db);
        QList<Teacher> list;
        const char* names[] = { "张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆" };
        for (int i = 0; i < 6; ++i) {
            Teacher t;
            t.staffNumber = QStringLiteral("00%1").arg(i + 1);
            t.name = QString::fromUtf8(names[i]);
            t.unitId = i < 3 ? m_schoolA : m_schoolB;
            t.stage = QStringLiteral("小学");
            list << t;
        }
        auto ids = teachers.importTeachers(list, QStringLiteral("test"));
        ASSERT_TRUE(ids.ok()) << ids.error().toString().toStdString();
        m_teachers = ids.value();
    }

    int count(const QString& sql) const
    {
        auto q = m_db->exec(sql);
        EXPECT_TRUE(q.ok());
        return (q && q->next()) ? q->value(0).toInt() : -1;
    }

    qint64 unitOf(int i) const { return i < 3 ? m_schoolA : m_schoolB; }

    void expectTotalsEqualGroupBy(int cycleStart, bool withYears)
    {
        LedgerRepository ledger(*m_db);
        auto maintained = ledger.totals(cycleStart, 5, {}, withYears, TotalsSource::Maintained);
        auto plain = ledger.totals(cycleStart, 5, {}, withYears, TotalsSource::GroupBy);
        ASSERT_TRUE(maintained.ok()) << maintained.error().toString().toStdString();
        ASSERT_TRUE(plain.ok()) << plain.error().toString().toStdString();
        QSet<qint64> ids;
        for (auto it = maintained->begin(); it != maintained->end(); ++it)
            ids.insert(it.key());
        for (auto it = plain->begin(); it != plain->end(); ++it)
            ids.insert(it.key());
        for (qint64 id : ids) {
            const CreditTotals a = maintained->value(id);
            const CreditTotals b = plain->value(id);
            for (size_t i = 0; i < a.cycle.size(); ++i) {
                EXPECT_NEAR(a.cycle[i].credits, b.cycle[i].credits, 1e-9) << "teacher " << id << " cell " << i;
                EXPECT_NEAR(a.cycle[i].hours, b.cycle[i].hours, 1e-9) << "teacher " << id << " cell " << i;
            }
            if (withYears) {
                for (int y = cycleStart; y < cycleStart + 5; ++y)
                    for (size_t i = 0; i < a.cycle.size(); ++i)
                        EXPECT_NEAR(a.years.value(y)[i].credits, b.years.value(y)[i].credits, 1e-9);
            }
            for (const QString& c : { QStringLiteral("师德素养"), QStringLiteral("知识技能") }) {
                EXPECT_NEAR(a.categories.value(c).credits, b.categories.value(c).credits, 1e-9) << "teacher " << id;
                for (int y = cycleStart; withYears && y < cycleStart + 5; ++y)
                    EXPECT_NEAR(a.categoryYears.value(y).value(c).hours, b.categoryYears.value(y).value(c).hours, 1e-9);
            }
        }
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_schoolA = 0;
    qint64 m_schoolB = 0;
    qint64 m_project = 0;
    qint64 m_schoolProject = 0;
    QList<qint64> m_teachers;
};

} // namespace

TEST_F(LedgerTest, StaffNumbersKeepTheirZerosAndDuplicatesImportNothing)
{
    TeacherRepository teachers(*m_db);
    auto found = teachers.findByStaffNumber(QStringLiteral("=\"001\""));
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->staffNumber, QStringLiteral("001"));
    EXPECT_EQ((*found)->name, QStringLiteral("张伟"));
    EXPECT_EQ((*found)->unitName, QStringLiteral("梁平区实验小学"));

    Teacher fresh;
    fresh.staffNumber = QStringLiteral("0099");
    fresh.name = QStringLiteral("赵敏");
    fresh.unitId = m_schoolA;
    Teacher dup = fresh;
    dup.staffNumber = QStringLiteral("001"); // 张伟's
    dup.name = QStringLiteral("张伟");
    auto r = teachers.importTeachers({ fresh, dup }, QStringLiteral("school.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("001")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM teacher")), 6) << "nothing imported";
    r = teachers.importTeachers({ fresh, fresh }, QStringLiteral("school.csv"));
    EXPECT_FALSE(r.ok()) << "the same staff number twice in one list";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM teacher")), 6);
    EXPECT_TRUE(teachers.importTeachers({ fresh }, QStringLiteral("school.csv")).ok());
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'teacher' AND action = 'import'")), 2);
}

TEST_F(LedgerTest, TeacherListSortsByPinyinAndFiltersByInitials)
{
    TeacherRepository teachers(*m_db);
    auto page = teachers.page({}, 0, 10);
    ASSERT_TRUE(page.ok());
    QStringList names;
    for (const Teacher& t : page.value())
        names << t.name;
    // 陈 chen < 李 li < 刘 liu < 王 wang < 杨 yang < 张 zhang
    EXPECT_EQ(names,
        (QStringList { QStringLiteral("陈静"), QStringLiteral("李娜"), QStringLiteral("刘洋"), QStringLiteral("王芳"),
            QStringLiteral("杨帆"), QStringLiteral("张伟") }));
    EXPECT_EQ(*teachers.count({ m_schoolB, QString() }), 3);
    auto second = teachers.page({}, 2, 2);
    ASSERT_EQ(second->size(), 2);
    EXPECT_EQ(second->at(0).name, QStringLiteral("刘洋"));
    auto zhw = teachers.page({ 0, QStringLiteral("zhw") }, 0, 10);
    ASSERT_EQ(zhw->size(), 1);
    EXPECT_EQ(zhw->first().name, QStringLiteral("张伟"));
    EXPECT_EQ(*teachers.count({ 0, QStringLiteral("l") }), 2); // 李娜, 刘洋
    EXPECT_EQ(*teachers.count({ 0, QStringLiteral("005") }), 1); // staff number prefix
}

TEST_F(LedgerTest, QuotasWaitlistAndPromotionExactlyOnce)
{
    EnrollmentRepository enrollments(*m_db);
    // 参培人数 3 is the capacity; school A may send 2 (名额分配).
    ASSERT_TRUE(enrollments.setQuota(m_project, m_schoolA, 2).ok());
    QList<RosterLine> roster;
    for (int i = 0; i < 6; ++i)
        roster << RosterLine { m_teachers[i], unitOf(i), 0 };
    auto outcome = enrollments.enrollRoster(m_project, roster, QStringLiteral("roster.csv"), QDate(2021, 3, 1));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toString().toStdString();
    EXPECT_EQ(outcome->admitted, 3); // A0, A1, B3
    EXPECT_EQ(outcome->waitlisted, 3); // A2 (quota), B4, B5 (full)
    const auto statusOf = [&](int i) { return (*enrollments.find(m_project, m_teachers[i]))->status; };
    EXPECT_EQ(statusOf(2), EnrollmentStatus::Waitlisted);
    EXPECT_EQ(statusOf(3), EnrollmentStatus::Admitted);

    // A withdrawal of school A's teacher 0 frees a seat and A's quota: teacher 2 (waiting longest) moves up.
    const qint64 e0 = outcome->enrollments[0].id;
    auto promoted = enrollments.withdraw(e0, QStringLiteral("病假"));
    ASSERT_TRUE(promoted.ok());
    EXPECT_EQ(promoted->size(), 1);
    EXPECT_EQ(statusOf(2), EnrollmentStatus::Admitted);
    EXPECT_EQ(statusOf(4), EnrollmentStatus::Waitlisted);
    promoted = enrollments.withdraw(e0);
    EXPECT_TRUE(promoted->isEmpty()) << "withdrawing twice promotes nobody";

    // Two at once: both seats go to the two waiting teachers of B, once each.
    promoted = enrollments.withdrawMany({ outcome->enrollments[1].id, outcome->enrollments[2].id });
    ASSERT_TRUE(promoted.ok());
    EXPECT_EQ(promoted->size(), 2);
    EXPECT_EQ(statusOf(4), EnrollmentStatus::Admitted);
    EXPECT_EQ(statusOf(5), EnrollmentStatus::Admitted);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE status = 'admitted'")), 3);

    // Teacher 0 enrolls again: the same row, back in the queue (full) — and gets the next free seat.
    auto again = enrollments.enroll(m_project, m_teachers[0], m_schoolA);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->id, e0);
    EXPECT_EQ(again->status, EnrollmentStatus::Waitlisted);
    EXPECT_FALSE(enrollments.enroll(m_project, m_teachers[0], m_schoolA).ok()) << "already enrolled";
    promoted = enrollments.withdraw((*enrollments.find(m_project, m_teachers[4]))->id);
    EXPECT_EQ(*promoted, QList<qint64> { e0 });
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE status IN ('admitted')")), 3);
    EXPECT_GE(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'enrollment' AND action = 'promote'")), 4);
}

TEST_F(LedgerTest, MoreSeatsAdmitTheWaitlistInOrder)
{
    EnrollmentRepository enrollments(*m_db);
    ASSERT_TRUE(enrollments.setQuota(m_project, m_schoolA, 1).ok());
    QList<RosterLine> roster;
    for (int i = 0; i < 6; ++i)
        roster << RosterLine { m_teachers[i], unitOf(i), 0 };
    auto outcome = enrollments.enrollRoster(m_project, roster, QStringLiteral("roster.csv"), QDate(2021, 3, 1));
    ASSERT_TRUE(outcome.ok());
    const auto statusOf = [&](int i) { return (*enrollments.find(m_project, m_teachers[i]))->status; };
    EXPECT_EQ(outcome->admitted, 3); // A0 (quota 1), B3, B4 (capacity 3)
    EXPECT_EQ(statusOf(1), EnrollmentStatus::Waitlisted);
    EXPECT_EQ(statusOf(5), EnrollmentStatus::Waitlisted);

    // Capacity 4: one more seat; A1 waits longest but school A's quota is used, so B5 gets it.
    ASSERT_TRUE(enrollments.setProjectCredit(m_project, TrainingKind::Centralized, std::nullopt, 4).ok());
    EXPECT_EQ(statusOf(1), EnrollmentStatus::Waitlisted);
    EXPECT_EQ(statusOf(5), EnrollmentStatus::Admitted);
    // Capacity 6 alone changes nothing (A1 and A2 wait for their school's quota); quota 3 lets both in.
    ASSERT_TRUE(enrollments.setProjectCredit(m_project, TrainingKind::Centralized, std::nullopt, 6).ok());
    ASSERT_TRUE(enrollments.setQuota(m_project, m_schoolA, 3).ok());
    EXPECT_EQ(statusOf(1), EnrollmentStatus::Admitted);
    EXPECT_EQ(statusOf(2), EnrollmentStatus::Admitted);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE status = 'admitted'")), 6);
    // Setting the same again promotes nobody twice.
    ASSERT_TRUE(enrollments.setQuota(m_project, m_schoolA, 3).ok());
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'enrollment' AND action = 'promote'")), 3);
}

TEST_F(LedgerTest, AttendanceThresholdRegistrationAndReversal)
{
    EnrollmentRepository enrollments(*m_db);
    LedgerRepository ledger(*m_db);
    const CreditRules rules = test::enterConversion(*m_db); // 梁平区: 8 学时 a day, 8 学时 = 1 学分
    auto e1 = enrollments.enroll(m_project, m_teachers[0], m_schoolA, 0, QDate(2021, 3, 1));
    auto e2 = enrollments.enroll(m_project, m_teachers[1], m_schoolA, 0, QDate(2021, 3, 1));
    ASSERT_TRUE(e1.ok() && e2.ok());
    // Five days of 8 学时 (two sessions of 4). Teacher 1 misses one session (10 %), teacher 2 two (20 %).
    QList<AttendanceRecord> good, poor;
    for (int d = 0; d < 5; ++d)
        for (int s = 1; s <= 2; ++s) {
            const QDate day = QDate(2021, 4, 12).addDays(d);
            const bool missed1 = d == 0 && s == 1;
            const bool missed2 = d < 2 && s == 2;
            good << AttendanceRecord { day, s, missed1 ? AttendanceKind::Excused : AttendanceKind::Present,
                missed1 ? 0.0 : 4.0, 4 };
            poor << AttendanceRecord { day, s, missed2 ? AttendanceKind::Absent : AttendanceKind::Present,
                missed2 ? 0.0 : 4.0, 4 };
        }
    ASSERT_TRUE(enrollments.recordAttendance(e1->id, good).ok());
    ASSERT_TRUE(enrollments.recordAttendance(e2->id, poor).ok());
    EXPECT_DOUBLE_EQ(*enrollments.enrollment(e1->id)->hoursAttended, 36);
    EXPECT_EQ(enrollments.attendance(e2->id)->size(), 10);
    ASSERT_TRUE(enrollments.setStatuses({ e1->id, e2->id }, EnrollmentStatus::Completed).ok());

    auto report = ledger.registerCredits({ e1->id, e2->id }, QStringLiteral("2021年第一批学分登记"), QDate(2021, 5, 1));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_EQ(report->registrationIds.size(), 1);
    ASSERT_EQ(report->skipped.size(), 1);
    EXPECT_EQ(report->skipped[0].first, e2->id);
    EXPECT_TRUE(report->skipped[0].second.startsWith(QStringLiteral("缺课 20%")))
        << report->skipped[0].second.toStdString();
    EXPECT_EQ(report->rulesUsed, QStringList { rules.name });
    EXPECT_DOUBLE_EQ(*enrollments.enrollment(e1->id)->creditsAwarded, 5);
    // The registration records the rule set, the conversion and what attendance showed.
    auto recorded = ledger.registrations(m_teachers[0]);
    ASSERT_EQ(recorded->size(), 1);
    EXPECT_GT(recorded->first().ruleSetId, 0);
    EXPECT_EQ(recorded->first().ruleSetName, rules.name);
    EXPECT_TRUE(recorded->first().conversion.contains(QStringLiteral("5 天 × 8 学时 = 40 学时；8 学时折合 1 学分")))
        << recorded->first().conversion.toStdString();
    EXPECT_EQ(recorded->first().attendance, QStringLiteral("缺课 10%（出勤 36 学时，项目计划 40 学时）"));

    auto totals = ledger.totals(2021, 5);
    EXPECT_DOUBLE_EQ(totals->value(m_teachers[0]).at(TrainingLevel::County, TrainingKind::Centralized).credits, 5);
    EXPECT_FALSE(ledger.registerCredits({ e1->id }, QStringLiteral("again"))->registrationIds.size());
    // Rules looked up elsewhere that are not the district's own register nothing.
    auto other = ledger.registerCredits(
        { e2->id }, creditRulePreset(QStringLiteral("liangping-2021")), QStringLiteral("wrong rules"));
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(other->registrationIds.isEmpty());
    EXPECT_TRUE(other->skipped[0].second.contains(QStringLiteral("不是「梁平 2021」")))
        << other->skipped[0].second.toStdString();

    // Reversal: needs a reason, leaves the history, zeroes the total, and the enrollment can be registered again.
    EXPECT_FALSE(ledger.reverseRegistration(report->registrationIds[0], QString()).ok());
    auto reversal
        = ledger.reverseRegistration(report->registrationIds[0], QStringLiteral("登记错误"), QDate(2021, 5, 2));
    ASSERT_TRUE(reversal.ok()) << reversal.error().toString().toStdString();
    EXPECT_FALSE(ledger.reverseRegistration(report->registrationIds[0], QStringLiteral("again")).ok());
    EXPECT_FALSE(ledger.reverseRegistration(reversal.value(), QStringLiteral("undo the undo")).ok());
    auto history = ledger.registrations(m_teachers[0]);
    ASSERT_EQ(history->size(), 2);
    EXPECT_TRUE(history->at(0).reversed);
    EXPECT_EQ(history->at(1).reversalOf, report->registrationIds[0]);
    EXPECT_DOUBLE_EQ(history->at(1).credits, -5);
    EXPECT_EQ(history->at(1).actor, QStringLiteral("师训科 王老师"));
    EXPECT_EQ(history->at(1).reason, QStringLiteral("登记错误"));
    // Each row says what it was for: the project (the reversal too).
    EXPECT_EQ(history->at(0).title, QStringLiteral("中小学班主任培训"));
    EXPECT_EQ(history->at(1).title, QStringLiteral("中小学班主任培训"));
    EXPECT_GT(history->at(0).projectSeq, 0);
    totals = ledger.totals(2021, 5);
    EXPECT_DOUBLE_EQ(totals->value(m_teachers[0]).total().credits, 0);
    EXPECT_FALSE(enrollments.enrollment(e1->id)->creditsAwarded.has_value());
    EXPECT_EQ(ledger.registerCredits({ e1->id }, rules, QStringLiteral("重新登记"))->registrationIds.size(), 1);
    EXPECT_FALSE(m_db->exec(QStringLiteral("UPDATE credit_registration SET credits = 99")).ok()) << "append-only";
    EXPECT_GE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'credit_registration'")), 3);
}

TEST_F(LedgerTest, ReportJudgesEachTeacherAgainstTheRuleSet)
{
    LedgerRepository ledger(*m_db);
    const CreditRules rules = creditRulePreset(QStringLiteral("liangping-2021"));
    ExternalCredit guopei { 0, m_teachers[0], 2022, TrainingLevel::National, TrainingKind::Centralized, 20, 160,
        QStringLiteral("国培计划（2022）"), QStringLiteral("国培") };
    ASSERT_TRUE(ledger.addExternalCredit(guopei, QStringLiteral("证书")).ok());
    ExternalCredit online { 0, m_teachers[1], 2022, TrainingLevel::Provincial, TrainingKind::Online, 30, 240,
        QStringLiteral("省平台"), QStringLiteral("省平台") };
    ASSERT_TRUE(ledger.addExternalCredit(online, QStringLiteral("平台导出")).ok());
    // An external credit's history row names the training and where it was earned.
    auto history = ledger.registrations(m_teachers[0]);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().title, QStringLiteral("国培计划（2022）"));
    EXPECT_EQ(history->first().source, QStringLiteral("国培"));
    EXPECT_EQ(history->first().projectSeq, 0);
    auto rows = ledger.report(rules, 2021, QDate(2023, 1, 10));
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 6);
    int below = 0;
    for (const TeacherCreditRow& r : rows.value()) {
        below += r.status.below;
        if (r.teacher.id == m_teachers[0]) {
            EXPECT_EQ(r.status.overall, CreditState::Met);
        }
        if (r.teacher.id == m_teachers[1]) { // online credits do not count for 区县级及以上集中培训
            EXPECT_DOUBLE_EQ(r.status.requirements[0].missing, 20);
        }
    }
    EXPECT_EQ(below, 5);
    auto belowRows = ledger.report(rules, 2021, QDate(2023, 1, 10), { m_schoolA, {} }, true);
    ASSERT_EQ(belowRows->size(), 2);
    EXPECT_EQ(belowRows->at(0).teacher.name, QStringLiteral("李娜"));
    EXPECT_EQ(belowRows->at(0).teacher.staffNumber, QStringLiteral("003"));
}

TEST_F(LedgerTest, MaintainedTotalsEqualTheGroupByQuery)
{
    LedgerRepository ledger(*m_db);
    EnrollmentRepository enrollments(*m_db);
    const CreditRules rules = test::enterConversion(*m_db);
    QRandomGenerator rng(42);
    QList<qint64> registrations;
    const TrainingLevel levels[] = { TrainingLevel::National, TrainingLevel::County, TrainingLevel::School };
    const TrainingKind kinds[] = { TrainingKind::Centralized, TrainingKind::Online, TrainingKind::SchoolBased };
    for (int i = 0; i < 200; ++i) {
        const QString categories[] = { QString(), QStringLiteral("师德素养"), QStringLiteral("知识技能") };
        ExternalCredit c { 0, m_teachers[rng.bounded(6)], 2019 + int(rng.bounded(10)), levels[rng.bounded(3)],
            kinds[rng.bounded(3)], double(rng.bounded(1, 40)) / 4, double(rng.bounded(1, 80)), QStringLiteral("x"),
            QStringLiteral("y"), categories[rng.bounded(3)] };
        auto r = ledger.addExternalCredit(c, QStringLiteral("random"));
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        registrations << r.value();
    }
    for (int i = 0; i < 60; ++i)
        ASSERT_TRUE(ledger.reverseRegistration(registrations[i * 3], QStringLiteral("fix")).ok());
    // Enrollment credits too; a teacher with registrations is never deleted (issue 9: RESTRICT, not CASCADE).
    for (int i = 0; i < 3; ++i) {
        auto e = enrollments.enroll(m_schoolProject, m_teachers[i], unitOf(i));
        ASSERT_TRUE(e.ok());
        ASSERT_TRUE(enrollments.setStatus(e->id, EnrollmentStatus::Completed).ok());
        ASSERT_EQ(ledger.registerCredits({ e->id }, rules, QStringLiteral("校本"))->registrationIds.size(), 1);
    }
    EXPECT_FALSE(TeacherRepository(*m_db).removeTeacher(m_teachers[5]).ok());
    for (int cycle : { 2016, 2021, 2026 }) {
        expectTotalsEqualGroupBy(cycle, false);
        expectTotalsEqualGroupBy(cycle, true);
    }
    // Another rule set's cycle (陕西 from 2018): the totals are rebuilt for it and still agree.
    ASSERT_TRUE(ledger.setCreditRules(QString(), QStringLiteral("shaanxi-2018")).ok());
    EXPECT_EQ(ledger.creditRules(QStringLiteral("汉中市某区"))->id, QStringLiteral("shaanxi-2018"))
        << "a district without its own choice";
    EXPECT_EQ(ledger.creditRules(QStringLiteral("梁平区"))->name, rules.name) << "梁平区 keeps its own";
    EXPECT_EQ(*ledger.totalsCycle(), (std::pair<int, int> { 2018, 5 }));
    for (int cycle : { 2018, 2023 })
        expectTotalsEqualGroupBy(cycle, true);
    // A span that is not a maintained cycle is summed from the yearly totals.
    expectTotalsEqualGroupBy(2021, false);
}

TEST_F(LedgerTest, ClassesHaveTheirOwnCapacity)
{
    ProjectSchedule s;
    s.classes << ClassSession { QStringLiteral("第一期"), QDate(2021, 4, 1), QDate(2021, 4, 3), QString(), 1 };
    s.classes << ClassSession { QStringLiteral("第二期"), QDate(2021, 5, 1), QDate(2021, 5, 3), QString(), 2 };
    ASSERT_TRUE(ScheduleRepository(*m_db).saveSchedule(m_project, s).ok());
    EnrollmentRepository enrollments(*m_db);
    auto outcome = enrollments.enrollRoster(m_project,
        { { m_teachers[0], m_schoolA, 1 }, { m_teachers[1], m_schoolA, 1 }, { m_teachers[3], m_schoolB, 2 },
            { m_teachers[4], m_schoolB, 2 } },
        QStringLiteral("classes.csv"));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toString().toStdString();
    EXPECT_EQ(outcome->admitted, 3);
    EXPECT_EQ(outcome->waitlisted, 1);
    EXPECT_FALSE(enrollments.enroll(m_project, m_teachers[2], m_schoolA, 7).ok()) << "no 7th class";
}
