#pragma once

// 与批复版比较: the plan as it is now against its latest approved version, cell by cell — changed cells highlighted
// (the approved value in the tooltip and under the new one), added projects green, cancelled ones struck through, and
// projects removed from the table listed after the others.

#include "Plan.h"

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

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    int m_changedCells = 0;
};

} // namespace tp
