#include "EnrollmentRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::EnrollmentRepository)
};

const QString kColumns = QStringLiteral("id, project_id, class_seq, teacher_id, unit_id, status, queue_position, "
                                        "hours_attended, credits_awarded, enrolled_on, registered_on FROM enrollment");

Enrollment readEnrollment(const QSqlQuery& q)
{
    Enrollment e;
    e.id = q.value(0).toLongLong();
    e.projectId = q.value(1).toLongLong();
    e.classSeq = q.value(2).toInt();
    e.teacherId = q.value(3).toLongLong();
    e.submittedByUnitId = q.value(4).toLongLong();
    e.status = enrollmentStatusFromName(q.value(5).toString()).value_or(EnrollmentStatus::Applied);
    e.queuePosition = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        e.hoursAttended = q.value(7).toDouble();
    if (!q.value(8).isNull())
        e.creditsAwarded = q.value(8).toDouble();
    e.enrolledOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    e.registeredOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    return e;
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
} // namespace

Result<ProjectCreditInfo> EnrollmentRepository::projectCredit(qint64 projectId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT p.level, p.duration_text, p.headcount_text, pl.year, c.kind_choice, "
                                      "c.credits, c.capacity, p.modes_text, c.category, pl.district FROM project p "
                                      "JOIN plan pl ON pl.id = p.plan_id LEFT JOIN project_credit c ON "
                                      "c.project_id = p.id WHERE p.id = :id"),
        { { "id", projectId } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Text::tr("没有编号为 %1 的培训项目").arg(projectId) };
    ProjectCreditInfo info;
    info.projectId = projectId;
    info.levelText = q->value(0).toString();
    // A district's plan lists district trainings: 区县级 unless the 级别 column says otherwise.
    info.credit.level = trainingLevelFromText(info.levelText).value_or(TrainingLevel::County);
    info.credit.duration = parseDuration(q->value(1).toString());
    info.year = q->value(3).toInt();
    info.kind = resolveProjectKind(q->value(7).toString(), trainingKindFromName(q->value(4).toString()));
    info.credit.kindDecided = info.kind.decided();
    info.credit.kind = info.kind.kind.value_or(TrainingKind::Centralized);
    if (!info.kind.decided())
        info.credit.kindProblem = info.kind.describe();
    if (!q->value(5).isNull())
        info.credit.credits = q->value(5).toDouble();
    info.capacity = projectCapacity(q->value(6).toInt(), q->value(2).toString());
    info.credit.category = q->value(8).toString();
    info.district = q->value(9).toString();
    return info;
}

Status EnrollmentRepository::saveProjectCredit(qint64 projectId, const ProjectCreditSettings& settings)
{
    if (settings.credits && *settings.credits < 0)
        return Error { Text::tr("学分不能为负") };
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO project_credit (project_id, kind_choice, credits, capacity, category) VALUES "
                       "(:p, :k, :c, :cap, :cat) ON CONFLICT (project_id) DO UPDATE SET kind_choice = "
                       "excluded.kind_choice, credits = excluded.credits, capacity = excluded.capacity, "
                       "category = excluded.category"),
        { { "p", projectId },
            { "k", settings.kindChoice ? QVariant(trainingKindName(*settings.kindChoice)) : QVariant() },
            { "c", settings.credits ? QVariant(*settings.credits) : QVariant() },
            { "cap", settings.capacity > 0 ? QVariant(settings.capacity) : QVariant() },
            { "cat", settings.category.trimmed() } });
    if (!r)
        return r.error();
    if (Status s
        = writeAudit(m_db, QStringLiteral("project"), projectId, QStringLiteral("credit"), QString(), QString(),
            QStringLiteral("kind=%1 credits=%2 capacity=%3 category=%4")
                .arg(settings.kindChoice ? trainingKindName(*settings.kindChoice) : QStringLiteral("(培训方式)"),
                    settings.credits ? QString::number(*settings.credits) : QString())
                .arg(settings.capacity)
                .arg(settings.category.trimmed()));
        !s)
        return s;
    if (Status s = promoteWaitlists(projectId); !s)
        return s;
    return tx.commit();
}

namespace {
// The settings stored now (the defaults when the project has none).
ProjectCreditSettings currentSettings(const ProjectCreditInfo& info, const QVariant& storedCredits, int storedCapacity)
{
    ProjectCreditSettings s;
    if (info.kind.origin == KindOrigin::Chosen)
        s.kindChoice = info.kind.kind;
    if (!storedCredits.isNull())
        s.credits = storedCredits.toDouble();
    s.capacity = storedCapacity;
    s.category = info.credit.category;
    return s;
}
} // namespace

Status EnrollmentRepository::setProjectKind(qint64 projectId, std::optional<TrainingKind> choice)
{
    auto info = projectCredit(projectId);
    if (!info)
        return info.error();
    auto q = m_db.exec(
        QStringLiteral("SELECT credits, capacity FROM project_credit WHERE project_id = :p"), { { "p", projectId } });
    if (!q)
        return q.error();
    const bool stored = q->next();
    ProjectCreditSettings s
        = currentSettings(info.value(), stored ? q->value(0) : QVariant(), stored ? q->value(1).toInt() : 0);
    s.kindChoice = choice;
    return saveProjectCredit(projectId, s);
}

Status EnrollmentRepository::setProjectCategory(qint64 projectId, const QString& category)
{
    auto info = projectCredit(projectId);
    if (!info)
        return info.error();
    auto q = m_db.exec(
        QStringLiteral("SELECT credits, capacity FROM project_credit WHERE project_id = :p"), { { "p", projectId } });
    if (!q)
        return q.error();
    const bool stored = q->next();
    ProjectCreditSettings s
        = currentSettings(info.value(), stored ? q->value(0) : QVariant(), stored ? q->value(1).toInt() : 0);
    s.category = category;
    return saveProjectCredit(projectId, s);
}

Status EnrollmentRepository::setProjectCredit(
    qint64 projectId, TrainingKind kind, std::optional<double> credits, int capacity)
{
    auto info = projectCredit(projectId);
    if (!info)
        return info.error();
    ProjectCreditSettings s;
    const bool chosenBefore = info->kind.origin == KindOrigin::Chosen;
    if (chosenBefore || kind != info->credit.kind)
        s.kindChoice = kind;
    s.credits = credits;
    s.capacity = capacity;
    s.category = info->credit.category;
    return saveProjectCredit(projectId, s);
}

Status EnrollmentRepository::setQuota(qint64 projectId, qint64 unitId, int seats)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto r = seats < 0 ? m_db.exec(QStringLiteral("DELETE FROM project_quota WHERE project_id = :p AND unit_id = :u"),
                 { { "p", projectId }, { "u", unitId } })
                       : m_db.exec(QStringLiteral("INSERT INTO project_quota (project_id, unit_id, seats) VALUES (:p, "
                                                  ":u, :s) ON CONFLICT (project_id, unit_id) DO UPDATE SET seats = "
                                                  "excluded.seats"),
                           { { "p", projectId }, { "u", unitId }, { "s", seats } });
    if (!r)
        return r.error();
    if (Status s = writeAudit(m_db, QStringLiteral("project"), projectId, QStringLiteral("quota"),
            QString::number(unitId), QString(), QString::number(seats));
        !s)
        return s;
    if (Status s = promoteWaitlists(projectId); !s)
        return s;
    return tx.commit();
}

Result<SeatLimits> EnrollmentRepository::seatLimits(qint64 projectId, int classSeq) const
{
    SeatLimits limits;
    if (classSeq > 0) {
        auto q = m_db.exec(QStringLiteral("SELECT capacity FROM project_class WHERE project_id = :p AND seq = :s"),
            { { "p", projectId }, { "s", classSeq } });
        if (!q)
            return q.error();
        if (!q->next())
            return Error { Text::tr("培训项目 %1 没有第 %2 个班次").arg(projectId).arg(classSeq) };
        limits.capacity = q->value(0).toInt();
    } else {
        auto info = projectCredit(projectId);
        if (!info)
            return info.error();
        limits.capacity = info->capacity;
    }
    auto q = m_db.exec(
        QStringLiteral("SELECT unit_id, seats FROM project_quota WHERE project_id = :p"), { { "p", projectId } });
    if (!q)
        return q.error();
    while (q->next())
        limits.quotas.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return limits;
}

Result<Enrollment> EnrollmentRepository::enrollment(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = :id"), { { "id", id } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Text::tr("没有编号为 %1 的参训记录").arg(id) };
    return readEnrollment(*q);
}

Result<QList<Enrollment>> EnrollmentRepository::enrollments(qint64 projectId, int classSeq) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" WHERE project_id = :p AND (:c < 0 OR class_seq = :c) ORDER BY queue_position, id"),
        { { "p", projectId }, { "c", classSeq } });
    if (!q)
        return q.error();
    QList<Enrollment> list;
    while (q->next())
        list << readEnrollment(*q);
    return list;
}

Result<QList<Enrollment>> EnrollmentRepository::teacherEnrollments(qint64 teacherId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE teacher_id = :t ORDER BY enrolled_on, id"),
        { { "t", teacherId } });
    if (!q)
        return q.error();
    QList<Enrollment> list;
    while (q->next())
        list << readEnrollment(*q);
    return list;
}

Result<std::optional<Enrollment>> EnrollmentRepository::find(qint64 projectId, qint64 teacherId) const
{
    auto q
        = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE project_id = :p AND teacher_id = :t"),
            { { "p", projectId }, { "t", teacherId } });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Enrollment>();
    return std::optional<Enrollment>(readEnrollment(*q));
}

Result<Enrollment> EnrollmentRepository::enroll(
    qint64 projectId, qint64 teacherId, qint64 unitId, int classSeq, QDate on)
{
    auto outcome = enrollRoster(projectId, { { teacherId, unitId, classSeq } }, QString(), on);
    if (!outcome)
        return outcome.error();
    if (outcome->enrollments.isEmpty())
        return Error { Text::tr("该教师已报名此项目") };
    return outcome->enrollments.first();
}

Result<RosterOutcome> EnrollmentRepository::enrollRoster(
    qint64 projectId, const QList<RosterLine>& lines, const QString& source, QDate on)
{
    if (!on.isValid())
        on = QDate::currentDate();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = enrollments(projectId);
    if (!current)
        return current.error();
    QHash<qint64, Enrollment> byTeacher;
    qint64 position = 0;
    for (const Enrollment& e : current.value()) {
        byTeacher.insert(e.teacherId, e);
        position = std::max(position, e.queuePosition);
    }
    // The seats as taken: on a file, the enrollments themselves; on the server, every school's as the server counts
    // them (tp_project_seats, migration 010) — a school's clerk sees only its own school's enrollments (row-level
    // security), so its own list would admit beyond the capacity and queue behind nobody.
    QList<Enrollment> seats = current.value();
    if (m_db.isServer()) {
        auto counted = m_db.exec(
            QStringLiteral("SELECT class_seq, unit_id, status, enrolments, last_position FROM tp_project_seats(:p)"),
            { { "p", projectId } });
        if (!counted)
            return counted.error();
        seats.clear();
        while (counted->next()) {
            Enrollment e;
            e.classSeq = counted->value(0).toInt();
            e.submittedByUnitId = counted->value(1).toLongLong();
            e.status = enrollmentStatusFromName(counted->value(2).toString()).value_or(EnrollmentStatus::Admitted);
            for (qint64 n = counted->value(3).toLongLong(); n > 0; --n)
                seats << e;
            position = std::max(position, counted->value(4).toLongLong());
        }
    }
    // One seat book per class, built from the seats already taken.
    QHash<int, SeatBook> books;
    auto bookFor = [&](int classSeq) -> Result<SeatBook*> {
        auto it = books.find(classSeq);
        if (it != books.end())
            return &it.value();
        auto limits = seatLimits(projectId, classSeq);
        if (!limits)
            return limits.error();
        QList<Enrollment> inClass;
        for (const Enrollment& e : std::as_const(seats))
            if (e.classSeq == classSeq)
                inClass << e;
        return &books.insert(classSeq, SeatBook(limits.value(), inClass)).value();
    };

    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO enrollment (project_id, class_seq, teacher_id, unit_id, status, "
                                       "queue_position, enrolled_on) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(insert, QStringLiteral("INSERT INTO enrollment"));
    RosterOutcome outcome;
    QSet<qint64> inThisRoster;
    for (const RosterLine& line : lines) {
        if (inThisRoster.contains(line.teacherId)) {
            outcome.alreadyEnrolled << line.teacherId;
            continue;
        }
        inThisRoster.insert(line.teacherId);
        const auto existing = byTeacher.constFind(line.teacherId);
        if (existing != byTeacher.constEnd() && existing->status != EnrollmentStatus::Withdrawn) {
            outcome.alreadyEnrolled << line.teacherId;
            continue;
        }
        auto book = bookFor(line.classSeq);
        if (!book)
            return book.error();
        Enrollment e;
        e.projectId = projectId;
        e.classSeq = line.classSeq;
        e.teacherId = line.teacherId;
        e.submittedByUnitId = line.unitId;
        e.queuePosition = ++position;
        e.enrolledOn = on;
        e.status = (*book)->decide(line.unitId) == SeatDecision::Admitted ? EnrollmentStatus::Admitted
                                                                          : EnrollmentStatus::Waitlisted;
        (*book)->add(line.unitId, e.status);
        if (existing != byTeacher.constEnd()) {
            // Re-enrollment after a withdrawal: the same row, at the end of the queue.
            e.id = existing->id;
            auto r = m_db.exec(
                QStringLiteral("UPDATE enrollment SET class_seq = :c, unit_id = :u, status = :s, "
                               "queue_position = :q, enrolled_on = :on, hours_attended = NULL WHERE id = :id"),
                { { "c", e.classSeq }, { "u", e.submittedByUnitId }, { "s", enrollmentStatusName(e.status) },
                    { "q", e.queuePosition }, { "on", dateValue(on) }, { "id", e.id } });
            if (!r)
                return r.error();
            if (Status s = writeAudit(m_db, QStringLiteral("enrollment"), e.id, QStringLiteral("reenroll"),
                    QStringLiteral("status"), enrollmentStatusName(EnrollmentStatus::Withdrawn),
                    enrollmentStatusName(e.status));
                !s)
                return s.error();
        } else {
            insert.addBindValue(projectId);
            insert.addBindValue(e.classSeq);
            insert.addBindValue(e.teacherId);
            insert.addBindValue(e.submittedByUnitId);
            insert.addBindValue(enrollmentStatusName(e.status));
            insert.addBindValue(e.queuePosition);
            insert.addBindValue(dateValue(on));
            if (!insert.exec())
                return sqlError(insert, Text::tr("报名（教师 %1）").arg(e.teacherId));
            e.id = insert.lastInsertId().toLongLong();
        }
        (e.status == EnrollmentStatus::Admitted ? outcome.admitted : outcome.waitlisted)++;
        outcome.enrollments << e;
    }
    const QString what = source.isEmpty() ? Text::tr("%1 人").arg(outcome.enrollments.size())
                                          : Text::tr("%1（%2 人）").arg(source).arg(outcome.enrollments.size());
    if (Status s = writeAudit(m_db, QStringLiteral("project"), projectId, QStringLiteral("enroll"), QString(),
            QString(), what + Text::tr("：录取 %1，候补 %2").arg(outcome.admitted).arg(outcome.waitlisted));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status EnrollmentRepository::promoteWaitlists(qint64 projectId)
{
    // More seats (capacity or a school's quota raised, or a limit removed): the waitlist of every class moves up.
    // On a server, every school's waitlist (a school's clerk sees only its own enrolments).
    auto q = m_db.exec(m_db.isServer()
            ? QStringLiteral("SELECT DISTINCT class_seq FROM tp_project_seats(:p) WHERE status = "
                             "'waitlisted'")
            : QStringLiteral("SELECT DISTINCT class_seq FROM enrollment WHERE project_id = :p "
                             "AND status = 'waitlisted'"),
        { { "p", projectId } });
    if (!q)
        return q.error();
    QList<int> classes;
    while (q->next())
        classes << q->value(0).toInt();
    QList<qint64> promoted;
    for (int classSeq : classes)
        if (Status s = promote(projectId, classSeq, &promoted); !s)
            return s;
    return success();
}

Status EnrollmentRepository::promote(qint64 projectId, int classSeq, QList<qint64>* promoted)
{
    if (m_db.isServer()) {
        // A school's clerk sees only its own school's enrolments: the server promotes, over every school's, under
        // the project's row lock (tp_promote_waitlist, migrations 012 and 013 — the same rule as
        // waitlistPromotions, with the capacity of projectCapacity kept on the server).
        auto q = m_db.exec(
            QStringLiteral("SELECT tp_promote_waitlist(:p, :c)"), { { "p", projectId }, { "c", classSeq } });
        if (!q)
            return q.error();
        QList<qint64> ids;
        while (q->next())
            ids << q->value(0).toLongLong();
        for (qint64 id : ids)
            if (Status s = writeAudit(m_db, QStringLiteral("enrollment"), id, QStringLiteral("promote"),
                    QStringLiteral("status"), QStringLiteral("waitlisted"), QStringLiteral("admitted"));
                !s)
                return s;
        *promoted << ids;
        return success();
    }
    auto limits = seatLimits(projectId, classSeq);
    if (!limits)
        return limits.error();
    auto current = enrollments(projectId, classSeq);
    if (!current)
        return current.error();
    const QList<qint64> ids = waitlistPromotions(current.value(), limits.value());
    for (qint64 id : ids) {
        auto r = m_db.exec(QStringLiteral("UPDATE enrollment SET status = 'admitted' WHERE id = :id AND status = "
                                          "'waitlisted'"),
            { { "id", id } });
        if (!r)
            return r.error();
        if (Status s = writeAudit(m_db, QStringLiteral("enrollment"), id, QStringLiteral("promote"),
                QStringLiteral("status"), QStringLiteral("waitlisted"), QStringLiteral("admitted"));
            !s)
            return s;
    }
    *promoted << ids;
    return success();
}

Result<QList<qint64>> EnrollmentRepository::withdraw(qint64 enrollmentId, const QString& reason)
{
    return withdrawMany({ enrollmentId }, reason);
}

Result<QList<qint64>> EnrollmentRepository::withdrawMany(const QList<qint64>& enrollmentIds, const QString& reason)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSet<std::pair<qint64, int>> classes;
    for (qint64 id : enrollmentIds) {
        auto e = enrollment(id);
        if (!e)
            return e.error();
        if (e->status == EnrollmentStatus::Withdrawn)
            continue;
        if (e->creditsAwarded)
            return Error { Text::tr("参训记录 %1 已登记学分，请先撤销学分登记再退训").arg(id) };
        auto r
            = m_db.exec(QStringLiteral("UPDATE enrollment SET status = 'withdrawn' WHERE id = :id"), { { "id", id } });
        if (!r)
            return r.error();
        if (Status s = writeAudit(m_db, QStringLiteral("enrollment"), id, QStringLiteral("withdraw"),
                QStringLiteral("status"), enrollmentStatusName(e->status),
                reason.isEmpty() ? QStringLiteral("withdrawn") : QStringLiteral("withdrawn: ") + reason);
            !s)
            return s.error();
        classes.insert({ e->projectId, e->classSeq });
    }
    QList<qint64> promoted;
    for (const auto& [projectId, classSeq] : classes)
        if (Status s = promote(projectId, classSeq, &promoted); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return promoted;
}

Status EnrollmentRepository::setStatus(qint64 enrollmentId, EnrollmentStatus status)
{
    return setStatuses({ enrollmentId }, status);
}

Status EnrollmentRepository::setStatuses(const QList<qint64>& enrollmentIds, EnrollmentStatus status)
{
    if (status == EnrollmentStatus::Withdrawn) {
        auto r = withdrawMany(enrollmentIds);
        return r ? success() : Status(r.error());
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    for (qint64 id : enrollmentIds) {
        auto e = enrollment(id);
        if (!e)
            return e.error();
        if (e->status == status)
            continue;
        if (e->status == EnrollmentStatus::Waitlisted || status == EnrollmentStatus::Waitlisted)
            return Error { Text::tr("候补由名额决定：参训记录 %1 不能直接改为或改自「候补」").arg(id) };
        if (e->creditsAwarded && status != EnrollmentStatus::Completed)
            return Error { Text::tr("参训记录 %1 已登记学分，请先撤销学分登记").arg(id) };
        auto r = m_db.exec(QStringLiteral("UPDATE enrollment SET status = :s WHERE id = :id"),
            { { "s", enrollmentStatusName(status) }, { "id", id } });
        if (!r)
            return r.error();
        if (Status s = writeAudit(m_db, QStringLiteral("enrollment"), id, QStringLiteral("status"),
                QStringLiteral("status"), enrollmentStatusName(e->status), enrollmentStatusName(status));
            !s)
            return s;
    }
    return tx.commit();
}

Status EnrollmentRepository::recordAttendance(qint64 enrollmentId, const QList<AttendanceRecord>& records)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto r
        = m_db.exec(QStringLiteral("DELETE FROM attendance WHERE enrollment_id = :e"), { { "e", enrollmentId } });
        !r)
        return r.error();
    if (Status s = importAttendance({ { enrollmentId, records } }, QString()); !s)
        return s;
    return tx.commit();
}

Status EnrollmentRepository::importAttendance(
    const QHash<qint64, QList<AttendanceRecord>>& records, const QString& source)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO attendance (enrollment_id, date, session, kind, hours, "
                                       "planned_hours) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (enrollment_id, date, "
                                       "session) DO UPDATE SET kind = excluded.kind, hours = excluded.hours, "
                                       "planned_hours = excluded.planned_hours")))
        return sqlError(insert, QStringLiteral("INSERT INTO attendance"));
    QSqlQuery sum(m_db.connection());
    if (!sum.prepare(QStringLiteral("UPDATE enrollment SET hours_attended = (SELECT SUM(hours) FROM attendance WHERE "
                                    "enrollment_id = ?) WHERE id = ?")))
        return sqlError(sum, QStringLiteral("UPDATE enrollment"));
    int count = 0;
    for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
        for (const AttendanceRecord& r : it.value()) {
            if (!r.date.isValid() || !std::isfinite(r.hours) || !std::isfinite(r.plannedHours) || r.hours < 0
                || r.plannedHours < 0)
                return Error { Text::tr("参训记录 %1 的考勤有无效的日期或学时").arg(it.key()) };
            insert.addBindValue(it.key());
            insert.addBindValue(r.date.toString(Qt::ISODate));
            insert.addBindValue(std::max(1, r.session));
            insert.addBindValue(attendanceKindName(r.kind));
            insert.addBindValue(r.hours);
            insert.addBindValue(r.plannedHours);
            if (!insert.exec())
                return sqlError(insert, Text::tr("考勤（参训记录 %1）").arg(it.key()));
            ++count;
        }
        sum.addBindValue(it.key());
        sum.addBindValue(it.key());
        if (!sum.exec())
            return sqlError(sum, Text::tr("考勤学时（参训记录 %1）").arg(it.key()));
    }
    if (Status s = writeAudit(m_db, QStringLiteral("attendance"), 0, QStringLiteral("import"), QStringLiteral("source"),
            QString(), Text::tr("%1（%2 条）").arg(source).arg(count));
        !s)
        return s;
    return tx.commit();
}

Result<QList<AttendanceRecord>> EnrollmentRepository::attendance(qint64 enrollmentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT date, session, kind, hours, planned_hours FROM attendance WHERE "
                                      "enrollment_id = :e ORDER BY date, session"),
        { { "e", enrollmentId } });
    if (!q)
        return q.error();
    QList<AttendanceRecord> list;
    while (q->next()) {
        AttendanceRecord r;
        r.date = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        r.session = q->value(1).toInt();
        r.kind = attendanceKindFromText(q->value(2).toString()).value_or(AttendanceKind::Absent);
        r.hours = q->value(3).toDouble();
        r.plannedHours = q->value(4).toDouble();
        list << r;
    }
    return list;
}

Result<QList<AttendanceRecord>> EnrollmentRepository::classSessions(qint64 projectId, int classSeq) const
{
    auto q
        = m_db.exec(QStringLiteral("SELECT a.date, a.session, MAX(a.planned_hours) FROM attendance a JOIN enrollment "
                                   "e ON e.id = a.enrollment_id WHERE e.project_id = :p AND e.class_seq = :c GROUP "
                                   "BY a.date, a.session ORDER BY a.date, a.session"),
            { { "p", projectId }, { "c", classSeq } });
    if (!q)
        return q.error();
    QList<AttendanceRecord> list;
    while (q->next()) {
        AttendanceRecord r;
        r.date = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        r.session = q->value(1).toInt();
        r.plannedHours = q->value(2).toDouble();
        list << r;
    }
    return list;
}

Result<AttendanceSummary> EnrollmentRepository::attendanceSummary(
    const Enrollment& enrollment, const ProjectCreditInfo& project, const CreditRules& rules) const
{
    auto sessions = classSessions(enrollment.projectId, enrollment.classSeq);
    if (!sessions)
        return sessions.error();
    auto records = attendance(enrollment.id);
    if (!records)
        return records.error();
    return summarizeAttendance(sessions.value(), records.value(), projectHours(project.credit, rules));
}

Status EnrollmentRepository::setAttendanceExemption(qint64 enrollmentId, const QString& reason, QDate on)
{
    if (reason.trimmed().isEmpty())
        return Error { Text::tr("考勤豁免需要写明原因") };
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto e = enrollment(enrollmentId);
    if (!e)
        return e.error();
    auto before = attendanceExemption(enrollmentId);
    if (!before)
        return before.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO attendance_exemption (enrollment_id, reason, recorded_on, actor) "
                                      "VALUES (:e, :r, :on, :actor) ON CONFLICT (enrollment_id) DO UPDATE SET reason "
                                      "= excluded.reason, recorded_on = excluded.recorded_on, actor = excluded.actor"),
        { { "e", enrollmentId }, { "r", reason.trimmed() },
            { "on", (on.isValid() ? on : QDate::currentDate()).toString(Qt::ISODate) }, { "actor", m_db.actor() } });
    if (!r)
        return r.error();
    if (Status s = writeAudit(m_db, QStringLiteral("enrollment"), enrollmentId, QStringLiteral("exempt"),
            QStringLiteral("attendance"), before->has_value() ? (*before)->reason : QString(), reason.trimmed());
        !s)
        return s;
    return tx.commit();
}

Status EnrollmentRepository::clearAttendanceExemption(qint64 enrollmentId, const QString& why)
{
    if (why.trimmed().isEmpty())
        return Error { Text::tr("撤销考勤豁免需要说明原因") };
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = attendanceExemption(enrollmentId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return Error { Text::tr("参训记录 %1 没有考勤豁免").arg(enrollmentId) };
    auto r = m_db.exec(
        QStringLiteral("DELETE FROM attendance_exemption WHERE enrollment_id = :e"), { { "e", enrollmentId } });
    if (!r)
        return r.error();
    if (Status s = writeAudit(m_db, QStringLiteral("enrollment"), enrollmentId, QStringLiteral("unexempt"),
            QStringLiteral("attendance"), (*before)->reason, why.trimmed());
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<AttendanceExemption>> EnrollmentRepository::attendanceExemption(qint64 enrollmentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT reason, recorded_on, actor FROM attendance_exemption WHERE enrollment_id "
                                      "= :e"),
        { { "e", enrollmentId } });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AttendanceExemption>();
    AttendanceExemption x;
    x.enrollmentId = enrollmentId;
    x.reason = q->value(0).toString();
    x.recordedOn = QDate::fromString(q->value(1).toString(), Qt::ISODate);
    x.actor = q->value(2).toString();
    return std::optional<AttendanceExemption>(x);
}

} // namespace tp
