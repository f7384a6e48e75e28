#pragma once

// 历史: the timeline of a plan or of one of its projects — its transitions (报审, 批复 with 文号 and version, 退回修改
// with the reason), each change or cancellation request (from → to, reason, filed on, by whom, late or not) and who
// decided it, when.

#include "Plan.h"

#include <QDialog>

class QTableWidget;

namespace tp {

class Database;

class PlanHistoryDialog : public QDialog {
    Q_OBJECT

public:
    // projectId 0: the whole plan.
    PlanHistoryDialog(Database& db, const Plan& plan, qint64 projectId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace tp
