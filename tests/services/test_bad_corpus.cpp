// Issue 9: the malformed-input corpus (tests/data/bad, written by make_corpus.py). Every file goes through the
// import a user would use (the parser in src/io, then the service that stores it); each must give its expected
// message naming the file and, where the case has one, the row and column — and a refused file writes nothing.

#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnrollmentService.h"
#include "PlanImportService.h"
#include "PlanRepository.h"
#include "RegistrationService.h"
#include "TeacherRepository.h"
#include "TeacherService.h"
#include "TestData.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;
using tp::test::dataPath;

namespace {

struct Case {
    QString file;
    QString importer;
    bool refused = true;
    QString message;
    int row = 0;
    int column = 0;
};

QList<Case> corpus()
{
    QList<Case> cases;
    QFile f(dataPath("bad/expected.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return cases;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 6)
            continue;
        cases << Case { parts[0], parts[1], parts[2] == QLatin1String("refused"), parts[3], parts[4].toInt(),
            parts[5].toInt() };
    }
    return cases;
}

// What a user would see: one line per problem, with file, row, column, value.
struct Outcome {
    bool stored = false;
    QStringList messages;
    bool located = false; // a message with the expected file, row and column
};

class BadCorpusTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("corpus.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = *db;
        const qint64 school = *UnitRepository(*m_db).ensureUnit(QStringLiteral("实验小学"));
        QList<Teacher> teachers;
        const char* names[] = { "钱一", "李二", "赵三", "周四", "孙五" };
        for (int i = 0; i < 5; ++i) {
            Teacher t;
            t.staffNumber = QString::number(1001 + i);
            t.name = QString::fromUtf8(names[i]);
            t.unitId = school;
            teachers << t;
        }
        m_teachers = TeacherRepository(*m_db).importTeachers(teachers, QStringLiteral("seed")).value();
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2021;
        Project p;
        p.name = QStringLiteral("班主任培训");
        p.durationText = QStringLiteral("3");
        p.headcountText = QStringLiteral("100");
        auto created = PlanRepository(*m_db).importPlan(plan, { p }, false);
        ASSERT_TRUE(created.ok());
        m_project = PlanRepository(*m_db).projects(created->id)->first().id;
        auto roster = EnrollmentRepository(*m_db).enrollRoster(
            m_project, { { m_teachers[0], school, 0 }, { m_teachers[1], school, 0 } }, QString(), QDate(2021, 3, 1));
        ASSERT_TRUE(roster.ok());
    }

    qint64 count(const char* table) const
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return (q && q->next()) ? q->value(0).toLongLong() : -1;
    }

    qint64 everything() const
    {
        return count("plan") + count("project") + count("teacher") + count("enrollment") + count("attendance")
            + count("external_credit") + count("credit_registration") + count("unit");
    }

    static void add(Outcome& out, const Case& c, const QString& file, int row, int column, const QString& text)
    {
        out.messages << text;
        if (!text.contains(c.message))
            return;
        const bool fileNamed = !file.isEmpty() && QFileInfo(file).fileName() == c.file;
        const bool rowOk = c.row == 0 || row == c.row;
        const bool columnOk = c.column == 0 || column == c.column;
        out.located = out.located || (fileNamed && rowOk && columnOk);
    }

    static void addError(Outcome& out, const Case& c, const Error& e)
    {
        add(out, c, e.file, e.row, e.column, e.toString());
    }

    static void addFindings(Outcome& out, const Case& c, const Findings& findings, bool warningsToo)
    {
        for (const Finding& f : findings)
            if (f.severity == Severity::Error || warningsToo)
                add(out, c, f.file, f.row, f.column, f.subject() + QStringLiteral(": ") + f.message);
    }

    Outcome run(const Case& c, int index)
    {
        const QString path = dataPath("bad/") + c.file;
        Outcome out;
        if (c.importer == QLatin1String("plan")) {
            ImportRequest request;
            request.path = path;
            request.year = 2022;
            request.district = QStringLiteral("测试%1区").arg(index); // each case its own plan
            auto r = PlanImportService(*m_db).importFile(request);
            if (!r) {
                addError(out, c, r.error());
            } else {
                out.stored = true;
                addFindings(out, c, r->findings, true);
            }
        } else if (c.importer == QLatin1String("teachers")) {
            auto r = TeacherService(*m_db).importTeacherListFile(path, QStringLiteral("实验小学"));
            if (!r)
                addError(out, c, r.error());
            else {
                out.stored = r->imported > 0;
                addFindings(out, c, r->findings, !c.refused);
            }
        } else if (c.importer == QLatin1String("roster")) {
            auto r = EnrollmentService(*m_db).importRosterFile(m_project, path, QString(), QDate(2021, 3, 2));
            if (!r)
                addError(out, c, r.error());
            else {
                out.stored = !r->outcome.enrollments.isEmpty();
                addFindings(out, c, r->findings, !c.refused);
            }
        } else if (c.importer == QLatin1String("attendance")) {
            auto r = EnrollmentService(*m_db).importAttendanceFile(m_project, path);
            if (!r)
                addError(out, c, r.error());
            else {
                out.stored = r->records > 0 && !r->hasErrors();
                addFindings(out, c, r->findings, !c.refused);
            }
        } else if (c.importer == QLatin1String("external")) {
            auto r = RegistrationService(*m_db).importExternalCreditsFile(path);
            if (!r)
                addError(out, c, r.error());
            else {
                out.stored = !r->registrationIds.isEmpty();
                addFindings(out, c, r->findings, !c.refused);
            }
        } else {
            ADD_FAILURE() << "unknown importer " << c.importer.toStdString();
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QList<qint64> m_teachers;
    qint64 m_project = 0;
};

} // namespace

TEST_F(BadCorpusTest, EveryHostileFileGetsItsMessageAndARefusedOneWritesNothing)
{
    const QList<Case> cases = corpus();
    ASSERT_GE(cases.size(), 60) << "tests/data/bad/expected.tsv: run make_corpus.py";
    int index = 0;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file.toStdString());
        ++index;
        const qint64 before = everything();
        const Outcome out = run(c, index);
        EXPECT_TRUE(out.located) << "expected 「" << c.message.toStdString() << "」 at row " << c.row << " column "
                                 << c.column << "; got:\n"
                                 << out.messages.join(QLatin1Char('\n')).toStdString();
        if (c.refused) {
            EXPECT_FALSE(out.stored);
            EXPECT_EQ(everything(), before) << "a refused file wrote something";
        }
        // No message echoes a control character raw (an ESC would drive the terminal it is printed on).
        for (const QString& m : out.messages)
            for (QChar ch : m)
                EXPECT_FALSE(ch.unicode() < 0x20 && ch != QLatin1Char('\n') && ch != QLatin1Char('\t'))
                    << "raw control character in: " << m.toStdString();
    }
}
