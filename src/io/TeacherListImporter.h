#pragma once

// Importing a school's teacher list (教师名单) from CSV: UTF-8 or GB18030, the header found by its names
// (工号/教师编号/编号, 姓名, 学校/单位, 学段, 学科, 入职时间/参加工作时间), staff numbers kept as text (Excel's
// ="00123" unwrapped). Duplicates — the same staff number twice in the file, or one already stored — are
// errors naming the file, row and column, never merged. A parser: it reads and checks the file and returns what
// it found; TeacherService (src/services) checks the staff numbers against the database and stores the list.

#include "Finding.h"
#include "Result.h"
#include "Teacher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tp {

struct TeacherListImport {
    QString file;
    QString encoding;
    int headerRow = 0;
    QList<Teacher> teachers; // unitId 0 until stored; unitName from the file or the default unit
    QList<int> rows; // file row of each teacher
    Findings findings; // errors and warnings with file/row/column
    int imported = 0; // teachers written (0 when there were errors; set by TeacherService)
    // Teachers the file gives exactly as they are registered (same staff number, name and school; stage, subject
    // and hire date the same or left empty in the file): a school's list imported again. Not written again.
    int unchanged = 0;

    bool hasErrors() const;
};

class TeacherListImporter {
    Q_DECLARE_TR_FUNCTIONS(tp::TeacherListImporter)

public:
    // Reads the file: every row's problems as findings. `defaultUnit` is the unit of rows without a 学校/单位
    // column or cell (the CLI's --unit).
    static Result<TeacherListImport> parse(const QByteArray& bytes, const QString& fileName,
        const QString& defaultUnit = {}, const QString& encoding = {});
    static Result<TeacherListImport> parseFile(
        const QString& path, const QString& defaultUnit = {}, const QString& encoding = {});
};

} // namespace tp
