#include "PlanCsvExporter.h"

#include "CellParsers.h"
#include "TableRules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace tp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tp::PlanCsvExporter", text);
}

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
    QString text = p.text(f);
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
        row[0] = options.title;
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
    QSaveFile file(path);
    const auto fail = [&](const QString& reason) {
        Error e;
        e.file = QFileInfo(path).fileName();
        e.message = tr("无法写入文件 %1：%2").arg(path, reason);
        return e;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray bytes = toCsv(projects, options);
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return success();
}

} // namespace tp
