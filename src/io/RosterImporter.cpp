#include "RosterImporter.h"

#include "CellParsers.h"
#include "Database.h"
#include "HeaderTable.h"
#include "InputSanitizer.h"
#include "TeacherRepository.h"
#include "TextDecoder.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <limits>

namespace tp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tp::RosterImporter", text);
}

const QString kStaff = QStringLiteral("staff");
const QString kName = QStringLiteral("name");
const QString kUnit = QStringLiteral("unit");

QList<HeaderColumn> personColumns()
{
    return {
        { kStaff,
            { QStringLiteral("工号"), QStringLiteral("教师编号"), QStringLiteral("编号"), QStringLiteral("职工号"),
                QStringLiteral("教职工号"), QStringLiteral("人员编号"), QStringLiteral("教师工号") },
            false },
        { kName, { QStringLiteral("姓名"), QStringLiteral("教师姓名"), QStringLiteral("学员姓名") }, false },
        { kUnit,
            { QStringLiteral("学校"), QStringLiteral("单位"), QStringLiteral("工作单位"), QStringLiteral("所在学校"),
                QStringLiteral("选送单位"), QStringLiteral("报送单位"), QStringLiteral("学校名称"),
                QStringLiteral("单位名称") },
            false },
    };
}

Result<QByteArray> readAll(const QString& path)
{
    return TextDecoder::readFile(path);
}

Error missingColumns(const QString& file)
{
    Error e(tr("名单需要「工号」列，或「姓名」与「学校/单位」两列"));
    e.file = file;
    return e;
}

// Finds the teacher of a row: by staff number, else by name within the unit (or alone in the district).
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
    std::optional<Teacher> find(const HeaderTable& table, const CsvRecord& record, Findings& findings) const
    {
        const QString staff = normalizeStaffNumber(table.cell(record, kStaff));
        const QString name = table.cell(record, kName);
        const QString unit = table.cell(record, kUnit);
        if (!staff.isEmpty()) {
            const auto it = m_byStaff.constFind(staff);
            if (it == m_byStaff.constEnd()) {
                findings << table.finding(
                    Severity::Error, record, kStaff, tr("工号「%1」不在教师名单中（请先导入教师名单）").arg(staff));
                return std::nullopt;
            }
            if (!name.isEmpty() && name != it->name) {
                findings << table.finding(
                    Severity::Error, record, kName, tr("工号「%1」是 %2，不是「%3」").arg(staff, it->name, name));
                return std::nullopt;
            }
            return *it;
        }
        if (name.isEmpty()) {
            findings << table.finding(Severity::Error, record, kStaff, tr("缺少工号和姓名"));
            return std::nullopt;
        }
        QList<Teacher> candidates = m_byName.values(name);
        if (!unit.isEmpty())
            candidates.removeIf([&](const Teacher& t) { return t.unitName != unit && unitId(unit) != t.unitId; });
        if (candidates.size() == 1)
            return candidates.first();
        findings << table.finding(Severity::Error, record, kName,
            candidates.isEmpty()
                ? tr("没有名为「%1」的教师%2").arg(name, unit.isEmpty() ? QString() : tr("（%1）").arg(unit))
                : tr("有 %1 位名为「%2」的教师，请填写工号").arg(candidates.size()).arg(name));
        return std::nullopt;
    }

    qint64 unitId(const QString& name) const { return m_units.value(name, 0); }

private:
    QHash<QString, Teacher> m_byStaff;
    QMultiHash<QString, Teacher> m_byName;
    QHash<QString, qint64> m_units;
};
} // namespace

bool RosterImport::hasErrors() const
{
    return hasErrorFindings(findings);
}

bool AttendanceImport::hasErrors() const
{
    return hasErrorFindings(findings);
}

Result<RosterImport> RosterImporter::importFile(
    Database& db, qint64 projectId, const QString& path, const QString& encoding, QDate on)
{
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    return importBytes(db, projectId, bytes.value(), QFileInfo(path).fileName(), encoding, on);
}

Result<RosterImport> RosterImporter::importBytes(
    Database& db, qint64 projectId, const QByteArray& bytes, const QString& fileName, const QString& encoding, QDate on)
{
    QList<HeaderColumn> spec = personColumns();
    spec << HeaderColumn { QStringLiteral("class"),
        { QStringLiteral("班次"), QStringLiteral("期次"), QStringLiteral("批次"), QStringLiteral("班级") }, false };
    auto table = HeaderTable::read(bytes, fileName, spec, encoding);
    if (!table)
        return table.error();
    if (!table->has(kStaff) && !(table->has(kName) && table->has(kUnit)))
        return missingColumns(fileName);
    RosterImport result;
    result.file = fileName;
    result.encoding = table->encoding;
    result.findings << table->findings; // cells cleaned: invisible characters removed, control characters refused
    TeacherFinder finder;
    if (Status s = finder.load(db); !s)
        return s.error();
    QHash<qint64, int> seen; // teacher → first row
    static const QRegularExpression digits(QStringLiteral("(\\d+)"));
    for (const CsvRecord& record : table->rows) {
        const std::optional<Teacher> teacher = finder.find(*table, record, result.findings);
        if (!teacher)
            continue;
        if (const auto first = seen.constFind(teacher->id); first != seen.constEnd()) {
            result.findings << table->finding(Severity::Error, record, kStaff,
                tr("%1（%2）在第 %3 行已报名").arg(teacher->name, teacher->staffNumber).arg(*first));
            continue;
        }
        seen.insert(teacher->id, record.row);
        RosterLine line { teacher->id, teacher->unitId, 0 };
        const QString unit = table->cell(record, kUnit);
        if (!unit.isEmpty() && unit != teacher->unitName) {
            const qint64 sender = finder.unitId(unit);
            if (sender == 0) {
                result.findings << table->finding(Severity::Error, record, kUnit, tr("未知的单位「%1」").arg(unit));
                continue;
            }
            line.unitId = sender;
        }
        const QString classText = normalizeWidth(table->cell(record, QStringLiteral("class")));
        if (!classText.isEmpty()) {
            const auto m = digits.match(classText);
            if (!m.hasMatch()) {
                result.findings << table->finding(Severity::Error, record, QStringLiteral("class"),
                    tr("班次「%1」应为数字（第几期）").arg(classText));
                continue;
            }
            line.classSeq = m.captured(1).toInt();
        }
        result.lines << line;
        result.rows << record.row;
    }
    if (result.hasErrors())
        return result;
    auto outcome = EnrollmentRepository(db).enrollRoster(projectId, result.lines, fileName, on);
    if (!outcome)
        return outcome.error();
    result.outcome = outcome.value();
    return result;
}

Result<AttendanceImport> AttendanceImporter::importFile(
    Database& db, qint64 projectId, const QString& path, double sessionHours, const QString& encoding)
{
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    return importBytes(db, projectId, bytes.value(), QFileInfo(path).fileName(), sessionHours, encoding);
}

Result<AttendanceImport> AttendanceImporter::importBytes(Database& db, qint64 projectId, const QByteArray& bytes,
    const QString& fileName, double sessionHours, const QString& encoding)
{
    if (Status s = NumberInput::check(sessionHours, NumberField::SessionHours); !s) {
        Error e = s.error();
        e.message = tr("每场学时：%1").arg(e.message);
        return e;
    }
    QList<HeaderColumn> spec = personColumns();
    spec << HeaderColumn { QStringLiteral("date"), { QStringLiteral("日期"), QStringLiteral("培训日期") }, true }
         << HeaderColumn { QStringLiteral("session"),
                { QStringLiteral("场次"), QStringLiteral("节次"), QStringLiteral("时段") }, false }
         << HeaderColumn { QStringLiteral("kind"),
                { QStringLiteral("考勤"), QStringLiteral("出勤"), QStringLiteral("出勤情况"),
                    QStringLiteral("考勤情况"), QStringLiteral("状态") },
                true }
         << HeaderColumn { QStringLiteral("hours"),
                { QStringLiteral("学时"), QStringLiteral("实到学时"), QStringLiteral("出勤学时") }, false }
         << HeaderColumn { QStringLiteral("planned"),
                { QStringLiteral("计划学时"), QStringLiteral("应到学时"), QStringLiteral("应出勤学时") }, false };
    auto table = HeaderTable::read(bytes, fileName, spec, encoding);
    if (!table)
        return table.error();
    if (!table->has(kStaff) && !(table->has(kName) && table->has(kUnit)))
        return missingColumns(fileName);
    AttendanceImport result;
    result.file = fileName;
    result.encoding = table->encoding;
    result.findings << table->findings; // cells cleaned: invisible characters removed, control characters refused
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
    for (const CsvRecord& record : table->rows) {
        const std::optional<Teacher> teacher = finder.find(*table, record, result.findings);
        if (!teacher)
            continue;
        const qint64 enrollment = enrollmentOf.value(teacher->id, 0);
        if (enrollment == 0) {
            result.findings << table->finding(Severity::Error, record, kName,
                tr("%1（%2）没有录取到此项目").arg(teacher->name, teacher->staffNumber));
            continue;
        }
        AttendanceRecord r;
        const QString dateText = table->cell(record, QStringLiteral("date"));
        r.date = parseListDate(dateText);
        if (!r.date.isValid()) {
            result.findings << table->finding(Severity::Error, record, QStringLiteral("date"),
                tr("日期「%1」不是有效的日期").arg(InputSanitizer::printable(dateText)));
            continue;
        }
        if (Status s = DateInput::check(r.date, firstDay, lastDay); !s) {
            result.findings << table->finding(Severity::Error, record, QStringLiteral("date"),
                tr("日期「%1」不在计划年度（%2 年）前后一年内").arg(dateText).arg(project->year));
            continue;
        }
        const QString session = normalizeWidth(table->cell(record, QStringLiteral("session")));
        r.session = session == QStringLiteral("上午") ? 1
            : session == QStringLiteral("下午")       ? 2
            : session == QStringLiteral("晚上")       ? 3
                                                      : 0;
        if (r.session == 0 && session.isEmpty())
            r.session = 1;
        if (r.session == 0) {
            auto number = NumberInput::parse(session, NumberField::Session);
            if (!number) {
                result.findings << table->finding(Severity::Error, record, QStringLiteral("session"),
                    tr("场次「%1」应为 1 到 %2 的数字或上午/下午/晚上")
                        .arg(InputSanitizer::printable(session))
                        .arg(NumberInput::bounds(NumberField::Session).max));
                continue;
            }
            r.session = int(number.value());
        }
        const QString kindText = table->cell(record, QStringLiteral("kind"));
        const std::optional<AttendanceKind> kind = attendanceKindFromText(kindText);
        if (!kind) {
            result.findings << table->finding(Severity::Error, record, QStringLiteral("kind"),
                tr("考勤「%1」应为 出勤、迟到、请假 或 缺勤").arg(InputSanitizer::printable(kindText)));
            continue;
        }
        r.kind = *kind;
        // 学时 and 计划学时: finite numbers of one session ("nan" and "inf" are not hours).
        const QString plannedText = table->cell(record, QStringLiteral("planned"));
        r.plannedHours = sessionHours;
        if (!plannedText.isEmpty()) {
            auto planned = NumberInput::parse(plannedText, NumberField::SessionHours);
            if (!planned) {
                result.findings << table->finding(
                    Severity::Error, record, QStringLiteral("planned"), tr("计划%1").arg(planned.error().message));
                continue;
            }
            r.plannedHours = planned.value();
        }
        const QString hoursText = table->cell(record, QStringLiteral("hours"));
        const bool attended = r.kind == AttendanceKind::Present || r.kind == AttendanceKind::Late;
        r.hours = attended ? r.plannedHours : 0;
        if (!hoursText.isEmpty()) {
            auto hours = NumberInput::parse(hoursText, NumberField::SessionHours);
            if (!hours) {
                result.findings << table->finding(Severity::Error, record, QStringLiteral("hours"),
                    tr("学时「%1」应为 0 到计划学时（%2）之间的数")
                        .arg(InputSanitizer::printable(hoursText), formatNumber(r.plannedHours)));
                continue;
            }
            r.hours = hours.value();
        }
        if (r.hours > r.plannedHours + 1e-9) {
            result.findings << table->finding(Severity::Error, record, QStringLiteral("hours"),
                tr("学时「%1」应为 0 到计划学时（%2）之间的数").arg(hoursText, formatNumber(r.plannedHours)));
            continue;
        }
        records[enrollment] << r;
        ++result.records;
    }
    if (result.hasErrors())
        return result;
    if (Status s = enrollments.importAttendance(records, fileName); !s)
        return s.error();
    result.enrollments = int(records.size());
    return result;
}

} // namespace tp
