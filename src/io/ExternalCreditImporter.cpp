#include "ExternalCreditImporter.h"

#include "InputSanitizer.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace tp {

namespace {

QList<HeaderColumn> spec()
{
    return {
        staffNumberColumn(true),
        personNameColumn(false),
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
    if (t.endsWith(QChar(u'分')) || t.endsWith(QChar(u'时'))) // every unit ends so: no regex for a plain number
        t.remove(unit);
    return NumberInput::parse(t, field);
}

// The year of a line: "2022", "2022年", "2022年度"; 0 when it is none. Four ASCII digits are read at once; any
// other text (full-width or other Unicode digits) takes the pattern.
int readYear(const QString& text)
{
    const QStringView v = QStringView(text).trimmed();
    const auto asciiYear = [](QStringView digits) {
        int year = 0;
        for (QChar c : digits) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return -1;
            year = year * 10 + (c.unicode() - u'0');
        }
        return year;
    };
    if (v.size() >= 4 && v.size() <= 6) {
        const QStringView rest = v.mid(4);
        if (rest.isEmpty() || rest == u"年" || rest == u"年度")
            if (const int year = asciiYear(v.left(4)); year >= 0)
                return year;
    }
    static const QRegularExpression yearPattern(QStringLiteral("^(\\d{4})(年度?)?$"));
    const auto year = yearPattern.match(v);
    return year.hasMatch() ? year.captured(1).toInt() : 0;
}
} // namespace

Result<ExternalCreditSheet> ExternalCreditImporter::parseFile(const QString& path, const QString& encoding)
{
    return tp::parseFile(
        path, [&](const QByteArray& bytes, const QString& name) { return parse(bytes, name, encoding); });
}

Result<ExternalCreditSheet> ExternalCreditImporter::parse(
    const QByteArray& bytes, const QString& fileName, const QString& encoding)
{
    auto table = HeaderTable::read(bytes, fileName, spec(), encoding);
    if (!table)
        return table.error();
    ExternalCreditSheet sheet;
    sheet.table = table.value();
    const HeaderTable& t = sheet.table;
    sheet.findings << t.findings; // cells cleaned: invisible characters removed, control characters refused
    // A file names a handful of levels and kinds over and over: each distinct text is read once.
    QHash<QString, std::optional<TrainingLevel>> levels;
    QHash<QString, std::optional<TrainingKind>> kinds;
    sheet.rows.reserve(t.rows.size());
    for (const CsvRecord& record : t.rows) {
        bool ok = true;
        auto error = [&](const QString& key, const QString& message) {
            sheet.findings << t.finding(Severity::Error, record, key, message);
            ok = false;
        };
        ExternalCreditRow c;
        c.record = record;
        c.person = personCells(t, record);
        if (c.person.staffNumber.isEmpty())
            error(QStringLiteral("staff"), tr("缺少工号"));
        const QString yearText = t.cell(record, QStringLiteral("year"));
        c.credit.year = readYear(yearText);
        if (c.credit.year < 1949 || c.credit.year > 2200)
            error(QStringLiteral("year"), tr("年度「%1」应为四位年份，例如 2022").arg(yearText));
        const QString levelText = t.cell(record, QStringLiteral("level"));
        auto knownLevel = levels.constFind(levelText);
        if (knownLevel == levels.constEnd())
            knownLevel = levels.insert(levelText, trainingLevelFromText(levelText));
        if (const auto level = *knownLevel)
            c.credit.level = *level;
        else
            error(QStringLiteral("level"), tr("级别「%1」不是国家级、省级、市级、区县级或校级").arg(levelText));
        const QString kindText = t.cell(record, QStringLiteral("kind"));
        auto knownKind = kinds.constFind(kindText);
        if (knownKind == kinds.constEnd())
            knownKind = kinds.insert(kindText, trainingKindFromText(kindText));
        if (const auto kind = *knownKind)
            c.credit.kind = *kind;
        else
            error(QStringLiteral("kind"), tr("形式「%1」不是集中、网络、校本或实践（跟岗、教研、观摩）").arg(kindText));
        const QString creditsText = t.cell(record, QStringLiteral("credits"));
        const QString hoursText = t.cell(record, QStringLiteral("hours"));
        const auto credits = readAmount(creditsText, NumberField::Credits);
        const auto hours = readAmount(hoursText, NumberField::Hours);
        c.credit.credits = credits ? credits.value() : 0;
        c.credit.hours = hours ? hours.value() : 0;
        if (!credits)
            error(QStringLiteral("credits"), credits.error().message);
        if (!hours)
            error(QStringLiteral("hours"), hours.error().message);
        if (credits && hours && c.credit.credits == 0 && c.credit.hours == 0)
            error(t.has(QStringLiteral("credits")) ? QStringLiteral("credits") : QStringLiteral("hours"),
                tr("学分「%1」和学时「%2」都为空或为 0").arg(creditsText, hoursText));
        c.credit.title = t.cell(record, QStringLiteral("title"));
        if (c.credit.title.isEmpty())
            error(QStringLiteral("title"), tr("缺少培训名称"));
        c.credit.source = t.cell(record, QStringLiteral("source"));
        if (ok)
            sheet.rows << c;
    }
    if (t.rows.isEmpty())
        sheet.findings << t.fileFinding(Severity::Error, tr("表头下没有学分记录"));
    return sheet;
}

} // namespace tp
