#include "CsvReader.h"

#include <QCoreApplication>

namespace tp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tp::CsvReader", text);
}
} // namespace

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

    const auto endCell = [&] {
        record.cells << cell;
        cell.clear();
    };
    const auto endRecord = [&] {
        endCell();
        records << record;
        record = CsvRecord();
        record.row = int(records.size()) + 1;
        record.line = line;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    bool atCellStart = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (atCellStart && c == quote) {
            // A quoted cell: runs to the next lone quote; "" is a quote; line breaks are kept.
            const int openLine = line;
            const int openColumn = int(record.cells.size()) + 1;
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
                cell += q;
                ++i;
            }
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
                e.value = cell.left(40);
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
                          .arg(text.at(i));
                e.file = fileName;
                e.row = record.row;
                e.column = openColumn;
                e.value = cell.left(40);
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
        // An unquoted cell; a quote inside it is taken literally, as Excel does.
        cell += c;
        atCellStart = false;
        ++i;
    }
    // The last record, unless the text ended with a line break (or was empty).
    if (!cell.isEmpty() || !record.cells.isEmpty() || !atCellStart)
        endRecord();
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
