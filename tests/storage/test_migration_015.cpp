// Issue 16, migration 015: the maintained totals lose their foreign key to teacher (and its ON DELETE CASCADE).
// A file made at 014 is migrated with every total of a teacher who has registrations kept as it was, the zero rows
// of a teacher without any registration gone; afterwards the totals have no foreign key, the triggers still keep
// them (a new registration's totals equal a full recomputation), a teacher without registrations can be removed and
// one with registrations still cannot. On both backends (the "pg." run): the dialects drop the same keys.

#include "Database.h"
#include "ExternalCredit.h"
#include "LedgerRepository.h"
#include "Migrations.h"
#include "TeacherRepository.h"
#include "TestBackend.h"
#include "UnitRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

const QStringList kTotals = { QStringLiteral("credit_total"), QStringLiteral("credit_year_total"),
    QStringLiteral("credit_category_year_total") };

qint64 scalar(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    EXPECT_TRUE(q.ok()) << sql.toStdString();
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

// Every row of the three totals tables, as text, in one order.
QStringList totals(Database& db)
{
    QStringList out;
    for (const QString& sql : { QStringLiteral("SELECT 'cycle', cycle_start, teacher_id, level, kind, credits, hours "
                                               "FROM credit_total ORDER BY 2, 3, 4, 5"),
             QStringLiteral("SELECT 'year', year, teacher_id, level, kind, credits, hours FROM credit_year_total "
                            "ORDER BY 2, 3, 4, 5"),
             QStringLiteral("SELECT 'category', year, teacher_id, category, '', credits, hours FROM "
                            "credit_category_year_total ORDER BY 2, 3, 4") }) {
        auto q = db.exec(sql);
        EXPECT_TRUE(q.ok()) << sql.toStdString();
        while (q.ok() && q->next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells << (i >= 5 ? QString::number(q->value(i).toDouble(), 'f', 2) : q->value(i).toString());
            out << cells.join(u'|');
        }
    }
    return out;
}

// The foreign keys of a table, as "column → table".
QStringList foreignKeys(Database& db, const QString& table)
{
    const QString sql = db.isServer()
        ? QStringLiteral(
            "SELECT kcu.column_name || ' → ' || ccu.table_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name "
            "AND kcu.table_schema = tc.table_schema "
            "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = "
            "tc.constraint_name AND ccu.table_schema = tc.table_schema "
            "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() "
            "AND tc.table_name = '%1'")
              .arg(table)
        : QStringLiteral("SELECT \"from\" || ' → ' || \"table\" FROM pragma_foreign_key_list('%1')").arg(table);
    QStringList out;
    auto q = db.exec(sql);
    EXPECT_TRUE(q.ok()) << (q.ok() ? std::string() : q.error().toString().toStdString());
    while (q.ok() && q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace

TEST(Migration015, TheTotalsLoseTheirTeacherKeyAndKeepEveryRegisteredSum)
{
    QTemporaryDir dir;
    const QString location = test::databaseLocation(dir, QStringLiteral("at-014.sqlite"));
    qint64 registered = 0;
    qint64 unregistered = 0;
    QStringList before;
    {
        auto old = Database::open(location, 14);
        ASSERT_TRUE(old.ok()) << old.error().toString().toStdString();
        ASSERT_EQ((*old)->schemaVersion(), 14);
        (*old)->setActor(QStringLiteral("师训科 王老师"));
        for (const QString& table : kTotals)
            EXPECT_EQ(foreignKeys(**old, table), QStringList { QStringLiteral("teacher_id → teacher") })
                << "014 still has the key on " << table.toStdString();
        auto unit = UnitRepository(**old).ensureUnit(QStringLiteral("梁平区实验小学"));
        ASSERT_TRUE(unit.ok());
        TeacherRepository teachers(**old);
        Teacher a;
        a.staffNumber = QStringLiteral("00123");
        a.name = QStringLiteral("张伟");
        a.unitId = *unit;
        Teacher b = a;
        b.staffNumber = QStringLiteral("00124");
        b.name = QStringLiteral("王芳");
        auto addedA = teachers.addTeacher(a);
        auto addedB = teachers.addTeacher(b);
        ASSERT_TRUE(addedA.ok() && addedB.ok());
        registered = addedA->id;
        unregistered = addedB->id;
        LedgerRepository ledger(**old);
        ExternalCredit guopei { 0, registered, 2022, TrainingLevel::National, TrainingKind::Centralized, 20, 160,
            QStringLiteral("国培计划（2022）"), QStringLiteral("国培") };
        guopei.category = QStringLiteral("师德");
        const ExternalCredit online { 0, registered, 2023, TrainingLevel::Provincial, TrainingKind::Online, 3, 24,
            QStringLiteral("信息技术应用能力提升工程2.0"), QStringLiteral("省平台") };
        ASSERT_TRUE(ledger.addExternalCredit(guopei, QStringLiteral("证书")).ok());
        ASSERT_TRUE(ledger.addExternalCredit(online, QStringLiteral("平台导出")).ok());
        // Zero rows of a teacher without registrations, as a registration deleted before 006 left them.
        for (const QString& sql :
            { QStringLiteral("INSERT INTO credit_total (cycle_start, teacher_id, level, kind, credits, hours) VALUES "
                             "(2021, %1, 'county', 'centralized', 0, 0)"),
                QStringLiteral("INSERT INTO credit_year_total (teacher_id, year, level, kind, credits, hours) VALUES "
                               "(%1, 2021, 'county', 'centralized', 0, 0)"),
                QStringLiteral("INSERT INTO credit_category_year_total (teacher_id, year, category, credits, hours) "
                               "VALUES (%1, 2021, '师德', 0, 0)") })
            ASSERT_TRUE((*old)->exec(sql.arg(unregistered)).ok()) << sql.toStdString();
        before = totals(**old);
    }
    ASSERT_EQ(before.size(), (2 + 2 + 1) + 3) << before.join(u'\n').toStdString();

    auto db = Database::open(location);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 15);
    for (const QString& table : kTotals)
        EXPECT_TRUE(foreignKeys(**db, table).isEmpty()) << table.toStdString();
    EXPECT_EQ(foreignKeys(**db, QStringLiteral("credit_registration")).filter(QStringLiteral("teacher_id")),
        QStringList { QStringLiteral("teacher_id → teacher") })
        << "the registrations keep their teacher";

    QStringList expected;
    for (const QString& row : before)
        if (row.split(u'|').at(2) == QString::number(registered))
            expected << row;
    EXPECT_EQ(totals(**db), expected) << "every registered sum kept, the unregistered zeros gone";
    EXPECT_EQ(expected.size(), 2 + 2 + 1);

    // The triggers still keep the totals: one more registration, and the totals are a full recomputation's.
    LedgerRepository ledger(**db);
    const ExternalCredit more { 0, registered, 2023, TrainingLevel::Provincial, TrainingKind::Online, 2, 16,
        QStringLiteral("班主任研修"), QStringLiteral("省平台") };
    ASSERT_TRUE(ledger.addExternalCredit(more, QStringLiteral("证书")).ok());
    const QStringList kept = totals(**db);
    EXPECT_TRUE(kept.contains(QStringLiteral("year|2023|%1|provincial|online|5.00|40.00").arg(registered)))
        << kept.join(u'\n').toStdString();
    ASSERT_TRUE(ledger.rebuildTotals().ok());
    EXPECT_EQ(totals(**db), kept);

    // A teacher without registrations can go; one with registrations cannot, by the program or by the database.
    TeacherRepository teachers(**db);
    EXPECT_TRUE(teachers.removeTeacher(unregistered).ok());
    EXPECT_FALSE(teachers.removeTeacher(registered).ok());
    EXPECT_FALSE((*db)->exec(QStringLiteral("DELETE FROM teacher WHERE id = %1").arg(registered)).ok());
    EXPECT_EQ(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM teacher")), 1);
    EXPECT_EQ(totals(**db), kept);
}
