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
    for (qsizetype i = 0; i < result.teachers.size(); ++i) {
        const Teacher& t = result.teachers.at(i);
        if (!existing->contains(t.staffNumber))
            continue;
        auto stored = teachers.teacher(existing->value(t.staffNumber));
        Finding f;
        f.severity = Severity::Error;
        f.rule = QStringLiteral("IMPORT");
        f.file = result.file;
        f.row = result.rows.at(i);
        f.columnName = tr("工号");
        f.message = tr("工号「%1」已属于 %2（%3），不会合并")
                        .arg(t.staffNumber, stored ? stored->name : QString(), stored ? stored->unitName : QString());
        result.findings << f;
    }
    if (result.hasErrors())
        return result;

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

} // namespace tp
