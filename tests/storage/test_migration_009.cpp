// Issue 16, migration 009: a file made by the program before 009 (tests/data/pre-009/pre-009.sqlite: the 梁平 2021
// plan, two schools' teachers, an enrolment with attendance and registered credits, imported and single external
// credits, a reversal — see its README) is migrated without losing or changing anything, and the ledger stays
// append-only.
#include "Database.h"
#include "Migrations.h"
#include "TestData.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {
const QStringList kTables = { QStringLiteral("teacher"), QStringLiteral("enrollment"), QStringLiteral("attendance"),
    QStringLiteral("external_credit"), QStringLiteral("credit_registration"), QStringLiteral("credit_total"),
    QStringLiteral("credit_year_total"), QStringLiteral("credit_category_year_total"), QStringLiteral("audit_log"),
    QStringLiteral("audit_operation"), QStringLiteral("project"), QStringLiteral("project_credit") };

// Every row of `table`, the columns named (or all), as text, in rowid/primary-key order.
QStringList rowsOf(const QSqlDatabase& db, const QString& table, QStringList* columns)
{
    if (columns->isEmpty()) {
        QSqlQuery info(db);
        EXPECT_TRUE(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        while (info.next())
            *columns << info.value(1).toString();
    }
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2").arg(columns->join(u','), table)))
        << table.toStdString();
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns->size(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << cells.join(u'|');
    }
    return rows;
}

qint64 scalar(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}
} // namespace

TEST(Migration009, AFileFromBeforeKeepsEveryRecordAndTheLedgerStaysAppendOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(test::dataPath("pre-009/pre-009.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QHash<QString, QStringList> columns;
    QHash<QString, QStringList> before;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pre009"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery version(raw);
        ASSERT_TRUE(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        ASSERT_EQ(version.value(0).toInt(), 8) << "the fixture is a file of schema 8";
        for (const QString& table : kTables) {
            before[table] = rowsOf(raw, table, &columns[table]);
            if (table != QLatin1String("credit_category_year_total")) { // course categories: 上海's rules only
                EXPECT_FALSE(before[table].isEmpty()) << table.toStdString() << ": the fixture has rows of every kind";
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pre009"));

    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    for (const QString& table : kTables) {
        QStringList same = columns[table];
        EXPECT_EQ(rowsOf((*db)->connection(), table, &same), before[table]) << table.toStdString();
    }
    // Registrations made before 009 name no operation (their audit rows are their own, as they were).
    EXPECT_EQ(
        scalar(**db, QStringLiteral("SELECT COUNT(*) FROM credit_registration WHERE operation_id IS NOT NULL")), 0);
    // The ledger is still append-only.
    EXPECT_FALSE((*db)->exec(QStringLiteral("UPDATE credit_registration SET credits = 99 WHERE id = 1")).ok());
    EXPECT_FALSE((*db)->exec(QStringLiteral("DELETE FROM credit_registration WHERE id = 1")).ok());
    EXPECT_FALSE((*db)->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")).ok());
    // The enrolment index keeps serving the registrations of courses (and only them).
    auto plan
        = (*db)->exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM credit_registration WHERE enrollment_id = 3"));
    ASSERT_TRUE(plan.ok());
    QString detail;
    while (plan->next())
        detail += plan->value(3).toString();
    EXPECT_TRUE(detail.contains(QStringLiteral("credit_registration_enrollment"))) << detail.toStdString();
    auto integrity = (*db)->checkIntegrity(true);
    ASSERT_TRUE(integrity.ok());
    EXPECT_TRUE(integrity->isEmpty()) << integrity->join(u'\n').toStdString();
}
