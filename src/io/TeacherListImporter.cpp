#include "TeacherListImporter.h"

#include "HeaderTable.h"
#include "InputSanitizer.h"

#include <QFileInfo>
#include <QHash>

namespace tp {

namespace {
QList<HeaderColumn> spec()
{
    return {
        staffNumberColumn(true),
        personNameColumn(true),
        unitColumn(false),
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

Result<TeacherListImport> TeacherListImporter::parseFile(
    const QString& path, const QString& defaultUnit, const QString& encoding)
{
    return tp::parseFile(
        path, [&](const QByteArray& bytes, const QString& name) { return parse(bytes, name, defaultUnit, encoding); });
}

} // namespace tp
