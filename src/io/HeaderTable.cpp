#include "HeaderTable.h"

#include "CellParsers.h"
#include "InputSanitizer.h"
#include "PlanHeaders.h"
#include "Teacher.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace tp {

namespace {
} // namespace

QString HeaderTable::cell(const CsvRecord& record, const QString& key) const
{
    const int c = columns.value(key, -1);
    return c >= 0 && c < record.cells.size() ? record.cells.at(c).trimmed() : QString();
}

Finding HeaderTable::finding(
    Severity severity, const CsvRecord& record, const QString& key, const QString& message) const
{
    Finding f;
    f.severity = severity;
    f.rule = QStringLiteral("IMPORT");
    f.file = file;
    f.row = record.row;
    f.column = columns.contains(key) ? columns.value(key) + 1 : 0;
    f.columnName = headerText.value(key);
    f.message = message;
    return f;
}

Finding HeaderTable::fileFinding(Severity severity, const QString& message) const
{
    Finding f;
    f.severity = severity;
    f.rule = QStringLiteral("IMPORT");
    f.file = file;
    f.message = message;
    return f;
}

Result<HeaderTable> HeaderTable::read(
    const QByteArray& bytes, const QString& fileName, const QList<HeaderColumn>& spec, const QString& encoding)
{
    auto decoded = TextDecoder::decode(bytes, fileName, encoding);
    if (!decoded)
        return decoded.error();
    auto records = CsvReader::parse(decoded->text, fileName, CsvReader::guessDelimiter(decoded->text));
    if (!records)
        return records.error();
    HeaderTable table;
    table.file = fileName;
    table.encoding = decoded->encoding;
    for (qsizetype r = 0; r < std::min<qsizetype>(10, records->size()); ++r) {
        const CsvRecord& record = records->at(r);
        QHash<QString, int> found;
        QHash<QString, QString> texts;
        std::optional<std::pair<QString, int>> duplicate; // key, second column
        for (qsizetype c = 0; c < record.cells.size(); ++c) {
            const QString header = normalizeHeader(record.cells.at(c));
            if (header.isEmpty())
                continue;
            const auto column = std::find_if(spec.begin(), spec.end(), [&](const HeaderColumn& h) {
                return std::any_of(h.headers.begin(), h.headers.end(), [&](const QString& n) { return header == n; });
            });
            if (column == spec.end())
                continue;
            if (found.contains(column->key)) {
                if (!duplicate)
                    duplicate = std::pair<QString, int> { column->key, int(c) };
                continue;
            }
            found.insert(column->key, int(c));
            texts.insert(column->key, record.cells.at(c));
        }
        const bool complete = std::all_of(
            spec.begin(), spec.end(), [&](const HeaderColumn& c) { return !c.required || found.contains(c.key); });
        if (!complete || found.isEmpty())
            continue;
        if (duplicate) {
            // Which of two 工号 columns is the staff number? Guessing would merge or split teachers.
            const int first = found.value(duplicate->first);
            const int second = duplicate->second;
            Error e(tr("第 %1 列「%2」和第 %3 列「%4」是同一项（%5），无法确定用哪一列；请删去或改名其中一列")
                        .arg(first + 1)
                        .arg(InputSanitizer::printable(record.cells.at(first).simplified()))
                        .arg(second + 1)
                        .arg(InputSanitizer::printable(record.cells.at(second).simplified()))
                        .arg(texts.value(duplicate->first).simplified()));
            e.file = fileName;
            e.row = record.row;
            e.column = second + 1;
            e.value = InputSanitizer::printable(record.cells.at(second).simplified());
            return e;
        }
        table.headerRow = record.row;
        table.columns = found;
        table.headerText = texts;
        // The rows are moved, not copied (the records are not needed after this).
        QList<CsvRecord>& all = *records;
        table.rows.reserve(all.size() - r - 1);
        for (qsizetype i = r + 1; i < all.size(); ++i)
            if (!all.at(i).isBlank())
                table.rows << std::move(all[i]);
        // Every cell of a known column cleaned: NFC, invisible characters removed, control characters refused.
        // A cell is written back only when cleaning changed it (most do not: no copy of the row's cells then).
        for (CsvRecord& row : table.rows) {
            for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
                if (it.value() >= row.cells.size())
                    continue;
                const QString& cell = row.cells.at(it.value());
                const CleanText clean = InputSanitizer::clean(cell, TextShape::Line);
                if (clean.problems.isEmpty()) {
                    if (clean.changed || clean.text.size() != cell.size())
                        row.cells[it.value()] = clean.text;
                    continue;
                }
                Finding f = table.finding(clean.refused() ? Severity::Error : Severity::Warning, row, it.key(),
                    tr("「%1」：%2").arg(InputSanitizer::printable(cell), clean.describe()));
                table.findings << f;
                row.cells[it.value()] = clean.text;
            }
        }
        return table;
    }
    QStringList needed;
    for (const HeaderColumn& c : spec)
        if (c.required)
            needed << c.headers.first();
    Error e(HeaderTable::tr("找不到表头：前 10 行中没有同时包含 %1 的一行").arg(needed.join(QStringLiteral("、"))));
    e.file = fileName;
    return e;
}

Result<HeaderTable> HeaderTable::readFile(const QString& path, const QList<HeaderColumn>& spec, const QString& encoding)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    return read(bytes.value(), QFileInfo(path).fileName(), spec, encoding);
}

Result<QByteArray> readFileBytes(const QString& path)
{
    return TextDecoder::readFile(path);
}

HeaderColumn staffNumberColumn(bool required)
{
    return { QStringLiteral("staff"),
        { QStringLiteral("工号"), QStringLiteral("教师编号"), QStringLiteral("编号"), QStringLiteral("职工号"),
            QStringLiteral("教职工号"), QStringLiteral("人员编号"), QStringLiteral("教师工号") },
        required };
}

HeaderColumn personNameColumn(bool required)
{
    return { QStringLiteral("name"),
        { QStringLiteral("姓名"), QStringLiteral("教师姓名"), QStringLiteral("学员姓名"), QStringLiteral("名字") },
        required };
}

HeaderColumn unitColumn(bool required)
{
    return { QStringLiteral("unit"),
        { QStringLiteral("学校"), QStringLiteral("单位"), QStringLiteral("工作单位"), QStringLiteral("所在学校"),
            QStringLiteral("所在单位"), QStringLiteral("选送单位"), QStringLiteral("报送单位"),
            QStringLiteral("学校名称"), QStringLiteral("单位名称") },
        required };
}

PersonCells personCells(const HeaderTable& table, const CsvRecord& record)
{
    return { normalizeStaffNumber(table.cell(record, QStringLiteral("staff"))),
        table.cell(record, QStringLiteral("name")), table.cell(record, QStringLiteral("unit")) };
}

QDate parseListDate(const QString& raw)
{
    const QString text = normalizeWidth(raw).trimmed();
    static const QRegularExpression full(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    for (const QRegularExpression* re : { &full, &compact }) {
        const auto m = re->match(text);
        if (m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    const auto m = month.match(text);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    return QDate();
}

bool hasErrorFindings(const Findings& findings)
{
    return std::any_of(
        findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
}

} // namespace tp
