#pragma once

// The plan table as the bureau publishes it (seeds 000 attachment: 梁平区教育系统2021年教师教育项目计划表;
// seeds 002: 许昌市建安区2024年教师培训工作安排表): an optional 附件 mark, the title, the table in the plan's
// columns with its 合计 row, the 备注 under it, the issuer and date at the bottom right, "- N -" page numbers.
// The pages are laid out once (PagedTable); print() draws them onto a QPrinter (print, preview) or a
// QPdfWriter (writePdf), so the preview shows the PDF's pages.

#include "PageSetup.h"
#include "PagedTable.h"
#include "Plan.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QPagedPaintDevice;

namespace tp {

// One printed column: which field of a project, under which header text ("培训项目名称", "拟培训\n人数").
struct PlanColumn {
    ProjectField field = ProjectField::None;
    QString header;

    bool operator==(const PlanColumn&) const = default;
};

struct PlanTableOptions {
    QString title; // empty: the plan's title
    QString attachmentHeading; // e.g. "附件：" or "附件2"; none if empty
    QList<PlanColumn> columns; // empty: PlanTableDocument::defaultColumns
    std::optional<bool> totalsRow; // unset: when the plan has a published 合计 row or the table shows 培训天数
    std::optional<QString> notes; // unset: the plan's notes (备注 under the table)
    QString issuer; // 印发单位 at the bottom right; none if empty
    std::optional<QDate> date; // unset: the plan's issue date; an invalid date: none
    // Columns empty in every row are left out, except in the two published formats (a blank 培训地点 is part of
    // the 建安 form); true prints them all.
    bool keepEmptyColumns = false;
    PageSetup page;
};

class PlanTableDocument {
public:
    PlanTableDocument(Plan plan, QList<Project> projects, PlanTableOptions options = {});
    ~PlanTableDocument();

    const Plan& plan() const { return m_plan; }
    const PlanTableOptions& options() const { return m_options; }
    QList<PlanColumn> columns() const; // as printed: the chosen (or default) ones, without the empty ones

    // Changing the page setup lays the pages out again (once).
    void setPageSetup(const PageSetup& page);
    const PageSetup& pageSetup() const { return m_options.page; }

    int pageCount() const;
    // Where the layout (rows placed) and print()/writePdf() (pages drawn) report, and learn of 取消 (then they
    // return Cancelled::error and a PDF is not written); none: they run to their end. A cancelled layout is made
    // again on next use.
    void setProgress(const ProgressOptions& progress);
    QList<double> columnWidthsMm() const; // as laid out for the page setup, left to right
    Status print(QPagedPaintDevice* device) const;
    Status writePdf(const QString& path) const;
    // The laid-out pages (rows per page, lines per cell), built on first use.
    const report::PagedTable& layout() const;

    // The columns of the plan's format: 序号/培训项目/主办单位/培训天数/参培人数 (梁平 2021) for a plan with
    // organizers or durations; 序号/培训项目名称/拟培训人数/培训方式/拟培训时间/培训地点 (建安 2024) for one with
    // modes, months or places and neither of those.
    static QList<PlanColumn> defaultColumns(const QList<Project>& projects);
    // Columns named by their headers, in the order given ("序号,培训项目,主办单位"); each name is recognised the
    // way an imported header is (fieldForHeader, PlanHeaders.h) and printed as given.
    static Result<QList<PlanColumn>> columnsFromNames(const QStringList& names);
    // The header a field gets when the caller does not name it.
    static QString defaultHeader(ProjectField field);
    // The columns, in order, of a published table: 梁平 2021's five or 建安 2024's six.
    static bool isPublishedFormat(const QList<PlanColumn>& columns);

private:
    report::PagedTableInput buildInput() const;

    Plan m_plan;
    QList<Project> m_projects;
    PlanTableOptions m_options;
    ProgressOptions m_progress;
    mutable std::unique_ptr<report::PagedTable> m_layout; // built on first use, shared by pageCount and print
};

} // namespace tp
