#include "Database.h"
#include "Encodings.h"
#include "EnrollmentRepository.h"
#include "EnrollmentService.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "TeacherRepository.h"
#include "TeacherService.h"
#include "TestDatabase.h"
#include "UnitRepository.h"

#include <gtest/gtest.h>

using namespace tp;
using namespace tp::test;

namespace {

class LedgerImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.isValid()) << m_db.error().toStdString();
        PlanRepository plans(*m_db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2021;
        auto created = plans.createPlan(plan);
        ASSERT_TRUE(created.ok());
        Project p;
        p.name = QStringLiteral("中小学班主任培训");
        p.durationText = QStringLiteral("2");
        p.headcountText = QStringLiteral("3");
        p.modesText = QStringLiteral("集中培训");
        m_project = plans.insertProject(created->id, p, 1)->id;
    }

    void importTeachers()
    {
        const QString csv = QStringLiteral("梁平区实验小学 教师名单\n"
                                           "序号,工号,姓名,学段,任教学科,参加工作时间\n"
                                           "1,=\"00123\",张伟,小学,语文,2010-09-01\n"
                                           "2,00124,王芳,小学,数学,2012年9月\n"
                                           "3,00125,李娜,小学,英语,\n"
                                           "4,00126,张伟,小学,体育,2019/9/1\n");
        auto r = TeacherService(*m_db).importTeacherList(
            csv.toUtf8(), QStringLiteral("shiyan.csv"), QStringLiteral("梁平区实验小学"));
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        ASSERT_FALSE(r->hasErrors()) << r->findings.first().message.toStdString();
        ASSERT_EQ(r->imported, 4);
    }

    TestDatabase m_db;
    qint64 m_project = 0;
};

} // namespace

TEST_F(LedgerImportTest, TeacherListKeepsStaffNumbersAsText)
{
    importTeachers();
    TeacherRepository teachers(*m_db);
    auto t = teachers.findByStaffNumber(QStringLiteral("00123"));
    ASSERT_TRUE(t.ok() && t->has_value());
    EXPECT_EQ((*t)->name, QStringLiteral("张伟"));
    EXPECT_EQ((*t)->subject, QStringLiteral("语文"));
    EXPECT_EQ((*t)->hireDate, QDate(2010, 9, 1));
    EXPECT_EQ((*teachers.findByStaffNumber(QStringLiteral("00124")))->hireDate, QDate(2012, 9, 1));
    EXPECT_EQ((*t)->unitName, QStringLiteral("梁平区实验小学"));
}

TEST_F(LedgerImportTest, DuplicatesAreReportedWithRowAndColumnAndNothingIsImported)
{
    importTeachers();
    const QString csv = QStringLiteral("工号,姓名,学校\n"
                                       "00200,赵敏,梁平中学\n"
                                       "00201,钱进,梁平中学\n"
                                       "00200,孙丽,梁平中学\n"
                                       "00123,张伟,梁平中学\n"
                                       "1.2E+17,周杰,梁平中学\n");
    auto r = TeacherService(*m_db).importTeacherList(csv.toUtf8(), QStringLiteral("zhongxue.csv"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->hasErrors());
    EXPECT_EQ(r->imported, 0);
    ASSERT_EQ(r->findings.size(), 3);
    EXPECT_EQ(r->findings[0].row, 4); // the second 00200
    EXPECT_EQ(r->findings[0].column, 1);
    EXPECT_EQ(r->findings[0].columnName, QStringLiteral("工号"));
    EXPECT_TRUE(r->findings[0].message.contains(QStringLiteral("第 2 行"))) << r->findings[0].message.toStdString();
    EXPECT_EQ(r->findings[1].row, 6); // Excel's 1.2E+17
    EXPECT_EQ(r->findings[2].row, 5); // 00123 already belongs to 张伟 of 实验小学
    EXPECT_TRUE(r->findings[2].message.contains(QStringLiteral("梁平区实验小学")));
    EXPECT_EQ(*TeacherRepository(*m_db).count(), 4) << "nothing imported";
}

TEST_F(LedgerImportTest, AListImportedAgainAddsItsNewTeachersAndLeavesTheRegisteredOnesAsTheyAre)
{
    importTeachers();
    auto before = TeacherRepository(*m_db).findByStaffNumber(QStringLiteral("00124"));
    ASSERT_TRUE(before.ok() && before->has_value());
    // The school's list again: the four as registered (one without its subject: an empty cell changes nothing), and
    // a new teacher at the end.
    const QString again = QStringLiteral("工号,姓名,学校,学段,任教学科,参加工作时间\n"
                                         "00123,张伟,梁平区实验小学,小学,语文,2010-09-01\n"
                                         "00124,王芳,梁平区实验小学,小学,,\n"
                                         "00125,李娜,梁平区实验小学,小学,英语,\n"
                                         "00126,张伟,梁平区实验小学,小学,体育,2019-09-01\n"
                                         "00127,刘洋,梁平区实验小学,小学,音乐,2024-09-01\n");
    auto r = TeacherService(*m_db).importTeacherList(again.toUtf8(), QStringLiteral("shiyan-2024.csv"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_FALSE(r->hasErrors()) << r->findings.first().message.toStdString();
    EXPECT_EQ(r->imported, 1);
    EXPECT_EQ(r->unchanged, 4);
    EXPECT_EQ(*TeacherRepository(*m_db).count(), 5);
    auto kept = TeacherRepository(*m_db).findByStaffNumber(QStringLiteral("00124"));
    ASSERT_TRUE(kept.ok() && kept->has_value());
    EXPECT_EQ(**kept, **before) << "the registered teacher is not written again";

    // The same file once more: nothing new, nothing written, not an error.
    auto third = TeacherService(*m_db).importTeacherList(again.toUtf8(), QStringLiteral("shiyan-2024.csv"));
    ASSERT_TRUE(third.ok());
    EXPECT_FALSE(third->hasErrors());
    EXPECT_EQ(third->imported, 0);
    EXPECT_EQ(third->unchanged, 5);
    EXPECT_EQ(*TeacherRepository(*m_db).count(), 5);

    // The school named by another of its names (an alias in the unit directory) is the same school.
    ASSERT_TRUE(UnitRepository(*m_db).addAlias(QStringLiteral("梁平区实验小学"), QStringLiteral("实验小学")).ok());
    const QString alias = QStringLiteral("工号,姓名,学校\n00123,张伟,实验小学\n");
    auto byAlias = TeacherService(*m_db).importTeacherList(alias.toUtf8(), QStringLiteral("alias.csv"));
    ASSERT_TRUE(byAlias.ok());
    EXPECT_FALSE(byAlias->hasErrors()) << byAlias->findings.first().message.toStdString();
    EXPECT_EQ(byAlias->unchanged, 1);
}

TEST_F(LedgerImportTest, ARegisteredTeacherGivenDifferentlyIsAnErrorNamingEachDifferenceAndNothingIsImported)
{
    importTeachers();
    const QString changed = QStringLiteral("工号,姓名,学校,学段,任教学科,参加工作时间\n"
                                           "00200,赵敏,梁平区实验小学,小学,数学,\n"
                                           "00124,王芳,梁平区实验小学,初中,语文,2012-09-01\n");
    auto r = TeacherService(*m_db).importTeacherList(changed.toUtf8(), QStringLiteral("shiyan-new.csv"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_TRUE(r->hasErrors());
    EXPECT_EQ(r->imported, 0);
    EXPECT_EQ(r->unchanged, 0);
    ASSERT_EQ(r->findings.size(), 1);
    EXPECT_EQ(r->findings[0].row, 3);
    EXPECT_EQ(r->findings[0].columnName, QStringLiteral("工号"));
    const QString message = r->findings[0].message;
    EXPECT_TRUE(message.contains(QStringLiteral("学段：已登记「小学」，文件为「初中」"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("学科：已登记「数学」，文件为「语文」"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("参加工作时间"))) << "the same date";
    EXPECT_EQ(*TeacherRepository(*m_db).count(), 4) << "nothing imported, not even 赵敏";
    EXPECT_EQ((*TeacherRepository(*m_db).findByStaffNumber(QStringLiteral("00124")))->subject, QStringLiteral("数学"));
}

TEST_F(LedgerImportTest, ATeachersFactsAreChangedByAPersonAuditedAndTheStaffNumberStays)
{
    importTeachers();
    ASSERT_TRUE(UnitRepository(*m_db).addUnit(QStringLiteral("梁平中学"), UnitKind::School).ok());
    TeacherRepository teachers(*m_db);
    const Teacher before = **teachers.findByStaffNumber(QStringLiteral("00124"));
    m_db->setActor(QStringLiteral("实验小学 刘老师"));
    Teacher changed = before;
    changed.unitName = QStringLiteral("梁平中学"); // 调动
    changed.subject = QStringLiteral("  语文 ");
    changed.staffNumber = QStringLiteral("99999"); // not a fact one changes: ignored
    auto after = TeacherService(*m_db).updateTeacher(before.id, changed);
    ASSERT_TRUE(after.ok()) << after.error().toString().toStdString();
    EXPECT_EQ(after->staffNumber, QStringLiteral("00124"));
    EXPECT_EQ(after->unitName, QStringLiteral("梁平中学"));
    EXPECT_EQ(after->subject, QStringLiteral("语文"));
    EXPECT_EQ(after->name, before.name);
    auto audit = m_db->exec(QStringLiteral("SELECT actor, old_value, new_value FROM audit_log WHERE entity = 'teacher' "
                                           "AND action = 'update' AND entity_id = %1")
                                .arg(before.id));
    ASSERT_TRUE(audit.ok() && audit->next());
    EXPECT_EQ(audit->value(0).toString(), QStringLiteral("实验小学 刘老师"));
    EXPECT_TRUE(audit->value(1).toString().contains(QStringLiteral("数学")));
    EXPECT_TRUE(audit->value(2).toString().contains(QStringLiteral("语文")));

    // Refused, with what to do: a school not in the directory (no unit is made by a typo), an empty name, no change.
    changed = *after;
    changed.unitName = QStringLiteral("梁平中学校");
    auto typo = TeacherService(*m_db).updateTeacher(before.id, changed);
    ASSERT_FALSE(typo.ok());
    EXPECT_TRUE(typo.error().message.contains(QStringLiteral("单位名录中没有「梁平中学校」")))
        << typo.error().toString().toStdString();
    EXPECT_FALSE(UnitRepository(*m_db).unitNamed(QStringLiteral("梁平中学校")).ok());
    changed = *after;
    changed.name = QStringLiteral(" ");
    EXPECT_FALSE(TeacherService(*m_db).updateTeacher(before.id, changed).ok());
    auto same = TeacherService(*m_db).updateTeacher(before.id, *after);
    ASSERT_FALSE(same.ok());
    EXPECT_TRUE(same.error().message.contains(QStringLiteral("没有变化")));
    EXPECT_EQ(**teachers.findByStaffNumber(QStringLiteral("00124")), *after);
}

TEST_F(LedgerImportTest, AHeaderWithoutRowsIsAnErrorNamingTheFile)
{
    auto r = TeacherService(*m_db).importTeacherList(
        QStringLiteral("工号,姓名,学校\n").toUtf8(), QStringLiteral("kong.csv"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->hasErrors());
    EXPECT_EQ(r->imported, 0);
    ASSERT_EQ(r->findings.size(), 1);
    EXPECT_EQ(r->findings[0].file, QStringLiteral("kong.csv"));
    EXPECT_EQ(r->findings[0].rule, QStringLiteral("IMPORT"));
    EXPECT_EQ(r->findings[0].message, QStringLiteral("表头下没有教师"));
}

TEST_F(LedgerImportTest, Gb18030RosterByStaffNumberOrNameAndUnit)
{
    importTeachers();
    const QString roster = QStringLiteral("梁平区实验小学 参训名单\n"
                                          "序号,工号,姓名,学校\n"
                                          "1,00123,张伟,梁平区实验小学\n"
                                          "2,,王芳,梁平区实验小学\n"
                                          "3,00125,李娜,梁平区实验小学\n"
                                          "4,00126,张伟,梁平区实验小学\n");
    auto r = EnrollmentService(*m_db).importRoster(m_project, gb18030(roster), QStringLiteral("roster.csv"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_FALSE(r->hasErrors()) << r->findings.first().message.toStdString();
    EXPECT_EQ(r->encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(r->outcome.admitted, 3); // 参培人数 3
    EXPECT_EQ(r->outcome.waitlisted, 1);

    // The name alone is ambiguous for 张伟 (two of them): an error, nothing enrolled.
    const QString ambiguous = QStringLiteral("姓名,学校\n张伟,梁平区实验小学\n");
    auto bad = EnrollmentService(*m_db).importRoster(m_project, ambiguous.toUtf8(), QStringLiteral("bad.csv"));
    ASSERT_TRUE(bad.ok());
    ASSERT_TRUE(bad->hasErrors());
    EXPECT_EQ(bad->findings[0].row, 2);
    EXPECT_TRUE(bad->findings[0].message.contains(QStringLiteral("2 位")));
    const QString unknown = QStringLiteral("工号,姓名\n09999,无名\n");
    bad = EnrollmentService(*m_db).importRoster(m_project, unknown.toUtf8(), QStringLiteral("bad.csv"));
    ASSERT_TRUE(bad->hasErrors());
    EXPECT_EQ(EnrollmentRepository(*m_db).enrollments(m_project)->size(), 4);
}

TEST_F(LedgerImportTest, AttendanceSheetDecidesTheCredit)
{
    importTeachers();
    const QString roster = QStringLiteral("工号\n00123\n00124\n");
    ASSERT_FALSE(
        EnrollmentService(*m_db).importRoster(m_project, roster.toUtf8(), QStringLiteral("r.csv"))->hasErrors());
    // 2 days × 2 sessions of 4 学时 = 16. 张伟 late once (3.5 h attended), 王芳 absent one session (25 % missed).
    const QString sheet = QStringLiteral("工号,姓名,日期,场次,考勤,学时\n"
                                         "00123,张伟,2021-04-12,上午,出勤,\n"
                                         "00123,张伟,2021-04-12,下午,迟到,3.5\n"
                                         "00123,张伟,2021-04-13,1,出勤,\n"
                                         "00123,张伟,2021-04-13,2,出勤,\n"
                                         "00124,王芳,2021/4/12,1,出勤,\n"
                                         "00124,王芳,2021/4/12,2,缺勤,\n"
                                         "00124,王芳,2021/4/13,1,出勤,\n"
                                         "00124,王芳,2021/4/13,2,出勤,\n");
    auto r = EnrollmentService(*m_db).importAttendance(m_project, gb18030(sheet), QStringLiteral("kaoqin.csv"));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_FALSE(r->hasErrors()) << r->findings.first().message.toStdString();
    EXPECT_EQ(r->records, 8);
    EnrollmentRepository enrollments(*m_db);
    QList<qint64> ids;
    const auto enrolled = enrollments.enrollments(m_project);
    ASSERT_TRUE(enrolled.ok());
    for (const Enrollment& e : enrolled.value())
        ids << e.id;
    ASSERT_EQ(ids.size(), 2);
    EXPECT_DOUBLE_EQ(*enrollments.enrollment(ids[0])->hoursAttended, 15.5);
    EXPECT_DOUBLE_EQ(*enrollments.enrollment(ids[1])->hoursAttended, 12);
    ASSERT_TRUE(enrollments.setStatuses(ids, EnrollmentStatus::Completed).ok());
    // The 梁平 2021 preset publishes no conversion: the project states its credits.
    ASSERT_TRUE(enrollments.setProjectCredit(m_project, TrainingKind::Centralized, 2.0).ok());
    auto registered = LedgerRepository(*m_db).registerCredits(ids, QStringLiteral("test"));
    ASSERT_TRUE(registered.ok());
    EXPECT_EQ(registered->registrationIds.size(), 1); // 王芳 missed a quarter
    ASSERT_EQ(registered->skipped.size(), 1);
    EXPECT_EQ(registered->skipped[0].first, ids[1]);

    const QString badSheet = QStringLiteral("工号,日期,考勤,学时\n00123,2021-13-01,出勤,\n00124,2021-04-14,睡觉,\n"
                                            "00125,2021-04-14,出勤,\n00123,2021-04-14,出勤,9\n");
    r = EnrollmentService(*m_db).importAttendance(m_project, badSheet.toUtf8(), QStringLiteral("bad.csv"));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->findings.size(), 4);
    EXPECT_EQ(r->findings[0].columnName, QStringLiteral("日期"));
    EXPECT_EQ(r->findings[1].columnName, QStringLiteral("考勤"));
    EXPECT_EQ(r->findings[3].columnName, QStringLiteral("学时"));
    EXPECT_EQ(enrollments.attendance(ids[0])->size(), 4) << "nothing stored from a sheet with errors";
}
