#include "PlanCsvExporter.h"

#include "AtomicFile.h"
#include "CellParsers.h"
#include "TableRules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace tp {

namespace {
constexpr ProjectField kColumns[] = {
    ProjectField::Seq,
    ProjectField::Name,
    ProjectField::Organizers,
    ProjectField::Duration,
    ProjectField::Headcount,
    ProjectField::Modes,
    ProjectField::Months,
    ProjectField::Location,
    ProjectField::Level,
    ProjectField::Remarks,
};

bool isTextColumn(ProjectField f)
{
    return f != ProjectField::Seq && f != ProjectField::Duration && f != ProjectField::Headcount;
}

// What Excel would not keep as typed when it opens a CSV: long digit strings (1.2E+17), digit strings
// with a leading zero (0012345 → 12345), and day-month forms (4-5 → 5月4日).
bool excelWouldMangle(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    static const QRegularExpression dateLike(QStringLiteral("^\\d{1,4}[-/]\\d{1,2}(?:[-/]\\d{1,4})?$"));
    if (digits.match(text).hasMatch())
        return text.size() >= 12 || (text.size() > 1 && text.startsWith(QLatin1Char('0')));
    return dateLike.match(text).hasMatch();
}

QString cellText(const Project& p, ProjectField f, const CsvExportOptions& options)
{
    QString text = PlanCsvExporter::neutralizeFormula(cellTextAsShown(p, f));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (options.protectText && isTextColumn(f) && excelWouldMangle(text))
        return QStringLiteral("=\"%1\"").arg(text);
    return text;
}

void appendRow(QString& out, const QStringList& cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& c : cells)
        quoted << PlanCsvExporter::quoteCell(c);
    out += quoted.join(QLatin1Char(','));
    out += QStringLiteral("\r\n");
}
} // namespace

QStringList PlanCsvExporter::headers()
{
    // The header names of the published tables (seeds 000 attachment), whatever the UI language.
    return { QStringLiteral("序号"), QStringLiteral("培训项目"), QStringLiteral("主办单位"), QStringLiteral("培训天数"),
        QStringLiteral("参培人数"), QStringLiteral("培训方式"), QStringLiteral("拟培训时间"),
        QStringLiteral("培训地点"), QStringLiteral("级别"), QStringLiteral("备注") };
}

bool PlanCsvExporter::startsLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QString PlanCsvExporter::neutralizeFormula(const QString& text)
{
    // OWASP's CSV injection advice: Excel and WPS run "=cmd|' /C calc'!A0", "+1+1" or "@SUM(…)" as formulas;
    // a leading apostrophe makes them text (and the importer takes it off again).
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString PlanCsvExporter::quoteCell(const QString& text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    QString q = text;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray PlanCsvExporter::toCsv(const QList<Project>& projects, const CsvExportOptions& options)
{
    const int columnCount = int(std::size(kColumns));
    QString out;
    if (!options.title.isEmpty()) {
        QStringList row(columnCount);
        row[0] = neutralizeFormula(options.title);
        appendRow(out, row);
    }
    appendRow(out, headers());
    for (const Project& p : projects) {
        QStringList row;
        for (ProjectField f : kColumns)
            row << cellText(p, f, options);
        appendRow(out, row);
    }
    if (options.totalsRow) {
        const PlanTotals totals = computeTotals(projects);
        QStringList row(columnCount);
        row[0] = QStringLiteral("合计");
        row[3] = formatDurationTotal(totals);
        row[4] = formatHeadcountTotal(totals);
        appendRow(out, row);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status PlanCsvExporter::writeFile(const QString& path, const QList<Project>& projects, const CsvExportOptions& options)
{
    return AtomicFile::writeFile(path, toCsv(projects, options));
}

} // namespace tp
