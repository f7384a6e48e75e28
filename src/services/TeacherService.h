#pragma once

// A school's teacher list (教师名单) into the database: read by TeacherListImporter (src/io), checked against the
// staff numbers already stored (a duplicate is an error naming the file, row and column, never merged), and stored
// with the units it names in one transaction — all or nothing. `trainplan-cli teachers import` and the teacher tab's
// 导入教师名单… call it.

#include "Progress.h"
#include "Result.h"
#include "TeacherListImporter.h"

#include <QCoreApplication>

namespace tp {

class Database;

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

private:
    Result<TeacherListImport> store(TeacherListImport parsed);

    Database& m_db;
    ProgressOptions m_progress;
};

} // namespace tp
