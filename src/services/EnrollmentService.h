#pragma once

// 参训: who enrols in a project, and what they attended. A school's roster (参训名单) and an attendance sheet
// (考勤表) are read by RosterImporter/AttendanceImporter (src/io); here each row's teacher is found — by staff number,
// or by name within the unit — and the whole file is stored in one transaction, or nothing when any row is wrong.
// The roster tab and `trainplan-cli enroll …`/`attendance import` call the same methods.

#include "Enrollment.h"
#include "EnrollmentRepository.h"
#include "Finding.h"
#include "Progress.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tp {

class Database;

struct RosterImport {
    QString file;
    QString encoding;
    QList<RosterLine> lines;
    QList<int> rows; // file row of each line
    Findings findings; // with file/row/column; with any error nothing was enrolled
    RosterOutcome outcome; // what enrolling did (empty when there were errors)

    bool hasErrors() const;
};

struct AttendanceImport {
    QString file;
    QString encoding;
    int records = 0; // attendance rows stored
    int enrollments = 0; // enrollments they belong to
    Findings findings;

    bool hasErrors() const;
};

class EnrollmentService {
    Q_DECLARE_TR_FUNCTIONS(tp::EnrollmentService)

public:
    explicit EnrollmentService(Database& db)
        : m_db(db)
    {
    }

    // A school's roster into project `projectId`: admitted while seats (and the school's quota) allow, else
    // waitlisted. The Result fails only when the file cannot be read or the database fails.
    Result<RosterImport> importRosterFile(
        qint64 projectId, const QString& path, const QString& encoding = {}, QDate on = {});
    Result<RosterImport> importRoster(qint64 projectId, const QByteArray& bytes, const QString& fileName,
        const QString& encoding = {}, QDate on = {});
    // The roster imports' progress (reading, checking, enrolling) and 取消.
    // 取消: Cancelled::error, the transaction rolled back — nothing is written.
    void setProgress(const ProgressOptions& progress) { m_progress = progress; }

    // An attendance sheet of the project's admitted teachers; sessions of `sessionHours` unless the sheet says.
    Result<AttendanceImport> importAttendanceFile(
        qint64 projectId, const QString& path, double sessionHours = 4, const QString& encoding = {});
    Result<AttendanceImport> importAttendance(qint64 projectId, const QByteArray& bytes, const QString& fileName,
        double sessionHours = 4, const QString& encoding = {});

    // 添加学员: these teachers, sent by their own units, into class `classSeq` (0: none).
    Result<RosterOutcome> enrollTeachers(
        qint64 projectId, const QList<qint64>& teacherIds, int classSeq, const QString& source, QDate on = {});
    // 退训: withdraws them and promotes the first waitlisted teachers into the freed seats; the promoted ids.
    Result<QList<qint64>> withdraw(const QList<qint64>& enrollmentIds, const QString& reason = {});
    Status setStatuses(const QList<qint64>& enrollmentIds, EnrollmentStatus status);
    Status recordAttendance(qint64 enrollmentId, const QList<AttendanceRecord>& records);
    // 考勤表 of a class (the session grid): each enrollment's attendance replaced by its records, every enrollment
    // in one transaction (all or nothing). A date must lie within a year of the plan's year, as in an import.
    Status recordAttendanceGrid(qint64 projectId, const QHash<qint64, QList<AttendanceRecord>>& byEnrollment);
    // 名额与学分: the project's kind, credits and capacity, and the schools' quotas that changed, as one step.
    // `kind` unset: the kind stays as it is (an undecided project stays undecided). A kind given for a project whose
    // 培训方式 leaves it undecided (线上线下混合) is the clerk's choice and is kept.
    Status saveProjectCredit(qint64 projectId, std::optional<TrainingKind> kind, std::optional<double> credits,
        int capacity, const QHash<qint64, int>& changedQuotas);

    // 考勤豁免: registers a teacher whose attendance misses sessions anyway, for the written reason (required;
    // audited, shown in the teacher's history). Several enrollments in one transaction.
    Status exemptAttendance(const QList<qint64>& enrollmentIds, const QString& reason);

private:
    Database& m_db;
    ProgressOptions m_progress;
};

} // namespace tp
