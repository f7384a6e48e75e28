#include "TeacherService.h"

#include "Database.h"
#include "TeacherRepository.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QFileInfo>
#include <QHash>

namespace tp {

Result<TeacherListImport> TeacherService::importTeacherListFile(
    const QString& path, const QString& defaultUnit, const QString& encoding)
{
    if (!m_progress.step(0, 3, tr("正在读取 %1…").arg(QFileInfo(path).fileName())))
        return Cancelled::error(tr("导入"));
    auto parsed = TeacherListImporter::parseFile(path, defaultUnit, encoding);
    if (!parsed)
        return parsed;
    return store(std::move(parsed.value()));
}

Result<TeacherListImport> TeacherService::importTeacherList(
    const QByteArray& bytes, const QString& fileName, const QString& defaultUnit, const QString& encoding)
{
    auto parsed = TeacherListImporter::parse(bytes, fileName, defaultUnit, encoding);
    if (!parsed)
        return parsed;
    return store(std::move(parsed.value()));
}

Result<TeacherListImport> TeacherService::store(TeacherListImport result)
{
    if (!m_progress.step(1, 3, tr("正在检查 %1 名教师的工号…").arg(result.teachers.size())))
        return Cancelled::error(tr("导入"));
    TeacherRepository teachers(m_db);
    QStringList numbers;
    for (const Teacher& t : result.teachers)
        numbers << t.staffNumber;
    auto existing = teachers.existingStaffNumbers(numbers);
    if (!existing)
        return existing.error();
    auto stored = teachers.teachers(existing->values());
    if (!stored)
        return stored.error();
    QHash<QString, Teacher> byNumber;
    for (const Teacher& t : stored.value())
        byNumber.insert(t.staffNumber, t);
    // A staff number already registered: the same teacher given again is left as it is (a school's list imported
    // again, with its new teachers added); any difference is an error naming it — a teacher is never merged with
    // another nor rewritten by an import.
    QList<Teacher> toImport;
    QList<int> toImportRows;
    // The registered unit a school name of the file means (an alias names its unit), read once.
    auto registeredUnits = UnitRepository(m_db).units();
    if (!registeredUnits)
        return registeredUnits.error();
    QHash<QString, QString> unitCalled;
    for (const Unit& u : registeredUnits.value()) {
        for (const QString& alias : u.aliases)
            unitCalled.insert(alias, u.name);
        unitCalled.insert(u.name, u.name);
    }
    for (qsizetype i = 0; i < result.teachers.size(); ++i) {
        const Teacher& t = result.teachers.at(i);
        const auto found = byNumber.constFind(t.staffNumber);
        if (found == byNumber.constEnd()) {
            toImport << t;
            toImportRows << result.rows.at(i);
            continue;
        }
        const Teacher& s = found.value();
        Teacher given = t;
        given.unitName = unitCalled.value(t.unitName.trimmed(), t.unitName.trimmed());
        QStringList differences;
        for (const TeacherFactDifference& d : factDifferences(s, given, true))
            differences << tr("%1：已登记「%2」，文件为「%3」").arg(d.label, d.first, d.second);
        if (differences.isEmpty()) {
            ++result.unchanged;
            continue;
        }
        Finding f;
        f.severity = Severity::Error;
        f.rule = QStringLiteral("IMPORT");
        f.file = result.file;
        f.row = result.rows.at(i);
        f.columnName = tr("工号");
        f.message = tr("工号「%1」已属于 %2（%3），与文件不同（%4）：导入不改写已登记的教师，也不合并两位教师")
                        .arg(t.staffNumber, s.name, s.unitName, differences.join(tr("；")));
        result.findings << f;
    }
    if (result.hasErrors())
        return result;
    result.teachers = std::move(toImport);
    result.rows = std::move(toImportRows);
    if (result.teachers.isEmpty())
        return result; // every teacher of the file is registered as it gives them: nothing to write

    if (!m_progress.step(2, 3, tr("正在保存 %1 名教师…").arg(result.teachers.size())))
        return Cancelled::error(tr("导入"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    UnitRepository units(m_db);
    QHash<QString, qint64> unitIds;
    for (Teacher& t : result.teachers) {
        auto it = unitIds.constFind(t.unitName);
        if (it == unitIds.constEnd()) {
            auto id = units.ensureUnit(t.unitName, true); // a school list names real schools
            if (!id)
                return id.error();
            it = unitIds.insert(t.unitName, id.value());
        }
        t.unitId = *it;
    }
    auto ids = teachers.importTeachers(result.teachers, result.file, m_progress);
    if (!ids)
        return Cancelled::is(ids.error()) ? Cancelled::error(tr("导入")) : ids.error();
    for (qsizetype i = 0; i < ids->size(); ++i)
        result.teachers[i].id = ids->at(i);
    if (!m_progress.step(3, 3, {}))
        return Cancelled::error(tr("导入")); // tx rolls back
    if (Status s = tx.commit(); !s)
        return s.error();
    result.imported = int(ids->size());
    return result;
}

Result<Teacher> TeacherService::updateTeacher(qint64 teacherId, const Teacher& changed)
{
    TeacherRepository teachers(m_db);
    auto before = teachers.teacher(teacherId);
    if (!before)
        return before.error();
    Teacher after = before.value();
    after.name = changed.name.trimmed();
    after.stage = changed.stage.trimmed();
    after.subject = changed.subject.trimmed();
    after.hireDate = changed.hireDate;
    if (after.name.isEmpty())
        return Error { tr("工号「%1」的教师：姓名不能为空").arg(before->staffNumber) };
    const QString school = changed.unitName.trimmed();
    if (school.isEmpty())
        return Error { tr("工号「%1」的教师：学校不能为空").arg(before->staffNumber) };
    auto unit = UnitRepository(m_db).unitNamed(school);
    if (!unit && unit.error().value != school)
        return unit.error();
    if (!unit) {
        Error e(tr("单位名录中没有「%1」：先在单位名录中添加该单位，或写它已有的名称").arg(school));
        e.value = school;
        return e;
    }
    after.unitId = unit->id;
    after.unitName = unit->name;
    if (factDifferences(before.value(), after, false).isEmpty())
        return Error { tr("工号「%1」的教师资料没有变化").arg(before->staffNumber) };
    if (Status s = teachers.updateTeacher(after); !s)
        return s.error();
    return teachers.teacher(teacherId);
}

QList<TeacherFactDifference> TeacherService::factDifferences(
    const Teacher& first, const Teacher& second, bool blankKeeps)
{
    QList<TeacherFactDifference> out;
    const auto compare = [&](const QString& label, const QString& a, const QString& b, bool optional) {
        if (a != b && !(optional && blankKeeps && b.isEmpty()))
            out << TeacherFactDifference { label, a, b };
    };
    compare(tr("姓名"), first.name.trimmed(), second.name.trimmed(), false);
    compare(tr("学校"), first.unitName.trimmed(), second.unitName.trimmed(), false);
    compare(tr("学段"), first.stage.trimmed(), second.stage.trimmed(), true);
    compare(tr("学科"), first.subject.trimmed(), second.subject.trimmed(), true);
    compare(tr("参加工作时间"), first.hireDate.toString(Qt::ISODate), second.hireDate.toString(Qt::ISODate), true);
    return out;
}

} // namespace tp
