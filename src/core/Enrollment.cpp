#include "Enrollment.h"

#include "CellParsers.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace tp {

namespace {
struct StatusInfo {
    EnrollmentStatus status;
    const char* name;
    const char* label;
};
constexpr std::array<StatusInfo, 7> kStatuses { {
    { EnrollmentStatus::Applied, "applied", QT_TRANSLATE_NOOP("tp::Enrollment", "报名") },
    { EnrollmentStatus::Admitted, "admitted", QT_TRANSLATE_NOOP("tp::Enrollment", "录取") },
    { EnrollmentStatus::Waitlisted, "waitlisted", QT_TRANSLATE_NOOP("tp::Enrollment", "候补") },
    { EnrollmentStatus::CheckedIn, "checked_in", QT_TRANSLATE_NOOP("tp::Enrollment", "报到") },
    { EnrollmentStatus::Completed, "completed", QT_TRANSLATE_NOOP("tp::Enrollment", "结业") },
    { EnrollmentStatus::Absent, "absent", QT_TRANSLATE_NOOP("tp::Enrollment", "缺勤") },
    { EnrollmentStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("tp::Enrollment", "退训") },
} };

struct KindInfo {
    AttendanceKind kind;
    const char* name;
    const char* label;
};
constexpr std::array<KindInfo, 4> kKinds { {
    { AttendanceKind::Present, "present", QT_TRANSLATE_NOOP("tp::Enrollment", "出勤") },
    { AttendanceKind::Late, "late", QT_TRANSLATE_NOOP("tp::Enrollment", "迟到") },
    { AttendanceKind::Excused, "excused", QT_TRANSLATE_NOOP("tp::Enrollment", "请假") },
    { AttendanceKind::Absent, "absent", QT_TRANSLATE_NOOP("tp::Enrollment", "缺勤") },
} };

// Units' seats in use and the seats in use overall.
struct Occupancy {
    int used = 0;
    QHash<qint64, int> byUnit;
};

Occupancy occupancy(const QList<Enrollment>& current)
{
    Occupancy o;
    for (const Enrollment& e : current) {
        if (!holdsSeat(e.status))
            continue;
        ++o.used;
        ++o.byUnit[e.submittedByUnitId];
    }
    return o;
}

bool quotaAllows(const SeatLimits& limits, const Occupancy& o, qint64 unitId)
{
    const auto quota = limits.quotas.constFind(unitId);
    return quota == limits.quotas.constEnd() || o.byUnit.value(unitId) < *quota;
}
} // namespace

QString enrollmentStatusName(EnrollmentStatus s)
{
    for (const auto& info : kStatuses)
        if (info.status == s)
            return QString::fromLatin1(info.name);
    return QString();
}

std::optional<EnrollmentStatus> enrollmentStatusFromName(const QString& name)
{
    for (const auto& info : kStatuses)
        if (name == QLatin1String(info.name))
            return info.status;
    return std::nullopt;
}

QString enrollmentStatusLabel(EnrollmentStatus s)
{
    for (const auto& info : kStatuses)
        if (info.status == s)
            return QCoreApplication::translate("tp::Enrollment", info.label);
    return QString();
}

std::optional<EnrollmentStatus> enrollmentStatusFromText(const QString& raw)
{
    const QString text = raw.trimmed();
    for (const auto& info : kStatuses)
        if (text == QString::fromUtf8(info.label) || text.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.status;
    if (text == QStringLiteral("取消") || text == QStringLiteral("退出"))
        return EnrollmentStatus::Withdrawn;
    if (text == QStringLiteral("合格") || text == QStringLiteral("完成"))
        return EnrollmentStatus::Completed;
    if (text == QStringLiteral("候补中") || text == QStringLiteral("待定"))
        return EnrollmentStatus::Waitlisted;
    return std::nullopt;
}

bool holdsSeat(EnrollmentStatus s)
{
    return s != EnrollmentStatus::Waitlisted && s != EnrollmentStatus::Withdrawn;
}

QString attendanceKindName(AttendanceKind k)
{
    for (const auto& info : kKinds)
        if (info.kind == k)
            return QString::fromLatin1(info.name);
    return QString();
}

QString attendanceKindLabel(AttendanceKind k)
{
    for (const auto& info : kKinds)
        if (info.kind == k)
            return QCoreApplication::translate("tp::Enrollment", info.label);
    return QString();
}

std::optional<AttendanceKind> attendanceKindFromText(const QString& raw)
{
    const QString text = raw.trimmed();
    for (const auto& info : kKinds)
        if (text == QString::fromUtf8(info.label) || text.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.kind;
    if (text == QStringLiteral("到") || text == QStringLiteral("√") || text == QStringLiteral("✓")
        || text == QStringLiteral("签到") || text == QStringLiteral("在"))
        return AttendanceKind::Present;
    if (text == QStringLiteral("早退"))
        return AttendanceKind::Late;
    if (text == QStringLiteral("假") || text == QStringLiteral("病假") || text == QStringLiteral("事假"))
        return AttendanceKind::Excused;
    if (text == QStringLiteral("缺课") || text == QStringLiteral("旷课") || text == QStringLiteral("×")
        || text == QStringLiteral("缺"))
        return AttendanceKind::Absent;
    return std::nullopt;
}

SeatBook::SeatBook(SeatLimits limits, const QList<Enrollment>& current)
    : m_limits(std::move(limits))
{
    for (const Enrollment& e : current)
        add(e.submittedByUnitId, e.status);
}

bool SeatBook::quotaAllows(qint64 unitId) const
{
    const auto quota = m_limits.quotas.constFind(unitId);
    return quota == m_limits.quotas.constEnd() || m_byUnit.value(unitId) < *quota;
}

SeatDecision SeatBook::decide(qint64 unitId) const
{
    if (!quotaAllows(unitId))
        return SeatDecision::WaitlistedQuota;
    if (m_limits.capacity > 0 && m_used >= m_limits.capacity)
        return SeatDecision::WaitlistedFull;
    // Nobody jumps the queue: while a teacher who could take the free seat waits, a newcomer waits behind.
    for (auto it = m_waitingByUnit.constBegin(); it != m_waitingByUnit.constEnd(); ++it)
        if (it.value() > 0 && quotaAllows(it.key()))
            return SeatDecision::WaitlistedFull;
    return SeatDecision::Admitted;
}

void SeatBook::add(qint64 unitId, EnrollmentStatus status)
{
    if (status == EnrollmentStatus::Waitlisted) {
        ++m_waitingByUnit[unitId];
    } else if (holdsSeat(status)) {
        ++m_used;
        ++m_byUnit[unitId];
    }
}

SeatDecision decideSeat(const QList<Enrollment>& current, const SeatLimits& limits, qint64 unitId)
{
    return SeatBook(limits, current).decide(unitId);
}

QList<qint64> waitlistPromotions(const QList<Enrollment>& current, const SeatLimits& limits)
{
    Occupancy o = occupancy(current);
    QList<const Enrollment*> waiting;
    for (const Enrollment& e : current)
        if (e.status == EnrollmentStatus::Waitlisted)
            waiting << &e;
    std::stable_sort(waiting.begin(), waiting.end(), [](const Enrollment* a, const Enrollment* b) {
        return a->queuePosition != b->queuePosition ? a->queuePosition < b->queuePosition : a->id < b->id;
    });
    QList<qint64> promoted;
    for (const Enrollment* e : waiting) {
        if (limits.capacity > 0 && o.used >= limits.capacity)
            break;
        if (!quotaAllows(limits, o, e->submittedByUnitId))
            continue;
        promoted << e->id;
        ++o.used;
        ++o.byUnit[e->submittedByUnitId];
    }
    return promoted;
}

double attendedHours(const QList<AttendanceRecord>& records)
{
    double sum = 0;
    for (const AttendanceRecord& r : records)
        sum += r.hours;
    return sum;
}

double plannedHours(const QList<AttendanceRecord>& records)
{
    double sum = 0;
    for (const AttendanceRecord& r : records)
        sum += r.plannedHours;
    return sum;
}

int headcountSeats(const QString& headcountText)
{
    const Headcount h = parseHeadcount(headcountText);
    return h.kind == HeadcountKind::Exact ? h.value : 0;
}

int projectCapacity(int storedCapacity, const QString& headcountText)
{
    return storedCapacity > 0 ? storedCapacity : headcountSeats(headcountText);
}

} // namespace tp
