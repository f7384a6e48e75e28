#pragma once

// 与批复版比较: the plan as it is now against its latest approved version, cell by cell — changed cells highlighted
// (the approved value in the tooltip and under the new one), added projects green, cancelled ones struck through, and
// projects removed from the table listed after the others. 打印预览… and 导出 PDF… print it as the 计划调整一览表
// (report/PlanDiffDocument: each change with its reason, the day it was filed and who approved it when).

#include "Plan.h"
#include "PlanDiffDocument.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tp {

class Database;

class PlanDiffDialog : public QDialog {
    Q_OBJECT

public:
    PlanDiffDialog(Database& db, const Plan& plan, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // How many cells are highlighted as changed (for tests).
    int changedCells() const { return m_changedCells; }
    // What 打印预览 and 导出 PDF print: the lines of the 一览表 and the approved version they compare with.
    const QList<PlanAdjustment>& adjustmentLines() const { return m_lines; }
    const PlanDiffOptions& printOptions() const { return m_printOptions; }

    void showPrintPreview();
    void exportPdf();

private:
    Plan m_plan;
    QList<PlanAdjustment> m_lines;
    PlanDiffOptions m_printOptions;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    int m_changedCells = 0;
};

} // namespace tp
