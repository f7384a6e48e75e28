#pragma once

// The deadline rules of docs/rules.md — R-LEAD, R-OUTCITY, R-CHANGE, R-CANCEL — as pure functions of the
// projects' dates and events, the work calendar, the rule set and `today`.
//
// Which situations give a finding:
//   done on or before the deadline ............ nothing
//   done after the deadline ................... warning (submitted late)
//   not done, deadline passed ................. error (warning when the start is only a planned month)
//   not done, due within RuleSet::dueSoonWorkdays working days ... warning with the working days left
//   not done, not yet due ..................... nothing: the deadline is shown in the project's columns
//                                               (deadlinesFor), and a finding for every future deadline
//                                               of a 500-project plan would bury the ones that matter
//   cancelled without a written explanation ... error (R-CANCEL); a cancelled project has no R-LEAD or
//                                               R-OUTCITY findings
//   change requested later than 1 month before the earlier of the old and the new start ... warning
// A deadline that depends on an estimated holiday is marked （预计，依据估算的节假日） in the message.

#include "Finding.h"
#include "ProjectSchedule.h"
#include "RuleSet.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tp {

// A project as the deadline rules see it.
struct ScheduledProject {
    int seq = 0; // 序号
    qint64 projectId = 0; // database id when known
    QString name;
    ProjectSchedule schedule;
};

enum class DeadlineState {
    NotApplicable, // no start known, not out of city, or cancelled
    Upcoming, // not done, due later than the due-soon window
    DueSoon, // not done, due within the window (today included)
    Overdue, // not done, deadline passed
    OnTime, // done on or before the deadline
    Late, // done after the deadline
};

QString deadlineStateName(
    DeadlineState s); // "not_applicable" | "upcoming" | "due_soon" | "overdue" | "on_time" | "late"

// One deadline of one project.
struct DeadlineStatus {
    QString rule; // R-LEAD, R-OUTCITY, R-CHANGE
    QDate reference; // the day counted back from: opening, departure, or the day a change takes effect
    bool approximate = false; // reference is only the 1st of a planned month (or 1 January for 全年)
    QDate due; // the latest day to act
    bool provisional = false; // `due` depends on an estimated holiday or a year without a published schedule
    QDate nominalDue; // the day the rule gives when it is a day off and `due` was moved before it
    QString nominalName; // why nominalDue is off (国庆节, 周末)
    QDate done; // when it was done (submitted, filed, requested); invalid if not yet
    DeadlineState state = DeadlineState::NotApplicable;
    // Working days after today up to and including `due` (0 on the day itself); negative once passed.
    int remainingWorkdays = 0;

    bool isValid() const { return due.isValid(); }
};

// Every deadline of one project, for the GUI's columns, the calendar marks and the CLI.
struct ProjectDeadlines {
    EffectiveStart start;
    bool cancelled = false;
    DeadlineStatus plan; // R-LEAD: 详细培训方案
    DeadlineStatus responsibilityLetter; // R-OUTCITY: 管理责任书 (NotApplicable unless out of city)
    // R-CHANGE: the latest day to request a change taking effect at the current start (no `done`).
    DeadlineStatus change;
    QList<DeadlineStatus> changeRequests; // R-CHANGE for each request made, in order
};

ProjectDeadlines deadlinesFor(
    const ProjectSchedule& schedule, int planYear, const WorkCalendar& calendar, const RuleSet& rules, QDate today);

// The findings of one project (for updating a single row as the user types) and of a whole plan.
Findings checkProjectDeadlines(
    const ScheduledProject& project, int planYear, const WorkCalendar& calendar, const RuleSet& rules, QDate today);
Findings checkDeadlines(const QList<ScheduledProject>& projects, int planYear, const WorkCalendar& calendar,
    const RuleSet& rules, QDate today);

} // namespace tp
