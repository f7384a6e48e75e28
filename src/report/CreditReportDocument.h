#pragma once

// 学分统计表: a school's (or the district's) teachers with the credits of the cycle per requirement of the
// rule set and each teacher's status — what a school sends back to the bureau and keeps on file. Title, a line
// naming the cycle, the rule set and the date of the count, the table (header on every page, rows never split),
// a summary of how many teachers are at which status, the issuer and the date.

#include "CreditRules.h"
#include "PageSetup.h"
#include "PagedTable.h"
#include "Result.h"
#include "TeacherCreditRow.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <memory>

class QPagedPaintDevice;

namespace tp {

struct CreditReportOptions {
    QString district; // 梁平区 (for the title)
    QString unitName; // the school; empty: every unit (the table then gets a 单位 column)
    QString title; // empty: "<unit or district>教师继续教育学分统计表"
    CreditRules rules; // the requirements (columns) and the cycle length
    int cycleStart = 0; // 2021 for 2021—2025
    QDate asOf; // the date of the count
    bool belowOnly = false; // the rows are only the teachers below a minimum (said in the subtitle)
    QString issuer; // 落款: the school or the bureau; empty: none
    PageSetup page; // A4 portrait; landscape suits a district report with many requirement columns
};

class CreditReportDocument {
    Q_DECLARE_TR_FUNCTIONS(tp::CreditReportDocument)

public:
    CreditReportDocument(QList<TeacherCreditRow> rows, CreditReportOptions options);
    ~CreditReportDocument();

    QString title() const;
    // The requirements shown as columns: the cycle's, then the yearly ones of asOf's year.
    QList<CreditRequirement> columns() const;
    int pageCount() const;
    // Where the layout (rows placed) and print()/writePdf() (pages drawn) report, and learn of 取消 (then they
    // return Cancelled::error and a PDF is not written); none: they run to their end. A cancelled layout is made
    // again on next use.
    void setProgress(const ProgressOptions& progress);
    Status print(QPagedPaintDevice* device) const;
    Status writePdf(const QString& path) const;

    // "共 12 名教师：已达标 3 人，进度正常 5 人，有风险 2 人，未达标 2 人".
    QString summary() const;

    // The laid-out pages (rows per page, lines per cell), built on first use.
    const report::PagedTable& layout() const;

private:
    class Rows;
    // The lead, the header, the widths fitted to the rows (measured as they are made) and the body as a row
    // source; `cancelled` when 取消 was pressed while the columns were measured.
    report::PagedTableInput buildInput(bool* cancelled) const;

    QList<TeacherCreditRow> m_rows;
    CreditReportOptions m_options;
    ProgressOptions m_progress;
    mutable std::unique_ptr<report::PagedTable> m_layout;
};

} // namespace tp
