// RegistrationService::importExternalCredits: credits earned elsewhere (国培, 市培, a provincial platform) from a CSV.
#include "Database.h"
#include "Encodings.h"
#include "LedgerRepository.h"
#include "RegistrationService.h"
#include "SeededTeachers.h"
#include "TeacherRepository.h"
#include "TestDatabase.h"
#include "UnitRepository.h"

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
