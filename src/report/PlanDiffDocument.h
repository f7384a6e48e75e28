#pragma once

// 计划调整一览表: what differs from the approved plan, as the bureau files it — the title with the district, the
// year and the approved version (第 N 版, its 文号), then 序号 / 项目名称 / 调整内容（原 → 新） / 调整理由 / 申请日期
// / 批复（人、日期）, a line for every changed cell, every project added (新增), cancelled (取消) or removed (删除) and
// every request still waiting (待批); a count under it and "- N -" page numbers. Laid out once (PagedTable) for
// the print preview (a QPrinter) and the PDF (a QPdfWriter) alike.

#include "PageSetup.h"
#include "PagedTable.h"
#include "Plan.h"
#include "PlanWorkflow.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QPagedPaintDevice;

namespace tp {

struct PlanDiffOptions {
    int version = 0; // the approved version compared with (第 N 版)
    QString docNumber; // its 文号
    QDate approvedOn;
    QString title; // empty: "<district><year>年教师培训计划调整一览表"
    QString issuer; // at the bottom right; none if empty
    std::optional<QDate> date; // under the issuer; unset or invalid: none
    PageSetup page = PageSetup::defaults(QPageLayout::Landscape); // six columns of text read best across
};

class PlanDiffDocument {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanDiffDocument)

public:
    PlanDiffDocument(Plan plan, QList<PlanAdjustment> lines, PlanDiffOptions options = {});
    ~PlanDiffDocument();

    QString title() const;
    // "调整 3 处，新增 1 项，取消 1 项，待批 1 件" — also printed under the table.
    QString summary() const;
    // The text of each column of a line, as printed (tests and the CLI's text output read the same words).
    static QString contentText(const PlanAdjustment& line);
    static QString decisionText(const PlanAdjustment& line);

    void setPageSetup(const PageSetup& page);
    const PageSetup& pageSetup() const { return m_options.page; }
    int pageCount() const;
    Status print(QPagedPaintDevice* device) const;
    Status writePdf(const QString& path) const;
    const report::PagedTable& layout() const;

private:
    report::PagedTableInput buildInput() const;

    Plan m_plan;
    QList<PlanAdjustment> m_lines;
    PlanDiffOptions m_options;
    mutable std::unique_ptr<report::PagedTable> m_layout;
};

} // namespace tp
