#include "RosterActions.h"

#include "AttendanceGridDialog.h"
#include "CellParsers.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnrollmentService.h"
#include "Language.h"
#include "LedgerRepository.h"
#include "ProjectCreditDialog.h"
#include "RegistrationService.h"
#include "RosterModel.h"
#include "ScheduleRepository.h"
#include "TeacherRepository.h"
#include "UnitRepository.h"

#include <QHash>
#include <QLocale>

namespace tp {

namespace {

// The errors of an import, one per line, naming file, row, column and value.
QString findingsText(const Findings& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        if (f.severity == Severity::Error)
            lines << QStringLiteral("%1：%2").arg(f.subject(), f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RosterActionOutcome RosterActions::failed(const QString& title, const QString& text)
{
    return { false, title, text, true, {} };
}

RosterActionOutcome RosterActions::done(const QString& title, const QString& text, const QList<qint64>& select)
{
    return { true, title, text, true, select };
}

QString RosterActions::namesOf(const QList<qint64>& enrollmentIds) const
{
    QStringList names;
    for (qint64 id : enrollmentIds) {
        const int r = m_roster.rowOfEnrollment(id);
        if (r >= 0)
            names << m_roster.row(r).teacher.name;
    }
    return names.join(tr("、"));
}

RosterActionOutcome RosterActions::enrollTeachers(
    qint64 projectId, int classSeq, const QString& classLabel, const QList<qint64>& teacherIds) const
{
    const QString title = tr("添加学员");
    auto teachers = TeacherRepository(m_db).teachers(teacherIds);
    if (!teachers)
        return failed(title, teachers.error().toString());
    QHash<qint64, QString> names;
    for (const Teacher& t : teachers.value())
        names.insert(t.id, t.name);
    auto outcome = EnrollmentService(m_db).enrollTeachers(projectId, teacherIds, classSeq, title);
    if (!outcome)
        return failed(title, outcome.error().toString());
    QStringList admitted;
    QStringList waitlisted;
    for (const Enrollment& e : outcome->enrollments)
        (e.status == EnrollmentStatus::Waitlisted ? waitlisted : admitted) << names.value(e.teacherId);
    QStringList already;
    for (qint64 id : outcome->alreadyEnrolled)
        already << names.value(id);
    QStringList text;
    if (!classLabel.isEmpty())
        text << tr("报名到 %1").arg(classLabel);
    if (!admitted.isEmpty())
        text << tr("录取 %n 人：%1", nullptr, int(admitted.size())).arg(admitted.join(tr("、")));
    if (!waitlisted.isEmpty())
        text << tr("名额已满，候补 %n 人：%1", nullptr, int(waitlisted.size())).arg(waitlisted.join(tr("、")));
    if (!already.isEmpty())
        text << tr("已在名单中（未变）：%1").arg(already.join(tr("、")));
    return done(title, text.join(QLatin1Char('\n')));
}

RosterActionOutcome RosterActions::importRoster(
    qint64 projectId, const QString& path, const ProgressOptions& progress) const
{
    const QString title = tr("导入报名表");
    EnrollmentService service(m_db);
    service.setProgress(progress);
    auto result = service.importRosterFile(projectId, path);
    if (!result && Cancelled::is(result.error())) {
        RosterActionOutcome cancelled = failed(title, result.error().message);
        cancelled.announce = false; // the clerk pressed 取消 and knows
        return cancelled;
    }
    if (!result)
        return failed(title, result.error().toString());
    if (result->hasErrors())
        return failed(title, tr("报名表有错误，未导入任何人：\n%1").arg(findingsText(result->findings)));
    const RosterOutcome& o = result->outcome;
    return done(title,
        tr("已报名 %1 人：录取 %2，候补 %3；已在名单中 %4 人（%5，%6）")
            .arg(o.enrollments.size())
            .arg(o.admitted)
            .arg(o.waitlisted)
            .arg(o.alreadyEnrolled.size())
            .arg(result->file, result->encoding));
}

RosterActionOutcome RosterActions::withdraw(const QList<qint64>& enrollmentIds, const QString& reason) const
{
    const QString title = tr("退训");
    const QString who = namesOf(enrollmentIds);
    auto promoted = EnrollmentService(m_db).withdraw(enrollmentIds, reason);
    if (!promoted)
        return failed(title, promoted.error().toString());
    QString text = tr("已退训：%1").arg(who);
    if (promoted->isEmpty())
        text += tr("\n没有候补教师递补。");
    else
        text += tr("\n候补递补录取：%1").arg(namesOf(promoted.value()));
    return done(title, text);
}

RosterActionOutcome RosterActions::setStatus(const QList<qint64>& enrollmentIds, EnrollmentStatus status) const
{
    const QString title = enrollmentStatusLabel(status);
    // 候补 and 退训 are the seats' business: those rows are skipped (said by name, with why); the others are set.
    QList<qint64> seated;
    QList<qint64> notSeated;
    for (qint64 id : enrollmentIds) {
        const int r = m_roster.rowOfEnrollment(id);
        (r >= 0 && !holdsSeat(m_roster.row(r).enrollment.status) ? notSeated : seated) << id;
    }
    const QString why = notSeated.isEmpty()
        ? QString()
        : tr("未设为%1 %2 人：%3 是候补或已退训（候补由名额决定，有人退训时自动递补）。")
              .arg(enrollmentStatusLabel(status))
              .arg(notSeated.size())
              .arg(namesOf(notSeated));
    if (seated.isEmpty())
        return failed(title, tr("所选学员都不能设为%1，未做任何修改。\n%2").arg(enrollmentStatusLabel(status), why));
    if (Status s = EnrollmentService(m_db).setStatuses(seated, status); !s)
        return failed(title, s.error().toString());
    QString text = tr("%n 人设为%1", nullptr, int(seated.size())).arg(enrollmentStatusLabel(status));
    if (!why.isEmpty())
        text += QLatin1Char('\n') + why;
    RosterActionOutcome outcome = done(title, text, seated);
    outcome.announce = !notSeated.isEmpty(); // what was skipped is said; a plain success only in the status
    return outcome;
}

RosterActionOutcome RosterActions::recordAttendance(qint64 enrollmentId, const QList<AttendanceRecord>& records) const
{
    const QString title = tr("考勤");
    if (Status s = EnrollmentService(m_db).recordAttendance(enrollmentId, records); !s)
        return failed(title, s.error().toString());
    RosterActionOutcome outcome = done(title,
        tr("已保存 %n 场考勤，出勤 %1 学时", nullptr, int(records.size())).arg(formatNumber(attendedHours(records))),
        { enrollmentId });
    outcome.announce = false;
    return outcome;
}

RosterActionOutcome RosterActions::importAttendance(qint64 projectId, const QString& path, double sessionHours) const
{
    const QString title = tr("导入考勤表");
    auto result = EnrollmentService(m_db).importAttendanceFile(projectId, path, sessionHours);
    if (!result)
        return failed(title, result.error().toString());
    if (result->hasErrors())
        return failed(title, tr("考勤表有错误，未导入任何记录：\n%1").arg(findingsText(result->findings)));
    return done(title, tr("已导入 %n 条考勤（%1 人）", nullptr, result->records).arg(result->enrollments));
}

Result<std::unique_ptr<AttendanceGridDialog>> RosterActions::attendanceGrid(
    const Project& project, const Plan& plan, int classSeq, const QList<ClassSession>& classes, QWidget* parent) const
{
    auto schedule = ScheduleRepository(m_db).schedule(project.id);
    if (!schedule)
        return schedule.error();
    if (classSeq <= 0 && classes.size() > 1)
        return Error(tr("此项目分 %1 个班，各班日期不同：请先在“班次”中选一个班。").arg(classes.size()));
    const ClassSession* session = classSeq > 0 && classSeq <= classes.size() ? &classes.at(classSeq - 1)
        : classes.size() == 1                                                ? &classes.first()
                                                                             : nullptr;
    const auto [first, last] = classDates(project.id, classSeq, classes);
    QString title = project.name;
    if (session && !session->name.isEmpty())
        title = tr("%1（%2）").arg(project.name, session->name);
    const QLocale locale = i18n::locale();
    QString dates;
    if (first.isValid())
        dates = last.isValid() && last != first
            ? tr("%1—%2").arg(locale.toString(first, tr("yyyy年M月d日")), locale.toString(last, tr("M月d日")))
            : locale.toString(first, tr("yyyy年M月d日"));
    else
        dates = tr("（计划表中还没有培训日期：请用“添加一天”添加上课的日子）");

    EnrollmentRepository repo(m_db);
    auto info = repo.projectCredit(project.id);
    if (!info)
        return info.error();
    auto rules = LedgerRepository(m_db).creditRules(plan.district);
    if (!rules)
        return rules.error();
    QList<AttendanceGridModel::Person> people;
    QHash<qint64, QList<AttendanceRecord>> recorded;
    for (const RosterModel::Row& r : m_roster.rows()) {
        if (!holdsSeat(r.enrollment.status))
            continue;
        people << AttendanceGridModel::Person { r.enrollment.id, r.teacher.name, r.unitName };
        auto records = repo.attendance(r.enrollment.id);
        if (!records)
            return records.error();
        recorded.insert(r.enrollment.id, records.value());
    }
    // Two sessions a day (上午, 下午), each half of the rule set's day when it publishes one.
    const double hoursEach = rules->hasHoursPerDay() ? rules->hoursPerDay / 2 : 4;
    // A day to add: after the class, or (no dates yet) the project's planned start in the plan's year.
    QDate addDay = last.isValid() ? last.addDays(1) : schedule->effectiveStart(plan.year).date;
    if (!addDay.isValid())
        addDay = QDate(plan.year, 1, 1);
    auto dialog = std::make_unique<AttendanceGridDialog>(title, dates, addDay, parent);
    dialog->setSessionsPerDay(2, hoursEach);
    dialog->model()->reset(people, AttendanceGridModel::sessionsOf(first, last, 2, hoursEach), recorded,
        projectHours(info->credit, rules.value()), rules.value());
    return dialog;
}

RosterActionOutcome RosterActions::saveAttendanceGrid(qint64 projectId, const AttendanceGridModel& grid) const
{
    const QString title = tr("考勤表");
    const auto records = grid.records();
    if (Status s = EnrollmentService(m_db).recordAttendanceGrid(projectId, records); !s)
        return failed(title, s.error().toString());
    int count = 0;
    for (const auto& list : records)
        count += int(list.size());
    RosterActionOutcome outcome
        = done(title, tr("已保存 %n 人的考勤，共 %1 条", nullptr, int(records.size())).arg(count), records.keys());
    outcome.announce = false;
    return outcome;
}

RosterActionOutcome RosterActions::registerCredits(
    QList<qint64> enrollmentIds, const QString& district, const QString& reason) const
{
    const QString title = tr("学分登记");
    if (enrollmentIds.isEmpty()) {
        for (const RosterModel::Row& r : m_roster.rows())
            if (r.enrollment.status == EnrollmentStatus::Completed && !r.enrollment.creditsAwarded)
                enrollmentIds << r.enrollment.id;
    }
    if (enrollmentIds.isEmpty())
        return failed(title, tr("没有待登记学分的结业学员。先把学员设为“结业”。"));
    auto rules = LedgerRepository(m_db).creditRules(district);
    if (!rules)
        return failed(title, rules.error().toString());
    auto report = RegistrationService(m_db).registerEnrollments(enrollmentIds, rules.value(), reason);
    if (!report)
        return failed(title, report.error().toString());
    QStringList skipped;
    for (const auto& [id, why] : report->skipped)
        skipped << tr("%1：%2").arg(namesOf({ id }), why);
    QString text
        = tr("已登记 %n 人的学分（学分规则：%1）", nullptr, int(report->registrationIds.size())).arg(rules->name);
    if (!skipped.isEmpty())
        text += tr("\n未登记 %n 人：\n%1", nullptr, int(skipped.size())).arg(skipped.join(QLatin1Char('\n')));
    return done(title, text, enrollmentIds);
}

RosterActionOutcome RosterActions::saveCreditSettings(qint64 projectId, const ProjectCreditDialog& dialog) const
{
    const QString title = tr("名额与学分");
    if (Status s = EnrollmentService(m_db).saveProjectCredit(
            projectId, dialog.kind(), dialog.credits(), dialog.capacity(), dialog.changedQuotas());
        !s)
        return failed(title, s.error().toString());
    RosterActionOutcome outcome = done(title, tr("已保存名额与学分"));
    outcome.announce = false;
    return outcome;
}

Result<std::unique_ptr<ProjectCreditDialog>> RosterActions::creditDialog(
    const Project& project, const QString& district, QWidget* parent) const
{
    EnrollmentRepository repo(m_db);
    auto info = repo.projectCredit(project.id);
    auto limits = repo.seatLimits(project.id);
    auto units = UnitRepository(m_db).units();
    auto rules = LedgerRepository(m_db).creditRules(district);
    auto all = repo.enrollments(project.id);
    QStringList errors;
    if (!info)
        errors << info.error().toString();
    if (!limits)
        errors << limits.error().toString();
    if (!units)
        errors << units.error().toString();
    if (!rules)
        errors << rules.error().toString();
    if (!all)
        errors << all.error().toString();
    if (!errors.isEmpty())
        return Error(errors.join(QLatin1Char('\n')));
    QHash<qint64, int> used;
    for (const Enrollment& e : all.value())
        if (holdsSeat(e.status))
            used[e.submittedByUnitId] += 1;
    const Headcount h = project.headcount();
    return std::make_unique<ProjectCreditDialog>(project.name, info.value(),
        h.kind == HeadcountKind::Exact ? h.value : 0, rules.value(), units.value(), limits->quotas, used, parent);
}

QList<SignInEntry> RosterActions::signInEntries() const
{
    QList<SignInEntry> entries;
    for (const RosterModel::Row& r : m_roster.rows())
        if (holdsSeat(r.enrollment.status))
            entries << SignInEntry { r.unitName, r.teacher.name, r.teacher.subject };
    return entries;
}

std::pair<QDate, QDate> RosterActions::classDates(
    qint64 projectId, int classSeq, const QList<ClassSession>& classes) const
{
    const ClassSession* c = classSeq > 0 && classSeq <= classes.size() ? &classes.at(classSeq - 1)
        : classes.size() == 1                                          ? &classes.first()
                                                                       : nullptr;
    if (c && c->start.isValid())
        return { c->start, c->end.isValid() ? c->end : c->start };
    if (c || classes.size() > 1)
        return {};
    auto schedule = ScheduleRepository(m_db).schedule(projectId);
    if (!schedule || !schedule->start.isValid())
        return {};
    return { schedule->start, schedule->end.isValid() ? schedule->end : schedule->start };
}

SignInOptions RosterActions::signInOptions(
    const Project& project, int classSeq, const QList<ClassSession>& classes) const
{
    SignInOptions options;
    if (classSeq > 0 && classSeq <= classes.size()) {
        const ClassSession& c = classes.at(classSeq - 1);
        options.title = tr("%1（%2）签到表").arg(project.name, c.name);
        options.place = c.place;
    }
    const auto [first, last] = classDates(project.id, classSeq, classes);
    if (first.isValid()) {
        const QLocale locale = i18n::locale();
        options.dateText = last != first
            ? tr("%1—%2").arg(locale.toString(first, tr("yyyy年M月d日")), locale.toString(last, tr("M月d日")))
            : locale.toString(first, tr("yyyy年M月d日"));
    }
    return options;
}

QDate RosterActions::firstDayOf(qint64 enrollmentId, qint64 projectId, const QList<ClassSession>& classes) const
{
    const int r = m_roster.rowOfEnrollment(enrollmentId);
    const int classSeq = r >= 0 ? m_roster.row(r).enrollment.classSeq : 0;
    if (classSeq > 0 && classSeq <= classes.size() && classes.at(classSeq - 1).start.isValid())
        return classes.at(classSeq - 1).start;
    if (auto schedule = ScheduleRepository(m_db).schedule(projectId))
        return schedule->start;
    return QDate();
}

} // namespace tp
