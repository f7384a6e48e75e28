#include "PlanTableImporter.h"

#include "CellParsers.h"
#include "InputSanitizer.h"
#include "PlanCsvExporter.h"
#include "PlanHeaders.h"
#include "TextDecoder.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanTableImporter)
};

const QString kRule = QStringLiteral("IMPORT");

// A cell as imported: line breaks as LF, spaces around trimmed, Excel's ="0012" text form unwrapped.
QString cleanCell(const QString& raw)
{
    // Most cells need none of it: no CR, no space at either end, not starting with ' or = (a few checks per
    // cell instead of two replaces and a trim; cells are cleaned several times per row).
    if (raw.isEmpty())
        return raw;
    if (const QChar front = raw.front(), back = raw.back(); !front.isSpace() && !back.isSpace()
        && front != QLatin1Char('\'') && front != QLatin1Char('=') && !raw.contains(QLatin1Char('\r')))
        return raw;
    QString s = raw;
    // The apostrophe PlanCsvExporter puts before a cell that would run as a formula ("'=1+1"): the rest is the
    // text as it was, not to be unwrapped further.
    const bool neutralized
        = s.size() >= 2 && s.front() == QLatin1Char('\'') && PlanCsvExporter::startsLikeFormula(s.mid(1));
    if (neutralized)
        s.remove(0, 1);
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    s = s.trimmed();
    if (neutralized)
        return s;
    if (s.size() >= 3 && s.startsWith(QStringLiteral("=\"")) && s.endsWith(QLatin1Char('"'))) {
        QString inner = s.mid(2, s.size() - 3);
        // Only a plain string literal ("" for a quote), not a formula such as ="a"&"b".
        if (!QString(inner).remove(QStringLiteral("\"\"")).contains(QLatin1Char('"')))
            s = inner.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    }
    return s;
}

QString cellAt(const CsvRecord& r, int column) // 1-based
{
    return column >= 1 && column <= r.cells.size() ? cleanCell(r.cells.at(column - 1)) : QString();
}

int nonEmptyCount(const CsvRecord& r)
{
    int n = 0;
    for (const QString& c : r.cells)
        n += cleanCell(c).isEmpty() ? 0 : 1;
    return n;
}

QString firstNonEmpty(const CsvRecord& r, int* column = nullptr)
{
    for (qsizetype i = 0; i < r.cells.size(); ++i) {
        const QString c = cleanCell(r.cells.at(i));
        if (!c.isEmpty()) {
            if (column)
                *column = int(i) + 1;
            return c;
        }
    }
    return QString();
}

QString joinedText(const CsvRecord& r)
{
    QStringList parts;
    for (const QString& c : r.cells) {
        const QString t = cleanCell(c);
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char(' '));
}

// "备注：…", "注：…", "注1.…", "说明：…", "填表人：…" below a table.
bool isNoteText(const QString& text)
{
    // Every alternative below starts with one of these characters: no pattern run for the other rows.
    if (text.isEmpty() || !QStringView(u"备注说填制审联附").contains(text.front()))
        return false;
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:备注|注|说明)(?:$|\\s*[:：0-9０-９、.．(（])|填表人|制表人|制表|审核人|联系人|附件)"));
    return re.match(text).hasMatch();
}

bool isTotalText(const QString& text)
{
    // Every wording below ends in 计 (which width normalisation leaves alone): most rows are not looked at further.
    if (!text.contains(QChar(u'计')))
        return false;
    static const QRegularExpression separators(QStringLiteral("[\\s:：]"));
    QString s = normalizeWidth(text);
    s.remove(separators);
    return s == QStringLiteral("合计") || s == QStringLiteral("总计") || s == QStringLiteral("总合计")
        || s == QStringLiteral("小计合计");
}

// A header cell for messages: on one line.
QString headerLabel(const QString& header)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n]+\\s*"));
    QString s = header;
    s.remove(breaks);
    return s.trimmed();
}
} // namespace

bool ImportedTable::hasErrors() const
{
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error)
            return true;
    }
    return false;
}

Result<ImportedTable> PlanTableImporter::importFile(
    const QString& path, const QString& encoding, const QString& sheetName)
{
    const QString name = QFileInfo(path).fileName();
    // An Excel workbook: the cells of the chosen (or first) sheet go through the same header detection and
    // checks as a CSV.
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        auto sheet = XlsxReader::readSheet(path, sheetName);
        if (!sheet)
            return sheet.error();
        auto table = importRecords(sheet->records, name);
        if (table)
            table->encoding = QStringLiteral("XLSX");
        return table;
    }
    if (!sheetName.isEmpty()) {
        Error e;
        e.file = name;
        e.message = Text::tr("%1 不是 Excel 工作簿（.xlsx），没有工作表「%2」可选").arg(name, sheetName);
        return e;
    }
    auto bytes = TextDecoder::readFile(path);
    if (!bytes)
        return bytes.error();
    return importBytes(bytes.value(), name, encoding);
}

Result<ImportedTable> PlanTableImporter::importBytes(
    const QByteArray& bytes, const QString& fileName, const QString& encoding)
{
    Result<DecodedText> decoded = TextDecoder::decode(bytes, fileName, encoding);
    if (!decoded)
        return decoded.error();
    return importText(decoded->text, fileName, decoded->encoding);
}

Result<ImportedTable> PlanTableImporter::importText(
    const QString& text, const QString& fileName, const QString& encoding)
{
    Result<QList<CsvRecord>> records = CsvReader::parse(text, fileName, CsvReader::guessDelimiter(text));
    if (!records)
        return records.error();
    Result<ImportedTable> table = importRecords(*records, fileName);
    if (table)
        table->encoding = encoding;
    return table;
}

Result<ImportedTable> PlanTableImporter::importRecords(const QList<CsvRecord>& input, const QString& fileName)
{
    ImportedTable out;
    out.file = fileName;

    // --- every cell cleaned first (InputSanitizer): NFC, invisible characters removed with a warning; a control
    // character (NUL, ESC …) refuses the file, naming the first such cell ------------------------------------
    QList<CsvRecord> records = input;
    std::optional<Error> refused;
    int refusedCells = 0;
    for (CsvRecord& r : records) {
        for (qsizetype c = 0; c < r.cells.size(); ++c) {
            const QString& raw = r.cells.at(c);
            if (raw.isEmpty())
                continue;
            const CleanText clean = InputSanitizer::clean(raw, TextShape::Block);
            if (clean.problems.isEmpty()) {
                if (clean.changed)
                    r.cells[c] = clean.text;
                continue;
            }
            if (clean.refused()) {
                if (!refused) {
                    Error e(Text::tr("文件 %1 第 %2 行第 %3 列：%4，未导入")
                                .arg(fileName)
                                .arg(r.row)
                                .arg(c + 1)
                                .arg(clean.describe()));
                    e.file = fileName;
                    e.row = r.row;
                    e.column = int(c) + 1;
                    e.value = InputSanitizer::printable(raw);
                    refused = e;
                }
                ++refusedCells;
                continue;
            }
            Finding f;
            f.severity = Severity::Warning;
            f.rule = kRule;
            f.file = fileName;
            f.row = r.row;
            f.column = int(c) + 1;
            f.message = Text::tr("「%1」：%2").arg(InputSanitizer::printable(raw), clean.describe());
            out.findings << f;
            r.cells[c] = clean.text;
        }
    }
    if (refused) {
        if (refusedCells > 1)
            refused->message += Text::tr("（另有 %1 个单元格有同样的问题）").arg(refusedCells - 1);
        return *refused;
    }

    // --- the header: the first row with at least two known column names -------------------------------
    qsizetype headerIndex = -1;
    for (qsizetype i = 0; i < records.size() && headerIndex < 0; ++i) {
        QList<ProjectField> seen;
        for (const QString& cell : records.at(i).cells) {
            const ProjectField f = fieldForHeader(cell);
            if (f != ProjectField::None && !seen.contains(f))
                seen << f;
        }
        if (seen.size() >= 2)
            headerIndex = i;
    }
    if (headerIndex < 0) {
        Error e;
        e.file = fileName;
        if (records.isEmpty()
            || std::all_of(records.begin(), records.end(), [](const CsvRecord& r) { return r.isBlank(); })) {
            e.message = Text::tr("文件 %1 是空的，没有计划表").arg(fileName);
            return e;
        }
        QString firstRow;
        for (const CsvRecord& r : records) {
            if (!r.isBlank()) {
                firstRow = joinedText(r);
                e.row = r.row;
                break;
            }
        }
        e.value = firstRow.left(80);
        e.message
            = Text::tr("文件 %1 中找不到表头行：没有一行含有两个以上的计划表列名（序号、培训项目、主办单位、培训天数、"
                       "参培人数、培训方式、拟培训时间、培训地点…）。第一行是「%2」")
                  .arg(fileName, firstRow.left(80));
        return e;
    }

    const CsvRecord& header = records.at(headerIndex);
    out.headerRow = header.row;

    // --- the columns --------------------------------------------------------------------------------
    QHash<int, ProjectField> fieldOfColumn; // 1-based column → field
    QHash<ProjectField, int> columnOfField;
    QStringList headersFound;
    for (qsizetype c = 0; c < header.cells.size(); ++c) {
        const int column = int(c) + 1;
        const QString text = cleanCell(header.cells.at(c));
        if (!text.isEmpty())
            headersFound << headerLabel(text);
        const ProjectField f = fieldForHeader(text);
        if (f == ProjectField::None) {
            continue;
        }
        if (columnOfField.contains(f)) {
            const int first = columnOfField.value(f);
            Finding finding;
            finding.severity = Severity::Warning;
            finding.rule = kRule;
            finding.field = f;
            finding.file = fileName;
            finding.row = header.row;
            finding.column = column;
            finding.columnName = headerLabel(text);
            finding.message = Text::tr("第 %1 列「%2」与第 %3 列「%4」同为%5，只导入第 %3 列")
                                  .arg(column)
                                  .arg(headerLabel(text))
                                  .arg(first)
                                  .arg(headerLabel(cleanCell(header.cells.at(first - 1))), fieldLabel(f));
            finding.fix = Text::tr("合并两列后再导入，或删去不需要的一列");
            out.findings << finding;
            continue;
        }
        columnOfField.insert(f, column);
        fieldOfColumn.insert(column, f);
        out.columns << ColumnBinding { column, f, text };
    }

    if (!columnOfField.contains(ProjectField::Name)) {
        Error e;
        e.file = fileName;
        e.row = header.row;
        e.columnName = fieldLabel(ProjectField::Name);
        e.message = Text::tr(
            "文件 %1 的表头（第 %2 行）缺少「培训项目」列（可写作 培训项目、培训项目名称、项目名称）。找到的表头："
            "%3")
                        .arg(fileName)
                        .arg(header.row)
                        .arg(headersFound.join(QChar(0x3001)));
        return e;
    }

    const auto cellOf = [&](const CsvRecord& r, ProjectField f) { return cellAt(r, columnOfField.value(f, 0)); };
    const auto headerOf = [&](ProjectField f) {
        const int column = columnOfField.value(f, 0);
        return column > 0 ? headerLabel(cleanCell(header.cells.at(column - 1))) : fieldLabel(f);
    };

    // --- above the header: the title and other notes --------------------------------------------------
    for (qsizetype i = 0; i < headerIndex; ++i) {
        const CsvRecord& r = records.at(i);
        if (r.isBlank())
            continue;
        const QString text = joinedText(r);
        if (out.title.isEmpty() && nonEmptyCount(r) == 1 && !isNoteText(text))
            out.title = text;
        else
            out.notes << text;
    }

    // --- the rows -------------------------------------------------------------------------------------
    enum class State { Table, AfterBlank, Notes };
    State state = State::Table;
    int runningSeq = 0;
    QHash<int, int> lostCells; // unbound column → number of non-empty cells not imported
    QHash<int, int> lostFirstRow;

    const auto cellFinding = [&](const CsvRecord& r, const Project& p, ProjectField f, Severity severity,
                                 const QString& message, const QString& fix) {
        Finding finding;
        finding.severity = severity;
        finding.rule = kRule;
        finding.seq = p.seq;
        finding.field = f;
        finding.file = fileName;
        finding.row = r.row;
        finding.column = columnOfField.value(f, 0);
        finding.columnName = headerOf(f);
        finding.message = message;
        finding.fix = fix;
        out.findings << finding;
    };

    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        if (r.isBlank()) {
            if (state == State::Table)
                state = State::AfterBlank;
            continue;
        }
        int firstColumn = 0;
        const QString first = firstNonEmpty(r, &firstColumn);
        if (state == State::Notes || isNoteText(first)) {
            state = State::Notes;
            out.notes << joinedText(r);
            continue;
        }
        // The 合计 row states totals; it is not a project. What follows it is notes.
        // The 合计 label usually sits in the 序号 cell, sometimes in the 培训项目 cell.
        if (isTotalText(first) || isTotalText(cellOf(r, ProjectField::Seq))
            || isTotalText(cellOf(r, ProjectField::Name))) {
            if (out.stated) {
                out.notes << joinedText(r);
                continue;
            }
            StatedTotals st;
            st.row = r.row;
            st.durationColumn = columnOfField.value(ProjectField::Duration, 0);
            st.headcountColumn = columnOfField.value(ProjectField::Headcount, 0);
            st.durationText = cellOf(r, ProjectField::Duration);
            st.headcountText = cellOf(r, ProjectField::Headcount);
            out.stated = st;
            state = State::Notes;
            continue;
        }
        const int filled = nonEmptyCount(r);
        // After a blank row, a lone line of text is a note ("制表：区教委师训科"), not a project.
        if (state == State::AfterBlank && filled == 1) {
            state = State::Notes;
            out.notes << joinedText(r);
            continue;
        }
        // A lone cell outside the name column inside the table: a group heading ("一、干部培训").
        if (filled == 1 && firstColumn != columnOfField.value(ProjectField::Name)) {
            Finding finding;
            finding.severity = Severity::Info;
            finding.rule = kRule;
            finding.file = fileName;
            finding.row = r.row;
            finding.column = firstColumn;
            finding.message
                = Text::tr("第 %1 行只有「%2」一个单元格，看作分组标题，未作为项目导入").arg(r.row).arg(first);
            out.findings << finding;
            continue;
        }
        state = State::Table;

        Project p;
        const QString seqText = cellOf(r, ProjectField::Seq);
        bool numeric = false;
        const int seq = normalizeWidth(seqText).toInt(&numeric);
        p.seq = numeric && seq > 0 ? seq : runningSeq + 1;
        runningSeq = p.seq;
        p.name = cellOf(r, ProjectField::Name);
        p.organizers = splitOrganizers(cellOf(r, ProjectField::Organizers));
        p.durationText = cellOf(r, ProjectField::Duration);
        p.headcountText = cellOf(r, ProjectField::Headcount);
        p.modesText = cellOf(r, ProjectField::Modes);
        p.monthsText = cellOf(r, ProjectField::Months);
        p.location = cellOf(r, ProjectField::Location);
        p.level = cellOf(r, ProjectField::Level);
        p.remarks = cellOf(r, ProjectField::Remarks);

        if (!seqText.isEmpty() && !(numeric && seq > 0))
            cellFinding(r, p, ProjectField::Seq, Severity::Warning,
                Text::tr("序号「%1」不是正整数，按顺序记为 %2").arg(seqText).arg(p.seq), Text::tr("填写 1、2、3…"));
        if (p.name.isEmpty())
            cellFinding(r, p, ProjectField::Name, Severity::Error,
                Text::tr("第 %1 行有内容，但培训项目名称为空").arg(r.row), Text::tr("填写项目名称，或删去这一行"));
        const Duration d = p.duration();
        if (!d.isValid())
            cellFinding(r, p, ProjectField::Duration, Severity::Warning,
                Text::tr("%1「%2」无法识别：%3").arg(headerOf(ProjectField::Duration), d.text, d.error),
                Text::tr("填写天数（如 3 或 2天）或学时（如 50学时）"));
        const Headcount h = p.headcount();
        if (!h.isValid())
            cellFinding(r, p, ProjectField::Headcount, Severity::Warning,
                Text::tr("%1「%2」无法识别：%3").arg(headerOf(ProjectField::Headcount), h.text, h.error),
                Text::tr("填写人数（如 300 或 约120人）或“全员”"));
        const MonthSpec m = p.months();
        if (!m.isValid())
            cellFinding(r, p, ProjectField::Months, Severity::Warning,
                Text::tr("%1「%2」无法识别：%3").arg(headerOf(ProjectField::Months), m.text, m.error),
                Text::tr("填写月份（如 4月、4-5月）或“全年”"));

        for (qsizetype c = 0; c < r.cells.size(); ++c) {
            const int column = int(c) + 1;
            if (fieldOfColumn.contains(column) || cleanCell(r.cells.at(c)).isEmpty())
                continue;
            if (!lostCells.contains(column))
                lostFirstRow.insert(column, r.row);
            lostCells[column] += 1;
        }

        out.projects << p;
        out.projectRows << r.row;
    }

    // A header with nothing under it would make an empty plan (and a replace with it would empty one).
    if (out.projects.isEmpty()) {
        Error e(Text::tr("文件 %1 的表头（第 %2 行）下没有培训项目，未导入").arg(fileName).arg(header.row));
        e.file = fileName;
        e.row = header.row;
        return e;
    }

    // Content in columns that are not imported is reported, never dropped silently.
    QList<int> lostColumns = lostCells.keys();
    std::sort(lostColumns.begin(), lostColumns.end());
    for (int column : lostColumns) {
        const QString headerText
            = column <= header.cells.size() ? headerLabel(cleanCell(header.cells.at(column - 1))) : QString();
        Finding finding;
        finding.severity = Severity::Warning;
        finding.rule = kRule;
        finding.file = fileName;
        finding.row = lostFirstRow.value(column);
        finding.column = column;
        finding.columnName = headerText;
        finding.message = headerText.isEmpty()
            ? Text::tr("第 %1 列没有表头，其中 %2 个单元格的内容未导入").arg(column).arg(lostCells.value(column))
            : Text::tr("第 %1 列「%2」不是计划表的列，其中 %3 个单元格的内容未导入")
                  .arg(column)
                  .arg(headerText)
                  .arg(lostCells.value(column));
        finding.fix = Text::tr("把这些内容移到“备注”列后再导入");
        out.findings << finding;
    }
    return out;
}

} // namespace tp
