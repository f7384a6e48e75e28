#pragma once

// Writing a plan table as CSV that Excel and WPS open directly: UTF-8 with a BOM, CRLF line ends, cells
// quoted where needed, the columns of the published tables, and a 合计 row computed from the projects.
// What it writes, PlanTableImporter reads back to the same projects.

#include "Plan.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tp {

struct CsvExportOptions {
    QString title; // a title row above the header ("梁平区教育系统2021年教师教育项目计划表"); none if empty
    bool totalsRow = true; // a 合计 row: days and 学时 as "98天+400学时", or the plain number of days
    // Text that Excel would turn into a number or a date (staff numbers "0012345", long digit strings,
    // "4-5") is written as ="…", which Excel shows as the text; the importer unwraps it again.
    bool protectText = true;
};

class PlanCsvExporter {
public:
    // The header row: 序号,培训项目,主办单位,培训天数,参培人数,培训方式,拟培训时间,培训地点,级别,备注
    static QStringList headers();

    static QByteArray toCsv(const QList<Project>& projects, const CsvExportOptions& options = {});
    // Written atomically (AtomicFile): the old file stays as it was if anything fails, a full disk included.
    static Status writeFile(const QString& path, const QList<Project>& projects, const CsvExportOptions& options = {});

    // One cell in RFC 4180 form: quoted when it holds a comma, quote, line break or leading/trailing space.
    static QString quoteCell(const QString& text);

    // A cell that a spreadsheet would run as a formula: it begins with = + - @, a tab or a carriage return.
    static bool startsLikeFormula(const QString& text);
    // Such a cell with an apostrophe in front (Excel/WPS then show it as text); other text unchanged.
    // PlanTableImporter takes the apostrophe off again, so an export imports back to the same plan.
    static QString neutralizeFormula(const QString& text);
};

} // namespace tp
