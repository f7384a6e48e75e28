#pragma once

// Reading a school's roster (参训名单) for a project, and an attendance sheet (考勤表), from CSV (UTF-8 or
// GB18030). Each row names a teacher by staff number (工号), or by name and unit (姓名 + 学校) when the file has
// no staff numbers; who that is, and whether they may enrol, is decided against the database by
// EnrollmentService (src/services). These parsers only read: every cell that does not parse is a finding with
// file, row and column.

#include "CsvReader.h"
#include "Enrollment.h"
#include "Finding.h"
#include "HeaderTable.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tp {

// One row of a roster: who, and into which class (第几期; 0 when the file has no 班次 column).
struct RosterRow {
    CsvRecord record; // where it stands in the file (for findings)
    PersonCells person;
    int classSeq = 0;
};

using RosterSheet = ParsedSheet<RosterRow>;

class RosterImporter {
    Q_DECLARE_TR_FUNCTIONS(tp::RosterImporter)

public:
    static Result<RosterSheet> parse(const QByteArray& bytes, const QString& fileName, const QString& encoding = {});
    static Result<RosterSheet> parseFile(const QString& path, const QString& encoding = {});
};

// One row of an attendance sheet: who, and the session they attended (or not).
struct AttendanceRow {
    CsvRecord record;
    PersonCells person;
    AttendanceRecord attendance;
};

using AttendanceSheet = ParsedSheet<AttendanceRow>;

// Columns: 工号 and/or 姓名 (+ 学校), 日期, 场次 (optional, default 1), 考勤 (出勤/迟到/请假/缺勤), 学时 (hours
// attended; default: the planned hours when present or late, 0 otherwise), 计划学时 (optional, default
// `sessionHours`).
class AttendanceImporter {
    Q_DECLARE_TR_FUNCTIONS(tp::AttendanceImporter)

public:
    static Result<AttendanceSheet> parse(
        const QByteArray& bytes, const QString& fileName, double sessionHours = 4, const QString& encoding = {});
    static Result<AttendanceSheet> parseFile(
        const QString& path, double sessionHours = 4, const QString& encoding = {});
};

} // namespace tp
