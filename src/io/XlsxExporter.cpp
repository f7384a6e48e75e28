#include "XlsxExporter.h"

#include "AtomicFile.h"
#include "CellParsers.h"
#include "PlanCsvExporter.h"
#include "TableRules.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <xlsxwriter.h>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::XlsxExporter)
};

Error fileError(const QString& path, const QString& message)
{
    Error e(message);
    e.file = QFileInfo(path).fileName();
    return e;
}

// A cell text that is a plain number as typed — "3", "270", "1.5" — and nothing else: no unit, no sign, no
// leading zero ("0012" is a staff number, not 12), at most 15 digits (Excel keeps no more).
bool isPlainNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^(?:0|[1-9]\\d{0,14})(?:\\.\\d{1,6})?$"));
    return number.match(text).hasMatch();
}

bool isNumericField(ProjectField f)
{
    return f == ProjectField::Seq || f == ProjectField::Duration || f == ProjectField::Headcount;
}

// Display width of text in Excel's column units: a CJK character is about two digits wide.
double displayWidth(const QString& text)
{
    double widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        double w = 0;
        for (const QChar c : line)
            w += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
        widest = std::max(widest, w);
    }
    return widest;
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

// The 合计 of one column as a formula, and its value now (the cached result Excel shows before it recalculates,
// and what a reader without a formula engine sees).
//
// Why not just =SUM(D3:D36): a 培训天数 column mixes days ("3", written as numbers) and 学时 ("300学时", kept
// as text, because the unit is part of what the bureau wrote); SUM skips text, so it would drop the 400 学时
// silently — the very mistake of the published 梁平 table (82 stated, 98 days + 400 学时 in the rows). So:
//   - cells that are plain numbers are numbers, and SUM(range) adds them, live, when someone edits them;
//   - each cell that holds a unit ("2天", "300学时", "约120人", "300人") adds its number through
//     VALUE(SUBSTITUTE(…)) by reference, so editing it updates the total too;
//   - days and 学时 are summed apart and shown as "98天+400学时" (the form R-TABLE and the importer read), or
//     as the plain number when there are no 学时 — then the 合计 cell is a number;
//   - 全员 and blank cells add nothing (never 0 for 全员: it is simply not a number of people).
// With more than 200 such unit cells the formula would get unwieldy; their sum is then written as a constant
// inside the formula (still correct, no longer live for those cells).
struct ColumnTotal {
    QString formula; // without the leading '='
    bool isText = false;
    double number = 0;
    QString text;
};

ColumnTotal durationTotal(const QList<Project>& projects, const QString& col, int firstRow, int lastRow)
{
    QStringList dayTerms { QStringLiteral("SUM(%1%2:%1%3)").arg(col).arg(firstRow).arg(lastRow) };
    QStringList hourTerms;
    double dayConst = 0;
    double hourConst = 0;
    int unitCells = 0;
    for (const Project& p : projects)
        unitCells += !p.durationText.trimmed().isEmpty() && !isPlainNumber(p.durationText.trimmed());
    const bool live = unitCells <= 200;
    for (int i = 0; i < projects.size(); ++i) {
        const QString text = projects.at(i).durationText.trimmed();
        // A cancelled project (已取消) stays in the sheet and leaves the 合计: its number is taken out of the SUM.
        if (projects.at(i).cancelled && isPlainNumber(text))
            dayTerms << QStringLiteral("-") + col + QString::number(firstRow + i);
        if (text.isEmpty() || isPlainNumber(text) || projects.at(i).cancelled)
            continue;
        const Duration d = parseDuration(text);
        if (!d.isValid() || d.unit == DurationUnit::None)
            continue;
        const QString cell = col + QString::number(firstRow + i);
        if (d.unit == DurationUnit::Hour) {
            if (live)
                hourTerms << QStringLiteral("VALUE(SUBSTITUTE(SUBSTITUTE(%1,\"学时\",\"\"),\"小时\",\"\"))").arg(cell);
            else
                hourConst += d.value;
        } else if (d.unit == DurationUnit::Day) {
            if (live)
                dayTerms << QStringLiteral("VALUE(SUBSTITUTE(%1,\"天\",\"\"))").arg(cell);
            else
                dayConst += d.value;
        }
    }
    if (dayConst != 0)
        dayTerms << numberText(dayConst);
    if (hourConst != 0)
        hourTerms << numberText(hourConst);

    const PlanTotals totals = computeTotals(projects);
    ColumnTotal t;
    if (hourTerms.isEmpty()) {
        t.formula = dayTerms.join(QLatin1Char('+')).replace(QStringLiteral("+-"), QStringLiteral("-"));
        t.number = totals.days;
        return t;
    }
    t.isText = true;
    t.text = formatDurationTotal(totals);
    const QString hours = QStringLiteral("(") + hourTerms.join(QLatin1Char('+')) + QStringLiteral(")");
    if (totals.days > 0 || dayTerms.size() > 1)
        t.formula = QStringLiteral("(%1)&\"天+\"&%2&\"学时\"")
                        .arg(dayTerms.join(QLatin1Char('+')).replace(QStringLiteral("+-"), QStringLiteral("-")), hours);
    else
        t.formula = hours + QStringLiteral("&\"学时\"");
    return t;
}

ColumnTotal headcountTotal(const QList<Project>& projects, const QString& col, int firstRow, int lastRow)
{
    QStringList terms { QStringLiteral("SUM(%1%2:%1%3)").arg(col).arg(firstRow).arg(lastRow) };
    double constant = 0;
    int unitCells = 0;
    for (const Project& p : projects)
        unitCells += !p.headcountText.trimmed().isEmpty() && !isPlainNumber(p.headcountText.trimmed());
    const bool live = unitCells <= 200;
    for (int i = 0; i < projects.size(); ++i) {
        const QString text = projects.at(i).headcountText.trimmed();
        if (projects.at(i).cancelled && isPlainNumber(text))
            terms << QStringLiteral("-") + col + QString::number(firstRow + i);
        if (text.isEmpty() || isPlainNumber(text) || projects.at(i).cancelled)
            continue;
        const Headcount h = parseHeadcount(text);
        if (!h.isValid() || (h.kind != HeadcountKind::Exact && h.kind != HeadcountKind::Approx))
            continue;
        if (live)
            terms << QStringLiteral("VALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(%1,\"约\",\"\"),\"人\",\"\"),\"名\",\"\"))")
                         .arg(col + QString::number(firstRow + i));
        else
            constant += double(h.value);
    }
    if (constant != 0)
        terms << numberText(constant);
    ColumnTotal t;
    t.formula = terms.join(QLatin1Char('+')).replace(QStringLiteral("+-"), QStringLiteral("-"));
    const PlanTotals totals = computeTotals(projects);
    t.number = double(totals.headcount);
    // 全员 is never dropped: "440 + 全员×1", as on screen and in print.
    if (totals.allStaffRows > 0) {
        t.isText = true;
        t.text = formatHeadcountTotal(totals);
        const QString allStaff = QStringLiteral("全员×%1").arg(totals.allStaffRows);
        if (totals.headcount == 0 && totals.approxRows == 0)
            t.formula = QStringLiteral("\"%1\"").arg(allStaff);
        else
            t.formula = QStringLiteral("(%1)&\" + %2\"").arg(t.formula, allStaff);
    }
    return t;
}

QString cellText(const Project& p, ProjectField f)
{
    return cellTextAsShown(p, f).trimmed();
}

} // namespace

QString XlsxExporter::columnLetters(int column)
{
    QString s;
    int n = column + 1;
    while (n > 0) {
        const int r = (n - 1) % 26;
        s.prepend(QChar(QLatin1Char('A').unicode() + r));
        n = (n - 1) / 26;
    }
    return s;
}

QList<XlsxColumn> XlsxExporter::defaultColumns(const QList<Project>& projects)
{
    const QStringList headers = PlanCsvExporter::headers();
    QList<XlsxColumn> columns;
    for (int f = int(ProjectField::Seq); f < int(ProjectField::Count); ++f) {
        const auto field = ProjectField(f);
        const bool used = field == ProjectField::Seq || field == ProjectField::Name
            || std::any_of(
                projects.begin(), projects.end(), [&](const Project& p) { return !cellText(p, field).isEmpty(); });
        if (used)
            columns << XlsxColumn { field, headers.value(f) };
    }
    return columns;
}

Status XlsxExporter::writeFile(const QString& path, const QList<Project>& projects, const XlsxExportOptions& options)
{
    const QList<XlsxColumn> cols = options.columns.isEmpty() ? defaultColumns(projects) : options.columns;
    if (cols.isEmpty())
        return fileError(path, Text::tr("没有要导出的列"));

    // libxlsxwriter writes the file itself: into AtomicFile's temporary file beside the target (created with the
    // permissions the target should have), which commit() flushes and renames — the old file stays whole on
    // any failure.
    AtomicFile file(path);
    if (Status s = file.open(); !s)
        return s;
    const QString tempPath = file.tempPath();
    const QByteArray tempName = QFile::encodeName(tempPath);
    lxw_workbook_options wbOptions {};
    wbOptions.constant_memory = LXW_FALSE;
    // libxlsxwriter's own temporary files beside the target too: a full disk there is the target's full disk.
    const QByteArray tempDir = QFile::encodeName(QFileInfo(path).absolutePath());
    wbOptions.tmpdir = const_cast<char*>(tempDir.constData());
    lxw_workbook* wb = workbook_new_opt(tempName.constData(), &wbOptions);
    if (!wb)
        return fileError(path, Text::tr("无法创建 XLSX 文件"));
    const QByteArray sheetName = utf8(options.sheetName.isEmpty() ? Text::tr("计划表") : options.sheetName);
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheetName.constData());
    if (!ws) {
        workbook_close(wb);
        return fileError(path, Text::tr("工作表名「%1」不能用作 Excel 工作表名").arg(options.sheetName));
    }

    // Formats: 宋体 like the published tables (Excel and WPS on Chinese Windows have it; others substitute).
    const auto makeFormat = [&](bool bold, double size, bool border, bool center) {
        lxw_format* f = workbook_add_format(wb);
        format_set_font_name(f, "宋体");
        format_set_font_size(f, size);
        if (bold)
            format_set_bold(f);
        if (border)
            format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, center ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(f);
        return f;
    };
    lxw_format* titleFormat = makeFormat(true, 16, false, true);
    lxw_format* headerFormat = makeFormat(true, 11, true, true);
    lxw_format* cellFormat = makeFormat(false, 11, true, true);
    lxw_format* textFormat = makeFormat(false, 11, true, true);
    format_set_num_format(textFormat, "@"); // text cells stay text when someone types into them
    lxw_format* noteFormat = makeFormat(false, 11, false, false);
    // 已取消: the row stays, struck through (and out of the 合计).
    lxw_format* struckCellFormat = makeFormat(false, 11, true, true);
    format_set_font_strikeout(struckCellFormat);
    lxw_format* struckTextFormat = makeFormat(false, 11, true, true);
    format_set_num_format(struckTextFormat, "@");
    format_set_font_strikeout(struckTextFormat);

    const int ncols = int(cols.size());
    int row = 0;
    if (!options.title.trimmed().isEmpty()) {
        const QByteArray title = utf8(options.title.trimmed());
        if (ncols > 1)
            worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(ncols - 1), title.constData(), titleFormat);
        else
            worksheet_write_string(ws, 0, 0, title.constData(), titleFormat);
        worksheet_set_row(ws, 0, 30, nullptr);
        row = 1;
    }

    // Column widths in Excel's units, from the widest cell; the name column wraps beyond 40 (19 characters).
    QList<double> widths;
    const PlanTotals totals = computeTotals(projects);
    for (const XlsxColumn& c : cols) {
        double w = displayWidth(c.header);
        for (const Project& p : projects)
            w = std::max(w, displayWidth(cellText(p, c.field)));
        // The 合计 cell ("98天+400学时") must fit on one line too.
        if (options.totalsRow && c.field == ProjectField::Duration)
            w = std::max(w, displayWidth(formatDurationTotal(totals)));
        if (options.totalsRow && c.field == ProjectField::Headcount)
            w = std::max(w, displayWidth(formatHeadcountTotal(totals)));
        const double cap = c.field == ProjectField::Name ? 40 : 24;
        widths << std::clamp(w + 2, 6.0, cap);
    }
    for (int i = 0; i < ncols; ++i)
        worksheet_set_column(ws, lxw_col_t(i), lxw_col_t(i), widths.at(i), nullptr);
    const auto lineCount = [&](const QString& text, int col) {
        int lines = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            lines += std::max(1, int(std::ceil(displayWidth(line) / std::max(1.0, widths.at(col) - 1))));
        return lines;
    };

    const int headerRow = row;
    int headerLines = 1;
    for (int i = 0; i < ncols; ++i) {
        worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(i), utf8(cols.at(i).header).constData(), headerFormat);
        headerLines = std::max(headerLines, lineCount(cols.at(i).header, i));
    }
    worksheet_set_row(ws, lxw_row_t(row), 15.0 * headerLines + 6, nullptr);
    ++row;

    const int firstDataRow = row;
    for (const Project& p : projects) {
        if ((row - firstDataRow) % 100 == 0
            && !options.progress.step(row - firstDataRow, projects.size(), Text::tr("正在写入…"))) {
            workbook_close(wb); // into the temporary file, which AtomicFile removes
            return Cancelled::error(Text::tr("导出"));
        }
        int lines = 1;
        for (int i = 0; i < ncols; ++i) {
            const ProjectField f = cols.at(i).field;
            const QString text = f == ProjectField::Seq ? QString::number(p.seq) : cellText(p, f);
            lxw_format* numberFormat = p.cancelled ? struckCellFormat : cellFormat;
            lxw_format* stringFormat = p.cancelled ? struckTextFormat : textFormat;
            if (text.isEmpty())
                worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(i), numberFormat);
            else if (isNumericField(f) && isPlainNumber(text))
                worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(i), text.toDouble(), numberFormat);
            else
                worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(i), utf8(text).constData(), stringFormat);
            lines = std::max(lines, lineCount(text, i));
        }
        worksheet_set_row(ws, lxw_row_t(row), 15.0 * lines + 5, nullptr);
        ++row;
    }
    const int lastDataRow = row - 1;

    int firstTotal = -1;
    for (int i = 0; i < ncols && firstTotal < 0; ++i) {
        if (cols.at(i).field == ProjectField::Duration || cols.at(i).field == ProjectField::Headcount)
            firstTotal = i;
    }
    if (options.totalsRow && firstTotal >= 0 && !projects.isEmpty()) {
        const int labelEnd = std::max(0, firstTotal - 1);
        const QByteArray label = utf8(Text::tr("合计"));
        if (labelEnd > 0)
            worksheet_merge_range(
                ws, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(labelEnd), label.constData(), headerFormat);
        else
            worksheet_write_string(ws, lxw_row_t(row), 0, label.constData(), headerFormat);
        for (int i = std::max(1, firstTotal); i < ncols; ++i) {
            const ProjectField f = cols.at(i).field;
            const QString col = columnLetters(i);
            // Excel rows are 1-based in formulas.
            if (f == ProjectField::Duration || f == ProjectField::Headcount) {
                const ColumnTotal t = f == ProjectField::Duration
                    ? durationTotal(projects, col, firstDataRow + 1, lastDataRow + 1)
                    : headcountTotal(projects, col, firstDataRow + 1, lastDataRow + 1);
                const QByteArray formula = utf8(QLatin1Char('=') + t.formula);
                if (t.isText)
                    worksheet_write_formula_str(
                        ws, lxw_row_t(row), lxw_col_t(i), formula.constData(), cellFormat, utf8(t.text).constData());
                else
                    worksheet_write_formula_num(
                        ws, lxw_row_t(row), lxw_col_t(i), formula.constData(), cellFormat, t.number);
            } else {
                worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(i), cellFormat);
            }
        }
        worksheet_set_row(ws, lxw_row_t(row), 21, nullptr);
        ++row;
    }
    const int lastTableRow = row - 1;

    for (const QString& note : options.notes) {
        if (note.trimmed().isEmpty())
            continue;
        const QByteArray text = utf8(note.trimmed());
        if (ncols > 1)
            worksheet_merge_range(
                ws, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(ncols - 1), text.constData(), noteFormat);
        else
            worksheet_write_string(ws, lxw_row_t(row), 0, text.constData(), noteFormat);
        worksheet_set_row(ws, lxw_row_t(row), 20, nullptr);
        ++row;
    }

    // Print setup: A4, the header row on every page, one page wide, margins of the printed table (inches),
    // "- N -" at the bottom centre.
    worksheet_set_paper(ws, 9);
    if (options.landscape)
        worksheet_set_landscape(ws);
    else
        worksheet_set_portrait(ws);
    worksheet_repeat_rows(ws, lxw_row_t(headerRow), lxw_row_t(headerRow));
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_margins(ws, 26 / 25.4, 26 / 25.4, 30 / 25.4, 28 / 25.4);
    worksheet_center_horizontally(ws);
    worksheet_set_footer(ws, "&C- &P -");
    worksheet_print_area(ws, 0, 0, lxw_row_t(std::max(lastTableRow, row - 1)), lxw_col_t(ncols - 1));
    worksheet_freeze_panes(ws, lxw_row_t(headerRow + 1), 0);

    if (!options.progress.step(projects.size(), projects.size(), Text::tr("正在保存…"))) {
        workbook_close(wb);
        return Cancelled::error(Text::tr("导出"));
    }
    errno = 0;
    const lxw_error closed = workbook_close(wb);
    const int why = errno;
    const bool diskFull = why == ENOSPC || why == EDQUOT || why == EFBIG;
    if (closed != LXW_NO_ERROR) {
        // libxlsxwriter reports a full disk as a failed zip write; errno says which.
        if (diskFull)
            return AtomicFile::writeError(path, why);
        return fileError(
            path, Text::tr("写入 XLSX 失败：%1；原有文件未改变").arg(QString::fromUtf8(lxw_strerror(closed))));
    }
    // libxlsxwriter does not check every write of its temporary files: on a full disk it closed "successfully"
    // with a workbook missing most of its rows. The file is read back before it replaces the old one.
    auto written = XlsxReader::readSheet(tempPath, QString::fromUtf8(sheetName));
    if (!written || written->records.size() < row) {
        if (diskFull)
            return AtomicFile::writeError(path, why);
        return fileError(path,
            Text::tr("写入 XLSX 失败：写出的文件不完整，多半是磁盘空间不足，无法写入 %1；原有文件未改变")
                .arg(QDir::toNativeSeparators(path)));
    }
    return file.commit();
}

} // namespace tp
