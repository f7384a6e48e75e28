#include "EnrollmentService.h"

#include "CellParsers.h"
#include "Database.h"
#include "InputSanitizer.h"
#include "RosterImporter.h"
#include "TeacherRepository.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QFileInfo>
#include <QHash>
#include <limits>

namespace tp {

namespace {

const QString kStaff = QStringLiteral("staff");
const QString kName = QStringLiteral("name");
const QString kUnit = QStringLiteral("unit");

// Finds the teacher a row names: by staff number, else by name within the unit (or alone in the district).
class TeacherFinder {
public:
    Status load(Database& db)
    {
        TeacherRepository teachers(db);
        auto all = teachers.page({}, 0, std::numeric_limits<int>::max());
        if (!all)
            return all.error();
        for (const Teacher& t : all.value()) {
            m_byStaff.insert(t.staffNumber, t);
            m_byName.insert(t.name, t);
        }
        UnitRepository units(db);
        auto list = units.units();
        if (!list)
            return list.error();
        for (const Unit& u : list.value()) {
            m_units.insert(u.name, u.id);
            if (!u.shortName.isEmpty())
                m_units.insert(u.shortName, u.id);
        }
        return success();
    }

    // The teacher, or a finding saying why not.
    std::optional<Teacher> find(
        const HeaderTable& table, const CsvRecord& record, const PersonCells& person, Findings& findings) const
    {
        if (!person.staffNumber.isEmpty()) {
            const auto it = m_byStaff.constFind(person.staffNumber);
            if (it == m_byStaff.constEnd()) {
                findings << table.finding(Severity::Error, record, kStaff,
                    EnrollmentService::tr("工号「%1」不在教师名单中（请先导入教师名单）").arg(person.staffNumber));
                return std::nullopt;
            }
            if (!person.name.isEmpty() && person.name != it->name) {
                findings << table.finding(Severity::Error, record, kName,
                    EnrollmentService::tr("工号「%1」是 %2，不是「%3」")
                        .arg(person.staffNumber, it->name, person.name));
                return std::nullopt;
            }
            return *it;
        }
        if (person.name.isEmpty()) {
            findings << table.finding(Severity::Error, record, kStaff, EnrollmentService::tr("缺少工号和姓名"));
            return std::nullopt;
        }
        QList<Teacher> candidates = m_byName.values(person.name);
        if (!person.unit.isEmpty())
            candidates.removeIf(
                [&](const Teacher& t) { return t.unitName != person.unit && unitId(person.unit) != t.unitId; });
        if (candidates.size() == 1)
            return candidates.first();
        findings << table.finding(Severity::Error, record, kName,
            candidates.isEmpty()
                ? EnrollmentService::tr("没有名为「%1」的教师%2")
                      .arg(person.name,
                          person.unit.isEmpty() ? QString() : EnrollmentService::tr("（%1）").arg(person.unit))
                : EnrollmentService::tr("有 %1 位名为「%2」的教师，请填写工号")
                      .arg(candidates.size())
                      .arg(person.name));
        return std::nullopt;
    }

    qint64 unitId(const QString& name) const { return m_units.value(name, 0); }

private:
    QHash<QString, Teacher> m_byStaff;
    QMultiHash<QString, Teacher> m_byName;
    QHash<QString, qint64> m_units;
};

Result<RosterImport> enrollSheet(
    Database& db, qint64 projectId, const RosterSheet& sheet, QDate on, const ProgressOptions& progress)
{
    if (!progress.step(1, 3, EnrollmentService::tr("正在核对 %1 行报名…").arg(sheet.rows.size())))
        return Cancelled::error(EnrollmentService::tr("导入"));
    RosterImport result;
    result.file = sheet.table.file;
    result.encoding = sheet.table.encoding;
    result.findings = sheet.findings;
    TeacherFinder finder;
    if (Status s = finder.load(db); !s)
        return s.error();
    QHash<qint64, int> seen; // teacher → first row
    for (const RosterRow& row : sheet.rows) {
        const std::optional<Teacher> teacher = finder.find(sheet.table, row.record, row.person, result.findings);
        if (!teacher)
            continue;
        if (const auto first = seen.constFind(teacher->id); first != seen.constEnd()) {
            result.findings << sheet.table.finding(Severity::Error, row.record, kStaff,
                EnrollmentService::tr("%1（%2）在第 %3 行已报名").arg(teacher->name, teacher->staffNumber).arg(*first));
            continue;
        }
        seen.insert(teacher->id, row.record.row);
        RosterLine line { teacher->id, teacher->unitId, row.classSeq };
        if (!row.person.unit.isEmpty() && row.person.unit != teacher->unitName) {
            const qint64 sender = finder.unitId(row.person.unit);
            if (sender == 0) {
                result.findings << sheet.table.finding(
                    Severity::Error, row.record, kUnit, EnrollmentService::tr("未知的单位「%1」").arg(row.person.unit));
                continue;
            }
            line.unitId = sender;
        }
        result.lines << line;
        result.rows << row.record.row;
    }
    sortInFileOrder(result.findings);
    if (result.hasErrors())
        return result;
    if (!progress.step(2, 3, EnrollmentService::tr("正在报名 %1 人…").arg(result.lines.size())))
        return Cancelled::error(EnrollmentService::tr("导入"));
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto outcome = EnrollmentRepository(db).enrollRoster(projectId, result.lines, result.file, on);
    if (!outcome)
        return outcome.error();
    if (!progress.step(3, 3, {}))
        return Cancelled::error(EnrollmentService::tr("导入")); // tx rolls back
    if (Status s = tx.commit(); !s)
        return s.error();
    result.outcome = outcome.value();
    return result;
}

Result<AttendanceImport> storeSheet(Database& db, qint64 projectId, const AttendanceSheet& sheet)
{
    AttendanceImport result;
    result.file = sheet.table.file;
    result.encoding = sheet.table.encoding;
    result.findings = sheet.findings;
    TeacherFinder finder;
    if (Status s = finder.load(db); !s)
        return s.error();
    EnrollmentRepository enrollments(db);
    // Attendance is taken in the plan's year (a class may run into the next January, or start in December).
    auto project = enrollments.projectCredit(projectId);
    if (!project)
        return project.error();
    const QDate firstDay(project->year - 1, 1, 1);
    const QDate lastDay(project->year + 1, 12, 31);
    auto list = enrollments.enrollments(projectId);
    if (!list)
        return list.error();
    QHash<qint64, qint64> enrollmentOf; // teacher → enrollment
    for (const Enrollment& e : list.value())
        if (e.status != EnrollmentStatus::Withdrawn && e.status != EnrollmentStatus::Waitlisted)
            enrollmentOf.insert(e.teacherId, e.id);

    QHash<qint64, QList<AttendanceRecord>> records;
    for (const AttendanceRow& row : sheet.rows) {
        if (Status s = DateInput::check(row.attendance.date, firstDay, lastDay); !s) {
            result.findings << sheet.table.finding(Severity::Error, row.record, QStringLiteral("date"),
                EnrollmentService::tr("日期「%1」不在计划年度（%2 年）前后一年内")
                    .arg(sheet.table.cell(row.record, QStringLiteral("date")))
                    .arg(project->year));
            continue;
        }
        const std::optional<Teacher> teacher = finder.find(sheet.table, row.record, row.person, result.findings);
        if (!teacher)
            continue;
        const qint64 enrollment = enrollmentOf.value(teacher->id, 0);
        if (enrollment == 0) {
            result.findings << sheet.table.finding(Severity::Error, row.record, kName,
                EnrollmentService::tr("%1（%2）没有录取到此项目").arg(teacher->name, teacher->staffNumber));
            continue;
        }
        records[enrollment] << row.attendance;
        ++result.records;
    }
    sortInFileOrder(result.findings);
    if (result.hasErrors())
        return result;
    if (Status s = enrollments.importAttendance(records, result.file); !s)
        return s.error();
    result.enrollments = int(records.size());
    return result;
}

} // namespace

bool RosterImport::hasErrors() const
{
    return hasErrorFindings(findings);
}

bool AttendanceImport::hasErrors() const
{
    return hasErrorFindings(findings);
}

Result<RosterImport> EnrollmentService::importRosterFile(
    qint64 projectId, const QString& path, const QString& encoding, QDate on)
{
    if (!m_progress.step(0, 3, tr("正在读取 %1…").arg(QFileInfo(path).fileName())))
        return Cancelled::error(tr("导入"));
    auto sheet = RosterImporter::parseFile(path, encoding);
    if (!sheet)
        return sheet.error();
    return enrollSheet(m_db, projectId, sheet.value(), on, m_progress);
}

Result<RosterImport> EnrollmentService::importRoster(
    qint64 projectId, const QByteArray& bytes, const QString& fileName, const QString& encoding, QDate on)
{
    auto sheet = RosterImporter::parse(bytes, fileName, encoding);
    if (!sheet)
        return sheet.error();
    return enrollSheet(m_db, projectId, sheet.value(), on, m_progress);
}

Result<AttendanceImport> EnrollmentService::importAttendanceFile(
    qint64 projectId, const QString& path, double sessionHours, const QString& encoding)
{
    auto sheet = AttendanceImporter::parseFile(path, sessionHours, encoding);
    if (!sheet)
        return sheet.error();
    return storeSheet(m_db, projectId, sheet.value());
}

Result<AttendanceImport> EnrollmentService::importAttendance(
    qint64 projectId, const QByteArray& bytes, const QString& fileName, double sessionHours, const QString& encoding)
{
    auto sheet = AttendanceImporter::parse(bytes, fileName, sessionHours, encoding);
    if (!sheet)
        return sheet.error();
    return storeSheet(m_db, projectId, sheet.value());
}

Result<RosterOutcome> EnrollmentService::enrollTeachers(
    qint64 projectId, const QList<qint64>& teacherIds, int classSeq, const QString& source, QDate on)
{
    auto teachers = TeacherRepository(m_db).teachers(teacherIds);
    if (!teachers)
        return teachers.error();
    QList<RosterLine> lines;
    for (const Teacher& t : teachers.value())
        lines << RosterLine { t.id, t.unitId, classSeq };
    return EnrollmentRepository(m_db).enrollRoster(projectId, lines, source, on);
}

Result<QList<qint64>> EnrollmentService::withdraw(const QList<qint64>& enrollmentIds, const QString& reason)
{
    return EnrollmentRepository(m_db).withdrawMany(enrollmentIds, reason);
}

Status EnrollmentService::setStatuses(const QList<qint64>& enrollmentIds, EnrollmentStatus status)
{
    return EnrollmentRepository(m_db).setStatuses(enrollmentIds, status);
}

Status EnrollmentService::recordAttendance(qint64 enrollmentId, const QList<AttendanceRecord>& records)
{
    return EnrollmentRepository(m_db).recordAttendance(enrollmentId, records);
}

Status EnrollmentService::recordAttendanceGrid(
    qint64 projectId, const QHash<qint64, QList<AttendanceRecord>>& byEnrollment)
{
    EnrollmentRepository enrollments(m_db);
    auto project = enrollments.projectCredit(projectId);
    if (!project)
        return project.error();
    const QDate firstDay(project->year - 1, 1, 1);
    const QDate lastDay(project->year + 1, 12, 31);
    Transaction tx(m_db, tr("考勤表"));
    if (!tx.isActive())
        return tx.error();
    for (auto it = byEnrollment.constBegin(); it != byEnrollment.constEnd(); ++it) {
        auto enrollment = enrollments.enrollment(it.key());
        if (!enrollment)
            return enrollment.error();
        if (enrollment->projectId != projectId)
            return Error { tr("参训记录 %1 不属于此项目").arg(it.key()) };
        for (const AttendanceRecord& r : it.value())
            if (Status s = DateInput::check(r.date, firstDay, lastDay); !s)
                return Error { tr("考勤日期 %1 不在计划年度（%2 年）前后一年内")
                                   .arg(r.date.toString(Qt::ISODate))
                                   .arg(project->year) };
        if (Status s = enrollments.recordAttendance(it.key(), it.value()); !s)
            return s;
    }
    return tx.commit();
}

Status EnrollmentService::saveProjectCredit(qint64 projectId, std::optional<TrainingKind> kind,
    std::optional<double> credits, int capacity, const QHash<qint64, int>& changedQuotas)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    EnrollmentRepository repo(m_db);
    auto info = repo.projectCredit(projectId);
    if (!info)
        return info.error();
    // A mix asks once: the clerk's answer is stored as the project's choice (setProjectCredit alone would take the
    // placeholder 集中培训 for "unchanged").
    if (kind && !info->kind.decided())
        if (Status s = repo.setProjectKind(projectId, *kind); !s)
            return s;
    if (Status s = repo.setProjectCredit(projectId, kind.value_or(info->credit.kind), credits, capacity); !s)
        return s;
    for (auto it = changedQuotas.begin(); it != changedQuotas.end(); ++it)
        if (Status s = repo.setQuota(projectId, it.key(), it.value()); !s)
            return s;
    return tx.commit();
}

Status EnrollmentService::exemptAttendance(const QList<qint64>& enrollmentIds, const QString& reason)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    EnrollmentRepository repo(m_db);
    for (qint64 id : enrollmentIds)
        if (Status s = repo.setAttendanceExemption(id, reason.trimmed()); !s)
            return s;
    return tx.commit();
}

} // namespace tp
