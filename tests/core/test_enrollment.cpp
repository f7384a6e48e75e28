#include "Enrollment.h"
#include "Teacher.h"

#include <gtest/gtest.h>

using namespace tp;

namespace {
constexpr qint64 kSchoolA = 1;
constexpr qint64 kSchoolB = 2;

// The seats of a project as a clerk fills them: each new enrollment is decided, then the waitlist is served.
class Seats {
public:
    explicit Seats(SeatLimits limits)
        : m_limits(std::move(limits))
    {
    }

    qint64 enroll(qint64 unit)
    {
        Enrollment e;
        e.id = ++m_nextId;
        e.teacherId = e.id;
        e.submittedByUnitId = unit;
        e.queuePosition = ++m_nextPosition;
        e.status = decideSeat(m_list, m_limits, unit) == SeatDecision::Admitted ? EnrollmentStatus::Admitted
                                                                                : EnrollmentStatus::Waitlisted;
        m_list << e;
        return e.id;
    }
    // A withdrawn teacher who enrolls again: same row, back at the end of the queue.
    void reenroll(qint64 id)
    {
        Enrollment& e = find(id);
        ASSERT_EQ(e.status, EnrollmentStatus::Withdrawn);
        e.queuePosition = ++m_nextPosition;
        e.status = decideSeat(m_list, m_limits, e.submittedByUnitId) == SeatDecision::Admitted
            ? EnrollmentStatus::Admitted
            : EnrollmentStatus::Waitlisted;
    }
    void withdraw(qint64 id) { find(id).status = EnrollmentStatus::Withdrawn; }
    QList<qint64> promote()
    {
        const QList<qint64> ids = waitlistPromotions(m_list, m_limits);
        for (qint64 id : ids)
            find(id).status = EnrollmentStatus::Admitted;
        return ids;
    }
    EnrollmentStatus status(qint64 id) { return find(id).status; }
    int admitted() const
    {
        return int(
            std::count_if(m_list.begin(), m_list.end(), [](const Enrollment& e) { return holdsSeat(e.status); }));
    }

private:
    Enrollment& find(qint64 id)
    {
        for (Enrollment& e : m_list)
            if (e.id == id)
                return e;
        static Enrollment none;
        ADD_FAILURE() << "no enrollment " << id;
        return none;
    }

    SeatLimits m_limits;
    QList<Enrollment> m_list;
    qint64 m_nextId = 0;
    qint64 m_nextPosition = 0;
};
} // namespace

TEST(Enrollment, StatusNamesAndLabelsRoundTrip)
{
    for (auto s : { EnrollmentStatus::Applied, EnrollmentStatus::Admitted, EnrollmentStatus::Waitlisted,
             EnrollmentStatus::CheckedIn, EnrollmentStatus::Completed, EnrollmentStatus::Absent,
             EnrollmentStatus::Withdrawn }) {
        EXPECT_EQ(enrollmentStatusFromName(enrollmentStatusName(s)), s);
        EXPECT_EQ(enrollmentStatusFromText(enrollmentStatusLabel(s)), s);
    }
    EXPECT_EQ(enrollmentStatusFromText(QStringLiteral("候补")), EnrollmentStatus::Waitlisted);
    EXPECT_EQ(attendanceKindFromText(QStringLiteral("请假")), AttendanceKind::Excused);
    EXPECT_EQ(attendanceKindFromText(QStringLiteral("√")), AttendanceKind::Present);
    EXPECT_FALSE(attendanceKindFromText(QStringLiteral("maybe")).has_value());
}

TEST(Enrollment, CapacityAndSchoolQuotaSendTheRestToTheWaitlist)
{
    // 名额分配: school A has 1 of the 2 seats.
    Seats seats({ 2, { { kSchoolA, 1 } } });
    const qint64 a1 = seats.enroll(kSchoolA);
    const qint64 a2 = seats.enroll(kSchoolA);
    const qint64 b1 = seats.enroll(kSchoolB);
    const qint64 b2 = seats.enroll(kSchoolB);
    EXPECT_EQ(seats.status(a1), EnrollmentStatus::Admitted);
    EXPECT_EQ(seats.status(a2), EnrollmentStatus::Waitlisted); // over A's quota
    EXPECT_EQ(seats.status(b1), EnrollmentStatus::Admitted);
    EXPECT_EQ(seats.status(b2), EnrollmentStatus::Waitlisted); // over capacity
    EXPECT_EQ(decideSeat({}, { 0, { { kSchoolA, 0 } } }, kSchoolA), SeatDecision::WaitlistedQuota);
    EXPECT_TRUE(seats.promote().isEmpty()) << "no seat is free";
}

TEST(Enrollment, AWithdrawalPromotesTheFirstWaitlistedTeacherExactlyOnce)
{
    Seats seats({ 2, {} });
    const qint64 t1 = seats.enroll(kSchoolA);
    seats.enroll(kSchoolB);
    const qint64 t3 = seats.enroll(kSchoolA);
    const qint64 t4 = seats.enroll(kSchoolB);
    seats.withdraw(t1);
    EXPECT_EQ(seats.promote(), QList<qint64> { t3 });
    EXPECT_TRUE(seats.promote().isEmpty()) << "promoting again must not fill a seat twice";
    EXPECT_EQ(seats.status(t4), EnrollmentStatus::Waitlisted);
    EXPECT_EQ(seats.admitted(), 2);
}

TEST(Enrollment, QuotaFullSchoolIsSkippedButKeepsItsPlace)
{
    Seats seats({ 2, { { kSchoolA, 1 } } });
    const qint64 a1 = seats.enroll(kSchoolA);
    const qint64 b1 = seats.enroll(kSchoolB);
    const qint64 a2 = seats.enroll(kSchoolA); // waits (quota and capacity)
    const qint64 b2 = seats.enroll(kSchoolB); // waits (capacity)
    seats.withdraw(b1);
    // A is at its quota: the seat goes to B's teacher, although A's waited longer.
    EXPECT_EQ(seats.promote(), QList<qint64> { b2 });
    seats.withdraw(a1);
    EXPECT_EQ(seats.promote(), QList<qint64> { a2 });
}

TEST(Enrollment, TwoWithdrawalsAtOncePromoteTwoDifferentTeachers)
{
    Seats seats({ 3, {} });
    const qint64 t1 = seats.enroll(kSchoolA);
    const qint64 t2 = seats.enroll(kSchoolA);
    seats.enroll(kSchoolB);
    const qint64 w1 = seats.enroll(kSchoolB);
    const qint64 w2 = seats.enroll(kSchoolA);
    const qint64 w3 = seats.enroll(kSchoolB);
    seats.withdraw(t1);
    seats.withdraw(t2);
    EXPECT_EQ(seats.promote(), (QList<qint64> { w1, w2 }));
    EXPECT_TRUE(seats.promote().isEmpty());
    EXPECT_EQ(seats.status(w3), EnrollmentStatus::Waitlisted);
    EXPECT_EQ(seats.admitted(), 3);
}

TEST(Enrollment, AReEnrolledTeacherQueuesBehindThoseAlreadyWaiting)
{
    Seats seats({ 1, {} });
    const qint64 t1 = seats.enroll(kSchoolA);
    const qint64 t2 = seats.enroll(kSchoolB);
    seats.withdraw(t1);
    EXPECT_EQ(seats.promote(), QList<qint64> { t2 });
    seats.reenroll(t1);
    EXPECT_EQ(seats.status(t1), EnrollmentStatus::Waitlisted);
    seats.withdraw(t2);
    EXPECT_EQ(seats.promote(), QList<qint64> { t1 });
    EXPECT_TRUE(seats.promote().isEmpty());
}

TEST(Enrollment, ANewcomerDoesNotJumpTheQueue)
{
    // A seat freed but not yet given: the newcomer waits behind the teacher already waiting.
    QList<Enrollment> list;
    Enrollment waiting;
    waiting.id = 1;
    waiting.submittedByUnitId = kSchoolA;
    waiting.status = EnrollmentStatus::Waitlisted;
    list << waiting;
    EXPECT_EQ(decideSeat(list, { 1, {} }, kSchoolB), SeatDecision::WaitlistedFull);
}

TEST(Enrollment, AttendanceHoursAreSummed)
{
    const QList<AttendanceRecord> records { { QDate(2021, 4, 1), 1, AttendanceKind::Present, 4, 4 },
        { QDate(2021, 4, 1), 2, AttendanceKind::Late, 3.5, 4 }, { QDate(2021, 4, 2), 1, AttendanceKind::Excused, 0, 4 },
        { QDate(2021, 4, 2), 2, AttendanceKind::Absent, 0, 4 } };
    EXPECT_DOUBLE_EQ(attendedHours(records), 7.5);
    EXPECT_DOUBLE_EQ(plannedHours(records), 16);
}

TEST(Teacher, StaffNumbersStayText)
{
    EXPECT_EQ(normalizeStaffNumber(QStringLiteral("=\"00123\"")), QStringLiteral("00123"));
    EXPECT_EQ(normalizeStaffNumber(QStringLiteral(" '00456 ")), QStringLiteral("00456"));
    EXPECT_EQ(normalizeStaffNumber(QStringLiteral("０００７")), QStringLiteral("0007"));
    EXPECT_TRUE(looksLikeMangledNumber(QStringLiteral("1.20E+17")));
    EXPECT_TRUE(looksLikeMangledNumber(QStringLiteral("123.0")));
    EXPECT_FALSE(looksLikeMangledNumber(QStringLiteral("T2021-001")));
}

TEST(ProjectCapacity, AStoredCapacityWinsElseTheExactHeadcountElseNoLimit)
{
    const struct {
        const char* headcount;
        int seats;
    } cases[] = {
        { "40", 40 },
        { "40人", 40 },
        { "４０人", 40 },
        { "四十人", 40 },
        { "1,200人", 1200 },
        { "约40人", 0 },
        { "40人左右", 0 },
        { "40余人", 0 },
        { "全体", 0 },
        { "", 0 },
        { "0", 0 },
        { "若干", 0 },
        { "-5", 0 },
    };
    for (const auto& c : cases) {
        const QString text = QString::fromUtf8(c.headcount);
        EXPECT_EQ(headcountSeats(text), c.seats) << c.headcount;
        EXPECT_EQ(projectCapacity(0, text), c.seats) << c.headcount;
        EXPECT_EQ(projectCapacity(25, text), 25) << c.headcount;
    }
}
