#pragma once

// A project's dates and events , as plain data for the deadline rules.

#include "CellParsers.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tp {

// 班次: one class (batch) of a project, with its own dates, place and capacity.
struct ClassSession {
    QString name; // 第一期, 初中班, ...
    QDate start;
    QDate end;
    QString place;
    int capacity = 0; // 0 = not set

    bool operator==(const ClassSession&) const = default;
};

enum class ChangeDecision { Pending, Approved, Rejected };

// 调整: a request to change a planned project (what changed, old → new, when asked, the decision).
struct ChangeRequest {
    QString field; // what changed, e.g. 培训时间, 培训地点
    QString oldText;
    QString newText;
    QDate oldStart; // start before the change (if the change concerns the dates, or the start it affects)
    QDate newStart; // start after the change (invalid if unchanged)
    QDate requestedOn;
    QDate decidedOn;
    ChangeDecision decision = ChangeDecision::Pending;

    bool operator==(const ChangeRequest&) const = default;
};

// 因故不能举办: the project will not be held; the written explanation (书面说明) is required.
struct Cancellation {
    bool cancelled = false;
    QDate date;
    QString explanation;

    bool operator==(const Cancellation&) const = default;
};

// When a project starts, for deadlines. `approximate` when only the month (or 全年) is known.
struct EffectiveStart {
    QDate date;
    bool approximate = false;

    bool isValid() const { return date.isValid(); }
    bool operator==(const EffectiveStart&) const = default;
};

struct ProjectSchedule {
    // 拟培训时间 as planned (month(s) or 全年), and/or real dates.
    MonthSpec plannedMonths;
    QDate start;
    QDate end;
    QList<ClassSession> classes;

    // 详细培训方案: submitted to and approved by the bureau.
    QDate planSubmitted;
    QDate planApproved;

    // 赴市外培训 and its 管理责任书. `departure` defaults to the effective start.
    bool outOfCity = false;
    QDate departure;
    QDate responsibilityLetterFiled;

    QList<ChangeRequest> changes;
    Cancellation cancellation;

    // The opening day for deadlines: the earliest of `start` and the classes' starts; otherwise the first
    // day of the first planned month (approximate); 全年 → 1 January of the plan year (approximate). A
    // month spec naming its own year ("2024年4月") uses that year. Invalid when nothing is known.
    EffectiveStart effectiveStart(int planYear) const;
    // The departure day for R-OUTCITY: `departure` if set, else effectiveStart.
    EffectiveStart effectiveDeparture(int planYear) const;

    bool isCancelled() const { return cancellation.cancelled; }
    bool operator==(const ProjectSchedule&) const = default;
};

} // namespace tp
