#pragma once

// A table with a header row found by its names, read from a CSV file as Excel/WPS save it (UTF-8 or
// GB18030, a title row above the header): the shared reading step of the teacher-list, roster and attendance
// imports. Columns are recognised by header synonyms (工号/教师编号/编号, ...).

#include "CsvReader.h"
#include "Finding.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tp {

struct HeaderColumn {
    QString key; // the field this column holds: "staff", "name", "unit", ...
    QStringList headers; // accepted header texts (compared normalised: spaces, line breaks, full width removed)
    bool required = false;
};

struct HeaderTable {
    Q_DECLARE_TR_FUNCTIONS(tp::HeaderTable)

public:
    QString file;
    QString encoding;
    int headerRow = 0; // 1-based
    QHash<QString, int> columns; // key → 0-based column index
    QHash<QString, QString> headerText; // key → header cell as in the file
    QList<CsvRecord> rows; // records below the header, blank ones dropped; the cells of known columns cleaned
    // The cleaning's findings (InputSanitizer): invisible characters removed (warnings), control characters
    // refused (errors), each at its row and column. Importers add them to theirs, so an error stops the import.
    Findings findings;

    bool has(const QString& key) const { return columns.contains(key); }
    QString cell(const CsvRecord& record, const QString& key) const;
    // A finding located at a cell of this table.
    Finding finding(Severity severity, const CsvRecord& record, const QString& key, const QString& message) const;
    // A finding about the file as a whole (no row under the header, ...).
    Finding fileFinding(Severity severity, const QString& message) const;

    // Decode and parse; the header is the first of the first 10 records that names every required column.
    // Two columns of that header naming the same field (two 工号 columns) are an error naming both.
    static Result<HeaderTable> read(const QByteArray& bytes, const QString& fileName, const QList<HeaderColumn>& spec,
        const QString& encoding = {});
    static Result<HeaderTable> readFile(
        const QString& path, const QList<HeaderColumn>& spec, const QString& encoding = {});
};

// Findings with severity Error among these.
bool hasErrorFindings(const Findings& findings);

// The columns that name a person in every list a school sends (teacher list, roster, attendance sheet, external
// credits): 工号, 姓名 and 学校/单位, with the header texts schools use for them. Keys "staff", "name", "unit".
HeaderColumn staffNumberColumn(bool required);
HeaderColumn personNameColumn(bool required);
HeaderColumn unitColumn(bool required);

// Who a row of a list names: a staff number, or a name within a unit (cells as typed, trimmed).
struct PersonCells {
    QString staffNumber; // normalised (normalizeStaffNumber): Excel's ="00123" unwrapped
    QString name;
    QString unit;
};
PersonCells personCells(const HeaderTable& table, const CsvRecord& record);

// The bytes of a file to parse, refused beyond the size limit of an import file before they are read
// (TextDecoder::readFile); the error names the file.
Result<QByteArray> readFileBytes(const QString& path);

// Reads the file at `path` and hands its bytes and name to `parse` (a list parser's parse(bytes, fileName)).
template <typename Parse> auto parseFile(const QString& path, Parse parse) -> decltype(parse(QByteArray(), QString()))
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), QFileInfo(path).fileName());
}

// What a list parser returns: the table as read, the rows that parsed (in file order) and a finding for every cell
// that did not, with its file, row and column.
template <typename Row> struct ParsedSheet {
    HeaderTable table;
    QList<Row> rows;
    Findings findings;

    bool hasErrors() const { return hasErrorFindings(findings); }
};

// A date as typed in a list: 2010-09-01, 2010/9/1, 2010.9.1, 2010年9月1日, 2010-09, 2010年9月, 20100901.
// Month-only dates are the 1st of the month. Invalid when it cannot be read.
QDate parseListDate(const QString& text);

} // namespace tp
