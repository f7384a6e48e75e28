#pragma once

#include "CreditLedger.h"
#include "Enrollment.h"
#include "ProjectKind.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace tp {

class Database;

// A project's credit facts: level from project.level as typed; kind from its 培训方式 or a clerk's choice
// (resolveProjectKind); explicit credits, capacity and course category beside them.
struct ProjectCreditInfo {
    qint64 projectId = 0;
    int year = 0; // the plan's year
    QString district; // the plan's district: its rule set applies
    QString levelText; // 级别 as typed
    ProjectKind kind; // how the kind was decided (or why it is not)
    // level (区县级 when the text names none), kind (kindDecided false when undecided; kind is then 集中培训 only
    // as a placeholder), explicit credits, duration, category
    ProjectCredit credit;
    int capacity = 0; // explicit capacity; 0 = the exact 参培人数, else unlimited
};

// What a clerk sets for a project's credits: the kind (none: from 培训方式), explicit credits (none: converted
// from the duration), capacity (0: the exact 参培人数) and course category (上海; empty: none).
struct ProjectCreditSettings {
    std::optional<TrainingKind> kindChoice;
    std::optional<double> credits;
    int capacity = 0;
    QString category;
};

// 考勤豁免: why a teacher whose attendance misses sessions may be registered anyway.
struct AttendanceExemption {
    qint64 enrollmentId = 0;
    QString reason;
    QDate recordedOn;
    QString actor;
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
    // Saves all of a project's credit settings (audited); more capacity moves the waitlist up.
    Status saveProjectCredit(qint64 projectId, const ProjectCreditSettings& settings);
    // The clerk's choice of kind (nullopt: the kind comes from 培训方式 again). Audited.
    Status setProjectKind(qint64 projectId, std::optional<TrainingKind> choice);
    // The project's course category (上海: 师德素养 …; empty: none). Audited.
    Status setProjectCategory(qint64 projectId, const QString& category);
    // For the credit dialog of issue 4, which shows the project's kind in a list and saves what is shown: the
    // kind is stored as the clerk's choice only when it differs from the kind the project has now (or a choice
    // was stored before), so saving the dialog unchanged leaves a kind from 培训方式 — or an undecided one — as
    // it was. Credits and capacity are saved as given; the category is kept.
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
    // The sessions of a project's class (classSeq 0: the project without classes): every date and session
    // recorded for anyone enrolled in it, with the largest planned hours recorded for it.
    Result<QList<AttendanceRecord>> classSessions(qint64 projectId, int classSeq) const;
    // The enrollment's attendance against the project's planned hours (projectHours under `rules`, else the
    // class's sessions): sessions without a record for the teacher count as not attended.
    Result<AttendanceSummary> attendanceSummary(
        const Enrollment& enrollment, const ProjectCreditInfo& project, const CreditRules& rules) const;

    // 考勤豁免: records (or replaces) the written reason why the enrollment may be registered although its
    // attendance misses sessions. An empty reason is refused. Audited; shown in the registration's record.
    Status setAttendanceExemption(qint64 enrollmentId, const QString& reason, QDate on = {});
    // Withdraws the exemption (audited, with why).
    Status clearAttendanceExemption(qint64 enrollmentId, const QString& why);
    Result<std::optional<AttendanceExemption>> attendanceExemption(qint64 enrollmentId) const;

private:
    Status promote(qint64 projectId, int classSeq, QList<qint64>* promoted);
    Status promoteWaitlists(qint64 projectId);

    Database& m_db;
};

} // namespace tp
