#pragma once

// 参训: a teacher's place in a project (and class, 班次), with its status, attendance and credits
// (docs/rules.md). Seat allocation — capacity, per-school quotas (名额分配), the waitlist
// (候补) and its promotion — is a pure function of the enrollments, so "exactly once" is a property of
// the state, not of who calls it how often.

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace tp {

// 报名 applied, 录取 admitted, 候补 waitlisted, 报到 checked in, 结业 completed, 缺勤 absent (did not come),
// 退训 withdrawn.
enum class EnrollmentStatus { Applied, Admitted, Waitlisted, CheckedIn, Completed, Absent, Withdrawn };

QString enrollmentStatusName(EnrollmentStatus s); // applied | admitted | ... (stable, for storage/JSON)
std::optional<EnrollmentStatus> enrollmentStatusFromName(const QString& name);
QString enrollmentStatusLabel(EnrollmentStatus s); // 报名 | 录取 | 候补 | 报到 | 结业 | 缺勤 | 退训
// The status a cell of a roster names: the label (报名 …), the stable name, or a few synonyms (取消 → 退训).
std::optional<EnrollmentStatus> enrollmentStatusFromText(const QString& text);
// Whether the enrollment occupies a seat of the project/class (报名, 录取, 报到, 结业, 缺勤 do; 候补, 退训 don't).
bool holdsSeat(EnrollmentStatus s);

// Attendance of one class day or session: present, late, excused (请假), absent (缺课).
enum class AttendanceKind { Present, Late, Excused, Absent };
QString attendanceKindName(AttendanceKind k); // present | late | excused | absent
std::optional<AttendanceKind> attendanceKindFromText(const QString& text); // also 出勤/迟到/请假/缺勤/缺课/√/×
QString attendanceKindLabel(AttendanceKind k); // 出勤 | 迟到 | 请假 | 缺勤

struct AttendanceRecord {
    QDate date;
    int session = 1; // 1-based session of the day (上午 1, 下午 2, ...)
    AttendanceKind kind = AttendanceKind::Present;
    double hours = 0; // hours attended in this session (0 for absent/excused)
    double plannedHours = 0; // hours the session had

    bool operator==(const AttendanceRecord&) const = default;
};

struct Enrollment {
    qint64 id = 0;
    qint64 projectId = 0;
    int classSeq = 0; // 班次 (project_class.seq), 0 when the project has no classes
    qint64 teacherId = 0;
    qint64 submittedByUnitId = 0; // the unit that sent the teacher (选送单位)
    EnrollmentStatus status = EnrollmentStatus::Admitted;
    qint64 queuePosition = 0; // order of arrival; the waitlist is served in this order
    std::optional<double> hoursAttended; // summed from attendance; unknown until recorded
    std::optional<double> creditsAwarded; // set by a credit registration (学分登记)
    QDate enrolledOn;
    QDate registeredOn; // 学分登记 date

    bool operator==(const Enrollment&) const = default;
};

// The seats of a project or class: capacity (0 = unlimited) and per-school quotas (名额分配; a unit
// without a quota is limited only by the capacity).
struct SeatLimits {
    int capacity = 0;
    QHash<qint64, int> quotas; // unit id → seats

    bool operator==(const SeatLimits&) const = default;
};

// The seats a project's 参培人数 (planned headcount) gives when no capacity is stored: the number when it is exact
// ("40", "40人", "1,200"), else 0 — no limit ("约40人", "40人左右", "全体", blank, unreadable).
int headcountSeats(const QString& headcountText);
// A project's capacity (its seats when it has no classes): a stored capacity wins, else headcountSeats; 0 = no
// limit. The server keeps headcountSeats in project.headcount_seats (migration 013) and applies the same rule.
int projectCapacity(int storedCapacity, const QString& headcountText);

// Why a new enrollment goes to the waitlist, if it does.
enum class SeatDecision { Admitted, WaitlistedFull, WaitlistedQuota };

// The seats of one project/class as enrollments arrive: the same decisions as decideSeat, kept up to date
// incrementally for bulk rosters (15,000 lines without re-counting the list each time).
class SeatBook {
public:
    SeatBook(SeatLimits limits, const QList<Enrollment>& current);
    SeatDecision decide(qint64 unitId) const;
    // Records an enrollment of `unitId` with `status` (after decide, or a status given by the roster).
    void add(qint64 unitId, EnrollmentStatus status);

private:
    bool quotaAllows(qint64 unitId) const;

    SeatLimits m_limits;
    int m_used = 0;
    QHash<qint64, int> m_byUnit;
    QHash<qint64, int> m_waitingByUnit;
};

// The decision for a new enrollment from `unitId` given the current enrollments of the same project/class.
SeatDecision decideSeat(const QList<Enrollment>& current, const SeatLimits& limits, qint64 unitId);

// The waitlisted enrollments to promote (in waitlist order) so that every free seat is taken by the first
// waitlisted teacher whose school still has quota. Depends only on the state: applied once after any number
// of withdrawals it fills each freed seat once; applied again it returns nothing.
QList<qint64> waitlistPromotions(const QList<Enrollment>& current, const SeatLimits& limits);

// Hours attended: the sum of the records' hours (late and partial sessions count what was attended).
double attendedHours(const QList<AttendanceRecord>& records);
// Hours planned: the sum of the records' planned hours.
double plannedHours(const QList<AttendanceRecord>& records);

} // namespace tp
