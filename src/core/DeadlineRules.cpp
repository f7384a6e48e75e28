#include "DeadlineRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::DeadlineRules)
};

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The state of a "submit something N working days before the reference day" deadline.
DeadlineStatus workdayDeadline(const QString& rule, const EffectiveStart& reference, int workdays, QDate done,
    const WorkCalendar& calendar, const RuleSet& rules, QDate today)
{
    DeadlineStatus s;
    s.rule = rule;
    if (!reference.isValid())
        return s;
    s.reference = reference.date;
    s.approximate = reference.approximate;
    const Deadline due = calendar.workdaysBefore(reference.date, workdays);
    s.due = due.date;
    s.provisional = due.provisional;
    s.done = done;
    s.remainingWorkdays = calendar.workdaysBetween(today, s.due);
    if (done.isValid())
        s.state = done <= s.due ? DeadlineState::OnTime : DeadlineState::Late;
    else if (today > s.due)
        s.state = DeadlineState::Overdue;
    else if (s.remainingWorkdays <= rules.dueSoonWorkdays)
        s.state = DeadlineState::DueSoon;
    else
        s.state = DeadlineState::Upcoming;
    return s;
}

// docs/rules.md: a change takes effect at the earlier of the old and the new start.
QDate changeEffectiveDate(const ChangeRequest& c, const EffectiveStart& projectStart)
{
    if (c.oldStart.isValid() && c.newStart.isValid())
        return std::min(c.oldStart, c.newStart);
    if (c.oldStart.isValid())
        return c.oldStart;
    if (c.newStart.isValid())
        return c.newStart;
    return projectStart.date;
}

// The due day, and why it is not the day the rule gives when a day off moved it: "2025-09-30（10 月 1 日为节假日）".
QString dueText(const DeadlineStatus& s)
{
    return iso(s.due) + deadlineMoveNote(Deadline { s.due, s.provisional, s.nominalDue, s.nominalName });
}

QString notes(const DeadlineStatus& s)
{
    QString n;
    if (s.approximate)
        n += Text::tr("（开班日期按计划月份的第一天估算）");
    if (s.provisional)
        n += Text::tr("（预计，依据估算的节假日）");
    return n;
}

Finding makeFinding(const ScheduledProject& p, Severity severity, const QString& rule, ProjectField field,
    const QString& message, const QString& fix)
{
    Finding f;
    f.severity = severity;
    f.rule = rule;
    f.seq = p.seq;
    f.projectId = p.projectId;
    f.field = field;
    f.message = message;
    f.fix = fix;
    return f;
}

// R-LEAD and R-OUTCITY share their shape; only the words differ.
struct SubmissionWords {
    const char* dueSoon; // %1 due, %2 working days left
    const char* dueToday; // %1 due
    const char* overdue; // %1 due, %2 reference, %3 working days, %4 calendar days overdue
    const char* late; // %1 done, %2 due, %3 reference, %4 working days
    const char* fixDue; // %1 due
    const char* fixOverdue;
    const char* fixLate; // %1 working days
};

void submissionFinding(Findings& out, const ScheduledProject& p, const DeadlineStatus& s, int workdays,
    const SubmissionWords& w, QDate today)
{
    const QString n = notes(s);
    switch (s.state) {
    case DeadlineState::DueSoon:
        if (s.remainingWorkdays > 0)
            out << makeFinding(p, Severity::Warning, s.rule, ProjectField::Months,
                Text::tr(w.dueSoon).arg(iso(s.due)).arg(s.remainingWorkdays) + n, Text::tr(w.fixDue).arg(iso(s.due)));
        else
            out << makeFinding(p, Severity::Warning, s.rule, ProjectField::Months,
                Text::tr(w.dueToday).arg(iso(s.due)) + n, Text::tr(w.fixDue).arg(iso(s.due)));
        break;
    case DeadlineState::Overdue:
        // A start that is only a planned month may really be weeks later: a warning, not an error.
        out << makeFinding(p, s.approximate ? Severity::Warning : Severity::Error, s.rule, ProjectField::Months,
            Text::tr(w.overdue).arg(iso(s.due), iso(s.reference)).arg(workdays).arg(s.due.daysTo(today)) + n,
            Text::tr(w.fixOverdue));
        break;
    case DeadlineState::Late:
        out << makeFinding(p, Severity::Warning, s.rule, ProjectField::Months,
            Text::tr(w.late).arg(iso(s.done), iso(s.due), iso(s.reference)).arg(workdays) + n,
            Text::tr(w.fixLate).arg(workdays));
        break;
    default:
        break;
    }
}

} // namespace

QString deadlineStateName(DeadlineState s)
{
    switch (s) {
    case DeadlineState::Upcoming:
        return QStringLiteral("upcoming");
    case DeadlineState::DueSoon:
        return QStringLiteral("due_soon");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    case DeadlineState::OnTime:
        return QStringLiteral("on_time");
    case DeadlineState::Late:
        return QStringLiteral("late");
    case DeadlineState::NotApplicable:
        break;
    }
    return QStringLiteral("not_applicable");
}

ProjectDeadlines deadlinesFor(
    const ProjectSchedule& schedule, int planYear, const WorkCalendar& calendar, const RuleSet& rules, QDate today)
{
    ProjectDeadlines d;
    d.start = schedule.effectiveStart(planYear);
    d.cancelled = schedule.isCancelled();

    if (!d.cancelled) {
        // seeds 000 §二(一): 开班前15个工作日 报送详细培训方案
        d.plan = workdayDeadline(
            QStringLiteral("R-LEAD"), d.start, rules.leadWorkdays, schedule.planSubmitted, calendar, rules, today);
        // seeds 000 §二(二): 赴市外培训 出发前15个工作日 报送管理责任书
        if (schedule.outOfCity)
            d.responsibilityLetter = workdayDeadline(QStringLiteral("R-OUTCITY"), schedule.effectiveDeparture(planYear),
                rules.outOfCityWorkdays, schedule.responsibilityLetterFiled, calendar, rules, today);
    }
    d.plan.rule = QStringLiteral("R-LEAD");
    d.responsibilityLetter.rule = QStringLiteral("R-OUTCITY");

    // seeds 000 §二(一): 调整须提前1个月报批 — the latest day to ask for a change at the current start.
    d.change.rule = QStringLiteral("R-CHANGE");
    if (d.start.isValid()) {
        d.change.reference = d.start.date;
        d.change.approximate = d.start.approximate;
        const Deadline due = calendar.monthsBeforeDeadline(d.start.date, rules.changeMonths);
        d.change.due = due.date;
        d.change.provisional = due.provisional;
        d.change.nominalDue = due.nominal;
        d.change.nominalName = due.nominalName;
        d.change.remainingWorkdays = calendar.workdaysBetween(today, d.change.due);
        d.change.state = today > d.change.due                     ? DeadlineState::Overdue
            : d.change.remainingWorkdays <= rules.dueSoonWorkdays ? DeadlineState::DueSoon
                                                                  : DeadlineState::Upcoming;
    }
    for (const ChangeRequest& c : schedule.changes) {
        DeadlineStatus s;
        s.rule = QStringLiteral("R-CHANGE");
        s.reference = changeEffectiveDate(c, d.start);
        s.approximate = !c.oldStart.isValid() && !c.newStart.isValid() && d.start.approximate;
        if (s.reference.isValid()) {
            const Deadline due = calendar.monthsBeforeDeadline(s.reference, rules.changeMonths);
            s.due = due.date;
            s.provisional = due.provisional;
            s.nominalDue = due.nominal;
            s.nominalName = due.nominalName;
            s.done = c.requestedOn;
            s.remainingWorkdays = calendar.workdaysBetween(today, s.due);
            if (s.done.isValid())
                s.state = s.done <= s.due ? DeadlineState::OnTime : DeadlineState::Late;
            else
                s.state = today > s.due ? DeadlineState::Overdue : DeadlineState::Upcoming;
        }
        d.changeRequests << s;
    }
    return d;
}

Findings checkProjectDeadlines(
    const ScheduledProject& p, int planYear, const WorkCalendar& calendar, const RuleSet& rules, QDate today)
{
    Findings out;
    const ProjectSchedule& sc = p.schedule;

    // seeds 000 §二(一): 因故不能举办的项目 须书面说明
    if (sc.isCancelled() && sc.cancellation.explanation.trimmed().isEmpty()) {
        const QString when
            = sc.cancellation.date.isValid() ? Text::tr("于 %1 ").arg(iso(sc.cancellation.date)) : QString();
        out << makeFinding(p, Severity::Error, QStringLiteral("R-CANCEL"), ProjectField::None,
            Text::tr("项目已%1取消，但没有书面说明").arg(when), Text::tr("补交书面说明，写明不能举办的原因"));
    }

    const ProjectDeadlines d = deadlinesFor(sc, planYear, calendar, rules, today);

    static const SubmissionWords leadWords {
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "详细培训方案最迟应于 %1 报送；还剩 %2 个工作日"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "详细培训方案最迟应于 %1 报送；今天截止"),
        QT_TRANSLATE_NOOP(
            "tp::DeadlineRules", "详细培训方案应于 %1 前报送（%2 开班前 %3 个工作日），至今未报送，已逾期 %4 天"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "详细培训方案于 %1 报送，晚于最迟报送日 %2（%3 开班前 %4 个工作日）"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "于 %1 前报区教委审定"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "立即报区教委审定；如不能按期开班，请提出调整或取消申请"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "详细培训方案须于开班前 %1 个工作日报送"),
    };
    static const SubmissionWords letterWords {
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "赴市外培训管理责任书最迟应于 %1 报送；还剩 %2 个工作日"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "赴市外培训管理责任书最迟应于 %1 报送；今天截止"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules",
            "赴市外培训管理责任书应于 %1 前报送（%2 出发前 %3 个工作日），至今未报送，已逾期 %4 天"),
        QT_TRANSLATE_NOOP(
            "tp::DeadlineRules", "赴市外培训管理责任书于 %1 报送，晚于最迟报送日 %2（%3 出发前 %4 个工作日）"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "于 %1 前签订管理责任书并报区教委"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "立即签订管理责任书并报区教委；未报送前不得出发"),
        QT_TRANSLATE_NOOP("tp::DeadlineRules", "管理责任书须于出发前 %1 个工作日报送"),
    };
    if (!d.cancelled) {
        submissionFinding(out, p, d.plan, rules.leadWorkdays, leadWords, today);
        submissionFinding(out, p, d.responsibilityLetter, rules.outOfCityWorkdays, letterWords, today);
    }

    // seeds 000 §二(一): 调整须提前1个月报批 — counted from the earlier of the old and the new start.
    for (qsizetype i = 0; i < d.changeRequests.size() && i < sc.changes.size(); ++i) {
        const DeadlineStatus& s = d.changeRequests.at(i);
        if (s.state != DeadlineState::Late)
            continue;
        const ChangeRequest& c = sc.changes.at(i);
        const QString what = c.field.isEmpty() ? Text::tr("调整申请") : Text::tr("调整申请（%1）").arg(c.field);
        out << makeFinding(p, Severity::Warning, QStringLiteral("R-CHANGE"), ProjectField::Months,
            Text::tr("%1于 %2 提出，晚于 %3：调整须在生效日 %4 前至少 %5 个月报批")
                    .arg(what, iso(s.done), dueText(s), iso(s.reference))
                    .arg(rules.changeMonths)
                + notes(s),
            Text::tr("调整须于 %1 前报批；已逾期的，请附书面说明逾期原因").arg(dueText(s)));
    }
    return out;
}

Findings checkDeadlines(const QList<ScheduledProject>& projects, int planYear, const WorkCalendar& calendar,
    const RuleSet& rules, QDate today)
{
    Findings out;
    for (const ScheduledProject& p : projects)
        out << checkProjectDeadlines(p, planYear, calendar, rules, today);
    return out;
}

} // namespace tp
