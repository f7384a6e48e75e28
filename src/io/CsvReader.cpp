#include "CsvReader.h"

#include "InputSanitizer.h"

#include <QCoreApplication>

namespace tp {

bool CsvRecord::isBlank() const
{
    for (const QString& c : cells) {
        for (QChar ch : c) {
            if (!ch.isSpace())
                return false;
        }
    }
    return true;
}

Result<QList<CsvRecord>> CsvReader::parse(const QString& input, const QString& fileName, QChar delimiter)
{
    const QChar quote = QLatin1Char('"');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');

    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    QList<CsvRecord> records;
    CsvRecord record;
    QString cell;
    int line = 1;
    record.row = 1;
    record.line = 1;
    int column = 1; // 1-based column of `cell`
    std::optional<Error> failure;

    const auto fail = [&](const QString& message, const QString& value) {
        Error e(message);
        e.file = fileName;
        e.row = record.row;
        e.column = column;
        e.value = InputSanitizer::printable(value, 40);
        failure = e;
    };
    // Cells past the last column a table may have are dropped while empty (Excel pads rows with commas, and a
    // line of a million commas must not become a million cells); one with content is an error.
    const auto endCell = [&] {
        if (record.cells.size() < InputLimits::maxColumns)
            record.cells << cell;
        else if (!cell.trimmed().isEmpty() && !failure)
            fail(tr("第 %1 行第 %2 列有内容，而一个表最多 %3 列")
                     .arg(record.row)
                     .arg(column)
                     .arg(InputLimits::maxColumns),
                cell);
        cell.clear();
        ++column;
    };
    const auto endRecord = [&] {
        endCell();
        const qsizetype width = record.cells.size();
        records << std::move(record);
        if (records.size() >= InputLimits::maxRows && !failure)
            fail(tr("文件超过 %1 行").arg(InputLimits::maxRows), QString());
        record = CsvRecord();
        record.cells.reserve(width); // a table's lines are as wide as the one before, mostly
        record.row = int(records.size()) + 1;
        record.line = line;
        column = 1;
    };
    // A cell grows one character at a time; past the limit the file is refused at once (a 50 MB name must not
    // be carried through the import).
    const auto tooLong = [&] {
        if (cell.size() <= InputLimits::maxCellChars)
            return false;
        fail(tr("第 %1 行第 %2 列的单元格超过 %3 个字符").arg(record.row).arg(column).arg(InputLimits::maxCellChars),
            cell);
        return true;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    bool atCellStart = true;
    while (i < n && !failure) {
        const QChar c = text.at(i);
        if (atCellStart && c == quote) {
            // A quoted cell: runs to the next lone quote; "" is a quote; line breaks are kept.
            const int openLine = line;
            const int openColumn = column;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text.at(i);
                if (q == quote) {
                    if (i + 1 < n && text.at(i + 1) == quote) {
                        cell += quote;
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == cr || q == lf) {
                    // A line break inside a cell is kept as typed, but counted for `line`.
                    if (q == cr && i + 1 < n && text.at(i + 1) == lf) {
                        cell += cr;
                        ++i;
                    }
                    cell += text.at(i);
                    ++line;
                    ++i;
                    continue;
                }
                // Runs of ordinary characters at once (linear, and no reallocation per character).
                qsizetype end = i + 1;
                while (end < n && text.at(end) != quote && text.at(end) != cr && text.at(end) != lf)
                    ++end;
                cell += text.mid(i, end - i);
                i = end;
                if (tooLong())
                    break;
            }
            if (failure)
                break;
            if (!closed) {
                Error e;
                e.message = tr("引号未闭合：第 %1 行第 %2 列以引号 \" 开始的单元格直到文件末尾都没有结束引号（从第 %3 "
                               "行起）。请检查该单元格是否少了一个引号")
                                .arg(record.row)
                                .arg(openColumn)
                                .arg(openLine);
                e.file = fileName;
                e.row = record.row;
                e.column = openColumn;
                e.value = InputSanitizer::printable(cell, 40);
                return e;
            }
            // After the closing quote: a delimiter, a line break, the end, or (tolerated) spaces.
            while (
                i < n && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')) && text.at(i) != delimiter)
                ++i;
            if (i < n && text.at(i) != delimiter && text.at(i) != cr && text.at(i) != lf) {
                Error e;
                e.message
                    = tr("第 %1 行第 %2 列：结束引号后应为分隔符或换行，却是「%3」。单元格内的引号应写成两个引号 \"\"")
                          .arg(record.row)
                          .arg(openColumn)
                          .arg(InputSanitizer::printable(text.at(i), 1));
                e.file = fileName;
                e.row = record.row;
                e.column = openColumn;
                e.value = InputSanitizer::printable(cell, 40);
                return e;
            }
            atCellStart = false;
            continue;
        }
        if (c == delimiter) {
            endCell();
            atCellStart = true;
            ++i;
            continue;
        }
        if (c == cr || c == lf) {
            if (c == cr && i + 1 < n && text.at(i + 1) == lf)
                ++i;
            ++i;
            ++line;
            endRecord();
            atCellStart = true;
            continue;
        }
        // An unquoted cell, up to the next delimiter or line end; a quote inside it is taken literally, as Excel
        // does.
        qsizetype end = i + 1;
        while (end < n && text.at(end) != delimiter && text.at(end) != cr && text.at(end) != lf)
            ++end;
        cell += text.mid(i, end - i);
        i = end;
        atCellStart = false;
        tooLong();
    }
    if (failure)
        return *failure;
    // The last record, unless the text ended with a line break (or was empty).
    if (!cell.isEmpty() || !record.cells.isEmpty() || !atCellStart)
        endRecord();
    if (failure)
        return *failure;
    return records;
}

QChar CsvReader::guessDelimiter(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace tp
