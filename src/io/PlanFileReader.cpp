#include "PlanFileReader.h"

#include "PlanDocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <climits>

namespace tp {

namespace {

// The translation context of this file's messages.
struct PlanFileReader {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanFileReader)
};

Error fileError(const QString& path, const QString& message)
{
    Error e(message);
    e.file = QFileInfo(path).fileName();
    return e;
}

// A header cell as shown in a message: its line breaks and padding removed ("拟培训\n人数" → 拟培训人数).
QString headerLabel(const QString& header)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString s = header;
    s.remove(spaces);
    return s;
}

int severityRank(Severity s)
{
    switch (s) {
    case Severity::Error:
        return 2;
    case Severity::Warning:
        return 1;
    case Severity::Info:
        break;
    }
    return 0;
}

// The table's own findings and R-TABLE over its projects, as one list: R-TABLE's findings about a project
// get the file's row and column of that cell; where the importer already reported the same cell, R-TABLE's
// verdict stands (it is what `check` and the editor say later) and the importer's duplicate is dropped.
Findings mergeFindings(const ImportedTable& table, const Findings& checked)
{
    QHash<int, int> columnOfField;
    QHash<int, QString> headerOfField;
    for (const ColumnBinding& b : table.columns) {
        columnOfField.insert(int(b.field), b.column);
        headerOfField.insert(int(b.field), headerLabel(b.header));
    }

    // A table without a duration column (建安 2024): checkPlan says once that no row has a duration; here that
    // is said of the header row, the way a clerk sees it.
    const bool hasDurationColumn = columnOfField.contains(int(ProjectField::Duration));

    Findings located;
    located.reserve(checked.size());
    for (Finding f : checked) {
        if (!hasDurationColumn && f.field == ProjectField::Duration && f.severity == Severity::Info && f.seq == 0
            && f.row == 0) {
            f.file = table.file;
            f.row = table.headerRow;
            f.field = ProjectField::None;
            f.message = PlanFileReader::tr("表中没有培训天数/学时列，各项目的天数为空，不计入合计");
            located << f;
            continue;
        }
        if (f.row == 0 && f.seq > 0 && f.seq <= table.projects.size()) {
            f.file = table.file;
            f.row = table.rowOf(f.seq - 1);
            if (f.field != ProjectField::None) {
                f.column = columnOfField.value(int(f.field), 0);
                f.columnName = headerOfField.value(int(f.field), fieldLabel(f.field));
            }
        }
        if (f.file.isEmpty() && f.row > 0)
            f.file = table.file;
        located << f;
    }

    // The same cell: row and field. Looked up in a hash, not searched per finding (a 100,000-row table with a
    // warning on every row made this quadratic).
    QHash<std::pair<int, int>, qsizetype> locatedCell;
    for (qsizetype i = 0; i < located.size(); ++i) {
        const Finding& c = located.at(i);
        if (c.row > 0 && c.field != ProjectField::None)
            locatedCell.insert({ c.row, int(c.field) }, i);
    }
    Findings out;
    for (const Finding& f : table.findings) {
        const auto dup = f.row > 0 && f.field != ProjectField::None ? locatedCell.constFind({ f.row, int(f.field) })
                                                                    : locatedCell.constEnd();
        if (dup != locatedCell.constEnd()) {
            Finding& same = located[*dup];
            if (severityRank(f.severity) > severityRank(same.severity))
                same.severity = f.severity;
            continue;
        }
        out << f;
    }
    out << located;
    // In file order; findings about the plan as a whole (no row) last.
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        const int ra = a.row > 0 ? a.row : INT_MAX;
        const int rb = b.row > 0 ? b.row : INT_MAX;
        return ra < rb;
    });
    return out;
}

Result<ImportReport> readAndCheck(const ImportRequest& request)
{
    if (request.path.trimmed().isEmpty())
        return Error { PlanFileReader::tr("未指定要导入的文件") };
    if (request.year < 1949 || request.year > 2200)
        return fileError(
            request.path, PlanFileReader::tr("年度 %1 不是有效的年份（应在 1949 到 2200 之间）").arg(request.year));

    auto read = PlanTableImporter::importFile(request.path, request.encoding, request.sheet);
    if (!read) {
        Error e = read.error();
        if (e.file.isEmpty())
            e.file = QFileInfo(request.path).fileName();
        return e;
    }

    ImportReport report;
    report.table = std::move(read.value());
    const ImportedTable& table = report.table;

    Plan& plan = report.plan;
    plan.year = request.year;
    plan.district = request.district.trimmed();
    if (plan.district.isEmpty())
        plan.district = districtFromTitle(table.title);
    if (plan.district.isEmpty()) {
        // Words for the GUI and the CLI alike; the CLI names its --district (code "no-district").
        Error e = fileError(request.path,
            table.title.isEmpty() ? PlanFileReader::tr("文件中没有标题行，无法得知区县名称；请指定区县")
                                  : PlanFileReader::tr("无法从标题「%1」得知区县名称；请指定区县").arg(table.title));
        e.code = QStringLiteral("no-district");
        return e;
    }
    plan.title = request.title.trimmed();
    if (plan.title.isEmpty())
        plan.title = table.title;
    if (plan.title.isEmpty())
        plan.title = defaultPlanTitle(plan.district, plan.year);
    plan.sourceFile = QFileInfo(request.path).fileName();
    plan.stated = table.stated;
    plan.notes = table.notes.join(QLatin1Char('\n'));

    // The table alone (checkPlan without deadlines): the same rules `check` and the plan table apply later.
    Plan checked = plan;
    checked.sourceFile = table.file.isEmpty() ? plan.sourceFile : table.file;
    PlanCheckOptions options;
    options.deadlines = false;
    report.findings = mergeFindings(table, checkPlan(checked, table.projects, {}, options));

    // A title that names another year than the one imported into is most likely a slip of --year.
    static const QRegularExpression yearInTitle(QStringLiteral("((?:19|20|21)\\d\\d)\\s*年"));
    if (const auto m = yearInTitle.match(table.title); m.hasMatch() && m.captured(1).toInt() != plan.year) {
        Finding f;
        f.severity = Severity::Warning;
        f.rule = QStringLiteral("IMPORT");
        f.message = PlanFileReader::tr("文件标题「%1」写的是 %2 年，而导入为 %3 年度的计划")
                        .arg(table.title, m.captured(1))
                        .arg(plan.year);
        // Words for the GUI and the CLI alike (the CLI's --year is named in its help, not here).
        f.fix = PlanFileReader::tr("确认年度：标题写的是 %1 年").arg(m.captured(1));
        report.findings.prepend(f);
    }
    report.imported = int(table.projects.size());
    return report;
}

} // namespace

bool ImportReport::hasErrors() const
{
    return std::any_of(
        findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
}

QString defaultPlanTitle(const QString& district, int year)
{
    return PlanFileReader::tr("%1%2年教师培训项目计划").arg(district).arg(year);
}

QString districtFromTitle(const QString& title)
{
    // A chain of place names at the start, optionally after the year ("2024年建安区…"). Each name is a few
    // Han characters and an administrative suffix; a name made of words of an office or a document
    // (教育委员会, 进修学校, 计划) is no place name, which stops the chain.
    static const QRegularExpression lead(QStringLiteral("^\\s*(?:\\d{4}\\s*年度?)?\\s*"));
    static const QRegularExpression name(
        QStringLiteral("\\G(\\p{Han}{1,7}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|旗|州|盟))"));
    static const QRegularExpression notPlace(QStringLiteral("[教育委局校院系统训计划级年]"));

    const auto start = lead.match(title);
    qsizetype pos = start.hasMatch() ? start.capturedEnd() : 0;
    QString district;
    while (pos < title.size()) {
        const auto m
            = name.match(title, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.captured(1).contains(notPlace))
            break;
        const QString place = m.captured(1);
        // 区/县/市/旗 name a district-level plan owner; 省, 自治区, 州, 盟 and 地区 are above it.
        const bool districtLevel = !place.endsWith(QStringLiteral("自治区")) && !place.endsWith(QStringLiteral("地区"))
            && (place.endsWith(QChar(u'区')) || place.endsWith(QChar(u'县')) || place.endsWith(QChar(u'市'))
                || place.endsWith(QChar(u'旗')));
        if (districtLevel)
            district = place;
        pos = m.capturedEnd();
    }
    return district;
}

Result<ImportReport> readPlanFile(const ImportRequest& request)
{
    return readAndCheck(request);
}

} // namespace tp
