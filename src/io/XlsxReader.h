#pragma once

// Reading the cells of one worksheet of an .xlsx workbook (zlib + QXmlStreamReader) as rows of cell texts,
// the same records the CSV reader gives, so a spreadsheet goes through the same header detection and checks
// (PlanTableImporter::importRecords). Shared strings (rich text runs joined, phonetic runs left out), inline
// strings, numbers (as Excel shows them in General format: 3, 14592, 1.5), booleans (TRUE/FALSE), the cached
// value of formulas; a merged range keeps its value in its top-left cell only, as Excel shows it.
// A malformed workbook (not a zip, truncated, no such sheet, a cell whose value does not fit its type) is an
// Error naming the file, the sheet and the cell; nothing is returned then.

#include "CsvReader.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tp {

struct XlsxSheet {
    QString name; // the sheet's name as in the workbook ("计划表", "Sheet1")
    QList<CsvRecord> records; // row = the spreadsheet row number; blank rows in between included
};

class XlsxReader {
public:
    // The names of the workbook's sheets, in workbook order.
    static Result<QStringList> sheetNames(const QString& path);
    // The sheet named `sheetName`, or the first sheet if it is empty.
    static Result<XlsxSheet> readSheet(const QString& path, const QString& sheetName = {});
    // The same from a workbook in memory (`fileName` names it in errors): for tests and the fuzzer.
    static Result<XlsxSheet> readSheetData(
        const QByteArray& bytes, const QString& fileName, const QString& sheetName = {});

    // One part of the package as stored ("xl/worksheets/sheet1.xml"), for checks and diagnostics.
    static Result<QByteArray> readPart(const QString& path, const QString& partName);

    // "D5" → row 5, column 4 (both 1-based); false if it is no cell reference.
    static bool parseCellReference(QStringView ref, int* row, int* column);
};

} // namespace tp
