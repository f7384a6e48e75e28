#pragma once

// What each action of the 参训名单 tab does and how the clerk is told: 添加学员, 导入报名表, 退训, 报到/结业/缺勤,
// 考勤, 导入考勤表, 学分登记 and 名额与学分. Each is one service call (EnrollmentService, RegistrationService, one
// transaction); the outcome carries the words to show and the rows to select. RosterPage shows it and reloads.

#include "Enrollment.h"
#include "Plan.h"
#include "Progress.h"
#include "ProjectSchedule.h"
#include "Result.h"
#include "SignInSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

class QWidget;

namespace tp {

class AttendanceGridDialog;
class AttendanceGridModel;
class Database;
class ProjectCreditDialog;
class RosterModel;

struct RosterActionOutcome {
    bool ok = false;
    QString title; // the action, as the message box's title
    QString text; // what it did, or why nothing was done
    bool announce = true; // a box for the text (else it is only kept as the page's last message)
    QList<qint64> select; // enrollments to select after reloading
};

class RosterActions {
    Q_DECLARE_TR_FUNCTIONS(tp::RosterPage)

public:
    // `roster`: the rows shown, for the names in the messages.
    RosterActions(Database& db, const RosterModel& roster)
        : m_db(db)
        , m_roster(roster)
    {
    }

    // Into class `classSeq` (0: none), called `classLabel` in the message.
    RosterActionOutcome enrollTeachers(
        qint64 projectId, int classSeq, const QString& classLabel, const QList<qint64>& teacherIds) const;
    // With `progress` (a WorkProgress): 取消 leaves the roster as it was.
    RosterActionOutcome importRoster(qint64 projectId, const QString& path, const ProgressOptions& progress = {}) const;
    RosterActionOutcome withdraw(const QList<qint64>& enrollmentIds, const QString& reason) const;
    RosterActionOutcome setStatus(const QList<qint64>& enrollmentIds, EnrollmentStatus status) const;
    RosterActionOutcome recordAttendance(qint64 enrollmentId, const QList<AttendanceRecord>& records) const;
    RosterActionOutcome importAttendance(qint64 projectId, const QString& path, double sessionHours) const;
    // 考勤表: the grid of the class shown (classSeq > 0, or the project when it has at most one class) — the
    // teachers holding a seat × the sessions of the class's dates (two a day), with what is recorded; not shown.
    Result<std::unique_ptr<AttendanceGridDialog>> attendanceGrid(const Project& project, const Plan& plan, int classSeq,
        const QList<ClassSession>& classes, QWidget* parent) const;
    RosterActionOutcome saveAttendanceGrid(qint64 projectId, const AttendanceGridModel& grid) const;
    // These enrollments (empty: every 结业 one without credits), by the credit rules of `district`.
    RosterActionOutcome registerCredits(
        QList<qint64> enrollmentIds, const QString& district, const QString& reason) const;
    RosterActionOutcome saveCreditSettings(qint64 projectId, const ProjectCreditDialog& dialog) const;
    // The 名额与学分 dialog of a project, filled from the database (not shown: the caller execs it).
    Result<std::unique_ptr<ProjectCreditDialog>> creditDialog(
        const Project& project, const QString& district, QWidget* parent) const;

    // Who signs the sheet of the class shown (打印签到表): the teachers holding a seat, in queue order; and the
    // sheet's title, place and dates for class `classSeq` of `classes` (or the whole project).
    QList<SignInEntry> signInEntries() const;
    SignInOptions signInOptions(const Project& project, int classSeq, const QList<ClassSession>& classes) const;
    // The first and last day of class `classSeq` of `classes` (or of the only class, or of the project's
    // schedule); invalid dates when none is known.
    std::pair<QDate, QDate> classDates(qint64 projectId, int classSeq, const QList<ClassSession>& classes) const;
    // The first day of the class an enrollment is in (else the project's start), for a new attendance line.
    QDate firstDayOf(qint64 enrollmentId, qint64 projectId, const QList<ClassSession>& classes) const;

    // The teachers of these enrollments, as the roster names them (张伟、王芳).
    QString namesOf(const QList<qint64>& enrollmentIds) const;

private:
    static RosterActionOutcome failed(const QString& title, const QString& text);
    static RosterActionOutcome done(const QString& title, const QString& text, const QList<qint64>& select = {});

    Database& m_db;
    const RosterModel& m_roster;
};

} // namespace tp
