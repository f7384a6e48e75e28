// Issue 16, migration 014: the index external_credit_teacher served no query and cost ~13 bytes of every credit
// record at city scale. A file made at 013 with external credits is migrated without losing a row; the teacher's
// history still names each training; the history's query reaches external_credit by its primary key (no scan); a
// teacher with external credits still cannot be deleted (the foreign key holds without the index). On both backends
// (the "pg." run): the dialects drop the same index.

#include "Database.h"
#include "ExternalCredit.h"
#include "LedgerRepository.h"
#include "Migrations.h"
#include "TeacherRepository.h"
#include "TestBackend.h"
#include "TestData.h"
#include "UnitRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    EXPECT_TRUE(q.ok()) << sql.toStdString();
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

// Whether the schema has an index of this name (sqlite_master, or pg_indexes on the server).
bool hasIndex(Database& db, const QString& name)
{
    const QString sql = db.isServer()
        ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = '%1'")
        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'");
    return scalar(db, sql.arg(name)) > 0;
}

} // namespace

TEST(Migration014, TheUnusedIndexGoesAndEveryExternalCreditStaysReadable)
{
    QTemporaryDir dir;
    const QString location = test::databaseLocation(dir, QStringLiteral("at-013.sqlite"));
    qint64 teacherId = 0;
    {
        auto old = Database::open(location, 13);
        ASSERT_TRUE(old.ok()) << old.error().toString().toStdString();
        ASSERT_EQ((*old)->schemaVersion(), 13);
        (*old)->setActor(QStringLiteral("师训科 王老师"));
        EXPECT_TRUE(hasIndex(**old, QStringLiteral("external_credit_teacher"))) << "013 still has it";
        UnitRepository units(**old);
        auto unit = units.ensureUnit(QStringLiteral("梁平区实验小学"));
        ASSERT_TRUE(unit.ok());
        TeacherRepository teachers(**old);
        Teacher t;
        t.staffNumber = QStringLiteral("00123");
        t.name = QStringLiteral("张伟");
        t.unitId = *unit;
        auto added = teachers.addTeacher(t);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
        teacherId = added->id;
        LedgerRepository ledger(**old);
        const ExternalCredit guopei { 0, teacherId, 2022, TrainingLevel::National, TrainingKind::Centralized, 20, 160,
            QStringLiteral("国培计划（2022）"), QStringLiteral("国培") };
        const ExternalCredit online { 0, teacherId, 2023, TrainingLevel::Provincial, TrainingKind::Online, 3, 24,
            QStringLiteral("信息技术应用能力提升工程2.0"), QStringLiteral("省平台") };
        ASSERT_TRUE(ledger.addExternalCredit(guopei, QStringLiteral("证书")).ok());
        ASSERT_TRUE(ledger.addExternalCredit(online, QStringLiteral("平台导出")).ok());
    }

    auto db = Database::open(location);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 14);
    EXPECT_FALSE(hasIndex(**db, QStringLiteral("external_credit_teacher")));
    EXPECT_TRUE(hasIndex(**db, QStringLiteral("credit_registration_teacher")))
        << "the teacher's history is read through the registrations' own index";
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM external_credit")), 2);
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM credit_registration")), 2);

    LedgerRepository ledger(**db);
    auto history = ledger.registrations(teacherId);
    ASSERT_TRUE(history.ok()) << history.error().toString().toStdString();
    ASSERT_EQ(history->size(), 2);
    QStringList read;
    for (const CreditRegistration& r : *history)
        read << r.title + u'|' + r.source + u'|' + QString::number(r.credits);
    read.sort();
    EXPECT_EQ(read,
        QStringList(
            { QStringLiteral("信息技术应用能力提升工程2.0|省平台|3"), QStringLiteral("国培计划（2022）|国培|20") }));

    // The history's join reaches external_credit through its primary key, never a scan of the table.
    if (!(*db)->isServer()) {
        auto plan = (*db)->exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id, x.title, x.source FROM "
                                               "credit_registration r LEFT JOIN external_credit x ON x.id = "
                                               "r.external_credit_id WHERE r.teacher_id = %1")
                                    .arg(teacherId));
        ASSERT_TRUE(plan.ok());
        QStringList steps;
        while (plan->next())
            steps << plan->value(3).toString();
        const QString detail = steps.join(u'\n');
        EXPECT_TRUE(detail.contains(QStringLiteral("SEARCH x USING INTEGER PRIMARY KEY"))) << detail.toStdString();
        EXPECT_FALSE(detail.contains(QStringLiteral("SCAN x"))) << detail.toStdString();
        EXPECT_TRUE(detail.contains(QStringLiteral("credit_registration_teacher"))) << detail.toStdString();
    }

    // The teacher who has external credits is still kept: by the program, and by the foreign key itself.
    EXPECT_FALSE(TeacherRepository(**db).removeTeacher(teacherId).ok());
    EXPECT_FALSE((*db)->exec(QStringLiteral("DELETE FROM teacher WHERE id = %1").arg(teacherId)).ok());
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM teacher")), 1);
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM external_credit")), 2);
}
