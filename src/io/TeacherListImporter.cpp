#include "TeacherListImporter.h"

#include "Database.h"
#include "HeaderTable.h"
#include "InputSanitizer.h"
#include "TeacherRepository.h"
#include "TextDecoder.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace tp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tp::TeacherListImporter", text);
}

QList<HeaderColumn> spec()
{
    return {
        { QStringLiteral("staff"),
            { QStringLiteral("工号"), QStringLiteral("教师编号"), QStringLiteral("编号"), QStringLiteral("职工号"),
                QStringLiteral("教职工号"), QStringLiteral("人员编号"), QStringLiteral("教师工号") },
            true },
        { QStringLiteral("name"), { QStringLiteral("姓名"), QStringLiteral("教师姓名"), QStringLiteral("名字") },
            true },
        { QStringLiteral("unit"),
            { QStringLiteral("学校"), QStringLiteral("单位"), QStringLiteral("工作单位"), QStringLiteral("所在学校"),
                QStringLiteral("所在单位"), QStringLiteral("学校名称"), QStringLiteral("单位名称") },
            false },
        { QStringLiteral("stage"), { QStringLiteral("学段"), QStringLiteral("任教学段") }, false },
        { QStringLiteral("subject"), { QStringLiteral("学科"), QStringLiteral("任教学科"), QStringLiteral("科目") },
            false },
        { QStringLiteral("hired"),
            { QStringLiteral("入职时间"), QStringLiteral("参加工作时间"), QStringLiteral("入职日期"),
                QStringLiteral("参加工作日期"), QStringLiteral("任教时间") },
            false },
    };
}
} // namespace

bool TeacherListImport::hasErrors() const
{
    return hasErrorFindings(findings);
}

Result<TeacherListImport> TeacherListImporter::parse(
    const QByteArray& bytes, const QString& fileName, const QString& defaultUnit, const QString& encoding)
{
    auto table = HeaderTable::read(bytes, fileName, spec(), encoding);
    if (!table)
        return table.error();
    TeacherListImport result;
    result.file = fileName;
    result.encoding = table->encoding;
    result.findings << table->findings; // cells cleaned: invisible characters removed, control characters refused
    result.headerRow = table->headerRow;
    const QString staffKey = QStringLiteral("staff");
    QHash<QString, int> firstRow; // staff number → row it first appeared on
    for (const CsvRecord& record : table->rows) {
        Teacher t;
        const QString rawStaff = table->cell(record, staffKey);
        t.staffNumber = normalizeStaffNumber(rawStaff);
        t.name = table->cell(record, QStringLiteral("name"));
        t.unitName = table->cell(record, QStringLiteral("unit"));
        if (t.unitName.isEmpty())
            t.unitName = defaultUnit.trimmed();
        t.stage = table->cell(record, QStringLiteral("stage"));
        t.subject = table->cell(record, QStringLiteral("subject"));
        bool ok = true;
        auto error = [&](const QString& key, const QString& message, const QString& value) {
            Finding f = table->finding(Severity::Error, record, key, message);
            f.fix = value;
            result.findings << f;
            ok = false;
        };
        if (t.staffNumber.isEmpty())
            error(staffKey, tr("缺少工号"), QString());
        else if (looksLikeMangledNumber(t.staffNumber))
            error(staffKey,
                tr("工号「%1」已被 Excel 转成数字，前导零和末尾数字可能已丢失；请把该列设为文本后重新导出")
                    .arg(rawStaff),
                QString());
        if (t.name.isEmpty())
            error(QStringLiteral("name"), tr("缺少姓名"), QString());
        if (t.unitName.isEmpty())
            error(QStringLiteral("unit"), tr("缺少学校/单位（可用 --unit 指定整个文件的单位）"), QString());
        const QString hired = table->cell(record, QStringLiteral("hired"));
        if (!hired.isEmpty()) {
            t.hireDate = parseListDate(hired);
            if (!t.hireDate.isValid())
                error(QStringLiteral("hired"), tr("入职时间「%1」不是日期（例如 2010-09-01 或 2010年9月）").arg(hired),
                    QString());
            else if (Status s = DateInput::check(t.hireDate); !s)
                error(QStringLiteral("hired"), tr("入职时间「%1」：%2").arg(hired, s.error().message), QString());
        }
        if (!t.staffNumber.isEmpty()) {
            if (const auto first = firstRow.constFind(t.staffNumber); first != firstRow.constEnd())
                error(staffKey, tr("工号「%1」重复：第 %2 行已有此工号，不会合并").arg(t.staffNumber).arg(*first),
                    QString());
            else
                firstRow.insert(t.staffNumber, record.row);
        }
        if (ok) {
            result.teachers << t;
            result.rows << record.row;
        }
    }
    if (table->rows.isEmpty())
        result.findings << table->fileFinding(Severity::Error, tr("表头下没有教师"));
    return result;
}

Result<TeacherListImport> TeacherListImporter::importFile(
    Database& db, const QString& path, const QString& defaultUnit, const QString& encoding)
{
    auto bytes = TextDecoder::readFile(path);
    if (!bytes)
        return bytes.error();
    return importBytes(db, bytes.value(), QFileInfo(path).fileName(), defaultUnit, encoding);
}

Result<TeacherListImport> TeacherListImporter::importBytes(
    Database& db, const QByteArray& bytes, const QString& fileName, const QString& defaultUnit, const QString& encoding)
{
    auto parsed = parse(bytes, fileName, defaultUnit, encoding);
    if (!parsed)
        return parsed;
    TeacherListImport result = parsed.value();
    TeacherRepository teachers(db);
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
        f.file = fileName;
        f.row = result.rows.at(i);
        f.columnName = tr("工号");
        f.message = tr("工号「%1」已属于 %2（%3），不会合并")
                        .arg(t.staffNumber, stored ? stored->name : QString(), stored ? stored->unitName : QString());
        result.findings << f;
    }
    if (result.hasErrors())
        return result;

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    UnitRepository units(db);
    QHash<QString, qint64> unitIds;
    for (Teacher& t : result.teachers) {
        auto it = unitIds.constFind(t.unitName);
        if (it == unitIds.constEnd()) {
            auto id = units.ensureUnit(t.unitName);
            if (!id)
                return id.error();
            it = unitIds.insert(t.unitName, id.value());
        }
        t.unitId = *it;
    }
    auto ids = teachers.importTeachers(result.teachers, fileName);
    if (!ids)
        return ids.error();
    for (qsizetype i = 0; i < ids->size(); ++i)
        result.teachers[i].id = ids->at(i);
    if (Status s = tx.commit(); !s)
        return s.error();
    result.imported = int(ids->size());
    return result;
}

} // namespace tp
