// RegistrationService::importExternalCredits: credits earned elsewhere (国培, 市培, a provincial platform) from a CSV.
#include "Database.h"
#include "Encodings.h"
#include "ExternalCreditBatch.h"
#include "LedgerRepository.h"
#include "RegistrationService.h"
#include "SeededTeachers.h"
#include "TeacherRepository.h"
#include "TestDatabase.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
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
    EXPECT_EQ(reg.reason, QStringLiteral("导入外部学分 国培.csv 第 3 行")) << "the file is the import operation's";
    EXPECT_EQ(reg.title, QStringLiteral("国培计划骨干教师研修")) << "the history shows the external record's title";
    EXPECT_EQ(reg.source, QStringLiteral("国培"));
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

// Issue 16: the import writes its lines with prepared statements in one go (ExternalCreditBatch), as one audited
// operation: one audit row for the whole file (how many, which registrations) instead of one per line, and every
// registration names that operation — who imported it, when, from which file. One registered by hand keeps its own
// audit row. The maintained totals count every line.
TEST_F(ExternalCreditImportTest, AnImportIsOneAuditedOperationThatEveryRegistrationNames)
{
    const QString csv = QStringLiteral("工号,年度,来源,级别,类型,学分,学时,培训名称\n"
                                       "00123,2022,国培,国家级,集中,6,48,骨干研修\n"
                                       "00123,2023,市培,市级,网络,3,24,网络研修\n"
                                       "00124,2022,,区县级,校本,2,16,校本研修\n");
    auto r = RegistrationService(*m_db).importExternalCredits(
        csv.toUtf8(), QStringLiteral("外部.csv"), {}, QDate(2023, 2, 1));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(r->registrationIds.size(), 3);

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

    auto q = m_db->exec(QStringLiteral("SELECT entity_id, action, field, new_value, operation_id, actor "
                                       "FROM audit_log WHERE entity = 'credit_registration' ORDER BY id"));
    ASSERT_TRUE(q.ok());
    QList<QStringList> rows;
    QList<qint64> operations;
    while (q->next()) {
        rows << QStringList { q->value(0).toString(), q->value(1).toString(),
            q->value(2).isNull() ? QStringLiteral("NULL") : q->value(2).toString(), q->value(3).toString(),
            q->value(5).toString() };
        operations << q->value(4).toLongLong();
    }
    ASSERT_EQ(rows.size(), 2) << "one audit row for the import, one for the registration by hand";
    EXPECT_EQ(rows[0],
        (QStringList { QString::number(r->registrationIds[0]), QStringLiteral("external import"),
            QStringLiteral("NULL"),
            QStringLiteral("3 条外部学分，共 11 学分（登记 %1–%2）")
                .arg(r->registrationIds[0])
                .arg(r->registrationIds[2]),
            m_db->actor() }));
    EXPECT_EQ(rows[1],
        (QStringList { QString::number(one.value()), QStringLiteral("external"), QStringLiteral("市培"),
            QStringLiteral("单条 1 (手工登记)"), m_db->actor() }));

    // Every imported registration names the import's operation: who, when, which file.
    auto named = m_db->exec(QStringLiteral("SELECT r.id, r.operation_id, r.actor, o.actor, o.label, o.at "
                                           "FROM credit_registration r LEFT JOIN audit_operation o "
                                           "ON o.id = r.operation_id ORDER BY r.id"));
    ASSERT_TRUE(named.ok());
    int imported = 0;
    while (named->next()) {
        if (named->value(0).toLongLong() == one.value()) {
            EXPECT_TRUE(named->value(1).isNull()) << "a single registration has its own audit row";
            continue;
        }
        ++imported;
        EXPECT_EQ(named->value(1).toLongLong(), operations[0]);
        EXPECT_EQ(named->value(2).toString(), m_db->actor());
        EXPECT_EQ(named->value(3).toString(), m_db->actor());
        EXPECT_EQ(named->value(4).toString(), QStringLiteral("导入外部学分 外部.csv"));
        EXPECT_FALSE(named->value(5).toString().isEmpty());
    }
    EXPECT_EQ(imported, 3);

    // The maintained totals count every imported line.
    auto totals = m_db->exec(
        QStringLiteral("SELECT SUM(credits) FROM credit_year_total WHERE teacher_id = :t"), { { "t", m_teachers[0] } });
    ASSERT_TRUE(totals.ok() && totals->next());
    EXPECT_DOUBLE_EQ(totals->value(0).toDouble(), 9);
}

namespace {
// Every row of the three maintained totals, sorted, as text (amounts with two decimals).
QStringList maintainedTotals(Database& db)
{
    QStringList rows;
    for (const char* sql : { "SELECT 'cycle', cycle_start, teacher_id, level, kind, credits, hours FROM credit_total",
             "SELECT 'year', year, teacher_id, level, kind, credits, hours FROM credit_year_total",
             "SELECT 'category', year, teacher_id, category, '', credits, hours FROM credit_category_year_total" }) {
        auto q = db.exec(QString::fromLatin1(sql));
        if (!q)
            return { q.error().toString() };
        while (q->next()) {
            QStringList cells;
            for (int i = 0; i < 5; ++i)
                cells << q->value(i).toString();
            cells << QString::number(q->value(5).toDouble(), 'f', 2) << QString::number(q->value(6).toDouble(), 'f', 2);
            rows << cells.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}
} // namespace

// Issue 16: an import adds its lines to the maintained totals with one grouped upsert per batch instead of the
// per-row triggers; single registrations keep the triggers. Either way the totals are what a full recomputation
// from the registrations gives.
TEST_F(ExternalCreditImportTest, TheTotalsAfterImportsAndSingleRegistrationsEqualAFullRecomputation)
{
    LedgerRepository ledger(*m_db);
    const QString first = QStringLiteral("工号,年度,来源,级别,类型,学分,学时,培训名称\n"
                                         "00123,2022,国培,国家级,集中,6,48,骨干研修\n"
                                         "00123,2022,国培,国家级,集中,1.5,12,骨干研修二\n"
                                         "00123,2023,市培,市级,网络,3,24,网络研修\n"
                                         "00124,2022,,区县级,校本,2,16,校本研修\n");
    auto a = RegistrationService(*m_db).importExternalCredits(
        first.toUtf8(), QStringLiteral("外部一.csv"), {}, QDate(2023, 2, 1));
    ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
    ASSERT_FALSE(a->hasErrors());
    const QStringList afterFirst = maintainedTotals(*m_db);
    EXPECT_TRUE(afterFirst.contains(QStringLiteral("year|2022|%1|national|centralized|7.50|60.00").arg(m_teachers[0])))
        << afterFirst.join(QLatin1Char('\n')).toStdString();

    // A single registration (the trigger), then a second import onto totals that exist already, then lines with
    // categories through the batch itself.
    ExternalCredit single;
    single.teacherId = m_teachers[1];
    single.year = 2022;
    single.level = TrainingLevel::County;
    single.kind = TrainingKind::SchoolBased;
    single.credits = 1;
    single.hours = 8;
    single.category = QStringLiteral("师德");
    ASSERT_TRUE(ledger.addExternalCredit(single, QStringLiteral("手工登记"), QDate(2023, 2, 1)).ok());
    const QString second = QStringLiteral("工号,年度,来源,级别,类型,学分,学时,培训名称\n"
                                          "00124,2022,,区县级,校本,4,32,校本研修二\n"
                                          "00123,2026,国培,国家级,集中,2,16,新周期\n");
    auto b = RegistrationService(*m_db).importExternalCredits(
        second.toUtf8(), QStringLiteral("外部二.csv"), {}, QDate(2026, 2, 1));
    ASSERT_TRUE(b.ok()) << b.error().toString().toStdString();
    ASSERT_FALSE(b->hasErrors());
    {
        Transaction tx(*m_db, QStringLiteral("categories"));
        ASSERT_TRUE(tx.isActive());
        ExternalCredit c = single;
        c.category = QStringLiteral("师德");
        ExternalCredit d = single;
        d.teacherId = m_teachers[0];
        d.category = QStringLiteral("信息技术");
        d.credits = 2.5;
        ASSERT_TRUE(addExternalCredits(
            *m_db, { c, d, c }, { QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三") }, QDate(2023, 3, 1))
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_TRUE(ledger.addExternalCredit(single, QStringLiteral("再登记"), QDate(2023, 4, 1)).ok());

    const QStringList maintained = maintainedTotals(*m_db);
    EXPECT_TRUE(maintained.contains(QStringLiteral("year|2022|%1|county|school_based|10.00|80.00").arg(m_teachers[1])))
        << maintained.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(maintained.contains(QStringLiteral("category|2022|%1|师德||4.00|32.00").arg(m_teachers[1])))
        << maintained.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(ledger.rebuildTotals().ok());
    EXPECT_EQ(maintained, maintainedTotals(*m_db));

    // The triggers are still there for the next single registration.
    auto triggers = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                              "('credit_registration_totals_insert', "
                                              "'credit_registration_category_insert')"));
    if (!m_db->isServer()) {
        ASSERT_TRUE(triggers.ok() && triggers->next());
        EXPECT_EQ(triggers->value(0).toInt(), 2);
    }
}

// Issue 16: on SQLite the batch binds through SQLite's C API. Its rows must be the single path's
// (LedgerRepository::addExternalCredit) column for column, text columns '' (not NULL) when nothing was typed, and a
// statement that fails names the line (its index in the batch) and says what SQLite said.
TEST_F(ExternalCreditImportTest, TheBatchWritesTheSingleRegistrationsRowsAndNamesTheLineThatFails)
{
    ExternalCredit credit;
    credit.teacherId = m_teachers[0];
    credit.year = 2024;
    credit.level = TrainingLevel::Provincial;
    credit.kind = TrainingKind::Practice;
    credit.credits = 2.5;
    credit.hours = 20;
    credit.title = QStringLiteral("跟岗实践");
    // source and category left null: stored as ''
    ASSERT_TRUE(LedgerRepository(*m_db).addExternalCredit(credit, QStringLiteral("理由"), QDate(2024, 5, 1)).ok());
    {
        Transaction tx(*m_db, QStringLiteral("batch"));
        ASSERT_TRUE(tx.isActive());
        auto ids = addExternalCredits(*m_db, { credit }, { QStringLiteral("理由") }, QDate(2024, 5, 1));
        ASSERT_TRUE(ids.ok()) << ids.error().toString().toStdString();
        ASSERT_EQ(ids->size(), 1);
        ASSERT_TRUE(tx.commit().ok());
    }
    const auto rows = [&](const char* sql) {
        QStringList out;
        auto q = m_db->exec(QString::fromLatin1(sql));
        EXPECT_TRUE(q.ok());
        while (q.ok() && q->next()) {
            QStringList cells;
            for (int i = 0; i < q->record().count(); ++i)
                cells << (q->value(i).isNull() ? QStringLiteral("NULL") : q->value(i).toString());
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    };
    const QStringList external = rows("SELECT teacher_id, year, level, kind, credits, hours, title, source, category "
                                      "FROM external_credit ORDER BY id");
    ASSERT_EQ(external.size(), 2);
    EXPECT_EQ(external.at(0), external.at(1));
    EXPECT_TRUE(external.at(1).endsWith(QStringLiteral("|跟岗实践||"))) << external.at(1).toStdString();
    const QStringList registrations
        = rows("SELECT teacher_id, year, level, kind, credits, hours, reason, registered_on, "
               "actor, category, enrollment_id, reversal_of FROM credit_registration "
               "ORDER BY id");
    ASSERT_EQ(registrations.size(), 2);
    EXPECT_EQ(registrations.at(0), registrations.at(1));

    // A teacher that does not exist (a foreign key): the second line is named, nothing is kept after the rollback.
    ExternalCredit nobody = credit;
    nobody.teacherId = 999999;
    {
        Transaction tx(*m_db, QStringLiteral("bad batch"));
        ASSERT_TRUE(tx.isActive());
        auto ids = addExternalCredits(
            *m_db, { credit, nobody }, { QStringLiteral("一"), QStringLiteral("二") }, QDate(2024, 5, 1));
        ASSERT_FALSE(ids.ok());
        EXPECT_EQ(ids.error().row, 1);
        EXPECT_TRUE(ids.error().message.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive)
            || ids.error().message.contains(QStringLiteral("foreign key"), Qt::CaseInsensitive))
            << ids.error().message.toStdString();
    }
    EXPECT_EQ(rows("SELECT COUNT(*) FROM credit_registration"), QStringList { QStringLiteral("2") });

    // The batch sets the CHECK constraints aside for its own two INSERTs only: afterwards they hold again.
    auto bad
        = m_db->exec(QStringLiteral("INSERT INTO external_credit (teacher_id, year, level, kind, credits, hours, "
                                    "title, source, category) VALUES (:t, 2024, 'bogus', 'online', 1, 1, '', '', '')"),
            { { "t", m_teachers[0] } });
    EXPECT_FALSE(bad.ok()) << "a level outside the schema's list is refused after the batch";
}

// Issue 16, sixth pass: on SQLite a batch is written 500 lines at a time by INSERT … SELECT over tp_batch
// (SqliteBatchTable.h). Across chunks the rows must still be the single path's, in the file's order, the ids the
// ones written, and a line SQLite refuses in a later chunk named by its index in the whole batch.
TEST_F(ExternalCreditImportTest, ABatchOfManyChunksKeepsTheLinesOrderIdsAndNamesARefusedLine)
{
    QList<ExternalCredit> credits;
    QStringList reasons;
    for (int i = 0; i < 1201; ++i) { // two whole chunks and one line
        ExternalCredit c;
        c.teacherId = m_teachers[i % 2];
        c.year = 2021 + i % 6;
        c.level = TrainingLevel(i % kTrainingLevelCount);
        c.kind = TrainingKind(i % kTrainingKindCount);
        c.credits = 1 + i % 5;
        c.hours = i % 3 == 0 ? 0 : 8 * (1 + i % 5);
        // Now and then a title with what an array literal or a statement must not take literally (the server binds
        // a chunk's columns as array literals).
        c.title = i % 50 == 0 ? QStringLiteral("第%1期「引号\"反斜杠\\逗号,花括号{}」NULL\n第二行 '单引号'").arg(i)
                              : QStringLiteral("第%1期研修").arg(i);
        c.source = i % 2 ? QStringLiteral("国培") : QString();
        c.category = i % 7 == 0 ? QStringLiteral(" 师德 ") : QString();
        credits << c;
        reasons << QStringLiteral("第 %1 行").arg(i + 2);
    }
    QList<qint64> ids;
    {
        Transaction tx(*m_db, QStringLiteral("chunks"));
        ASSERT_TRUE(tx.isActive());
        auto written = addExternalCredits(*m_db, credits, reasons, QDate(2026, 3, 1));
        ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
        ids = written.value();
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_EQ(ids.size(), credits.size());
    auto q = m_db->exec(QStringLiteral(
        "SELECT r.id, r.teacher_id, r.year, r.level, r.kind, r.credits, r.hours, r.reason, r.category, e.teacher_id, "
        "e.title, e.source, e.category, e.credits FROM credit_registration r JOIN external_credit e ON "
        "e.id = r.external_credit_id ORDER BY r.id"));
    ASSERT_TRUE(q.ok());
    int i = 0;
    while (q->next()) {
        ASSERT_LT(i, credits.size());
        const ExternalCredit& c = credits.at(i);
        EXPECT_EQ(q->value(0).toLongLong(), ids.at(i)) << "line " << i;
        EXPECT_EQ(q->value(1).toLongLong(), c.teacherId) << "line " << i;
        EXPECT_EQ(q->value(2).toInt(), c.year) << "line " << i;
        EXPECT_EQ(q->value(3).toString(), trainingLevelName(c.level)) << "line " << i;
        EXPECT_EQ(q->value(4).toString(), trainingKindName(c.kind)) << "line " << i;
        EXPECT_DOUBLE_EQ(q->value(5).toDouble(), c.credits) << "line " << i;
        EXPECT_DOUBLE_EQ(q->value(6).toDouble(), c.hours) << "line " << i;
        EXPECT_EQ(q->value(7).toString(), reasons.at(i)) << "line " << i;
        EXPECT_EQ(q->value(8).toString(), c.category.trimmed()) << "line " << i;
        EXPECT_EQ(q->value(9).toLongLong(), c.teacherId) << "the registration names its own external record";
        EXPECT_EQ(q->value(10).toString(), c.title) << "line " << i;
        EXPECT_EQ(q->value(11).toString(), c.source.isNull() ? QString() : c.source) << "line " << i;
        EXPECT_FALSE(q->value(11).isNull()) << "'' when nothing was typed, not NULL";
        EXPECT_EQ(q->value(12).toString(), c.category.trimmed()) << "line " << i;
        EXPECT_DOUBLE_EQ(q->value(13).toDouble(), c.credits) << "line " << i;
        ++i;
    }
    EXPECT_EQ(i, credits.size());
    // The maintained totals are the recomputed ones (the triggers ran for every line of every chunk).
    const QStringList maintained = maintainedTotals(*m_db);
    ASSERT_TRUE(LedgerRepository(*m_db).rebuildTotals().ok());
    EXPECT_EQ(maintained, maintainedTotals(*m_db));

    // A teacher that is not there on line 1,100 (the third chunk's 100th): named, nothing of the batch kept.
    credits[1100].teacherId = 999999;
    {
        Transaction tx(*m_db, QStringLiteral("refused"));
        ASSERT_TRUE(tx.isActive());
        auto written = addExternalCredits(*m_db, credits, reasons, QDate(2026, 3, 1));
        ASSERT_FALSE(written.ok());
        EXPECT_EQ(written.error().row, 1100);
        EXPECT_TRUE(written.error().message.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive))
            << written.error().message.toStdString();
    }
    auto count = m_db->exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM credit_registration), "
                                           "(SELECT COUNT(*) FROM external_credit)"));
    ASSERT_TRUE(count.ok() && count->next());
    EXPECT_EQ(count->value(0).toInt(), 1201);
    EXPECT_EQ(count->value(1).toInt(), 1201);
    if (m_db->isServer())
        return;
    // tp_batch lives on the connection, reads nothing without a batch bound, and nothing of it is in the file.
    auto empty = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM tp_batch(NULL)"));
    ASSERT_TRUE(empty.ok() && empty->next()) << (empty.ok() ? "" : empty.error().toString().toStdString());
    EXPECT_EQ(empty->value(0).toInt(), 0);
    auto inFile = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE '%tp_batch%'"));
    ASSERT_TRUE(inFile.ok() && inFile->next());
    EXPECT_EQ(inFile->value(0).toInt(), 0);
}
