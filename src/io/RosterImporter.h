#pragma once

// Importing a school's roster (参训名单) for a project, and an attendance sheet (考勤表), from CSV (UTF-8 or
// GB18030). Teachers are found by staff number (工号), or by name and unit (姓名 + 学校) when the file has no
// staff numbers. Every problem is a finding with file/row/column; all or nothing: with any error nothing is
// written.

#include "EnrollmentRepository.h"
#include "Finding.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace tp {

class Database;

struct RosterImport {
    QString file;
    QString encoding;
    QList<RosterLine> lines;
    QList<int> rows;
    Findings findings;
    RosterOutcome outcome; // what enrolling did (empty when there were errors)

    bool hasErrors() const;
};

class RosterImporter {
public:
    static Result<RosterImport> importFile(
        Database& db, qint64 projectId, const QString& path, const QString& encoding = {}, QDate on = {});
    static Result<RosterImport> importBytes(Database& db, qint64 projectId, const QByteArray& bytes,
        const QString& fileName, const QString& encoding = {}, QDate on = {});
};

struct AttendanceImport {
    QString file;
    QString encoding;
    int records = 0; // attendance rows stored
    int enrollments = 0; // enrollments they belong to
    Findings findings;

    bool hasErrors() const;
};

// Columns: 工号 and/or 姓名 (+ 学校), 日期, 场次 (optional, default 1), 考勤 (出勤/迟到/请假/缺勤), 学时 (hours
// attended; default: the planned hours when present or late, 0 otherwise), 计划学时 (optional, default
// `sessionHours`).
class AttendanceImporter {
public:
    static Result<AttendanceImport> importFile(
        Database& db, qint64 projectId, const QString& path, double sessionHours = 4, const QString& encoding = {});
    static Result<AttendanceImport> importBytes(Database& db, qint64 projectId, const QByteArray& bytes,
        const QString& fileName, double sessionHours = 4, const QString& encoding = {});
};

} // namespace tp
