#include "ExternalCreditImporter.h"

#include "Database.h"
#include "HeaderTable.h"
#include "InputSanitizer.h"
#include "Teacher.h"
#include "TeacherRepository.h"
#include "TextDecoder.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tp {

namespace {

QList<HeaderColumn> spec()
{
    return {
        { QStringLiteral("staff"),
            { QStringLiteral("工号"), QStringLiteral("教师编号"), QStringLiteral("编号"), QStringLiteral("职工号"),
                QStringLiteral("教职工号"), QStringLiteral("人员编号"), QStringLiteral("教师工号") },
            true },
        { QStringLiteral("name"), { QStringLiteral("姓名"), QStringLiteral("教师姓名") }, false },
        { QStringLiteral("year"), { QStringLiteral("年度"), QStringLiteral("年份"), QStringLiteral("培训年度") },
            true },
        { QStringLiteral("level"), { QStringLiteral("级别"), QStringLiteral("培训级别"), QStringLiteral("层级") },
            true },
        { QStringLiteral("kind"),
            { QStringLiteral("形式"), QStringLiteral("培训形式"), QStringLiteral("类型"), QStringLiteral("培训类型") },
            true },
        { QStringLiteral("credits"), { QStringLiteral("学分") }, false },
        { QStringLiteral("hours"), { QStringLiteral("学时") }, false },
        { QStringLiteral("title"),
            { QStringLiteral("培训名称"), QStringLiteral("项目名称"), QStringLiteral("培训项目"),
                QStringLiteral("名称") },
            true },
        { QStringLiteral("source"), { QStringLiteral("来源"), QStringLiteral("学分来源"), QStringLiteral("平台") },
            false },
    };
}

// An amount as typed ("2", "2.5", "２", "3学分"); 0 when blank. inf, nan, 1e308 and amounts beyond the field's
// bounds are errors (NumberInput).
Result<double> readAmount(const QString& text, NumberField field)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return 0.0;
    static const QRegularExpression unit(QStringLiteral("(学分|学时|分|小时)$"));
    t.remove(unit);
    return NumberInput::parse(t, field);
}
} // namespace

bool ExternalCreditImport::hasErrors() const
{
    return hasErrorFindings(findings);
}

Result<ExternalCreditImport> ExternalCreditImporter::importFile(
    Database& db, const QString& path, const QString& encoding, QDate on)
{
    auto bytes = TextDecoder::readFile(path);
    if (!bytes)
        return bytes.error();
    return importBytes(db, bytes.value(), QFileInfo(path).fileName(), encoding, on);
}

Result<ExternalCreditImport> ExternalCreditImporter::importBytes(
    Database& db, const QByteArray& bytes, const QString& fileName, const QString& encoding, QDate on)
{
    auto table = HeaderTable::read(bytes, fileName, spec(), encoding);
    if (!table)
        return table.error();
    ExternalCreditImport result;
    result.file = fileName;
    result.encoding = table->encoding;
    result.findings << table->findings; // cells cleaned: invisible characters removed, control characters refused
    TeacherRepository teachers(db);
    auto index = teachers.staffNumberIndex();
    if (!index)
        return index.error();
    QList<qint64> ids;
    for (const CsvRecord& record : table->rows) {
        const qint64 id = index->value(normalizeStaffNumber(table->cell(record, QStringLiteral("staff"))));
        if (id)
            ids << id;
    }
    auto stored = teachers.teachers(ids);
    if (!stored)
        return stored.error();
    QHash<qint64, Teacher> byId;
    for (const Teacher& t : stored.value())
        byId.insert(t.id, t);

    for (const CsvRecord& record : table->rows) {
        bool ok = true;
        auto error = [&](const QString& key, const QString& message) {
            result.findings << table->finding(Severity::Error, record, key, message);
            ok = false;
        };
        ExternalCredit c;
        const QString staff = normalizeStaffNumber(table->cell(record, QStringLiteral("staff")));
        const QString name = table->cell(record, QStringLiteral("name"));
        if (staff.isEmpty()) {
            error(QStringLiteral("staff"), tr("缺少工号"));
        } else if (!index->contains(staff)) {
            error(QStringLiteral("staff"), tr("工号「%1」不在教师名单中（先导入该校的教师名单）").arg(staff));
        } else {
            c.teacherId = index->value(staff);
            const Teacher t = byId.value(c.teacherId);
            if (!name.isEmpty() && name != t.name)
                error(QStringLiteral("name"),
                    tr("姓名「%1」与工号「%2」的教师「%3」（%4）不符").arg(name, staff, t.name, t.unitName));
        }
        const QString yearText = table->cell(record, QStringLiteral("year"));
        static const QRegularExpression yearPattern(QStringLiteral("^(\\d{4})(年度?)?$"));
        const auto year = yearPattern.match(yearText.trimmed());
        c.year = year.hasMatch() ? year.captured(1).toInt() : 0;
        if (c.year < 1949 || c.year > 2200)
            error(QStringLiteral("year"), tr("年度「%1」应为四位年份，例如 2022").arg(yearText));
        const QString levelText = table->cell(record, QStringLiteral("level"));
        if (const auto level = trainingLevelFromText(levelText))
            c.level = *level;
        else
            error(QStringLiteral("level"), tr("级别「%1」不是国家级、省级、市级、区县级或校级").arg(levelText));
        const QString kindText = table->cell(record, QStringLiteral("kind"));
        if (const auto kind = trainingKindFromText(kindText))
            c.kind = *kind;
        else
            error(QStringLiteral("kind"), tr("形式「%1」不是集中、网络、校本或实践（跟岗、教研、观摩）").arg(kindText));
        const QString creditsText = table->cell(record, QStringLiteral("credits"));
        const QString hoursText = table->cell(record, QStringLiteral("hours"));
        const auto credits = readAmount(creditsText, NumberField::Credits);
        const auto hours = readAmount(hoursText, NumberField::Hours);
        c.credits = credits ? credits.value() : 0;
        c.hours = hours ? hours.value() : 0;
        if (!credits)
            error(QStringLiteral("credits"), credits.error().message);
        if (!hours)
            error(QStringLiteral("hours"), hours.error().message);
        if (credits && hours && c.credits == 0 && c.hours == 0)
            error(table->has(QStringLiteral("credits")) ? QStringLiteral("credits") : QStringLiteral("hours"),
                tr("学分「%1」和学时「%2」都为空或为 0").arg(creditsText, hoursText));
        c.title = table->cell(record, QStringLiteral("title"));
        if (c.title.isEmpty())
            error(QStringLiteral("title"), tr("缺少培训名称"));
        c.source = table->cell(record, QStringLiteral("source"));
        if (ok) {
            result.credits << c;
            result.rows << record.row;
        }
    }
    if (table->rows.isEmpty())
        result.findings << table->fileFinding(Severity::Error, tr("表头下没有学分记录"));
    if (result.hasErrors())
        return result;

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    LedgerRepository ledger(db);
    for (qsizetype i = 0; i < result.credits.size(); ++i) {
        const ExternalCredit& c = result.credits.at(i);
        const QString reason
            = tr("导入 %1 第 %2 行：%3 %4").arg(fileName).arg(result.rows.at(i)).arg(c.source, c.title);
        auto id = ledger.addExternalCredit(c, reason.simplified(), on);
        if (!id) {
            Error e = id.error();
            e.file = fileName;
            e.row = result.rows.at(i);
            return e;
        }
        result.registrationIds << id.value();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace tp
