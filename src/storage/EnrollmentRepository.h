#pragma once

#include "CreditLedger.h"
#include "Enrollment.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace tp {

class Database;

// A project's credit facts (level from project.level as typed; kind, explicit credits and capacity beside it).
struct ProjectCreditInfo {
    qint64 projectId = 0;
    int year = 0; // the plan's year
    QString levelText; // 级别 as typed
    ProjectCredit credit; // level (区县级 when the text names none), kind, explicit credits, duration
    int capacity = 0; // explicit capacity; 0 = the exact 参培人数, else unlimited
};

// One line of a roster: who, sent by which unit, into which class (0 = none).
struct RosterLine {
    qint64 teacherId = 0;
    qint64 unitId = 0;
    int classSeq = 0;
};

// What a roster import did.
struct RosterOutcome {
    QList<Enrollment> enrollments; // new or re-enrolled, with their status (录取 or 候补)
    int admitted = 0;
    int waitlisted = 0;
    QList<qint64> alreadyEnrolled; // teacher ids enrolled before (left as they were)
};

// 参训: enrollments, seats, quotas, attendance. Every write is one transaction (nested into the caller's)
// with audit-log rows; seat decisions are the core's (decideSeat, waitlistPromotions).
class EnrollmentRepository {
public:
    explicit EnrollmentRepository(Database& db)
        : m_db(db)
    {
    }

    Result<ProjectCreditInfo> projectCredit(qint64 projectId) const;
    Status setProjectCredit(
        qint64 projectId, TrainingKind kind, std::optional<double> credits = std::nullopt, int capacity = 0);
    // 名额分配: seats of the project for one school; seats < 0 removes the quota. When it (or the capacity,
    // above) makes room, the waitlist moves up as after a withdrawal (first come, first admitted).
    Status setQuota(qint64 projectId, qint64 unitId, int seats);
    // The seats of a class (its capacity) or of the project (classSeq 0), with the project's quotas.
    Result<SeatLimits> seatLimits(qint64 projectId, int classSeq = 0) const;

    Result<Enrollment> enrollment(qint64 id) const;
    // Enrollments of a project (classSeq < 0: every class), in queue order.
    Result<QList<Enrollment>> enrollments(qint64 projectId, int classSeq = -1) const;
    Result<QList<Enrollment>> teacherEnrollments(qint64 teacherId) const;
    Result<std::optional<Enrollment>> find(qint64 projectId, qint64 teacherId) const;

    // Enrolls one teacher: 录取 when a seat (and the school's quota) allows, else 候补. A withdrawn teacher
    // enrolls again at the end of the queue; one already enrolled is an error.
    Result<Enrollment> enroll(qint64 projectId, qint64 teacherId, qint64 unitId, int classSeq = 0, QDate on = {});
    // A school's roster, all or nothing, in file order.
    Result<RosterOutcome> enrollRoster(
        qint64 projectId, const QList<RosterLine>& lines, const QString& source, QDate on = {});
    // 退训: withdraws the enrollment and promotes the first waitlisted teacher(s) into the freed seat.
    // Returns the promoted enrollment ids.
    Result<QList<qint64>> withdraw(qint64 enrollmentId, const QString& reason = {});
    // Withdraws several at once (one promotion pass for all freed seats).
    Result<QList<qint64>> withdrawMany(const QList<qint64>& enrollmentIds, const QString& reason = {});
    // Sets a status (报到, 结业, 缺勤, ...). 退训 goes through withdraw; 候补/录取 are the seats' business.
    Status setStatus(qint64 enrollmentId, EnrollmentStatus status);
    Status setStatuses(const QList<qint64>& enrollmentIds, EnrollmentStatus status);

    // Attendance of one enrollment, replacing what was recorded; hours attended become their sum.
    Status recordAttendance(qint64 enrollmentId, const QList<AttendanceRecord>& records);
    // The same for many enrollments (an attendance sheet), all or nothing; records are added to (or replace,
    // for the same date and session) what was recorded.
    Status importAttendance(const QHash<qint64, QList<AttendanceRecord>>& records, const QString& source);
    Result<QList<AttendanceRecord>> attendance(qint64 enrollmentId) const;

private:
    Status promote(qint64 projectId, int classSeq, QList<qint64>* promoted);
    Status promoteWaitlists(qint64 projectId);

    Database& m_db;
};

} // namespace tp
