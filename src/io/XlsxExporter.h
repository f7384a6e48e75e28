#pragma once

// Writing a plan table as an .xlsx workbook (libxlsxwriter) that Excel and WPS open as the published table:
// the title merged across the columns, the header, one row per project, the 合计 row as formulas, the 备注
// below; column widths, wrapped cells, thin borders, and the print setup of an official table (A4, header row
// repeated on every page, fitted to the page width, "- N -" page numbers). What it writes, XlsxReader and
// PlanTableImporter read back to the same projects.

#include "Finding.h"
#include "Plan.h"
#include "Progress.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tp {

struct XlsxColumn {
    ProjectField field = ProjectField::None;
    QString header; // as it should read ("培训项目名称", "拟培训\n人数")

    bool operator==(const XlsxColumn&) const = default;
};

struct XlsxExportOptions {
    QString title; // merged across the columns above the header; none if empty
    QList<XlsxColumn> columns; // empty: XlsxExporter::defaultColumns
    bool totalsRow = true; // a 合计 row (formulas) under the projects, when a 培训天数 or 参培人数 column is there
    QStringList notes; // lines below the table ("备注：如培训时间调整，请以实际开班时间为准。")
    bool landscape = false;
    QString sheetName; // empty: "计划表"
    ProgressOptions progress; // every 100 projects and before the file is saved; 取消: Cancelled, the old file stays
};

class XlsxExporter {
public:
    // 序号 and 培训项目, then every other field that at least one project fills, in the editor's order, under
    // the CSV export's header names (PlanCsvExporter::headers).
    static QList<XlsxColumn> defaultColumns(const QList<Project>& projects);

    // Written to a temporary file next to `path` and renamed over it: the old file stays if anything fails.
    static Status writeFile(const QString& path, const QList<Project>& projects, const XlsxExportOptions& options = {});

    // "A", "B", … "Z", "AA": the letters of a 0-based column.
    static QString columnLetters(int column);
};

} // namespace tp
