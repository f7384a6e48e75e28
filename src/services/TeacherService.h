#pragma once

// A school's teacher list (教师名单) into the database: read by TeacherListImporter (src/io), checked against the
// staff numbers already stored (a teacher given again as registered is skipped; a duplicate or a difference is an
// error naming the file, row and column, never merged or rewritten), and stored with the units it names in one
// transaction — all or nothing. `trainplan-cli teachers import` and the teacher tab's 导入教师名单… call it.
// A registered teacher's facts are changed one teacher at a time, by a person, audited (updateTeacher):
// `trainplan-cli teachers update` and the 学分档案's 修改资料….

#include "Progress.h"
#include "Result.h"
#include "TeacherListImporter.h"

#include <QCoreApplication>

namespace tp {

class Database;

// One fact of a teacher that differs between two records of the teacher: its label (姓名, 学校, 学段, 学科,
// 参加工作时间) and the two values as text.
struct TeacherFactDifference {
    QString label;
    QString first;
    QString second;
};

class TeacherService {
    Q_DECLARE_TR_FUNCTIONS(tp::TeacherService)

public:
    explicit TeacherService(Database& db)
        : m_db(db)
    {
    }

    // The import's findings say what was wrong (and then nothing was written); the Result fails only when the file
    // cannot be read or the database fails. `defaultUnit`: the unit of rows that name none.
    Result<TeacherListImport> importTeacherListFile(
        const QString& path, const QString& defaultUnit = {}, const QString& encoding = {});
    Result<TeacherListImport> importTeacherList(const QByteArray& bytes, const QString& fileName,
        const QString& defaultUnit = {}, const QString& encoding = {});
    // Where the import says how far it got (reading, checking, saving) and learns of 取消: then it returns
    // Cancelled::error and its transaction is rolled back — nothing is written.
    void setProgress(const ProgressOptions& progress) { m_progress = progress; }

    // Changes a registered teacher's name, school (a unit of the directory, by its name or an alias), stage, subject
    // or hire date; the staff number stays (it is who the teacher is, and what the ledger and other files name).
    // Audited with the facts before and after and the person. Refused with a message when the teacher is not
    // there, the name is empty, the school is not in the directory, or nothing changes. Returns the teacher as
    // stored afterwards.
    Result<Teacher> updateTeacher(qint64 teacherId, const Teacher& changed);

    // The facts (name, school by its name, stage, subject, hire date) in which `second` differs from `first`, in
    // that order: what an import reports and what an update says it changed. `blankKeeps`: a stage, subject or hire
    // date left empty in `second` (a column a file does not have) is no difference.
    static QList<TeacherFactDifference> factDifferences(const Teacher& first, const Teacher& second, bool blankKeeps);

private:
    Result<TeacherListImport> store(TeacherListImport parsed);

    Database& m_db;
    ProgressOptions m_progress;
};

} // namespace tp
