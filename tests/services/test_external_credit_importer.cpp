// RegistrationService::importExternalCredits: credits earned elsewhere (国培, 市培, a provincial platform) from a CSV.
#include "Database.h"
#include "Encodings.h"
#include "LedgerRepository.h"
#include "RegistrationService.h"
#include "SeededTeachers.h"
#include "TeacherRepository.h"
#include "TestDatabase.h"
#include "UnitRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace tp;
using namespace tp::test;

namespace {

class ExternalCreditImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.isValid()) << m_db.error().toStdString();
        const QString school = QStringLiteral("梁平中学");
        auto seeded = seedTeachers(*m_db,
            { { QStringLiteral("00123"), QStringLiteral("张伟"), school },
                { QStringLiteral("00124"), QStringLiteral("王芳"), school } });
        ASSERT_TRUE(seeded.ok()) << seeded.error().toString().toStdString();
        m_teachers = seeded->ids;
    }

    TestDatabase m_db;
    QList<qint64> m_teachers;
};

} // namespace

TEST_F(ExternalCreditImportTest, Gb18030WithATitleRowImportsAndRegisters)
{
    const QString csv = QStringLiteral("2022年国培、市培学分汇总\n"
                                       "工号,姓名,年度,培训级别,培训形式,学分,学时,项目名称,学分来源\n"
                                       "=\"00123\",张伟,2022年,国培,线下,6,48,国培计划骨干教师研修,国培\n"
                                       "00124,王芳,2023,市级,线上,３学分,,市级网络研修,市培\n");
    auto r = RegistrationService(*m_db).importExternalCredits(
        gb18030(csv), QStringLiteral("国培.csv"), {}, QDate(2023, 1, 10));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->encoding, QStringLiteral("GB18030"));
    ASSERT_FALSE(r->hasErrors());
    ASSERT_EQ(r->registrationIds.size(), 2);
    auto zhang = LedgerRepository(*m_db).registrations(m_teachers[0]);
    ASSERT_TRUE(zhang.ok());
    ASSERT_EQ(zhang->size(), 1);
    const CreditRegistration& reg = zhang->first();
    EXPECT_EQ(reg.year, 2022);
    EXPECT_EQ(reg.level, TrainingLevel::National);
    EXPECT_EQ(reg.kind, TrainingKind::Centralized);
    EXPECT_DOUBLE_EQ(reg.credits, 6);
    EXPECT_DOUBLE_EQ(reg.hours, 48);
    EXPECT_EQ(reg.registeredOn, QDate(2023, 1, 10));
    EXPECT_EQ(reg.reason, QStringLiteral("导入 国培.csv 第 3 行：国培 国培计划骨干教师研修"));
    auto wang = LedgerRepository(*m_db).registrations(m_teachers[1]);
    ASSERT_EQ(wang->size(), 1);
    EXPECT_EQ(wang->first().kind, TrainingKind::Online);
    EXPECT_DOUBLE_EQ(wang->first().credits, 3) << "full-width digits and a unit are read";
}

TEST_F(ExternalCreditImportTest, EveryErrorNamesRowColumnAndValueAndNothingIsWritten)
{
    const QString csv = QStringLiteral("工号,姓名,年度,级别,形式,学分,学时,培训名称,来源\n"
                                       "00123,张伟,2022,国家级,集中,6,48,国培计划,国培\n"
                                       "00999,赵六,2022,市级,集中,2,,市培,市培\n"
                                       "00124,王芳,22,省级,讲座,,,省级研修,省平台\n");
    auto r = RegistrationService(*m_db).importExternalCredits(csv.toUtf8(), QStringLiteral("ext.csv"));
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->hasErrors());
    QStringList lines;
    for (const Finding& f : r->findings)
        lines << QStringLiteral("%1|%2|%3").arg(f.row).arg(f.columnName, f.message);
    EXPECT_EQ(lines,
        QStringList({ QStringLiteral("3|工号|工号「00999」不在教师名单中（先导入该校的教师名单）"),
            QStringLiteral("4|年度|年度「22」应为四位年份，例如 2022"),
            QStringLiteral("4|形式|形式「讲座」不是集中、网络、校本或实践（跟岗、教研、观摩）"),
            QStringLiteral("4|学分|学分「」和学时「」都为空或为 0") }));
    EXPECT_TRUE(r->registrationIds.isEmpty());
    auto zhang = LedgerRepository(*m_db).registrations(m_teachers[0]);
    EXPECT_TRUE(zhang->isEmpty()) << "the good row is not written either";
}

// Issue 16: the import writes its lines with prepared statements in one go (ExternalCreditBatch); what it writes
// must stay what one registration at a time wrote — each registration audited like addExternalCredit's, all under
// the import's one operation, and the maintained totals counting every line.
TEST_F(ExternalCreditImportTest, ABatchImportIsAuditedLikeSingleRegistrationsUnderOneOperation)
{
    const QString csv = QStringLiteral("工号,年度,来源,级别,类型,学分,学时,培训名称\n"
                                       "00123,2022,国培,国家级,集中,6,48,骨干研修\n"
                                       "00123,2023,市培,市级,网络,3,24,网络研修\n"
                                       "00124,2022,,区县级,校本,2,16,校本研修\n");
    auto r = RegistrationService(*m_db).importExternalCredits(
        csv.toUtf8(), QStringLiteral("外部.csv"), {}, QDate(2023, 2, 1));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(r->registrationIds.size(), 3);

    // One registered by hand, the way it always was, to compare the audit rows with.
    ExternalCredit single;
    single.teacherId = m_teachers[1];
    single.year = 2023;
    single.level = TrainingLevel::Municipal;
    single.kind = TrainingKind::Online;
    single.credits = 1;
    single.title = QStringLiteral("单条");
    single.source = QStringLiteral("市培");
    auto one = LedgerRepository(*m_db).addExternalCredit(single, QStringLiteral("手工登记"), QDate(2023, 2, 1));
    ASSERT_TRUE(one.ok()) << one.error().toString().toStdString();

    auto q = m_db->exec(QStringLiteral("SELECT entity_id, action, field, old_value, new_value, operation_id, actor "
                                       "FROM audit_log WHERE entity = 'credit_registration' ORDER BY id"));
    ASSERT_TRUE(q.ok());
    QList<QStringList> rows;
    QSet<qint64> operations;
    while (q->next()) {
        rows << QStringList { q->value(0).toString(), q->value(1).toString(),
            q->value(2).isNull() ? QStringLiteral("NULL") : q->value(2).toString(),
            q->value(3).isNull() ? QStringLiteral("NULL") : q->value(3).toString(), q->value(4).toString(),
            q->value(6).toString() };
        if (rows.size() <= 3)
            operations.insert(q->value(5).toLongLong());
    }
    ASSERT_EQ(rows.size(), 4) << "one audit row per registration";
    EXPECT_EQ(operations.size(), 1) << "the whole import is one operation";
    EXPECT_EQ(rows[0],
        (QStringList { QString::number(r->registrationIds[0]), QStringLiteral("external"), QStringLiteral("国培"),
            QStringLiteral("NULL"), QStringLiteral("骨干研修 6 (导入 外部.csv 第 2 行：国培 骨干研修)"),
            m_db->actor() }));
    EXPECT_EQ(rows[2][2], QStringLiteral("NULL")) << "no source: no field, as addExternalCredit writes it";
    EXPECT_EQ(rows[3],
        (QStringList { QString::number(one.value()), QStringLiteral("external"), QStringLiteral("市培"),
            QStringLiteral("NULL"), QStringLiteral("单条 1 (手工登记)"), m_db->actor() }))
        << "the single path's row has the same shape";

    // The maintained totals count every imported line.
    auto totals = m_db->exec(
        QStringLiteral("SELECT SUM(credits) FROM credit_year_total WHERE teacher_id = :t"), { { "t", m_teachers[0] } });
    ASSERT_TRUE(totals.ok() && totals->next());
    EXPECT_DOUBLE_EQ(totals->value(0).toDouble(), 9);
}
