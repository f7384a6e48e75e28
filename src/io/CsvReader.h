#pragma once

// RFC 4180 CSV reading: quoted cells with line breaks and doubled quotes, CRLF/LF/CR line ends, a leading
// BOM dropped. Every record carries its row number (1-based record number, which is the row number Excel
// and WPS show) and the physical line it starts on.

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tp {

struct CsvRecord {
    int row = 0; // 1-based record number (the spreadsheet row)
    int line = 0; // 1-based physical line on which the record starts
    QStringList cells;

    bool isBlank() const; // no cell has anything but spaces
};

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(tp::CsvReader)

public:
    // Parse `text` (already decoded) in time linear in its length. `fileName` only names the file in errors.
    // Errors: an unterminated quoted cell (row and column of the opening quote), text after a closing quote, a
    // cell longer than InputLimits::maxCellChars, content beyond InputLimits::maxColumns columns (empty cells
    // beyond it are dropped), more than InputLimits::maxRows rows.
    static Result<QList<CsvRecord>> parse(
        const QString& text, const QString& fileName = {}, QChar delimiter = QLatin1Char(','));

    // The delimiter of the first record outside quotes: ',' unless ';' or a tab is clearly used instead
    // (Excel in some locales writes ';', "Unicode text" uses tabs).
    static QChar guessDelimiter(const QString& text);
};

} // namespace tp
