#pragma once

// Reading a plan table (年度教师教育项目计划表) from a CSV file as Excel/WPS save it: the encoding
// detected, a title row above the header, the header found by its names (in any order, with line breaks
// and full-width parentheses), the 合计 row kept apart as the stated totals, notes below the table.
// All or nothing: the importer writes nowhere; it returns the whole table, or an Error.

#include "CsvReader.h"
#include "Finding.h"
#include "Plan.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp {

// Which column of the file holds which field of a project.
struct ColumnBinding {
    int column = 0; // 1-based column in the file
    ProjectField field = ProjectField::None;
    QString header; // the header cell as in the file (line breaks and all)
};

struct ImportedTable {
    QString file; // file name as given, for messages
    QString encoding; // "UTF-8", "GB18030", ... (what TextDecoder used)
    QString title; // a title row above the header ("梁平区教育系统2021年教师教育项目计划表"), if any
    int headerRow = 0; // 1-based
    QList<ColumnBinding> columns; // the recognised columns, in file order
    QList<Project> projects; // in table order; cell texts as typed
    QList<int> projectRows; // file row of each project (same index as `projects`)
    std::optional<StatedTotals> stated; // the 合计 row, if the table has one
    QStringList notes; // "备注：…" and other text below (or above) the table
    Findings findings; // cells that do not parse, rows and columns that were not imported, ...

    bool hasErrors() const; // a finding of severity Error: the caller should not store the table as is
    int rowOf(int projectIndex) const { return projectRows.value(projectIndex); }
};

class PlanTableImporter {
public:
    // `encoding` empty: detect it (TextDecoder); otherwise an ICU converter name such as "GBK".
    // An .xlsx file is read from the sheet named `sheet`, or its first sheet when `sheet` is empty; a sheet
    // name given for a CSV file is an error (a CSV has no sheets).
    static Result<ImportedTable> importFile(
        const QString& path, const QString& encoding = {}, const QString& sheet = {});
    static Result<ImportedTable> importBytes(
        const QByteArray& bytes, const QString& fileName, const QString& encoding = {});
    static Result<ImportedTable> importText(
        const QString& text, const QString& fileName, const QString& encoding = QStringLiteral("UTF-8"));
    static Result<ImportedTable> importRecords(const QList<CsvRecord>& records, const QString& fileName);
};

} // namespace tp
